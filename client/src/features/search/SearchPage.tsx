// Find a job (找工作, /jobs): words, filter groups with counts, sort and pages, all kept in the address. For a
// seeker who agreed to matching, each result says why it suits them and what is missing. Checkboxes, the
// category and the sort apply at once and leave focus where it is; the search buttons and page links move
// focus to the results. The number found is read out by the polite status line above the results.
// Under 640 CSS px the words stay at the top and the filter groups sit behind one disclosure button that says how
// many are chosen, so the results follow the words instead of coming screens later, below every filter. Words longer than the server allows are refused at
// the field (error summary and field error), and the results already shown stay. Going Back from a job puts focus
// on the link that was followed.
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigationType, useSearchParams } from 'react-router';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useCountyOptions } from '../../components/counties';
import { ChoiceGroup, FieldError, SelectField, TextField } from '../../components/fields';
import { MatchedPostingCard } from '../../components/match';
import { Notice } from '../../components/Notice';
import { Page, titleOf } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { useSession } from '../../components/session';
import { useFormErrors } from '../../components/useFormErrors';
import { NARROW, useMediaQuery } from '../../components/useMediaQuery';
import { graphql } from '../../gql';
import type { PostingSearchSort } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { DISABILITY_CATEGORIES, EMPLOYMENT_FORMS, JOB_DEMANDS, ORGANIZATION_TYPES, WORKPLACE_SUPPORTS } from '../../lib/enums';
import { describeError } from '../../lib/graphql-errors';
import { countsOf, FacetGroup } from './FacetGroup';
import {
  MATCH_SORTS, MAX_QUERY_LENGTH, OPEN_SORTS, PAGE_SIZE, queryLength, queryTooLong, readSearch, searchVariables, usesMoreFilters,
  writeSearch, type SearchState,
} from './search-state';
import './search.css';
import { useMark } from '../../components/Lang';
import { SAVE_FIELDS, SaveSearch } from './SaveSearch';
import { suggestName } from './saved-search-words';

export const SEARCH = graphql(`
  query SearchJobs(
    $query: String, $filter: PostingSearchFilter, $sort: PostingSearchSort, $page: PageInput,
    $withCounties: Boolean!, $countiesFilter: PostingSearchFilter,
    $withForms: Boolean!, $formsFilter: PostingSearchFilter,
    $withTypes: Boolean!, $typesFilter: PostingSearchFilter
  ) {
    searchPostings(query: $query, filter: $filter, sort: $sort, page: $page) {
      total page pageSize matched relaxed
      facets {
        counties { value count }
        employmentForms { value count }
        organizationTypes { value count }
        supports { value count }
        reserved { value count }
      }
      items {
        posting { ...PostingCardFields }
        match { ...MatchFields }
        applied
      }
    }
    countyCounts: searchPostings(query: $query, filter: $countiesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withCounties) {
      facets { counties { value count } }
    }
    formCounts: searchPostings(query: $query, filter: $formsFilter, page: { page: 1, pageSize: 1 }) @include(if: $withForms) {
      facets { employmentForms { value count } }
    }
    typeCounts: searchPostings(query: $query, filter: $typesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withTypes) {
      facets { organizationTypes { value count } }
    }
  }
`);

const FIELDS = [['q', 'jobs-q']] as const;

/** Where the link followed from these results is remembered (one entry per search address, for this tab). */
const returnKey = (address: string) => `jobs-return:${address}`;
const remember = (address: string, href: string | null) => {
  try {
    if (href) sessionStorage.setItem(returnKey(address), href);
    else sessionStorage.removeItem(returnKey(address));
  } catch { /* storage turned off: Back focuses the h1 */ }
};
const recall = (address: string) => {
  try { return sessionStorage.getItem(returnKey(address)); } catch { return null; }
};

