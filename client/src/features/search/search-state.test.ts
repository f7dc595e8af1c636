import { describe, expect, it } from '@jest/globals';
import { EMPTY_SEARCH, MAX_QUERY_LENGTH, queryLength, queryTooLong, readSearch, searchVariables, toSearchFilter, usesMoreFilters, writeSearch } from './search-state';

describe('search state in the address', () => {
  it('reads what the older jobs page wrote (q, county, reserved, supports) and writes it back the same way', () => {
    const s = readSearch(new URLSearchParams('q=客服&county=411521&reserved=1&supports=SCREEN_READER,TEXT_COMMUNICATION'));
    expect(s).toMatchObject({ q: '客服', counties: ['411521'], reserved: true, supports: ['SCREEN_READER', 'TEXT_COMMUNICATION'], sort: 'RELEVANCE' });
    expect(writeSearch(s).toString()).toBe('q=%E5%AE%A2%E6%9C%8D&county=411521&supports=SCREEN_READER%2CTEXT_COMMUNICATION&reserved=1');
  });

  it('drops an unknown sort, a pay that is not a number and empty words', () => {
    const s = readSearch(new URLSearchParams('sort=CHEAPEST&pay=abc&q=%20%20'));
    expect(s.sort).toBe('RELEVANCE');
    expect(writeSearch(s).toString()).toBe('');
    expect(toSearchFilter(s).salaryAtLeast).toBeUndefined();
  });

  it('opens "more filters" when one of its choices is in use', () => {
    expect(usesMoreFilters(EMPTY_SEARCH)).toBe(false);
    expect(usesMoreFilters({ ...EMPTY_SEARCH, supports: ['SCREEN_READER'] })).toBe(true);
    expect(usesMoreFilters({ ...EMPTY_SEARCH, pay: '2500' })).toBe(true);
  });
});

describe('search variables', () => {
  const s = { ...EMPTY_SEARCH, q: '罗山按摩', counties: ['411521'], forms: ['FULL_TIME' as const], supports: ['SCREEN_READER' as const], reserved: true };

  it('count each "or" group without its own choices, so the other values of the group keep their real counts', () => {
    const v = searchVariables(s, 2, () => true);
    expect(v).toMatchObject({ query: '罗山按摩', page: { page: 2, pageSize: 10 }, withCounties: true, withForms: true, withTypes: false });
    expect(v.filter).toMatchObject({ countyCodes: ['411521'], employmentForms: ['FULL_TIME'], supportsAll: ['SCREEN_READER'], reservedOnly: true });
    expect(v.countiesFilter.countyCodes).toBeUndefined();
    expect(v.countiesFilter).toMatchObject({ employmentForms: ['FULL_TIME'], supportsAll: ['SCREEN_READER'], reservedOnly: true });
    expect(v.formsFilter.employmentForms).toBeUndefined();
    expect(v.formsFilter.countyCodes).toEqual(['411521']);
  });

  it('sends a sort that needs a profile only when it is allowed', () => {
    expect(searchVariables({ ...s, sort: 'BEST_MATCH' }, 1, () => false).sort).toBe('RELEVANCE');
    expect(searchVariables({ ...s, sort: 'BEST_MATCH' }, 1, () => true).sort).toBe('BEST_MATCH');
  });
});

describe('the limit on search words', () => {
  it('is the server\'s 50 characters, counted as characters after trimming', () => {
    expect(MAX_QUERY_LENGTH).toBe(50);
    expect(queryLength('  罗山按摩  ')).toBe(4);
    expect(queryTooLong('按'.repeat(50))).toBe(false);
    expect(queryTooLong(`  ${'按'.repeat(50)}  `)).toBe(false);
    expect(queryTooLong('按'.repeat(51))).toBe(true);
    // a character outside the basic plane is one character, as the server counts it
    expect(queryTooLong('𠮷'.repeat(50))).toBe(false);
  });
});
