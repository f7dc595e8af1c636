// Query understanding shared by the engines: a query typed without spaces (罗山按摩, 平桥区客服) is split into words
// against a dictionary, so no bigram across a word boundary (区客) is required of a document.
import { normalizeText, runsOf } from './normalize.js';

const MAX_WORD = 8;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export class WordDictionary {
  private readonly words = new Set<string>();
  private longest = 2;

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
    if (length > this.longest) this.longest = length;
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Learns the words ICU finds in a title or skill (盲人保健按摩师 → 盲人, 保健, 按摩). */
  learn(text: string): void {
    this.add(text);
    for (const s of segmenter.segment(normalizeText(text))) if (s.isWordLike) this.add(s.segment);
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

export interface QueryWord {
  kind: 'han' | 'latin';
  /** the word as typed, normalized */
  text: string;
  /** words meaning the same (synonyms), normalized; the word itself not included */
  synonyms: string[];
}

export const MAX_QUERY_WORDS = 8;
export const MAX_QUERY_CHARS = 100;

/** Normalizes and splits a query into at most eight words; empty when there is nothing to search for. */
export function parseQuery(query: string, dictionary: WordDictionary, synonyms: Record<string, string[]> = {}): QueryWord[] {
  const words: QueryWord[] = [];
  for (const run of runsOf(normalizeText(query.slice(0, MAX_QUERY_CHARS)))) {
    const parts = run.kind === 'han' ? dictionary.split(run.text) : [run.text];
    for (const text of parts) {
      if (words.some((w) => w.text === text)) continue;
      words.push({ kind: run.kind, text, synonyms: (synonyms[text] ?? []).map(normalizeText) });
    }
  }
  return words.slice(0, MAX_QUERY_WORDS);
}
