// Worked examples of the quota-review pack: its people and lines come from countPerson and computeQuota (quota.ts);
// the pack adds months employed and the insurance months stated, and words every line's rule.
import { describe, expect, it } from '@jest/globals';
import { EmploymentForm, OrganizationType } from '../../common/domain.js';
import { policyFromDefaults, readPolicyFile, type PolicyValues } from '../../policy/policy.js';
import { computeQuota, countPerson, type PersonFacts, type PlacementFacts } from '../../reporting/quota/quota.js';
import { ContractKind, QuotaReason } from '../../reporting/quota/quota-vocab.js';
import type { QuotaPerson } from '../../reporting/quota/quota.models.js';
import { QuotaReviewLineKey as K } from './quota-review-vocab.js';
import { insuranceMonthsOf, lineValue, missingInsurance, monthsEmployed, packContent, type PositionForPack } from './quota-review.js';

const policy: PolicyValues = {
  ...policyFromDefaults(readPolicyFile()),
  'wage.localSocialAverage': { 2024: 70000 },
  'wage.localMinimumMonthly': { 2024: 1800 },
};
const ORG = { id: 'o1', name: '信阳测试公司', creditCode: '91411500MA00000000', countyCode: '411502' };
const AS_OF = '2025-03-01';

const job = (id: string, over: Partial<PlacementFacts> = {}): PlacementFacts => ({
  placementId: id, startDate: '2023-05-01', endDate: null, employmentForm: EmploymentForm.FULL_TIME,
  contractKind: ContractKind.CONTRACT, contractMonths: 36, monthlyWage: 3000, socialInsuranceFull: true, partTime: null, ...over,
});
const person = (seekerId: string, level: number, placements: PlacementFacts[]): PersonFacts =>
  ({ seekerId, birthDate: '1990-04-10', level, graduateYear: null, placements });

/** A quota position as QuotaService.position builds it, from the same two functions. */
function position(people: PersonFacts[], staffCount = 100, averageWage: number | null = 60000): PositionForPack {
  const counts = people.map((p) => countPerson(p, 2024, AS_OF, policy));
  const r = computeQuota({ type: OrganizationType.PRIVATE, isSchool: false, staffCount, averageWage, establishedPosts: null, administrativeLevel: null },
    counts, 2024, policy);
  const quotaPeople: QuotaPerson[] = people.map((p, i) => ({
    seekerId: p.seekerId, name: `员工${i}`, certificateNumber: '4115**********1234', level: p.level, severe: counts[i].weight > 1,
    weight: counts[i].weight, months: counts[i].months, units: counts[i].twelfths / 12, counts: counts[i].twelfths > 0,
    graduateFullYear: counts[i].graduateFullYear, reasons: counts[i].reasons,
    placements: p.placements.map((c) => ({ ...c, organizationId: ORG.id, seekerId: p.seekerId, partTime: false, recordedAt: null })),
  }));
  return { ...r, year: 2024, provisional: false, yearDataEntered: true, staffCount, averageWage, people: quotaPeople };
}

/** The pack as the service builds it: the position counts the insurance months stated, and the pack shows them. */
function packWith(people: PersonFacts[], staffCount = 100, averageWage: number | null = 60000) {
  const stated = new Map(people.flatMap((p) => p.placements.flatMap((c) => (c.insuranceMonths == null ? [] : [[c.placementId, c.insuranceMonths] as const]))));
  return packContent(ORG, position(people, staffCount, averageWage), stated, policy);
}

