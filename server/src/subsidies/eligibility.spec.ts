// Worked examples of the subsidy rules, each with the plan's section it rests on
// (《信阳市促进残疾人就业三年行动实施方案（2022-2024年）》).
import { describe, expect, it } from '@jest/globals';
import { Education, EmploymentForm, EmploymentStatus, OrganizationType, Residence } from '../common/domain.js';
import { EnrolmentStatus } from '../training/training-vocab.js';
import { WorkplaceSupport } from '../vocabulary/codes.js';
import { WorkshopKind } from '../workshops/workshop-vocab.js';
import {
  EligibilityOutcome, hireFindings, isCollegeGraduate, personFindings, quotaFinding, taxFinding, workshopFinding, workshopFindings,
  type CourseFacts, type Finding, type HireFacts, type PersonFacts, type WorkshopFacts,
} from './eligibility.js';
import { Claimant, ClaimFor, SUBSIDY_CATALOGUE, SubsidyCode, subsidiesFunding } from './subsidy-catalogue.js';
import { factValue, reasonText } from './subsidy-words.js';

const TODAY = '2024-06-30';
const { ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED } = EligibilityOutcome;
const hire = (over: Partial<HireFacts> = {}): HireFacts => ({
  placementId: 'p1', employmentForm: EmploymentForm.FULL_TIME, startDate: '2024-03-01', endDate: null, excluded: false,
  education: Education.SENIOR_HIGH, graduateYear: null, residence: Residence.URBAN, supportsOffered: [], ...over,
});
const person = (over: Partial<PersonFacts> = {}): PersonFacts => ({
  age: 30, workingAge: { min: 16, max: 60 }, employmentStatus: EmploymentStatus.UNEMPLOYED, education: Education.SENIOR_HIGH,
  graduateYear: null, residence: Residence.URBAN, currentForms: [], courses: [], ...over,
});
const course = (over: Partial<CourseFacts> = {}): CourseFacts => ({
  enrolmentId: 'e1', title: '电商客服与直播带货培训班', startsOn: '2024-05-06', feeYuan: 1200, status: EnrolmentStatus.ENROLLED,
  ageAtStart: 30, formsAtStart: [], ...over,
});
const workshop = (over: Partial<WorkshopFacts> = {}): WorkshopFacts => ({
  workshopId: 'w1', name: '罗山县周党镇就业帮扶车间', kind: WorkshopKind.SUPPORT_WORKSHOP, runByEmployer: true, hires: 3, ruralHires: 2, ...over,
});
const of = (list: Finding[], code: SubsidyCode) => list.find((f) => f.code === code)!;
const all = (list: Finding[], code: SubsidyCode) => list.filter((f) => f.code === code);
const factsOf = (f: Finding) => Object.fromEntries(f.facts.map((x) => [x.key, x.value]));

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
    // a hire or a workshop is the employer's to claim for; a course is the person's
    for (const s of SUBSIDY_CATALOGUE) {
      if (s.claimFor === ClaimFor.HIRE || s.claimFor === ClaimFor.WORKSHOP) expect(s.claimant).toBe(Claimant.EMPLOYER);
      if (s.claimFor === ClaimFor.COURSE) expect(s.claimant).toBe(Claimant.PERSON);
      if (s.paysForTheJob) expect(s.claimFor).toBe(ClaimFor.HIRE);
    }
  });

  it('names the subsidy that pays for a missing workplace support (DOMAIN.md: a gap can be closed with a subsidy)', () => {
    expect(subsidiesFunding([WorkplaceSupport.SCREEN_READER]).map((s) => s.code)).toEqual([SubsidyCode.WORKPLACE_ADAPTATION]);
    expect(subsidiesFunding([WorkplaceSupport.FLEXIBLE_HOURS])).toEqual([]);
  });
});

