import { describe, expect, it } from '@jest/globals';
import { DisabilityCategory } from '../common/domain.js';
import { checkEligibility } from './eligibility.js';
import { EventKind } from './event-vocab.js';

const open = { graduationYears: [], targetCategories: [], targetCounties: [] };
const person = { graduateYear: 2025, category: DisabilityCategory.HEARING, countyCode: '411521' };

describe('event eligibility', () => {
  it('lets anyone attend a general fair', () => {
    expect(checkEligibility({ kind: EventKind.GENERAL, ...open, graduationYears: [2020] }, { ...person, graduateYear: null })).toEqual([]);
  });
  it('graduate fairs: graduates of the listed years only', () => {
    const rules = { kind: EventKind.GRADUATE, ...open, graduationYears: [2025, 2026] };
    expect(checkEligibility(rules, person)).toEqual([]);
    expect(checkEligibility(rules, { ...person, graduateYear: 2020 })).toEqual([{ key: 'event.notEligible.graduationYear', params: { years: '2025、2026' } }]);
    expect(checkEligibility(rules, { ...person, graduateYear: null })).toEqual([{ key: 'event.notEligible.notGraduate', params: {} }]);
    expect(checkEligibility({ ...rules, graduationYears: [] }, { ...person, graduateYear: 2001 })).toEqual([]);
  });
  it('targeted fairs: listed categories and counties, every reason given', () => {
    const rules = { kind: EventKind.TARGETED, ...open, targetCategories: [DisabilityCategory.VISUAL], targetCounties: ['411528'] };
    expect(checkEligibility(rules, person).map((r) => r.key)).toEqual(['event.notEligible.category', 'event.notEligible.county']);
    expect(checkEligibility(rules, { ...person, category: DisabilityCategory.VISUAL, countyCode: '411528' })).toEqual([]);
    expect(checkEligibility(rules, { ...person, category: null, countyCode: '411528' }).map((r) => r.key)).toEqual(['event.notEligible.category']);
  });
});
