// The one place the subsidy rules' findings, facts and amounts become words, in the reader's language.
import { EmploymentForm, EmploymentStatus, Residence, type Education } from '../common/domain.js';
import type { Locale } from '../common/request-context.js';
import type { SubsidyAmount } from '../policy/policy.js';
import { type WorkplaceSupport } from '../vocabulary/codes.js';
import { supportLabel } from '../vocabulary/labels.js';
import { educationLabel, formLabel } from '../vocabulary/work-terms.js';
import type { Fact } from './eligibility.js';

type Words = Record<Locale, string>;

/** 待核实: shown for every figure or condition no source states. */
export const UNVERIFIED: Words = { 'zh-CN': '待核实', en: 'unverified (待核实)' };

const REASONS: Record<string, Words> = {
  publicWelfarePost: { 'zh-CN': '此人在公益性岗位就业', en: 'This person works in a public-welfare post' },
  notPublicWelfarePost: { 'zh-CN': '此岗位不是公益性岗位', en: 'This job is not a public-welfare post' },
  fundedSupportsOffered: { 'zh-CN': '岗位提供的无障碍支持属于可补贴的改造或辅助器具', en: 'The job offers supports that an adaptation subsidy can pay for' },
  noFundedSupport: { 'zh-CN': '岗位未提供可补贴的无障碍改造或辅助器具', en: 'The job offers no adaptation or device that the subsidy pays for' },
  noPosting: { 'zh-CN': '此就业未关联职位，无法得知提供了哪些无障碍支持', en: 'This hire is not linked to a posting, so the supports offered are not on record' },
  hiredGraduate: { 'zh-CN': '此人是残疾人高校毕业生；单位须为认定的大学生创业实践或就业实习基地（待核实）', en: 'This person is a disabled college graduate; the employer must be a recognised base (unverified)' },
  notGraduate: { 'zh-CN': '不是高校毕业生（大专及以上学历并已毕业）', en: 'Not a college graduate (junior college or higher, graduated)' },
  hiredRural: { 'zh-CN': '此人是农村残疾人；单位须为认定的就业帮扶车间或农村残疾人就业基地（待核实）', en: 'This person lives in a rural area; the employer must be a recognised workshop or rural base (unverified)' },
  notRural: { 'zh-CN': '此人不是农村残疾人', en: 'This person does not live in a rural area' },
  hireEnded: { 'zh-CN': '此就业已结束', en: 'This job has ended' },
  hireNotStarted: { 'zh-CN': '此就业尚未开始', en: 'This job has not started yet' },
  hireExcluded: { 'zh-CN': '此就业经核实不真实，不计入任何统计', en: 'Staff found this hire not genuine: it counts nowhere' },
  aboveQuota: { 'zh-CN': '按比例就业计入人数超过应安排人数', en: 'The disabled staff counted exceed the number the quota requires' },
  notAboveQuota: { 'zh-CN': '按比例就业计入人数未超过应安排人数', en: 'The disabled staff counted do not exceed the number the quota requires' },
  noQuotaYear: { 'zh-CN': '该年度没有在职职工人数，无法测算', en: 'No staff figure for the year, so nothing can be worked out' },
  graduate: { 'zh-CN': '您是残疾人高校毕业生；毕业年限等条件待核实', en: 'You are a disabled college graduate; the years after graduation are unverified' },
  graduateSelfEmployed: { 'zh-CN': '您是自主创业的残疾人高校毕业生', en: 'You are a disabled college graduate running your own business' },
  notSelfEmployed: { 'zh-CN': '就业状况不是自主创业', en: 'Your work status is not self-employed' },
  graduateFlexible: { 'zh-CN': '您是灵活就业的残疾人高校毕业生', en: 'You are a disabled college graduate in flexible work' },
  notFlexible: { 'zh-CN': '目前没有灵活就业、兼职或居家就业记录', en: 'No flexible, part-time or home-based work on record now' },
  selfEmployed: { 'zh-CN': '您是自主创业的残疾人', en: 'You run your own business' },
  trainingTarget: { 'zh-CN': '您在就业年龄段、未就业且有就业需求：参加职业技能培训后可申请', en: 'You are of working age, without work and want work: apply once you take a training course' },
  notWorkingAge: { 'zh-CN': '不在就业年龄段', en: 'Not of working age' },
  notUnemployedSeeking: { 'zh-CN': '就业状况不是“未就业、有就业需求”', en: 'Your status is not "without work and wanting work"' },
  inPublicWelfarePost: { 'zh-CN': '您在公益性岗位就业', en: 'You work in a public-welfare post' },
  notInPublicWelfarePost: { 'zh-CN': '目前没有公益性岗位就业记录', en: 'No public-welfare post on record now' },
};

