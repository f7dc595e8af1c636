// Worked examples of the genuineness flags: raised past the thresholds with their evidence and placements, not with
// fewer than minCases cases; pay below the minimum flags each placement.
import { describe, expect, it } from '@jest/globals';
import { employerCountsBlank } from '../../outcomes/genuineness/genuineness.js';
import type { GenuinenessThresholds } from '../../policy/policy.js';
import { employerFindings, payFindings } from './genuineness-checks.js';
import { FlagKind } from './integrity-vocab.js';

const T: GenuinenessThresholds = {
  minCases: 3, minPostingAgeDays: 90, minFillRatePercent: 20, minInterviewRatePercent: 20, minRetention6Percent: 50,
  maxEndedWithin3MonthsPercent: 50, minWageToMinimumPercent: 100, minInsuranceMonthsPercent: 100,
};
const period = { from: '2025-12-08', to: '2026-12-07' };

describe('genuineness flags', () => {
  it('an employer past two thresholds gets two flags, each with its figure, threshold, period and placements', () => {
    const c = { ...employerCountsBlank('o1', '甲公司', '411521'), due3: 4, ended3: 3, ended3Ids: ['p1', 'p2', 'p3'],
      due6: 4, retained6: 1, notRetainedIds: ['p1', 'p2', 'p3'], postings: 1, openings: 5 };
    const found = employerFindings([c], T, period);
    expect(found.map((f) => f.kind).sort()).toEqual([FlagKind.EARLY_ENDINGS, FlagKind.LOW_RETENTION]);
    const early = found.find((f) => f.kind === FlagKind.EARLY_ENDINGS)!;
    expect(early).toEqual({
      kind: FlagKind.EARLY_ENDINGS, subject_key: 'o1:2026', county_code: '411521', seeker_id: null, organization_id: 'o1',
      placement_ids: ['p1', 'p2', 'p3'],
      details: { figure: 'endedWithin3Months', numerator: 3, denominator: 4, percent: 75, cases: 4, minCases: 3, thresholdPercent: 50,
        direction: 'above', from: '2025-12-08', to: '2026-12-07' },
    });
  });

  it('nothing with fewer cases than minCases, however bad the figure', () => {
    const c = { ...employerCountsBlank('o1', '甲公司', '411521'), due3: 2, ended3: 2, postings: 2, openings: 4 };
    expect(employerFindings([c], T, period)).toEqual([]);
    expect(employerFindings([c], { ...T, minCases: 2 }, period).map((f) => f.kind).sort()).toEqual([FlagKind.EARLY_ENDINGS, FlagKind.LOW_FILL_RATE]);
  });

  it('pay below the minimum is one flag per placement, with the wage, the minimum and the share', () => {
    const [f] = payFindings([{ placementId: 'p9', organizationId: 'o1', countyCode: '411521', seekerId: 's1', startDate: '2026-03-01',
      monthlyWage: 1520, minimum: 1900 }], T, period);
    expect(f).toEqual({ kind: FlagKind.PAY_BELOW_MINIMUM, subject_key: 'p9', county_code: '411521', seeker_id: 's1', organization_id: 'o1',
      placement_ids: ['p9'], details: { startDate: '2026-03-01', monthlyWage: 1520, minimum: 1900, thresholdPercent: 100, percent: 80, ...period } });
  });
});
