import { describe, expect, it } from '@jest/globals';
import { CATEGORY_DEFAULTS } from '../vocabulary/rules.js';
import { DisabilityCategory as C, Education as E, EmploymentForm as F } from '../common/domain.js';
import { JobDemand as D, WorkplaceSupport as S } from '../vocabulary/codes.js';
import { explainMatch, type ExplainOptions } from './explanations.js';
import { compareMatches, matchPosting as score, type MatchOptions, type MatchPosting, type MatchSeeker, type Place } from './matcher.js';
import { MATCH_WEIGHTS } from './policy.js';

const LUOSHAN = '411521';
const PINGQIAO = '411503';
const GUSHI = '411525';
const places = new Map<string, Place>([
  [LUOSHAN, { latitude: 32.2031, longitude: 114.5126 }],
  [PINGQIAO, { latitude: 32.1011, longitude: 114.1259 }],
  [GUSHI, { latitude: 32.1683, longitude: 115.6544 }],
]);
const zh = { locale: 'zh-CN' as const, places };
const en = { locale: 'en' as const, places };

function seeker(category: C | null, over: Partial<MatchSeeker> = {}): MatchSeeker {
  const d = category ? CATEGORY_DEFAULTS[category] : { cannotDo: [], supportsMust: [], supportsNice: [] };
  return {
    category, cannotDo: d.cannotDo, supportsMust: d.supportsMust, supportsNice: d.supportsNice, skills: [], preferredForms: [],
    preferredCounties: [], countyCode: LUOSHAN, payMin: null, education: E.JUNIOR_HIGH, ...over,
  };
}

function posting(over: Partial<MatchPosting> = {}): MatchPosting {
  return {
    countyCode: LUOSHAN, latitude: null, longitude: null, employmentForm: F.FULL_TIME, salaryMin: 2500, salaryMax: 3500,
    educationRequired: E.NONE, skills: [], demands: [], supports: [], suitableCategories: [], ...over,
  };
}

/** Scored, then worded as the resolvers do. */
const matchPosting = (s: MatchSeeker, p: MatchPosting, o: MatchOptions & ExplainOptions) => explainMatch(score(s, p, o), o);

const texts = (xs: Array<{ text: string }>) => xs.map((x) => x.text);

