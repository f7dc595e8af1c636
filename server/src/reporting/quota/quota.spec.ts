// Worked examples of the quota and levy rules (DOMAIN.md). Each example states the arithmetic it checks.
import { describe, expect, it } from '@jest/globals';
import { EmploymentForm, OrganizationType as T } from '../../common/domain.js';
import { policyFromDefaults, readPolicyFile, type PolicyValues } from '../../policy/policy.js';
import { addMonths, ageOn, computeQuota, countPerson, levelFromCreditCode, type OrganizationFacts, type PersonFacts, type PlacementFacts } from './quota.js';
import { ContractKind, QuotaNote, QuotaReason as R } from './quota-vocab.js';
import { AdministrativeLevel, DispatchedCountedBy } from '../../policy/policy-vocab.js';

// The Henan defaults, with round wage figures so the examples read easily: social average 70,000 a year
// (cap 2 × 70,000 = 140,000), minimum wage 1,800 a month.
const policy: PolicyValues = {
  ...policyFromDefaults(readPolicyFile()),
  'wage.localSocialAverage': { 2023: 68000, 2024: 70000 },
  'wage.localMinimumMonthly': { 2024: 1800 },
};
const with_ = (over: Partial<PolicyValues>): PolicyValues => ({ ...policy, ...over });

const AS_OF = '2025-03-01';
const job = (over: Partial<PlacementFacts> = {}): PlacementFacts => ({
  placementId: 'p1', startDate: '2023-05-01', endDate: null, employmentForm: EmploymentForm.FULL_TIME,
  contractKind: ContractKind.CONTRACT, contractMonths: 36, monthlyWage: 3000, socialInsuranceFull: true, partTime: null, ...over,
});
const person = (over: Partial<PersonFacts> = {}, placement: Partial<PlacementFacts> = {}): PersonFacts => ({
  seekerId: 's1', birthDate: '1990-04-10', level: 3, graduateYear: null, placements: [job(placement)], ...over,
});
const count = (p: PersonFacts, year = 2024, asOf = AS_OF, pol = policy) => countPerson(p, year, asOf, pol);
const org = (over: Partial<OrganizationFacts> = {}): OrganizationFacts => ({
  type: T.PRIVATE, isSchool: false, staffCount: 100, averageWage: 60000, establishedPosts: null, administrativeLevel: null, ...over,
});
const quota = (o: OrganizationFacts, people: PersonFacts[] = [], year = 2024, pol = policy) =>
  computeQuota(o, people.map((p) => countPerson(p, year, AS_OF, pol)), year, pol);

