// The integrity notices are worded in full for every flag kind, in both languages: every key they name exists and no
// placeholder is left (the evidence's keys are worded in the order they are given, notification-text.ts).
import { describe, expect, it } from '@jest/globals';
import { hasMessage } from '../../common/messages.js';
import { notificationText } from '../../notifications/notification-text.js';
import { NotificationKind } from '../../notifications/notification-kind.js';
import { findingParams } from './integrity-notices.js';
import { FlagKind } from './integrity-vocab.js';

const DETAILS: Record<FlagKind, Record<string, unknown>> = {
  DOUBLE_COUNTED: { organizations: ['a', 'b'], from: '2026-02-01' },
  SHORT_PLACEMENT: { startDate: '2026-02-02', endDate: '2026-03-01', days: 27 },
  STALE_RESERVED_POSTINGS: { postings: ['p1', 'p2'], oldestPublished: '2026-01-05' },
  NO_HISTORY: { startDate: '2026-02-02', source: 'EXTERNAL' },
  PAY_BELOW_MINIMUM: { startDate: '2026-02-02', monthlyWage: 1000, minimum: 1900, thresholdPercent: 100, percent: 52.63 },
  LOW_FILL_RATE: { figure: 'fillRate', numerator: 1, denominator: 10, percent: 10, cases: 4, minCases: 3, thresholdPercent: 20, direction: 'below', from: '2025-12-08', to: '2026-12-07' },
  LOW_INTERVIEW_RATE: { figure: 'interviewRate', numerator: 0, denominator: 5, percent: 0, cases: 5, minCases: 3, thresholdPercent: 20, direction: 'below', from: '2025-12-08', to: '2026-12-07' },
  LOW_RETENTION: { figure: 'retention6', numerator: 0, denominator: 3, percent: 0, cases: 3, minCases: 3, thresholdPercent: 50, direction: 'below', from: '2025-12-08', to: '2026-12-07' },
  EARLY_ENDINGS: { figure: 'endedWithin3Months', numerator: 3, denominator: 3, percent: 100, cases: 3, minCases: 3, thresholdPercent: 50, direction: 'above', from: '2025-12-08', to: '2026-12-07' },
  INSURANCE_GAPS: { figure: 'insuranceMonths', numerator: 20, denominator: 36, percent: 55.56, cases: 3, minCases: 3, thresholdPercent: 80, direction: 'below', from: '2025-12-08', to: '2026-12-07' },
};
const office = { officeKey: 'onBehalf.office.county', officeZh: '罗山县', officeEn: 'Luoshan County' };

describe('a confirmed finding, told to the employer', () => {
  it.each(Object.values(FlagKind))('%s is worded in full in Chinese and English', (kind) => {
    const params = findingParams({ id: 'f1', kind, details: DETAILS[kind] }, { organization: '罗山县甲公司', excluded: 2, note: '已核实', office });
    for (const locale of ['zh-CN', 'en'] as const) {
      const { title, body } = notificationText({ kind: NotificationKind.INTEGRITY_FINDING_CONFIRMED, params }, locale);
      expect([kind, locale, title, body]).toEqual([kind, locale, expect.not.stringMatching(/[{}]|notify\./), expect.not.stringMatching(/[{}]|integrity\.|undefined|—/)]);
    }
  });

  it('says the figure, n / d, the threshold and the period, and how many placements leave the counts', () => {
    const params = findingParams({ id: 'f1', kind: FlagKind.EARLY_ENDINGS, details: DETAILS.EARLY_ENDINGS }, { organization: '罗山县甲公司', excluded: 3, note: '挂名三人', office });
    expect(notificationText({ kind: NotificationKind.INTEGRITY_FINDING_CONFIRMED, params }, 'zh-CN').body).toBe(
      '罗山县残联核实了对“罗山县甲公司”的核查提示“3个月内离职多”，确认属实。依据：2025-12-08至2026-12-07，3个月内离职占比为100%（3 / 3），高于最高值50%。'
      + '处理说明：挂名三人。涉及的3条就业登记不再计入任何统计（新增就业、按比例就业和保障金测算）。如有异议，请联系残联。');
    const none = findingParams({ id: 'f2', kind: FlagKind.STALE_RESERVED_POSTINGS, details: DETAILS.STALE_RESERVED_POSTINGS }, { organization: '甲', excluded: 0, note: '属实', office });
    expect(notificationText({ kind: NotificationKind.INTEGRITY_FINDING_CONFIRMED, params: none }, 'en').body).toContain('No placement leaves the figures because of it.');
  });
});

describe('the new kinds have their words', () => {
  it.each([NotificationKind.FOLLOW_UP_RECORDED, NotificationKind.EMPLOYER_FOLLOW_UP_RECORDED, NotificationKind.INTEGRITY_FLAGS_RAISED,
    NotificationKind.INTEGRITY_FINDING_CONFIRMED])('%s', (kind) => {
    expect([hasMessage(`notify.${kind}.title`), hasMessage(`notify.${kind}.body`)]).toEqual([true, true]);
  });
  it('the follow-up told to the person and to the employer, for each status', () => {
    for (const status of ['EMPLOYED', 'LEFT', 'UNREACHABLE']) {
      for (const [kind, side] of [[NotificationKind.FOLLOW_UP_RECORDED, 'person'], [NotificationKind.EMPLOYER_FOLLOW_UP_RECORDED, 'employer']] as const) {
        const params = { organization: '甲公司', month: 3, placementId: 'p', leftOn: '2026-05-01', name: '张三', statusKey: `followUp.told.${side}.${status}` };
        for (const locale of ['zh-CN', 'en'] as const) expect(notificationText({ kind, params }, locale).body).not.toMatch(/[{}]|followUp\./);
      }
    }
  });
});
