// Pinyin keys of titles, for pinyin queries (anmo, am → 按摩) and as the fallback for homophone typos (按磨 → anmo).
import { pinyin } from 'pinyin-pro';
import { normalizeText, runsOf } from './normalize.js';

function syllables(han: string): string[] {
  return pinyin(han, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
}

/** Full-pinyin keys: adjacent syllables joined (按摩师 → anmo, moshi), one syllable when the run is one character. */
export function pinyinKeys(text: string): string[] {
  const out: string[] = [];
  for (const run of runsOf(normalizeText(text))) {
    if (run.kind !== 'han') continue;
    const s = syllables(run.text);
    if (s.length === 1) out.push(s[0]);
    for (let i = 0; i + 1 < s.length; i++) out.push(s[i] + s[i + 1]);
  }
  return out;
}

/** Initial-letter keys: adjacent initials joined (按摩师 → am, ms). */
export function initialKeys(text: string): string[] {
  const out: string[] = [];
  for (const run of runsOf(normalizeText(text))) {
    if (run.kind !== 'han') continue;
    const s = syllables(run.text).map((x) => x[0]);
    for (let i = 0; i + 1 < s.length; i++) out.push(s[i] + s[i + 1]);
  }
  return out;
}

const HAN_WORD = /^\p{Script=Han}{2,8}$/u;
/** a reading may join at most this many words (luoshananmo → 罗山 按摩) */
const MAX_PARTS = 3;
/** at most this many Han words per pinyin spelling or initials (am → 按摩, 安民 …) */
const MAX_HOMOPHONES = 4;
/** at most this many spellings of a Han word tried when its characters have several readings (会记 → huiji, kuaiji) */
const MAX_SPELLINGS = 16;

/** Typos allowed in a Latin word: none under 4 letters, one from 4, two from 8 (the engines' rule for Latin words). */
export function typoBudget(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/** Every way a word may be spelt in pinyin, its usual reading first: 会记 → huiji, kuaiji (a polyphone read both ways). */
function spellings(word: string): string[] {
  const usual = syllables(word).join('');
  let out = [''];
  for (const ch of Array.from(word)) {
    const readings = pinyin(ch, { toneType: 'none', type: 'array', multiple: true, v: true }).map((x) => x.toLowerCase());
    out = out.flatMap((prefix) => readings.map((r) => prefix + r)).slice(0, MAX_SPELLINGS);
  }
  return [usual, ...out.filter((x) => x !== usual)];
}

/** The word with one letter left out, each way (the keys of a deletion neighbourhood: one typo apart share one). */
function deletions(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}

/** Optimal string alignment distance, up to `max` (larger distances come back as max + 1). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** shortest full-pinyin key a typo may be matched to (shorter ones are too close to each other: an, ai, ma …) */
const MIN_FUZZY_KEY = 4;
/** longest joined spelling searched for typos (three words, xinxianhulinyuan is 16): the search grows with the length */
const MAX_TYPO_SPLIT = 24;

interface Part { key: string; cost: number; words: string[] }

/**
 * What a pinyin spelling stands for: known words (job words, county and town names, the words titles and skills are
 * made of) keyed by their full pinyin and their initials. A Latin query word is read as the Han words it spells (anmo,
 * am → 按摩; luoshananmo, lsam → 罗山 按摩), allowing a typo or two as Latin words are (tunia → 推拿; zibo → 直播;
 * shujubiaozu → 数据 标注), and a Han word that is not known as typed is read as the known word that sounds the same,
 * in any reading of its characters (按魔 → 按摩; 会记 → 会计). The engines then search the readings with their synonyms,
 * so 推拿 is found for anmo as for 按摩. Words are added as the dictionary learns them; their pinyin is worked out once,
 * on the first query that needs it.
 */
export class PinyinLexicon {
  private readonly full = new Map<string, string[]>();
  private readonly initials = new Map<string, string[]>();
  /** a full key with one letter left out → the full keys (of at least MIN_FUZZY_KEY letters) it comes from */
  private readonly near = new Map<string, string[]>();
  private readonly pending: Array<{ word: string; initials: boolean }> = [];
  private readonly seen = new Set<string>();
  private longestKey = 0;
  private longestInitials = 0;

  /** `initials: false` keys a word by its full pinyin only (towns: two-letter initials are crowded enough with job words). */
  add(word: string, initials = true): void {
    if (this.seen.has(word) || !HAN_WORD.test(word)) return;
    this.seen.add(word);
    this.pending.push({ word, initials });
  }

  private flush(): void {
    for (const { word, initials } of this.pending.splice(0)) {
      const s = syllables(word);
      if (s.some((x) => !/^[a-z]+$/.test(x))) continue;
      const put = (map: Map<string, string[]>, key: string) => {
        const list = map.get(key) ?? [];
        if (list.length < MAX_HOMOPHONES && !list.includes(word)) list.push(word);
        map.set(key, list);
      };
      const key = s.join('');
      if (!this.full.has(key) && key.length >= MIN_FUZZY_KEY) {
        for (const d of deletions(key)) this.near.set(d, [...(this.near.get(d) ?? []), key]);
      }
      put(this.full, key);
      this.longestKey = Math.max(this.longestKey, key.length);
      if (!initials) continue;
      const ini = s.map((x) => x[0]).join('');
      put(this.initials, ini);
      this.longestInitials = Math.max(this.longestInitials, ini.length);
    }
  }

  /**
   * The Han words a Latin word spells, each reading in order: whole (anmo, am), joined full pinyin or joined initials
   * of up to three words (luoshananmo, lsam), and only when none of these spells it, the same with typos (tunia).
   */
  readingsOfLatin(word: string): string[][] {
    // pinyin is letters only (ü as v): a word with digits (a code, Office2019) spells no Han word
    if (!/^[a-z]+$/.test(word)) return [];
    this.flush();
    const whole = [...(this.full.get(word) ?? []), ...(this.initials.get(word) ?? [])];
    if (whole.length) return [...new Set(whole)].map((w) => [w]);
    // each part's homophones combined (lsam → 零售 按摩, 罗山 按摩): the engines search them all
    const combined = (parts: Part[]) => parts.reduce<string[][]>((acc, p) => acc.flatMap((r) => p.words.map((w) => [...r, w])), [[]])
      .slice(0, MAX_HOMOPHONES);
    const parts = this.split(word, this.full, this.longestKey, 0) ?? this.split(word, this.initials, this.longestInitials, 0);
    if (parts) return combined(parts);
    const budget = typoBudget(word);
    if (!budget) return [];
    // with typos: one word one typo away (tunia), else joined words with a typo or two (luoshanamo)
    const close = [...new Set(this.fuzzy(word).flatMap((p) => p.words))];
    if (close.length) return close.slice(0, MAX_HOMOPHONES).map((w) => [w]);
    const typoParts = word.length <= MAX_TYPO_SPLIT ? this.split(word, this.full, this.longestKey, budget) : null;
    return typoParts ? combined(typoParts) : [];
  }

  /** A Han word read as the known words that sound the same (按魔 → 按摩, 会记 → 会计); none when it is known itself. */
  readingsOfHan(word: string, known: (w: string) => boolean): string[][] {
    if (known(word) || !HAN_WORD.test(word)) return [];
    this.flush();
    const out = new Set<string>();
    for (const key of spellings(word)) for (const w of this.full.get(key) ?? []) if (w !== word) out.add(w);
    return [...out].slice(0, MAX_HOMOPHONES).map((w) => [w]);
  }

  /** Full keys one typo from a spelling (a letter missing, too many, wrong, or two swapped), longest first. */
  private fuzzy(word: string): Part[] {
    if (word.length < MIN_FUZZY_KEY - 1) return [];
    const candidates = new Set<string>();
    const variants = [word, ...deletions(word)];
    for (const v of variants) {
      if (v !== word && this.full.has(v) && v.length >= MIN_FUZZY_KEY) candidates.add(v); // a letter too many
      for (const k of this.near.get(v) ?? []) candidates.add(k); // a letter missing, wrong or two swapped
    }
    return [...candidates]
      .map((key) => ({ key, cost: distance(word, key, 1), words: this.full.get(key)! }))
      .filter((p) => p.cost === 1)
      .sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : 1));
  }

  /**
   * Joined spellings split into known keys of `map` (two or three parts), the fewest typos then the fewest parts; with
   * a typo budget a part may also be a full key one typo away (luoshanamo → luoshan + anmo). Null when none spells it.
   */
  private split(word: string, map: Map<string, string[]>, longest: number, budget: number): Part[] | null {
    if (word.length < 4 || word.length > (longest + budget) * MAX_PARTS) return null;
    type Best = { parts: Part[]; cost: number } | null;
    const best: Best[] = [{ parts: [], cost: 0 }];
    for (let i = 1; i <= word.length; i++) {
      best[i] = null;
      for (let j = Math.max(0, i - longest - budget); j < i; j++) {
        const prev = best[j];
        if (!prev || prev.parts.length >= MAX_PARTS) continue;
        const piece = word.slice(j, i);
        const options: Part[] = map.has(piece) && piece.length >= 2 ? [{ key: piece, cost: 0, words: map.get(piece)! }]
          : budget - prev.cost > 0 ? this.fuzzy(piece).slice(0, 1) : [];
        for (const o of options) {
          const next = { parts: [...prev.parts, o], cost: prev.cost + o.cost };
          const cur = best[i];
          if (!cur || next.cost < cur.cost || (next.cost === cur.cost && next.parts.length < cur.parts.length)) best[i] = next;
        }
      }
    }
    const found = best[word.length];
    return found && found.parts.length >= 2 ? found.parts : null;
  }
}
