// Who may claim which subsidy, and why: the conditions the action plan states, applied to the facts of a hire, an
// employer (its quota year, its type, the workshops and bases it runs in the register) or a person (their profile and
// the courses they took in the training register). Pure: the service gathers the facts; subsidy-words.ts words them.
//
// Each finding says which rule decided it (`reason`), the facts it used and the plan's section (from the catalogue).
// ELIGIBLE means "meets every condition the plan states"; the plan leaves further conditions and every amount to
// local rules, which the catalogue marks 待核实 (conditionsComplete: false), so staff review every application.
// UNDETERMINED means the plan's condition is one the platform does not record: it cannot be judged here (待核实), and
// the words say to ask the county federation.
import { EDUCATION_RANK, Education, EmploymentForm, EmploymentStatus, OrganizationType, Residence } from '../common/domain.js';
import { EnrolmentStatus } from '../training/training-vocab.js';
import type { WorkplaceSupport } from '../vocabulary/codes.js';
import { WorkshopKind } from '../workshops/workshop-vocab.js';
import { Claimant, ClaimFor, codesFor, SubsidyCode, subsidyEntry } from './subsidy-catalogue.js';

export enum EligibilityOutcome { ELIGIBLE = 'ELIGIBLE', NOT_ELIGIBLE = 'NOT_ELIGIBLE', UNDETERMINED = 'UNDETERMINED' }

export type FactValue = string | number | boolean | readonly string[];
export interface Fact { key: string; value: FactValue }

/** The record a finding is about (at most one is set; none: the employer or the person itself). */
export interface Subject { placementId: string | null; workshopId: string | null; enrolmentId: string | null }
const SELF: Subject = { placementId: null, workshopId: null, enrolmentId: null };

export interface Finding extends Subject {
  code: SubsidyCode;
  outcome: EligibilityOutcome;
  /** the rule that decided (subsidy-words.ts words it) */
  reason: string;
  facts: Fact[];
}

/** A hire of the employer, as the rules see it (no disability details: none of these rules needs them). */
export interface HireFacts {
  placementId: string;
  employmentForm: EmploymentForm;
  startDate: string;
  endDate: string | null;
  /** staff found it not genuine: it counts nowhere */
  excluded: boolean;
  education: Education;
  graduateYear: number | null;
  residence: Residence;
  /** the supports the hire's posting offers; null when the hire is not linked to a posting */
  supportsOffered: readonly WorkplaceSupport[] | null;
}

/** The employer's quota position for a year (reporting/quota computes it). */
export interface QuotaFacts {
  year: number;
  staffCount: number;
  ratioPercent: number;
  /** the obligation: staff × ratio, at least one person under quota.obligationAtLeastOne */
  required: number;
  counted: number;
}

/** A workshop or base of the register (server/src/workshops) that the employer runs or its hires work at. */
export interface WorkshopFacts {
  workshopId: string;
  name: string;
  kind: WorkshopKind;
  /** the register records this employer as the one that runs it (workshop.organizationId) */
  runByEmployer: boolean;
  /** the employer's hires linked to it in the register that are going on today (started, not ended, genuine) */
  hires: number;
  /** of those, people who live in a rural area */
  ruralHires: number;
}

/** A course the person enrolled in (server/src/training), with the person's situation on its first day. */
export interface CourseFacts {
  enrolmentId: string;
  title: string;
  startsOn: string;
  feeYuan: number;
  status: EnrolmentStatus;
  ageAtStart: number;
  /** forms of the person's genuine placements going on on the course's first day (the placement register) */
  formsAtStart: readonly EmploymentForm[];
}

export interface PersonFacts {
  age: number;
  workingAge: { min: number; max: number };
  employmentStatus: EmploymentStatus;
  education: Education;
  graduateYear: number | null;
  residence: Residence;
  /** forms of the person's placements that are going on today */
  currentForms: readonly EmploymentForm[];
  /** the person's enrolments in the training register (withdrawn ones included: the rules leave them out) */
  courses: readonly CourseFacts[];
}

/** 高校毕业生: a junior-college (大专) education or higher, with a graduation year up to this year. */
export function isCollegeGraduate(education: Education, graduateYear: number | null, year: number): boolean {
  return EDUCATION_RANK[education] >= EDUCATION_RANK[Education.JUNIOR_COLLEGE] && graduateYear !== null && graduateYear <= year;
}

