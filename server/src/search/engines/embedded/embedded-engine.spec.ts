import { describe, expect, it } from '@jest/globals';
import { describeSearchEngine } from '../../testing/describe-search-engine.js';
import { POSTINGS_INDEX } from '../../indexes.js';
import { f } from '../../search-engine.js';
import { COUNTY_WORDS, FIXTURES, fixtureDocument } from '../../testing/contract-fixtures.js';
import { EmbeddedSearchEngine } from './embedded-engine.js';
import { topK } from './top-k.js';

describeSearchEngine('embedded (MiniSearch)', async () => new EmbeddedSearchEngine({ words: COUNTY_WORDS }));

describe('topK', () => {
  it('returns the first k positions in comparator order, for small and large inputs', () => {
    for (const n of [10, 600, 5000]) {
      const values = Array.from({ length: n }, (_, i) => (i * 7919) % 1013);
      const cmp = (a: number, b: number) => values[a] - values[b] || a - b;
      const expected = Array.from({ length: n }, (_, i) => i).sort(cmp).slice(0, 25);
      expect(topK(n, 25, cmp)).toEqual(expected);
    }
    expect(topK(0, 5, () => 0)).toEqual([]);
  });
});

describe('embedded engine beyond the exactly ranked hits', () => {
  it('pages through 1,500 hits: every hit once, best first, totals and facets over all of them', async () => {
    const engine = new EmbeddedSearchEngine({ words: COUNTY_WORDS });
    await engine.ensureIndex(POSTINGS_INDEX);
    const docs = Array.from({ length: 1500 }, (_, i) => fixtureDocument({
      ...FIXTURES.p1, id: `d${i}`,
      // a third have the word in the title, the rest only in the description
      title: i % 3 === 0 ? `保健按摩师${'岗'.repeat(i % 7)}` : `理疗助理${i}`, skills: [],
      description: '为顾客提供按摩服务。', countyCode: i % 2 ? '411521' : '411528',
    }));
    await engine.upsert(POSTINGS_INDEX.name, docs);
    const seen: string[] = [];
    const scores: number[] = [];
    for (let offset = 0; offset < 1600; offset += 100) {
      const r = await engine.search(POSTINGS_INDEX.name, { query: '按摩', offset, limit: 100, facets: ['countyCode'] });
      expect(r.total).toBe(1500);
      expect(r.facets.countyCode).toEqual({ 411521: 750, 411528: 750 });
      seen.push(...r.hits.map((h) => h.id));
      scores.push(...r.hits.map((h) => h.score));
    }
    expect(seen).toHaveLength(1500);
    expect(new Set(seen).size).toBe(1500);
    // title matches (every third document) come first, in relevance order
    expect(seen.slice(0, 500).every((id) => Number(id.slice(1)) % 3 === 0)).toBe(true);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]);
    const filtered = await engine.search(POSTINGS_INDEX.name, { query: '按摩', filter: f.eq('countyCode', '411521'), limit: 5 });
    expect(filtered.total).toBe(750);
  });
});
