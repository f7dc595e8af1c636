import { describe, expect, it } from '@jest/globals';
import { elapsedShare, quarterRange, quartersOf } from './action-plan.js';

const plan = { startDate: '2022-01-01', endDate: '2024-12-31' };

describe('action plan periods', () => {
  it('measures how much of the period has passed', () => {
    expect(elapsedShare(plan, '2021-06-01')).toBe(0);
    expect(elapsedShare(plan, '2022-01-01')).toBe(0);
    expect(elapsedShare(plan, '2025-03-01')).toBe(1);
    expect(elapsedShare(plan, '2023-07-02')).toBeCloseTo(0.5, 2);
  });
  it('lists the twelve quarters and their dates', () => {
    const q = quartersOf(plan);
    expect(q).toHaveLength(12);
    expect(q[0]).toEqual([2022, 1]);
    expect(q[11]).toEqual([2024, 4]);
    expect(quarterRange(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterRange(2023, 4)).toEqual({ from: '2023-10-01', to: '2023-12-31' });
  });
});
