// What an integrity flag found, in words, from the details each check stores (see the server's integrity.service.ts).
import type { FlagKind } from '../../../gql/graphql';
import type { I18n } from '../../../i18n/I18nProvider';

type Details = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The sentence for one flag; dates in the reader's format. */
export function describeFlag(kind: FlagKind, details: unknown, { t, formatDate, formatNumber }: Pick<I18n, 't' | 'formatDate' | 'formatNumber'>): string {
  const d = (details && typeof details === 'object' ? details : {}) as Details;
  const date = (v: unknown) => { const s = str(v); return s ? formatDate(s.slice(0, 10)) : '—'; };
  const num = (v: unknown) => (typeof v === 'number' ? formatNumber(v) : '—');
  switch (kind) {
    case 'DOUBLE_COUNTED':
      return t('compliance.found.DOUBLE_COUNTED', { from: date(d.from) });
    case 'SHORT_PLACEMENT':
      return typeof d.days === 'number'
        ? t('compliance.found.SHORT_PLACEMENT', { start: date(d.startDate), end: date(d.endDate), days: formatNumber(d.days) })
        : t('compliance.found.SHORT_PLACEMENT_NO_DAYS', { start: date(d.startDate), end: date(d.endDate) });
    case 'STALE_RESERVED_POSTINGS':
      return t('compliance.found.STALE_RESERVED_POSTINGS', { count: formatNumber(list(d.postings).length), date: date(d.oldestPublished) });
    case 'NO_HISTORY':
      return t('compliance.found.NO_HISTORY', { start: date(d.startDate) });
    case 'LOW_FILL_RATE':
    case 'LOW_INTERVIEW_RATE':
    case 'LOW_RETENTION':
    case 'EARLY_ENDINGS':
    case 'INSURANCE_GAPS':
      return describeEmployerFigure(d, { t, date, num });
    case 'PAY_BELOW_MINIMUM':
      return t('compliance.found.PAY_BELOW_MINIMUM', {
        start: date(d.startDate), wage: num(d.monthlyWage), minimum: num(d.minimum), percent: num(d.percent), threshold: num(d.thresholdPercent),
      });
    default:
      return '';
  }
}

const FIGURES = ['fillRate', 'interviewRate', 'retention6', 'endedWithin3Months', 'insuranceMonths'] as const;

/** An employer's figure past its threshold: the figure, n / d, the threshold, the cases and the period. */
function describeEmployerFigure(d: Details, { t, date, num }: { t: I18n['t']; date: (v: unknown) => string; num: (v: unknown) => string }): string {
  const figure = (FIGURES as readonly string[]).includes(d.figure as string) ? (d.figure as (typeof FIGURES)[number]) : null;
  return t('compliance.found.employerFigure', {
    period: t('compliance.found.period', { from: date(d.from), to: date(d.to) }),
    figure: figure ? t(`compliance.figure.${figure}`) : '—',
    percent: num(d.percent), numerator: num(d.numerator), denominator: num(d.denominator),
    limit: t(d.direction === 'above' ? 'compliance.found.limit.above' : 'compliance.found.limit.below', { threshold: num(d.thresholdPercent) }),
    cases: num(d.cases), minCases: num(d.minCases),
  });
}

/** The postings a stale-posting flag concerns. */
export function flagPostingIds(details: unknown): string[] {
  return list((details as Details | null)?.postings);
}
