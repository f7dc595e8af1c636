// Follow-ups of a placed graduate at the months of 'outcomes.followUpMonths' (1, 3, 6 and 12 unless changed): when
// each is due and whether it is overdue. Pure. Whether one is done is decided from placement_follow_up
// (outcomes/retention/follow-up-state.ts: settlesSql).
import { addMonths } from '../common/dates.js';
import { FOLLOW_UP_MONTHS } from './casework-vocab.js';

export { addMonths };

export interface FollowUpState {
  month: number;
  dueDate: string; // YYYY-MM-DD
  done: boolean;
  overdue: boolean;
}

/** The months default to the graduate ledger's; the ledger passes the setting 'outcomes.followUpMonths'. */
export function followUps(placementStart: string, doneMonths: ReadonlySet<number>, today: string, months: readonly number[] = FOLLOW_UP_MONTHS): FollowUpState[] {
  return months.map((month) => {
    const dueDate = addMonths(placementStart, month);
    const done = doneMonths.has(month);
    return { month, dueDate, done, overdue: !done && dueDate < today };
  });
}
