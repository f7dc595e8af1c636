import { describe, expect, it } from '@jest/globals';
import type { RegionsService } from '../../regions/regions.service.js';
import { defaultName, searchPath } from './saved-search-words.js';

const regions = {
  county: (code: string) => (code === '411521' ? { code, nameZh: '罗山县', nameEn: 'Luoshan County', latitude: 32.2, longitude: 114.5 } : undefined),
} as unknown as RegionsService;

describe('saved search words', () => {
  it('names a search by its words and counties, counting the other filters, in the reader\'s language', () => {
    expect(defaultName('按摩', { countyCodes: ['411521'] }, regions, 'zh-CN')).toBe('按摩 · 罗山县');
    expect(defaultName('', { countyCodes: ['411521'], reservedOnly: true, supportsAll: [] }, regions, 'en')).toBe('Luoshan County (+1 filters)');
    expect(defaultName('', {}, regions, 'zh-CN')).toBe('所有职位');
    expect(Array.from(defaultName('按'.repeat(50), { countyCodes: ['411521'], salaryAtLeast: 3000 }, regions, 'zh-CN'))).toHaveLength(60);
  });

  it('writes the search page\'s address the way the client reads it', () => {
    expect(searchPath({ query: '', filter: {} })).toBe('/jobs');
    expect(searchPath({ query: ' 按摩 ', filter: { countyCodes: ['411521', '411503'], reservedOnly: true, salaryAtLeast: 2500, demandsNone: [] } }))
      .toBe(`/jobs?q=${encodeURIComponent('按摩')}&county=411521%2C411503&reserved=1&pay=2500`);
  });
});
