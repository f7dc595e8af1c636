// The genuineness checks (issue 15): which employers' figures are past the thresholds of the policy setting
// outcomes.genuineness, as flags with their evidence (the figure, its numerator and denominator, the threshold and the
// period) and the placements concerned (confirming the flag excludes them from every count). Pure: the integrity run
// passes the counts (outcomes/genuineness) and the thresholds in force.
import {
  type EmployerCounts, fractionsOf, JUDGED, type JudgedFigure, pastThreshold, type PayBelowMinimum, rateOf,
} from '../../outcomes/genuineness/genuineness.js';
import type { GenuinenessThresholds } from '../../policy/policy.js';
import { FlagKind } from './integrity-vocab.js';

export interface Finding {
  kind: FlagKind; subject_key: string; county_code: string; seeker_id: string | null; organization_id: string | null;
  placement_ids: string[]; details: Record<string, unknown>;
}

const KIND_OF: Record<JudgedFigure, FlagKind> = {
  fillRate: FlagKind.LOW_FILL_RATE, interviewRate: FlagKind.LOW_INTERVIEW_RATE, retention6: FlagKind.LOW_RETENTION,
  endedWithin3Months: FlagKind.EARLY_ENDINGS, insuranceMonths: FlagKind.INSURANCE_GAPS,
};

/** The placements a figure's flag concerns. */
function placementsOf(figure: JudgedFigure, c: EmployerCounts): string[] {
  switch (figure) {
    case 'fillRate':
    case 'interviewRate': return c.postingPlacementIds;
    case 'retention6': return c.notRetainedIds;
    case 'endedWithin3Months': return c.ended3Ids;
    case 'insuranceMonths': return c.insuranceGapIds;
  }
}

const percentOf = (n: number, d: number) => { const r = rateOf(n, d); return r === null ? null : Math.round(r * 10000) / 100; };

/** One flag per employer, figure and year of the period's end, when the figure is judged and past its threshold. */
export function employerFindings(rows: readonly EmployerCounts[], t: GenuinenessThresholds, period: { from: string; to: string }): Finding[] {
  return rows.flatMap((c) => Object.entries(fractionsOf(c)).flatMap(([name, f]) => {
    const figure = name as JudgedFigure;
    if (!pastThreshold(figure, f, t)) return [];
    return [{
      kind: KIND_OF[figure], subject_key: `${c.organizationId}:${period.to.slice(0, 4)}`, county_code: c.countyCode,
      seeker_id: null, organization_id: c.organizationId, placement_ids: placementsOf(figure, c),
      details: {
        figure, numerator: f.numerator, denominator: f.denominator, percent: percentOf(f.numerator, f.denominator), cases: f.cases,
        minCases: t.minCases, thresholdPercent: t[JUDGED[figure].threshold], direction: JUDGED[figure].bad, from: period.from, to: period.to,
      },
    }];
  }));
}

/** One flag per placement paid below the threshold share of the minimum wage of its start year. */
export function payFindings(rows: readonly PayBelowMinimum[], t: GenuinenessThresholds, period: { from: string; to: string }): Finding[] {
  return rows.map((p) => ({
    kind: FlagKind.PAY_BELOW_MINIMUM, subject_key: p.placementId, county_code: p.countyCode, seeker_id: p.seekerId,
    organization_id: p.organizationId, placement_ids: [p.placementId],
    details: {
      startDate: p.startDate, monthlyWage: p.monthlyWage, minimum: p.minimum, thresholdPercent: t.minWageToMinimumPercent,
      percent: percentOf(p.monthlyWage, p.minimum), from: period.from, to: period.to,
    },
  }));
}
