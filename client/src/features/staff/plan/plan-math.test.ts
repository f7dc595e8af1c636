import { describe, expect, it } from '@jest/globals';
import { defaultQuarter, largest, pace, parsePostCount, shareElapsedAt, yearRows } from './plan-math';

const PLAN = { startDate: '2022-01-01', endDate: '2024-12-31' };

describe('action-plan arithmetic', () => {
  it('measures time from the first to the last day of the plan, both included', () => {
    expect(shareElapsedAt(PLAN, '2021-06-01')).toBe(0);
    expect(shareElapsedAt(PLAN, '2024-12-31')).toBe(1);
    expect(shareElapsedAt(PLAN, '2022-12-31')).toBeCloseTo(365 / 1096, 6);
  });

  it('lists every plan year with the running total and the even pace of the target', () => {
    const rows = yearRows(PLAN, [{ key: '2023', count: 4 }, { key: '2022', count: 1 }], 6900);
    expect(rows.map((r) => [r.year, r.count, r.cumulative, r.expectedByYearEnd])).toEqual([
      [2022, 1, 1, 2298], [2023, 4, 5, 4596], [2024, 0, 5, 6900],
    ]);
    expect(rows[2].cumulativeShare).toBeCloseTo(5 / 6900);
    // a county has no target of its own
    expect(yearRows(PLAN, [], null).map((r) => [r.expectedByYearEnd, r.cumulativeShare])).toEqual([[null, null], [null, null], [null, null]]);
  });

  it('says ahead or behind the time only when there is a target', () => {
    expect(pace(0.5, 0.4)).toBe('ahead');
    expect(pace(0.5, 0.5)).toBe('ahead');
    expect(pace(0.3, 0.4)).toBe('behind');
    expect(pace(null, 0.4)).toBeNull();
  });

  it('opens the report on the last quarter that has ended, inside the plan', () => {
    expect(defaultQuarter(PLAN, '2023-05-10')).toEqual({ year: 2023, quarter: 1 });
    expect(defaultQuarter(PLAN, '2023-02-01')).toEqual({ year: 2022, quarter: 4 });
    expect(defaultQuarter(PLAN, '2026-11-29')).toEqual({ year: 2024, quarter: 4 });
    expect(defaultQuarter(PLAN, '2021-08-01')).toEqual({ year: 2022, quarter: 1 });
  });

  it('finds the largest non-zero count', () => {
    expect(largest([{ count: 0 }, { count: 3 }, { count: 2 }])).toEqual({ count: 3 });
    expect(largest([{ count: 0 }])).toBeNull();
  });

  it('takes whole numbers of posts from 0 to 1,000,000, also typed in full-width digits', () => {
    expect(parsePostCount(' 40 ')).toBe(40);
    expect(parsePostCount('０')).toBe(0);
    expect(parsePostCount('４０')).toBe(40);
    expect(parsePostCount('1000000')).toBe(1_000_000);
    for (const bad of ['', '-5', '4.5', '1000001', '四十', '40人']) expect([bad, parsePostCount(bad)]).toEqual([bad, null]);
  });
});
