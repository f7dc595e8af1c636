import { describe, expect, it } from '@jest/globals';
import { makeI18n } from '../../../i18n/I18nProvider';
import { explainPosition, levyText, quotaFormat, type PositionFigures } from './quota-text';
import { formatPolicyValue, parseValueText, valueToText } from './policy-value';
import { checkYearFigures, yearFromParam } from './year-figures';

const zh = makeI18n('zh-CN');
const en = makeI18n('en');

// the worked example of the server's e2e test: 300 staff, wage 200,000, 4 counted, 2024 social average 72,900
const capped: PositionFigures = {
  year: 2024, yearDataEntered: true, staffCount: 300, averageWage: 200000, ratioPercent: 1.6, requiredExact: 4.8, required: 4.8,
  counted: 4, countedPeople: 3, achievedRatioPercent: 1.3333, ratioMet: false, atLeastOneApplies: false, atLeastOneMet: null,
  shortfall: 0.8, socialAverageWage: 72900, socialAverageWageYear: 2024, wageCap: 145800, levyWage: 145800, wageCapped: true,
  levyDue: 116640, reductionPayPercent: 50, smallEnterpriseExempt: false, levyPayable: 58320,
};

describe('the arithmetic in words', () => {
  it('shows every step from staff count to the levy, with the cap and the 50% reduction', () => {
    expect(explainPosition(capped, zh.t, quotaFormat('zh-CN'))).toEqual([
      '2024年度在职职工人数：300 人。',
      '应安排人数：300 × 1.6% = 4.8 人。',
      '计入的残疾职工：3 人，折算为 4 人（一级、二级残疾的按2人计算；不满一年的按月折算）。',
      '实际安排比例：4 ÷ 300 = 1.33%。',
      '没有达到规定比例。',
      '差额人数：4.8 − 4 = 0.8 人（不取整）。',
      '计征工资的上限：当地社会平均工资 72,900.00 元（2024年）× 2 = 145,800.00 元。',
      '本单位年平均工资 200,000.00 元，高于上限，按上限 145,800.00 元计算。',
      '应缴金额：0.8 × 145,800.00 = 116,640.00 元。',
      '实际安排比例为 1.33%，按应缴金额的 50% 缴纳：116,640.00 × 50% = 58,320.00 元。',
      '预计缴纳保障金：58,320.00 元。',
    ]);
  });

  it('says when the obligation is rounded up to one person, and when no wage is entered', () => {
    const small = { ...capped, yearDataEntered: false, staffCount: 40, requiredExact: 0.64, required: 1, counted: 0, countedPeople: 0,
      achievedRatioPercent: 0, shortfall: 0.64, averageWage: null, levyWage: null, levyDue: null, levyPayable: null, reductionPayPercent: null };
    const steps = explainPosition(small, en.t, quotaFormat('en'));
    expect(steps).toContain('No staff count entered for 2024 yet: the 40 people in your organization profile are used.');
    expect(steps).toContain('That is less than 1, so you must employ at least 1 person.');
    expect(steps[steps.length - 1]).toBe('No average wage entered, so the levy cannot be estimated yet. Enter it in the form below.');
    expect(levyText(small, en.t, quotaFormat('en'))).toBe('Cannot estimate (no average wage entered)');
  });

  it('stops at "no levy" when the ratio is met, and names the small-enterprise exemption', () => {
    const met = { ...capped, counted: 5, ratioMet: true, shortfall: 0, levyDue: 0, levyPayable: 0, reductionPayPercent: null };
    expect(explainPosition(met, zh.t, quotaFormat('zh-CN')).slice(-1)).toEqual(['已达到规定比例，不用缴纳保障金。']);
    const exempt = { ...capped, staffCount: 25, smallEnterpriseExempt: true, levyPayable: 0 };
    const steps = explainPosition(exempt, zh.t, quotaFormat('zh-CN'));
    expect(steps[steps.length - 1]).toBe('本单位是在职职工 25 人的企业，按小微企业政策暂免征收，保障金为 0 元。');
    expect(levyText(exempt, zh.t, quotaFormat('zh-CN'))).toBe('0 元（小微企业暂免）');
  });
});

