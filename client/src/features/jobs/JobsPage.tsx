// Browse published positions with filters kept in the address (shareable, back button works) and pages.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, ButtonRow } from '../../components/Button';
import { useCountyOptions } from '../../components/counties';
import { CheckboxField, ChoiceGroup, SelectField, TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { PostingCard } from '../../components/posting';
import { graphql } from '../../gql';
import type { DisabilityCategory, EmploymentForm, JobDemand, PostingFilter, PostingSort, WorkplaceSupport } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { DISABILITY_CATEGORIES, EMPLOYMENT_FORMS, JOB_DEMANDS, POSTING_SORTS, WORKPLACE_SUPPORTS } from '../../lib/enums';

const BROWSE = graphql(`
  query BrowsePostings($filter: PostingFilter, $sort: PostingSort, $page: PageInput) {
    postings(filter: $filter, sort: $sort, page: $page) {
      total page pageSize
      items { ...PostingCardFields }
    }
  }
`);

const PAGE_SIZE = 10;

interface Filters {
  q: string;
  county: string;
  category: string;
  reserved: boolean;
  forms: string[];
  supports: string[];
  demandsNone: string[];
  pay: string;
  sort: string;
}

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);

function readFilters(p: URLSearchParams): Filters {
  return {
    q: p.get('q') ?? '',
    county: p.get('county') ?? '',
    category: p.get('category') ?? '',
    reserved: p.get('reserved') === '1',
    forms: list(p.get('forms')),
    supports: list(p.get('supports')),
    demandsNone: list(p.get('avoid')),
    pay: p.get('pay') ?? '',
    sort: p.get('sort') ?? 'NEWEST',
  };
}

function writeFilters(f: Filters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q.trim()) p.set('q', f.q.trim());
  if (f.county) p.set('county', f.county);
  if (f.category) p.set('category', f.category);
  if (f.reserved) p.set('reserved', '1');
  if (f.forms.length) p.set('forms', f.forms.join(','));
  if (f.supports.length) p.set('supports', f.supports.join(','));
  if (f.demandsNone.length) p.set('avoid', f.demandsNone.join(','));
  if (/^\d+$/.test(f.pay.trim())) p.set('pay', f.pay.trim());
  if (f.sort && f.sort !== 'NEWEST') p.set('sort', f.sort);
  return p;
}

function toApiFilter(f: Filters): PostingFilter {
  return {
    query: f.q.trim() || undefined,
    countyCodes: f.county ? [f.county] : undefined,
    category: (f.category || undefined) as DisabilityCategory | undefined,
    reservedOnly: f.reserved || undefined,
    employmentForms: f.forms.length ? (f.forms as EmploymentForm[]) : undefined,
    supportsAll: f.supports.length ? (f.supports as WorkplaceSupport[]) : undefined,
    demandsNone: f.demandsNone.length ? (f.demandsNone as JobDemand[]) : undefined,
    salaryAtLeast: /^\d+$/.test(f.pay.trim()) ? Number(f.pay.trim()) : undefined,
  };
}

