// Shapes that are not rows: an organization's quota position for a year, the people in it, a placement's facts.
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { EmploymentForm } from '../../common/domain.js';
import { Paginated } from '../../common/pagination.js';
import { ContractKind, QuotaNote, QuotaReason } from './quota-vocab.js';

@ObjectType({ description: '就业登记的用工情况（决定是否计入按比例就业）' })
export class PlacementContract {
  @Field(() => ID) placementId: string;
  @Field(() => ID) organizationId: string;
  @Field(() => ID) seekerId: string;
  @Field(() => EmploymentForm) employmentForm: EmploymentForm;
  @Field({ description: 'YYYY-MM-DD' }) startDate: string;
  @Field(() => String, { nullable: true }) endDate: string | null;
  @Field(() => ContractKind, { nullable: true }) contractKind: ContractKind | null;
  @Field(() => Int, { nullable: true }) contractMonths: number | null;
  @Field(() => Float, { nullable: true, description: 'yuan a month' }) monthlyWage: number | null;
  @Field(() => Boolean, { nullable: true }) socialInsuranceFull: boolean | null;
  @Field({ description: 'As counted: the entered value, or else the employment form' }) partTime: boolean;
  @Field(() => Date, { nullable: true }) recordedAt: Date | null;
}

@ObjectType({ description: '计入（或未计入）按比例就业的残疾职工' })
export class QuotaPerson {
  @Field(() => ID) seekerId: string;
  /** The employer's own employee, or staff in scope: names are shown; reading them is audited. */
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'Masked certificate number' }) certificateNumber: string | null;
  @Field(() => Int, { nullable: true, description: 'Disability level on the certificate, 1 (most severe) to 4' }) level: number | null;
  @Field({ description: 'Level 1-2 (or as the policy says): counts double' }) severe: boolean;
  @Field(() => Int) weight: number;
  @Field(() => Int, { description: 'Months of the year that count, 0-12' }) months: number;
  @Field(() => Float, { description: 'weight × months / 12' }) units: number;
  @Field() counts: boolean;
  @Field({ description: 'A new graduate kept on long enough: the whole year of hiring counts' }) graduateFullYear: boolean;
  @Field(() => [QuotaReason], { description: 'Why not (or not every month)' }) reasons: QuotaReason[];
  @Field(() => [PlacementContract]) placements: PlacementContract[];
}

@ObjectType({ description: '单位按比例安排残疾人就业情况与保障金测算（年度）' })
export class QuotaPosition {
  @Field(() => ID) organizationId: string;
  @Field(() => Int) year: number;
  @Field({ description: 'The year is not over: ongoing employment is assumed to last to December' }) provisional: boolean;
  @Field({ description: 'false: no figures entered for the year; the staff count is the organization profile\'s' }) yearDataEntered: boolean;
  @Field(() => Int) staffCount: number;
  @Field(() => Float, { nullable: true, description: 'yuan a year' }) averageWage: number | null;
  @Field(() => Float, { description: 'The ratio in force, e.g. 1.6' }) ratioPercent: number;
  @Field(() => Float, { description: 'staff × ratio, unrounded' }) requiredExact: number;
  @Field(() => Float, { description: 'The obligation: at least one person when there are staff' }) required: number;
  @Field(() => Float) counted: number;
  @Field(() => Int, { description: 'People who count for at least one month' }) countedPeople: number;
  @Field(() => Float, { nullable: true }) achievedRatioPercent: number | null;
  @Field() ratioMet: boolean;
  @Field({ description: '"At least one" rule for agencies and public institutions above the posts set by the policy setting quota.atLeastOne' }) atLeastOneApplies: boolean;
  @Field(() => Boolean, { nullable: true }) atLeastOneMet: boolean | null;
  @Field(() => Float, { description: 'max(0, staff × ratio − counted), not rounded' }) shortfall: number;
  @Field(() => Float, { nullable: true }) socialAverageWage: number | null;
  @Field(() => Int, { nullable: true, description: 'The year of the social average wage used (the latest published up to the year)' }) socialAverageWageYear: number | null;
  @Field(() => Float, { nullable: true }) wageCap: number | null;
  @Field(() => Float, { nullable: true, description: 'min(average wage, cap)' }) levyWage: number | null;
  @Field() wageCapped: boolean;
  @Field(() => Float, { nullable: true, description: 'shortfall × wage, before reductions, yuan' }) levyDue: number | null;
  @Field(() => Int, { nullable: true, description: 'Share of the due payable under a reduction in force (the tiers of the policy setting levy.reductions)' }) reductionPayPercent: number | null;
  @Field() smallEnterpriseExempt: boolean;
  @Field(() => Float, { nullable: true, description: 'Estimated levy payable, yuan' }) levyPayable: number | null;
  @Field(() => [QuotaNote]) notes: QuotaNote[];
  /** resolved by QuotaPositionResolver, which audits the read */
  people: QuotaPerson[];
}

export const QuotaPositionPage = Paginated(QuotaPosition, 'QuotaPositionPage');
