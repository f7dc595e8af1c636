// Retention: is a placement still held N months after it started? The rule, in one place, as a pure function (for
// worked examples) and as the SQL the figures are counted with (test/outcomes-retention.e2e-spec.ts keeps the two
// in step). Retention counts placements, not people: a person placed twice is followed up in each job, each against
// its own start date.
//
// A placement's state at N months, on a date `asOf`:
//   1. NOT_DUE   the N-month date (start + N months; 31 Jan + 1 month = 28/29 Feb) is after asOf: not counted at all;
//   2. LEFT      it ended before the N-month date (its end date, or a follow-up's "left on" date, is earlier);
//   3. RETAINED  it is shown to have lasted to the N-month date: an end date (or a "left on" date) on or after it,
//                or a follow-up at N months or later saying the person is still employed;
//   4. UNKNOWN   otherwise (no follow-up yet, or nobody reached): due, so in the denominator, never in the numerator.
// Retention at N months = RETAINED / (RETAINED + LEFT + UNKNOWN): only confirmed retention counts. Placements staff
// confirmed as not genuine (excluded_at) count nowhere.
// The rule reads two things of the follow-ups: the earliest "left on" date and the latest month said "still employed".
// The SQL reads them from placement_follow_up_summary, one row per placement that a trigger on placement_follow_up
// keeps (migration 1766640000000), so a figure over 100,000 placements is a plain join rather than lookups per
// placement and month (test/outcomes-retention.e2e-spec.ts checks the row against the follow-ups after every write).
import { addMonths } from '../../common/dates.js';
import { FollowUpStatus, RetentionState } from '../outcomes-vocab.js';

export { addMonths };

export interface RetentionPlacement { startDate: string; endDate: string | null }
export interface RetentionFollowUp { month: number; status: FollowUpStatus; leftOn: string | null }

export function retentionAt(p: RetentionPlacement, followUps: readonly RetentionFollowUp[], months: number, asOf: string): RetentionState {
  const due = addMonths(p.startDate, months);
  if (due > asOf) return RetentionState.NOT_DUE;
  const leftOn = [p.endDate, ...followUps.filter((f) => f.status === FollowUpStatus.LEFT).map((f) => f.leftOn)]
    .filter((d): d is string => d !== null);
  if (leftOn.some((d) => d < due)) return RetentionState.LEFT;
  if (leftOn.length || followUps.some((f) => f.status === FollowUpStatus.EMPLOYED && f.month >= months)) return RetentionState.RETAINED;
  return RetentionState.UNKNOWN;
}

/** Retention as a share: retained over all due (null when none is due), rounded to 4 places. */
export function retentionRate(counts: { retained: number; left: number; unknown: number }): number | null {
  const due = counts.retained + counts.left + counts.unknown;
  return due > 0 ? Math.round((counts.retained / due) * 10000) / 10000 : null;
}

/** The join that puts a placement's follow-up summary (alias `f`) next to the placement (alias `p`). */
export function followUpSummaryJoin(p: string, f: string): string {
  return `LEFT JOIN placement_follow_up_summary ${f} ON ${f}.placement_id = ${p}.id`;
}

/**
 * The same rule in SQL, for a placement row aliased `p` (columns start_date, end_date) and its follow-up summary
 * aliased `f` (followUpSummaryJoin): an expression giving the RetentionState's name. `months` and `asOf` are SQL
 * expressions (parameters such as $3 and $4::date).
 */
export function retentionStateSql(p: string, f: string, months: string, asOf: string): string {
  const due = `(${p}.start_date + make_interval(months => ${months}))::date`;
  return `CASE
    WHEN ${due} > ${asOf} THEN 'NOT_DUE'
    WHEN ${p}.end_date < ${due} OR ${f}.left_on < ${due} THEN 'LEFT'
    WHEN ${p}.end_date IS NOT NULL OR ${f}.left_on IS NOT NULL OR ${f}.employed_month >= ${months} THEN 'RETAINED'
    ELSE 'UNKNOWN' END`;
}
