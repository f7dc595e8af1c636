// Staff: quota-review packs submitted in their area and waiting for review, the oldest first (/staff/quota-review),
// and the year's confirmed packs for the certification office with their Excel (/staff/quota-review/confirmed).
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { graphql } from '../../../gql';
import type { QuotaReviewRowFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useMark } from '../../../components/Lang';
import { quotaFormat } from './quota-text';
import { YearChooser } from './YearChooser';
import { yearFromParam } from './year-figures';

export const QUOTA_REVIEW_ROW_FIELDS = graphql(`
  fragment QuotaReviewRowFields on QuotaReviewSubmission {
    id organizationId organizationName countyCode year version status submittedAt submittedByName reviewedAt reviewedByName
    required counted shortfall levyPayable
  }
`);

export const QUOTA_REVIEW_QUEUE = graphql(`
  query QuotaReviewQueue($page: PageInput) {
    quotaReviewQueue(page: $page) { total page pageSize items { ...QuotaReviewRowFields } }
  }
`);

export const CONFIRMED_QUOTA_REVIEWS = graphql(`
  query ConfirmedQuotaReviewPacks($year: Int!, $page: PageInput) {
    confirmedQuotaReviewPacks(year: $year, page: $page) { total page pageSize items { ...QuotaReviewRowFields } }
  }
`);

const PAGE_SIZE = 20;
type Row = QuotaReviewRowFieldsFragment;

function useColumns(dateOf: (r: Row) => string, dateHeader: string) {
  const { t, locale } = useI18n();
  const { nameOf } = useCountyOptions();
  const f = quotaFormat(locale);
  return [
    { key: 'org', header: t('qr.queue.organization'), rowHeader: true,
      cell: (r: Row) => <Link to={`/staff/quota-review/${r.id}`}>{r.organizationName}</Link> },
    { key: 'county', header: t('qr.queue.county'), cell: (r: Row) => nameOf(r.countyCode) },
    { key: 'year', header: t('qr.queue.year'), cell: (r: Row) => String(r.year) },
    { key: 'version', header: t('qr.versions.version'), cell: (r: Row) => t('qr.versions.open', { version: r.version }) },
    { key: 'date', header: dateHeader, cell: dateOf },
    { key: 'counted', header: t('qr.queue.counted'), cell: (r: Row) => t('quota.persons', { count: f.persons(r.counted) }) },
    { key: 'shortfall', header: t('qr.queue.shortfall'), cell: (r: Row) => t('quota.persons', { count: f.persons(r.shortfall) }) },
    { key: 'levy', header: t('qr.queue.levy'), cell: (r: Row) => (r.levyPayable == null ? t('quota.noEstimate') : t('quota.yuan', { amount: f.money(r.levyPayable) })) },
  ];
}

export function QuotaReviewQueuePage() {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data, loading, error } = useQuery(QUOTA_REVIEW_QUEUE, { variables: { page: { page, pageSize: PAGE_SIZE } }, fetchPolicy: 'network-only' });
  const columns = useColumns((r) => formatDateTime(r.submittedAt), t('qr.queue.submittedAt'));
  const list = data?.quotaReviewQueue;
  return mark(
    <Page title={t('qr.queue.title')}>
      <p>{t('qr.queue.intro')}</p>
      <p><Link to="/staff/quota-review/confirmed">{t('qr.queue.confirmedLink')}</Link></p>
      {loading && !data ? <Loading /> : error || !list ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice>
        : list.items.length === 0 ? <p>{t('qr.queue.none')}</p> : (
          <>
            <DataTable caption={t('qr.queue.caption', { count: list.total })} rows={list.items} rowKey={(r) => r.id} columns={columns} />
            <Pagination page={page} pageSize={PAGE_SIZE} total={list.total} hrefFor={(p) => `/staff/quota-review?page=${p}`} />
          </>
        )}
    </Page>
  );
}

export function ConfirmedQuotaReviewsPage() {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const year = yearFromParam(params.get('year'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data, loading, error } = useQuery(CONFIRMED_QUOTA_REVIEWS, {
    variables: { year, page: { page, pageSize: PAGE_SIZE } }, fetchPolicy: 'network-only',
  });
  const columns = useColumns((r) => (r.reviewedAt ? formatDateTime(r.reviewedAt) : ''), t('qr.confirmed.reviewedAt'));
  const list = data?.confirmedQuotaReviewPacks;
  return mark(
    <Page title={t('qr.confirmed.title')}>
      <p>{t('qr.confirmed.intro')}</p>
      <p><Link to="/staff/quota-review">{t('qr.review.back')}</Link></p>
      <YearChooser id="qrc-year" year={year} onChoose={(y) => setParams({ year: String(y) })} />
      {loading && !data ? <Loading /> : error || !list ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice>
        : list.items.length === 0 ? <p>{t('qr.confirmed.none', { year })}</p> : (
          <>
            <p className="button-row"><a className="button secondary" href={`/exports/quota-review/confirmed.xlsx?year=${year}`} download>{t('qr.confirmed.excel')}</a></p>
            <DataTable caption={t('qr.confirmed.caption', { year, count: list.total })} rows={list.items} rowKey={(r) => r.id} columns={columns} />
            <Pagination page={page} pageSize={PAGE_SIZE} total={list.total} hrefFor={(p) => `/staff/quota-review/confirmed?year=${year}&page=${p}`} />
          </>
        )}
    </Page>
  );
}
