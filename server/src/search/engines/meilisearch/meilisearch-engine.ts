// The Meilisearch adapter (production, docker-compose): the official client, loaded only here. Writes wait for
// their task, so a resolved upsert is searchable. Meilisearch's own syntax never leaves this folder.
import { Meilisearch, type Index, type IndexSwap, type SearchParams, type Task } from 'meilisearch';
import { learnDocument, parseQuery, WordDictionary, type QueryWord } from '../../text/query.js';
import { pinyinKeys } from '../../text/pinyin.js';
import { BASE_WORDS, synonymMap } from '../../text/vocabulary.js';
import {
  MAX_LIMIT, SearchEngine, validateRequest, type IndexSchema, type SearchDocument, type SearchRequest, type SearchResult,
} from '../../search-engine.js';
import {
  fromMeiliDocument, indexSettings, INITIALS, PINYIN, toMeiliDocument, translateFilter, translateSort,
} from './translation.js';

export interface MeilisearchOptions {
  url: string;
  apiKey?: string;
  /** extra words for the query splitter (county names) */
  words?: readonly string[];
  /** prefix of every index name, so several installations (or test runs) can share one server */
  prefix?: string;
  taskTimeoutMs?: number;
}

export class MeilisearchEngine extends SearchEngine {
  readonly name = 'meilisearch';
  private readonly client: Meilisearch;
  private readonly schemas = new Map<string, IndexSchema>();
  /** as the embedded engine's: the base words, county names, and the words and towns of the documents written here */
  private readonly dictionary: WordDictionary;
  /** for splitting queries as the embedded engine does (客户服务 stays whole); the index's settings apply them */
  private readonly synonyms = synonymMap();

