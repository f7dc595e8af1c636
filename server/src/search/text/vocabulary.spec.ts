// The synonyms come from one place (vocabulary.ts): the embedded engine expands queries with them and Meilisearch's
// index settings receive the same map, folded as the text is.
import { describe, expect, it } from '@jest/globals';
import { EmbeddedSearchEngine } from '../engines/embedded/embedded-engine.js';
import { indexSettings } from '../engines/meilisearch/translation.js';
import { POSTINGS_INDEX } from '../indexes.js';
import type { IndexSchema } from '../search-engine.js';
import { normalizeText } from './normalize.js';
import { SYNONYM_GROUPS, synonymMap } from './vocabulary.js';

const TITLES: IndexSchema = {
  name: 'titles', text: { title: { sources: ['title'], boost: 1 } }, fields: {}, pinyinSources: ['title'], wordSources: ['title'],
};

describe('synonyms: one list for both engines', () => {
  it('Meilisearch receives the map of every group, both ways', () => {
    const synonyms = indexSettings(POSTINGS_INDEX).synonyms;
    expect(synonyms).toEqual(synonymMap());
    for (const group of SYNONYM_GROUPS) {
      for (const w of group) expect([...synonyms[w]].sort()).toEqual(group.filter((o) => o !== w).sort());
    }
  });

  it('is folded as queries and documents are, so Meilisearch never holds a word the text cannot contain', () => {
    for (const w of SYNONYM_GROUPS.flat()) expect(normalizeText(w)).toBe(w);
    expect(synonymMap([['會計', '財務', 'ＡＩ']])).toEqual({ 会计: ['财务', 'ai'], 财务: ['会计', 'ai'], ai: ['会计', '财务'] });
  });

  it('the embedded engine finds every word of a group for each of its words (the same groups Meilisearch is given)', async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.ensureIndex(TITLES);
    const words = SYNONYM_GROUPS.flat();
    await engine.upsert('titles', words.map((w, i) => ({ id: String(i), title: `${w}岗位` })));
    for (const group of SYNONYM_GROUPS) {
      const ids = group.map((w) => String(words.indexOf(w))).sort();
      for (const w of group) {
        const found = (await engine.search('titles', { query: w, limit: 100 })).hits.map((h) => h.id);
        expect({ query: w, found: ids.filter((id) => found.includes(id)) }).toEqual({ query: w, found: ids });
      }
    }
  });
});
