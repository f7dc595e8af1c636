// The search as it is kept in the address (shareable, and the back button works) and as it is sent to
// searchPostings. Pure functions: the page and its tests both use them.
import type {
  DisabilityCategory, EmploymentForm, JobDemand, OrganizationType, PostingSearchFilter, PostingSearchSort, WorkplaceSupport,
} from '../../gql/graphql';

export interface SearchState {
  q: string;
  counties: string[];
  forms: EmploymentForm[];
  types: OrganizationType[];
  supports: WorkplaceSupport[];
  reserved: boolean;
  /** also positions with no openings left (已招满) */
  full: boolean;
  category: DisabilityCategory | '';
  avoid: JobDemand[];
  pay: string;
  sort: PostingSearchSort;
}

export const EMPTY_SEARCH: SearchState = {
  q: '', counties: [], forms: [], types: [], supports: [], reserved: false, full: false, category: '', avoid: [], pay: '', sort: 'RELEVANCE',
};

export const PAGE_SIZE = 10;

/** The server refuses longer search words (MAX_QUERY_LENGTH in server/src/search/search.resolver.ts, counted in
 * characters, not UTF-16 units); the page refuses them at the field before sending. */
export const MAX_QUERY_LENGTH = 50;

/** Characters in the words as they would be sent (trimmed). */
export const queryLength = (q: string) => Array.from(q.trim()).length;
export const queryTooLong = (q: string) => queryLength(q) > MAX_QUERY_LENGTH;

/** Sorts everyone may use, and the two that need the seeker's own profile (and their consent to matching). */
export const OPEN_SORTS: readonly PostingSearchSort[] = ['RELEVANCE', 'NEWEST', 'SALARY', 'DEADLINE'];
export const MATCH_SORTS: readonly PostingSearchSort[] = ['BEST_MATCH', 'DISTANCE'];

const list = <T extends string>(v: string | null): T[] => (v ? (v.split(',').filter(Boolean) as T[]) : []);
const digits = (s: string) => (/^\d+$/.test(s.trim()) ? s.trim() : '');

export function readSearch(p: URLSearchParams): SearchState {
  const sort = p.get('sort') as PostingSearchSort | null;
  return {
    q: p.get('q') ?? '',
    counties: list(p.get('county')),
    forms: list(p.get('forms')),
    types: list(p.get('types')),
    supports: list(p.get('supports')),
    reserved: p.get('reserved') === '1',
    full: p.get('full') === '1',
    category: (p.get('category') ?? '') as DisabilityCategory | '',
    avoid: list(p.get('avoid')),
    pay: p.get('pay') ?? '',
    sort: sort && [...OPEN_SORTS, ...MATCH_SORTS].includes(sort) ? sort : 'RELEVANCE',
  };
}

/** The address for a search; the page number is left out (a new search starts on page 1). */
export function writeSearch(s: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  if (s.counties.length) p.set('county', s.counties.join(','));
  if (s.forms.length) p.set('forms', s.forms.join(','));
  if (s.types.length) p.set('types', s.types.join(','));
  if (s.supports.length) p.set('supports', s.supports.join(','));
  if (s.reserved) p.set('reserved', '1');
  if (s.full) p.set('full', '1');
  if (s.category) p.set('category', s.category);
  if (s.avoid.length) p.set('avoid', s.avoid.join(','));
  if (digits(s.pay)) p.set('pay', digits(s.pay));
  if (s.sort !== 'RELEVANCE') p.set('sort', s.sort);
  return p;
}

export function toSearchFilter(s: SearchState): PostingSearchFilter {
  return {
    countyCodes: s.counties.length ? s.counties : undefined,
    employmentForms: s.forms.length ? s.forms : undefined,
    organizationTypes: s.types.length ? s.types : undefined,
    supportsAll: s.supports.length ? s.supports : undefined,
    reservedOnly: s.reserved || undefined,
    includeFull: s.full || undefined,
    category: s.category || undefined,
    demandsNone: s.avoid.length ? s.avoid : undefined,
    salaryAtLeast: digits(s.pay) ? Number(digits(s.pay)) : undefined,
  };
}

/**
 * Variables for the search and its facet counts. Within the county, form and employer-type groups the choices
 * are alternatives ("or"), so each of those groups counts its values as if nothing in that group were chosen:
 * otherwise choosing 罗山县 would show every other county as (0), when choosing it too would add jobs. Supports
 * must all be offered ("and") and reserved-only narrows, so the main search's own counts are right for them.
 */
export function searchVariables(s: SearchState, page: number, sortAllowed: (sort: PostingSearchSort) => boolean) {
  const filter = toSearchFilter(s);
  return {
    query: s.q.trim() || null,
    filter,
    sort: sortAllowed(s.sort) ? s.sort : 'RELEVANCE' as PostingSearchSort,
    page: { page, pageSize: PAGE_SIZE },
    withCounties: s.counties.length > 0,
    countiesFilter: { ...filter, countyCodes: undefined },
    withForms: s.forms.length > 0,
    formsFilter: { ...filter, employmentForms: undefined },
    withTypes: s.types.length > 0,
    typesFilter: { ...filter, organizationTypes: undefined },
  };
}

/** True when a choice inside the "more filters" part is in use: that part then starts open. */
export function usesMoreFilters(s: SearchState): boolean {
  return s.supports.length > 0 || s.avoid.length > 0 || !!s.category || !!digits(s.pay);
}
