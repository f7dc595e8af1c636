// Worked examples of the genuineness figures (genuineness.ts): what each counts, edge dates, a person placed twice,
// and when an employer is judged. The SQL that counts them set-based is checked on the same examples in
// test/outcomes-genuineness.e2e-spec.ts.
import { describe, expect, it } from '@jest/globals';
import type { GenuinenessThresholds } from '../../policy/policy.js';
import {
  daysToFill, employerCountsBlank, endedWithinThreeMonths, flagPeriod, fractionsOf, median, monthsEmployedIn, pastThreshold,
  payBelowMinimum, rateOf, threeMonthsDue,
} from './genuineness.js';

const T: GenuinenessThresholds = {
  minCases: 3, minPostingAgeDays: 90, minFillRatePercent: 20, minInterviewRatePercent: 20, minRetention6Percent: 50,
  maxEndedWithin3MonthsPercent: 50, minWageToMinimumPercent: 100, minInsuranceMonthsPercent: 100,
};

describe('rates', () => {
  it('numerator over denominator, rounded to 4 places; none when nothing is counted', () => {
    expect(rateOf(3, 10)).toBe(0.3);
    expect(rateOf(1, 3)).toBe(0.3333);
    expect(rateOf(0, 0)).toBeNull();
  });

  it('the median of the days to fill: the middle one, or the mean of the middle two', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 20, 30])).toBe(25);
    expect(median([])).toBeNull();
  });

  it('days to fill count from the publication date to the first start; a start before publication is 0 days', () => {
    expect(daysToFill('2025-01-01', '2025-03-02')).toBe(60);
    expect(daysToFill('2025-03-01', '2025-03-01')).toBe(0);
    expect(daysToFill('2025-03-01', '2025-02-20')).toBe(0);
  });
});

describe('placements ended within 3 months', () => {
  // 31 Jan + 3 months = 30 Apr (the last day of April)
  const start = '2025-01-31';

  it('count only once the 3-month date has come', () => {
    expect(threeMonthsDue({ startDate: start, endDate: null }, '2025-04-29')).toBe(false);
    expect(threeMonthsDue({ startDate: start, endDate: null }, '2025-04-30')).toBe(true);
  });

  it('an end the day before the 3-month date is early; on it is not', () => {
    expect(endedWithinThreeMonths({ startDate: start, endDate: '2025-04-29' }, '2025-12-31')).toBe(true);
    expect(endedWithinThreeMonths({ startDate: start, endDate: '2025-04-30' }, '2025-12-31')).toBe(false);
    expect(endedWithinThreeMonths({ startDate: start, endDate: null }, '2025-12-31')).toBe(false);
  });

  it('a person placed twice counts in each placement, each against its own start', () => {
    const first = { startDate: '2025-01-10', endDate: '2025-02-20' };
    const second = { startDate: '2025-03-01', endDate: null };
    const placements = [first, second];
    const due = placements.filter((p) => threeMonthsDue(p, '2025-06-30')).length;
    const early = placements.filter((p) => endedWithinThreeMonths(p, '2025-06-30')).length;
    expect([early, due]).toEqual([1, 2]);
    expect(rateOf(early, due)).toBe(0.5);
  });
});

describe('pay against the minimum wage', () => {
  it('below is strictly less than the threshold share of the minimum; unknown without a wage or a minimum', () => {
    expect(payBelowMinimum(1899.99, 1900, 100)).toBe(true);
    expect(payBelowMinimum(1900, 1900, 100)).toBe(false);
    // 90 % of 1,900 is 1,710: 1,709 is below it, 1,710 is not
    expect(payBelowMinimum(1709, 1900, 90)).toBe(true);
    expect(payBelowMinimum(1710, 1900, 90)).toBe(false);
    expect(payBelowMinimum(null, 1900, 100)).toBeNull();
    expect(payBelowMinimum(1500, null, 100)).toBeNull();
  });
});

describe('months employed in a year (the denominator of the insurance figure)', () => {
  it('calendar months with at least one day employed, to the end date or the period\'s end', () => {
    expect(monthsEmployedIn({ startDate: '2024-03-31', endDate: null }, 2024, '2025-06-30')).toBe(10); // Mar..Dec
    expect(monthsEmployedIn({ startDate: '2024-03-31', endDate: null }, 2025, '2025-06-30')).toBe(6); // Jan..Jun
    expect(monthsEmployedIn({ startDate: '2024-03-31', endDate: '2024-04-01' }, 2024, '2025-06-30')).toBe(2);
    expect(monthsEmployedIn({ startDate: '2024-03-31', endDate: '2024-04-01' }, 2025, '2025-06-30')).toBe(0);
    expect(monthsEmployedIn({ startDate: '2026-01-01', endDate: null }, 2025, '2026-06-30')).toBe(0);
  });
});

describe('judging an employer', () => {
  const counts = (over: Partial<ReturnType<typeof employerCountsBlank>>) => ({ ...employerCountsBlank('org', 'Org', '411521'), ...over });

  it('the fill rate is judged on the reserved postings (cases), below the minimum strictly', () => {
    const f = fractionsOf(counts({ postings: 3, filled: 1, openings: 6 })).fillRate;
    expect(f).toEqual({ numerator: 1, denominator: 6, cases: 3 });
    expect(pastThreshold('fillRate', f, T)).toBe(true); // 16.67 % < 20 %
    expect(pastThreshold('fillRate', { numerator: 1, denominator: 5, cases: 3 }, T)).toBe(false); // 20 % is not below 20 %
  });

  it('is not judged with fewer than minCases cases, nor with nothing counted', () => {
    expect(pastThreshold('fillRate', { numerator: 0, denominator: 4, cases: 2 }, T)).toBeNull();
    expect(pastThreshold('retention6', { numerator: 0, denominator: 0, cases: 0 }, T)).toBeNull();
    expect(pastThreshold('retention6', { numerator: 0, denominator: 2, cases: 2 }, { ...T, minCases: 2 })).toBe(true);
  });

  it('early endings are bad above the maximum; the others below the minimum', () => {
    const f = fractionsOf(counts({ due3: 4, ended3: 2 })).endedWithin3Months;
    expect(pastThreshold('endedWithin3Months', f, T)).toBe(false); // 50 % is not above 50 %
    expect(pastThreshold('endedWithin3Months', { ...f, numerator: 3 }, T)).toBe(true);
  });

  it('the interview rate is judged on applications; retention on placements due; insurance on placements with months stated', () => {
    const fr = fractionsOf(counts({ applications: 10, interviewed: 1, due6: 4, retained6: 1, insured: 20, employed: 24, insuranceCases: 3 }));
    expect(fr.interviewRate).toEqual({ numerator: 1, denominator: 10, cases: 10 });
    expect(fr.retention6).toEqual({ numerator: 1, denominator: 4, cases: 4 });
    expect(fr.insuranceMonths).toEqual({ numerator: 20, denominator: 24, cases: 3 });
    expect(pastThreshold('insuranceMonths', fr.insuranceMonths, T)).toBe(true);
  });
});

describe('the period a check run judges', () => {
  it('is the 12 months up to the run\'s date', () => {
    expect(flagPeriod('2026-12-07')).toEqual({ from: '2025-12-08', to: '2026-12-07' });
    expect(flagPeriod('2024-02-29')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
  });
});
