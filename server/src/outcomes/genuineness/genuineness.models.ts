// Shapes that are not rows: an employer's genuineness figures and its reserved postings' (genuineness.ts defines them).
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../common/pagination.js';

@ObjectType({ description: '一项比率：分子 / 分母（分母为0时无比率），以及是否超出阈值' })
export class GenuinenessFigure {
  @Field(() => Int) numerator: number;
  @Field(() => Int) denominator: number;
  @Field(() => Float, { nullable: true, description: 'numerator / denominator, 0..1 rounded to 4 places; null when the denominator is 0' })
  rate: number | null;
  @Field(() => Int, { description: 'Cases behind the figure (postings, applications or placements); judged only with at least minCases' })
  cases: number;
  @Field(() => Float, { nullable: true, description: 'The policy threshold in percent (outcomes.genuineness), null when the figure has none' })
  thresholdPercent: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Past the threshold (below a minimum, above a maximum); null when not judged' })
  pastThreshold: boolean | null;
}

@ObjectType({ description: '招满用时：从发布到首个真实就业登记入职的天数（中位数）' })
export class TimeToFill {
  @Field(() => Float, { nullable: true }) medianDays: number | null;
  @Field(() => Int, { description: 'Filled postings the median is over' }) postings: number;
}

@ObjectType({ description: '一个保留岗位的招录情况' })
export class ReservedPostingGenuineness {
  @Field(() => ID) postingId: string;
  @Field() title: string;
  @Field({ description: 'YYYY-MM-DD' }) publishedOn: string;
  @Field(() => GenuinenessFigure, { description: 'Posts filled by genuine placements (at most the openings) / openings' }) fillRate: GenuinenessFigure;
  @Field(() => GenuinenessFigure, { description: 'Applications that reached an interview / applications' }) interviewRate: GenuinenessFigure;
  @Field(() => Int, { nullable: true, description: 'Days from publication to the first genuine placement\'s start' }) daysToFill: number | null;
}

@ObjectType({ description: '用人单位保留岗位与安置真实性指标' })
export class EmployerGenuineness {
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field() countyCode: string;
  @Field(() => GenuinenessFigure) fillRate: GenuinenessFigure;
  @Field(() => GenuinenessFigure) interviewRate: GenuinenessFigure;
  @Field(() => TimeToFill) timeToFill: TimeToFill;
  @Field(() => GenuinenessFigure, { description: 'Retained at 6 months / due (retention.ts)' }) retention6: GenuinenessFigure;
  @Field(() => GenuinenessFigure, { description: 'Ended before the 3-month date / placements whose 3-month date has passed' })
  endedWithin3Months: GenuinenessFigure;
  @Field(() => GenuinenessFigure, { description: 'Paid below minWageToMinimumPercent % of the minimum wage / placements with a wage stated; thresholdPercent is that share' })
  belowMinimumWage: GenuinenessFigure;
  @Field(() => GenuinenessFigure, { description: 'Months with social insurance stated / months employed in those years' })
  insuranceMonths: GenuinenessFigure;
  @Field(() => Int, { description: 'How many figures are past their threshold (the list is ordered by it, most first)' }) concerns: number;
  @Field(() => Int, { description: 'Cases a figure needs behind it before it is judged (outcomes.genuineness minCases): an employer reads when staff would look' })
  minCases: number;
  @Field(() => Int, { description: 'Reserved postings count from this many days after publication (outcomes.genuineness minPostingAgeDays)' })
  minPostingAgeDays: number;
  @Field(() => [ReservedPostingGenuineness], { description: 'Its reserved postings judged in the period, oldest first' })
  postings: ReservedPostingGenuineness[];
}

export const EmployerGenuinenessPage = Paginated(EmployerGenuineness, 'EmployerGenuinenessPage');
