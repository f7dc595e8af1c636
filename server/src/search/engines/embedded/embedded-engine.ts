// The embedded engine (default): MiniSearch for text (character bigrams, BM25, field boosts; see text-search.ts)
// and typed columns for filters, facets, sort and geo (columns.ts). Everything in process, nothing to install.
import MiniSearch from 'minisearch';
import { initialKeys, pinyinKeys } from '../../text/pinyin.js';
import { indexTokens } from '../../text/normalize.js';
import { learnDocument, parseQuery, WordDictionary } from '../../text/query.js';
import { BASE_WORDS, synonymMap } from '../../text/vocabulary.js';
import {
  SearchEngine, simplifyFilter, validateRequest, type FieldValue, type IndexSchema, type SearchDocument, type SearchRequest,
  type SearchResult,
} from '../../search-engine.js';
import { ColumnStore } from './columns.js';
import { INITIALS_FIELD as INITIALS, PINYIN_FIELD as PINYIN, searchText, type TextIndex } from './text-search.js';
import { float64, int32 } from './scratch.js';
import { topK } from './top-k.js';

export interface EmbeddedEngineOptions {
  /** extra words for the query splitter (county names) */
  words?: readonly string[];
  synonyms?: Record<string, string[]>;
}

type TextDoc = Record<string, string | number>;

/** Short texts (titles, skills, county and employer names) recur across postings: their tokens are worked out once. */
const MEMO_MAX_LENGTH = 40;
const MEMO_MAX_ENTRIES = 100_000;

/**
 * A text's index tokens, pinyin and initials are pure functions of the text: kept per distinct short text while an
 * index is built and updated (bounded; emptied when full). Tokenizing each source apart gives the same tokens as
 * tokenizing them joined by spaces, as a space separates runs (normalize.ts).
 */
class TextMemo {
  private readonly tokens = new Map<string, string[]>();
  private readonly pinyin = new Map<string, { keys: string; initials: string }>();

  tokensOf(text: string): string[] {
    if (text.length > MEMO_MAX_LENGTH) return indexTokens(text);
    let t = this.tokens.get(text);
    if (!t) {
      if (this.tokens.size >= MEMO_MAX_ENTRIES) this.tokens.clear();
      t = indexTokens(text);
      this.tokens.set(text, t);
    }
    return t;
  }

  pinyinOf(text: string): { keys: string; initials: string } {
    let p = this.pinyin.get(text);
    if (!p) {
      if (this.pinyin.size >= MEMO_MAX_ENTRIES) this.pinyin.clear();
      p = { keys: pinyinKeys(text).join(' '), initials: initialKeys(text).join(' ') };
      if (text.length <= MEMO_MAX_LENGTH * 4) this.pinyin.set(text, p);
    }
    return p;
  }
}

class IndexState implements TextIndex {
  readonly store: ColumnStore;
  titleLength = new Uint16Array(1024);
  readonly mini: MiniSearch<TextDoc>;
  readonly slotOf = new Map<string, number>();
  ids: Array<string | null> = [];
  private readonly free: number[] = [];
  readonly dictionary: WordDictionary;
  readonly textFields: string[];
  readonly boosts: Record<string, number>;
  private readonly memo = new TextMemo();
  /** words already given to the dictionary (learning one again changes nothing) */
  private readonly learned = new Set<string>();

  constructor(readonly schema: IndexSchema, words: readonly string[]) {
    this.store = new ColumnStore(schema);
    this.textFields = Object.keys(schema.text);
    this.boosts = Object.fromEntries(Object.entries(schema.text).map(([k, v]) => [k, v.boost]));
    this.dictionary = new WordDictionary([...BASE_WORDS, ...words]);
    this.mini = new MiniSearch<TextDoc>({
      idField: 'slot',
      fields: [...this.textFields, PINYIN, INITIALS],
      storeFields: [],
      // documents arrive tokenized (space-separated tokens) and queries are built from tokens
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term || null,
      autoVacuum: { minDirtCount: 2000, minDirtFactor: 0.1, batchSize: 2000, batchWait: 5 },
    });
  }

  get size(): number {
    return this.slotOf.size;
  }

  get capacity(): number {
    return this.ids.length;
  }

  upsert(doc: SearchDocument) {
    let slot = this.slotOf.get(doc.id);
    if (slot !== undefined) this.mini.discard(slot);
    else {
      slot = this.free.pop() ?? this.ids.length;
      this.slotOf.set(doc.id, slot);
      this.ids[slot] = doc.id;
    }
    this.store.set(slot, doc);
    const text: TextDoc = { slot };
    for (const [i, [name, spec]] of Object.entries(this.schema.text).entries()) {
      const tokens: string[] = [];
      for (const s of spec.sources) {
        const v = doc[s];
        if (typeof v === 'string') tokens.push(...this.memo.tokensOf(v));
        else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') tokens.push(...this.memo.tokensOf(x));
      }
      text[name] = tokens.join(' ');
      if (i === 0) this.setTitleLength(slot, tokens.length);
    }
    const titles = this.memo.pinyinOf(this.schema.pinyinSources.map((s) => textOf(doc[s])).join(' '));
    text[PINYIN] = titles.keys;
    text[INITIALS] = titles.initials;
    learnDocument(this.dictionary, this.schema, doc, this.learned);
    this.mini.add(text);
  }

  private setTitleLength(slot: number, n: number) {
    if (slot >= this.titleLength.length) {
      const next = new Uint16Array(Math.max(slot + 1, this.titleLength.length * 2));
      next.set(this.titleLength);
      this.titleLength = next;
    }
    this.titleLength[slot] = Math.min(n, 65535);
  }