describe('who counts, and for how much', () => {
  it('a full-year contract employee of level 3 counts 1; level 1 or 2 counts 2', () => {
    expect(count(person())).toMatchObject({ weight: 1, months: 12, twelfths: 12, reasons: [] });
    expect(count(person({ level: 1 }))).toMatchObject({ weight: 2, months: 12, twelfths: 24 });
    expect(count(person({ level: 2 }))).toMatchObject({ weight: 2, twelfths: 24 });
    expect(count(person({ level: 4 })).weight).toBe(1);
  });

  it('a part-time person does not count (confirm setting); the employer may say a PART_TIME hire is now full time', () => {
    const partTime = person({}, { employmentForm: EmploymentForm.PART_TIME });
    expect(count(partTime)).toMatchObject({ months: 0, twelfths: 0, reasons: [R.PART_TIME] });
    expect(count(person({}, { employmentForm: EmploymentForm.PART_TIME, partTime: false })).twelfths).toBe(12);
    expect(count(person({}, { partTime: true })).reasons).toEqual([R.PART_TIME]);
    // if staff decide part-time work counts, it does
    expect(count(partTime, 2024, AS_OF, with_({ 'quota.partTimeCounts': true })).twelfths).toBe(12);
  });

  it('a graduate hired in July counts for the whole year once kept on for more than 6 months', () => {
    // graduated 2024, hired 2024-07-01: July..December is 6 months, but the graduate rule makes it 12
    const graduate = person({ graduateYear: 2024, birthDate: '2001-09-01' }, { startDate: '2024-07-01' });
    expect(count(graduate)).toMatchObject({ months: 12, graduateFullYear: true });
    // on 2024-11-01 they have been kept 4 months: only the months employed count (July..December, 6/12)
    expect(count(graduate, 2024, '2024-11-01')).toMatchObject({ months: 6, graduateFullYear: false });
    // left on 2025-01-01: kept exactly 6 months, not more
    expect(count(person({ graduateYear: 2024 }, { startDate: '2024-07-01', endDate: '2025-01-01' }))).toMatchObject({ months: 6, graduateFullYear: false });
    // left on 2025-01-02: more than 6 months
    expect(count(person({ graduateYear: 2024 }, { startDate: '2024-07-01', endDate: '2025-01-02' }))).toMatchObject({ months: 12 });
    // someone who is not a new graduate, hired in July, counts 6 months: 0.5 of a person
    expect(count(person({}, { startDate: '2024-07-01' }))).toMatchObject({ months: 6, twelfths: 6 });
    // a 2023 graduate hired in 2024 is not "new" (graduatedWithinYears 0); the rule is for the year of hiring only
    expect(count(person({ graduateYear: 2023 }, { startDate: '2024-07-01' })).months).toBe(6);
    expect(count(person({ graduateYear: 2024 }, { startDate: '2024-07-01' }), 2025, '2026-01-01').months).toBe(12);
  });

  it('a month counts when the person is employed on its last day', () => {
    expect(count(person({}, { startDate: '2024-07-31' })).months).toBe(6); // July counts
    expect(count(person({}, { startDate: '2024-03-15', endDate: '2024-09-29' })).months).toBe(6); // March..August
    expect(count(person({}, { startDate: '2024-12-02', endDate: '2024-12-20' }))).toMatchObject({ months: 0, reasons: [R.NO_MONTH_IN_YEAR] });
  });

  it('a dispatched worker counts for the receiving employer only, or for the agency if the agreement says so, never both', () => {
    const dispatched = person({}, { contractKind: ContractKind.DISPATCHED, contractMonths: 24 });
    expect(count(dispatched).twelfths).toBe(12);
    const agency = count(dispatched, 2024, AS_OF, with_({ 'quota.dispatchedCountedBy': DispatchedCountedBy.DISPATCHING }));
    expect(agency).toMatchObject({ twelfths: 0, reasons: [R.DISPATCHED_COUNTED_BY_AGENCY] });
  });

  it('a contract under 12 months, a wage under the minimum, social insurance not in full, or missing facts do not count', () => {
    expect(count(person({}, { contractMonths: 11 })).reasons).toEqual([R.CONTRACT_TOO_SHORT]);
    expect(count(person({}, { contractMonths: 12 })).twelfths).toBe(12);
    expect(count(person({}, { contractKind: ContractKind.FORMAL_POST, contractMonths: null })).twelfths).toBe(12); // 在编: no term
    expect(count(person({}, { monthlyWage: 1799.99 })).reasons).toEqual([R.WAGE_BELOW_MINIMUM]);
    expect(count(person({}, { monthlyWage: 1800 })).twelfths).toBe(12);
    expect(count(person({}, { socialInsuranceFull: false })).reasons).toEqual([R.SOCIAL_INSURANCE_NOT_FULL]);
    expect(count(person({}, { contractKind: null, monthlyWage: null, socialInsuranceFull: null })).reasons).toEqual([R.CONTRACT_FACTS_MISSING]);
    expect(count(person({ level: null })).reasons).toEqual([R.NO_CERTIFICATE]);
    // the 2025 minimum wage is not set: the latest earlier figure (2024) is used
    expect(count(person({}, { monthlyWage: 1700 }), 2025, '2025-12-31').reasons).toEqual([R.WAGE_BELOW_MINIMUM]);
    expect(count(person({}, { startDate: '2019-01-01' }), 2020, '2021-01-01').reasons).toEqual([R.MINIMUM_WAGE_NOT_SET]);
  });

  it('only months of working age count', () => {
    // turns 60 on 2024-06-15: 60 at the end of June, so January..May count
    expect(count(person({ birthDate: '1964-06-15' }))).toMatchObject({ months: 5, reasons: [R.PART_OF_YEAR_OUTSIDE_WORKING_AGE] });
    expect(count(person({ birthDate: '1960-01-01' }))).toMatchObject({ months: 0, reasons: [R.NOT_WORKING_AGE] });
    // turns 16 on 2024-10-20: already 16 on 31 October, so October..December
    expect(count(person({ birthDate: '2008-10-20' })).months).toBe(3);
  });

  it('two placements of one person at one organization count their months once', () => {
    const twice = person({ level: 2, placements: [
      job({ placementId: 'a', startDate: '2023-01-01', endDate: '2024-08-31' }),
      job({ placementId: 'b', startDate: '2024-06-01' }),
    ] });
    expect(count(twice)).toMatchObject({ months: 12, twelfths: 24, countedPlacementIds: ['a', 'b'] });
  });
});

