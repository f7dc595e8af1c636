// The one place match reasons and gaps become words, in the reader's language. The matcher returns codes and
// parameters; this renders them for the seeker ("you") or for an employer ("the candidate"). Demand and support words
// come from the vocabulary.
import { WorkplaceSupport, type VocabularyLocale } from '../vocabulary/codes.js';
import { demandPhrase, joinOr, supportPhrase } from '../vocabulary/labels.js';
import { educationPhrase, formPhrase } from '../vocabulary/work-terms.js';
import type { GapCode, MatchGap, MatchParams, MatchReason, MatchResult, ReasonCode } from './matcher.js';

export type Audience = 'seeker' | 'employer';
export interface ExplainOptions { locale: VocabularyLocale; audience?: Audience }

export interface ExplainedReason extends MatchReason { text: string }
export interface ExplainedGap extends MatchGap { text: string }
export interface ExplainedMatch extends Omit<MatchResult, 'reasons' | 'gaps'> { reasons: ExplainedReason[]; gaps: ExplainedGap[] }

/** Words that depend on who reads: the seeker about themselves, or an employer about a candidate. */
interface Voice { you: string; verbS: string }
const voice = (zh: boolean, seekerView: boolean): Voice => ({
  you: zh ? (seekerView ? '您' : '求职者') : (seekerView ? 'you' : 'the candidate'),
  verbS: seekerView ? '' : 's',
});

type Render = (p: MatchParams, L: VocabularyLocale, v: Voice, seekerView: boolean) => string;

const supports = (p: MatchParams, L: VocabularyLocale) => joinOr((p.supports ?? []).map((s) => supportPhrase(s, L)), L);

const REASONS: Record<ReasonCode, Record<VocabularyLocale, Render>> = {
  DEMAND_ABSENT: {
    'zh-CN': (p) => `无需${demandPhrase(p.demand!, 'zh-CN')}`,
    en: (p) => `does not involve ${demandPhrase(p.demand!, 'en')}`,
  },
  DEMAND_REMOVED: {
    'zh-CN': (p) => `需要${demandPhrase(p.demand!, 'zh-CN')}，已提供${supports(p, 'zh-CN')}`,
    en: (p) => `involves ${demandPhrase(p.demand!, 'en')}; ${supports(p, 'en')} is offered`,
  },
  SUPPORT_OFFERED: {
    'zh-CN': (p) => `提供${supportPhrase(p.support!, 'zh-CN')}`,
    en: (p) => `offers ${supportPhrase(p.support!, 'en')}`,
  },
  NEEDS_MET: { 'zh-CN': () => '求职者必需的支持均已具备', en: () => 'every support this person needs is in place' },
  REMOTE: {
    'zh-CN': () => `可${supportPhrase(WorkplaceSupport.REMOTE_WORK, 'zh-CN')}`,
    en: () => `${supportPhrase(WorkplaceSupport.REMOTE_WORK, 'en')} possible`,
  },
  PREFERRED_COUNTY: {
    'zh-CN': (_p, _L, v) => `在${v.you}希望工作的县区`,
    en: (_p, _L, v) => `in a county where ${v.you} want${v.verbS} to work`,
  },
  HOME_COUNTY: {
    'zh-CN': (_p, _L, v) => `就在${v.you}所在的县区`,
    en: (_p, _L, _v, seekerView) => (seekerView ? 'in your own county' : 'in the candidate\'s county'),
  },
  NEARBY: { 'zh-CN': (p) => `距离约${p.km}公里`, en: (p) => `about ${p.km} km away` },
  SKILLS: {
    'zh-CN': (p) => `技能匹配 ${p.matched}/${p.wanted}`,
    en: (p) => `${p.matched} of ${p.wanted} skill${p.wanted === 1 ? '' : 's'}`,
  },
  FORM: {
    'zh-CN': (p, _L, v) => `${formPhrase(p.form!, 'zh-CN')}，符合${v.you}的意向`,
    en: (p, _L, v) => `${formPhrase(p.form!, 'en')}, as ${v.you} prefer${v.verbS}`,
  },
  PAY: {
    'zh-CN': (p, _L, v) => `月薪最高${p.pay}元，达到${v.you}的期望`,
    en: (p, _L, v) => `pays up to ${p.pay} yuan a month, what ${v.you} ask${v.verbS} or more`,
  },
  EDUCATION: {
    'zh-CN': (p) => `学历符合要求（${educationPhrase(p.education!, 'zh-CN')}）`,
    en: (p, _L, _v, seekerView) => `${seekerView ? 'you have' : 'has'} the education asked for (${educationPhrase(p.education!, 'en')})`,
  },
};