describe('matching: worked examples per disability category', () => {
  it('VISUAL: a massage clinic with a screen reader and no print reading is a match, with reasons', () => {
    const blind = seeker(C.VISUAL, { skills: ['保健按摩', '推拿'], preferredForms: [F.FULL_TIME], payMin: 3000 });
    const clinic = posting({ skills: ['保健按摩', '推拿', '中医基础'], supports: [S.SCREEN_READER, S.BRAILLE], demands: [D.FINE_MOTOR], suitableCategories: [C.VISUAL] });
    const r = matchPosting(blind, clinic, zh);
    expect(r.eligible).toBe(true);
    expect(texts(r.reasons)).toEqual(expect.arrayContaining([
      '提供读屏软件', '提供盲文材料', '无需阅读纸质材料', '无需驾驶车辆', '技能匹配 2/3', '全职，符合您的意向', '就在您所在的县区',
      '月薪最高3500元，达到您的期望',
    ]));
    expect(texts(r.gaps)).toEqual(['未提供无障碍接送', '未提供书面工作指引', '尚缺技能：中医基础']);
    expect(texts(matchPosting(blind, clinic, en).reasons)).toEqual(expect.arrayContaining([
      'offers a screen reader', 'does not involve reading printed text', '2 of 3 skills', 'full-time, as you prefer',
    ]));
  });

  it('VISUAL: print reading with nothing that removes it blocks, and says what would close it', () => {
    const r = matchPosting(seeker(C.VISUAL), posting({ demands: [D.READING_PRINT], supports: [S.SCREEN_READER] }), zh);
    expect(r.eligible).toBe(true); // the screen reader removes the barrier
    expect(texts(r.reasons)).toContain('需要阅读纸质材料，已提供读屏软件');
    const blocked = matchPosting(seeker(C.VISUAL), posting({ demands: [D.READING_PRINT] }), zh);
    expect(blocked.eligible).toBe(false);
    expect(blocked.gaps.filter((g) => g.blocking).map((g) => g.text)).toEqual([
      '需要阅读纸质材料；如提供读屏软件或盲文材料或屏幕放大软件即可消除此障碍（可申请补贴解决）',
      '未提供读屏软件（您的必需支持）（可申请补贴解决）',
    ]);
    expect(blocked.gaps[0]).toMatchObject({ code: 'DEMAND_BLOCKS', subsidy: true, closedBy: [S.SCREEN_READER, S.BRAILLE, S.SCREEN_MAGNIFIER] });
    expect(texts(matchPosting(seeker(C.VISUAL), posting({ demands: [D.READING_PRINT] }), en).gaps)[0])
      .toBe('involves reading printed text; a screen reader, Braille materials or a screen magnifier would remove this barrier; this gap can be closed with a subsidy');
  });

  it('HEARING: phone work without text communication blocks; with it the job matches', () => {
    const deaf = seeker(C.HEARING);
    const calls = matchPosting(deaf, posting({ demands: [D.VOICE_CALLS], supports: [S.STEP_FREE_ACCESS] }), zh);
    expect(calls.eligible).toBe(false);
    expect(texts(calls.gaps)).toContain('需要打电话；如提供文字沟通或手语沟通即可消除此障碍');
    expect(calls.gaps.find((g) => g.code === 'DEMAND_BLOCKS')).toMatchObject({ subsidy: false });
    const texting = matchPosting(deaf, posting({ demands: [D.VOICE_CALLS], supports: [S.TEXT_COMMUNICATION] }), zh);
    expect(texting.eligible).toBe(true);
    expect(texts(texting.reasons)).toEqual(expect.arrayContaining(['需要打电话，已提供文字沟通', '提供文字沟通', '无需听辨警报声']));
    expect(texts(matchPosting(deaf, posting({ demands: [D.VOICE_CALLS] }), en).gaps))
      .toContain('involves phone calls; text communication or sign language would remove this barrier');
  });

  it('SPEECH: text communication is a must-have', () => {
    const r = matchPosting(seeker(C.SPEECH), posting({ supports: [] }), zh);
    expect(r.eligible).toBe(false);
    expect(texts(r.gaps)).toContain('未提供文字沟通（您的必需支持）');
    expect(matchPosting(seeker(C.SPEECH), posting({ supports: [S.TEXT_COMMUNICATION] }), zh).eligible).toBe(true);
  });

  it('PHYSICAL: walking removed by remote work; step-free access is a must-have a subsidy can pay for', () => {
    const wheelchair = seeker(C.PHYSICAL);
    const remote = matchPosting(wheelchair, posting({ demands: [D.WALKING], supports: [S.REMOTE_WORK, S.STEP_FREE_ACCESS] }), zh);
    expect(remote.eligible).toBe(true);
    expect(texts(remote.reasons)).toEqual(expect.arrayContaining(['可远程办公', '需要经常走动，已提供远程办公或无障碍通道']));
    const steps = matchPosting(wheelchair, posting({}), en);
    expect(steps.eligible).toBe(false);
    expect(texts(steps.gaps)).toContain('does not offer step-free access, which you need; this gap can be closed with a subsidy');
  });

  it('INTELLECTUAL: a fast pace is removed by a job coach; the coach is a reason', () => {
    const r = matchPosting(seeker(C.INTELLECTUAL), posting({ demands: [D.FAST_PACE], supports: [S.JOB_COACH] }), zh);
    expect(r.eligible).toBe(true);
    expect(texts(r.reasons)).toEqual(expect.arrayContaining(['需要快节奏工作，已提供就业辅导员', '提供就业辅导员']));
    expect(matchPosting(seeker(C.INTELLECTUAL), posting({ demands: [D.FAST_PACE] }), zh).eligible).toBe(false);
  });

  it('MENTAL: night shifts block unless hours are flexible', () => {
    expect(matchPosting(seeker(C.MENTAL), posting({ demands: [D.NIGHT_SHIFTS] }), zh).eligible).toBe(false);
    const r = matchPosting(seeker(C.MENTAL), posting({ demands: [D.NIGHT_SHIFTS], supports: [S.FLEXIBLE_HOURS, S.QUIET_SPACE] }), zh);
    expect(r.eligible).toBe(true);
    expect(texts(r.reasons)).toEqual(expect.arrayContaining(['提供安静的工作区', '提供弹性工作时间']));
  });

  it('MULTIPLE: no defaults block; a category the posting does not list does', () => {
    expect(matchPosting(seeker(C.MULTIPLE), posting(), zh).eligible).toBe(true);
    const r = matchPosting(seeker(C.MULTIPLE), posting({ suitableCategories: [C.HEARING] }), zh);
    expect(r.eligible).toBe(false);
    expect(texts(r.gaps)).toContain('该岗位未面向您的残疾类别招聘');
  });

  it('a seeker without disability data is matched on skills, form, place, pay and education', () => {
    const r = matchPosting(seeker(null, { skills: ['会计'], education: E.SENIOR_HIGH, payMin: 4000, countyCode: LUOSHAN }),
      posting({ countyCode: GUSHI, skills: ['会计', 'Excel'], educationRequired: E.JUNIOR_COLLEGE, salaryMax: 3000 }), zh);
    expect(r.eligible).toBe(true);
    expect(texts(r.reasons)).toEqual(['技能匹配 1/2']);
    expect(texts(r.gaps)).toEqual(['尚缺技能：Excel', '距离约108公里；提供远程办公或无障碍接送可缓解', '月薪最高3000元，低于您期望的4000元', '要求大专学历']);
    expect(r.components).toMatchObject({ skills: 0.5, place: 0, education: 0, pay: 0.75 });
  });
});