export function JobsPage() {
  const { t, label } = useI18n();
  const [params, setParams] = useSearchParams();
  const applied = readFilters(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState<Filters>(applied);
  const [more, setMore] = useState(applied.supports.length > 0 || applied.demandsNone.length > 0 || !!applied.pay);
  const counties = useCountyOptions();
  const results = useRef<HTMLHeadingElement>(null);
  const search = params.toString();
  const firstSearch = useRef(search);

  const { data, loading, error } = useQuery(BROWSE, {
    variables: { filter: toApiFilter(applied), sort: applied.sort as PostingSort, page: { page, pageSize: PAGE_SIZE } },
  });

  // a new search or page: the form shows what was applied, and focus moves to the results
  useEffect(() => {
    setDraft(readFilters(new URLSearchParams(search)));
    if (search !== firstSearch.current) results.current?.focus();
  }, [search]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(writeFilters(draft));
  };
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const hrefFor = (p: number) => {
    const next = new URLSearchParams(params);
    if (p === 1) next.delete('page');
    else next.set('page', String(p));
    return `/jobs?${next.toString()}`;
  };

  const total = data?.postings.total ?? 0;
  const status = loading ? t('jobs.searching') : error ? t('error.loadFailed') : t('jobs.resultCount', { count: total });

  return (
    <Page title={t('jobs.title')}>
      <div className="layout-split">
        <section className="filters" aria-labelledby="filters-title">
          <h2 id="filters-title">{t('jobs.filtersTitle')}</h2>
          <form onSubmit={submit} role="search" aria-labelledby="filters-title">
            <TextField id="jobs-q" type="search" label={t('jobs.keyword')} hint={t('jobs.keywordHint')}
              value={draft.q} onChange={(e) => set('q', e.currentTarget.value)} />
            <SelectField id="jobs-county" label={t('jobs.county')} value={draft.county} placeholder={t('jobs.anyCounty')}
              options={counties.options} onChange={(e) => set('county', e.currentTarget.value)} />
            <SelectField id="jobs-category" label={t('jobs.category')} hint={t('jobs.categoryHint')} value={draft.category}
              placeholder={t('jobs.anyCategory')} onChange={(e) => set('category', e.currentTarget.value)}
              options={DISABILITY_CATEGORIES.map((c) => ({ value: c, label: label('DisabilityCategory', c) }))} />
            <CheckboxField id="jobs-reserved" label={t('jobs.reservedOnly')} checked={draft.reserved}
              onChange={(v) => set('reserved', v)} />
            <ChoiceGroup id="jobs-forms" name="forms" type="checkbox" legend={t('jobs.forms')} value={draft.forms}
              onChange={(v) => set('forms', v as string[])}
              choices={EMPLOYMENT_FORMS.map((f) => ({ value: f, label: label('EmploymentForm', f) }))} />
            <p>
              <Button variant="secondary" aria-expanded={more} aria-controls="jobs-more" onClick={() => setMore(!more)}>
                {t('jobs.moreFilters')}
              </Button>
            </p>
            <div id="jobs-more" hidden={!more}>
              <ChoiceGroup id="jobs-supports" name="supports" type="checkbox" legend={t('jobs.supportsAll')}
                hint={t('jobs.supportsAllHint')} value={draft.supports} onChange={(v) => set('supports', v as string[])}
                choices={WORKPLACE_SUPPORTS.map((s) => ({ value: s, label: label('WorkplaceSupport', s) }))} />
              <ChoiceGroup id="jobs-avoid" name="avoid" type="checkbox" legend={t('jobs.demandsNone')}
                hint={t('jobs.demandsNoneHint')} value={draft.demandsNone} onChange={(v) => set('demandsNone', v as string[])}
                choices={JOB_DEMANDS.map((d) => ({ value: d, label: label('JobDemand', d) }))} />
              <TextField id="jobs-pay" className="short" inputMode="numeric" label={t('jobs.payAtLeast')}
                hint={t('jobs.payAtLeastHint')} value={draft.pay} onChange={(e) => set('pay', e.currentTarget.value)} />
            </div>
            <SelectField id="jobs-sort" label={t('jobs.sort')} value={draft.sort} onChange={(e) => set('sort', e.currentTarget.value)}
              options={POSTING_SORTS.map((s) => ({ value: s, label: label('PostingSort', s) }))} />
            <ButtonRow>
              <Button type="submit">{t('jobs.searchButton')}</Button>
              <Link to="/jobs">{t('jobs.clear')}</Link>
            </ButtonRow>
          </form>
        </section>

        <section aria-labelledby="jobs-results">
          <h2 id="jobs-results" ref={results} tabIndex={-1}>{t('jobs.resultsTitle')}</h2>
          <p role="status">{status}</p>
          {error && <Notice tone="error">{t('error.tryAgainLater')}</Notice>}
          {data && total === 0 && <p>{t('jobs.noResults')}</p>}
          {data && data.postings.items.length > 0 && (
            <ul className="card-list">
              {data.postings.items.map((p) => <li key={p.id}><PostingCard posting={p} /></li>)}
            </ul>
          )}
          {data && <Pagination page={page} pageSize={PAGE_SIZE} total={total} hrefFor={hrefFor} label={t('jobs.pagesLabel')} />}
        </section>
      </div>
    </Page>
  );
}
