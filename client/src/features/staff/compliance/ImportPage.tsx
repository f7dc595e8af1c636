// Staff: one registry import. While it runs: a progress bar with the rows checked in words, announced politely
// at each quarter. When it ends: the outcome, the counts, the rows with errors (row, column, what is wrong),
// the error report to download, and the ways forward (import a corrected file, or only the correct rows).
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { DataTable } from '../../../components/DataTable';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { graphql } from '../../../gql';
import type { SeekerImportQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import './compliance.css';
import { announcementFor, isActive, percentOf, type JobState } from './import-progress';
import { ImportStatusBadge } from './ImportStatusBadge';
import { UploadForm } from './UploadForm';
import { useMark } from '../../../components/Lang';

export const SEEKER_IMPORT = graphql(`
  query SeekerImport($id: ID!, $problemPage: PageInput) {
    seekerImport(id: $id) {
      id fileName format createdAt finishedAt status validOnly progress totalRows processedRows
      createdCount updatedCount unchangedCount errorRows message errorReportUrl
      problems(page: $problemPage) { total page pageSize items { rowNumber column message } }
    }
  }
`);

type Job = SeekerImportQuery['seekerImport'];

const POLL_MS = 700;
const PROBLEMS_PER_PAGE = 50;

export function ImportPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t } = useI18n();
  const [params] = useSearchParams();
  const problemPage = Math.max(1, Number(params.get('page')) || 1);
  const [formHasErrors, setFormHasErrors] = useState(false);
  const { data, loading, error, startPolling, stopPolling } = useQuery(SEEKER_IMPORT, {
    variables: { id, problemPage: { page: problemPage, pageSize: PROBLEMS_PER_PAGE } },
    fetchPolicy: 'network-only',
  });
  const job = data?.seekerImport;
  const active = job ? isActive(job.status) : false;

  useEffect(() => {
    if (!active) return undefined;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [active, startPolling, stopPolling]);

  useProgressAnnouncements(job);

  if (loading && !data) return <Loading />;
  if (!job) {
    const code = error ? describeError(error).code : 'NOT_FOUND';
    return (
      <Page title={t('compliance.import.title')}>
        <Notice tone="error"><p>{code === 'NOT_FOUND' || code === 'FORBIDDEN' ? t('compliance.import.notFound') : t('error.loadFailed')}</p></Notice>
        <p><Link to="/staff/imports">{t('compliance.import.back')}</Link></p>
      </Page>
    );
  }

  return mark(
    <Page title={t('compliance.import.pageTitle', { file: job.fileName })} hasErrors={formHasErrors}>
      <p><Link to="/staff/imports">{t('compliance.import.back')}</Link></p>
      <Facts job={job} />
      {active ? <Progress job={job} /> : <Result job={job} problemPage={problemPage} onFormErrors={setFormHasErrors} />}
    </Page>
  );
}

function Facts({ job }: { job: Job }) {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  return mark(
    <dl className="facts import-facts">
      <dt>{t('compliance.import.file')}</dt><dd>{job.fileName}</dd>
      <dt>{t('compliance.import.uploadedAt')}</dt><dd>{formatDateTime(job.createdAt)}</dd>
      <dt>{t('compliance.import.mode')}</dt><dd>{t(job.validOnly ? 'compliance.import.modeValidOnly' : 'compliance.import.modeAll')}</dd>
      <dt>{t('compliance.import.status')}</dt><dd><ImportStatusBadge status={job.status} /></dd>
    </dl>
  );
}

function Progress({ job }: { job: Job }) {
  const mark = useMark();
  const { t, formatNumber } = useI18n();
  const percent = percentOf(job.progress, job.status);
  const words = job.status === 'QUEUED' ? t('compliance.progress.queued')
    : job.status === 'WRITING' ? t('compliance.progress.writing')
      : job.totalRows
        ? t('compliance.progress.rows', { done: formatNumber(job.processedRows), total: formatNumber(job.totalRows), percent })
        : t('compliance.progress.rowsUnknown', { done: formatNumber(job.processedRows) });
  return mark(
    <section aria-labelledby="import-progress-title">
      <h2 id="import-progress-title">{t('compliance.progress.heading')}</h2>
      <label htmlFor="import-progress">{t('compliance.progress.label')}</label>
      <progress id="import-progress" className="import-progress" max={100} value={percent} aria-describedby="import-progress-words">
        {`${percent}%`}
      </progress>
      <p id="import-progress-words">{words}</p>
      <p className="hint">{t('compliance.progress.keepOpen')}</p>
    </section>
  );
}

