// Small rules of the outcome screens: the follow-up form's checks before sending, and what a row's follow-ups say.
export const FOLLOW_UP_STATUSES = ['EMPLOYED', 'LEFT', 'UNREACHABLE'] as const;
export type FollowUpField = 'month' | 'status' | 'checkedOn' | 'leftOn' | 'endReason' | 'note';
export interface FollowUpDraft { month: string; status: string; checkedOn: string; leftOn: string; endReason: string; note: string }
export type FollowUpProblem = 'required' | 'dateFormat';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What can be told before sending: choices made, dates written as dates. The server checks the rest (and again). */
export function checkFollowUp(d: FollowUpDraft): Partial<Record<FollowUpField, FollowUpProblem>> {
  const p: Partial<Record<FollowUpField, FollowUpProblem>> = {};
  if (!d.month) p.month = 'required';
  if (!d.status) p.status = 'required';
  if (!d.checkedOn.trim()) p.checkedOn = 'required';
  else if (!DATE.test(d.checkedOn.trim())) p.checkedOn = 'dateFormat';
  if (d.status === 'LEFT') {
    if (!d.leftOn.trim()) p.leftOn = 'required';
    else if (!DATE.test(d.leftOn.trim())) p.leftOn = 'dateFormat';
  }
  return p;
}

/** Today in China, YYYY-MM-DD (the dates staff write are China dates). */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The first month to show for a row: an overdue or awaiting one, else the next not done. */
export function nextOpen<M extends { done: boolean; overdue: boolean; awaitingConfirmation: boolean }>(months: readonly M[]): M | null {
  return months.find((m) => m.overdue || m.awaitingConfirmation) ?? months.find((m) => !m.done) ?? null;
}