const FLEXIBLE_FORMS: ReadonlySet<EmploymentForm> = new Set([EmploymentForm.FLEXIBLE, EmploymentForm.PART_TIME, EmploymentForm.HOME_BASED]);
/** 企业 (DOMAIN.md "Employers": 国有企业, 民营企业, platform enterprises); agencies, institutions and organisations are not. */
const ENTERPRISES: ReadonlySet<OrganizationType> = new Set([OrganizationType.STATE_OWNED, OrganizationType.PRIVATE, OrganizationType.PLATFORM]);
/** The kinds of the register each workshop subsidy supports (二（六）; 二（四）（五）, 三（三）). */
export const WORKSHOP_KINDS_SUPPORTED: Readonly<Partial<Record<SubsidyCode, readonly WorkshopKind[]>>> = {
  [SubsidyCode.WORKSHOP_BASE_SUPPORT]: [WorkshopKind.SUPPORT_WORKSHOP, WorkshopKind.RURAL_BASE],
  [SubsidyCode.ASSISTED_EMPLOYMENT_SUPPORT]: [WorkshopKind.ASSISTED_EMPLOYMENT, WorkshopKind.BEAUTIFUL_WORKSHOP],
};
/** People who want work (有就业需求): everyone but those not looking for work and students (学生资助 is another policy, 二（十）). */
const NOT_SEEKING: ReadonlySet<EmploymentStatus> = new Set([EmploymentStatus.NOT_SEEKING, EmploymentStatus.STUDENT]);

const outcomeOf = (ok: boolean) => (ok ? EligibilityOutcome.ELIGIBLE : EligibilityOutcome.NOT_ELIGIBLE);
const finding = (code: SubsidyCode, subject: Partial<Subject>, outcome: EligibilityOutcome | boolean, reason: string, facts: Fact[]): Finding =>
  ({ ...SELF, ...subject, code, outcome: typeof outcome === 'boolean' ? outcomeOf(outcome) : outcome, reason, facts });

/** What an employer may claim for one hire, evaluated on the day `today` (YYYY-MM-DD). */
export function hireFindings(h: HireFacts, today: string): Finding[] {
  const year = Number(today.slice(0, 4));
  const id = { placementId: h.placementId };
  const ongoing = !h.excluded && h.startDate <= today && (h.endDate === null || h.endDate >= today);
  const graduate = isCollegeGraduate(h.education, h.graduateYear, year);
  const funded = subsidyEntry(SubsidyCode.WORKPLACE_ADAPTATION)!.funds.filter((s) => h.supportsOffered?.includes(s));
  if (!ongoing) {
    const reason = h.excluded ? 'hireExcluded' : h.startDate > today ? 'hireNotStarted' : 'hireEnded';
    return EMPLOYER_HIRE_CODES.map((c) => finding(c, id, false, reason, [{ key: 'startDate', value: h.startDate }, ...(h.endDate ? [{ key: 'endDate', value: h.endDate }] : [])]));
  }
  const welfare = h.employmentForm === EmploymentForm.PUBLIC_WELFARE;
  return [
    finding(SubsidyCode.PUBLIC_WELFARE_INSURANCE, id, welfare, welfare ? 'publicWelfarePost' : 'notPublicWelfarePost', [{ key: 'employmentForm', value: h.employmentForm }]),
    h.supportsOffered === null
      ? finding(SubsidyCode.WORKPLACE_ADAPTATION, id, false, 'noPosting', [])
      : finding(SubsidyCode.WORKPLACE_ADAPTATION, id, funded.length > 0, funded.length ? 'fundedSupportsOffered' : 'noFundedSupport',
        [{ key: 'supportsOffered', value: funded.length ? funded : h.supportsOffered }]),
    finding(SubsidyCode.INTERNSHIP_BASE, id, graduate, graduate ? 'hiredGraduate' : 'notGraduate',
      [{ key: 'education', value: h.education }, { key: 'graduateYear', value: h.graduateYear ?? '' }]),
  ];
}

/**
 * 超比例 (三（三）): counted disabled staff above the obligation of the year. Above means strictly more than the
 * obligation (staff × ratio, and at least one person where the policy says so): meeting it exactly is not "超".
 */
export function quotaFinding(q: QuotaFacts | null): Finding {
  if (!q || q.staffCount <= 0) return finding(SubsidyCode.ABOVE_QUOTA_REWARD, SELF, false, 'noQuotaYear', q ? [{ key: 'year', value: q.year }] : []);
  const above = q.counted > q.required;
  return finding(SubsidyCode.ABOVE_QUOTA_REWARD, SELF, above, above ? 'aboveQuota' : 'notAboveQuota', [
    { key: 'year', value: q.year }, { key: 'staffCount', value: q.staffCount }, { key: 'ratioPercent', value: q.ratioPercent },
    { key: 'required', value: q.required }, { key: 'counted', value: q.counted },
  ]);
}

/**
 * 集中安置残疾人企业税收优惠 (三（二）: "对集中安置残疾人企业依法享受税收优惠"). The plan states one testable condition, that
 * the claimant is an enterprise (企业); what counts as employing disabled people "in numbers" (集中安置) is set by tax
 * law, which neither the plan nor DOMAIN.md states: for an enterprise the answer is UNDETERMINED (ask the federation).
 */
