import { describe, expect, it } from '@jest/globals';
import { bigrams, indexTokens, normalizeText, runsOf } from './normalize.js';
import { initialKeys, pinyinKeys } from './pinyin.js';
import { parseQuery, WordDictionary } from './query.js';
import { BASE_WORDS, synonymMap } from './vocabulary.js';

describe('text folding and tokens', () => {
  it('folds full-width, case and traditional characters', () => {
    expect(normalizeText('ＥＸＣＥＬ會計軟體')).toBe('excel会计软体');
    expect(normalizeText('電話客服')).toBe('电话客服');
  });

  it('splits Chinese runs from Latin and digit runs, also when they touch', () => {
    expect(runsOf(normalizeText('zq12ab仓库理货员（Excel）12345热线'))).toEqual([
      { kind: 'latin', text: 'zq12ab' }, { kind: 'han', text: '仓库理货员' }, { kind: 'latin', text: 'excel' },
      { kind: 'latin', text: '12345' }, { kind: 'han', text: '热线' },
    ]);
  });

  it('indexes Chinese as character bigrams and Latin as words', () => {
    expect(bigrams('按摩师')).toEqual(['按摩', '摩师']);
    expect(bigrams('县')).toEqual(['县']);
    expect(indexTokens('盲人按摩 Photoshop')).toEqual(['盲人', '人按', '按摩', 'photoshop']);
  });

  it('keys titles by pinyin and initials', () => {
    expect(pinyinKeys('按摩师')).toEqual(['anmo', 'moshi']);
    expect(pinyinKeys('会计')).toEqual(['kuaiji']);
    expect(initialKeys('按摩师')).toEqual(['am', 'ms']);
  });
});

describe('query splitting', () => {
  const dict = new WordDictionary([...BASE_WORDS, '罗山县', '罗山', '平桥区', '平桥']);

  it('splits a query typed without spaces into dictionary words', () => {
    expect(dict.split('罗山按摩')).toEqual(['罗山', '按摩']);
    expect(dict.split('平桥区客服')).toEqual(['平桥区', '客服']);
  });

  it('keeps a lone unknown character with the word before it, and unknown runs together', () => {
    expect(dict.split('盲人按摩师')).toEqual(['盲人', '按摩师']);
    expect(dict.split('师按摩')).toEqual(['师按摩']);
    expect(dict.split('明光按摩')).toEqual(['明光', '按摩']);
  });

  it('learns words from titles', () => {
    const d = new WordDictionary();
    d.learn('中医推拿理疗师');
    expect(d.has('推拿')).toBe(true);
    expect(d.split('推拿理疗')).toEqual(['推拿', '理疗']);
  });

  it('parses words with their synonyms, without repeats, at most eight', () => {
    const words = parseQuery('罗山 按摩 按摩 Excel', dict, synonymMap());
    expect(words).toEqual([
      { kind: 'han', text: '罗山', synonyms: [], readings: [] },
      { kind: 'han', text: '按摩', synonyms: ['推拿'], readings: [] },
      { kind: 'latin', text: 'excel', synonyms: [], readings: [] },
    ]);
    expect(parseQuery('a b c d e f g h i j', dict)).toHaveLength(8);
    expect(parseQuery('  ！？ ', dict)).toEqual([]);
  });

  it('reads pinyin, initials, joined pinyin and a typo that sounds the same as known words, with their synonyms', () => {
    const d = new WordDictionary([...BASE_WORDS, '罗山县', '平桥区', '新县']);
    const readings = (q: string) => parseQuery(q, d, synonymMap()).map((w) => w.readings);
    expect(readings('anmo')).toEqual([[['按摩'], ['推拿']]]);
    expect(readings('tuina')).toEqual([[['推拿'], ['按摩']]]);
    expect(readings('am')[0]).toContainEqual(['按摩']);
    expect(readings('luoshananmo')).toEqual([[['罗山', '按摩'], ['罗山', '推拿']]]);
    expect(readings('luoshan anmo')).toEqual([[['罗山']], [['按摩'], ['推拿']]]);
    expect(readings('pingqiaokefu')).toEqual([[['平桥', '客服'], ['平桥', '客户服务']]]);
    expect(readings('按魔')).toEqual([[['按摩'], ['推拿']]]);
    // a word known as typed, or a Latin word that spells nothing known, has no reading
    expect(readings('按摩')).toEqual([[]]);
    expect(readings('excel')).toEqual([[]]);
    expect(readings('xinxian')).toEqual([[['新县']]]);
  });
});
