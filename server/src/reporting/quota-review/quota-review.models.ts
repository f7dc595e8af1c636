// Shapes of the quota-review pack: the live pack or a submitted version (its frozen snapshot), and list rows.
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../common/pagination.js';
import { ContractKind, QuotaNote, QuotaReason } from '../../reporting/quota/quota-vocab.js';
import { QuotaReviewLineKey, QuotaReviewStatus } from './quota-review-vocab.js';

@ObjectType({ description: '年审表中的一条就业登记' })
export class QuotaReviewPlacement {
  @Field(() => ID) placementId: string;
  @Field() startDate: string;
  @Field(() => String, { nullable: true }) endDate: string | null;
  @Field(() => ContractKind, { nullable: true }) contractKind: ContractKind | null;
  @Field(() => Int, { nullable: true }) contractMonths: number | null;
  @Field(() => Float, { nullable: true, description: 'yuan a month' }) monthlyWage: number | null;
  @Field(() => Boolean, { nullable: true }) socialInsuranceFull: boolean | null;
  @Field() partTime: boolean;
  @Field(() => Int, { description: 'Months of the year whose last day the placement covers' }) monthsEmployed: number;
  @Field(() => Int, { nullable: true, description: 'Months with social insurance paid, as the employer states; null: not stated' }) insuranceMonths: number | null;
}

@ObjectType({ description: '年审表中的一位残疾职工' })
export class QuotaReviewPerson {
  @Field(() => ID) seekerId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'Masked certificate number' }) certificateNumber: string | null;
  @Field(() => Int, { nullable: true }) level: number | null;
  @Field() severe: boolean;
  @Field(() => Int) weight: number;
  @Field(() => Int, { description: 'Months of the year employed (every placement; a month counts once)' }) monthsEmployed: number;
  @Field(() => Int, { description: 'Months of the year that count' }) monthsCounted: number;
  @Field(() => Int, { nullable: true, description: 'Insurance months over the placements, at most 12; null while one is not stated' }) insuranceMonths: number | null;
  @Field({ description: 'A placement\'s stated insurance months fall short of its months employed in the year: it does not count (reason INSURANCE_MONTHS_SHORT)' }) insuranceShort: boolean;
  @Field(() => Float, { description: 'weight × months counted / 12' }) units: number;
  @Field() counts: boolean;
  @Field() graduateFullYear: boolean;
  @Field(() => [QuotaReason]) reasons: QuotaReason[];
  @Field(() => [QuotaReviewPlacement]) placements: QuotaReviewPlacement[];
}

@ObjectType({ description: '按比例就业与保障金计算的一行，附规则说明' })
export class QuotaReviewLine {
  @Field(() => QuotaReviewLineKey) key: QuotaReviewLineKey;
  @Field({ description: 'The line\'s name, in the reader\'s language' }) label: string;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field({ description: 'The rule in words, with the figures it uses' }) rule: string;
}

@ObjectType({ description: '年审表的一个提交版本（不含名单）' })
export class QuotaReviewSubmission {
  @Field(() => ID) id: string;
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field() countyCode: string;
  @Field(() => Int) year: number;
  @Field(() => Int) version: number;
  @Field(() => QuotaReviewStatus) status: QuotaReviewStatus;
  @Field() submittedAt: Date;
  @Field() submittedByName: string;
  @Field(() => Date, { nullable: true }) reviewedAt: Date | null;
  @Field(() => String, { nullable: true }) reviewedByName: string | null;
  @Field(() => String, { nullable: true }) returnReason: string | null;
  @Field(() => Float) required: number;
  @Field(() => Float) counted: number;
  @Field(() => Float) shortfall: number;
  @Field(() => Float, { nullable: true }) levyPayable: number | null;
}

@ObjectType({ description: '单位按比例安排残疾人就业年审表：未提交时为实时数据，提交后为冻结的快照' })
export class QuotaReviewPack {
  @Field(() => ID, { nullable: true, description: 'The submitted version; null for the live pack' }) id: string | null;
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field(() => QuotaReviewStatus, { description: 'The live pack: the latest version\'s status, or DRAFT' }) status: QuotaReviewStatus;
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field() creditCode: string;
  @Field() countyCode: string;
  @Field(() => Int) year: number;
  @Field({ description: 'The year is not over: a pack cannot be submitted yet' }) provisional: boolean;
  @Field() ratioMet: boolean;
  @Field(() => [QuotaNote]) notes: QuotaNote[];
  @Field(() => [QuotaReviewLine]) lines: QuotaReviewLine[];
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => String, { nullable: true }) submittedByName: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt: Date | null;
  @Field(() => String, { nullable: true }) reviewedByName: string | null;
  @Field(() => String, { nullable: true }) returnReason: string | null;
  @Field(() => [QuotaReviewSubmission], { description: 'Every version submitted for the organization and year, latest first' }) submissions: QuotaReviewSubmission[];
  /** resolved by QuotaReviewResolver, which audits the read */
  people: QuotaReviewPerson[];
}

@ObjectType({ description: '就业登记的年度社保缴纳月数' })
export class PlacementYearFact {
  @Field(() => ID) placementId: string;
  @Field(() => Int) year: number;
  @Field(() => Int) insuranceMonths: number;
}

export const QuotaReviewSubmissionPage = Paginated(QuotaReviewSubmission, 'QuotaReviewSubmissionPage');