describe('matching: ranking', () => {
  const rank = (s: MatchSeeker, ps: Record<string, MatchPosting>) =>
    Object.entries(ps).map(([id, p]) => ({ id, ...matchPosting(s, p, zh) })).sort(compareMatches).map((x) => x.id);

  it('a wheelchair user: a step-free posting ranks above an otherwise equal one without step-free access', () => {
    // step-free access as a wish rather than a must, so both stay eligible and only the score differs
    const user = seeker(C.PHYSICAL, { supportsMust: [], supportsNice: [S.STEP_FREE_ACCESS, S.ACCESSIBLE_TOILET] });
    const a = matchPosting(user, posting({ supports: [S.STEP_FREE_ACCESS] }), zh);
    const b = matchPosting(user, posting({ supports: [] }), zh);
    expect(a.eligible && b.eligible).toBe(true);
    expect(a.score).toBeGreaterThan(b.score);
    expect(rank(user, { without: posting(), stepFree: posting({ supports: [S.STEP_FREE_ACCESS] }) })).toEqual(['stepFree', 'without']);
    // with the default must-have, the posting without step-free access is not a match at all and ranks last
    expect(rank(seeker(C.PHYSICAL), { without: posting({ salaryMax: 9000 }), stepFree: posting({ supports: [S.STEP_FREE_ACCESS] }) }))
      .toEqual(['stepFree', 'without']);
  });

  it('a blind masseur: the massage clinic ranks above the call centre and the archive office', () => {
    const blind = seeker(C.VISUAL, { skills: ['保健按摩', '普通话'], preferredForms: [F.FULL_TIME] });
    expect(rank(blind, {
      archive: posting({ skills: ['档案管理'], demands: [D.READING_PRINT], supports: [S.STEP_FREE_ACCESS] }),
      calls: posting({ skills: ['普通话', '电脑打字'], demands: [D.VOICE_CALLS], supports: [S.SCREEN_READER] }),
      clinic: posting({ skills: ['保健按摩'], demands: [D.FINE_MOTOR], supports: [S.SCREEN_READER, S.BRAILLE] }),
    })).toEqual(['clinic', 'calls', 'archive']);
  });

  it('remote work and nearness raise the place score; a preferred county counts fully', () => {
    const s = seeker(null, { countyCode: LUOSHAN });
    const far = matchPosting(s, posting({ countyCode: GUSHI }), zh).components.place;
    const near = matchPosting(s, posting({ countyCode: PINGQIAO }), zh).components.place;
    const remote = matchPosting(s, posting({ countyCode: GUSHI, supports: [S.REMOTE_WORK] }), zh).components.place;
    expect(far).toBeLessThan(near);
    expect(remote).toBe(1);
    expect(matchPosting({ ...s, preferredCounties: [GUSHI] }, posting({ countyCode: GUSHI }), zh).components.place).toBe(1);
  });

  it('scores stay within 0..100 and the weights live in one table', () => {
    expect(Object.values(MATCH_WEIGHTS).every((w) => w > 0)).toBe(true);
    const best = matchPosting(seeker(null, { skills: ['a'], preferredForms: [F.FULL_TIME], payMin: 1000 }), posting({ skills: ['a'], supports: [S.REMOTE_WORK] }), zh);
    expect(best.score).toBe(100);
    const worst = matchPosting(seeker(C.VISUAL, { skills: ['x'], preferredForms: [F.PART_TIME], payMin: 100000, education: E.NONE }),
      posting({ countyCode: GUSHI, skills: ['y'], demands: [D.READING_PRINT, D.DRIVING, D.VISUAL_DETAIL], educationRequired: E.MASTER, salaryMax: 0 }), zh);
    expect(worst.score).toBeGreaterThanOrEqual(0);
    expect(worst.score).toBeLessThan(10);
  });
});

describe('matching: what an employer sees', () => {
  it('never the disability or the needs, only that they are met', () => {
    const blind = seeker(C.VISUAL, { skills: ['保健按摩'] });
    const r = matchPosting(blind, posting({ skills: ['保健按摩'], supports: [S.SCREEN_READER] }), { ...zh, audience: 'employer' });
    expect(texts(r.reasons)).toEqual(['求职者必需的支持均已具备', '技能匹配 1/1', '就在求职者所在的县区']);
    expect(r.gaps.map((g) => g.code)).not.toContain('NICE_SUPPORT_MISSING');
    const joined = [...texts(r.reasons), ...texts(r.gaps)].join(' ');
    for (const word of ['读屏', '盲', '阅读', '视力']) expect(joined).not.toContain(word);
  });
});
