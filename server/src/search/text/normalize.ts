// Text folding shared by every engine, at index and at query time: NFKC (full-width → half-width), lower case,
// traditional → simplified characters (會計 → 会计), so a query matches however either side was typed.
import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 'tw', to: 'cn' });
const HAN = /\p{Script=Han}/u;

export function normalizeText(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase();
  // the converter walks a trie per character: skip it for text without Chinese characters
  return HAN.test(folded) ? toSimplified(folded) : folded;
}

export type Run = { kind: 'han' | 'latin'; text: string };

// letters and digits other than Chinese characters (\p{L} alone would swallow them into a Latin word)
const RUNS = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

/** Splits normalized text into runs of Chinese characters and runs of letters or digits; the rest separates. */
export function runsOf(normalized: string): Run[] {
  const out: Run[] = [];
  for (const m of normalized.matchAll(RUNS)) out.push(m[1] ? { kind: 'han', text: m[1] } : { kind: 'latin', text: m[2] });
  return out;
}

/** Character bigrams of a run of Chinese characters; a single character stands for itself. */
export function bigrams(han: string): string[] {
  const chars = Array.from(han);
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** Index-time tokens: bigrams for Chinese, whole words for Latin letters and digits. */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const run of runsOf(normalizeText(text))) {
    if (run.kind === 'han') out.push(...bigrams(run.text));
    else out.push(run.text);
  }
  return out;
}
