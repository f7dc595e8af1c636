// Staff and administrators: the audit log, newest first, filtered by who acted, whom it is about, the kind of
// action, dates and county (kept in the address). County staff see their county's entries only. A table on
// wide screens with names kept on one line; cards below 40rem.
import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { SelectField, TextField } from '../../../components/fields';
import { useSession } from '../../../components/session';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { AuditLogQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import './admin.css';
import { ACTIONS, actionText, detailText, entityText } from './audit-text';
import { useMark } from '../../../components/Lang';

const AUDIT_LOG = graphql(`
  query AuditLog($filter: AuditLogFilter, $page: PageInput) {
    auditLog(filter: $filter, page: $page) {
      total page pageSize
      items { id at action actorRole actorName actorCountyCode entity subjectName subjectCountyCode subjectSeekerId field purpose detail }
    }
  }
`);

type Entry = AuditLogQuery['auditLog']['items'][number];
interface Filters { actor: string; subject: string; action: string; from: string; to: string; county: string }

const PAGE_SIZE = 25;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function readFilters(params: URLSearchParams): Filters & { page: number } {
  const get = (k: string) => (params.get(k) ?? '').slice(0, 50);
  return {
    actor: get('actor'), subject: get('subject'),
    action: (ACTIONS as readonly string[]).includes(get('action')) ? get('action') : '',
    from: DATE.test(get('from')) ? get('from') : '', to: DATE.test(get('to')) ? get('to') : '',
    county: /^\d{6}$/.test(get('county')) ? get('county') : '',
    page: Math.max(1, Number(params.get('page')) || 1),
  };
}

export function AuditLogPage() {
  const mark = useMark();
  const { t, formatNumber } = useI18n();
  const { me } = useSession();
  const { nameOf } = useCountyOptions();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const ownCounty = me?.role === 'STAFF' ? me.scopeCountyCode ?? null : null;
  const { data, loading, error } = useQuery(AUDIT_LOG, {
    variables: {
      filter: {
        actor: filters.actor || undefined, subject: filters.subject || undefined, action: filters.action || undefined,
        from: filters.from || undefined, to: filters.to || undefined, countyCode: ownCounty ? undefined : filters.county || undefined,
      },
      page: { page: filters.page, pageSize: PAGE_SIZE },
    },
    fetchPolicy: 'network-only',
  });
  const [filterErrors, setFilterErrors] = useState(false);
  const entries = data?.auditLog.items ?? [];
  const total = data?.auditLog.total ?? 0;
  const hrefFor = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 1) next.set('page', String(p));
    else next.delete('page');
    return `/staff/audit?${next}`;
  };

  return mark(
    <Page title={t('audit.title')} hasErrors={filterErrors}>
      <p>{t('audit.intro')}</p>
      <p>{ownCounty ? t('audit.scopeCounty', { county: nameOf(ownCounty) }) : t('audit.scopeCity')}</p>
      <FilterForm
        initial={filters}
        countyFixed={!!ownCounty}
        onErrorsChange={setFilterErrors}
        onApply={(f) => {
          const next = new URLSearchParams();
          for (const [k, v] of Object.entries(f)) if (v.trim()) next.set(k, v.trim());
          setParams(next);
        }}
      />
      <section aria-labelledby="audit-list">
        <h2 id="audit-list" tabIndex={-1}>{t('audit.listHeading')}</h2>
        {loading && !data ? <Loading /> : error ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice> : entries.length === 0
          ? <p>{t('audit.none')}</p>
          : (
            <>
              <p>{t('audit.count', { count: formatNumber(total) })}</p>
              <EntryList entries={entries} />
              <Pagination page={filters.page} pageSize={PAGE_SIZE} total={total} hrefFor={hrefFor} />
            </>
          )}
      </section>
    </Page>
  );
}

const FILTER_FIELDS = [['from', 'audit-from'], ['to', 'audit-to']] as const;

