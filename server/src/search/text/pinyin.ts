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