  constructor(private readonly options: MeilisearchOptions) {
    super();
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey });
    this.dictionary = new WordDictionary([...BASE_WORDS, ...(options.words ?? [])]);
  }

  private uid(index: string): string {
    return `${this.options.prefix ?? ''}${index}`;
  }

  private schema(index: string): IndexSchema {
    const s = this.schemas.get(index);
    if (!s) throw new Error(`search index ${index} is not set up (ensureIndex)`);
    return s;
  }

  private index(index: string): Index {
    return this.client.index(this.uid(index));
  }

  /** Waits for a task and turns a failed one into an error. */
  private async done(p: { waitTask: (o?: { timeout?: number }) => Promise<Task> }, allow: readonly string[] = []): Promise<Task> {
    const task = await p.waitTask({ timeout: this.options.taskTimeoutMs ?? 120_000 });
    if (task.status !== 'succeeded' && !(task.error && allow.includes(task.error.code))) {
      throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no detail'}`);
    }
    return task;
  }

  private async configure(uid: string, schema: IndexSchema) {
    await this.done(this.client.createIndex(uid, { primaryKey: 'id' }), ['index_already_exists']);
    // the synonyms are vocabulary.ts's synonymMap(), the map the embedded engine expands queries with
    await this.done(this.client.index(uid).updateSettings(indexSettings(schema)));
  }

  async ensureIndex(schema: IndexSchema): Promise<void> {
    this.schemas.set(schema.name, schema);
    await this.configure(this.uid(schema.name), schema);
  }

  async upsert(index: string, docs: readonly SearchDocument[]): Promise<void> {
    if (!docs.length) return;
    const schema = this.schema(index);
    for (const d of docs) learnDocument(this.dictionary, schema, d);
    await this.done(this.index(index).addDocuments(docs.map((d) => toMeiliDocument(schema, d)), { primaryKey: 'id' }));
  }

  async delete(index: string, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    await this.done(this.index(index).deleteDocuments([...ids]));
  }

  async count(index: string): Promise<number> {
    return (await this.index(index).getStats()).numberOfDocuments;
  }

  async allDocuments(index: string): Promise<SearchDocument[]> {
    const schema = this.schema(index);
    const out: SearchDocument[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await this.index(index).getDocuments({ offset, limit: 1000 });
      out.push(...page.results.map((d) => fromMeiliDocument(schema, d)));
      if (page.results.length < 1000) return out;
    }
  }

  async dropIndex(index: string): Promise<void> {
    await this.done(this.client.deleteIndex(this.uid(index)), ['index_not_found']);
  }

  /** Builds a fresh index beside the live one, then swaps them in one task: searches never see a half-built index. */
  async replaceAll(index: string, batches: AsyncIterable<readonly SearchDocument[]>): Promise<number> {
    const schema = this.schema(index);
    const live = this.uid(index);
    const next = `${live}_rebuild_${Date.now().toString(36)}`;
    await this.configure(live, schema);
    await this.configure(next, schema);
    let count = 0;
    try {
      for await (const batch of batches) {
        if (!batch.length) continue;
        for (const d of batch) learnDocument(this.dictionary, schema, d);
        await this.done(this.client.index(next).addDocuments(batch.map((d) => toMeiliDocument(schema, d)), { primaryKey: 'id' }));
        count += batch.length;
      }
      // `rename` is left out: servers before v1.18 refuse the field, later ones default it to a plain swap
      await this.done(this.client.swapIndexes([{ indexes: [live, next] } as IndexSwap]));
    } finally {
      await this.done(this.client.deleteIndex(next), ['index_not_found']);
    }
    return count;
  }

  async search(index: string, request: SearchRequest): Promise<SearchResult> {
    const schema = this.schema(index);
    validateRequest(schema, request);
    const facetFields = [...(request.facets ?? [])];
    const filter = translateFilter(schema, request.filter);
    if (filter === false) return { hits: [], total: 0, facets: Object.fromEntries(facetFields.map((f) => [f, {}])) };
    const words = parseQuery(request.query ?? '', this.dictionary, this.synonyms);
    const base: SearchParams = {
      ...(filter ? { filter } : {}),
      ...(request.sort?.length ? { sort: translateSort(schema, request.sort) } : {}),
      ...(facetFields.length ? { facets: facetFields } : {}),
      showRankingScore: true,
      attributesToRetrieve: ['id'],
      matchingStrategy: 'all',
    };
    const run = (q: string, extra: SearchParams = {}) => this.page(index, q, { ...base, ...extra }, request);
    let result = await run(words.map((w) => w.text).join(' '));
    if (result.total === 0 && words.length) {
      // no hit as typed: the known words the query spells or sounds like (anmo, luoshananmo, 按魔 → 罗山 按摩; the
      // index's synonyms then add 推拿), then pinyin keys of the titles, then a dropped last character (会记 → 会…)
      if (words.some((w) => w.readings.length)) result = await run(words.map((w) => (w.readings[0] ?? [w.text]).join(' ')).join(' '));
      if (result.total === 0) result = await run(pinyinQuery(words), { attributesToSearchOn: [PINYIN, INITIALS] });
      if (result.total === 0) result = await run(typoQuery(words));
      if (result.total > 0) result.relaxed = 'pinyin-or-typo';
    }
    return result;
  }

  /** Exact totals need page-based pagination; an offset that is not a multiple of the limit reads one larger page. */
  private async page(index: string, q: string, params: SearchParams, r: SearchRequest): Promise<SearchResult> {
    const offset = r.offset ?? 0;
    const limit = Math.min(r.limit ?? 20, MAX_LIMIT);
    const aligned = limit > 0 && offset % limit === 0;
    const hitsPerPage = aligned ? limit : offset + limit;
    const res = await this.index(index).search(q, { ...params, hitsPerPage, page: aligned ? offset / limit + 1 : 1 });
    const hits = (aligned ? res.hits : res.hits.slice(offset)).slice(0, limit);
    return {
      hits: hits.map((h) => ({ id: String(h.id), score: typeof h._rankingScore === 'number' ? h._rankingScore : 1 })),
      total: res.totalHits ?? 0,
      facets: Object.fromEntries(Object.entries(res.facetDistribution ?? {}).map(([k, v]) => [k, { ...v }])),
    };
  }
}

function pinyinQuery(words: QueryWord[]): string {
  return words.flatMap((w) => (w.kind === 'han' ? pinyinKeys(w.text) : [w.text])).join(' ');
}

function typoQuery(words: QueryWord[]): string {
  return words.map((w) => (w.kind === 'han' && Array.from(w.text).length >= 2 ? Array.from(w.text).slice(0, -1).join('') : w.text)).join(' ');
}
