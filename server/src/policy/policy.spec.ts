import { describe, expect, it } from '@jest/globals';
import { checkPolicyValue, figureFor, POLICY_KEYS, policyFromDefaults, readPolicyFile } from './policy.js';

const defaults = readPolicyFile();
const current = policyFromDefaults(defaults);
const problems = (key: Parameters<typeof checkPolicyValue>[0], value: unknown) =>
  checkPolicyValue(key, value, current).map((p) => `${p.path} ${p.key}`);

describe('the Henan defaults file', () => {
  it('reads as words: no source names a stored value (RECEIVING) or falls into English inside the Chinese', () => {
    for (const d of defaults) {
      expect(d.source).not.toMatch(/\b[A-Z]{2,}(_[A-Z]+)*\b/);
      expect(d.source).not.toMatch(/to be confirmed/i);
    }
  });

  it('has every key once, a source for each, and valid values', () => {
    expect(defaults.map((d) => d.key).sort()).toEqual([...POLICY_KEYS].sort());
    expect(current['quota.ratioPercent']).toBe(1.6);
    expect(current['quota.nationalFloorPercent']).toBe(1.5);
    expect(current['levy.smallEnterpriseExemption']).toMatchObject({ maxStaff: 30, validUntil: '2027-12-31' });
  });

  it('marks the figures staff must confirm', () => {
    const confirm = defaults.filter((d) => d.confirm).map((d) => d.key);
    expect(confirm).toEqual(expect.arrayContaining([
      'quota.partTimeCounts', 'wage.localSocialAverage', 'wage.localMinimumMonthly', 'certificate.reissueSuffixAccepted',
    ]));
    expect(confirm).not.toContain('quota.ratioPercent');
  });

  it('refuses a file with a missing key or a bad value, naming it', () => {
    expect(() => policyFromDefaults(defaults.filter((d) => d.key !== 'levy.wageCapMultiple'))).toThrow('levy.wageCapMultiple: missing');
    const bad = defaults.map((d) => (d.key === 'quota.ratioPercent' ? { ...d, value: 1.2 } : d));
    expect(() => policyFromDefaults(bad)).toThrow('quota.ratioPercent value: validation.ratioBelowFloor');
  });
});

describe('checking a new value', () => {
  it('accepts well-formed values', () => {
    expect(problems('quota.ratioPercent', 1.7)).toEqual([]);
    expect(problems('wage.localSocialAverage', { 2024: 73000.5, 2025: 76000 })).toEqual([]);
    expect(problems('levy.reductions', { validFrom: '2020-01-01', validUntil: '2030-12-31', tiers: [{ minRatioPercent: 1, payPercent: 50 }] })).toEqual([]);
  });

  it('keeps the provincial ratio at or above the national floor, and the floor at or below the ratio', () => {
    expect(problems('quota.ratioPercent', 1.4)).toEqual(['value validation.ratioBelowFloor']);
    expect(problems('quota.nationalFloorPercent', 1.7)).toEqual(['value validation.floorAboveRatio']);
  });

  it('names the field that is wrong', () => {
    expect(problems('quota.ratioPercent', '1.6')).toEqual(['value validation.isNumber']);
    expect(problems('quota.ratioPercent', 1.6001)).toEqual(['value validation.decimals']);
    expect(problems('quota.ratioPercent', 0)).toEqual(['value validation.min']);
    expect(problems('quota.partTimeCounts', 'no')).toEqual(['value validation.isBoolean']);
    expect(problems('quota.dispatchedCountedBy', 'BOTH')).toEqual(['value validation.isIn']);
    expect(problems('quota.severeCounting', { levels: [1, 2, 2], weight: 2 })).toEqual(['value.levels validation.arrayUnique']);
    expect(problems('quota.severeCounting', { levels: [1, 5], weight: 2, extra: 1 })).toEqual([
      'value.extra validation.unknownField', 'value.levels.1 validation.max',
    ]);
    expect(problems('quota.workingAge', { min: 16 })).toEqual(['value.max validation.required']);
    expect(problems('quota.workingAge', { min: 30, max: 45 })).toEqual([]);
    expect(problems('wage.localMinimumMonthly', { 24: 1800, 2024: -1 })).toEqual(['value.24 validation.yearKey', 'value.2024 validation.min']);
    expect(problems('wage.localMinimumMonthly', {})).toEqual(['value validation.required']);
    expect(problems('levy.reductions', { validFrom: '2028-01-01', validUntil: '2027-12-31', tiers: [] })).toEqual(['value.validUntil validation.endBeforeStart']);
    expect(problems('levy.smallEnterpriseExemption', { validFrom: '2020-02-30', validUntil: '2027-12-31', maxStaff: 30, enterpriseTypes: ['SHOP'] }))
      .toEqual(['value.validFrom validation.isISO8601', 'value.enterpriseTypes.0 validation.isIn']);
  });
});

describe('figures by year', () => {
  it('uses the year, or the latest earlier one, or none', () => {
    const t = { 2022: 1, 2024: 3 };
    expect(figureFor(t, 2024)).toEqual({ year: 2024, value: 3 });
    expect(figureFor(t, 2023)).toEqual({ year: 2022, value: 1 });
    expect(figureFor(t, 2026)).toEqual({ year: 2024, value: 3 });
    expect(figureFor(t, 2021)).toBeNull();
  });
});