describe('an employer, for one hire', () => {
  it('二（五）: a disabled person in a public-welfare post → the post\'s social-insurance subsidy', () => {
    const f = of(hireFindings(hire({ employmentForm: EmploymentForm.PUBLIC_WELFARE }), TODAY), SubsidyCode.PUBLIC_WELFARE_INSURANCE);
    expect(f).toMatchObject({ outcome: ELIGIBLE, reason: 'publicWelfarePost', placementId: 'p1', facts: [{ key: 'employmentForm', value: 'PUBLIC_WELFARE' }] });
    expect(of(hireFindings(hire(), TODAY), SubsidyCode.PUBLIC_WELFARE_INSURANCE).outcome).toBe(NOT_ELIGIBLE);
  });

  it('二（九）、三（三）: the posting offers a screen reader and step-free access → 无障碍改造补贴, naming the supports it pays for', () => {
    const h = hire({ supportsOffered: [WorkplaceSupport.SCREEN_READER, WorkplaceSupport.FLEXIBLE_HOURS, WorkplaceSupport.STEP_FREE_ACCESS] });
    const f = of(hireFindings(h, TODAY), SubsidyCode.WORKPLACE_ADAPTATION);
    expect(f.outcome).toBe(ELIGIBLE);
    expect(f.facts).toEqual([{ key: 'supportsOffered', value: ['STEP_FREE_ACCESS', 'SCREEN_READER'] }]);
    // flexible hours alone are no adaptation; a hire with no posting has no offered supports on record
    expect(of(hireFindings(hire({ supportsOffered: [WorkplaceSupport.FLEXIBLE_HOURS] }), TODAY), SubsidyCode.WORKPLACE_ADAPTATION).reason).toBe('noFundedSupport');
    expect(of(hireFindings(hire({ supportsOffered: null }), TODAY), SubsidyCode.WORKPLACE_ADAPTATION).reason).toBe('noPosting');
  });

  it('二（七）: a 2023 bachelor hired in 2024 → the internship-base subsidy; a senior-high leaver does not count', () => {
    const g = of(hireFindings(hire({ education: Education.BACHELOR, graduateYear: 2023 }), TODAY), SubsidyCode.INTERNSHIP_BASE);
    expect(g).toMatchObject({ outcome: ELIGIBLE, reason: 'hiredGraduate' });
    expect(of(hireFindings(hire({ graduateYear: 2023 }), TODAY), SubsidyCode.INTERNSHIP_BASE).reason).toBe('notGraduate');
  });

  it('a rural hire alone no longer claims the workshop support: that is the workshop\'s (its own findings, below)', () => {
    expect(hireFindings(hire({ residence: Residence.RURAL }), TODAY).map((f) => f.code)).not.toContain(SubsidyCode.WORKSHOP_BASE_SUPPORT);
  });

  it('claims nothing for a hire that ended, has not started, or was found not genuine (三（六）监督落实: 虚假安排)', () => {
    const ended = hireFindings(hire({ employmentForm: EmploymentForm.PUBLIC_WELFARE, endDate: '2024-05-31' }), TODAY);
    expect(ended.every((f) => f.outcome === NOT_ELIGIBLE && f.reason === 'hireEnded')).toBe(true);
    // the last day of the job still counts
    expect(of(hireFindings(hire({ employmentForm: EmploymentForm.PUBLIC_WELFARE, endDate: TODAY }), TODAY), SubsidyCode.PUBLIC_WELFARE_INSURANCE).outcome)
      .toBe(ELIGIBLE);
    expect(hireFindings(hire({ startDate: '2024-07-01' }), TODAY)[0].reason).toBe('hireNotStarted');
    expect(hireFindings(hire({ excluded: true }), TODAY)[0].reason).toBe('hireExcluded');
  });
});

describe('an employer above the quota ratio (三（三）资金保障: 超比例安排奖励)', () => {
  it('200 staff × 1.6% = 3.2 required; 4 counted (one level-2 person counts 2) is above → the reward', () => {
    const f = quotaFinding({ year: 2023, staffCount: 200, ratioPercent: 1.6, required: 3.2, counted: 4 });
    expect(f).toMatchObject({ outcome: ELIGIBLE, reason: 'aboveQuota' });
    expect(f.facts).toContainEqual({ key: 'required', value: 3.2 });
  });

  it('500 staff × 1.6% = 8 required; exactly 8 counted meets the ratio but is not above it', () => {
    expect(quotaFinding({ year: 2023, staffCount: 500, ratioPercent: 1.6, required: 8, counted: 8 }).reason).toBe('notAboveQuota');
  });

  it('20 staff: 0.32 rounds up to an obligation of one person; one counted is not above it', () => {
    expect(quotaFinding({ year: 2023, staffCount: 20, ratioPercent: 1.6, required: 1, counted: 1 }).outcome).toBe(NOT_ELIGIBLE);
  });

  it('no staff figures for the year: nothing to judge', () => {
    expect(quotaFinding(null).reason).toBe('noQuotaYear');
    expect(quotaFinding({ year: 2023, staffCount: 0, ratioPercent: 1.6, required: 0, counted: 0 }).reason).toBe('noQuotaYear');
  });
});

