// Query understanding shared by the engines: a query typed without spaces (罗山按摩, 平桥区客服) is split into words
// against a dictionary, so no bigram across a word boundary (区客) is required of a document.
import { normalizeText, runsOf } from './normalize.js';
import { PinyinLexicon } from './pinyin.js';
import type { IndexSchema, SearchDocument } from '../search-engine.js';

const MAX_WORD = 8;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export class WordDictionary {
  private readonly words = new Set<string>();
  private longest = 2;
  private readonly placeTexts = new Set<string>();
  /** the same words by their pinyin (anmo → 按摩) */
  readonly lexicon = new PinyinLexicon();

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  get size(): number {
    return this.words.size;
  }

  add(word: string): void {
    const w = normalizeText(word).trim();
    const length = Array.from(w).length;
    if (length < 2 || length > MAX_WORD || !HAN_ONLY.test(w)) return;
    this.words.add(w);
    this.lexicon.add(w);
    // a place is also called without its 县, 区 or 市 (罗山县 → 罗山); 新县 and 息县 stay as they are
    if (length > 2 && /[县区市]$/.test(w)) this.lexicon.add(w.slice(0, -1));
    if (length > this.longest) this.longest = length;
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  private readonly synonymMaps = new WeakSet<object>();
  /** Knows every word of a synonym map, so a query splits at them (客户服务 stays whole and finds 客服). Once per map. */
  knowSynonyms(synonyms: Record<string, string[]>): void {
    if (this.synonymMaps.has(synonyms)) return;
    this.synonymMaps.add(synonyms);
    for (const [w, others] of Object.entries(synonyms)) for (const x of [w, ...others]) this.add(x);
  }

  /** Learns the words ICU finds in a title or skill (盲人保健按摩师 → 盲人, 保健, 按摩). */
  learn(text: string): void {
    this.add(text);
    for (const s of segmenter.segment(normalizeText(text))) if (s.isWordLike) this.add(s.segment);
  }

  /** Learns the towns an address or an employer's name names (罗山县周党镇人民路 → 周党镇, 周党), so minggangzhen finds them. */
  learnPlaces(text: string): void {
    // an employer's address and name come with each of its postings: read each text once
    if (this.placeTexts.has(text)) return;
    this.placeTexts.add(text);
    for (const place of placeNames(text)) {
      if (this.words.has(place) || !HAN_ONLY.test(place)) continue;
      this.words.add(place);
      this.lexicon.add(place, false);
      this.longest = Math.max(this.longest, Array.from(place).length);
    }
  }

  /**
   * Forward maximum matching. Characters no word covers stay together; a lone one joins the word before it
   * (按摩师 → 按摩 + 师 → 按摩师), so it is still matched as a bigram of the document.
   */
  split(han: string): string[] {
    const chars = Array.from(han);
    const out: string[] = [];
    let pending = '';
    const flush = (next?: string): string | undefined => {
      if (!pending) return next;
      const p = pending;
      pending = '';
      if (Array.from(p).length > 1) out.push(p);
      else if (out.length) out[out.length - 1] += p;
      else if (next) return p + next;
      else out.push(p);
      return next;
    };
    let i = 0;
    while (i < chars.length) {
      let matched = 0;
      for (let len = Math.min(this.longest, chars.length - i); len >= 2; len--) {
        if (this.words.has(chars.slice(i, i + len).join(''))) {
          matched = len;
          break;
        }
      }
      if (!matched) {
        pending += chars[i++];
        continue;
      }
      const word = flush(chars.slice(i, i + matched).join(''))!;
      out.push(word);
      i += matched;
    }
    flush();
    return out;
  }
}

const TOWN = /^(\p{Script=Han}{1,5}?)(镇|乡|街道)/u;

/**
 * Town-level places (镇, 乡, 街道) in an address or a name, with their short names: 平桥区明港镇卫生院 → 明港镇, 明港. A town
 * follows the county, district or city (县, 区, 市) or starts the text; villages and streets are left out.
 */
export function placeNames(text: string): string[] {
  const out = new Set<string>();
  for (const run of runsOf(normalizeText(text))) {
    if (run.kind !== 'han') continue;
    for (const segment of run.text.split(/[省市县区]/u)) {
      const m = TOWN.exec(segment);
      if (!m) continue;
      out.add(m[0]);
      if (Array.from(m[1]).length >= 2) out.add(m[1]);
    }
  }
  return [...out];
}

/** Teaches a dictionary the words of a document: words of its title and skills, towns of its address and names. */
export function learnDocument(dictionary: WordDictionary, schema: IndexSchema, doc: SearchDocument, seen?: Set<string>): void {
  // seen: the texts an index has learnt already (titles, skills and places repeat across documents)
  const each = (field: string, kind: string, learn: (text: string) => void) => {
    const v = doc[field];
    for (const x of Array.isArray(v) ? v : [v]) {
      if (typeof x !== 'string') continue;
      if (seen) {
        const key = `${kind}${x}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      learn(x);
    }
  };
  for (const s of schema.wordSources) each(s, 'w:', (x) => dictionary.learn(x));
  for (const s of schema.placeSources ?? []) each(s, 'p:', (x) => dictionary.learnPlaces(x));
}

export interface QueryWord {
  kind: 'han' | 'latin';
  /** the word as typed, normalized */
  text: string;
  /** words meaning the same (synonyms), normalized; the word itself not included */
  synonyms: string[];
  /**
   * Known words this one may stand for when nothing matches it as typed: the Han words a pinyin spelling spells
   * (anmo → 按摩; luoshananmo → 罗山 + 按摩), or the known word a Han typo sounds like (按魔 → 按摩). Each reading is a
   * list of Han words all required, given once with each combination of their synonyms (按摩 → 推拿).
   */
  readings: string[][];
}

/** at most this many readings per query word, synonyms combined */
const MAX_READINGS = 6;

function withSynonyms(reading: string[], synonyms: Record<string, string[]>): string[][] {
  let out: string[][] = [[]];
  for (const w of reading) {
    const options = [w, ...(synonyms[w] ?? []).map(normalizeText)];
    out = out.flatMap((prefix) => options.map((o) => [...prefix, o]));
  }
  return out;
}

export const MAX_QUERY_WORDS = 8;
export const MAX_QUERY_CHARS = 100;

/** Normalizes and splits a query into at most eight words; empty when there is nothing to search for. */
export function parseQuery(query: string, dictionary: WordDictionary, synonyms: Record<string, string[]> = {}): QueryWord[] {
  const words: QueryWord[] = [];
  dictionary.knowSynonyms(synonyms);
  for (const run of runsOf(normalizeText(query.slice(0, MAX_QUERY_CHARS)))) {
    const parts = run.kind === 'han' ? dictionary.split(run.text) : [run.text];
    for (const text of parts) {
      if (words.some((w) => w.text === text)) continue;
      const heard = run.kind === 'latin' ? dictionary.lexicon.readingsOfLatin(text)
        : dictionary.lexicon.readingsOfHan(text, (w) => dictionary.has(w));
      const readings = heard.flatMap((r) => withSynonyms(r, synonyms)).slice(0, MAX_READINGS);
      words.push({ kind: run.kind, text, synonyms: (synonyms[text] ?? []).map(normalizeText), readings });
    }
  }
  return words.slice(0, MAX_QUERY_WORDS);
}