export function taxFinding(type: OrganizationType): Finding {
  const enterprise = ENTERPRISES.has(type);
  return finding(SubsidyCode.CONCENTRATED_EMPLOYMENT_TAX, SELF, enterprise ? EligibilityOutcome.UNDETERMINED : false,
    enterprise ? 'concentratedUnjudged' : 'notEnterprise', [{ key: 'organizationType', value: type }]);
}

/**
 * Support of the workshops and bases the employer runs, from the register and the placements linked to it:
 * - 二（六） "对符合条件的就业帮扶车间和农村残疾人就业基地按规定…予以支持", in the action line for rural disabled people
 *   ("帮扶带动农村残疾人…增收"): a 就业帮扶车间 or 农村残疾人就业基地 the register records as run by the employer, with at
 *   least one rural disabled person of its hires working there now;
 * - 二（五） 辅助性就业 ("阳光家园"、"残疾人之家"), 二（四） "美丽工坊", 三（三） "对各类就业帮扶…基地建设按规定给予扶持": an
 *   assisted-employment institution or 美丽工坊 run by the employer, with at least one of its hires working there now.
 * A workshop the employer's hires work at but the register does not record as the employer's is named, not eligible.
 * Home-based work providers: the plan names no support for them (docs/subsidies.md), so no finding.
 */
export function workshopFindings(workshops: readonly WorkshopFacts[]): Finding[] {
  return EMPLOYER_WORKSHOP_CODES.flatMap((code) => {
    const kinds = WORKSHOP_KINDS_SUPPORTED[code]!;
    const theirs = workshops.filter((w) => kinds.includes(w.kind));
    return theirs.length ? theirs.map((w) => workshopFinding(code, w)) : [finding(code, SELF, false, 'noWorkshop', [{ key: 'workshopKinds', value: kinds }])];
  });
}

/** One workshop subsidy for one workshop (a workshop of a kind the subsidy does not support is named, not eligible). */
export function workshopFinding(code: SubsidyCode, w: WorkshopFacts): Finding {
  const rural = code === SubsidyCode.WORKSHOP_BASE_SUPPORT;
  const working = rural ? w.ruralHires : w.hires;
  const reason = !WORKSHOP_KINDS_SUPPORTED[code]?.includes(w.kind) ? 'workshopKindNotSupported' : !w.runByEmployer ? 'workshopNotYours'
    : working > 0 ? (rural ? 'workshopEmploysRural' : 'workshopEmploys') : rural ? 'workshopNoRuralHires' : 'workshopNoHires';
  return finding(code, { workshopId: w.workshopId }, reason === 'workshopEmploys' || reason === 'workshopEmploysRural', reason, [
    { key: 'workshop', value: w.name }, { key: 'workshopKind', value: w.kind }, { key: 'workshopHires', value: w.hires },
    ...(rural ? [{ key: 'workshopRuralHires', value: w.ruralHires }] : []),
  ]);
}

/**
 * 二（十）: "对有就业需求和就业条件的就业年龄段未就业残疾人开展就业技能培训…对符合条件的残疾人按规定给予培训费、生活费（含交通费）补贴".
 * Judged for each course of the training register the person took (withdrawn enrolments are left out), on the
 * course's first day: of working age (policy quota.workingAge), without work (no placement going on that day) and
 * wanting work (not "not looking" nor a student). A course that has not begun is not yet training taken; one the
 * person did not complete is UNDETERMINED (whether it is paid is left to local rules). A free course has no fee.
 */
