// The contract every SearchEngine adapter passes: `describeSearchEngine(name, makeEngine)` from each engine's spec.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { POSTINGS_INDEX } from '../indexes.js';
import { f, SearchSchemaError, type Filter, type IndexSchema, type SearchEngine, type SearchRequest } from '../search-engine.js';
import { FIXTURE_DOCUMENTS, FIXTURES, fixtureDocument, GUSHI, LUOSHAN, PINGQIAO, PLACES, XIXIAN } from './contract-fixtures.js';

export function describeSearchEngine(name: string, makeEngine: () => Promise<SearchEngine>): void {
  describe(`SearchEngine contract: ${name}`, () => {
    let engine: SearchEngine;
    const schema: IndexSchema = { ...POSTINGS_INDEX, name: `contract_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}` };
    const index = schema.name;
    const ids = async (r: SearchRequest) => (await engine.search(index, { limit: 100, ...r })).hits.map((h) => h.id);
    const idSet = async (filter: Filter | undefined, query?: string) => new Set(await ids({ filter, query }));
    const set = (...x: string[]) => new Set(x);

    beforeAll(async () => {
      engine = await makeEngine();
      await engine.ensureIndex(schema);
      await engine.upsert(index, FIXTURE_DOCUMENTS);
    }, 120_000);

    afterAll(async () => {
      await engine?.dropIndex(index).catch(() => undefined);
      await engine?.close();
    });

    it('counts and lists what it holds', async () => {
      expect(await engine.count(index)).toBe(10);
      const docs = await engine.allDocuments(index);
      expect(new Set(docs.map((d) => d.id))).toEqual(new Set(Object.keys(FIXTURES)));
      expect(docs.find((d) => d.id === 'p1')).toMatchObject({ countyCode: LUOSHAN, version: 1 });
    });

    describe('filters', () => {
      it('equals, on a keyword and on a list (contains)', async () => {
        expect(await idSet(f.eq('countyCode', LUOSHAN))).toEqual(set('p1', 'p2', 'p8', 'p10'));
        expect(await idSet(f.eq('supports', 'SCREEN_READER'))).toEqual(set('p1', 'p2', 'p5'));
        expect(await idSet(f.eq('reserved', true))).toEqual(set('p1', 'p3', 'p4', 'p9'));
      });

      it('in, contains-all, contains-any', async () => {
        expect(await idSet(f.in('employmentForm', ['PART_TIME', 'HOME_BASED']))).toEqual(set('p2', 'p4', 'p8', 'p9'));
        expect(await idSet(f.all('supports', ['SCREEN_READER', 'BRAILLE']))).toEqual(set('p1'));
        expect(await idSet(f.any('supports', ['TEXT_COMMUNICATION', 'SIGN_LANGUAGE']))).toEqual(set('p4'));
        expect(await idSet(f.any('categories', ['VISUAL', 'ALL']))).toEqual(set('p1', 'p2', 'p3', 'p5', 'p7', 'p8', 'p9', 'p10'));
        expect(await idSet(f.in('countyCode', []))).toEqual(set());
        expect(await idSet(f.all('supports', []))).toEqual(new Set(Object.keys(FIXTURES)));
      });

      it('numeric and date ranges; a missing value never matches a range', async () => {
        expect(await idSet(f.range('salary', 3000, 4500))).toEqual(set('p1', 'p2', 'p4', 'p5', 'p9', 'p10'));
        expect(await idSet(f.not(f.range('salary', 3000)))).toEqual(set('p7'));
        expect(await idSet(f.range('publishedAt', '2025-04-01'))).toEqual(set('p2', 'p4', 'p5', 'p8', 'p9'));
        expect(await idSet(f.range('publishedAt', undefined, Date.parse('2025-01-31T00:00:00Z')))).toEqual(set('p6', 'p10'));
        expect(await idSet(f.exists('deadline'))).toEqual(new Set(Object.keys(FIXTURES).filter((k) => k !== 'p7')));
      });

      it('geo radius', async () => {
        const c = PLACES[LUOSHAN];
        expect(await idSet(f.near('location', c.latitude, c.longitude, 10_000))).toEqual(set('p1', 'p2', 'p8', 'p10'));
        const p = PLACES[PINGQIAO];
        // p7 has no coordinates of its own: it is placed at its county's centre
        expect(await idSet(f.near('location', p.latitude, p.longitude, 3_000))).toEqual(set('p4', 'p5', 'p7'));
      });

      it('and, or, not', async () => {
        expect(await idSet(f.and(f.eq('countyCode', LUOSHAN), f.not(f.eq('reserved', true))))).toEqual(set('p2', 'p8', 'p10'));
        expect(await idSet(f.or(f.eq('countyCode', GUSHI), f.all('supports', ['BRAILLE', 'ACCESSIBLE_DORMITORY'])))).toEqual(set('p3', 'p6'));
        expect(await idSet(f.not(f.any('demands', ['VOICE_CALLS', 'READING_PRINT', 'LIFTING', 'FINE_MOTOR']))))
          .toEqual(set('p3', 'p4', 'p8', 'p9', 'p10'));
      });

      it('refuses unknown fields and operators that do not fit the field', async () => {
        await expect(engine.search(index, { filter: f.eq('password', 'x') })).rejects.toThrow(SearchSchemaError);
        await expect(engine.search(index, { filter: f.range('countyCode', 1) })).rejects.toThrow(SearchSchemaError);
        await expect(engine.search(index, { sort: [{ field: 'title', direction: 'asc' }] })).rejects.toThrow(SearchSchemaError);
        await expect(engine.search(index, { facets: ['organizationId'] })).rejects.toThrow(SearchSchemaError);
      });
    });

    describe('hostile values change nothing', () => {
      it('quotes, AND, OR and backslashes in values are values', async () => {
        expect(await idSet(f.eq('countyCode', `${LUOSHAN}" OR countyCode = "${PINGQIAO}`))).toEqual(set());
        expect(await idSet(f.in('countyCode', ['x" OR reserved = true OR "', `') OR ('1'='1`]))).toEqual(set());
        expect(await idSet(f.eq('skills', 'a "quoted" AND b'))).toEqual(set('p10'));
        expect(await idSet(f.eq('skills', 'back\\slash'))).toEqual(set('p10'));
        expect(await idSet(f.eq('skills', 'a AND reserved = true'))).toEqual(set());
        expect(await idSet(f.and(f.eq('countyCode', 'NOT'), f.eq('reserved', true)))).toEqual(set());
      });

      it('any query text is text', async () => {
        for (const q of ['"罗山" AND (按摩', 'reserved = true', '\\', '"', '( ) [ ] { } : * ?', 'x'.repeat(500), '　', '']) {
          const r = await engine.search(index, { query: q, limit: 5 });
          expect(r.total).toBeGreaterThanOrEqual(0);
        }
      });
    });

    describe('facets, sort, pagination', () => {
      it('counts facet values over the matching documents', async () => {
        const r = await engine.search(index, {
          filter: f.eq('countyCode', LUOSHAN), facets: ['employmentForm', 'supports', 'reserved', 'countyCode', 'organizationType'], limit: 0,
        });
        expect(r.total).toBe(4);
        expect(r.hits).toEqual([]);
        expect(r.facets.employmentForm).toEqual({ FULL_TIME: 2, PART_TIME: 1, HOME_BASED: 1 });
        expect(r.facets.supports).toEqual({ SCREEN_READER: 2, BRAILLE: 1, REMOTE_WORK: 1, STEP_FREE_ACCESS: 1 });
        expect(r.facets.reserved).toEqual({ true: 1, false: 3 });
        expect(r.facets.countyCode).toEqual({ [LUOSHAN]: 4 });
        expect(r.facets.organizationType).toEqual({ SOCIAL_ORG: 1, PRIVATE: 2, GOVERNMENT_AGENCY: 1 });
        const text = await engine.search(index, { query: '按摩', facets: ['countyCode'] });
        expect(text.facets.countyCode[XIXIAN]).toBe(1);
      });

      it('sorts by number and date, missing values last, and by distance', async () => {
        expect(await ids({ sort: [{ field: 'salary', direction: 'desc' }] })).toEqual(['p3', 'p8', 'p6', 'p1', 'p4', 'p5', 'p2', 'p9', 'p10', 'p7']);
        expect(await ids({ sort: [{ field: 'publishedAt', direction: 'asc' }] })).toEqual(['p10', 'p6', 'p3', 'p1', 'p7', 'p2', 'p4', 'p5', 'p8', 'p9']);
        const x = PLACES[XIXIAN];
        const near = await ids({ sort: [{ field: 'location', geo: { lat: x.latitude, lng: x.longitude } }], limit: 3 });
        expect(near).toEqual(['p3', 'p9', 'p8']);
      });

      it('pages through a stable order with the total of all hits', async () => {
        const page = await engine.search(index, { sort: [{ field: 'salary', direction: 'desc' }], offset: 3, limit: 3 });
        expect(page.total).toBe(10);
        expect(page.hits.map((h) => h.id)).toEqual(['p1', 'p4', 'p5']);
        const past = await engine.search(index, { sort: [{ field: 'salary', direction: 'desc' }], offset: 20, limit: 3 });
        expect(past).toMatchObject({ total: 10, hits: [] });
      });
    });

    describe('Chinese text', () => {
      it('罗山按摩 finds 按摩 jobs in 罗山县, title matches first', async () => {
        const hits = await ids({ query: '罗山按摩' });
        expect(new Set(hits)).toEqual(set('p1', 'p2', 'p8'));
        expect(hits[0]).toBe('p1');
        expect(hits.indexOf('p8')).toBe(2);
      });

      it('a query typed without spaces is split into words (平桥区客服)', async () => {
        expect(await idSet(undefined, '平桥区客服')).toEqual(set('p4', 'p5'));
        expect(await idSet(undefined, '平桥 客服')).toEqual(set('p4', 'p5'));
      });

      it('ranks by relevance, scores in 0..1, best first', async () => {
        const r = await engine.search(index, { query: '按摩' });
        const order = r.hits.map((h) => h.id);
        expect(order.indexOf('p8')).toBeGreaterThan(order.indexOf('p1'));
        expect(order.indexOf('p8')).toBeGreaterThan(order.indexOf('p3'));
        for (let i = 1; i < r.hits.length; i++) expect(r.hits[i].score).toBeLessThanOrEqual(r.hits[i - 1].score);
        expect(r.hits[0].score).toBeLessThanOrEqual(1);
      });

      it('synonyms: 推拿 finds 按摩 jobs and the other way round', async () => {
        expect(await ids({ query: '推拿' })).toEqual(expect.arrayContaining(['p1', 'p2', 'p3']));
      });

      it('folds traditional characters and full-width letters', async () => {
        expect((await ids({ query: '會計' }))[0]).toBe('p6');
        expect(await ids({ query: 'ＥＸＣＥＬ' })).toEqual(['p6']);
      });

      it('text and filters together', async () => {
        expect(await idSet(f.eq('countyCode', XIXIAN), '按摩')).toEqual(set('p3'));
        expect(await idSet(f.eq('reserved', false), '罗山按摩')).toEqual(set('p2', 'p8'));
      });
    });

    describe('typo tolerance', () => {
      it('a wrong Chinese character still finds the job (按磨 → 按摩, 会记 → 会计)', async () => {
        expect(await ids({ query: '按磨' })).toEqual(expect.arrayContaining(['p1', 'p3']));
        expect(await ids({ query: '会记' })).toContain('p6');
      });

      it('pinyin, initials, joined pinyin and a homophone typo find the synonyms too (anmo, am, 按魔 → 推拿; luoshananmo)', async () => {
        for (const query of ['anmo', 'am', '按魔']) expect({ query, ids: await ids({ query }) }).toEqual({ query, ids: expect.arrayContaining(['p1', 'p2', 'p3']) });
        const joined = await ids({ query: 'luoshananmo' });
        expect(joined).toEqual(expect.arrayContaining(['p1', 'p2']));
        expect(joined).not.toContain('p3');
      });

      it('pinyin and Latin typos (anmo, Exel, Photshop)', async () => {
        expect(await ids({ query: 'anmo' })).toEqual(expect.arrayContaining(['p1', 'p3']));
        expect(await ids({ query: 'Exel' })).toContain('p6');
        expect(await ids({ query: 'Photshop' })).toContain('p8');
      });
    });

    describe('update and delete', () => {
      it('an upsert replaces the document: old words and values no longer match', async () => {
        await engine.upsert(index, [fixtureDocument({ ...FIXTURES.p2, title: '盲文校对员', skills: ['盲文'], countyCode: XIXIAN, organizationName: '息县盲人协会', version: 2 })]);
        expect(await engine.count(index)).toBe(10);
        expect(await ids({ query: '理疗' })).not.toContain('p2');
        expect(await idSet(f.eq('skills', '中医基础'))).toEqual(set());
        expect(await ids({ query: '盲文校对' })).toEqual(['p2']);
        expect(await idSet(f.eq('countyCode', LUOSHAN))).toEqual(set('p1', 'p8', 'p10'));
        expect((await engine.allDocuments(index)).find((d) => d.id === 'p2')).toMatchObject({ version: 2, countyCode: XIXIAN });
      });

      it('openings left: a filled posting is left out by default and found when full ones are asked for', async () => {
        await engine.upsert(index, [fixtureDocument({ ...FIXTURES.p1, openings: 3, hiredCount: 3, version: 3 })]);
        expect(await idSet(f.range('openingsLeft', 1))).not.toContain('p1');
        expect(await idSet(f.range('openingsLeft', 1))).toContain('p10');
        expect(await idSet(f.eq('countyCode', LUOSHAN))).toContain('p1');
        expect(await idSet(f.and(f.range('openingsLeft', 1), f.eq('countyCode', LUOSHAN)))).toEqual(set('p8', 'p10'));
        // one hire less: open again
        await engine.upsert(index, [fixtureDocument({ ...FIXTURES.p1, openings: 3, hiredCount: 2, version: 4 })]);
        expect(await idSet(f.range('openingsLeft', 1))).toContain('p1');
      });

      it('delete removes documents; unknown ids are ignored', async () => {
        await engine.delete(index, ['p3', 'no-such-id']);
        expect(await engine.count(index)).toBe(9);
        expect(await idSet(f.eq('countyCode', XIXIAN))).toEqual(set('p2', 'p9'));
        expect(await idSet(f.eq('reserved', true))).toEqual(set('p1', 'p4', 'p9'));
        expect((await engine.allDocuments(index)).map((d) => d.id)).not.toContain('p3');
        await engine.delete(index, ['p3']);
        expect(await engine.count(index)).toBe(9);
      });

      it('replaceAll swaps in a new set of documents', async () => {
        async function* batches() {
          yield [fixtureDocument(FIXTURES.p1)];
          yield [fixtureDocument(FIXTURES.p6)];
        }
        expect(await engine.replaceAll(index, batches())).toBe(2);
        expect(await engine.count(index)).toBe(2);
        expect(await idSet(undefined)).toEqual(set('p1', 'p6'));
        expect(await ids({ query: '按摩' })).toEqual(['p1']);
      });
    });
  });
}
