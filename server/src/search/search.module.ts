// Search: the engine chosen by configuration (Meilisearch when MEILI_URL is set, else embedded), the indexer with the
// outbox relay, and the search, recommendation and candidate queries.
import { Logger, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PostingsModule } from '../postings/postings.module.js';
import { RegionsService } from '../regions/regions.service.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { CandidatesService } from './candidates.service.js';
import { createSearchEngine } from './engine-factory.js';
import { PostingsSearchService } from './postings-search.service.js';
import { PostingCache } from './posting-cache.js';
import { AnonymousAnswerCache } from '../graphql/answer-cache.js';
import { chinaDayStart } from './match-filters.js';
import { POSTINGS_INDEX } from './indexes.js';
import { SearchEngine } from './search-engine.js';
import { SearchIndexer } from './search-indexer.service.js';
import { PostingsBrowseResolver } from './postings-browse.resolver.js';
import { SearchResolver } from './search.resolver.js';
import { PostingMatchResolver } from './posting-match.resolver.js';
import { CourseSuggestionsResolver } from './course-suggestions.resolver.js';

@Module({
  imports: [PostingsModule, SeekersModule],
  providers: [
    {
      provide: SearchEngine,
      inject: [APP_CONFIG, RegionsService],
      useFactory: async (config: AppConfig, regions: RegionsService) => {
        const engine = await createSearchEngine(config, regions.counties().map((c) => c.nameZh));
        new Logger('Search').log(`search engine: ${engine.name}`);
        return engine;
      },
    },
    {
      // only where this process follows every change itself (posting-cache.ts)
      provide: PostingCache,
      inject: [SearchEngine, APP_CONFIG],
      useFactory: (engine: SearchEngine, config: AppConfig) => new PostingCache(engine.perProcess && config.searchRelay.enabled),
    },
    SearchIndexer, PostingsSearchService, CandidatesService, SearchResolver, PostingsBrowseResolver,
    PostingMatchResolver,
    CourseSuggestionsResolver,
  ],
  exports: [SearchEngine, SearchIndexer, PostingsSearchService],
})
export class SearchModule {
  /**
   * Anonymous answers of `searchPostings` are kept (graphql/answer-cache.ts) only where PostingCache runs, stamped with
   * everything they are made from: the index's revision (every write to it bumps it), PostingCache's generation (every
   * eviction: the relay evicts a posting in the step that writes it to the index; an organization's columns that feed
   * no index are seen within the cache's 30 s, as PostingCache's rows are), and China's day (postings past their
   * deadline leave search at its start). Anonymous answers carry no match and nothing applied to; the other nested
   * fields an anonymous reader may select (county, openings left, easy-read text) are worked out from the same rows.
   */
  constructor(answers: AnonymousAnswerCache, engine: SearchEngine, rows: PostingCache) {
    answers.register('searchPostings', () => {
      const revision = engine.revision(POSTINGS_INDEX.name);
      return rows.enabled && revision !== null ? `${revision}:${rows.generation}:${chinaDayStart(new Date())}` : null;
    });
  }
}
