// Places to work near home (plan （四）（五）（六）): workshops and bases by county, kind, accessibility and home-based
// work, filters kept in the address. A seeker sees their own county first. The number found is a status message; a new
// search moves focus to the results.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, ButtonRow } from '../../components/Button';
import { useCountyOptions } from '../../components/counties';
import { CheckboxField, ChoiceGroup, SelectField, TextField } from '../../components/fields';
import { Page, titleOf } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { ResultsHeading } from '../../components/ResultsHeading';
import { useSession } from '../../components/session';
import { graphql } from '../../gql';
import type { WorkplaceSupport, WorkshopFilter } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { WORKPLACE_SUPPORTS } from '../../lib/enums';
import { useMark } from '../../components/Lang';
import { isWorkshopKind, WORKSHOP_KINDS } from '../../lib/workshop-kinds';

const BROWSE_WORKSHOPS = graphql(`
  query BrowseWorkshops($filter: WorkshopFilter, $page: PageInput) {
    workshops(filter: $filter, page: $page) {
      total
      items { id kind name town capacity employedCount homeBased workKinds supports county { code nameZh nameEn } }
    }
  }
`);

const MY_COUNTY = graphql(`
  query MyWorkshopCounty { myProfile { id countyCode } }
`);

const PAGE_SIZE = 10;

interface Filters { county: string; kind: string; q: string; homeBased: boolean; hasRoom: boolean; supports: string[] }

function readFilters(p: URLSearchParams): Filters {
  return {
    county: p.get('county') ?? '', kind: p.get('kind') ?? '', q: p.get('q') ?? '', homeBased: p.get('home') === '1', hasRoom: p.get('room') === '1',
    supports: (p.get('supports') ?? '').split(',').filter((s) => (WORKPLACE_SUPPORTS as readonly string[]).includes(s)),
  };
}

function toApiFilter(f: Filters): WorkshopFilter {
  return {
    countyCode: f.county || undefined, kind: isWorkshopKind(f.kind) ? f.kind : undefined, q: f.q.trim() || undefined,
    homeBased: f.homeBased || undefined, hasRoom: f.hasRoom || undefined, supports: f.supports.length ? (f.supports as WorkplaceSupport[]) : undefined,
  };
}

