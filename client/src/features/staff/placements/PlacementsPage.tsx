// Staff: the register of placements in their area (county, status and page in the URL), with a link to record a hire
// made outside the platform. Excluded placements (confirmed as not genuine) stay listed, marked as not counted.
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { SelectField } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { useSession } from '../../../components/session';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { statusOf, STATUSES, type PlacementStatus } from './placement-text';
import { useMark } from '../../../components/Lang';

export const PLACEMENT_LIST = graphql(`
  query PlacementList($filter: PlacementFilter, $page: PageInput) {
    placements(filter: $filter, page: $page) {
      total page pageSize
      items { id startDate endDate employmentForm counted countyCode seeker { id name } organization { id name } }
    }
  }
`);

const PAGE_SIZE = 20;

export function listHref(p: { county?: string; status?: string; seeker?: string; page?: number }): string {
  const q = new URLSearchParams();
  if (p.county) q.set('county', p.county);
  if (p.status) q.set('status', p.status);
  if (p.seeker) q.set('seeker', p.seeker);
  if (p.page && p.page > 1) q.set('page', String(p.page));
  const s = q.toString();
  return `/staff/placements${s ? `?${s}` : ''}`;
}

function filterOf(status: string): { ongoing?: boolean; excluded?: boolean } {
  if (status === 'ongoing') return { ongoing: true, excluded: false };
  if (status === 'ended') return { ongoing: false, excluded: false };
  if (status === 'excluded') return { excluded: true };
  return {};
}

function Filters({ county, status, seeker }: { county: string; status: string; seeker: string }) {
  const mark = useMark();
  const { t } = useI18n();
  const { me } = useSession();
  const counties = useCountyOptions();
  const [, setParams] = useSearchParams();
  const [c, setC] = useState(county);
  const [s, setS] = useState(status);
  const scope = me?.scopeCountyCode ?? null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(new URLSearchParams(listHref({ county: c, status: s, seeker }).split('?')[1] ?? ''));
  };
  return mark(
    <form className="filters" style={{ marginBottom: '1.5rem' }} onSubmit={submit} aria-labelledby="pl-filters-heading">
      <h2 id="pl-filters-heading">{t('placements.filter.title')}</h2>
      {!scope && (
        <SelectField id="pl-county" label={t('placements.filter.county')} value={c} placeholder={t('placements.filter.allCounties')}
          options={counties.options} onChange={(e) => setC(e.currentTarget.value)} />
      )}
      <SelectField id="pl-status" label={t('placements.filter.status')} value={s} placeholder={t('placements.filter.all')}
        options={STATUSES.map((v) => ({ value: v, label: t(`placements.filter.${v}`) }))} onChange={(e) => setS(e.currentTarget.value)} />
      <Button type="submit" variant="secondary">{t('placements.filter.apply')}</Button>
    </form>
  );
}

export function PlacementsPage() {
  const mark = useMark();
  const [params] = useSearchParams();
  const { t, label, formatDate } = useI18n();
  const counties = useCountyOptions();
  const county = params.get('county') ?? '';
  const raw = params.get('status') ?? '';
  const status = (STATUSES as readonly string[]).includes(raw) ? raw : '';
  const seeker = params.get('seeker') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data, loading, error } = useQuery(PLACEMENT_LIST, {
    variables: { filter: { ...(county ? { countyCode: county } : {}), ...(seeker ? { seekerId: seeker } : {}), ...filterOf(status) }, page: { page, pageSize: PAGE_SIZE } },
    fetchPolicy: 'network-only',
  });
  const rows = data?.placements.items ?? [];
  const total = data?.placements.total ?? 0;
  const statusText = (s: PlacementStatus) => t(`placements.status.${s}`);

  return mark(
    <Page title={t('placements.list.title')} focusKey="placements-list">
      <p>{t('placements.list.intro')}</p>
      <p><Link to={`/staff/placements/new${seeker ? `?seeker=${encodeURIComponent(seeker)}` : ''}`}>{t('placements.list.record')}</Link></p>
      <Filters key={`${county}-${status}`} county={county} status={status} seeker={seeker} />
      {loading && !data ? <Loading /> : error ? (
        <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice>
      ) : rows.length === 0 ? <p>{t('placements.list.empty')}</p> : (
        <>
          <DataTable
            caption={t('placements.list.caption', { total })}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { key: 'person', header: t('placements.col.person'), rowHeader: true, cell: (r) => <Link className="nowrap" to={`/staff/placements/${r.id}`}>{r.seeker.name}</Link> },
              { key: 'employer', header: t('placements.col.employer'), cell: (r) => r.organization.name },
              { key: 'county', header: t('placements.filter.county'), cell: (r) => <span className="nowrap">{counties.nameOf(r.countyCode)}</span> },
              { key: 'form', header: t('placements.col.form'), cell: (r) => label('EmploymentForm', r.employmentForm) },
              { key: 'start', header: t('placements.col.start'), cell: (r) => <span className="nowrap">{formatDate(r.startDate)}</span> },
              { key: 'end', header: t('placements.col.end'), cell: (r) => (r.endDate ? <span className="nowrap">{formatDate(r.endDate)}</span> : '—') },
              { key: 'status', header: t('placements.col.status'), cell: (r) => statusText(statusOf(r)) },
            ]}
          />
          <Pagination page={page} pageSize={PAGE_SIZE} total={total} label={t('placements.pages')} hrefFor={(p) => listHref({ county, status, seeker, page: p })} />
        </>
      )}
    </Page>
  );
}
