// Follow-ups of a placed graduate at 1, 3, 6 and 12 months: when each is due and whether it is overdue. Pure.
import { FOLLOW_UP_MONTHS } from './casework-vocab.js';

export interface FollowUpState {
  month: number;
  dueDate: string; // YYYY-MM-DD
  done: boolean;
  overdue: boolean;
}

/** Adds months to a date, keeping the day where the month has it (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export function followUps(placementStart: string, doneMonths: ReadonlySet<number>, today: string): FollowUpState[] {
  return FOLLOW_UP_MONTHS.map((month) => {
    const dueDate = addMonths(placementStart, month);
    const done = doneMonths.has(month);
    return { month, dueDate, done, overdue: !done && dueDate < today };
  });
}
