// Genuineness of reserved posts and placements (issue 15): what each figure counts, as pure functions for worked
// examples (genuineness.spec.ts); genuineness.sql.ts counts the same things set-based, and
// test/outcomes-genuineness.e2e-spec.ts keeps the two in step on one dataset. The plan: "坚决防范和打击虚假安排残疾人就业".
//
// Every figure is over one employer and a period [from, to] (dates, inclusive), and only over genuine placements
// (staff never confirmed them as not genuine: excluded_at IS NULL). Each is numerator / denominator, null when the
// denominator is 0:
//   fill rate          reserved postings "old enough" (published at least minPostingAgeDays days before `to`, and not
//                      closed before `from`): posts filled (genuine placements from the posting starting by `to`, at
//                      most its openings) / openings.
//   interview rate     applications to those postings made by `to` that reached INTERVIEW by `to` / those applications.
//   time to fill       per filled posting, days from its publication to its first genuine placement's start; the
//                      employer's figure is the median (of n postings).
//   retention 6        placements starting in the period, at 6 months as of `to` (retention.ts: THE rule):
//                      retained / due.
//   ended within 3     placements starting in the period whose 3-month date (start + 3 months) is on or before `to`:
//                      those that ended before that date / those placements.
//   below minimum      placements starting in the period with a monthly wage stated (not part-time): those paying less
//                      than minWageToMinimumPercent % of the local minimum monthly wage of the start year (figureFor) /
//                      those placements.
//   insurance months   for placements starting in the period, each year (up to `to`'s) the employer stated months of
//                      social insurance for: the months stated (at most the months employed) / months employed in
//                      that year (calendar months with at least one day employed, up to the end date or `to`).
// A person placed twice counts in each placement: these figures are about employers' placements, not people.
// An employer is judged on a figure only when it has at least minCases cases behind it (postings, applications or
// placements: `cases`).
import { addMonths } from '../retention/retention.js';
import type { GenuinenessThresholds } from '../../policy/policy.js';

/** A share rounded to 4 places, null when nothing is counted. */
export function rateOf(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 10000) / 10000 : null;
}

/** The median of some numbers (the mean of the middle two when even), null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export interface GenuinenessPlacement { startDate: string; endDate: string | null }

/** Its 3-month date has come by `to`: it is in the early-endings denominator. */
export function threeMonthsDue(p: GenuinenessPlacement, to: string): boolean {
  return addMonths(p.startDate, 3) <= to;
}

/** It ended before its 3-month date (31 Jan + 3 months = 30 Apr: an end on 29 Apr is early, on 30 Apr is not). */
export function endedWithinThreeMonths(p: GenuinenessPlacement, to: string): boolean {
  return threeMonthsDue(p, to) && p.endDate !== null && p.endDate < addMonths(p.startDate, 3);
}

/** Pay below the threshold share of the local minimum wage; unknown (null) when either figure is missing. */
export function payBelowMinimum(monthlyWage: number | null, minimum: number | null, minWageToMinimumPercent: number): boolean | null {
  if (monthlyWage === null || minimum === null) return null;
  return monthlyWage < (minimum * minWageToMinimumPercent) / 100;
}

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** Calendar months of `year` with at least one day employed, counting up to the end date (or `to` while ongoing). */
export function monthsEmployedIn(p: GenuinenessPlacement, year: number, to: string): number {
  const first = p.startDate > `${year}-01-01` ? p.startDate : `${year}-01-01`;
  const ends = [p.endDate ?? to, to, `${year}-12-31`].sort();
  const last = ends[0];
  return last < first ? 0 : monthIndex(last) - monthIndex(first) + 1;
}

/** Days from publication (a date) to the first start. A start before publication counts as 0 days. */
export function daysToFill(publishedOn: string, firstStart: string): number {
  return Math.max(0, Math.round((Date.parse(`${firstStart}T00:00:00Z`) - Date.parse(`${publishedOn}T00:00:00Z`)) / 86_400_000));
}

/** The figures that can raise a flag, which way each one is bad, and its threshold in the policy setting. */
export const JUDGED = {
  fillRate: { threshold: 'minFillRatePercent', bad: 'below' },
  interviewRate: { threshold: 'minInterviewRatePercent', bad: 'below' },
  retention6: { threshold: 'minRetention6Percent', bad: 'below' },
  endedWithin3Months: { threshold: 'maxEndedWithin3MonthsPercent', bad: 'above' },
  insuranceMonths: { threshold: 'minInsuranceMonthsPercent', bad: 'below' },
} as const satisfies Record<string, { threshold: keyof GenuinenessThresholds; bad: 'below' | 'above' }>;
export type JudgedFigure = keyof typeof JUDGED;

export interface Fraction { numerator: number; denominator: number; cases: number }

/** One employer's counts as the SQL returns them, with the placements behind the figures a flag may concern. */
export interface EmployerCounts {
  organizationId: string; organizationName: string; countyCode: string;
  postings: number; filled: number; openings: number; applications: number; interviewed: number;
  filledPostings: number; medianDaysToFill: number | null; postingPlacementIds: string[];
  placements: number; due6: number; retained6: number; notRetainedIds: string[];
  due3: number; ended3: number; ended3Ids: string[]; waged: number; belowMinimum: number;
  insured: number; employed: number; insuranceCases: number; insuranceGapIds: string[];
}

export interface PayBelowMinimum {
  placementId: string; organizationId: string; countyCode: string; seekerId: string; startDate: string; monthlyWage: number; minimum: number;
}

/** An employer with nothing counted (worked examples start from it). */
export function employerCountsBlank(organizationId: string, organizationName: string, countyCode: string): EmployerCounts {
  return {
    organizationId, organizationName, countyCode, postings: 0, filled: 0, openings: 0, applications: 0, interviewed: 0,
    filledPostings: 0, medianDaysToFill: null, postingPlacementIds: [], placements: 0, due6: 0, retained6: 0, notRetainedIds: [],
    due3: 0, ended3: 0, ended3Ids: [], waged: 0, belowMinimum: 0, insured: 0, employed: 0, insuranceCases: 0, insuranceGapIds: [],
  };
}

/** The fractions behind each judged figure: what counts and how many cases it is judged on. */
export function fractionsOf(c: EmployerCounts): Record<JudgedFigure, Fraction> {
  return {
    fillRate: { numerator: c.filled, denominator: c.openings, cases: c.postings },
    interviewRate: { numerator: c.interviewed, denominator: c.applications, cases: c.applications },
    retention6: { numerator: c.retained6, denominator: c.due6, cases: c.due6 },
    endedWithin3Months: { numerator: c.ended3, denominator: c.due3, cases: c.due3 },
    insuranceMonths: { numerator: c.insured, denominator: c.employed, cases: c.insuranceCases },
  };
}


/**
 * Past the threshold? null when not judged (fewer than minCases cases, or nothing counted). Below means strictly
 * below (20 % against a minimum of 20 % is fine); above means strictly above.
 */
export function pastThreshold(figure: JudgedFigure, f: Fraction, t: GenuinenessThresholds): boolean | null {
  const rate = rateOf(f.numerator, f.denominator);
  if (rate === null || f.cases < t.minCases) return null;
  const { threshold, bad } = JUDGED[figure];
  const percent = rate * 100;
  return bad === 'below' ? percent < t[threshold] : percent > t[threshold];
}

/** The period a run of the integrity checks judges: the 12 months up to the run's date. */
export function flagPeriod(today: string): { from: string; to: string } {
  const from = new Date(`${addMonths(today, -12)}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() + 1);
  return { from: from.toISOString().slice(0, 10), to: today };
}