const FACT_LABELS: Record<string, Words> = {
  employmentForm: { 'zh-CN': '就业形式', en: 'Form of work' },
  supportsOffered: { 'zh-CN': '提供的无障碍支持', en: 'Supports offered' },
  education: { 'zh-CN': '学历', en: 'Education' },
  graduateYear: { 'zh-CN': '毕业年份', en: 'Year of graduation' },
  residence: { 'zh-CN': '城乡', en: 'Urban or rural' },
  startDate: { 'zh-CN': '开始日期', en: 'Start date' },
  endDate: { 'zh-CN': '结束日期', en: 'End date' },
  year: { 'zh-CN': '年度', en: 'Year' },
  staffCount: { 'zh-CN': '在职职工人数', en: 'Staff' },
  ratioPercent: { 'zh-CN': '规定比例（%）', en: 'Quota ratio (%)' },
  required: { 'zh-CN': '应安排人数', en: 'Required' },
  counted: { 'zh-CN': '计入人数', en: 'Counted' },
  employmentStatus: { 'zh-CN': '就业状况', en: 'Work status' },
  currentForms: { 'zh-CN': '目前的就业形式', en: 'Current forms of work' },
  age: { 'zh-CN': '年龄', en: 'Age' },
  workingAge: { 'zh-CN': '就业年龄段', en: 'Working age' },
};

const STATUS: Record<EmploymentStatus, Words> = {
  UNEMPLOYED: { 'zh-CN': '未就业', en: 'Not employed' },
  EMPLOYED: { 'zh-CN': '已就业', en: 'Employed' },
  SELF_EMPLOYED: { 'zh-CN': '自主创业', en: 'Self-employed' },
  STUDENT: { 'zh-CN': '在校学生', en: 'Student' },
  NOT_SEEKING: { 'zh-CN': '暂无就业意愿', en: 'Not looking for work' },
};
const RESIDENCE: Record<Residence, Words> = { URBAN: { 'zh-CN': '城镇', en: 'Urban' }, RURAL: { 'zh-CN': '农村', en: 'Rural' } };
const UNITS: Record<string, Words> = { ONCE: { 'zh-CN': '元（一次性）', en: 'yuan (once)' }, MONTH: { 'zh-CN': '元/月', en: 'yuan a month' }, YEAR: { 'zh-CN': '元/年', en: 'yuan a year' } };
const NONE: Words = { 'zh-CN': '无', en: 'none' };

export const reasonText = (reason: string, L: Locale): string => REASONS[reason]?.[L] ?? reason;
export const factLabel = (key: string, L: Locale): string => FACT_LABELS[key]?.[L] ?? key;

export function factValue(f: Fact, L: Locale): string {
  const sep = L === 'zh-CN' ? '、' : ', ';
  const v = f.value;
  if (Array.isArray(v)) {
    if (!v.length) return NONE[L];
    return v.map((x) => (f.key === 'supportsOffered' ? supportLabel(x as WorkplaceSupport, L) : formLabel(x as EmploymentForm, L))).join(sep);
  }
  if (v === '') return NONE[L];
  switch (f.key) {
    case 'employmentForm': return formLabel(v as EmploymentForm, L);
    case 'education': return educationLabel(v as Education, L);
    case 'employmentStatus': return STATUS[v as EmploymentStatus]?.[L] ?? String(v);
    case 'residence': return RESIDENCE[v as Residence]?.[L] ?? String(v);
    default: return typeof v === 'number' ? new Intl.NumberFormat(L, { maximumFractionDigits: 2 }).format(v) : String(v);
  }
}

/** An amount is a fact only with a figure, a unit and its source; anything less is 待核实. */
export function amountVerified(a: SubsidyAmount | undefined): a is SubsidyAmount & { amountYuan: number } {
  return !!a && a.amountYuan !== null && a.unit !== null && a.source.trim().length > 0;
}

export function amountText(a: SubsidyAmount | undefined, L: Locale): string {
  if (!amountVerified(a)) return UNVERIFIED[L];
  return `${new Intl.NumberFormat(L, { maximumFractionDigits: 2 }).format(a.amountYuan)} ${UNITS[a.unit!][L]}`.replace(/^(\S+) (元)/, '$1$2');
}
