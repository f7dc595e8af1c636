// Inputs of retention: a follow-up staff record, the figures' filters and the follow-up list's.
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../common/validators.js';
import { PlacementEndReason } from '../../placements/placement-vocab.js';
import { FollowUpStatus } from '../outcomes-vocab.js';

@InputType()
export class RecordFollowUpInput {
  @Field(() => ID) @IsUUID() placementId: string;
  @Field(() => Int, { description: 'Months after the start: one of the setting outcomes.followUpMonths' }) @IsInt() month: number;
  @Field(() => FollowUpStatus) @IsEnum(FollowUpStatus) status: FollowUpStatus;
  @Field({ description: 'YYYY-MM-DD: when the person or employer was asked; not in the future, not before the start' }) @IsCalendarDate() checkedOn: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, LEFT only: the last day in the job' }) @IsOptional() @IsCalendarDate() leftOn?: string | null;
  @Field(() => PlacementEndReason, { nullable: true, description: 'LEFT only: why, when the answer ends the placement (default OTHER)' })
  @IsOptional() @IsEnum(PlacementEndReason) endReason?: PlacementEndReason | null;
  @Field({ defaultValue: '' }) @MaxLength(1000) note: string;
}

@InputType()
export class RetentionFilter {
  @Field({ description: 'YYYY-MM-DD: placements starting on or after this date' }) @IsCalendarDate() from: string;
  @Field({ description: 'YYYY-MM-DD: placements starting on or before this date' }) @IsCalendarDate() to: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the date states are taken on; default today in China' })
  @IsOptional() @IsCalendarDate() asOf?: string | null;
  @Field(() => String, { nullable: true, description: 'County staff: their own county (the default)' }) @IsOptional() countyCode?: string | null;
}

@InputType()
export class FollowUpListFilter {
  @Field(() => String, { nullable: true }) @IsOptional() countyCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only placements with a follow-up whose date has passed unsettled' })
  @IsOptional() @IsBoolean() overdueOnly?: boolean | null;
}
