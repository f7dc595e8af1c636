// The Meilisearch adapter: its translation always (no server needed), its contract whenever MEILI_URL is set.
import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../config/config.js';
import { POSTINGS_INDEX } from '../../indexes.js';
import { f, SearchSchemaError, type Filter } from '../../search-engine.js';
import { COUNTY_WORDS, FIXTURES, fixtureDocument } from '../../testing/contract-fixtures.js';
import { describeSearchEngine } from '../../testing/describe-search-engine.js';
import { MeilisearchEngine } from './meilisearch-engine.js';
import { fromMeiliDocument, indexSettings, quote, toMeiliDocument, translateFilter, translateSort } from './translation.js';

const t = (filter: Filter) => translateFilter(POSTINGS_INDEX, filter);

describe('Meilisearch filter translation', () => {
  it('quotes and escapes every string value', () => {
    expect(quote('罗山县')).toBe('"罗山县"');
    expect(quote('a "b" c')).toBe('"a \\"b\\" c"');
    expect(quote('back\\slash"')).toBe('"back\\\\slash\\""');
    expect(quote('\\" OR reserved = true OR "')).toBe('"\\\\\\" OR reserved = true OR \\""');
  });

  it('a value holding quotes, AND or OR stays one value', () => {
    expect(t(f.eq('countyCode', '411521" OR countyCode = "411503'))).toBe('countyCode = "411521\\" OR countyCode = \\"411503"');
    expect(t(f.eq('skills', 'x AND reserved = true'))).toBe('skills = "x AND reserved = true"');
    expect(t(f.in('countyCode', ['a"]', ') OR (1 = 1']))).toBe('countyCode IN ["a\\"]", ") OR (1 = 1"]');
    // an unescaped quote can only appear as the delimiter of a literal: strip escaped pairs and count
    const expr = t(f.and(f.eq("skills", "a\"b"), f.any("supports", ["\"", "\\"]))!) as string;
    expect(expr.replace(/\\\\/g, '').replace(/\\"/g, '').split('"').length - 1).toBe(6);
  });

  it('translates every operator', () => {
    expect(t(f.eq('reserved', true))).toBe('reserved = "true"');
    expect(t(f.eq('salary', 3000))).toBe('salary = 3000');
    expect(t(f.in('employmentForm', ['FULL_TIME', 'PART_TIME']))).toBe('employmentForm IN ["FULL_TIME", "PART_TIME"]');
    expect(t(f.all('supports', ['SCREEN_READER', 'BRAILLE']))).toBe('(supports = "SCREEN_READER" AND supports = "BRAILLE")');
    expect(t(f.any('supports', ['SIGN_LANGUAGE']))).toBe('supports IN ["SIGN_LANGUAGE"]');
    expect(t(f.range('salary', 3000, 4500))).toBe('(salary >= 3000 AND salary <= 4500)');
    expect(t(f.range('publishedAt', '2025-04-01'))).toBe(`(publishedAt >= ${Date.parse('2025-04-01')})`);
    expect(t(f.near('location', 32.2, 114.5, 10000))).toBe('_geoRadius(32.2, 114.5, 10000)');
    expect(t(f.exists('deadline'))).toBe('deadline EXISTS');
    expect(t(f.exists('supports'))).toBe('(supports EXISTS AND NOT supports IS EMPTY)');
    expect(t(f.exists('location'))).toBe('_geoBoundingBox([90, 180], [-90, -180])');
    expect(t(f.or(f.eq('countyCode', '1'), f.not(f.eq('reserved', false))))).toBe('(countyCode = "1") OR (NOT (reserved = "false"))');
  });

  it('folds empty lists: contains-all of nothing is no filter, in nothing matches nothing', () => {
    expect(translateFilter(POSTINGS_INDEX, undefined)).toBeNull();
    expect(t(f.all('supports', []))).toBeNull();
    expect(t(f.in('countyCode', []))).toBe(false);
    expect(t(f.and(f.eq('reserved', true), f.any('supports', []))!)).toBe(false);
    expect(t(f.or(f.eq('reserved', true), f.any('supports', [])))).toBe('reserved = "true"');
  });

  it('refuses unknown fields, misplaced operators and numbers that are not numbers', () => {
    expect(() => t(f.eq('countyCode = 1 OR id', 'x'))).toThrow(SearchSchemaError);
    expect(() => t(f.range('countyCode', 1))).toThrow(SearchSchemaError);
    expect(() => t(f.range('salary', Number.NaN))).toThrow(SearchSchemaError);
    expect(() => t(f.range('publishedAt', 'not a date'))).toThrow(SearchSchemaError);
    expect(() => t({ op: 'drop', field: 'x' } as unknown as Filter)).toThrow(SearchSchemaError);
  });

  it('sorts by field or distance', () => {
    expect(translateSort(POSTINGS_INDEX, [{ field: 'salary', direction: 'desc' }, { field: 'location', geo: { lat: 32.1, lng: 114 } }]))
      .toEqual(['salary:desc', '_geoPoint(32.1, 114):asc']);
    expect(() => translateSort(POSTINGS_INDEX, [{ field: 'title', direction: 'asc' }])).toThrow(SearchSchemaError);
  });

  it('stores documents with _geo, folded text and pinyin keys, and reads them back', () => {
    const doc = fixtureDocument({ ...FIXTURES.p7, title: '快遞分揀員' });
    const stored = toMeiliDocument(POSTINGS_INDEX, doc);
    expect(stored).toMatchObject({ id: 'p7', countyCode: '411503', _geo: { lat: 32.1011, lng: 114.1259 }, _text_title: '快递分拣员 分拣 扫码枪' });
    expect(stored).not.toHaveProperty('salary'); // null values are left out, so EXISTS means "has a value"
    expect(String(stored._py)).toContain('fenjian');
    expect(fromMeiliDocument(POSTINGS_INDEX, stored)).toMatchObject({ id: 'p7', countyCode: '411503', salary: null, location: { lat: 32.1011, lng: 114.1259 } });
  });

  it('configures search, filters, sorts, ranking with sort first, typos and synonyms', () => {
    const s = indexSettings(POSTINGS_INDEX, { 按摩: ['推拿'] });
    expect(s.searchableAttributes).toEqual(['_text_title', '_text_text', '_py', '_ini']);
    expect(s.filterableAttributes).toEqual(expect.arrayContaining(['countyCode', 'supports', 'reserved', 'salary', 'publishedAt', '_geo']));
    expect(s.sortableAttributes).toEqual(['salary', 'publishedAt', 'deadline', '_geo']);
    expect(s.rankingRules[0]).toBe('sort');
    expect(s.typoTolerance.minWordSizeForTypos.oneTypo).toBe(4);
    expect(s.synonyms).toEqual({ 按摩: ['推拿'] });
  });
});

const meili = loadConfig(process.env).meili;
if (meili) {
  describeSearchEngine(`meilisearch at ${meili.url}`, async () =>
    new MeilisearchEngine({ url: meili.url, apiKey: meili.key, words: COUNTY_WORDS, prefix: 'zyt_contract_' }));
} else {
  const notice = 'Meilisearch contract suite NOT RUN: MEILI_URL is not set. Only the filter translation was tested; '
    + 'set MEILI_URL (and MEILI_MASTER_KEY) to a Meilisearch server to run the contract against it.';
  process.stderr.write(`\n*** ${notice} ***\n\n`);
  describe('SearchEngine contract: meilisearch', () => {
    it.skip(`NOT RUN (MEILI_URL is not set): ${notice}`, () => undefined);
  });
}