function Result({ job, problemPage, onFormErrors }: { job: Job; problemPage: number; onFormErrors: (e: boolean) => void }) {
  const mark = useMark();
  const { t, formatNumber } = useI18n();
  const nothingChanged = job.status === 'DONE' && job.createdCount === 0 && job.updatedCount === 0 && job.unchangedCount > 0;
  const problems = job.problems;
  const headline = job.status === 'DONE'
    ? t(job.errorRows > 0 ? 'compliance.result.doneValidOnly' : 'compliance.result.done')
    : t(job.status === 'FAILED' ? 'compliance.result.failed' : 'compliance.result.rejected');
  return mark(
    <>
      <section aria-labelledby="import-result">
        <h2 id="import-result">{t('compliance.result.heading')}</h2>
        <Notice tone={job.status === 'DONE' ? (job.errorRows > 0 ? 'warning' : 'success') : 'error'}>
          <p>
            {job.status === 'DONE' && job.errorRows === 0 && <Icon name="check" small />}
            <strong>{headline}</strong>
          </p>
          {job.message && <p>{job.message}</p>}
          {nothingChanged && <p>{t('compliance.result.nothingChanged')}</p>}
        </Notice>
        <dl className="stat-grid">
          <div><dt>{t('compliance.result.created')}</dt><dd>{t('compliance.result.rowCount', { count: formatNumber(job.createdCount) })}</dd></div>
          <div><dt>{t('compliance.result.updated')}</dt><dd>{t('compliance.result.rowCount', { count: formatNumber(job.updatedCount) })}</dd></div>
          <div><dt>{t('compliance.result.unchanged')}</dt><dd>{t('compliance.result.rowCount', { count: formatNumber(job.unchangedCount) })}</dd></div>
          <div><dt>{t('compliance.result.errorRows')}</dt><dd>{t('compliance.result.rowCount', { count: formatNumber(job.errorRows) })}</dd></div>
        </dl>
      </section>
      {problems.total > 0 && (
        <section aria-labelledby="import-problems">
          <h2 id="import-problems">{t('compliance.problems.heading')}</h2>
          {job.errorReportUrl && (
            <>
              <p>
                <a className="button secondary" href={job.errorReportUrl} download>
                  <Icon name="document" small />{t('compliance.report.download')}
                </a>
              </p>
              <p className="hint">{t('compliance.report.hint')}</p>
            </>
          )}
          <p>{t('compliance.problems.privacy')}</p>
          <DataTable
            caption={t('compliance.problems.caption', { count: problems.total })}
            rows={problems.items}
            rowKey={(p) => `${p.rowNumber}:${p.column}:${p.message}`}
            columns={[
              { key: 'row', header: t('compliance.problems.colRow'), rowHeader: true, cell: (p) => t('compliance.problems.rowNumber', { row: p.rowNumber }) },
              { key: 'column', header: t('compliance.problems.colColumn'), cell: (p) => p.column },
              { key: 'problem', header: t('compliance.problems.colProblem'), cell: (p) => p.message },
            ]}
          />
          <Pagination page={problemPage} pageSize={PROBLEMS_PER_PAGE} total={problems.total}
            hrefFor={(p) => `/staff/imports/${job.id}${p > 1 ? `?page=${p}` : ''}`} />
        </section>
      )}
      <section aria-labelledby="import-next">
        {job.errorRows > 0 && job.status === 'REJECTED' ? (
          <>
            <h2 id="import-next">{t('compliance.next.heading')}</h2>
            <ol>
              <li>{t('compliance.next.fix')}</li>
              <li>{t('compliance.next.validOnly')}</li>
            </ol>
            <UploadForm twoWays onErrorsChange={onFormErrors} />
          </>
        ) : (
          <>
            <h2 id="import-next">{t('compliance.next.another')}</h2>
            <UploadForm onErrorsChange={onFormErrors} />
          </>
        )}
      </section>
    </>
  );
}

/** Tells screen readers how the job moves, at sensible steps (see import-progress.ts). */
function useProgressAnnouncements(job: Job | undefined) {
  const { t, formatNumber } = useI18n();
  const announce = useAnnounce();
  const last = useRef<{ id: string; state: JobState } | null>(null);
  useEffect(() => {
    if (!job) return;
    const state = { status: job.status, percent: percentOf(job.progress, job.status) };
    const prev = last.current?.id === job.id ? last.current.state : null;
    last.current = { id: job.id, state };
    const a = announcementFor(prev, state);
    if (!a) return;
    if (a.kind === 'progress') announce(t('compliance.progress.announce', { percent: a.percent }));
    else if (a.kind === 'writing') announce(t('compliance.progress.writing'));
    else if (a.status === 'DONE') {
      announce(t('compliance.result.announceDone', {
        created: formatNumber(job.createdCount), updated: formatNumber(job.updatedCount),
        unchanged: formatNumber(job.unchangedCount), errors: formatNumber(job.errorRows),
      }));
    } else if (a.status === 'REJECTED') announce(t('compliance.result.announceRejected', { message: job.message ?? '' }));
    else announce(t('compliance.result.announceFailed'));
  }, [job, announce, t, formatNumber]);
}