describe('year figures', () => {
  it('refuses a negative or written staff count and a wage with three decimals, naming the field', () => {
    expect(checkYearFigures({ staffCount: '-5', averageWage: '', establishedPosts: '' }).problems).toEqual({ staffCount: 'quota.form.staffCountInvalid' });
    expect(checkYearFigures({ staffCount: '三百', averageWage: '1.234', establishedPosts: 'x' }).problems).toEqual({
      staffCount: 'quota.form.staffCountInvalid', averageWage: 'quota.form.averageWageInvalid', establishedPosts: 'quota.form.establishedPostsInvalid',
    });
    expect(checkYearFigures({ staffCount: ' ', averageWage: '', establishedPosts: '' }).problems).toEqual({ staffCount: 'quota.form.staffCountRequired' });
  });

  it('reads full-width digits and grouping commas', () => {
    expect(checkYearFigures({ staffCount: '３００', averageWage: '68,000.50', establishedPosts: '' }).figures)
      .toEqual({ staffCount: 300, averageWage: 68000.5, establishedPosts: null });
  });

  it('takes the year from the URL only when it can be chosen', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(yearFromParam('2024', now)).toBe(2024);
    expect(yearFromParam('1999', now)).toBe(2025);
    expect(yearFromParam(null, now)).toBe(2025);
  });
});

describe('a levy on an estimated wage says so next to the figure', () => {
  it('says "based on an estimated wage" when the server says the wage is an estimate', () => {
    const f = quotaFormat('zh-CN');
    expect(levyText({ ...capped }, zh.t, f)).toBe('58,320.00 元');
    expect(levyText({ ...capped, wageEstimated: false }, zh.t, f)).toBe('58,320.00 元');
    expect(levyText({ ...capped, wageEstimated: true }, zh.t, f)).toBe('58,320.00 元（按估算工资计算）');
    expect(levyText({ ...capped, wageEstimated: true }, en.t, quotaFormat('en'))).toBe('58,320.00 yuan (based on an estimated wage)');
    // no levy, no estimate to speak of
    expect(levyText({ ...capped, levyPayable: null, wageEstimated: true }, zh.t, f)).toBe('无法测算（未填年平均工资）');
  });
});

describe('policy values', () => {
  it('puts tables by year and tiers into words', () => {
    expect(formatPolicyValue({ 2024: 72900, 2025: 75100 }, zh)).toBe('2024年：72,900；2025年：75,100');
    expect(formatPolicyValue({ validFrom: '2020-01-01', validUntil: '2027-12-31', tiers: [{ minRatioPercent: 1, payPercent: 50 }] }, en))
      .toBe('From: January 1, 2020; Until: December 31, 2027; Tiers: Ratio at least (%): 1, Pay (%): 50');
    expect(formatPolicyValue({ agencyLevels: ['PROVINCE', 'CITY'], excludeSchools: true }, zh)).toBe('党政机关级别：省级、市级；中小学、幼儿园除外：是');
    expect(formatPolicyValue({ levels: [1, 2], weight: 2 }, zh)).toBe('残疾等级：1级、2级；按几人计算：2');
    expect(formatPolicyValue({ validFrom: '2020-01-01', validUntil: '2027-12-31' }, zh)).toBe('开始日期：2020年1月1日；截止日期：2027年12月31日');
  });

  it('parses what a person typed by the kind of value', () => {
    expect(parseValueText('number', '１.5')).toEqual({ value: 1.5 });
    expect(parseValueText('number', 'abc')).toEqual({ problem: 'quota.policy.valueNotNumber' });
    expect(parseValueText('json', '{"min": 16,')).toEqual({ problem: 'quota.policy.valueNotJson' });
    expect(parseValueText('json', valueToText({ min: 16, max: 60 }))).toEqual({ value: { min: 16, max: 60 } });
    expect(parseValueText('boolean', 'false')).toEqual({ value: false });
    expect(parseValueText('number', '  ')).toEqual({ problem: 'quota.policy.valueRequired' });
  });
});
