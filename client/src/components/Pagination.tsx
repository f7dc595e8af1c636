// Page links for a list: previous, numbered pages around the current one, next. The current page is
// marked with aria-current; the links keep the list's other search parameters.
import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { useMark } from './Lang';

export function pageWindow(page: number, pages: number, around = 2): number[] {
  const from = Math.max(1, Math.min(page - around, pages - around * 2));
  const to = Math.min(pages, Math.max(page + around, 1 + around * 2));
  const out: number[] = [];
  for (let p = from; p <= to; p++) out.push(p);
  return out;
}

export function Pagination({ page, pageSize, total, hrefFor, label }: {
  page: number;
  pageSize: number;
  total: number;
  hrefFor: (page: number) => string;
  label?: string;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return mark(
    <nav className="pagination" aria-label={label ?? t('pagination.label')}>
      <p>{t('pagination.position', { page, pages })}</p>
      <ul>
        {page > 1 && <li><Link to={hrefFor(page - 1)} rel="prev">{t('pagination.previous')}</Link></li>}
        {pageWindow(page, pages).map((p) => (
          <li key={p}>
            <Link to={hrefFor(p)} aria-current={p === page ? 'page' : undefined}>
              <span className="visually-hidden">{t('pagination.pageBefore')}</span>{p}<span className="visually-hidden">{t('pagination.pageAfter')}</span>
            </Link>
          </li>
        ))}
        {page < pages && <li><Link to={hrefFor(page + 1)} rel="next">{t('pagination.next')}</Link></li>}
      </ul>
    </nav>
  );
}