// Social insurance paid in full (DOMAIN.md): a placement whose stated insurance months fall short of its months
// employed in the year does not count. 100 staff × 1.6% = 1.6 required; average wage 60,000 (below the cap of 140,000).
describe('insurance months in the count', () => {
  it('full: 12 months employed, 12 insured, level 3: counts 1; 0.6 short, levy 36,000, ratio 1%: 50% payable = 18,000', () => {
    const pack = packWith([person('s1', 3, [job('p1', { insuranceMonths: 12 })])]);
    expect(pack.people[0]).toMatchObject({ counts: true, units: 1, insuranceMonths: 12, insuranceShort: false, reasons: [] });
    expect([K.COUNTED, K.SHORTFALL, K.LEVY_DUE, K.REDUCTION, K.LEVY_PAYABLE].map((k) => lineValue(pack, k))).toEqual([1, 0.6, 36000, 50, 18000]);
  });

  it('short by one month: 12 employed, 11 insured: counts 0 with the reason; 1.6 short, levy 96,000, ratio 0%: 90% = 86,400', () => {
    const pack = packWith([person('s1', 3, [job('p1', { insuranceMonths: 11 })])]);
    expect(pack.people[0]).toMatchObject({ counts: false, units: 0, monthsCounted: 0, insuranceShort: true, reasons: [QuotaReason.INSURANCE_MONTHS_SHORT] });
    expect([K.COUNTED, K.SHORTFALL, K.LEVY_DUE, K.REDUCTION, K.LEVY_PAYABLE].map((k) => lineValue(pack, k))).toEqual([0, 1.6, 96000, 90, 86400]);
  });

  it('not entered: the count stands as far as the other facts go, the months show as missing and block submission', () => {
    const pack = packWith([person('s1', 3, [job('p1')])]);
    expect(pack.people[0]).toMatchObject({ counts: true, units: 1, insuranceMonths: null, insuranceShort: false });
    expect(missingInsurance(pack).map((p) => p.seekerId)).toEqual(['s1']);
    expect(lineValue(pack, K.COUNTED)).toBe(1);
  });

  it('level 1-2 counts 2 when insured in full (ratio met, nothing to pay), and 0 when one month short', () => {
    const full = packWith([person('s1', 2, [job('p1', { insuranceMonths: 12 })])]);
    expect(full.people[0]).toMatchObject({ weight: 2, units: 2, counts: true });
    expect([K.COUNTED, K.SHORTFALL, K.LEVY_DUE, K.LEVY_PAYABLE].map((k) => lineValue(full, k))).toEqual([2, 0, 0, 0]);
    expect(full.ratioMet).toBe(true);
    const short = packWith([person('s1', 1, [job('p1', { insuranceMonths: 11 })])]);
    expect(short.people[0]).toMatchObject({ weight: 2, units: 0, counts: false });
    expect(lineValue(short, K.COUNTED)).toBe(0);
  });

  it('compared with the months employed, not the months counted: a graduate hired in July insured for 6 months counts the whole year', () => {
    const graduate = { ...person('s1', 3, [job('p1', { startDate: '2024-07-01', insuranceMonths: 6 })]), graduateYear: 2024, birthDate: '2001-09-01' };
    const pack = packWith([graduate]);
    expect(pack.people[0]).toMatchObject({ monthsEmployed: 6, monthsCounted: 12, insuranceMonths: 6, insuranceShort: false, units: 1 });
  });

  it('two placements in the year: the short one does not count, the other still does', () => {
    const twice = person('s1', 3, [job('p1', { startDate: '2023-03-01', endDate: '2024-04-30', insuranceMonths: 3 }), job('p2', { startDate: '2024-09-01', insuranceMonths: 4 })]);
    const pack = packWith([twice]);
    expect(pack.people[0]).toMatchObject({ monthsEmployed: 8, monthsCounted: 4, insuranceShort: true, counts: true });
    expect(lineValue(pack, K.COUNTED)).toBeCloseTo(4 / 12, 10);
  });
});

