// Staff: import the seeker registry from .xlsx or CSV (what the file needs, a blank template, the upload form)
// and the imports made before, with their status and counts.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import './compliance.css';
import { ImportStatusBadge } from './ImportStatusBadge';
import { templateHref } from './upload';
import { UploadForm } from './UploadForm';
import { useMark } from '../../../components/Lang';

export const SEEKER_IMPORTS = graphql(`
  query SeekerImports($page: PageInput) {
    seekerImports(page: $page) {
      total page pageSize
      items { id fileName createdAt status validOnly createdCount updatedCount unchangedCount errorRows }
    }
  }
`);

const PAGE_SIZE = 20;

export function ImportsPage() {
  const mark = useMark();
  const { t, formatDateTime, formatNumber } = useI18n();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [formHasErrors, setFormHasErrors] = useState(false);
  const { data, loading, error } = useQuery(SEEKER_IMPORTS, { variables: { page: { page, pageSize: PAGE_SIZE } }, fetchPolicy: 'network-only' });
  const rows = data?.seekerImports.items ?? [];
  const total = data?.seekerImports.total ?? 0;

  return mark(
    <Page title={t('compliance.imports.title')} hasErrors={formHasErrors}>
      <p>{t('compliance.imports.intro')}</p>
      <section aria-labelledby="import-headers">
        <h2 id="import-headers">{t('compliance.headers.heading')}</h2>
        <ul>
          <li>{t('compliance.headers.first')}</li>
          <li>{t('compliance.headers.required')}</li>
          <li>{t('compliance.headers.identity')}</li>
          <li>{t('compliance.headers.optional')}</li>
          <li>{t('compliance.headers.dates')}</li>
        </ul>
        <p><a href={templateHref()} download="残疾人名册模板.csv">{t('compliance.headers.template')}</a></p>
      </section>
      <section aria-labelledby="import-upload">
        <h2 id="import-upload">{t('compliance.upload.heading')}</h2>
        <UploadForm onErrorsChange={setFormHasErrors} />
      </section>
      <section aria-labelledby="import-history">
        <h2 id="import-history">{t('compliance.history.heading')}</h2>
        {loading && !data ? <Loading /> : error ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice> : rows.length === 0
          ? <p>{t('compliance.history.none')}</p>
          : (
            <>
              <DataTable
                caption={t('compliance.history.caption', { count: total })}
                rows={rows}
                rowKey={(r) => r.id}
                columns={[
                  { key: 'file', header: t('compliance.history.colFile'), rowHeader: true, cell: (r) => <Link to={`/staff/imports/${r.id}`}>{r.fileName}</Link> },
                  { key: 'when', header: t('compliance.history.colWhen'), cell: (r) => formatDateTime(r.createdAt) },
                  {
                    key: 'status', header: t('compliance.history.colStatus'),
                    cell: (r) => <><ImportStatusBadge status={r.status} />{r.validOnly && <> {t('compliance.import.modeValidOnly')}</>}</>,
                  },
                  { key: 'created', header: t('compliance.result.created'), cell: (r) => formatNumber(r.createdCount) },
                  { key: 'updated', header: t('compliance.result.updated'), cell: (r) => formatNumber(r.updatedCount) },
                  { key: 'unchanged', header: t('compliance.result.unchanged'), cell: (r) => formatNumber(r.unchangedCount) },
                  { key: 'errors', header: t('compliance.result.errorRows'), cell: (r) => formatNumber(r.errorRows) },
                ]}
              />
              <Pagination page={page} pageSize={PAGE_SIZE} total={total} hrefFor={(p) => `/staff/imports${p > 1 ? `?page=${p}` : ''}`} />
            </>
          )}
      </section>
    </Page>
  );
}
