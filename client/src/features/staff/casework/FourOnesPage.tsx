// Staff: the "four ones" (四个一) for a year: coverage per county against the working-age people without a job,
// and who still lacks a chosen service, each linking to their services page. Year, county and service live in
// the URL (?year=&county=&kind=), so a list can be bookmarked and the back button returns to it.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { ChoiceGroup, SelectField } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { useSession } from '../../../components/session';
import { graphql } from '../../../gql';
import type { ServiceKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { coverageTotal, isServiceKind, recentYears, SERVICE_KINDS, share } from './casework-rules';
import { useCaseworkText } from './casework-text';
import { useMark } from '../../../components/Lang';

export const FOUR_ONES_COVERAGE = graphql(`
  query FourOnesCoverage($year: Int!, $countyCode: String) {
    fourOnesCoverage(year: $year, countyCode: $countyCode) {
      countyCode population checked wantingWork assessed registered served complete
    }
  }
`);

export const SEEKERS_MISSING_SERVICE = graphql(`
  query SeekersMissingService($year: Int!, $kind: ServiceKind!, $countyCode: String, $page: PageInput) {
    seekersMissingService(year: $year, kind: $kind, countyCode: $countyCode, page: $page) {
      total page pageSize
      items { id name age countyCode category level }
    }
  }
`);

const PAGE_SIZE = 20;

export function FourOnesPage() {
  const mark = useMark();
  const { t, label, formatNumber } = useI18n();
  const text = useCaseworkText();
  const announce = useAnnounce();
  const { me } = useSession();
  const counties = useCountyOptions();
  const [params, setParams] = useSearchParams();
  const years = recentYears();
  const year = years.includes(Number(params.get('year'))) ? Number(params.get('year')) : years[0];
  const scope = me?.scopeCountyCode ?? null;
  const county = scope ?? (params.get('county') || null);
  const kind: ServiceKind = isServiceKind(params.get('kind')) ? (params.get('kind') as ServiceKind) : 'INFORMATION_CHECK';
  const page = Math.max(1, Number(params.get('page')) || 1);

  // the form edits a copy; the lists change only when it is sent
  const [draft, setDraft] = useState({ year: String(year), county: county ?? '', kind: kind as string });
  useEffect(() => setDraft({ year: String(year), county: county ?? '', kind }), [year, county, kind]);

  const coverage = useQuery(FOUR_ONES_COVERAGE, { variables: { year, countyCode: county }, fetchPolicy: 'network-only' });
  const missing = useQuery(SEEKERS_MISSING_SERVICE, {
    variables: { year, kind, countyCode: county, page: { page, pageSize: PAGE_SIZE } }, fetchPolicy: 'network-only',
  });

  // after the person asks for a list, say how long it is (the table itself is further down the page)
  const asked = useRef(false);
  const total = missing.data?.seekersMissingService.total;
  useEffect(() => {
    if (!asked.current || missing.loading || total === undefined) return;
    asked.current = false;
    announce(total === 0 ? t('casework.missing.none', { year, kind: text.kind(kind) })
      : t('casework.missing.found', { year, kind: text.kind(kind), count: total }));
  }, [total, missing.loading, announce, t, text, year, kind]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    asked.current = true;
    const next = new URLSearchParams({ year: draft.year, kind: draft.kind });
    if (!scope && draft.county) next.set('county', draft.county);
    setParams(next);
  };

  // the person's page links back to this list
  const listQuery = new URLSearchParams({ year: String(year), kind, ...(!scope && county ? { county } : {}) }).toString();

  const hrefFor = (p: number) => {
    const q = new URLSearchParams({ year: String(year), kind });
    if (!scope && county) q.set('county', county);
    if (p > 1) q.set('page', String(p));
    return `/staff/four-ones?${q}`;
  };

  const countShare = (part: number, whole: number) => {
    const s = share(part, whole);
    return s === null ? t('casework.coverage.countOnly', { count: formatNumber(part) })
      : t('casework.coverage.countShare', { count: formatNumber(part), share: s });
  };

  const counted = coverage.data?.fourOnesCoverage ?? [];
  // several counties: the city's sum comes last
  const rows = counted.length > 1 ? [...counted, coverageTotal(counted)] : counted;
  const people = missing.data?.seekersMissingService.items ?? [];

  return mark(
    <Page title={t('casework.fourOnes.title')}>
      <p>{t('casework.fourOnes.intro')}</p>

      <form className="filters" onSubmit={submit} aria-labelledby="four-ones-filter-title">
        <h2 id="four-ones-filter-title">{t('casework.filter.title')}</h2>
        <SelectField id="fo-year" label={t('casework.filter.year')} value={draft.year}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(e) => { const v = e.currentTarget.value; setDraft((d) => ({ ...d, year: v })); }} />
        {scope
          ? <p>{t('casework.filter.countyFixed', { county: counties.nameOf(scope) })}</p>
          : (
            <SelectField id="fo-county" label={t('casework.filter.county')} value={draft.county}
              placeholder={t('casework.filter.wholeCity')} options={counties.options}
              onChange={(e) => { const v = e.currentTarget.value; setDraft((d) => ({ ...d, county: v })); }} />
          )}
        <ChoiceGroup id="fo-kind" name="kind" type="radio" legend={t('casework.filter.kind')} value={draft.kind}
          onChange={(v) => setDraft((d) => ({ ...d, kind: v as string }))}
          choices={SERVICE_KINDS.map((k) => ({ value: k, label: text.kind(k) }))} />
        <Button type="submit">{t('casework.filter.show')}</Button>
      </form>

      <section aria-labelledby="coverage-title">
        <h2 id="coverage-title">{t('casework.coverage.title', { year })}</h2>
        {coverage.loading && !coverage.data ? <Loading /> : coverage.error ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice>
          : rows.length === 0 ? <p>{t('casework.coverage.none', { year })}</p> : (
            <>
              <DataTable
                caption={t('casework.coverage.caption', { year })}
                rows={rows}
                rowKey={(r) => r.countyCode || 'total'}
                columns={[
                  { key: 'county', header: t('casework.coverage.county'), rowHeader: true,
                    cell: (r) => (r.countyCode ? counties.nameOf(r.countyCode) : t('casework.coverage.total')) },
                  { key: 'population', header: t('casework.coverage.population'), cell: (r) => t('casework.coverage.countOnly', { count: formatNumber(r.population) }) },
                  { key: 'checked', header: t('casework.coverage.checked'), cell: (r) => countShare(r.checked, r.population) },
                  { key: 'wanting', header: t('casework.coverage.wantingWork'), cell: (r) => t('casework.coverage.countOnly', { count: formatNumber(r.wantingWork) }) },
                  { key: 'assessed', header: t('casework.coverage.assessed'), cell: (r) => countShare(r.assessed, r.wantingWork) },
                  { key: 'registered', header: t('casework.coverage.registered'), cell: (r) => countShare(r.registered, r.wantingWork) },
                  { key: 'served', header: t('casework.coverage.served'), cell: (r) => countShare(r.served, r.wantingWork) },
                  { key: 'complete', header: t('casework.coverage.complete'), cell: (r) => countShare(r.complete, r.population) },
                ]}
              />
              <p className="hint">{t('casework.coverage.note')}</p>
            </>
          )}
      </section>

      <section aria-labelledby="missing-title">
        <h2 id="missing-title">{t('casework.missing.title', { kind: text.kind(kind) })}</h2>
        {kind !== 'INFORMATION_CHECK' && <p>{t('casework.missing.wantsWorkOnly')}</p>}
        {missing.loading && !missing.data ? <Loading /> : missing.error ? <Notice tone="error"><p>{t('error.loadFailed')}</p></Notice>
          : people.length === 0 ? <p>{t('casework.missing.none', { year, kind: text.kind(kind) })}</p> : (
            <>
              <DataTable
                caption={t('casework.missing.caption', { year, kind: text.kind(kind), count: formatNumber(total ?? 0) })}
                rows={people}
                rowKey={(p) => p.id}
                columns={[
                  { key: 'name', header: t('casework.col.name'), rowHeader: true,
                    cell: (p) => <Link to={`/staff/seekers/${p.id}?${listQuery}`}>{p.name}</Link> },
                  { key: 'county', header: t('casework.col.county'), cell: (p) => counties.nameOf(p.countyCode) },
                  { key: 'age', header: t('casework.col.age'), cell: (p) => t('casework.ageYears', { age: p.age }) },
                  { key: 'disability', header: t('casework.col.disability'),
                    cell: (p) => (p.category && p.level
                      ? t('casework.categoryLevel', { category: label('DisabilityCategory', p.category), level: p.level })
                      : t('casework.unknown')) },
                ]}
              />
              <Pagination page={page} pageSize={PAGE_SIZE} total={total ?? 0} hrefFor={hrefFor} />
            </>
          )}
      </section>
    </Page>
  );
}