describe('the people of the pack', () => {
  it('a severe level (1 or 2) counts 2; level 3 counts 1', () => {
    const pack = packContent(ORG, position([person('s1', 1, [job('p1')]), person('s2', 3, [job('p2')])]), new Map([['p1', 12], ['p2', 12]]), policy);
    expect(pack.people.map((p) => [p.weight, p.units, p.monthsEmployed, p.monthsCounted])).toEqual([[2, 2, 12, 12], [1, 1, 12, 12]]);
    // counted 2 + 1 = 3 of 100 × 1.6% = 1.6 required: the ratio is met, no shortfall
    expect(lineValue(pack, K.COUNTED)).toBe(3);
    expect(lineValue(pack, K.REQUIRED)).toBe(1.6);
    expect(lineValue(pack, K.SHORTFALL)).toBe(0);
  });

  it('employed from 1 July to the end of the year: 6 months, counts 6/12', () => {
    const pack = packContent(ORG, position([person('s1', 3, [job('p1', { startDate: '2024-07-01' })])]), new Map([['p1', 6]]), policy);
    expect(pack.people[0]).toMatchObject({ monthsEmployed: 6, monthsCounted: 6, units: 0.5, insuranceMonths: 6, insuranceShort: false });
    // 1.6 − 0.5 = 1.1 short; levy 1.1 × 60,000 = 66,000; ratio 0.5% < 1%: 90% payable = 59,400
    expect(lineValue(pack, K.SHORTFALL)).toBe(1.1);
    expect(lineValue(pack, K.LEVY_DUE)).toBe(66000);
    expect(lineValue(pack, K.REDUCTION)).toBe(90);
    expect(lineValue(pack, K.LEVY_PAYABLE)).toBe(59400);
  });

  it('edge dates: starting on 31 January counts January; leaving on 30 June does not count June', () => {
    expect(monthsEmployed([{ startDate: '2024-01-31', endDate: null }], 2024)).toBe(12);
    expect(monthsEmployed([{ startDate: '2024-02-01', endDate: '2024-06-29' }], 2024)).toBe(4); // Feb-May
    expect(monthsEmployed([{ startDate: '2024-02-01', endDate: '2024-06-30' }], 2024)).toBe(5); // Feb-Jun
    expect(monthsEmployed([{ startDate: '2024-12-31', endDate: null }], 2024)).toBe(1);
    expect(monthsEmployed([{ startDate: '2023-12-15', endDate: '2024-01-30' }], 2024)).toBe(0);
  });

  it('insurance months: stated per placement, summed; none stated blocks submission', () => {
    const short = packWith([person('s1', 3, [job('p1', { insuranceMonths: 9 })])]);
    expect(short.people[0]).toMatchObject({ monthsEmployed: 12, insuranceMonths: 9, insuranceShort: true, counts: false });
    const missing = packWith([person('s1', 3, [job('p1')])]);
    expect(missing.people[0].insuranceMonths).toBeNull();
    expect(missingInsurance(missing).map((p) => p.seekerId)).toEqual(['s1']);
    expect(missingInsurance(short)).toEqual([]); // a person who does not count needs no months to submit
    expect(insuranceMonthsOf([{ insuranceMonths: 8 }, { insuranceMonths: 7 }])).toBe(12);
    expect(insuranceMonthsOf([{ insuranceMonths: 3 }, { insuranceMonths: null }])).toBeNull();
  });

  it('a person with two placements in the year: months are counted once, insurance summed over both', () => {
    // January-April at one job, then from 1 September again: 4 + 4 = 8 months employed and counted
    const twice = person('s1', 2, [job('p1', { startDate: '2023-03-01', endDate: '2024-04-30' }), job('p2', { startDate: '2024-09-01' })]);
    const pack = packContent(ORG, position([twice]), new Map([['p1', 4], ['p2', 4]]), policy);
    expect(pack.people).toHaveLength(1);
    expect(pack.people[0]).toMatchObject({ monthsEmployed: 8, monthsCounted: 8, insuranceMonths: 8, weight: 2, insuranceShort: false });
    expect(pack.people[0].placements.map((p) => [p.monthsEmployed, p.insuranceMonths])).toEqual([[4, 4], [4, 4]]);
    // level 2 counts 2 × 8/12 = 1.3333…
    expect(lineValue(pack, K.COUNTED)).toBeCloseTo(16 / 12, 10);
    // overlapping placements: a month counts once
    expect(monthsEmployed([{ startDate: '2024-01-01', endDate: '2024-06-30' }, { startDate: '2024-05-01', endDate: null }], 2024)).toBe(12);
  });
});

describe('the lines of the arithmetic', () => {
  it('each line carries its rule and the figures it uses, in order', () => {
    const pack = packContent(ORG, position([], 300, 200000), new Map(), policy);
    expect(pack.lines.map((l) => l.key)).toEqual([K.STAFF_COUNT, K.RATIO, K.REQUIRED, K.COUNTED, K.ACHIEVED_RATIO, K.SHORTFALL,
      K.AVERAGE_WAGE, K.LEVY_WAGE, K.LEVY_DUE, K.REDUCTION, K.LEVY_PAYABLE]);
    // 300 × 1.6% = 4.8 short; wage capped at 2 × 70,000; 4.8 × 140,000 = 672,000; ratio 0% < 1%: 90% = 604,800
    expect(pack.lines.find((l) => l.key === K.REQUIRED)).toMatchObject({ value: 4.8, params: { staff: 300, ratio: 1.6, exact: 4.8 } });
    expect(pack.lines.find((l) => l.key === K.LEVY_WAGE)).toMatchObject({ value: 140000, ruleKey: 'quotaReview.rule.levyWage', params: { cap: 140000, multiple: 2 } });
    expect(lineValue(pack, K.LEVY_DUE)).toBe(672000);
    expect(pack.lines.find((l) => l.key === K.LEVY_PAYABLE)).toMatchObject({ value: 604800, ruleKey: 'quotaReview.rule.payable', params: { due: 672000, pay: 90 } });
  });

  it('under one person required counts as one; a small enterprise is exempt; no wage gives no levy', () => {
    const small = packContent(ORG, position([], 20, 50000), new Map(), policy);
    expect(small.lines.find((l) => l.key === K.REQUIRED)).toMatchObject({ value: 1, ruleKey: 'quotaReview.rule.requiredAtLeastOne' });
    expect(small.lines.find((l) => l.key === K.LEVY_PAYABLE)).toMatchObject({ value: 0, ruleKey: 'quotaReview.rule.exempt' });
    const noWage = packContent(ORG, position([], 100, null), new Map(), policy);
    expect(noWage.lines.find((l) => l.key === K.LEVY_DUE)).toMatchObject({ value: null, ruleKey: 'quotaReview.rule.levyDueMissing' });
  });
});
