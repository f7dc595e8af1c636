// The year's figures an employer (or staff) enters: checked in the browser first, with a message per field.
import type { MessageKey } from '../../../i18n/zh-CN';

export type YearField = 'staffCount' | 'averageWage' | 'establishedPosts';

export interface YearDraft { staffCount: string; averageWage: string; establishedPosts: string }

export interface YearFigures { staffCount: number; averageWage: number | null; establishedPosts: number | null }

const WHOLE = /^\d+$/;
const MONEY = /^\d+(\.\d{1,2})?$/;

/** Full-width digits and separators (typed with a Chinese input method) read as ASCII; spaces and commas dropped. */
export function normalizeNumber(s: string): string {
  return s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s,，]/g, '');
}

export function checkYearFigures(d: YearDraft): { problems: Partial<Record<YearField, MessageKey>>; figures: YearFigures | null } {
  const problems: Partial<Record<YearField, MessageKey>> = {};
  const staff = normalizeNumber(d.staffCount);
  const wage = normalizeNumber(d.averageWage);
  const posts = normalizeNumber(d.establishedPosts);
  if (!staff) problems.staffCount = 'quota.form.staffCountRequired';
  else if (!WHOLE.test(staff) || Number(staff) > 1_000_000) problems.staffCount = 'quota.form.staffCountInvalid';
  if (wage && (!MONEY.test(wage) || Number(wage) > 100_000_000)) problems.averageWage = 'quota.form.averageWageInvalid';
  if (posts && (!WHOLE.test(posts) || Number(posts) > 1_000_000)) problems.establishedPosts = 'quota.form.establishedPostsInvalid';
  if (Object.keys(problems).length) return { problems, figures: null };
  return {
    problems,
    figures: { staffCount: Number(staff), averageWage: wage ? Number(wage) : null, establishedPosts: posts ? Number(posts) : null },
  };
}

/** The years a person can choose: from the first year of the current reductions to this year, latest first. */
export function quotaYears(now = new Date()): number[] {
  const last = now.getUTCFullYear();
  const out: number[] = [];
  for (let y = last; y >= 2020; y--) out.push(y);
  return out;
}

/** The previous year: the levy is declared for the year before. */
export function defaultQuotaYear(now = new Date()): number {
  return now.getUTCFullYear() - 1;
}

/** The year in the URL, when it is one of the choices; else the default. */
export function yearFromParam(value: string | null, now = new Date()): number {
  const y = Number(value);
  return quotaYears(now).includes(y) ? y : defaultQuotaYear(now);
}
