// Staff: the disabled-graduate ledger (一人一策): every graduate with their plan status, contacts, services,
// referrals, fairs, job and the next or overdue follow-up; filters (year, county, status, overdue only) live in
// the URL.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { CheckboxField, SelectField } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { useSession } from '../../../components/session';
import { graphql } from '../../../gql';
import type { GraduateStatus } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { GRADUATE_STATUSES, nextFollowUp, recentYears } from './casework-rules';
import { useCaseworkText } from './casework-text';
import { useMark } from '../../../components/Lang';

export const GRADUATE_LEDGER = graphql(`
  query GraduateLedger($filter: GraduateLedgerFilter, $page: PageInput) {
    graduateLedger(filter: $filter, page: $page) {
      total page pageSize
      items {
        seekerId name countyCode graduateYear graduateSchool contacts services referrals fairsAttended
        placementStart organizationName
        plan { seekerId status }
        followUps { month dueDate done overdue }
      }
    }
  }
`);

const PAGE_SIZE = 20;

export function GraduateLedgerPage() {
  const mark = useMark();
  const { t, formatDate, formatNumber } = useI18n();
  const text = useCaseworkText();
  const announce = useAnnounce();
  const { me } = useSession();
  const counties = useCountyOptions();
  const [params, setParams] = useSearchParams();
  const years = recentYears(new Date(), 6);
  const year = years.includes(Number(params.get('year'))) ? Number(params.get('year')) : null;
  const scope = me?.scopeCountyCode ?? null;
  const county = scope ?? (params.get('county') || null);
  const status = (GRADUATE_STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as GraduateStatus) : null;
  const overdue = params.get('overdue') === '1';
  const page = Math.max(1, Number(params.get('page')) || 1);

  const [draft, setDraft] = useState({ year: year ? String(year) : '', county: county ?? '', status: status ?? '', overdue });
  useEffect(() => setDraft({ year: year ? String(year) : '', county: county ?? '', status: status ?? '', overdue }), [year, county, status, overdue]);

  const { data, loading, error } = useQuery(GRADUATE_LEDGER, {
    variables: {
      filter: { graduateYear: year, countyCode: county, status, overdueOnly: overdue || null },
      page: { page, pageSize: PAGE_SIZE },
    },
    fetchPolicy: 'network-only',
  });
  const total = data?.graduateLedger.total;

  const asked = useRef(false);
  useEffect(() => {
    if (!asked.current || loading || total === undefined) return;
    asked.current = false;
    announce(total === 0 ? t('casework.ledger.none') : t('casework.ledger.found', { count: total }));
  }, [total, loading, announce, t]);

  const query = (p = 1, f = { year: year ? String(year) : '', county: county ?? '', status: status ?? '', overdue }) => {
    const q = new URLSearchParams();
    if (f.year) q.set('year', f.year);
    if (!scope && f.county) q.set('county', f.county);
    if (f.status) q.set('status', f.status);
    if (f.overdue) q.set('overdue', '1');
    if (p > 1) q.set('page', String(p));
    return q;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    asked.current = true;
    setParams(query(1, draft));
  };

  const rows = data?.graduateLedger.items ?? [];

  return mark(
    <Page title={t('casework.ledger.title')}>
      <p>{t('casework.ledger.intro')}</p>
      <form className="filters" onSubmit={submit} aria-labelledby="ledger-filter-title">
        <h2 id="ledger-filter-title">{t('casework.ledger.filterTitle')}</h2>
        <SelectField id="gl-year" label={t('casework.ledger.graduateYear')} value={draft.year} placeholder={t('casework.ledger.allYears')}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(e) => { const v = e.currentTarget.value; setDraft((d) => ({ ...d, year: v })); }} />
        {scope
          ? <p>{t('casework.filter.countyFixed', { county: counties.nameOf(scope) })}</p>
          : (
            <SelectField id="gl-county" label={t('casework.filter.county')} value={draft.county}
              placeholder={t('casework.filter.wholeCity')} options={counties.options}
              onChange={(e) => { const v = e.currentTarget.value; setDraft((d) => ({ ...d, county: v })); }} />
          )}
        <SelectField id="gl-status" label={t('casework.ledger.status')} value={draft.status} placeholder={t('casework.ledger.allStatuses')}
          options={GRADUATE_STATUSES.map((s) => ({ value: s, label: text.status(s) }))}
          onChange={(e) => { const v = e.currentTarget.value; setDraft((d) => ({ ...d, status: v })); }} />
        <CheckboxField id="gl-overdue" label={t('casework.ledger.overdueOnly')} hint={t('casework.ledger.overdueOnlyHint')}
          checked={draft.overdue} onChange={(v) => setDraft((d) => ({ ...d, overdue: v }))} />
        <Button type="submit">{t('casework.filter.show')}</Button>
      </form>

      {loading && !data ? <Loading /> : error ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice>
        : rows.length === 0 ? <p>{t('casework.ledger.none')}</p> : (
          <>
            <DataTable
              caption={t(overdue ? 'casework.ledger.captionOverdue' : 'casework.ledger.caption', { count: formatNumber(total ?? 0) })}
              rows={rows}
              rowKey={(r) => r.seekerId}
              columns={[
                { key: 'name', header: t('casework.col.name'), rowHeader: true,
                  cell: (r) => <Link to={`/staff/graduates/${r.seekerId}`}>{r.name}</Link> },
                { key: 'county', header: t('casework.col.county'), cell: (r) => counties.nameOf(r.countyCode) },
                { key: 'graduate', header: t('casework.ledger.colGraduate'),
                  cell: (r) => (r.graduateSchool ? t('casework.ledger.schoolYear', { school: r.graduateSchool, year: r.graduateYear })
                    : t('casework.ledger.yearOnly', { year: r.graduateYear })) },
                { key: 'status', header: t('casework.ledger.colStatus'), cell: (r) => (r.plan ? text.status(r.plan.status) : t('casework.ledger.noPlan')) },
                { key: 'activity', header: t('casework.ledger.colActivity'),
                  cell: (r) => t('casework.ledger.activity', { contacts: r.contacts, services: r.services, referrals: r.referrals, fairs: r.fairsAttended }) },
                { key: 'placement', header: t('casework.ledger.colPlacement'),
                  cell: (r) => (r.placementStart
                    ? t('casework.ledger.placement', { organization: r.organizationName ?? '', date: formatDate(r.placementStart) })
                    : t('casework.ledger.notPlaced')) },
                { key: 'followUp', header: t('casework.ledger.colFollowUp'), cell: (r) => <FollowUpCell list={r.followUps} /> },
              ]}
            />
            <Pagination page={page} pageSize={PAGE_SIZE} total={total ?? 0} hrefFor={(p) => `/staff/graduates?${query(p)}`} />
          </>
        )}
    </Page>
  );
}

function FollowUpCell({ list }: { list: ReadonlyArray<{ month: number; dueDate: string; done: boolean; overdue: boolean }> }) {
  const { t, formatDate } = useI18n();
  // short phrases: kept on one line (a narrow column would put them one character per line)
  if (list.length === 0) return <span className="nowrap">{t('casework.ledger.noFollowUps')}</span>;
  const next = nextFollowUp(list);
  if (!next) return <span className="nowrap">{t('casework.ledger.followUpAllDone')}</span>;
  return next.overdue
    ? <strong className="overdue">{t('casework.ledger.followUpOverdue', { month: next.month, date: formatDate(next.dueDate) })}</strong>
    : <>{t('casework.ledger.followUpNext', { month: next.month, date: formatDate(next.dueDate) })}</>;
}
