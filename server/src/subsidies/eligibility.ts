// Who may claim which subsidy, and why: the conditions the action plan states, applied to the facts of a hire, an
// employer's quota year or a person. Pure: the service gathers the facts; subsidy-words.ts words the findings.
//
// Each finding says which rule decided it (`reason`), the facts it used and the plan's section (from the catalogue).
// ELIGIBLE means "meets every condition the plan states"; the plan leaves further conditions and every amount to
// local rules, which the catalogue marks 待核实 (conditionsComplete: false), so staff review every application.
import { EDUCATION_RANK, Education, EmploymentForm, EmploymentStatus, Residence } from '../common/domain.js';
import type { WorkplaceSupport } from '../vocabulary/codes.js';
import { SUBSIDY_CATALOGUE, SubsidyCode, subsidyEntry } from './subsidy-catalogue.js';

export enum EligibilityOutcome { ELIGIBLE = 'ELIGIBLE', NOT_ELIGIBLE = 'NOT_ELIGIBLE' }

export type FactValue = string | number | boolean | readonly string[];
export interface Fact { key: string; value: FactValue }

export interface Finding {
  code: SubsidyCode;
  /** the hire it is about; null: about the employer or the person */
  placementId: string | null;
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

export interface PersonFacts {
  age: number;
  workingAge: { min: number; max: number };
  employmentStatus: EmploymentStatus;
  education: Education;
  graduateYear: number | null;
  /** forms of the person's placements that are going on today */
  currentForms: readonly EmploymentForm[];
}

/** 高校毕业生: a junior-college (大专) education or higher, with a graduation year up to this year. */
export function isCollegeGraduate(education: Education, graduateYear: number | null, year: number): boolean {
  return EDUCATION_RANK[education] >= EDUCATION_RANK[Education.JUNIOR_COLLEGE] && graduateYear !== null && graduateYear <= year;
}

const FLEXIBLE_FORMS: ReadonlySet<EmploymentForm> = new Set([EmploymentForm.FLEXIBLE, EmploymentForm.PART_TIME, EmploymentForm.HOME_BASED]);

const finding = (code: SubsidyCode, placementId: string | null, ok: boolean, reason: string, facts: Fact[]): Finding =>
  ({ code, placementId, outcome: ok ? EligibilityOutcome.ELIGIBLE : EligibilityOutcome.NOT_ELIGIBLE, reason, facts });

/** What an employer may claim for one hire, evaluated on the day `today` (YYYY-MM-DD). */
export function hireFindings(h: HireFacts, today: string): Finding[] {
  const year = Number(today.slice(0, 4));
  const id = h.placementId;
  const ongoing = !h.excluded && h.startDate <= today && (h.endDate === null || h.endDate >= today);
  const graduate = isCollegeGraduate(h.education, h.graduateYear, year);
  const rural = h.residence === Residence.RURAL;
  const funded = subsidyEntry(SubsidyCode.WORKPLACE_ADAPTATION)!.funds.filter((s) => h.supportsOffered?.includes(s));
  const codes = [SubsidyCode.PUBLIC_WELFARE_INSURANCE, SubsidyCode.WORKPLACE_ADAPTATION, SubsidyCode.INTERNSHIP_BASE, SubsidyCode.WORKSHOP_BASE_SUPPORT];
  if (!ongoing) {
    const reason = h.excluded ? 'hireExcluded' : h.startDate > today ? 'hireNotStarted' : 'hireEnded';
    return codes.map((c) => finding(c, id, false, reason, [{ key: 'startDate', value: h.startDate }, ...(h.endDate ? [{ key: 'endDate', value: h.endDate }] : [])]));
  }
  const form: Fact = { key: 'employmentForm', value: h.employmentForm };
  return [
    finding(SubsidyCode.PUBLIC_WELFARE_INSURANCE, id, h.employmentForm === EmploymentForm.PUBLIC_WELFARE,
      h.employmentForm === EmploymentForm.PUBLIC_WELFARE ? 'publicWelfarePost' : 'notPublicWelfarePost', [form]),
    h.supportsOffered === null
      ? finding(SubsidyCode.WORKPLACE_ADAPTATION, id, false, 'noPosting', [])
      : finding(SubsidyCode.WORKPLACE_ADAPTATION, id, funded.length > 0, funded.length ? 'fundedSupportsOffered' : 'noFundedSupport',
        [{ key: 'supportsOffered', value: funded.length ? funded : h.supportsOffered }]),
    finding(SubsidyCode.INTERNSHIP_BASE, id, graduate, graduate ? 'hiredGraduate' : 'notGraduate',
      [{ key: 'education', value: h.education }, { key: 'graduateYear', value: h.graduateYear ?? '' }]),
    finding(SubsidyCode.WORKSHOP_BASE_SUPPORT, id, rural, rural ? 'hiredRural' : 'notRural', [{ key: 'residence', value: h.residence }]),
  ];
}

/**
 * 超比例 (三（三）): counted disabled staff above the obligation of the year. Above means strictly more than the
 * obligation (staff × ratio, and at least one person where the policy says so): meeting it exactly is not "超".
 */
export function quotaFinding(q: QuotaFacts | null): Finding {
  if (!q || q.staffCount <= 0) return finding(SubsidyCode.ABOVE_QUOTA_REWARD, null, false, 'noQuotaYear', q ? [{ key: 'year', value: q.year }] : []);
  const above = q.counted > q.required;
  return finding(SubsidyCode.ABOVE_QUOTA_REWARD, null, above, above ? 'aboveQuota' : 'notAboveQuota', [
    { key: 'year', value: q.year }, { key: 'staffCount', value: q.staffCount }, { key: 'ratioPercent', value: q.ratioPercent },
    { key: 'required', value: q.required }, { key: 'counted', value: q.counted },
  ]);
}

/** What a person may claim, evaluated in the year `year`. */
export function personFindings(p: PersonFacts, year: number): Finding[] {
  const graduate = isCollegeGraduate(p.education, p.graduateYear, year);
  const gradFacts: Fact[] = [{ key: 'education', value: p.education }, { key: 'graduateYear', value: p.graduateYear ?? '' }];
  const status: Fact = { key: 'employmentStatus', value: p.employmentStatus };
  const selfEmployed = p.employmentStatus === EmploymentStatus.SELF_EMPLOYED;
  const flexible = p.currentForms.filter((f) => FLEXIBLE_FORMS.has(f));
  const publicWelfare = p.currentForms.includes(EmploymentForm.PUBLIC_WELFARE);
  const workingAge = p.age >= p.workingAge.min && p.age <= p.workingAge.max;
  const trainingReason = !workingAge ? 'notWorkingAge' : p.employmentStatus !== EmploymentStatus.UNEMPLOYED ? 'notUnemployedSeeking' : 'trainingTarget';
  const trainingFacts: Fact[] = [{ key: 'age', value: p.age }, { key: 'workingAge', value: `${p.workingAge.min}-${p.workingAge.max}` }, status];
  return [
    finding(SubsidyCode.GRADUATE_JOB_SEEKING, null, graduate, graduate ? 'graduate' : 'notGraduate', gradFacts),
    finding(SubsidyCode.GRADUATE_STARTUP, null, graduate && selfEmployed, !graduate ? 'notGraduate' : selfEmployed ? 'graduateSelfEmployed' : 'notSelfEmployed',
      [...gradFacts, status]),
    finding(SubsidyCode.GRADUATE_FLEXIBLE_INSURANCE, null, graduate && flexible.length > 0,
      !graduate ? 'notGraduate' : flexible.length ? 'graduateFlexible' : 'notFlexible', [...gradFacts, { key: 'currentForms', value: p.currentForms }]),
    finding(SubsidyCode.SELF_EMPLOYMENT, null, selfEmployed, selfEmployed ? 'selfEmployed' : 'notSelfEmployed', [status]),
    finding(SubsidyCode.TRAINING_FEE, null, trainingReason === 'trainingTarget', trainingReason, trainingFacts),
    finding(SubsidyCode.TRAINING_LIVING, null, trainingReason === 'trainingTarget', trainingReason, trainingFacts),
    finding(SubsidyCode.PUBLIC_WELFARE_POST, null, publicWelfare, publicWelfare ? 'inPublicWelfarePost' : 'notInPublicWelfarePost',
      [{ key: 'currentForms', value: p.currentForms }]),
  ];
}

/** The codes each side's rules evaluate (an application for another code is refused). */
export const EMPLOYER_HIRE_CODES: readonly SubsidyCode[] = [SubsidyCode.PUBLIC_WELFARE_INSURANCE, SubsidyCode.WORKPLACE_ADAPTATION,
  SubsidyCode.INTERNSHIP_BASE, SubsidyCode.WORKSHOP_BASE_SUPPORT];
export const EMPLOYER_OWN_CODES: readonly SubsidyCode[] = [SubsidyCode.ABOVE_QUOTA_REWARD];
export const PERSON_CODES: readonly SubsidyCode[] = SUBSIDY_CATALOGUE
  .filter((s) => s.evaluated && s.claimant === 'PERSON').map((s) => s.code);
