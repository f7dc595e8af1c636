// Words of a saved search: the name made from its words and filters when the seeker gives none, and the address of
// its results on the search page (the client's search-state.ts writes the same parameters).
import type { Locale } from '../../common/request-context.js';
import { translate } from '../../common/messages.js';
import type { RegionsService } from '../../regions/regions.service.js';
import type { SavedFilter } from './saved-search.entity.js';
import { SAVED_SEARCH_NAME_MAX } from './saved-search.inputs.js';

/** "按摩 · 罗山县 · 平桥区 (+2)": the words, then the counties, then how many other filters; "所有职位" when empty. */
export function defaultName(query: string, filter: SavedFilter, regions: RegionsService, locale: Locale): string {
  const counties = (filter.countyCodes ?? []).map((c) => {
    const county = regions.county(c);
    return county ? (locale === 'en' ? county.nameEn : county.nameZh) : c;
  });
  const others = otherFilters(filter);
  const parts = [query.trim(), ...counties].filter(Boolean);
  const base = parts.length ? parts.join(' · ') : translate('savedSearch.allJobs', {}, locale);
  const name = others ? translate('savedSearch.moreFilters', { name: base, count: others }, locale) : base;
  const chars = Array.from(name);
  return chars.length > SAVED_SEARCH_NAME_MAX ? `${chars.slice(0, SAVED_SEARCH_NAME_MAX - 1).join('')}…` : name;
}

function otherFilters(x: SavedFilter): number {
  return (x.employmentForms?.length ?? 0) + (x.organizationTypes?.length ?? 0) + (x.supportsAll?.length ?? 0)
    + (x.demandsNone?.length ?? 0) + (x.reservedOnly ? 1 : 0) + (x.remoteOnly ? 1 : 0) + (x.category ? 1 : 0) + (x.salaryAtLeast != null ? 1 : 0);
}

/** `/jobs?q=…&county=…`: the search page showing this search's results now. */
export function searchPath(s: { query: string; filter: SavedFilter }): string {
  const x = s.filter;
  const p = new URLSearchParams();
  if (s.query.trim()) p.set('q', s.query.trim());
  if (x.countyCodes?.length) p.set('county', x.countyCodes.join(','));
  if (x.employmentForms?.length) p.set('forms', x.employmentForms.join(','));
  if (x.organizationTypes?.length) p.set('types', x.organizationTypes.join(','));
  if (x.supportsAll?.length) p.set('supports', x.supportsAll.join(','));
  if (x.reservedOnly) p.set('reserved', '1');
  if (x.category) p.set('category', x.category);
  if (x.demandsNone?.length) p.set('avoid', x.demandsNone.join(','));
  if (x.salaryAtLeast != null) p.set('pay', String(x.salaryAtLeast));
  const q = p.toString();
  return q ? `/jobs?${q}` : '/jobs';
}
