import { describe, expect, it } from '@jest/globals';
import { describeSearchEngine } from '../../testing/describe-search-engine.js';
import { COUNTY_WORDS } from '../../testing/contract-fixtures.js';
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
