// GraphQL shapes of retention: the figures, the funnel, the follow-up list and the check-ins due.
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { FollowUpStatus } from '../outcomes-vocab.js';
import { PlacementFollowUp } from './follow-up.entity.js';

@ObjectType({ description: 'Retention at N months: due = retained + left + unknown; rate = retained / due' })
export class RetentionCountModel {
  @Field(() => Int) months: number;
  @Field(() => Int, { description: 'Placements whose N-month date has come on asOf' }) due: number;
  @Field(() => Int, { description: 'Shown to have lasted to the N-month date' }) retained: number;
  @Field(() => Int, { description: 'Ended before the N-month date' }) left: number;
  @Field(() => Int, { description: 'Due, but nothing says either way: counted in due, never in retained' }) unknown: number;
  @Field(() => Float, { nullable: true, description: 'retained / due, 4 places; null when none is due' }) rate: number | null;
}

@ObjectType()
export class RetentionGroupModel {
  @Field({ description: 'A county code, disability category, level, employment form, organization type or action line' }) key: string;
  @Field(() => [RetentionCountModel]) counts: RetentionCountModel[];
}

@ObjectType({ description: '就业留存率：按入职日期在期间内的真实就业登记计，按N个月时的状态（留存、离职、不明）' })
export class RetentionReportModel {
  @Field() from: string;
  @Field() to: string;
  @Field() asOf: string;
  @Field(() => String, { nullable: true }) countyCode: string | null;
  @Field(() => [Int], { description: 'The months counted: those of outcomes.followUpMonths of 3 or more' }) months: number[];
  @Field(() => [RetentionCountModel]) total: RetentionCountModel[];
  @Field(() => [RetentionGroupModel]) byCounty: RetentionGroupModel[];
  @Field(() => [RetentionGroupModel]) byCategory: RetentionGroupModel[];
  @Field(() => [RetentionGroupModel]) byLevel: RetentionGroupModel[];
  @Field(() => [RetentionGroupModel]) byForm: RetentionGroupModel[];
  @Field(() => [RetentionGroupModel]) byEmployerType: RetentionGroupModel[];
  @Field(() => [RetentionGroupModel]) byActionLine: RetentionGroupModel[];
}

@ObjectType({ description: '就业服务漏斗：每一步按人计，每人每步只计一次（定义见 server/src/outcomes/retention/funnel.ts）' })
export class OutcomeFunnelModel {
  @Field() from: string;
  @Field() to: string;
  @Field() asOf: string;
  @Field(() => String, { nullable: true }) countyCode: string | null;
  @Field(() => Int, { description: 'Seeker profiles created on or before `to`' }) registered: number;
  @Field(() => Int, { description: 'Signed in, applied, interviewed, registered for a fair, served or hired in the period' }) active: number;
  @Field(() => Int, { description: 'Sent an application in the period' }) applied: number;
  @Field(() => Int, { description: 'An application reached the interview stage, or an interview was scheduled, in the period' }) interviewed: number;
  @Field(() => Int, { description: 'A genuine placement started in the period' }) hired: number;
  @Field(() => Int, { description: 'Of the hired: their 6-month date has come on asOf' }) due6: number;
  @Field(() => Int, { description: 'Of the hired: retained at 6 months' }) retained6: number;
  @Field(() => Int, { description: 'Of the hired: their 12-month date has come on asOf' }) due12: number;
  @Field(() => Int, { description: 'Of the hired: retained at 12 months' }) retained12: number;
}

@ObjectType()
export class FollowUpMonthModel {
  @Field(() => Int) month: number;
  @Field() dueDate: string;
  @Field({ description: 'Settled: "still employed" from anyone, any staff answer, or the employer\'s "left"' }) done: boolean;
  @Field({ description: 'The date has come and it is not settled' }) overdue: boolean;
  @Field({ description: 'Only the person said they left: staff confirm it' }) awaitingConfirmation: boolean;
}

@ObjectType({ description: 'A placement with follow-ups due: its months and the answers so far' })
export class FollowUpRowModel {
  @Field(() => ID) placementId: string;
  @Field() personName: string;
  @Field() organizationName: string;
  @Field() countyCode: string;
  @Field() startDate: string;
  @Field(() => String, { nullable: true }) endDate: string | null;
  @Field(() => [FollowUpMonthModel]) months: FollowUpMonthModel[];
  @Field(() => [PlacementFollowUp], { description: 'Every answer, by month then source' }) answers: PlacementFollowUp[];
}

@ObjectType({ description: 'A check-in ("还在这里工作吗？") sent for a placement and month, for the person or the employer to answer' })
export class CheckInModel {
  @Field(() => ID) placementId: string;
  @Field(() => Int) month: number;
  @Field() dueDate: string;
  @Field() startDate: string;
  @Field() organizationName: string;
  @Field({ description: 'The person (for the employer); the person sees their own name' }) personName: string;
  @Field(() => FollowUpStatus, { nullable: true, description: 'This side\'s answer, when given' }) answer: FollowUpStatus | null;
  @Field(() => FollowUpStatus, { nullable: true, description: 'What staff recorded for this month, when they did: the check-in is settled and not asked any more' })
  recordedByStaff: FollowUpStatus | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the last day staff recorded, when they recorded LEFT' }) staffLeftOn: string | null;
}