export function SearchPage() {
  const mark = useMark();
  const { t, label } = useI18n();
  const { me } = useSession();
  const seeker = me?.role === 'SEEKER';
  const [params, setParams] = useSearchParams();
  const applied = useMemo(() => readSearch(params), [params]);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState<SearchState>(applied);
  const [more, setMore] = useState(usesMoreFilters(applied));
  const counties = useCountyOptions();
  const results = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);
  const fromFilter = useRef(false);
  const lastPage = useRef(page);
  const narrow = useMediaQuery(NARROW);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const errors = useFormErrors(FIELDS);
  const saveErrors = useFormErrors(SAVE_FIELDS);
  const keepWords = useRef<string | null>(null);
  const location = useLocation();
  const navigation = useNavigationType();
  const address = `${location.pathname}${location.search}`;
  const returned = useRef(false);
  // words too long in the address itself (a link, the home page): nothing is sent, the field says why
  const appliedTooLong = queryTooLong(applied.q);
  const tooLongMessage = (q: string) => t('search.queryTooLong', { max: MAX_QUERY_LENGTH, length: queryLength(q) });

  // the sorts by match and distance need the seeker's own profile; nobody else may ask for them
  const variables = searchVariables(applied, page, (s) => OPEN_SORTS.includes(s) || seeker);
  const { data, previousData, loading, error } = useQuery(SEARCH, { variables, fetchPolicy: 'cache-and-network', skip: appliedTooLong });
  const shown = data ?? previousData;
  const result = shown?.searchPostings;

  // the address changed (a search, a filter, a page, the back button): the form shows what was applied, and
  // focus moves to the results after a search button or a page link, never after a filter (which also goes
  // back to page 1)
  useEffect(() => {
    const words = keepWords.current;
    keepWords.current = null;
    setDraft(words === null ? readSearch(params) : { ...readSearch(params), q: words });
    const otherPage = page !== lastPage.current && !fromFilter.current;
    if (focusResults.current || otherPage) results.current?.focus();
    focusResults.current = false;
    fromFilter.current = false;
    lastPage.current = page;
  }, [params, page]);

  // Back from a job: focus the link that was followed, once its results are here (and only if the person has not
  // moved on from the h1 in the meantime)
  useEffect(() => {
    if (returned.current || !result) return;
    returned.current = true;
    const href = recall(address);
    remember(address, null);
    if (navigation !== 'POP' || !href) return;
    const link = Array.from(document.querySelectorAll<HTMLAnchorElement>('.results .card-list a'))
      .find((a) => a.getAttribute('href') === href);
    const active = document.activeElement;
    if (!link || (active && active !== document.body && active.tagName !== 'H1')) return;
    link.scrollIntoView?.({ block: 'center' });
    link.focus({ preventScroll: true });
  }, [result, address, navigation]);

  /** Applies a search: filters replace the address entry and keep focus; the search buttons move to the results. */
  const apply = (next: SearchState, { focus = false } = {}) => {
    if (queryTooLong(next.q)) {
      if (focus) {
        errors.fail({ q: tooLongMessage(next.q) });
        return;
      }
      // a filter while the words are too long: the filter applies with the words already searched for, and the
      // field keeps what was typed (and its error)
      keepWords.current = next.q;
      next = { ...next, q: applied.q };
    } else if (focus) {
      errors.clear();
    }
    setDraft(next);
    const address = writeSearch(next);
    if (address.toString() === params.toString()) {
      // nothing new to search for (the same words again): the results are already there
      if (focus) results.current?.focus();
      return;
    }
    focusResults.current = focus;
    fromFilter.current = !focus;
    setParams(address, { replace: !focus });
  };
  const change = <K extends keyof SearchState>(k: K, v: SearchState[K]) => apply({ ...draft, [k]: v });
  // the field's error: after a refused search, and for too-long words in the address; it goes once the words fit
  const qError = (errors.fields.q && queryTooLong(draft.q)) || (appliedTooLong && draft.q === applied.q) ? tooLongMessage(draft.q) : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply(draft, { focus: true });
  };
  const hrefFor = (p: number) => {
    const next = new URLSearchParams(params);
    if (p === 1) next.delete('page');
    else next.set('page', String(p));
    return `/jobs?${next.toString()}`;
  };

  const total = result?.total ?? 0;
  const problem = error ? describeError(error) : null;
  const status = appliedTooLong && !result ? tooLongMessage(applied.q) : loading ? t('jobs.searching') : problem ? t('error.loadFailed') : t('jobs.resultCount', { count: total });
  const facets = result?.facets;
  const countyCounts = countsOf(shown?.countyCounts?.facets?.counties ?? facets?.counties);
  const formCounts = countsOf(shown?.formCounts?.facets?.employmentForms ?? facets?.employmentForms);
  const typeCounts = countsOf(shown?.typeCounts?.facets?.organizationTypes ?? facets?.organizationTypes);
  const matched = !!result?.matched;
  const sorts = [...OPEN_SORTS, ...(matched || MATCH_SORTS.includes(draft.sort) ? MATCH_SORTS : [])];
  const chosen = [
    ...applied.counties.map(counties.nameOf),
    ...applied.forms.map((f) => label('EmploymentForm', f)),
    ...applied.types.map((x) => label('OrganizationType', x)),
    ...applied.supports.map((s) => label('WorkplaceSupport', s)),
    ...(applied.reserved ? [t('jobs.reservedOnly')] : []),
    ...(applied.full ? [t('search.includeFull')] : []),
    ...(applied.category ? [label('DisabilityCategory', applied.category)] : []),
    ...applied.avoid.map((d) => t('search.avoidChosen', { demand: label('JobDemand', d) })),
    ...(/^\d+$/.test(applied.pay.trim()) ? [t('search.payChosen', { pay: applied.pay.trim() })] : []),
  ];
  const groupsHidden = narrow && !filtersOpen;

  return mark(
    <Page title={t('jobs.title')} hasErrors={errors.hasErrors || saveErrors.hasErrors}
      documentTitle={titleOf(applied.q, page > 1 && t('page.titlePage', { page }), t('jobs.title'))}>
      {seeker && <p><Link to="/jobs/recommended">{t('search.recommendedLink')}</Link></p>}
      <div className="layout-split">
        <section className="filters" aria-labelledby="filters-title">
          {/* on a phone the filters button says the same: the heading still names the form for screen readers */}
          <h2 id="filters-title" className={narrow ? 'visually-hidden' : undefined}>{t('jobs.filtersTitle')}</h2>
          {/* on a phone the results follow the words and the filters button: nothing to skip */}
          {!narrow && (
            <p>
              <a href="#jobs-results" onClick={(e) => { e.preventDefault(); results.current?.focus(); }}>{t('search.skipToResults')}</a>
            </p>
          )}
          <form onSubmit={submit} role="search" aria-labelledby="filters-title" noValidate>
            <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
            <div className={`field${qError ? ' has-error' : ''}`}>
              <label htmlFor="jobs-q">{t('jobs.keyword')}</label>
              <p id="jobs-q-hint" className="hint">{t('jobs.keywordHint')}</p>
              <FieldError id="jobs-q-error" message={qError} />
              <div className="input-with-button">
                <input id="jobs-q" className="input" type="search" value={draft.q} enterKeyHint="search"
                  aria-describedby={qError ? 'jobs-q-hint jobs-q-error' : 'jobs-q-hint'} aria-invalid={qError ? true : undefined}
                  onChange={(e) => {
                    const q = e.currentTarget.value;
                    setDraft({ ...draft, q });
                    if (!queryTooLong(q)) errors.clearField('q');
                  }} />
                <Button type="submit">{t('jobs.searchButton')}</Button>
              </div>
            </div>
            {narrow && (
              <p>
                <Button variant="secondary" aria-expanded={filtersOpen} aria-controls="jobs-filter-groups" onClick={() => setFiltersOpen(!filtersOpen)}>
                  {chosen.length ? t('search.filtersButtonChosen', { count: chosen.length }) : t('search.filtersButton')}
                </Button>
              </p>
            )}
            <div id="jobs-filter-groups" hidden={groupsHidden}>
              <p className="hint">{t('search.countsHint')}</p>
              <FacetGroup id="jobs-reserved" legend={t('search.reservedLegend')}
                options={[{ value: 'true', label: t('jobs.reservedOnly') }]} counts={countsOf(facets?.reserved)}
                selected={draft.reserved ? ['true'] : []} onChange={(v) => change('reserved', v.includes('true'))} />
              <ChoiceGroup id="jobs-full" name="full" type="checkbox" legend={t('search.fullLegend')} hint={t('search.fullHint')}
                value={draft.full ? ['true'] : []} onChange={(v) => change('full', v.includes('true'))}
                choices={[{ value: 'true', label: t('search.includeFull') }]} />
              <FacetGroup id="jobs-county" legend={t('search.countiesLegend')} hint={t('search.countiesHint')}
                options={counties.options} counts={countyCounts} selected={draft.counties} onChange={(v) => change('counties', v)} />
              <FacetGroup id="jobs-forms" legend={t('jobs.forms')} hint={t('search.formsHint')}
                options={EMPLOYMENT_FORMS.map((f) => ({ value: f, label: label('EmploymentForm', f) }))} counts={formCounts}
                selected={draft.forms} onChange={(v) => change('forms', v as SearchState['forms'])} />
              <FacetGroup id="jobs-types" legend={t('search.typesLegend')} hint={t('search.typesHint')}
                options={ORGANIZATION_TYPES.map((x) => ({ value: x, label: label('OrganizationType', x) }))} counts={typeCounts}
                selected={draft.types} onChange={(v) => change('types', v as SearchState['types'])} />
              <p>
                <Button variant="secondary" aria-expanded={more} aria-controls="jobs-more" onClick={() => setMore(!more)}>
                  {t('jobs.moreFilters')}
                </Button>
              </p>
              <div id="jobs-more" hidden={!more}>
                <FacetGroup id="jobs-supports" legend={t('jobs.supportsAll')} hint={t('jobs.supportsAllHint')}
                  options={WORKPLACE_SUPPORTS.map((s) => ({ value: s, label: label('WorkplaceSupport', s) }))}
                  counts={countsOf(facets?.supports)} selected={draft.supports} onChange={(v) => change('supports', v as SearchState['supports'])} />
                <SelectField id="jobs-category" label={t('jobs.category')} hint={t('jobs.categoryHint')} value={draft.category}
                  placeholder={t('jobs.anyCategory')} onChange={(e) => change('category', e.currentTarget.value as SearchState['category'])}
                  options={DISABILITY_CATEGORIES.map((c) => ({ value: c, label: label('DisabilityCategory', c) }))} />
                <ChoiceGroup id="jobs-avoid" name="avoid" type="checkbox" legend={t('jobs.demandsNone')} hint={t('jobs.demandsNoneHint')}
                  value={draft.avoid} onChange={(v) => change('avoid', v as SearchState['avoid'])}
                  choices={JOB_DEMANDS.map((d) => ({ value: d, label: label('JobDemand', d) }))} />
                <TextField id="jobs-pay" className="short" inputMode="numeric" label={t('jobs.payAtLeast')} hint={t('jobs.payAtLeastHint')}
                  value={draft.pay} onChange={(e) => setDraft({ ...draft, pay: e.currentTarget.value })} />
              </div>
              <div className="button-row">
                <Button type="submit" variant="secondary">{t('search.applyButton')}</Button>
                <Link to="/jobs">{t('jobs.clear')}</Link>
              </div>
            </div>
          </form>
        </section>

        <section aria-labelledby="jobs-results" className="results">
          <h2 id="jobs-results" ref={results} tabIndex={-1}>{t('jobs.resultsTitle')}</h2>
          <p role="status">{status}</p>
          {problem && (
            <Notice tone="error">
              <p>{problem.code === 'BAD_USER_INPUT' && problem.message ? problem.message : t('error.tryAgainLater')}</p>
            </Notice>
          )}
          {chosen.length > 0 && <p>{t('search.activeFilters', { list: chosen.join(t('common.listSeparator')) })}</p>}
          {result?.relaxed && <Notice><p>{t('search.relaxed', { query: applied.q.trim() })}</p></Notice>}
          {result && (matched
            ? <p>{t('search.matchedIntro')}</p>
            : seeker
              ? <p>{t('search.consentForMatch')} <Link to="/profile/edit?step=consent">{t('search.editProfile')}</Link></p>
              : !me && <p>{t('search.signInForMatch')} <Link to={`/sign-in?next=${encodeURIComponent(`/jobs?${params.toString()}`)}`}>{t('nav.signIn')}</Link></p>)}
          <SelectField id="jobs-sort" label={t('jobs.sort')} hint={t('search.sortHint')} value={draft.sort}
            onChange={(e) => change('sort', e.currentTarget.value as PostingSearchSort)}
            options={sorts.map((s) => ({ value: s, label: t(`search.sort.${s}` as MessageKey) }))} />
          {result && total === 0 && <p>{t('jobs.noResults')}</p>}
          {result && result.items.length > 0 && (
            <ul className="card-list" onClickCapture={(e) => remember(address, (e.target as Element).closest('a')?.getAttribute('href') ?? null)}>
              {result.items.map((hit) => (
                <li key={hit.posting.id}><MatchedPostingCard posting={hit.posting} match={hit.match} applied={hit.applied} /></li>
              ))}
            </ul>
          )}
          {result && <Pagination page={page} pageSize={PAGE_SIZE} total={total} hrefFor={hrefFor} label={t('jobs.pagesLabel')} />}
          {/* after the results: the results heading is followed by the sort and the first result */}
          {seeker && <SaveSearch search={applied} suggestedName={suggestName(applied, chosen, t('saved.allJobs'))} errors={saveErrors} />}
        </section>
      </div>
    </Page>
  );
}