describe('集中安置残疾人企业税收优惠 (三（二）: "对集中安置残疾人企业依法享受税收优惠")', () => {
  it('a private enterprise: the plan gives no test of "集中安置", so it cannot be judged here (待核实, ask the federation)', () => {
    const f = taxFinding(OrganizationType.PRIVATE);
    expect(f).toMatchObject({ outcome: UNDETERMINED, reason: 'concentratedUnjudged', facts: [{ key: 'organizationType', value: 'PRIVATE' }] });
    expect(reasonText(f.reason, 'zh-CN')).toMatch(/^无法判断：.*待核实，请向县残联咨询$/);
    expect(reasonText(f.reason, 'en')).toMatch(/^Cannot be judged: .*unverified \(待核实\): ask the county federation$/);
    expect(taxFinding(OrganizationType.STATE_OWNED).outcome).toBe(UNDETERMINED);
    expect(taxFinding(OrganizationType.PLATFORM).outcome).toBe(UNDETERMINED);
  });

  it('agencies, public institutions and organisations are not enterprises (DOMAIN.md, "Employers"): not eligible', () => {
    for (const t of [OrganizationType.GOVERNMENT_AGENCY, OrganizationType.PUBLIC_INSTITUTION, OrganizationType.SOCIAL_ORG, OrganizationType.AUXILIARY_INSTITUTION]) {
      expect(taxFinding(t)).toMatchObject({ outcome: NOT_ELIGIBLE, reason: 'notEnterprise' });
    }
  });
});

describe('workshops and bases the employer runs (the register; 二（四）（五）（六）, 三（三）)', () => {
  it('二（六）: a 就业帮扶车间 it runs, with 2 of its 3 people there rural → support of the workshop, naming the record', () => {
    const f = of(workshopFindings([workshop()]), SubsidyCode.WORKSHOP_BASE_SUPPORT);
    expect(f).toMatchObject({ outcome: ELIGIBLE, reason: 'workshopEmploysRural', workshopId: 'w1', placementId: null });
    expect(factsOf(f)).toEqual({ workshop: '罗山县周党镇就业帮扶车间', workshopKind: 'SUPPORT_WORKSHOP', workshopHires: 3, workshopRuralHires: 2 });
    expect(factValue(f.facts[1], 'zh-CN')).toBe('就业帮扶车间');
    // a rural base likewise; one whose people are all urban is not supported by the rural action line
    expect(of(workshopFindings([workshop({ kind: WorkshopKind.RURAL_BASE, name: '光山县茶叶基地' })]), SubsidyCode.WORKSHOP_BASE_SUPPORT).outcome).toBe(ELIGIBLE);
    expect(of(workshopFindings([workshop({ ruralHires: 0 })]), SubsidyCode.WORKSHOP_BASE_SUPPORT).reason).toBe('workshopNoRuralHires');
  });

  it('its hires work at a base the register does not record as its own: named, not eligible', () => {
    expect(of(workshopFindings([workshop({ runByEmployer: false })]), SubsidyCode.WORKSHOP_BASE_SUPPORT))
      .toMatchObject({ outcome: NOT_ELIGIBLE, reason: 'workshopNotYours', workshopId: 'w1' });
    // claimed for a workshop of a kind the support is not for (a 就业帮扶车间 under 辅助性就业机构扶持): named, not eligible
    expect(workshopFinding(SubsidyCode.ASSISTED_EMPLOYMENT_SUPPORT, workshop()))
      .toMatchObject({ outcome: NOT_ELIGIBLE, reason: 'workshopKindNotSupported', workshopId: 'w1' });
  });

  it('二（五）、二（四）、三（三）: a 阳光家园 or a 美丽工坊 it runs with one person working there → their support; with nobody, not', () => {
    const list = workshopFindings([
      workshop({ workshopId: 'w2', name: '罗山县阳光家园', kind: WorkshopKind.ASSISTED_EMPLOYMENT, hires: 1, ruralHires: 0 }),
      workshop({ workshopId: 'w3', name: '新县美丽工坊', kind: WorkshopKind.BEAUTIFUL_WORKSHOP, hires: 0, ruralHires: 0 }),
    ]);
    const assisted = all(list, SubsidyCode.ASSISTED_EMPLOYMENT_SUPPORT);
    expect(assisted.map((f) => [f.workshopId, f.outcome, f.reason])).toEqual([['w2', ELIGIBLE, 'workshopEmploys'], ['w3', NOT_ELIGIBLE, 'workshopNoHires']]);
    expect(factsOf(assisted[0])).toEqual({ workshop: '罗山县阳光家园', workshopKind: 'ASSISTED_EMPLOYMENT', workshopHires: 1 });
    // neither is a 就业帮扶车间 or rural base
    expect(of(list, SubsidyCode.WORKSHOP_BASE_SUPPORT)).toMatchObject({ reason: 'noWorkshop', workshopId: null });
  });

  it('no workshop in the register (or only a home-based work provider, for which the plan names no support): says so', () => {
    for (const list of [workshopFindings([]), workshopFindings([workshop({ kind: WorkshopKind.HOME_BASED_PROVIDER })])]) {
      expect(list.map((f) => [f.code, f.outcome, f.reason])).toEqual([
        [SubsidyCode.WORKSHOP_BASE_SUPPORT, NOT_ELIGIBLE, 'noWorkshop'], [SubsidyCode.ASSISTED_EMPLOYMENT_SUPPORT, NOT_ELIGIBLE, 'noWorkshop'],
      ]);
    }
  });
});

