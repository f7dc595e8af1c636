// The one place the subsidy rules' findings, facts and amounts become words, in the reader's language. Each table
// maps a code to its words as [Chinese, English].
import { EmploymentForm, EmploymentStatus, Residence, type Education } from '../common/domain.js';
import { translate } from '../common/messages.js';
import type { Locale } from '../common/request-context.js';
import type { SubsidyAmount } from '../policy/policy.js';
import { type WorkplaceSupport } from '../vocabulary/codes.js';
import { supportLabel } from '../vocabulary/labels.js';
import { educationLabel, formLabel } from '../vocabulary/work-terms.js';
import type { Fact } from './eligibility.js';

type Pair = readonly [zh: string, en: string];
type Words = Record<Locale, string>;
const say = (p: Pair, L: Locale) => p[L === 'en' ? 1 : 0];

/** 待核实: shown for every figure or condition no source states. */
export const UNVERIFIED: Words = { 'zh-CN': '待核实', en: 'unverified (待核实)' };
const ASK = ['待核实，请向县残联咨询', 'unverified (待核实): ask the county federation'] as const;
const cannotJudge = (zh: string, en: string): Pair => [`无法判断：${zh}；${ASK[0]}`, `Cannot be judged: ${en}; ${ASK[1]}`];

// Why a rule decided as it did: "此人…" of an employer's hire, "您…" to the person; a hire's and a person's rule may
// say the same thing of different people, so each has its own words.
const REASONS: Record<string, Pair> = {
  // an employer's hire
  publicWelfarePost: ['此人在公益性岗位就业', 'This person works in a public-welfare post'],
  notPublicWelfarePost: ['此岗位不是公益性岗位', 'This job is not a public-welfare post'],
  fundedSupportsOffered: ['岗位提供的无障碍支持属于可补贴的改造或辅助器具', 'The job offers supports that an adaptation subsidy can pay for'],
  noFundedSupport: ['岗位未提供可补贴的无障碍改造或辅助器具', 'The job offers no adaptation or device that the subsidy pays for'],
  noPosting: ['此就业未关联职位，无法得知提供了哪些无障碍支持', 'This hire is not linked to a posting, so the supports offered are not on record'],
  hiredGraduate: ['此人是残疾人高校毕业生；单位须为认定的大学生创业实践或就业实习基地（待核实）', 'This person is a disabled college graduate; the employer must be a recognised base (unverified)'],
  notGraduate: ['不是高校毕业生（大专及以上学历并已毕业）', 'Not a college graduate (junior college or higher, graduated)'],
  // applications made under the rules before the workshop register (issue 17): their stored finding keeps this reason
  hiredRural: ['此人是农村残疾人；单位须为认定的就业帮扶车间或农村残疾人就业基地（待核实）', 'This person lives in a rural area; the employer must be a recognised workshop or rural base (unverified)'],
  hireEnded: ['此就业已结束', 'This job has ended'],
  hireNotStarted: ['此就业尚未开始', 'This job has not started yet'],
  hireExcluded: ['此就业经核实不真实，不计入任何统计', 'Staff found this hire not genuine: it counts nowhere'],
  // the employer itself
  aboveQuota: ['按比例就业计入人数超过应安排人数', 'The disabled staff counted exceed the number the quota requires'],
  notAboveQuota: ['按比例就业计入人数未超过应安排人数', 'The disabled staff counted do not exceed the number the quota requires'],
  noQuotaYear: ['该年度没有在职职工人数，无法测算', 'No staff figure for the year, so nothing can be worked out'],
  notEnterprise: ['这项税收优惠给集中安置残疾人的企业，本单位的类型不是企业', 'This tax relief is for enterprises, and this employer is not one'],
  concentratedUnjudged: cannotJudge('方案只写“对集中安置残疾人企业依法享受税收优惠”，“集中安置”的认定标准由税收法规规定，本平台没有这些标准',
    'the plan only says enterprises employing disabled people in numbers get tax relief "by law"; what counts is set by tax law, which the platform does not hold'),
  // the employer's workshops and bases (the register)
  noWorkshop: ['县残联的登记册中没有本单位开办的这类工坊或基地；请县残联登记后再申请', 'The federation\'s register has no workshop or base of this kind run by you; ask the county federation to register it first'],
  workshopNotYours: ['您的招用人员登记在此就业，但登记册没有把它登记为本单位开办；如由本单位开办，请县残联更正登记',
    'Your hires work here, but the register does not record you as running it; if you do, ask the county federation to correct the register'],
  workshopEmploysRural: ['本单位开办的这个工坊或基地现有农村残疾人在此就业；“符合条件的”认定标准待核实', 'You run it and rural disabled people work there now; what "qualifying" means is unverified'],
  workshopNoRuralHires: ['登记在此就业的在岗人员中没有农村残疾人', 'None of the people linked to it as working there now lives in a rural area'],
  workshopEmploys: ['本单位开办的这个机构或工坊现有残疾人在此就业', 'You run it and disabled people work there now'],
  workshopNoHires: ['登记册中没有本单位在此在岗的人员', 'None of your hires is linked to it in the register as working there now'],
  workshopKindNotSupported: ['这个工坊或基地的类型不在这项扶持的范围内', 'This kind of workshop or base is not one this support is for'],
  // the person
  graduate: ['您是残疾人高校毕业生；毕业年限等条件待核实', 'You are a disabled college graduate; the years after graduation are unverified'],
  graduateSelfEmployed: ['您是自主创业的残疾人高校毕业生', 'You are a disabled college graduate running your own business'],
  notSelfEmployed: ['就业状况不是自主创业', 'Your work status is not self-employed'],
  graduateFlexible: ['您是灵活就业的残疾人高校毕业生', 'You are a disabled college graduate in flexible work'],
  notFlexible: ['目前没有灵活就业、兼职或居家就业记录', 'No flexible, part-time or home-based work on record now'],
  selfEmployed: ['您是自主创业的残疾人', 'You run your own business'],
  inPublicWelfarePost: ['您在公益性岗位就业', 'You work in a public-welfare post'],
  notInPublicWelfarePost: ['目前没有公益性岗位就业记录', 'No public-welfare post on record now'],
  notRural: ['您不是农村居民：这项补贴面向农村残疾人及其家庭成员', 'You do not live in a rural area: this subsidy is for rural disabled people and their families'],
  ruralNotHired: ['目前没有在岗的就业登记：这项补贴给受聘的护理人员', 'No job on record now: this subsidy is for carers who are hired'],
  ruralCareUnrecorded: cannotJudge('您是农村居民并在岗，但这项补贴给从集中照护对象残疾家庭中聘用的护理人员，平台没有照护岗位和家庭的记录',
    'you live in a rural area and have a job, but this subsidy is for carers hired from the families of people in centralised care, which the platform does not record'),
  // the person's courses (the training register)
  noCourse: ['培训登记中没有您参加的课程：报名参加培训课程后可申请', 'No course of yours is in the training register: apply once you take one'],
  courseNotStarted: ['这门课程还没有开课，开课后可申请', 'This course has not begun yet: apply once it has'],
  notWorkingAgeAtStart: ['开课时不在就业年龄段', 'Not of working age when the course began'],
  employedAtStart: ['开课时有在岗的就业登记，不是未就业', 'You had a job on record when the course began'],
  notSeekingWork: ['就业状况为暂无就业意愿或在校学生，不属于有就业需求的未就业残疾人', 'Your status is "not looking for work" or "student", not "without work and wanting work"'],
  courseNotCompleted: cannotJudge('您没有完成这门课程，未结业的培训是否补贴，方案没有写明', 'you did not complete this course, and the plan does not say whether an unfinished course is paid for'),
  trainedWhileSeeking: ['开课时您在就业年龄段、未就业且有就业需求，参加了这门培训', 'When the course began you were of working age, without work and wanting work, and you took it'],
  courseFree: ['这门课程免费，没有培训费可补贴', 'This course is free: there is no fee to pay for'],
  // applications made under the rules before the training register (issue 17): their stored finding keeps this reason
  trainingTarget: ['您在就业年龄段、未就业且有就业需求：参加职业技能培训后可申请', 'You are of working age, without work and want work: apply once you take a training course'],
};

