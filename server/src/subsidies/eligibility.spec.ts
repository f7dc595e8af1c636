// Worked examples of the subsidy rules, each with the plan's section it rests on
// (《信阳市促进残疾人就业三年行动实施方案（2022-2024年）》).
import { describe, expect, it } from '@jest/globals';
import { Education, EmploymentForm, EmploymentStatus, Residence } from '../common/domain.js';
import { WorkplaceSupport } from '../vocabulary/codes.js';
import { EligibilityOutcome, hireFindings, isCollegeGraduate, personFindings, quotaFinding, type HireFacts, type PersonFacts } from './eligibility.js';
import { SUBSIDY_CATALOGUE, SubsidyCode, subsidiesFunding } from './subsidy-catalogue.js';

const TODAY = '2024-06-30';
const hire = (over: Partial<HireFacts> = {}): HireFacts => ({
  placementId: 'p1', employmentForm: EmploymentForm.FULL_TIME, startDate: '2024-03-01', endDate: null, excluded: false,
  education: Education.SENIOR_HIGH, graduateYear: null, residence: Residence.URBAN, supportsOffered: [], ...over,
});
const person = (over: Partial<PersonFacts> = {}): PersonFacts => ({
  age: 30, workingAge: { min: 16, max: 60 }, employmentStatus: EmploymentStatus.UNEMPLOYED, education: Education.SENIOR_HIGH,
  graduateYear: null, currentForms: [], ...over,
});
const outcome = (list: ReturnType<typeof hireFindings>, code: SubsidyCode) => list.find((f) => f.code === code)!;

describe('the catalogue', () => {
  it('cites the plan for every subsidy, and marks what the plan leaves to local rules', () => {
    for (const s of SUBSIDY_CATALOGUE) {
      expect(s.source).toMatch(/^《信阳市促进残疾人就业三年行动实施方案（2022-2024年）》[二三]（[一二三四五六七八九十]+）/);
      expect(s.name['zh-CN']).toBeTruthy();
      expect(s.name.en).toBeTruthy();
    }
    expect(new Set(SUBSIDY_CATALOGUE.map((s) => s.code)).size).toBe(SUBSIDY_CATALOGUE.length);
    // the plan states no amount and leaves every condition to "按规定": all are marked
    expect(SUBSIDY_CATALOGUE.every((s) => !s.conditionsComplete)).toBe(true);
  });

  it('names the subsidy that pays for a missing workplace support (DOMAIN.md: a gap can be closed with a subsidy)', () => {
    expect(subsidiesFunding([WorkplaceSupport.SCREEN_READER]).map((s) => s.code)).toEqual([SubsidyCode.WORKPLACE_ADAPTATION]);
    expect(subsidiesFunding([WorkplaceSupport.FLEXIBLE_HOURS])).toEqual([]);
  });
});

