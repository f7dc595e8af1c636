// Where a placement's follow-ups stand: for each month of the setting 'outcomes.followUpMonths', when it is due and
// whether it is settled. Pure; the staff list, the ledger and the check-in pages read it. The SQL twin below keeps the
// list's filter and the ledger's query to the same rule.
import { addMonths } from '../../common/dates.js';
import { FollowUpSource, FollowUpStatus } from '../outcomes-vocab.js';

export interface FollowUpAnswer { month: number; status: FollowUpStatus; source: FollowUpSource; checkedOn: string; leftOn: string | null }

export interface FollowUpMonthState {
  month: number;
  dueDate: string;
  /** an answer settles it: "still employed" from anyone, any answer from staff, "left" from the employer */
  done: boolean;
  /** due (the date has come) and not settled */
  overdue: boolean;
  /** only the person said they left: staff confirm it with a follow-up of their own */
  awaitingConfirmation: boolean;
}

/**
 * A person's own "I left" does not settle a follow-up (staff confirm it, and only staff or the employer end the
 * placement); everything else does. A follow-up that nobody could be reached for is settled only when staff record it.
 */
export function settles(a: Pick<FollowUpAnswer, 'status' | 'source'>): boolean {
  if (a.source === FollowUpSource.STAFF) return true;
  return a.status === FollowUpStatus.EMPLOYED || (a.status === FollowUpStatus.LEFT && a.source === FollowUpSource.EMPLOYER);
}

/** The same rule in SQL over a placement_follow_up row aliased `f`. */
export const settlesSql = (f: string) =>
  `(${f}.source = 'STAFF' OR ${f}.status = 'EMPLOYED' OR (${f}.status = 'LEFT' AND ${f}.source = 'EMPLOYER'))`;

/**
 * The months still to follow up: those whose due date falls after the placement ended are not needed (the job was
 * over), so they are left out.
 */
export function followUpStates(
  p: { startDate: string; endDate: string | null }, answers: readonly FollowUpAnswer[], months: readonly number[], today: string,
): FollowUpMonthState[] {
  return months
    .map((month) => ({ month, dueDate: addMonths(p.startDate, month) }))
    .filter(({ dueDate }) => !p.endDate || p.endDate >= dueDate)
    .map(({ month, dueDate }) => {
      const mine = answers.filter((a) => a.month === month);
      const done = mine.some(settles);
      return {
        month, dueDate, done, overdue: !done && dueDate <= today,
        awaitingConfirmation: !done && mine.some((a) => a.status === FollowUpStatus.LEFT && a.source === FollowUpSource.SEEKER),
      };
    });
}
