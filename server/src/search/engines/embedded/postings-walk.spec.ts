// walkPostings reads MiniSearch's internals: it must find exactly the documents MiniSearch's own search finds.
import { describe, expect, it } from '@jest/globals';
import MiniSearch from 'minisearch';
import { walkPostings } from './postings-walk.js';

const WORDS = ['按摩', '推拿', '客服', '客户', '服务', '电商', '商客', 'excel', 'exam', 'example', '手工', '工编', '编织', '残疾', '疾人'];

function index(seed = 7) {
  let x = seed;
  const rand = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const mini = new MiniSearch<{ slot: number; title: string; body: string }>({
    idField: 'slot', fields: ['title', 'body'], storeFields: [], tokenize: (t) => t.split(' '), processTerm: (t) => t || null,
    autoVacuum: false,
  });
  const pick = () => Array.from({ length: 1 + Math.floor(rand() * 4) }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
  for (let slot = 0; slot < 2000; slot++) mini.add({ slot, title: pick(), body: pick() });
  // replaced and removed documents leave stale entries in the posting lists until vacuumed
  for (let slot = 0; slot < 2000; slot += 7) mini.discard(slot);
  for (let slot = 0; slot < 2000; slot += 21) mini.add({ slot, title: pick(), body: pick() });
  return mini;
}

const bySearch = (mini: MiniSearch<never>, term: string, field: string, prefix: boolean, fuzzy: number) =>
  new Set(mini.search(term, { fields: [field], prefix, fuzzy: fuzzy || false, combineWith: 'OR' }).map((r) => r.id as number));

const byWalk = (mini: MiniSearch<never>, term: string, field: string, prefix: boolean, fuzzy: number) => {
  const out = new Set<number>();
  walkPostings(mini, term, field, prefix, fuzzy, (id) => out.add(id as number));
  return out;
};

describe('walkPostings', () => {
  const mini = index() as unknown as MiniSearch<never>;
  it.each([
    ['客服', 'title', false, 0], ['客服', 'body', false, 0], ['客', 'title', true, 0], ['ex', 'body', true, 0], ['exam', 'title', true, 0],
    ['编织', 'title', false, 0], ['无此词', 'title', false, 0], ['无', 'body', true, 0], ['exampel', 'body', false, 2], ['按魔', 'title', false, 1],
  ] as const)('finds what MiniSearch finds: %s in %s (prefix %s, fuzzy %s)', (term, field, prefix, fuzzy) => {
    const expected = bySearch(mini, term, field, prefix, fuzzy);
    expect(byWalk(mini, term, field, prefix, fuzzy)).toEqual(expected);
    if (!['无此词', '无'].includes(term)) expect(expected.size).toBeGreaterThan(0);
  });

  it('never visits a discarded document', () => {
    const seen = byWalk(mini, '客', 'title', true, 0);
    for (let slot = 7; slot < 2000; slot += 7) if (slot % 21 !== 0) expect(seen.has(slot)).toBe(false);
  });
});
