// The engine's answers to recent requests, kept while the index has not changed since (SearchEngine.revision): the
// same words and filters asked again (a popular search, the next page, a seeker's recommendations) cost no engine
// work. Only ids, scores, totals and facet counts are kept: rows are read (or taken from PostingCache) and matched
// per request. An engine that cannot tell its revision (Meilisearch) is always asked.
import { searchOrUnavailable, type SearchEngine, type SearchRequest, type SearchResult } from './search-engine.js';

interface Entry { revision: number; result: SearchResult }

export class SearchResultCache {
  private readonly entries = new Map<string, Entry>();
  hits = 0;
  misses = 0;

  constructor(private readonly engine: SearchEngine, private readonly maxEntries = 1000) {}

  /**
   * The engine's result for this request (an outage is SERVICE_UNAVAILABLE, as searchOrUnavailable). The result may be
   * shared with other requests: callers read it and never change it.
   */
  async search(index: string, request: SearchRequest): Promise<SearchResult> {
    const revision = this.engine.revision(index);
    if (revision === null) return searchOrUnavailable(this.engine, index, request);
    const key = `${index}\u0000${JSON.stringify(request)}`;
    const e = this.entries.get(key);
    if (e && e.revision === revision) {
      this.hits++;
      // most recently used last: the oldest entry is the first one dropped
      this.entries.delete(key);
      this.entries.set(key, e);
      return e.result;
    }
    this.misses++;
    const result = await searchOrUnavailable(this.engine, index, request);
    // kept only when no write came in while the engine worked on it
    if (this.engine.revision(index) === revision) {
      this.entries.delete(key);
      this.entries.set(key, { revision, result });
      if (this.entries.size > this.maxEntries) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
    }
    return result;
  }
}
