import { describe, expect, it } from '@jest/globals';
import { gapText, reasonText } from './explanations.js';
import { matchPosting, type MatchGap, type MatchReason } from './matcher.js';

const reason = (code: MatchReason['code'], params: MatchReason['params'] = {}): MatchReason => ({ code, params });
const gap = (code: MatchGap['code'], params: MatchGap['params'] = {}, subsidy = false): MatchGap =>
  ({ code, params, blocking: false, closedBy: [], subsidy });
const zh = { locale: 'zh-CN' as const };
const en = { locale: 'en' as const };

describe('match explanations: codes and parameters in words', () => {
  it('says a demand that is not there in plain English, without an article in the wrong place', () => {
    const r = reason('DEMAND_ABSENT', { demand: 'FAST_PACE' as never });
    expect(reasonText(r, en)).toBe('does not involve fast-paced work');
    expect(reasonText(r, en)).not.toMatch(/no a /);
    expect(reasonText(r, zh)).toBe('无需快节奏工作');
  });

  it('names the supports that remove a demand with the vocabulary\'s words, joined as each language joins them', () => {
    const removed = reason('DEMAND_REMOVED', { demand: 'VOICE_CALLS' as never, supports: ['TEXT_COMMUNICATION' as never] });
    expect(reasonText(removed, zh)).toBe('需要打电话，已提供文字沟通');
    expect(reasonText(removed, en)).toBe('involves phone calls; text communication is offered');
    const blocks = gap('DEMAND_BLOCKS', { demand: 'READING_PRINT' as never, supports: ['SCREEN_READER', 'BRAILLE', 'SCREEN_MAGNIFIER'] as never }, true);
    expect(gapText(blocks, zh)).toBe('需要阅读纸质材料；如提供读屏软件或盲文材料或屏幕放大软件即可消除此障碍（可申请补贴解决）');
    expect(gapText(blocks, en)).toBe(
      'involves reading printed text; a screen reader, Braille materials or a screen magnifier would remove this barrier; this gap can be closed with a subsidy');
  });

  it('uses the support\'s one label for remote work, whether the job offers it or is home-based', () => {
    expect(reasonText(reason('REMOTE'), zh)).toBe('可远程办公');
    expect(reasonText(reason('SUPPORT_OFFERED', { support: 'REMOTE_WORK' as never }), zh)).toBe('提供远程办公');
    expect(reasonText(reason('REMOTE'), en)).toBe('remote work possible');
    expect(gapText(gap('FAR', { km: 64 }), zh)).toBe('距离约64公里；提供远程办公或无障碍接送可缓解');
    expect(gapText(gap('FAR', { km: 64 }), en)).toBe('about 64 km away; remote work or accessible transport would help');
  });

  it('speaks to the seeker as "you" and to an employer about "the candidate"', () => {
    const pay = reason('PAY', { pay: 3500, payMin: 3000 });
    expect(reasonText(pay, zh)).toBe('月薪最高3500元，达到您的期望');
    expect(reasonText(pay, { ...zh, audience: 'employer' })).toBe('月薪最高3500元，达到求职者的期望');
    expect(reasonText(pay, en)).toBe('pays up to 3500 yuan a month, what you ask or more');
    expect(reasonText(pay, { ...en, audience: 'employer' })).toBe('pays up to 3500 yuan a month, what the candidate asks or more');
    expect(reasonText(reason('SKILLS', { matched: 1, wanted: 1 }), en)).toBe('1 of 1 skill');
  });

  it('the matcher itself returns codes and parameters only', () => {
    const m = matchPosting(
      { category: null, cannotDo: ['FAST_PACE' as never], supportsMust: [], supportsNice: [], skills: [], preferredForms: [],
        preferredCounties: [], countyCode: '411521', payMin: null, education: 'NONE' as never },
      { countyCode: '411521', latitude: null, longitude: null, employmentForm: 'HOME_BASED' as never, salaryMin: null, salaryMax: null,
        educationRequired: 'NONE' as never, skills: [], demands: [], supports: [], suitableCategories: [] },
    );
    expect(m.reasons).toEqual([{ code: 'DEMAND_ABSENT', params: { demand: 'FAST_PACE' } }, { code: 'REMOTE', params: {} }]);
    expect(JSON.stringify(m)).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