function courseFindings(p: PersonFacts, today: string): Finding[] {
  const taken = p.courses.filter((c) => c.status !== EnrolmentStatus.WITHDRAWN);
  const codes = [SubsidyCode.TRAINING_FEE, SubsidyCode.TRAINING_LIVING];
  if (!taken.length) {
    return codes.map((code) => finding(code, SELF, false, 'noCourse', [{ key: 'age', value: p.age }, { key: 'workingAge', value: workingAgeText(p) }]));
  }
  return taken.flatMap((c) => {
    const inAge = c.ageAtStart >= p.workingAge.min && c.ageAtStart <= p.workingAge.max;
    const reason = c.status === EnrolmentStatus.ENROLLED && c.startsOn > today ? 'courseNotStarted'
      : !inAge ? 'notWorkingAgeAtStart' : c.formsAtStart.length ? 'employedAtStart' : NOT_SEEKING.has(p.employmentStatus) ? 'notSeekingWork'
        : c.status === EnrolmentStatus.NOT_COMPLETED ? 'courseNotCompleted' : 'trainedWhileSeeking';
    const facts: Fact[] = [
      { key: 'course', value: c.title }, { key: 'courseStart', value: c.startsOn }, { key: 'enrolmentStatus', value: c.status },
      { key: 'ageAtStart', value: c.ageAtStart }, { key: 'workingAge', value: workingAgeText(p) }, { key: 'formsAtStart', value: c.formsAtStart },
      { key: 'employmentStatus', value: p.employmentStatus },
    ];
    const outcome = reason === 'trainedWhileSeeking' ? EligibilityOutcome.ELIGIBLE
      : reason === 'courseNotCompleted' ? EligibilityOutcome.UNDETERMINED : EligibilityOutcome.NOT_ELIGIBLE;
    const subject = { enrolmentId: c.enrolmentId };
    const free = c.feeYuan <= 0 && outcome !== EligibilityOutcome.NOT_ELIGIBLE;
    return [
      finding(SubsidyCode.TRAINING_FEE, subject, free ? false : outcome, free ? 'courseFree' : reason, [...facts, { key: 'courseFee', value: c.feeYuan }]),
      finding(SubsidyCode.TRAINING_LIVING, subject, outcome, reason, facts),
    ];
  });
}

const workingAgeText = (p: PersonFacts) => `${p.workingAge.min}-${p.workingAge.max}`;

/**
 * 乡村公益性岗位补贴 (二（六）): "鼓励农村残疾人及其家庭成员参与农村重度残疾人集中照护服务，优先从集中照护对象残疾家庭中聘用护理
 * 人员，符合条件的给予乡村公益性岗位补贴". Stated and recorded: a rural resident (农村) who is hired (聘用: a job going on
 * today). Stated but not recorded: that the job is caring in centralised care and that the person comes from the family
 * of someone in it; so a rural person in work gets UNDETERMINED, never ELIGIBLE.
 */
function ruralPostFinding(p: PersonFacts): Finding {
  const rural = p.residence === Residence.RURAL;
  const hired = p.currentForms.length > 0;
  return finding(SubsidyCode.RURAL_PUBLIC_WELFARE_POST, SELF, rural && hired ? EligibilityOutcome.UNDETERMINED : false,
    !rural ? 'notRural' : hired ? 'ruralCareUnrecorded' : 'ruralNotHired',
    [{ key: 'residence', value: p.residence }, { key: 'currentForms', value: p.currentForms }]);
}

/** What a person may claim, evaluated on the day `today` (YYYY-MM-DD). */
export function personFindings(p: PersonFacts, today: string): Finding[] {
  const graduate = isCollegeGraduate(p.education, p.graduateYear, Number(today.slice(0, 4)));
  const gradFacts: Fact[] = [{ key: 'education', value: p.education }, { key: 'graduateYear', value: p.graduateYear ?? '' }];
  const status: Fact = { key: 'employmentStatus', value: p.employmentStatus };
  const selfEmployed = p.employmentStatus === EmploymentStatus.SELF_EMPLOYED;
  const flexible = p.currentForms.filter((f) => FLEXIBLE_FORMS.has(f));
  const publicWelfare = p.currentForms.includes(EmploymentForm.PUBLIC_WELFARE);
  return [
    finding(SubsidyCode.GRADUATE_JOB_SEEKING, SELF, graduate, graduate ? 'graduate' : 'notGraduate', gradFacts),
    finding(SubsidyCode.GRADUATE_STARTUP, SELF, graduate && selfEmployed, !graduate ? 'notGraduate' : selfEmployed ? 'graduateSelfEmployed' : 'notSelfEmployed',
      [...gradFacts, status]),
    finding(SubsidyCode.GRADUATE_FLEXIBLE_INSURANCE, SELF, graduate && flexible.length > 0,
      !graduate ? 'notGraduate' : flexible.length ? 'graduateFlexible' : 'notFlexible', [...gradFacts, { key: 'currentForms', value: p.currentForms }]),
    finding(SubsidyCode.SELF_EMPLOYMENT, SELF, selfEmployed, selfEmployed ? 'selfEmployed' : 'notSelfEmployed', [status]),
    ...courseFindings(p, today),
    finding(SubsidyCode.PUBLIC_WELFARE_POST, SELF, publicWelfare, publicWelfare ? 'inPublicWelfarePost' : 'notInPublicWelfarePost',
      [{ key: 'currentForms', value: p.currentForms }]),
    ruralPostFinding(p),
  ];
}

/** The codes each side's rules evaluate, by what they are claimed for (the catalogue's claimFor). */
export const EMPLOYER_HIRE_CODES = codesFor(Claimant.EMPLOYER, ClaimFor.HIRE);
export const EMPLOYER_WORKSHOP_CODES = codesFor(Claimant.EMPLOYER, ClaimFor.WORKSHOP);
