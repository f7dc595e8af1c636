// Staff: organizations in their area below the quota ratio for a year (largest estimated levy first), with a
// details view of one organization's position (?org=). Year, county, page and organization live in the URL.
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
import { describeError } from '../../../lib/graphql-errors';
import { QuotaExplanation, QuotaSummary } from './QuotaPositionView';
import { atLeastOneText, levyText, quotaFormat } from './quota-text';
import { quotaYears, yearFromParam } from './year-figures';
import { useMark } from '../../../components/Lang';

export const BELOW_QUOTA = graphql(`
  query OrganizationsBelowQuota($year: Int!, $countyCode: String, $page: PageInput) {
    organizationsBelowQuota(year: $year, countyCode: $countyCode, page: $page) {
      total page pageSize
      items {
        organizationId staffCount required counted achievedRatioPercent ratioMet atLeastOneApplies atLeastOneMet
        levyPayable smallEnterpriseExempt wageEstimated
        organization { id name type countyCode }
      }
    }
  }
`);

export const STAFF_QUOTA_POSITION = graphql(`
  query StaffQuotaPosition($organizationId: ID!, $year: Int!) {
    quotaPosition(organizationId: $organizationId, year: $year) {
      ...QuotaPositionFields
      organization { id name type countyCode }
    }
  }
`);

const PAGE_SIZE = 20;

function listHref(params: { year: number; county: string; page?: number; org?: string }): string {
  const q = new URLSearchParams({ year: String(params.year) });
  if (params.county) q.set('county', params.county);
  if (params.page && params.page > 1) q.set('page', String(params.page));
  if (params.org) q.set('org', params.org);
  return `/staff/quota?${q}`;
}

export function QuotaListPage() {
  const [params] = useSearchParams();
  const year = yearFromParam(params.get('year'));
  const county = params.get('county') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const org = params.get('org');
  return org
    ? <OrganizationDetails organizationId={org} year={year} back={listHref({ year, county, page })} />
    : <BelowQuotaList year={year} county={county} page={page} />;
}

function Filters({ year, county }: { year: number; county: string }) {
  const mark = useMark();
  const { t } = useI18n();
  const { me } = useSession();
  const counties = useCountyOptions();
  const [, setParams] = useSearchParams();
  const [y, setY] = useState(String(year));
  const [c, setC] = useState(county);
  const scope = me?.scopeCountyCode ?? null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(new URLSearchParams(listHref({ year: Number(y), county: c }).split('?')[1]));
  };
  return mark(
    <form className="filters" style={{ marginBottom: '1.5rem' }} onSubmit={submit} aria-labelledby="quota-filters-heading">
      <h2 id="quota-filters-heading">{t('quota.list.filters')}</h2>
      <SelectField id="ql-year" label={t('quota.year')} hint={t('quota.yearHint')} value={y}
        options={quotaYears().map((v) => ({ value: String(v), label: String(v) }))} onChange={(e) => setY(e.currentTarget.value)} />
      <SelectField id="ql-county" label={t('quota.list.county')} hint={scope ? t('quota.list.countyHintScoped') : undefined} value={c}
        placeholder={t('quota.list.allCounties')}
        options={counties.options.filter((o) => !scope || o.value === scope)} onChange={(e) => setC(e.currentTarget.value)} />
      <Button type="submit" variant="secondary">{t('quota.show')}</Button>
    </form>
  );
}

function BelowQuotaList({ year, county, page }: { year: number; county: string; page: number }) {
  const mark = useMark();
  const { t, label, locale } = useI18n();
  const counties = useCountyOptions();
  const f = quotaFormat(locale);
  const { data, loading, error } = useQuery(BELOW_QUOTA, {
    variables: { year, countyCode: county || null, page: { page, pageSize: PAGE_SIZE } }, fetchPolicy: 'network-only',
  });
  const rows = data?.organizationsBelowQuota.items ?? [];
  const total = data?.organizationsBelowQuota.total ?? 0;
  const failure = error ? describeError(error) : null;

  return mark(
    <Page title={t('quota.quota.title')} focusKey="quota-list">
      <p>{t('quota.list.intro')}</p>
      <Filters key={`${year}-${county}`} year={year} county={county} />
      {loading && !data ? <Loading /> : failure ? (
        <Notice tone="error"><p>{failure.code === 'BAD_USER_INPUT' || failure.code === 'FORBIDDEN' ? failure.message ?? t('error.loadFailed') : t('error.loadFailed')}</p></Notice>
      ) : rows.length === 0 ? <p>{t('quota.list.none', { year })}</p> : (
        <>
          <DataTable
            caption={t('quota.list.caption', { year, count: total })}
            rows={rows}
            rowKey={(r) => r.organizationId}
            columns={[
              {
                key: 'org', header: t('quota.list.organization'), rowHeader: true,
                cell: (r) => <Link to={listHref({ year, county, page, org: r.organizationId })}>{r.organization.name}</Link>,
              },
              { key: 'county', header: t('quota.list.countyCol'), cell: (r) => counties.nameOf(r.organization.countyCode) },
              { key: 'type', header: t('quota.list.type'), cell: (r) => label('OrganizationType', r.organization.type) },
              { key: 'staff', header: t('quota.list.staff'), cell: (r) => f.count(r.staffCount) },
              { key: 'required', header: t('quota.list.required'), cell: (r) => f.persons(r.required) },
              { key: 'counted', header: t('quota.list.counted'), cell: (r) => f.persons(r.counted) },
              {
                key: 'achieved', header: t('quota.list.achieved'),
                cell: (r) => (r.achievedRatioPercent == null ? t('quota.notApplicable') : t('quota.percent', { value: f.percent(r.achievedRatioPercent) })),
              },
              { key: 'one', header: t('quota.list.atLeastOne'), cell: (r) => atLeastOneText(r, t) },
              { key: 'levy', header: t('quota.list.levy'), cell: (r) => levyText(r, t, f) },
            ]}
          />
          <Pagination page={page} pageSize={PAGE_SIZE} total={total} hrefFor={(p) => listHref({ year, county, page: p })} />
        </>
      )}
    </Page>
  );
}

function OrganizationDetails({ organizationId, year, back }: { organizationId: string; year: number; back: string }) {
  const mark = useMark();
  const { t, label } = useI18n();
  const counties = useCountyOptions();
  const { data, loading, error } = useQuery(STAFF_QUOTA_POSITION, { variables: { organizationId, year }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading />;
  const p = data?.quotaPosition;
  if (error || !p) {
    return (
      <Page title={t('quota.quota.title')} focusKey={`quota-org-${organizationId}`}>
        <Notice tone="error"><p>{t('quota.list.notFound')}</p></Notice>
        <p><Link to={back}>{t('quota.list.back')}</Link></p>
      </Page>
    );
  }
  const name = p.organization.name;
  return mark(
    <Page title={t('quota.list.detailTitle', { name })} focusKey={`quota-org-${organizationId}`}>
      <p><Link to={back}>{t('quota.list.back')}</Link></p>
      <p>{t('quota.list.detailIntro', { name, county: counties.nameOf(p.organization.countyCode), type: label('OrganizationType', p.organization.type) })}</p>
      <h2>{t('quota.position.heading', { year })}</h2>
      {p.provisional && <p>{t('quota.position.provisional', { year })}</p>}
      <QuotaSummary position={p} />
      <QuotaExplanation position={p} />
    </Page>
  );
}