describe('the required number, the ratio and the levy', () => {
  it('an obligation under one person counts as one, but the levy shortfall is not rounded', () => {
    // 40 staff × 1.6% = 0.64 → the organization must employ 1; nobody counted
    // shortfall = 0.64 (not 1); due = 0.64 × 60,000 = 38,400.00; ratio 0% < 1% → pay 90% = 34,560.00
    expect(quota(org({ staffCount: 40 }))).toMatchObject({
      requiredExact: 0.64, required: 1, counted: 0, ratioMet: false, shortfall: 0.64,
      levyWage: 60000, levyDue: 38400, reductionPayPercent: 90, smallEnterpriseExempt: false, levyPayable: 34560,
    });
    // 40 staff and one person for 9 months (0.75): the levy is nil (0.75 > 0.64), but the obligation of 1 is not met
    expect(quota(org({ staffCount: 40 }), [person({}, { startDate: '2024-04-01' })])).toMatchObject({
      counted: 0.75, ratioMet: false, shortfall: 0, levyDue: 0, levyPayable: 0, reductionPayPercent: null,
    });
    // without the rule the obligation is 0.64 and 0.75 meets it
    expect(quota(org({ staffCount: 40 }), [person({}, { startDate: '2024-04-01' })], 2024, with_({ 'quota.obligationAtLeastOne': false })).ratioMet).toBe(true);
  });

  it('exactly 1.0% achieved pays 50%; just under pays 90%', () => {
    // 200 staff: required 3.2; two full-year people → 2 / 200 = 1.0%
    // shortfall 1.2; due = 1.2 × 50,000 = 60,000.00; 1.0% ≥ 1% → 50% = 30,000.00
    const two = [person(), person({ seekerId: 's2' })];
    expect(quota(org({ staffCount: 200, averageWage: 50000 }), two)).toMatchObject({
      requiredExact: 3.2, counted: 2, achievedRatioPercent: 1, ratioMet: false, shortfall: 1.2,
      levyDue: 60000, reductionPayPercent: 50, levyPayable: 30000,
    });
    // one of them from February: 2 − 1/12 = 1.9167 → 0.9583% < 1%
    // shortfall 3.2 − 23/12 = 1.28333…; due = 64,166.666… → 64,166.67; 90% of the exact due = 57,750.00
    const short = [person(), person({ seekerId: 's2' }, { startDate: '2024-02-01' })];
    expect(quota(org({ staffCount: 200, averageWage: 50000 }), short)).toMatchObject({
      achievedRatioPercent: 0.9583, levyDue: 64166.67, reductionPayPercent: 90, levyPayable: 57750,
    });
  });

  it('an enterprise of exactly 30 staff pays nothing; of 31 it pays', () => {
    // 30 × 1.6% = 0.48; due = 0.48 × 50,000 = 24,000.00, exempt → 0
    expect(quota(org({ staffCount: 30, averageWage: 50000 }))).toMatchObject({
      required: 1, ratioMet: false, shortfall: 0.48, levyDue: 24000, smallEnterpriseExempt: true, levyPayable: 0,
    });
    // 31 × 1.6% = 0.496; due = 24,800.00; 90% = 22,320.00
    expect(quota(org({ staffCount: 31, averageWage: 50000 }))).toMatchObject({ levyDue: 24800, smallEnterpriseExempt: false, levyPayable: 22320 });
    expect(quota(org({ type: T.STATE_OWNED, staffCount: 12, averageWage: 50000 })).smallEnterpriseExempt).toBe(true);
    expect(quota(org({ type: T.PLATFORM, staffCount: 30, averageWage: 50000 })).smallEnterpriseExempt).toBe(true);
  });

  it('a non-enterprise of 30 staff is not exempt: agencies, institutions and social organisations pay', () => {
    // 0.48 × 50,000 = 24,000.00; 90% = 21,600.00
    for (const type of [T.GOVERNMENT_AGENCY, T.PUBLIC_INSTITUTION, T.SOCIAL_ORG, T.AUXILIARY_INSTITUTION]) {
      expect(quota(org({ type, staffCount: 30, averageWage: 50000 }))).toMatchObject({ smallEnterpriseExempt: false, levyDue: 24000, levyPayable: 21600 });
    }
  });

  it('a wage above twice the local social average wage is capped', () => {
    // 100 staff, nobody counted: shortfall 1.6; wage min(200,000, 2 × 70,000) = 140,000
    // due = 1.6 × 140,000 = 224,000.00; 90% = 201,600.00
    expect(quota(org({ averageWage: 200000 }))).toMatchObject({
      shortfall: 1.6, socialAverageWage: 70000, socialAverageWageYear: 2024, wageCap: 140000, levyWage: 140000, wageCapped: true,
      levyDue: 224000, levyPayable: 201600,
    });
    // exactly at the cap is not "above" it
    expect(quota(org({ averageWage: 140000 }))).toMatchObject({ levyWage: 140000, wageCapped: false });
    // 2025 has no published figure yet: the 2024 one is used and the position says so
    expect(quota(org({ averageWage: 200000 }), [], 2025)).toMatchObject({ socialAverageWageYear: 2024, notes: [QuotaNote.SOCIAL_WAGE_FROM_EARLIER_YEAR] });
  });

  it('level-1 employees count double towards the ratio', () => {
    // 100 staff: 1.6 required; one level-1 person = 2 → met, no levy
    expect(quota(org(), [person({ level: 1 })])).toMatchObject({ counted: 2, countedPeople: 1, ratioMet: true, shortfall: 0, levyDue: 0, levyPayable: 0 });
    // the same person at level 3 = 1: shortfall 0.6; due 36,000.00; ratio 1% → 50% = 18,000.00
    expect(quota(org(), [person({ level: 3 })])).toMatchObject({ counted: 1, ratioMet: false, shortfall: 0.6, levyDue: 36000, levyPayable: 18000 });
  });

  it('a graduate hired in July makes the year: 1 rather than 0.5', () => {
    // 60 staff: required 0.96 → 1. Graduate hired 2024-07-01 and still there in 2025 → counts 1 → met.
    const graduate = person({ graduateYear: 2024, birthDate: '2002-01-01' }, { startDate: '2024-07-01' });
    expect(quota(org({ staffCount: 60 }), [graduate])).toMatchObject({ counted: 1, ratioMet: true, levyPayable: 0 });
    // the same hire of a non-graduate counts 0.5: shortfall 0.46 × 60,000 = 27,600.00; 0.5/60 = 0.83% → 90% = 24,840.00
    const other = person({}, { startDate: '2024-07-01' });
    expect(quota(org({ staffCount: 60 }), [other])).toMatchObject({ counted: 0.5, shortfall: 0.46, levyDue: 27600, levyPayable: 24840 });
  });

  it('dispatched workers count for the receiving employer, never also for the agency', () => {
    const dispatched = person({}, { contractKind: ContractKind.DISPATCHED, contractMonths: 24 });
    expect(quota(org(), [dispatched]).counted).toBe(1);
    expect(quota(org(), [dispatched], 2024, with_({ 'quota.dispatchedCountedBy': DispatchedCountedBy.DISPATCHING })).counted).toBe(0);
  });

  it('keeps two decimals, rounding once from the exact amount', () => {
    // 37 staff: 0.592 × 61,234.57 = 36,250.865… → 36,250.87; 90% = 32,625.7789 → 32,625.78
    expect(quota(org({ staffCount: 37, averageWage: 61234.57 }))).toMatchObject({ levyDue: 36250.87, levyPayable: 32625.78 });
  });

  it('reductions and the exemption end with their validity (2027-12-31)', () => {
    const p2028 = with_({ 'wage.localSocialAverage': { 2028: 90000 } });
    // 2028: no reduction in force, the whole due is payable; a 30-staff enterprise is no longer exempt
    expect(quota(org({ staffCount: 100 }), [], 2028, p2028)).toMatchObject({ levyDue: 96000, reductionPayPercent: null, levyPayable: 96000 });
    expect(quota(org({ staffCount: 30 }), [], 2028, p2028)).toMatchObject({ smallEnterpriseExempt: false, levyPayable: 28800 });
    expect(quota(org({ staffCount: 30 }), [], 2027).smallEnterpriseExempt).toBe(true);
  });

  it('no average wage: the ratio is known, the levy is not estimated', () => {
    expect(quota(org({ averageWage: null }))).toMatchObject({ shortfall: 1.6, levyDue: null, levyPayable: null, notes: [QuotaNote.WAGE_NOT_ENTERED] });
  });

  it('no staff: nothing required', () => {
    expect(quota(org({ staffCount: 0 }))).toMatchObject({ required: 0, ratioMet: true, shortfall: 0, achievedRatioPercent: null });
  });
});

