// Text matching and ranking for the embedded engine, in two passes over MiniSearch:
//   1. Match: the posting lists of each query token are walked (postings-walk.ts), recording which tokens (and in
//      which field) each document has; nothing is scored or allocated per document. A document
//      matches when every query word is covered by one of its alternatives (the word, a synonym, its pinyin,
//      a typo). This gives the exact hit set for totals and facets at the cost of a scan of posting lists.
//   2. Rank: MiniSearch scores (BM25, field boosts) only the best candidates; when there are more than
//      EXACT_LIMIT, candidates are the hits with the most query tokens in the title, shortest titles first,
//      which is the order BM25 with a boosted title gives them anyway. The rest follow in that order.
import type MiniSearch from 'minisearch';
import type { Query, SearchOptions } from 'minisearch';
import { pinyinKeys } from '../../text/pinyin.js';
import { bigrams } from '../../text/normalize.js';
import type { QueryWord } from '../../text/query.js';
import type { Predicate } from './columns.js';
import { walkPostings } from './postings-walk.js';
import { float64, int32 } from './scratch.js';

export const PINYIN_FIELD = '_py';
export const INITIALS_FIELD = '_ini';
/** Hits ranked exactly by MiniSearch; the rest follow by how much of the query their title holds. */
export const EXACT_LIMIT = 500;
const MAX_LEAVES = 31;
/** bit 31 of a document's token mask: the filter rejected it (tokens use bits 0..30) */
const REJECTED = 0x80000000;