describe('a person', () => {
  it('二（七）: a 2024 junior-college graduate who runs a shop → the job-seeking and start-up grants, not flexible-work insurance', () => {
    const list = personFindings(person({ education: Education.JUNIOR_COLLEGE, graduateYear: 2024, employmentStatus: EmploymentStatus.SELF_EMPLOYED }), TODAY);
    expect(of(list, SubsidyCode.GRADUATE_JOB_SEEKING).outcome).toBe(ELIGIBLE);
    expect(of(list, SubsidyCode.GRADUATE_STARTUP)).toMatchObject({ outcome: ELIGIBLE, reason: 'graduateSelfEmployed' });
    expect(of(list, SubsidyCode.GRADUATE_FLEXIBLE_INSURANCE).reason).toBe('notFlexible');
    // 二（三）、三（二）: self-employment support whatever the education
    expect(of(list, SubsidyCode.SELF_EMPLOYMENT).outcome).toBe(ELIGIBLE);
  });

  it('二（七）: a bachelor still studying for a 2025 degree is not yet a graduate in 2024', () => {
    expect(isCollegeGraduate(Education.BACHELOR, 2025, 2024)).toBe(false);
    expect(of(personFindings(person({ education: Education.BACHELOR, graduateYear: 2025 }), TODAY), SubsidyCode.GRADUATE_JOB_SEEKING).reason).toBe('notGraduate');
  });

  it('二（七）: a graduate working part-time from home → the flexible-employment social-insurance subsidy', () => {
    const list = personFindings(person({ education: Education.MASTER, graduateYear: 2022, employmentStatus: EmploymentStatus.EMPLOYED,
      currentForms: [EmploymentForm.HOME_BASED] }), TODAY);
    expect(of(list, SubsidyCode.GRADUATE_FLEXIBLE_INSURANCE)).toMatchObject({ outcome: ELIGIBLE, reason: 'graduateFlexible' });
  });

  it('二（五）: a person in a public-welfare post → the public-welfare post subsidy', () => {
    expect(of(personFindings(person({ employmentStatus: EmploymentStatus.EMPLOYED, currentForms: [EmploymentForm.PUBLIC_WELFARE] }), TODAY),
      SubsidyCode.PUBLIC_WELFARE_POST)).toMatchObject({ outcome: ELIGIBLE, reason: 'inPublicWelfarePost' });
    expect(of(personFindings(person(), TODAY), SubsidyCode.PUBLIC_WELFARE_POST).outcome).toBe(NOT_ELIGIBLE);
  });
});

