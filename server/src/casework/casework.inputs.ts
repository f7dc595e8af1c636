import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../common/validators.js';
import { FollowUpStatus } from '../outcomes/outcomes-vocab.js';
import { GraduateStatus, LedgerEntryKind, ServiceKind, WorkIntention } from './casework-vocab.js';

@InputType()
export class ServiceRecordInput {
  @Field(() => ID) @IsUUID() seekerId: string;
  @Field(() => ServiceKind) @IsEnum(ServiceKind) kind: ServiceKind;
  @Field({ description: 'YYYY-MM-DD; the year of the record is its year' }) @IsCalendarDate() serviceDate: string;
  @Field(() => WorkIntention, { nullable: true, description: 'Required for an information check' })
  @IsOptional() @IsEnum(WorkIntention) intention?: WorkIntention | null;
  @Field({ defaultValue: '' }) @MaxLength(500) outcome: string;
  @Field({ defaultValue: '' }) @MaxLength(2000) notes: string;
}

@InputType()
export class GraduatePlanInput {
  @Field(() => ID) @IsUUID() seekerId: string;
  @Field(() => GraduateStatus) @IsEnum(GraduateStatus) status: GraduateStatus;
  @Field({ defaultValue: true }) @IsBoolean() wantsWork: boolean;
  @Field({ defaultValue: true }) @IsBoolean() ableToWork: boolean;
  @Field({ defaultValue: '' }) @MaxLength(5000) plan: string;
}

@InputType()
export class LedgerEntryInput {
  @Field(() => ID) @IsUUID() seekerId: string;
  @Field(() => LedgerEntryKind) @IsEnum(LedgerEntryKind) kind: LedgerEntryKind;
  @Field({ description: 'YYYY-MM-DD' }) @IsCalendarDate() entryDate: string;
  @Field(() => Int, { nullable: true, description: 'Follow-ups: 1, 3, 6 or 12 months after the placement' })
  @IsOptional() @IsIn([1, 3, 6, 12]) followUpMonth?: number | null;
  @Field(() => ID, { nullable: true, description: 'Follow-ups: the placement followed up' })
  @IsOptional() @IsUUID() placementId?: string | null;
  @Field(() => FollowUpStatus, { nullable: true, description: 'Follow-ups: what was found (default EMPLOYED); recorded as the placement\'s staff follow-up' })
  @IsOptional() @IsEnum(FollowUpStatus) followUpStatus?: FollowUpStatus | null;
  @Field(() => String, { nullable: true, description: 'Follow-ups that found the person LEFT: the last day in the job' })
  @IsOptional() @IsCalendarDate() leftOn?: string | null;
  @Field({ defaultValue: '' }) @MaxLength(2000) notes: string;
}

@InputType()
export class GraduateLedgerFilter {
  @Field(() => Int, { nullable: true }) @IsOptional() graduateYear?: number;
  @Field(() => String, { nullable: true }) @IsOptional() countyCode?: string;
  @Field(() => GraduateStatus, { nullable: true }) @IsOptional() @IsEnum(GraduateStatus) status?: GraduateStatus;
  @Field(() => ID, { nullable: true, description: 'One graduate (their page)' }) @IsOptional() @IsUUID() seekerId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Only graduates with an overdue follow-up' }) @IsOptional() @IsBoolean() overdueOnly?: boolean;
}