/** Typos allowed in a Latin word: none under 4 letters, one from 4, two from 8 (Meilisearch is set the same). */
export function latinTypos(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

interface Leaf { term: string; fields: string[]; prefix: boolean; fuzzy: number; boost: number }
interface Alternative { leaves: number[]; mask: number }
type Stage = 'exact' | 'pinyin' | 'typo';

export interface TextIndex {
  mini: MiniSearch<Record<string, string | number>>;
  textFields: string[];
  boosts: Record<string, number>;
  /** token count of the first (title) text field per slot */
  titleLength: Uint16Array;
  capacity: number;
}

export interface TextMatches {
  slots: Int32Array;
  /** relevance in 0..1 per hit, in the order of `slots` when ranked */
  scores: Float64Array;
  n: number;
  relaxed: boolean;
}

class Plan {
  readonly leaves: Leaf[] = [];
  private readonly keys = new Map<string, number>();
  readonly groups: Alternative[][] = [];

  leaf(l: Leaf): number {
    const key = `${l.term}\u0000${l.fields.join(',')}\u0000${l.prefix}\u0000${l.fuzzy}`;
    let i = this.keys.get(key);
    if (i === undefined) {
      if (this.leaves.length >= MAX_LEAVES) return -1;
      i = this.leaves.length;
      this.leaves.push(l);
      this.keys.set(key, i);
    }
    return i;
  }

  alternative(group: Alternative[], leaves: Leaf[]) {
    const ids = leaves.map((l) => this.leaf(l));
    if (ids.length === 0 || ids.some((i) => i < 0)) return;
    group.push({ leaves: ids, mask: ids.reduce((m, i) => m | (1 << i), 0) });
  }
}

function plan(words: QueryWord[], text: string[], stage: Stage): Plan {
  const p = new Plan();
  words.forEach((w, wi) => {
    const group: Alternative[] = [];
    const last = wi === words.length - 1;
    const exact = (s: string, kind: QueryWord['kind']): Leaf[] => {
      const tokens = kind === 'han' ? bigrams(s) : [s];
      // a lone character, or the Latin word still being typed, also matches as a prefix
      return tokens.map((term) => ({ term, fields: text, prefix: (kind === 'latin' && last) || term.length === 1, fuzzy: 0, boost: 1 }));
    };
    p.alternative(group, exact(w.text, w.kind));
    for (const s of w.synonyms) p.alternative(group, exact(s, 'han'));
    if (stage !== 'exact') {
      // the known words this one may stand for (anmo → 按摩 or its synonym 推拿; luoshananmo → 罗山 and 按摩)
      for (const reading of w.readings) p.alternative(group, reading.flatMap((h) => exact(h, 'han')));
      if (w.kind === 'han') {
        p.alternative(group, pinyinKeys(w.text).map((term) => ({ term, fields: [PINYIN_FIELD], prefix: false, fuzzy: 0, boost: 0.5 })));
      } else {
        p.alternative(group, [{ term: w.text, fields: [PINYIN_FIELD, INITIALS_FIELD], prefix: true, fuzzy: 0, boost: 0.4 }]);
      }
    }
    if (stage === 'typo') {
      if (w.kind === 'han') p.alternative(group, bigrams(w.text).map((term) => ({ term, fields: text, prefix: false, fuzzy: term.length > 1 ? 1 : 0, boost: 0.3 })));
      else if (latinTypos(w.text)) p.alternative(group, [{ term: w.text, fields: text, prefix: false, fuzzy: latinTypos(w.text), boost: 0.3 }]);
    }
    if (group.length) p.groups.push(group);
  });
  return p;
}

/** Per-document marks, reused between queries: a generation stamp says which belong to the current query. */
class Marks {
  stamp = new Uint32Array(0);
  mask = new Uint32Array(0);
  titleMask = new Uint32Array(0);
  chosen = new Uint32Array(0);
  placed = new Uint32Array(0);
  generation = 0;
  ensure(n: number) {
    if (this.stamp.length >= n && this.generation < 0xfffffff0) return;
    const size = Math.max(n, Math.ceil(this.stamp.length * 1.5), 1024);
    this.stamp = new Uint32Array(size);
    this.mask = new Uint32Array(size);
    this.titleMask = new Uint32Array(size);
    this.chosen = new Uint32Array(size);
    this.placed = new Uint32Array(size);
    this.generation = 0;
  }
}

const marks = new Marks();

/**
 * `ranked`: order by relevance (no sort field asked for); `wanted`: how many hits the page needs in order
 * (offset + limit). Beyond max(EXACT_LIMIT, wanted) hits, order is not computed.
 */
export function searchText(ix: TextIndex, words: QueryWord[], pred: Predicate | null, ranked: boolean, wanted = 0): TextMatches {
  for (const stage of ['exact', 'pinyin', 'typo'] as const) {
    const hits = run(ix, plan(words, ix.textFields, stage), pred, ranked, wanted);
    if (hits.n > 0 || stage === 'typo') return { ...hits, relaxed: stage !== 'exact' && hits.n > 0 };
  }
  throw new Error('unreachable');
}

function run(ix: TextIndex, p: Plan, pred: Predicate | null, ranked: boolean, wanted: number): Omit<TextMatches, 'relaxed'> {
  const empty = { slots: new Int32Array(0), scores: new Float64Array(0), n: 0 };
  if (p.groups.length === 0) return empty;
  marks.ensure(ix.capacity);
  const gen = ++marks.generation;
  const { stamp, mask, titleMask, chosen, placed } = marks;
  const touched = int32('touched', ix.capacity);
  let t = 0;
  const title = ix.textFields[0];

  // pass 1: who has which token, allocating nothing inside MiniSearch
  p.leaves.forEach((leaf, bit) => {
    const b = 1 << bit;
    for (const field of leaf.fields) {
      const inTitle = field === title;
      const visit = (id: unknown) => {
        const slot = id as number;
        if (stamp[slot] !== gen) {
          stamp[slot] = gen;
          titleMask[slot] = 0;
          // the filter is asked once per document and query; a rejected one is marked and skipped after
          if (pred && !pred(slot)) {
            mask[slot] = REJECTED;
            return;
          }
          mask[slot] = 0;
          touched[t++] = slot;
        } else if (mask[slot] === REJECTED) return;
        mask[slot] |= b;
        if (inTitle) titleMask[slot] |= b;
      };
      walkPostings(ix.mini as MiniSearch<never>, leaf.term, field, leaf.prefix, leaf.fuzzy, visit);
    }
  });

  const slots = int32('slots', t);
  let n = 0;
  for (let i = 0; i < t; i++) {
    const slot = touched[i];
    const m = mask[slot];
    let all = true;
    for (const group of p.groups) {
      let any = false;
      for (const alt of group) if ((m & alt.mask) === alt.mask) { any = true; break; }
      if (!any) { all = false; break; }
    }
    if (all) slots[n++] = slot;
  }
  if (n === 0) return empty;

  // proxy relevance, a small whole number: query tokens found in the title, then shorter titles
  const proxy = int32('proxy', n);
  for (let i = 0; i < n; i++) {
    const s = slots[i];
    proxy[i] = popcount(titleMask[s]) * 1000 + 999 - Math.min(ix.titleLength[s], 999);
  }
  const scores = float64('scores', n);
  if (!ranked) {
    // the caller sorts by a field: relevance only breaks ties
    let top = 1;
    for (let i = 0; i < n; i++) if (proxy[i] > top) top = proxy[i];
    for (let i = 0; i < n; i++) scores[i] = proxy[i] / top;
    return { slots: slots.subarray(0, n), scores, n };
  }

  // the same candidates for every page of a query, so pages never overlap
  if (n > EXACT_LIMIT) for (const i of largest(proxy, n, EXACT_LIMIT)) chosen[slots[i]] = gen;
  else for (let i = 0; i < n; i++) chosen[slots[i]] = gen;
  const exact = ix.mini.search(rankQuery(p, ix.boosts), {
    fields: ix.textFields, boost: ix.boosts, combineWith: 'AND',
    boostDocument: (id: unknown) => (chosen[id as number] === gen ? 1 : 0),
  } as SearchOptions).sort((a, b) => b.score - a.score || (a.id as number) - (b.id as number));
  const out = int32('ranked', n);
  const best = exact.length ? exact[0].score : 1;
  let k = 0;
  for (const r of exact) {
    const slot = r.id as number;
    placed[slot] = gen;
    out[k] = slot;
    scores[k++] = r.score / best;
  }
  // hits beyond the ranked ones: below every ranked hit, by title matches then title length (ordered only when a
  // page reaches that deep)
  const floor = (k ? scores[k - 1] : 1) * 0.5;
  const place = (i: number) => {
    out[k] = slots[i];
    scores[k++] = floor * (proxy[i] / 32000);
  };
  if (wanted > k) {
    const rest: number[] = [];
    for (let i = 0; i < n; i++) if (placed[slots[i]] !== gen) rest.push(i);
    rest.sort((a, b) => proxy[b] - proxy[a] || slots[a] - slots[b]).forEach(place);
  } else {
    for (let i = 0; i < n; i++) if (placed[slots[i]] !== gen) place(i);
  }
  return { slots: out.subarray(0, k), scores: scores.subarray(0, k), n: k };
}

/** Positions of the `limit` largest keys (ties by position), in linear time: keys are small whole numbers. */
function largest(keys: Int32Array, n: number, limit: number): number[] {
  let max = 0;
  for (let i = 0; i < n; i++) if (keys[i] > max) max = keys[i];
  const histogram = new Int32Array(max + 1);
  for (let i = 0; i < n; i++) histogram[keys[i]]++;
  let threshold = max;
  let above = 0;
  while (threshold > 0 && above + histogram[threshold] < limit) above += histogram[threshold--];
  const out: number[] = [];
  let atThreshold = limit - above;
  for (let i = 0; i < n && out.length < limit; i++) {
    if (keys[i] > threshold) out.push(i);
    else if (keys[i] === threshold && atThreshold > 0) {
      out.push(i);
      atThreshold--;
    }
  }
  return out;
}

/** The whole query as a MiniSearch expression tree, for exact BM25 scores of the candidates. */
function rankQuery(p: Plan, boosts: Record<string, number>): Query {
  const leafQuery = (l: Leaf): Query => ({
    combineWith: 'OR', queries: [l.term], fields: l.fields, prefix: l.prefix, fuzzy: l.fuzzy || false,
    boost: Object.fromEntries(l.fields.map((f) => [f, l.boost * (boosts[f] ?? 1)])),
    weights: { fuzzy: 0.3, prefix: 0.6 },
  } as Query);
  return {
    combineWith: 'AND',
    queries: p.groups.map((g) => ({
      combineWith: 'OR',
      queries: g.map((alt) => ({ combineWith: 'AND', queries: alt.leaves.map((i) => leafQuery(p.leaves[i])) } as Query)),
    } as Query)),
  } as Query;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
