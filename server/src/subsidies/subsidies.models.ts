// GraphQL shapes of the catalogue (with amounts from the policy setting) and of what an employer or a person may claim.
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { EmploymentForm } from '../common/domain.js';
import { Paginated } from '../common/pagination.js';
import { WorkplaceSupport } from '../vocabulary/codes.js';
import { EligibilityOutcome } from './eligibility.js';
import { Claimant, ClaimFor, SubsidyCode } from './subsidy-catalogue.js';
import { SubsidyApplication } from './subsidy.entity.js';
import { UnverifiedPart } from './subsidy-vocab.js';

@ObjectType({ description: '补贴金额：未经来源核实的一律显示“待核实”' })
export class SubsidyAmountModel {
  @Field({ description: 'true only with a figure, a unit and the source they come from' }) verified: boolean;
  @Field(() => Float, { nullable: true, description: 'yuan; null unless verified' }) amountYuan: number | null;
  @Field(() => String, { nullable: true, description: 'ONCE, MONTH or YEAR; null unless verified' }) unit: string | null;
  @Field({ description: 'In the request language: the amount, or 待核实' }) text: string;
  @Field(() => String, { nullable: true, description: 'The document the amount comes from' }) source: string | null;
}

@ObjectType({ description: '行动方案列出的补贴或奖励' })
export class SubsidyModel {
  @Field(() => SubsidyCode) code: SubsidyCode;
  @Field({ description: 'In the request language' }) name: string;
  @Field() nameZh: string;
  @Field() nameEn: string;
  @Field(() => Claimant) claimant: Claimant;
  @Field(() => ClaimFor, { description: 'What it is claimed for: a hire, a workshop or base, a course, or the claimant itself' }) claimFor: ClaimFor;
  @Field({ description: 'false: the plan does not say who applies (待核实)' }) claimantStated: boolean;
  @Field({ description: 'The plan\'s section and words' }) source: string;
  @Field({ description: 'The condition, in the request language' }) eligibility: string;
  @Field({ description: 'false: further conditions are left to local rules (待核实)' }) conditionsComplete: boolean;
  @Field({ description: 'Can be applied for online: the rules can find someone eligible. false: they can at most rule a claimant out or say the rest cannot be judged here; it is claimed in person' })
  evaluated: boolean;
  @Field(() => [WorkplaceSupport], { description: 'Workplace supports it can pay for' }) funds: WorkplaceSupport[];
  @Field(() => SubsidyAmountModel) amount: SubsidyAmountModel;
  @Field(() => [UnverifiedPart], { description: 'What no source states: each shown as 待核实' }) unverified: UnverifiedPart[];
}

@ObjectType({ description: '判断所依据的一项事实' })
export class EligibilityFactModel {
  @Field() key: string;
  @Field({ description: 'In the request language' }) label: string;
  @Field({ description: 'In the request language' }) value: string;
}

@ObjectType({ description: '一项补贴能否申请，以及原因' })
export class EligibilityItemModel {
  @Field(() => SubsidyModel) subsidy: SubsidyModel;
  @Field(() => ID, { nullable: true, description: 'For a hire' }) placementId: string | null;
  @Field(() => ID, { nullable: true, description: 'For a workshop or base of the register' }) workshopId: string | null;
  @Field(() => ID, { nullable: true, description: 'For a course the person enrolled in (the enrolment)' }) enrolmentId: string | null;
  @Field(() => String, { nullable: true, description: 'The workshop\'s or the course\'s name' }) subjectName: string | null;
  @Field(() => EligibilityOutcome, { description: 'UNDETERMINED: the condition is one the platform does not record (待核实; ask the county federation)' })
  outcome: EligibilityOutcome;
  @Field({ description: 'The rule that decided, e.g. publicWelfarePost' }) reason: string;
  @Field({ description: 'Why, in the request language' }) why: string;
  @Field(() => [EligibilityFactModel]) facts: EligibilityFactModel[];
  @Field(() => SubsidyApplication, { nullable: true, description: 'The application already made (submitted or approved)' })
  application: SubsidyApplication | null;
}

@ObjectType({ description: '单位的一次招用及其可申请的补贴' })
export class HireEligibilityModel {
  @Field(() => ID) placementId: string;
  @Field({ description: 'Masked (张*)' }) personName: string;
  @Field() startDate: string;
  @Field(() => String, { nullable: true }) endDate: string | null;
  @Field(() => EmploymentForm) employmentForm: EmploymentForm;
  @Field(() => [EligibilityItemModel]) items: EligibilityItemModel[];
}

@ObjectType({ description: '可申请的补贴：单位（每次招用及单位本身）或个人' })
export class SubsidyEligibilityModel {
  @Field(() => ID, { nullable: true }) organizationId: string | null;
  @Field(() => ID, { nullable: true }) seekerId: string | null;
  @Field({ description: 'The day the rules were applied (China time), YYYY-MM-DD' }) asOf: string;
  @Field(() => Int, { nullable: true, description: 'The quota year judged for the reward above the ratio' }) quotaYear: number | null;
  @Field(() => [HireEligibilityModel], { description: 'Employer: each hire' }) hires: HireEligibilityModel[];
  @Field(() => [EligibilityItemModel], { description: 'Employer: for the employer itself; person: for them' }) own: EligibilityItemModel[];
  @Field({ description: 'A person without a profile: nothing can be judged' }) needsProfile: boolean;
}

@ObjectType({ description: '补贴申请及申请人（已脱敏）' })
export class SubsidyApplicationView {
  @Field(() => SubsidyApplication) application: SubsidyApplication;
  @Field({ description: 'In the request language' }) subsidyName: string;
  @Field({ description: 'The employer\'s name, or the person\'s masked name' }) applicantName: string;
  @Field(() => String, { nullable: true, description: 'For a hire: the person, masked' }) personName: string | null;
  @Field(() => String, { nullable: true, description: 'For a workshop or a course: its name' }) subjectName: string | null;
  @Field({ description: 'Why the applicant may claim it, as judged when they applied' }) why: string;
  @Field(() => [EligibilityFactModel]) facts: EligibilityFactModel[];
}
export const SubsidyApplicationPage = Paginated(SubsidyApplicationView, 'SubsidyApplicationPage');