describe('an employer, for one hire', () => {
  it('二（五）: a disabled person in a public-welfare post → the post\'s social-insurance subsidy', () => {
    const f = outcome(hireFindings(hire({ employmentForm: EmploymentForm.PUBLIC_WELFARE }), TODAY), SubsidyCode.PUBLIC_WELFARE_INSURANCE);
    expect(f).toMatchObject({ outcome: EligibilityOutcome.ELIGIBLE, reason: 'publicWelfarePost', facts: [{ key: 'employmentForm', value: 'PUBLIC_WELFARE' }] });
    expect(outcome(hireFindings(hire(), TODAY), SubsidyCode.PUBLIC_WELFARE_INSURANCE).outcome).toBe(EligibilityOutcome.NOT_ELIGIBLE);
  });

  it('二（九）、三（三）: the posting offers a screen reader and step-free access → 无障碍改造补贴, naming the supports it pays for', () => {
    const h = hire({ supportsOffered: [WorkplaceSupport.SCREEN_READER, WorkplaceSupport.FLEXIBLE_HOURS, WorkplaceSupport.STEP_FREE_ACCESS] });
    const f = outcome(hireFindings(h, TODAY), SubsidyCode.WORKPLACE_ADAPTATION);
    expect(f.outcome).toBe(EligibilityOutcome.ELIGIBLE);
    expect(f.facts).toEqual([{ key: 'supportsOffered', value: ['STEP_FREE_ACCESS', 'SCREEN_READER'] }]);
    // flexible hours alone are no adaptation; a hire with no posting has no offered supports on record
    expect(outcome(hireFindings(hire({ supportsOffered: [WorkplaceSupport.FLEXIBLE_HOURS] }), TODAY), SubsidyCode.WORKPLACE_ADAPTATION).reason).toBe('noFundedSupport');
    expect(outcome(hireFindings(hire({ supportsOffered: null }), TODAY), SubsidyCode.WORKPLACE_ADAPTATION).reason).toBe('noPosting');
  });

  it('二（七）: a 2023 bachelor hired in 2024 → the internship-base subsidy; a senior-high leaver does not count', () => {
    const g = outcome(hireFindings(hire({ education: Education.BACHELOR, graduateYear: 2023 }), TODAY), SubsidyCode.INTERNSHIP_BASE);
    expect(g).toMatchObject({ outcome: EligibilityOutcome.ELIGIBLE, reason: 'hiredGraduate' });
    expect(outcome(hireFindings(hire({ graduateYear: 2023 }), TODAY), SubsidyCode.INTERNSHIP_BASE).reason).toBe('notGraduate');
  });

  it('二（六）: a rural disabled person hired → support for workshops and rural bases', () => {
    expect(outcome(hireFindings(hire({ residence: Residence.RURAL }), TODAY), SubsidyCode.WORKSHOP_BASE_SUPPORT))
      .toMatchObject({ outcome: EligibilityOutcome.ELIGIBLE, reason: 'hiredRural' });
  });

  it('claims nothing for a hire that ended, has not started, or was found not genuine (三（六）监督落实: 虚假安排)', () => {
    const ended = hireFindings(hire({ employmentForm: EmploymentForm.PUBLIC_WELFARE, endDate: '2024-05-31' }), TODAY);
    expect(ended.every((f) => f.outcome === EligibilityOutcome.NOT_ELIGIBLE && f.reason === 'hireEnded')).toBe(true);
    // the last day of the job still counts
    expect(outcome(hireFindings(hire({ employmentForm: EmploymentForm.PUBLIC_WELFARE, endDate: TODAY }), TODAY), SubsidyCode.PUBLIC_WELFARE_INSURANCE).outcome)
      .toBe(EligibilityOutcome.ELIGIBLE);
    expect(hireFindings(hire({ startDate: '2024-07-01' }), TODAY)[0].reason).toBe('hireNotStarted');
    expect(hireFindings(hire({ excluded: true }), TODAY)[0].reason).toBe('hireExcluded');
  });
});

describe('an employer above the quota ratio (三（三）资金保障: 超比例安排奖励)', () => {
  it('200 staff × 1.6% = 3.2 required; 4 counted (one level-2 person counts 2) is above → the reward', () => {
    const f = quotaFinding({ year: 2023, staffCount: 200, ratioPercent: 1.6, required: 3.2, counted: 4 });
    expect(f).toMatchObject({ outcome: EligibilityOutcome.ELIGIBLE, reason: 'aboveQuota' });
    expect(f.facts).toContainEqual({ key: 'required', value: 3.2 });
  });

  it('500 staff × 1.6% = 8 required; exactly 8 counted meets the ratio but is not above it', () => {
    expect(quotaFinding({ year: 2023, staffCount: 500, ratioPercent: 1.6, required: 8, counted: 8 }).reason).toBe('notAboveQuota');
  });

  it('20 staff: 0.32 rounds up to an obligation of one person; one counted is not above it', () => {
    expect(quotaFinding({ year: 2023, staffCount: 20, ratioPercent: 1.6, required: 1, counted: 1 }).outcome).toBe(EligibilityOutcome.NOT_ELIGIBLE);
  });

  it('no staff figures for the year: nothing to judge', () => {
    expect(quotaFinding(null).reason).toBe('noQuotaYear');
    expect(quotaFinding({ year: 2023, staffCount: 0, ratioPercent: 1.6, required: 0, counted: 0 }).reason).toBe('noQuotaYear');
  });
});