const FACT_LABELS: Record<string, Pair> = {
  employmentForm: ['就业形式', 'Form of work'], supportsOffered: ['提供的无障碍支持', 'Supports offered'],
  education: ['学历', 'Education'], graduateYear: ['毕业年份', 'Year of graduation'], residence: ['城乡', 'Urban or rural'],
  startDate: ['开始日期', 'Start date'], endDate: ['结束日期', 'End date'],
  year: ['年度', 'Year'], staffCount: ['在职职工人数', 'Staff'], ratioPercent: ['规定比例（%）', 'Quota ratio (%)'],
  required: ['应安排人数', 'Required'], counted: ['计入人数', 'Counted'], organizationType: ['单位类型', 'Type of employer'],
  workshop: ['工坊或基地', 'Workshop or base'], workshopKind: ['类型', 'Kind'], workshopKinds: ['适用的类型', 'Kinds it supports'],
  workshopHires: ['本单位在此在岗的人员', 'Your hires working there now'], workshopRuralHires: ['其中农村残疾人', 'Of whom rural'],
  employmentStatus: ['就业状况', 'Work status'], currentForms: ['目前的就业形式', 'Current forms of work'],
  age: ['年龄', 'Age'], workingAge: ['就业年龄段', 'Working age'],
  course: ['培训课程', 'Course'], courseStart: ['开课日期', 'First day'], enrolmentStatus: ['报名状态', 'Enrolment'],
  ageAtStart: ['开课时的年龄', 'Age when it began'], formsAtStart: ['开课时的就业', 'Work when it began'], courseFee: ['培训费', 'Course fee'],
};