export function WorkshopsPage() {
  const mark = useMark();
  const { t, locale, label } = useI18n();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const counties = useCountyOptions();
  const seeker = me?.role === 'SEEKER';
  const mine = useQuery(MY_COUNTY, { skip: !seeker, fetchPolicy: 'cache-first' });
  const myCounty = mine.data?.myProfile?.countyCode ?? '';
  // a seeker with no filters chosen sees their own county first (places near them)
  const nearMe = seeker && !!myCounty && params.toString() === '';
  const applied = nearMe ? { ...readFilters(params), county: myCounty } : readFilters(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState<Filters>(applied);
  const results = useRef<HTMLHeadingElement>(null);
  const search = params.toString();
  const firstSearch = useRef(search);
  const { data, loading, error } = useQuery(BROWSE_WORKSHOPS, {
    variables: { filter: toApiFilter(applied), page: { page, pageSize: PAGE_SIZE } }, skip: seeker && mine.loading,
  });

  useEffect(() => {
    setDraft(nearMe ? { ...readFilters(new URLSearchParams(search)), county: myCounty } : readFilters(new URLSearchParams(search)));
    if (search !== firstSearch.current) results.current?.focus();
  }, [search, nearMe, myCounty]);

  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    next.set('county', draft.county);
    if (draft.kind) next.set('kind', draft.kind);
    if (draft.q.trim()) next.set('q', draft.q.trim());
    if (draft.homeBased) next.set('home', '1');
    if (draft.hasRoom) next.set('room', '1');
    if (draft.supports.length) next.set('supports', draft.supports.join(','));
    setParams(next);
  };
  const hrefFor = (p: number) => {
    const next = new URLSearchParams(params);
    if (p === 1) next.delete('page');
    else next.set('page', String(p));
    return `/workshops?${next.toString()}`;
  };
  const total = data?.workshops.total ?? 0;
  const status = loading ? t('workshops.searching') : error ? t('error.loadFailed') : t('workshops.resultCount', { count: total });

  return mark(
    <Page title={t('workshops.title')} documentTitle={titleOf(page > 1 && t('page.titlePage', { page }), t('workshops.title'))}>
      <p className="lead">{t('workshops.intro')}</p>
      {nearMe && <p>{t('workshops.nearYou', { county: counties.nameOf(myCounty) })}</p>}
      <div className="layout-split">
        <section className="filters" aria-labelledby="workshop-filters-title">
          <h2 id="workshop-filters-title">{t('workshops.filter.title')}</h2>
          <form onSubmit={submit} role="search" aria-labelledby="workshop-filters-title" noValidate>
            <SelectField id="ws-county" label={t('workshops.filter.county')} value={draft.county} placeholder={t('workshops.filter.anyCounty')}
              options={counties.options} onChange={(e) => set('county', e.currentTarget.value)} />
            <SelectField id="ws-kind" label={t('workshops.filter.kind')} value={draft.kind} placeholder={t('workshops.filter.anyKind')}
              options={WORKSHOP_KINDS.map((k) => ({ value: k, label: t(`workshops.kind.${k}`) }))} onChange={(e) => set('kind', e.currentTarget.value)} />
            <TextField id="ws-q" label={t('workshops.filter.q')} hint={t('workshops.filter.qHint')} autoComplete="off" value={draft.q}
              onChange={(e) => set('q', e.currentTarget.value)} />
            <CheckboxField id="ws-home" label={t('workshops.filter.homeBased')} checked={draft.homeBased} onChange={(v) => set('homeBased', v)} />
            <CheckboxField id="ws-room" label={t('workshops.filter.hasRoom')} checked={draft.hasRoom} onChange={(v) => set('hasRoom', v)} />
            <ChoiceGroup id="ws-supports" name="supports" type="checkbox" legend={t('workshops.filter.supports')} hint={t('workshops.filter.supportsHint')}
              value={draft.supports} onChange={(v) => set('supports', v as string[])}
              choices={WORKPLACE_SUPPORTS.map((s) => ({ value: s, label: label('WorkplaceSupport', s) }))} />
            <ButtonRow>
              <Button type="submit">{t('workshops.filter.submit')}</Button>
              <Link to="/workshops?county=">{t('workshops.filter.clear')}</Link>
            </ButtonRow>
          </form>
        </section>
        <section aria-labelledby="workshops-results">
          <ResultsHeading id="workshops-results" headingRef={results} title={t('workshops.resultsTitle')} status={status} failed={!!error}
            empty={data && total === 0 ? t('workshops.none') : null} />
          {data && data.workshops.items.length > 0 && (
            <ul className="card-list">
              {data.workshops.items.map((w) => (
                <li key={w.id}>
                  <article className="card" aria-labelledby={`ws-${w.id}`}>
                    <h3 id={`ws-${w.id}`}><Link to={`/workshops/${w.id}`}>{w.name}</Link></h3>
                    <p>{t(`workshops.kind.${w.kind}`)}{t('common.listSeparator')}
                      {t('workshops.card.where', { county: (locale === 'en' ? w.county?.nameEn : w.county?.nameZh) ?? '', town: w.town })}</p>
                    <p>{w.employedCount >= w.capacity ? `${t('workshops.card.full')}${t('common.listSeparator')}` : ''}
                      {t('workshops.card.room', { capacity: w.capacity, employed: w.employedCount })}</p>
                    {w.homeBased && <p>{t('workshops.card.homeBased')}</p>}
                    {w.workKinds.length > 0 && <p>{w.workKinds.join(t('common.listSeparator'))}</p>}
                  </article>
                </li>
              ))}
            </ul>
          )}
          {data && <Pagination page={page} pageSize={PAGE_SIZE} total={total} hrefFor={hrefFor} label={t('workshops.pagesLabel')} />}
        </section>
      </div>
    </Page>
  );
}