describe('a person', () => {
  const codeOf = (list: ReturnType<typeof personFindings>, code: SubsidyCode) => list.find((f) => f.code === code)!;

  it('二（七）: a 2024 junior-college graduate who runs a shop → the job-seeking and start-up grants, not flexible-work insurance', () => {
    const list = personFindings(person({ education: Education.JUNIOR_COLLEGE, graduateYear: 2024, employmentStatus: EmploymentStatus.SELF_EMPLOYED }), 2024);
    expect(codeOf(list, SubsidyCode.GRADUATE_JOB_SEEKING).outcome).toBe(EligibilityOutcome.ELIGIBLE);
    expect(codeOf(list, SubsidyCode.GRADUATE_STARTUP)).toMatchObject({ outcome: EligibilityOutcome.ELIGIBLE, reason: 'graduateSelfEmployed' });
    expect(codeOf(list, SubsidyCode.GRADUATE_FLEXIBLE_INSURANCE).reason).toBe('notFlexible');
    // 二（三）、三（二）: self-employment support whatever the education
    expect(codeOf(list, SubsidyCode.SELF_EMPLOYMENT).outcome).toBe(EligibilityOutcome.ELIGIBLE);
  });

  it('二（七）: a bachelor still studying for a 2025 degree is not yet a graduate in 2024', () => {
    expect(isCollegeGraduate(Education.BACHELOR, 2025, 2024)).toBe(false);
    expect(codeOf(personFindings(person({ education: Education.BACHELOR, graduateYear: 2025 }), 2024), SubsidyCode.GRADUATE_JOB_SEEKING).reason).toBe('notGraduate');
  });

  it('二（七）: a graduate working part-time from home → the flexible-employment social-insurance subsidy', () => {
    const list = personFindings(person({ education: Education.MASTER, graduateYear: 2022, employmentStatus: EmploymentStatus.EMPLOYED,
      currentForms: [EmploymentForm.HOME_BASED] }), 2024);
    expect(codeOf(list, SubsidyCode.GRADUATE_FLEXIBLE_INSURANCE)).toMatchObject({ outcome: EligibilityOutcome.ELIGIBLE, reason: 'graduateFlexible' });
  });

  it('二（十）: a 30-year-old without work who wants work → training fee and living allowance; at 61, or employed, not', () => {
    const list = personFindings(person(), 2024);
    expect(codeOf(list, SubsidyCode.TRAINING_FEE)).toMatchObject({ outcome: EligibilityOutcome.ELIGIBLE, reason: 'trainingTarget' });
    expect(codeOf(list, SubsidyCode.TRAINING_LIVING).outcome).toBe(EligibilityOutcome.ELIGIBLE);
    expect(codeOf(personFindings(person({ age: 61 }), 2024), SubsidyCode.TRAINING_FEE).reason).toBe('notWorkingAge');
    expect(codeOf(personFindings(person({ employmentStatus: EmploymentStatus.EMPLOYED }), 2024), SubsidyCode.TRAINING_FEE).reason).toBe('notUnemployedSeeking');
    expect(codeOf(personFindings(person({ employmentStatus: EmploymentStatus.NOT_SEEKING }), 2024), SubsidyCode.TRAINING_FEE).outcome).toBe(EligibilityOutcome.NOT_ELIGIBLE);
  });

  it('二（五）: a person in a public-welfare post → the public-welfare post subsidy', () => {
    expect(codeOf(personFindings(person({ employmentStatus: EmploymentStatus.EMPLOYED, currentForms: [EmploymentForm.PUBLIC_WELFARE] }), 2024),
      SubsidyCode.PUBLIC_WELFARE_POST)).toMatchObject({ outcome: EligibilityOutcome.ELIGIBLE, reason: 'inPublicWelfarePost' });
    expect(codeOf(personFindings(person(), 2024), SubsidyCode.PUBLIC_WELFARE_POST).outcome).toBe(EligibilityOutcome.NOT_ELIGIBLE);
  });
});
