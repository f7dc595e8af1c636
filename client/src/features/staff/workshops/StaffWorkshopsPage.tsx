// Staff: the register of workshops and bases (plan （四）（五）（六）) by county: capacity against people employed for each
// county, and one county's workshops with links to edit those the staff member manages.
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, ButtonLink, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { SelectField } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useSession } from '../../../components/session';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useMark } from '../../../components/Lang';

const BY_COUNTY = graphql(`
  query WorkshopsByCounty { workshopsByCounty { countyCode workshops capacity employed } }
`);

const COUNTY_WORKSHOPS = graphql(`
  query CountyWorkshops($filter: WorkshopFilter) {
    workshops(filter: $filter, page: { pageSize: 100 }) { total items { id kind name capacity employedCount canManage } }
  }
`);

export function StaffWorkshopsPage() {
  const mark = useMark();
  const { t } = useI18n();
  const { me } = useSession();
  const counties = useCountyOptions();
  const [params, setParams] = useSearchParams();
  const scope = me?.scopeCountyCode ?? null;
  const county = scope ?? params.get('county') ?? '';
  const [choice, setChoice] = useState(county);
  const summary = useQuery(BY_COUNTY, { fetchPolicy: 'network-only' });
  const list = useQuery(COUNTY_WORKSHOPS, { variables: { filter: { countyCode: county } }, skip: !county, fetchPolicy: 'network-only' });
  const show = (e: FormEvent) => {
    e.preventDefault();
    setParams(choice ? { county: choice } : {});
  };
  const rows = summary.data?.workshopsByCounty ?? [];
  const name = counties.nameOf(county);

  return mark(
    <Page title={t('workshops.staff.title')}>
      <p>{t('workshops.staff.intro')}</p>
      <p><ButtonLink to="/staff/workshops/new">{t('workshops.staff.new')}</ButtonLink></p>
      <section aria-labelledby="ws-by-county">
        <h2 id="ws-by-county">{t('workshops.staff.byCountyTitle')}</h2>
        {summary.loading && !summary.data ? <Loading /> : summary.error ? <Notice tone="error">{t('error.loadFailed')}</Notice>
          : rows.length === 0 ? <p>{t('workshops.staff.noneAtAll')}</p> : (
            <DataTable caption={t('workshops.staff.byCountyCaption')} rows={rows} rowKey={(r) => r.countyCode} columns={[
              { key: 'county', header: t('workshops.staff.col.county'), rowHeader: true,
                cell: (r) => <Link to={`/staff/workshops?county=${r.countyCode}`}>{counties.nameOf(r.countyCode)}</Link> },
              { key: 'count', header: t('workshops.staff.col.count'), cell: (r) => r.workshops },
              { key: 'capacity', header: t('workshops.staff.col.capacity'), cell: (r) => r.capacity },
              { key: 'employed', header: t('workshops.staff.col.employed'), cell: (r) => r.employed },
            ]} />
          )}
      </section>
      {!scope && (
        <form onSubmit={show}>
          <SelectField id="ws-staff-county" label={t('workshops.staff.chooseCounty')} value={choice} placeholder={t('workshops.filter.anyCounty')}
            options={counties.options} onChange={(e) => setChoice(e.currentTarget.value)} />
          <ButtonRow><Button type="submit" variant="secondary">{t('workshops.staff.show')}</Button></ButtonRow>
        </form>
      )}
      {county && (
        <section aria-labelledby="ws-county-list">
          <h2 id="ws-county-list">{t('workshops.staff.listTitle', { county: name })}</h2>
          {list.loading && !list.data ? <Loading /> : list.error ? <Notice tone="error">{t('error.loadFailed')}</Notice>
            : !list.data?.workshops.items.length ? <p>{t('workshops.staff.noneInCounty')}</p> : (
              <DataTable caption={t('workshops.staff.listCaption', { county: name, count: list.data.workshops.total })}
                rows={list.data.workshops.items} rowKey={(w) => w.id} columns={[
                  { key: 'name', header: t('workshops.staff.col.name'), rowHeader: true, cell: (w) => <Link to={`/workshops/${w.id}`}>{w.name}</Link> },
                  { key: 'kind', header: t('workshops.staff.col.kind'), cell: (w) => t(`workshops.kind.${w.kind}`) },
                  { key: 'employed', header: `${t('workshops.staff.col.employed')} / ${t('workshops.staff.col.capacity')}`,
                    cell: (w) => t('workshops.staff.ofCapacity', { employed: w.employedCount, capacity: w.capacity }) },
                  { key: 'actions', header: t('workshops.staff.col.actions'), cell: (w) => (w.canManage
                    ? <Link to={`/staff/workshops/${w.id}/edit`}>{t('workshops.staff.edit', { name: w.name })}</Link>
                    : t('workshops.staff.readOnly')) },
                ]} />
            )}
        </section>
      )}
    </Page>
  );
}
