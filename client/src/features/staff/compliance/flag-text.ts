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
    default:
      return '';
  }
}

/** The postings a stale-posting flag concerns. */
export function flagPostingIds(details: unknown): string[] {
  return list((details as Details | null)?.postings);
}
