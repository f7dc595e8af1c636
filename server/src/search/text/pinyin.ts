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

/**
 * What a pinyin spelling stands for: known words (job words, county names, the words titles and skills are made of)
 * keyed by their full pinyin and their initials. A Latin query word is read as the Han words it spells (anmo, am →
 * 按摩; luoshananmo → 罗山 按摩), and a Han word that is not known as typed is read as the known word that sounds the
 * same (按魔 → 按摩). The engines then search the readings with their synonyms, so 推拿 is found for anmo as for 按摩.
 * Words are added as the dictionary learns them; their pinyin is worked out once, on the first query that needs it.
 */
export class PinyinLexicon {
  private readonly full = new Map<string, string[]>();
  private readonly initials = new Map<string, string[]>();
  private readonly pending: string[] = [];
  private readonly seen = new Set<string>();
  private longestKey = 0;

  add(word: string): void {
    if (this.seen.has(word) || !HAN_WORD.test(word)) return;
    this.seen.add(word);
    this.pending.push(word);
  }

  private flush(): void {
    for (const word of this.pending.splice(0)) {
      const s = syllables(word);
      if (s.some((x) => !/^[a-z]+$/.test(x))) continue;
      const put = (map: Map<string, string[]>, key: string) => {
        const list = map.get(key) ?? [];
        if (list.length < MAX_HOMOPHONES && !list.includes(word)) list.push(word);
        map.set(key, list);
      };
      const key = s.join('');
      put(this.full, key);
      put(this.initials, s.map((x) => x[0]).join(''));
      this.longestKey = Math.max(this.longestKey, key.length);
    }
  }

  /** The Han words a Latin word spells: whole (anmo, am), or joined pinyin of up to three words; each reading in order. */
  readingsOfLatin(word: string): string[][] {
    this.flush();
    const whole = [...(this.full.get(word) ?? []), ...(this.initials.get(word) ?? [])];
    if (whole.length) return [...new Set(whole)].map((w) => [w]);
    return this.split(word).map((parts) => parts.map((p) => this.full.get(p)![0]));
  }

  /** A Han word read as the known words that sound the same (按魔 → 按摩); none when it is known itself. */
  readingsOfHan(word: string, known: (w: string) => boolean): string[][] {
    if (known(word) || !HAN_WORD.test(word)) return [];
    this.flush();
    return (this.full.get(syllables(word).join('')) ?? []).filter((w) => w !== word).map((w) => [w]);
  }

  /** Joined full pinyin split into the fewest known spellings (two or three), or nothing. */
  private split(word: string): string[][] {
    if (word.length < 4 || word.length > this.longestKey * MAX_PARTS) return [];
    // best[i]: the fewest parts that spell word[0, i)
    const best: Array<string[] | null> = [[]];
    for (let i = 1; i <= word.length; i++) {
      best[i] = null;
      for (let j = Math.max(0, i - this.longestKey); j < i; j++) {
        const prev = best[j];
        if (!prev || prev.length >= MAX_PARTS || !this.full.has(word.slice(j, i))) continue;
        if (!best[i] || prev.length + 1 < best[i]!.length) best[i] = [...prev, word.slice(j, i)];
      }
    }
    const parts = best[word.length];
    return parts && parts.length >= 2 ? [parts] : [];
  }
}
