// The genuineness figures in words: "40% (2 / 5)", and whether a figure is past its threshold (in words, never by
// colour alone). The periods the page offers: the last 12 months (what the integrity checks judge) or a year.
import type { I18n } from '../../../i18n/I18nProvider';

export interface Figure {
  numerator: number; denominator: number; rate?: number | null; cases?: number;
  thresholdPercent?: number | null; pastThreshold?: boolean | null;
}
export type JudgedName = 'fillRate' | 'interviewRate' | 'retention6' | 'endedWithin3Months' | 'insuranceMonths' | 'belowMinimumWage';

const percentOf = (rate: number) => Math.round(rate * 1000) / 10;

/** "40% (2 / 5)"; "nothing to count (0 / 0)" when the denominator is 0. */
export function rateText(f: Figure, { t, formatNumber }: Pick<I18n, 't' | 'formatNumber'>): string {
  const parts = { numerator: formatNumber(f.numerator), denominator: formatNumber(f.denominator) };
  return f.rate == null ? t('compliance.genuineness.noRate', parts) : t('compliance.genuineness.rate', { ...parts, percent: formatNumber(percentOf(f.rate)) });
}

/** Past the threshold, in words; within it; or not judged (too few cases). */
export function judgementText(name: JudgedName, f: Figure, minCases: number, { t, formatNumber }: Pick<I18n, 't' | 'formatNumber'>): string {
  if (f.pastThreshold == null) return f.denominator ? t('compliance.genuineness.notJudged', { minCases: formatNumber(minCases) }) : t('common.none');
  if (!f.pastThreshold) return t('compliance.genuineness.withinThreshold');
  const threshold = formatNumber(f.thresholdPercent ?? 0);
  if (name === 'belowMinimumWage') return t('compliance.genuineness.pastWage');
  return t(name === 'endedWithin3Months' ? 'compliance.genuineness.pastAbove' : 'compliance.genuineness.pastBelow', { threshold });
}

/** A figure for a table cell: the rate, and after it what is wrong, if anything. */
export function figureCell(name: JudgedName, f: Figure, minCases: number, i18n: Pick<I18n, 't' | 'formatNumber'>): string {
  const rate = rateText(f, i18n);
  return f.pastThreshold ? `${rate}${i18n.t('common.listSeparator')}${judgementText(name, f, minCases, i18n)}` : rate;
}

export const LAST_12 = 'last12';

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The dates of a period: a year (its calendar year, to today while it runs) or the 12 months to today. */
export function periodRange(period: string, today: string): { from: string; to: string } {
  if (/^\d{4}$/.test(period)) {
    const end = `${period}-12-31`;
    return { from: `${period}-01-01`, to: end < today ? end : today };
  }
  const [y, m, d] = today.split('-').map(Number);
  const from = new Date(Date.UTC(y - 1, m - 1, 1));
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  from.setUTCDate(Math.min(d, last) + 1);
  return { from: iso(from), to: today };
}

/** The periods offered: the last 12 months, then this year and the four before it. */
export function periodOptions(today: string): string[] {
  const year = Number(today.slice(0, 4));
  return [LAST_12, ...[0, 1, 2, 3, 4].map((k) => String(year - k))];
}

/** The period in the address, or the last 12 months. */
export function periodFromParam(value: string | null, today: string): string {
  return value && periodOptions(today).includes(value) ? value : LAST_12;
}
