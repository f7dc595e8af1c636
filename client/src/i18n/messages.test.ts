import { describe, expect, it } from '@jest/globals';
import { en, enEnums } from './en';
import { zhCN, zhCNEnums } from './zh-CN';

const params = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

describe('message files', () => {
  it('have the same keys and no empty Chinese text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [k, v] of Object.entries(zhCN)) expect([k, v.trim().length > 0]).toEqual([k, true]);
  });

  it('use the same placeholders in both languages', () => {
    for (const k of Object.keys(zhCN) as Array<keyof typeof zhCN>) expect([k, params(en[k])]).toEqual([k, params(zhCN[k])]);
  });

  it('label every enum value in both languages', () => {
    for (const [kind, labels] of Object.entries(zhCNEnums)) {
      const other = (enEnums as unknown as Record<string, Record<string, string>>)[kind];
      expect([kind, Object.keys(other).sort()]).toEqual([kind, Object.keys(labels).sort()]);
      for (const v of Object.values(other)) expect(v.length).toBeGreaterThan(0);
    }
  });
});
