import { describe, expect, it } from '@jest/globals';
import { monthsOf, quarterOf, statusOn, yearlyPace } from './plan-periods.js';
import { PlanStatus } from './plan-vocab.js';

const plan = { startDate: '2022-01-01', endDate: '2024-12-31' };

describe('plan periods', () => {
  it('says where a plan stands on a date, both ends included', () => {
    expect(statusOn(plan, '2021-12-31')).toBe(PlanStatus.NOT_STARTED);
    expect(statusOn(plan, '2022-01-01')).toBe(PlanStatus.IN_FORCE);
    expect(statusOn(plan, '2024-12-31')).toBe(PlanStatus.IN_FORCE);
    expect(statusOn(plan, '2026-12-06')).toBe(PlanStatus.ENDED);
  });
  it('derives a straight-line yearly pace from the total: 6900 over 36 months is 2300 a year', () => {
    expect(monthsOf(plan)).toBe(36);
    const pace = yearlyPace(6900, plan, '2026-12-06');
    expect(pace).toMatchObject({ perYear: 2300, total: 6900, months: 36 });
    // 2026-01-01 to 2026-12-06 is 340 of 365 days: 2300 × 340 / 365 = 2142.47, rounded up
    expect(pace.expectedToDate).toBe(2143);
    expect(yearlyPace(6900, plan, '2026-12-31').expectedToDate).toBe(2300);
    expect(yearlyPace(1000, { startDate: '2025-07-01', endDate: '2026-06-30' }, '2026-01-01').perYear).toBe(1000);
  });
  it('names the quarter of a date', () => {
    expect(quarterOf('2026-12-06')).toEqual({ year: 2026, quarter: 4 });
    expect(quarterOf('2025-04-01')).toEqual({ year: 2025, quarter: 2 });
  });
});
