import { describe, expect, it } from '@jest/globals';
import { zhCN } from '../../../i18n/zh-CN';
import { fieldText, isDate, statusOf, valueText } from './placement-text';

const t = (k: string, p: Record<string, string | number> = {}) => (zhCN as Record<string, string>)[k].replace(/\{(\w+)\}/g, (_, x: string) => String(p[x]));
const i18n = { t, label: (_k: string, v: string) => `label:${v}`, formatDate: (d: string) => `date:${d}` } as never;

describe('placement words', () => {
  it('a placement confirmed as not genuine is "not counted" whether or not it ended', () => {
    expect(statusOf({ counted: false, endDate: '2024-01-01' })).toBe('excluded');
    expect(statusOf({ counted: true, endDate: '2024-01-01' })).toBe('ended');
    expect(statusOf({ counted: true, endDate: null })).toBe('ongoing');
  });

  it('a history change is shown in words, never as a raw value', () => {
    expect(valueText('endReason', 'RESIGNED', i18n)).toBe('本人辞职');
    expect(valueText('actionLine', 'RURAL', i18n)).toBe('农村残疾人就业');
    expect(valueText('contractKind', 'DISPATCHED', i18n)).toBe('劳务派遣');
    expect(valueText('socialInsuranceFull', 'true', i18n)).toBe('是');
    expect(valueText('employmentForm', 'PART_TIME', i18n)).toBe('label:PART_TIME');
    expect(valueText('startDate', '2024-04-15', i18n)).toBe('date:2024-04-15');
    expect(valueText('note', null, i18n)).toBe('（空）');
    expect(fieldText('organization', t as never)).toBe('用人单位');
  });

  it('dates are calendar dates', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2023-02-29')).toBe(false);
    expect(isDate('2024-2-1')).toBe(false);
  });
});
