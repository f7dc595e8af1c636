// Shared by the search page's "save this search" and the saved-searches page: a name's limit, and the words for a
// search's filters.
import type { SearchState } from './search-state';

/** The server's limit on a saved search's name (SAVED_SEARCH_NAME_MAX in server/src/search/saved/saved-search.inputs.ts). */
export const NAME_MAX = 60;

export const nameLength = (name: string) => Array.from(name.trim()).length;

/** A name made from the words and the chosen filters ("按摩 · 罗山县 · 全职"), cut to the limit. */
export function suggestName(search: SearchState, chosen: readonly string[], allJobs: string): string {
  const parts = [search.q.trim(), ...chosen].filter(Boolean);
  const name = parts.length ? parts.join(' · ') : allJobs;
  const chars = Array.from(name);
  return chars.length > NAME_MAX ? `${chars.slice(0, NAME_MAX - 1).join('')}…` : name;
}