const STATUS: Record<EmploymentStatus, Pair> = {
  UNEMPLOYED: ['未就业', 'Not employed'], EMPLOYED: ['已就业', 'Employed'], SELF_EMPLOYED: ['自主创业', 'Self-employed'],
  STUDENT: ['在校学生', 'Student'], NOT_SEEKING: ['暂无就业意愿', 'Not looking for work'],
};
const ENROLMENT: Record<string, Pair> = {
  ENROLLED: ['已报名', 'Enrolled'], COMPLETED: ['已结业', 'Completed'], NOT_COMPLETED: ['未结业', 'Not completed'], WITHDRAWN: ['已退出', 'Withdrawn'],
};
const RESIDENCE: Record<Residence, Pair> = { URBAN: ['城镇', 'Urban'], RURAL: ['农村', 'Rural'] };
const UNITS: Record<string, Pair> = { ONCE: ['元（一次性）', 'yuan (once)'], MONTH: ['元/月', 'yuan a month'], YEAR: ['元/年', 'yuan a year'] };
const NONE: Pair = ['无', 'none'];
const FREE: Pair = ['免费', 'free'];
const YUAN: Pair = ['元', 'yuan'];

export const reasonText = (reason: string, L: Locale): string => (REASONS[reason] ? say(REASONS[reason], L) : reason);
export const factLabel = (key: string, L: Locale): string => (FACT_LABELS[key] ? say(FACT_LABELS[key], L) : key);

const number = (v: number, L: Locale) => new Intl.NumberFormat(L, { maximumFractionDigits: 2 }).format(v);

/** One code of a list fact, worded. */
function listItem(key: string, x: string, L: Locale): string {
  if (key === 'supportsOffered') return supportLabel(x as WorkplaceSupport, L);
  if (key === 'workshopKinds') return translate(`workshop.kind.${x}`, {}, L);
  return formLabel(x as EmploymentForm, L);
}

export function factValue(f: Fact, L: Locale): string {
  const v = f.value;
  if (Array.isArray(v)) return v.length ? v.map((x: string) => listItem(f.key, x, L)).join(L === 'zh-CN' ? '、' : ', ') : say(NONE, L);
  if (v === '') return say(NONE, L);
  switch (f.key) {
    case 'employmentForm': return formLabel(v as EmploymentForm, L);
    case 'education': return educationLabel(v as Education, L);
    case 'employmentStatus': return STATUS[v as EmploymentStatus] ? say(STATUS[v as EmploymentStatus], L) : String(v);
    case 'residence': return RESIDENCE[v as Residence] ? say(RESIDENCE[v as Residence], L) : String(v);
    case 'enrolmentStatus': return ENROLMENT[String(v)] ? say(ENROLMENT[String(v)], L) : String(v);
    case 'organizationType': return translate(`orgType.${String(v)}`, {}, L);
    case 'workshopKind': return translate(`workshop.kind.${String(v)}`, {}, L);
    case 'courseFee': return v === 0 ? say(FREE, L) : `${number(Number(v), L)} ${say(YUAN, L)}`.replace(/^(\S+) (元)$/, '$1$2');
    default: return typeof v === 'number' ? number(v, L) : String(v);
  }
}

/** An amount is a fact only with a figure, a unit and its source; anything less is 待核实. */
export function amountVerified(a: SubsidyAmount | undefined): a is SubsidyAmount & { amountYuan: number } {
  return !!a && a.amountYuan !== null && a.unit !== null && a.source.trim().length > 0;
}

export function amountText(a: SubsidyAmount | undefined, L: Locale): string {
  if (!amountVerified(a)) return UNVERIFIED[L];
  return `${number(a.amountYuan, L)} ${say(UNITS[a.unit!], L)}`.replace(/^(\S+) (元)/, '$1$2');
}