  delete(id: string) {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.mini.discard(slot);
    this.slotOf.delete(id);
    this.ids[slot] = null;
    this.store.clear(slot);
    this.free.push(slot);
  }
}

function textOf(v: FieldValue | undefined): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.join(' ');
  return '';
}

export class EmbeddedSearchEngine extends SearchEngine {
  readonly name = 'embedded';
  override get perProcess(): boolean { return true; }
  private readonly indexes = new Map<string, IndexState>();
  private readonly schemas = new Map<string, IndexSchema>();
  private readonly synonyms: Record<string, string[]>;
  /** Bumped by every write to an index (never reset, not even by a rebuild): see SearchEngine.revision. */
  private readonly revisions = new Map<string, number>();

  constructor(private readonly options: EmbeddedEngineOptions = {}) {
    super();
    this.synonyms = options.synonyms ?? synonymMap();
  }

  override revision(index: string): number | null {
    return this.indexes.has(index) ? (this.revisions.get(index) ?? 0) : null;
  }

  private changed(index: string) {
    this.revisions.set(index, (this.revisions.get(index) ?? 0) + 1);
  }

  private state(index: string): IndexState {
    const s = this.indexes.get(index);
    if (!s) throw new Error(`search index ${index} does not exist`);
    return s;
  }

  async ensureIndex(schema: IndexSchema): Promise<void> {
    this.schemas.set(schema.name, schema);
    if (!this.indexes.has(schema.name)) {
      this.indexes.set(schema.name, new IndexState(schema, this.options.words ?? []));
      this.changed(schema.name);
    }
  }

  async upsert(index: string, docs: readonly SearchDocument[]): Promise<void> {
    const s = this.state(index);
    this.changed(index);
    for (const d of docs) s.upsert(d);
  }

  async delete(index: string, ids: readonly string[]): Promise<void> {
    const s = this.state(index);
    if (ids.length) this.changed(index);
    for (const id of ids) s.delete(id);
  }

  async count(index: string): Promise<number> {
    return this.state(index).size;
  }

  async allDocuments(index: string): Promise<SearchDocument[]> {
    const s = this.state(index);
    return [...s.slotOf].map(([id, slot]) => ({ ...s.store.read(slot), id }));
  }

  async dropIndex(index: string): Promise<void> {
    this.changed(index);
    this.indexes.delete(index);
    this.schemas.delete(index);
  }

  async replaceAll(index: string, batches: AsyncIterable<readonly SearchDocument[]>): Promise<number> {
    const schema = this.schemas.get(index);
    if (!schema) throw new Error(`search index ${index} does not exist`);
    const next = new IndexState(schema, this.options.words ?? []);
    for await (const batch of batches) {
      for (const d of batch) next.upsert(d);
      // let requests in between batches: searches keep answering from the current index meanwhile
      await new Promise((r) => setImmediate(r));
    }
    this.indexes.set(index, next);
    this.changed(index);
    return next.size;
  }

  async search(index: string, request: SearchRequest): Promise<SearchResult> {
    const s = this.state(index);
    validateRequest(s.schema, request);
    const facetFields = request.facets ?? [];
    const emptyFacets = Object.fromEntries(facetFields.map((f) => [f, {}]));
    const filter = simplifyFilter(request.filter);
    if (filter === false) return { hits: [], total: 0, facets: emptyFacets };
    const pred = filter === true ? null : s.store.compile(filter);
    const words = parseQuery(request.query ?? '', s.dictionary, this.synonyms);

    let slots: Int32Array;
    let scores: Float64Array | null = null;
    let n = 0;
    let relaxed = false;
    if (words.length === 0) {
      slots = int32('browse', s.size);
      for (let slot = 0; slot < s.ids.length; slot++) if (s.ids[slot] !== null && (!pred || pred(slot))) slots[n++] = slot;
    } else {
      const m = searchText(s, words, pred, !request.sort?.length, (request.offset ?? 0) + (request.limit ?? 20));
      ({ slots, scores, n, relaxed } = m);
    }

    const facets = facetFields.length ? s.store.facets(facetFields, slots, n) : {};
    const offset = request.offset ?? 0;
    const limit = request.limit ?? 20;
    const positions = this.order(s, request, slots, scores, n, offset + limit).slice(offset, offset + limit);
    return {
      hits: positions.map((i) => ({ id: s.ids[slots[i]]!, score: scores ? scores[i] : 1 })),
      total: n,
      facets,
      ...(relaxed ? { relaxed: 'pinyin-or-typo' as const } : {}),
    };
  }

  /** Positions (into slots) of the first `k` hits in the requested order. */
  private order(s: IndexState, r: SearchRequest, slots: Int32Array, scores: Float64Array | null, n: number, k: number): number[] {
    const sort = r.sort ?? [];
    if (sort.length === 0) return Array.from({ length: Math.min(n, k) }, (_, i) => i); // relevance order, or slot order
    const keys = s.store.sortKeys(sort);
    const cache = keys.map((key, i) => {
      const a = float64(`sort${i}`, n);
      for (let i = 0; i < n; i++) a[i] = key(slots[i]);
      return a;
    });
    return topK(n, k, (a, b) => {
      for (const c of cache) if (c[a] !== c[b]) return c[a] < c[b] ? -1 : 1;
      if (scores && scores[a] !== scores[b]) return scores[b] - scores[a];
      return slots[a] - slots[b];
    });
  }
}