const GAPS: Record<GapCode, Record<VocabularyLocale, Render>> = {
  DEMAND_BLOCKS: {
    'zh-CN': (p) => `需要${demandPhrase(p.demand!, 'zh-CN')}；如提供${supports(p, 'zh-CN')}即可消除此障碍`,
    en: (p) => `involves ${demandPhrase(p.demand!, 'en')}; ${supports(p, 'en')} would remove this barrier`,
  },
  SUPPORT_MISSING: {
    'zh-CN': (p) => `未提供${supportPhrase(p.support!, 'zh-CN')}（您的必需支持）`,
    en: (p) => `does not offer ${supportPhrase(p.support!, 'en')}, which you need`,
  },
  NICE_SUPPORT_MISSING: {
    'zh-CN': (p) => `未提供${supportPhrase(p.support!, 'zh-CN')}`,
    en: (p) => `does not offer ${supportPhrase(p.support!, 'en')}`,
  },
  CATEGORY_EXCLUDED: { 'zh-CN': () => '该岗位未面向您的残疾类别招聘', en: () => 'this job does not list your disability category' },
  SKILLS_MISSING: {
    'zh-CN': (p) => `尚缺技能：${(p.skills ?? []).join('、')}`,
    en: (p) => `skills to learn: ${(p.skills ?? []).join(', ')}`,
  },
  FORM: {
    'zh-CN': (p, _L, v) => `${formPhrase(p.form!, 'zh-CN')}，不是${v.you}希望的工作形式`,
    en: (p, _L, v) => `${formPhrase(p.form!, 'en')}, not a form ${v.you} prefer${v.verbS}`,
  },
  FAR: {
    'zh-CN': (p) => `距离约${p.km}公里；提供${joinOr([supportPhrase(WorkplaceSupport.REMOTE_WORK, 'zh-CN'), supportPhrase(WorkplaceSupport.ACCESSIBLE_TRANSPORT, 'zh-CN')], 'zh-CN')}可缓解`,
    en: (p) => `about ${p.km} km away; ${joinOr([supportPhrase(WorkplaceSupport.REMOTE_WORK, 'en'), supportPhrase(WorkplaceSupport.ACCESSIBLE_TRANSPORT, 'en')], 'en')} would help`,
  },
  PAY_BELOW: {
    'zh-CN': (p, _L, v) => `月薪最高${p.pay}元，低于${v.you}期望的${p.payMin}元`,
    en: (p, _L, v) => `pays at most ${p.pay} yuan a month, less than the ${p.payMin} ${v.you} ask${v.verbS}`,
  },
  EDUCATION_BELOW: {
    'zh-CN': (p) => `要求${educationPhrase(p.education!, 'zh-CN')}学历`,
    en: (p) => `asks for ${educationPhrase(p.education!, 'en')}`,
  },
};

const SUBSIDY_NOTE: Record<VocabularyLocale, string> = { 'zh-CN': '（可申请补贴解决）', en: '; this gap can be closed with a subsidy' };

export function reasonText(r: MatchReason, o: ExplainOptions): string {
  const seekerView = o.audience !== 'employer';
  return REASONS[r.code][o.locale](r.params, o.locale, voice(o.locale === 'zh-CN', seekerView), seekerView);
}

export function gapText(g: MatchGap, o: ExplainOptions): string {
  const seekerView = o.audience !== 'employer';
  const text = GAPS[g.code][o.locale](g.params, o.locale, voice(o.locale === 'zh-CN', seekerView), seekerView);
  return g.subsidy ? text + SUBSIDY_NOTE[o.locale] : text;
}

export function explainMatch(m: MatchResult, o: ExplainOptions): ExplainedMatch {
  return {
    ...m,
    reasons: m.reasons.map((r) => ({ ...r, text: reasonText(r, o) })),
    gaps: m.gaps.map((g) => ({ ...g, text: gapText(g, o) })),
  };
}