describe('a person\'s courses in the training register (二（十）: 培训费、生活费（含交通费）补贴)', () => {
  const training = (p: PersonFacts) => personFindings(p, TODAY).filter((f) => f.code === SubsidyCode.TRAINING_FEE || f.code === SubsidyCode.TRAINING_LIVING);

  it('30 and without work when a 1,200-yuan course began on 6 May → both subsidies for that course, naming it', () => {
    const [fee, living] = training(person({ courses: [course()] }));
    expect(fee).toMatchObject({ code: SubsidyCode.TRAINING_FEE, outcome: ELIGIBLE, reason: 'trainedWhileSeeking', enrolmentId: 'e1' });
    expect(living).toMatchObject({ code: SubsidyCode.TRAINING_LIVING, outcome: ELIGIBLE, enrolmentId: 'e1' });
    expect(factsOf(fee)).toMatchObject({ course: '电商客服与直播带货培训班', courseStart: '2024-05-06', enrolmentStatus: 'ENROLLED', ageAtStart: 30,
      formsAtStart: [], courseFee: 1200 });
    expect(factValue({ key: 'courseFee', value: 1200 }, 'zh-CN')).toBe('1,200元');
  });

  it('judged on the course\'s first day: a job found after it does not take the subsidy away; a job held when it began does', () => {
    const after = person({ employmentStatus: EmploymentStatus.EMPLOYED, currentForms: [EmploymentForm.FULL_TIME],
      courses: [course({ status: EnrolmentStatus.COMPLETED })] });
    expect(training(after).map((f) => f.outcome)).toEqual([ELIGIBLE, ELIGIBLE]);
    expect(training(person({ courses: [course({ formsAtStart: [EmploymentForm.FULL_TIME] })] })).map((f) => f.reason))
      .toEqual(['employedAtStart', 'employedAtStart']);
  });

  it('a free course (二（六）（八）: free training) has no fee to pay for; the living allowance still applies', () => {
    expect(training(person({ courses: [course({ feeYuan: 0 })] })).map((f) => [f.outcome, f.reason]))
      .toEqual([[NOT_ELIGIBLE, 'courseFree'], [ELIGIBLE, 'trainedWhileSeeking']]);
  });

  it('not yet begun, 61 when it began (working age 16-60), or not looking for work or a student: not eligible', () => {
    expect(training(person({ courses: [course({ startsOn: '2024-07-15' })] }))[0].reason).toBe('courseNotStarted');
    expect(training(person({ courses: [course({ ageAtStart: 61 })] }))[0].reason).toBe('notWorkingAgeAtStart');
    expect(training(person({ courses: [course({ ageAtStart: 60 })] }))[0].outcome).toBe(ELIGIBLE);
    expect(training(person({ employmentStatus: EmploymentStatus.NOT_SEEKING, courses: [course()] }))[1].reason).toBe('notSeekingWork');
    expect(training(person({ employmentStatus: EmploymentStatus.STUDENT, courses: [course()] }))[1].reason).toBe('notSeekingWork');
  });

  it('a course not completed cannot be judged here: the plan does not say whether it is paid (待核实, ask the federation)', () => {
    const [fee, living] = training(person({ courses: [course({ status: EnrolmentStatus.NOT_COMPLETED })] }));
    expect([fee.outcome, living.outcome]).toEqual([UNDETERMINED, UNDETERMINED]);
    expect(reasonText(living.reason, 'zh-CN')).toMatch(/^无法判断：.*待核实，请向县残联咨询$/);
  });

  it('one pair of findings per course taken; withdrawn ones left out; with none, apply once you take one', () => {
    const list = training(person({ courses: [course(), course({ enrolmentId: 'e2', title: '盲人保健按摩提升培训班', status: EnrolmentStatus.WITHDRAWN }),
      course({ enrolmentId: 'e3', title: '手工编织（非遗）技能培训', status: EnrolmentStatus.COMPLETED })] }));
    expect(list.map((f) => f.enrolmentId)).toEqual(['e1', 'e1', 'e3', 'e3']);
    const none = training(person({ courses: [course({ status: EnrolmentStatus.WITHDRAWN })] }));
    expect(none.map((f) => [f.outcome, f.reason, f.enrolmentId])).toEqual([[NOT_ELIGIBLE, 'noCourse', null], [NOT_ELIGIBLE, 'noCourse', null]]);
  });
});

describe('乡村公益性岗位补贴 (二（六）: carers hired from the families of people in centralised care, "符合条件的")', () => {
  const rural = (p: PersonFacts) => of(personFindings(p, TODAY), SubsidyCode.RURAL_PUBLIC_WELFARE_POST);

  it('an urban resident: not eligible (the measure is for rural disabled people and their families)', () => {
    expect(rural(person({ currentForms: [EmploymentForm.PUBLIC_WELFARE] }))).toMatchObject({ outcome: NOT_ELIGIBLE, reason: 'notRural' });
  });

  it('a rural resident without a job on record: not eligible (the subsidy is for carers who are hired)', () => {
    expect(rural(person({ residence: Residence.RURAL }))).toMatchObject({ outcome: NOT_ELIGIBLE, reason: 'ruralNotHired' });
  });

  it('a rural resident in a job: cannot be judged (the care post and the family are not recorded), never eligible', () => {
    const f = rural(person({ residence: Residence.RURAL, employmentStatus: EmploymentStatus.EMPLOYED, currentForms: [EmploymentForm.PUBLIC_WELFARE] }));
    expect(f).toMatchObject({ outcome: UNDETERMINED, reason: 'ruralCareUnrecorded' });
    expect(factsOf(f)).toEqual({ residence: 'RURAL', currentForms: ['PUBLIC_WELFARE'] });
    expect(reasonText(f.reason, 'en')).toMatch(/^Cannot be judged: .*ask the county federation$/);
  });
});
