// Checks the casework forms make before sending (the server checks the same again), and the dates they use.
// Pure: no React, no I/O, so they are unit-tested on their own.

export const SERVICE_KINDS = ['INFORMATION_CHECK', 'ABILITY_ASSESSMENT', 'NEED_REGISTRATION', 'EMPLOYMENT_SERVICE'] as const;
export type ServiceKindValue = (typeof SERVICE_KINDS)[number];
export const WORK_INTENTIONS = ['WANTS_WORK', 'NOT_SEEKING', 'UNABLE'] as const;
export const GRADUATE_STATUSES = ['CONTACTING', 'PLAN_MADE', 'IN_SERVICE', 'EMPLOYED', 'FURTHER_STUDY', 'NOT_SEEKING'] as const;
export const LEDGER_KINDS = ['CONTACT', 'SERVICE', 'REFERRAL', 'FAIR', 'FOLLOW_UP', 'NOTE'] as const;
export const FOLLOW_UP_MONTHS = [1, 3, 6, 12] as const;

export const OUTCOME_MAX = 500;
export const NOTES_MAX = 2000;
export const PLAN_MAX = 5000;

/** Today as the server counts it (UTC), so a date the form accepts is one the server accepts. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isServiceKind(v: string | null): v is ServiceKindValue {
  return (SERVICE_KINDS as readonly string[]).includes(v ?? '');
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** A problem is a message key (with its parameters): the screen says it in the reader's language. */
export interface Problem { key: string; params?: Record<string, string | number> }

function checkDate(value: string, today: string): Problem | null {
  const v = value.trim();
  if (!v) return { key: 'casework.error.dateMissing' };
  if (!isIsoDate(v)) return { key: 'casework.error.dateFormat' };
  if (v > today) return { key: 'casework.error.dateFuture' };
  return null;
}

export interface ServiceDraft { kind: string; serviceDate: string; intention: string; outcome: string; notes: string }
export type ServiceField = keyof ServiceDraft;

export function checkService(d: ServiceDraft, today: string): Partial<Record<ServiceField, Problem>> {
  const p: Partial<Record<ServiceField, Problem>> = {};
  if (!isServiceKind(d.kind)) p.kind = { key: 'casework.error.kindMissing' };
  const date = checkDate(d.serviceDate, today);
  if (date) p.serviceDate = date;
  if (d.kind === 'INFORMATION_CHECK' && !d.intention) p.intention = { key: 'casework.error.intentionMissing' };
  if (d.outcome.length > OUTCOME_MAX) p.outcome = { key: 'form.tooLong', params: { max: OUTCOME_MAX } };
  if (d.notes.length > NOTES_MAX) p.notes = { key: 'form.tooLong', params: { max: NOTES_MAX } };
  return p;
}

export interface EntryDraft { kind: string; entryDate: string; followUpMonth: string; notes: string }
export type EntryField = keyof EntryDraft;

export function checkEntry(d: EntryDraft, today: string, hasPlacement: boolean): Partial<Record<EntryField, Problem>> {
  const p: Partial<Record<EntryField, Problem>> = {};
  if (!(LEDGER_KINDS as readonly string[]).includes(d.kind)) p.kind = { key: 'casework.error.entryKindMissing' };
  else if (d.kind === 'FOLLOW_UP' && !hasPlacement) p.kind = { key: 'casework.error.followUpNoPlacement' };
  const date = checkDate(d.entryDate, today);
  if (date) p.entryDate = date;
  if (d.kind === 'FOLLOW_UP' && hasPlacement && !d.followUpMonth) p.followUpMonth = { key: 'casework.error.followUpMonthMissing' };
  if (d.notes.length > NOTES_MAX) p.notes = { key: 'form.tooLong', params: { max: NOTES_MAX } };
  return p;
}

/** A share in whole per cent, or null when there is nobody to share among. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}

/** The years a staff member can look at: this one and the four before. */
export function recentYears(now: Date = new Date(), count = 5): number[] {
  const y = now.getUTCFullYear();
  return Array.from({ length: count }, (_, i) => y - i);
}

export interface FollowUp { month: number; dueDate: string; done: boolean; overdue: boolean }

/** The follow-up to mention first in the ledger: the earliest overdue one, else the next one not done. */
export function nextFollowUp(list: readonly FollowUp[]): FollowUp | null {
  return list.find((f) => f.overdue) ?? list.find((f) => !f.done) ?? null;
}

export interface CoverageFigures {
  countyCode: string; population: number; checked: number; wantingWork: number;
  assessed: number; registered: number; served: number; complete: number;
}

/** The sum of several counties' figures (the city's row); countyCode is empty. */
export function coverageTotal(rows: readonly CoverageFigures[]): CoverageFigures {
  const sum = (k: Exclude<keyof CoverageFigures, 'countyCode'>) => rows.reduce((n, r) => n + r[k], 0);
  return {
    countyCode: '', population: sum('population'), checked: sum('checked'), wantingWork: sum('wantingWork'),
    assessed: sum('assessed'), registered: sum('registered'), served: sum('served'), complete: sum('complete'),
  };
}