describe('the "at least one" rule', () => {
  const agency = (over: Partial<OrganizationFacts>) => org({ type: T.GOVERNMENT_AGENCY, administrativeLevel: AdministrativeLevel.CITY, establishedPosts: 50, ...over });
  it('applies to city and province agencies with 50 or more established posts', () => {
    expect(quota(agency({}))).toMatchObject({ atLeastOneApplies: true, atLeastOneMet: false });
    expect(quota(agency({}), [person()])).toMatchObject({ atLeastOneApplies: true, atLeastOneMet: true });
    expect(quota(agency({ establishedPosts: 49 })).atLeastOneApplies).toBe(false);
    expect(quota(agency({ administrativeLevel: AdministrativeLevel.COUNTY })).atLeastOneApplies).toBe(false);
    expect(quota(agency({ administrativeLevel: AdministrativeLevel.PROVINCE })).atLeastOneApplies).toBe(true);
  });

  it('applies to public institutions with 63 or more posts, schools excluded', () => {
    const inst = (over: Partial<OrganizationFacts>) => org({ type: T.PUBLIC_INSTITUTION, establishedPosts: 63, ...over });
    expect(quota(inst({}))).toMatchObject({ atLeastOneApplies: true, atLeastOneMet: false });
    expect(quota(inst({ establishedPosts: 62 })).atLeastOneApplies).toBe(false);
    expect(quota(inst({ isSchool: true })).atLeastOneApplies).toBe(false);
    // no established posts entered: the staff count stands in, and the position says so
    expect(quota(inst({ establishedPosts: null, staffCount: 70 }))).toMatchObject({ atLeastOneApplies: true, notes: [QuotaNote.POSTS_FROM_STAFF_COUNT] });
  });

  it('never applies to enterprises', () => {
    expect(quota(org({ establishedPosts: 500 })).atLeastOneApplies).toBe(false);
    expect(quota(org({ establishedPosts: 500 })).atLeastOneMet).toBeNull();
  });
});

describe('helpers', () => {
  it('reads the level of government from the credit code', () => {
    expect(levelFromCreditCode('11411500MB1234567X')).toBe(AdministrativeLevel.CITY);
    expect(levelFromCreditCode('11410000MB1234567X')).toBe(AdministrativeLevel.PROVINCE);
    expect(levelFromCreditCode('11411521MB1234567X')).toBe(AdministrativeLevel.COUNTY);
  });

  it('adds months and computes ages on calendar days', () => {
    expect(addMonths('2024-07-01', 6)).toBe('2025-01-01');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(ageOn('1964-06-15', '2024-06-14')).toBe(59);
    expect(ageOn('1964-06-15', '2024-06-15')).toBe(60);
  });
});