function FilterForm({ initial, countyFixed, onApply, onErrorsChange }: {
  initial: Filters; countyFixed: boolean; onApply: (f: Filters) => void; onErrorsChange: (e: boolean) => void;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const counties = useCountyOptions();
  const errors = useFormErrors<'from' | 'to'>(FILTER_FIELDS);
  const [f, setF] = useState<Filters>(initial);
  const key = JSON.stringify(initial);
  // back and forward change the address: the form follows it
  useEffect(() => setF(JSON.parse(key) as Filters), [key]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Partial<Record<'from' | 'to', string>> = {};
    if (f.from && !DATE.test(f.from)) problems.from = t('audit.badDate');
    if (f.to && !DATE.test(f.to)) problems.to = t('audit.badDate');
    if (Object.keys(problems).length) {
      onErrorsChange(true);
      return errors.fail(problems);
    }
    errors.clear();
    onErrorsChange(false);
    onApply(f);
  };
  return mark(
    <section className="filters" aria-labelledby="audit-filters">
      <h2 id="audit-filters">{t('audit.filterHeading')}</h2>
      <form onSubmit={submit} noValidate>
        <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
        <TextField id="audit-actor" label={t('audit.filterActor')} value={f.actor} maxLength={50} onChange={(e) => setF({ ...f, actor: e.currentTarget.value })} />
        <TextField id="audit-subject" label={t('audit.filterSubject')} value={f.subject} maxLength={50} onChange={(e) => setF({ ...f, subject: e.currentTarget.value })} />
        <SelectField id="audit-action" label={t('audit.filterAction')} value={f.action} placeholder={t('audit.any')}
          options={ACTIONS.map((a) => ({ value: a, label: actionText(t, a) }))} onChange={(e) => setF({ ...f, action: e.currentTarget.value })} />
        <TextField id="audit-from" type="date" label={t('audit.filterFrom')} hint={t('audit.filterDateHint')} error={errors.fields.from}
          value={f.from} onChange={(e) => setF({ ...f, from: e.currentTarget.value })} />
        <TextField id="audit-to" type="date" label={t('audit.filterTo')} hint={t('audit.filterDateHint')} error={errors.fields.to}
          value={f.to} onChange={(e) => setF({ ...f, to: e.currentTarget.value })} />
        {!countyFixed && (
          <SelectField id="audit-county" label={t('audit.filterCounty')} value={f.county} placeholder={t('audit.any')}
            options={counties.options} onChange={(e) => setF({ ...f, county: e.currentTarget.value })} />
        )}
        <ButtonRow><Button type="submit" variant="secondary">{t('audit.apply')}</Button></ButtonRow>
      </form>
    </section>
  );
}

function EntryList({ entries }: { entries: readonly Entry[] }) {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  const { nameOf } = useCountyOptions();
  const actor = (e: Entry) => e.actorName ?? t('audit.system');
  const subject = (e: Entry) => {
    const name = e.subjectName ?? t('audit.unknownSubject');
    return (
      <>
        {entityText(t, e.entity)}{t('common.colon')}
        {e.subjectSeekerId ? <Link to={`/staff/seekers/${e.subjectSeekerId}`}>{name}</Link> : name}
      </>
    );
  };
  const county = (e: Entry) => (e.subjectCountyCode ? nameOf(e.subjectCountyCode) : t('audit.dash'));
  const detail = (e: Entry) => detailText(t, e) || t('audit.dash');
  return mark(
    <>
      <div className="wide-list admin-table">
        <DataTable
          caption={t('audit.caption')}
          rows={entries}
          rowKey={(e) => e.id}
          columns={[
            { key: 'at', header: t('audit.colAt'), rowHeader: true, cell: (e) => <span className="one-line">{formatDateTime(e.at)}</span> },
            { key: 'actor', header: t('audit.colActor'), cell: (e) => <span className="one-line">{actor(e)}</span> },
            { key: 'action', header: t('audit.colAction'), cell: (e) => <span className="one-line">{actionText(t, e.action)}</span> },
            { key: 'subject', header: t('audit.colSubject'), cell: (e) => <span className="one-line">{subject(e)}</span> },
            { key: 'county', header: t('audit.colCounty'), cell: (e) => <span className="one-line">{county(e)}</span> },
            { key: 'detail', header: t('audit.colDetail'), cell: detail },
          ]}
        />
      </div>
      <ul className="narrow-list card-list admin-cards">
        {entries.map((e) => (
          <li key={e.id} className="card">
            <h3>{actionText(t, e.action)}</h3>
            <dl className="facts">
              <dt>{t('audit.colAt')}</dt><dd>{formatDateTime(e.at)}</dd>
              <dt>{t('audit.colActor')}</dt><dd>{actor(e)}</dd>
              <dt>{t('audit.colSubject')}</dt><dd>{subject(e)}</dd>
              <dt>{t('audit.colCounty')}</dt><dd>{county(e)}</dd>
              <dt>{t('audit.colDetail')}</dt><dd>{detail(e)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
