// Picks the engine from configuration: Meilisearch when MEILI_URL is set, else the embedded engine.
import type { AppConfig } from '../config/config.js';
import { EmbeddedSearchEngine } from './engines/embedded/embedded-engine.js';
import type { SearchEngine } from './search-engine.js';

export async function createSearchEngine(config: Pick<AppConfig, 'meili'>, countyNames: readonly string[]): Promise<SearchEngine> {
  if (config.meili) {
    // the client is ESM-only and only needed here: load it when configured
    const { MeilisearchEngine } = await import('./engines/meilisearch/meilisearch-engine.js');
    return new MeilisearchEngine({ url: config.meili.url, apiKey: config.meili.key, words: countyNames });
  }
  return new EmbeddedSearchEngine({ words: countyNames });
}
