import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { SubsidyCode } from './subsidy-catalogue.js';
import { ApplicationState } from './subsidy-vocab.js';

export const NOTE_MAX = 500;

@InputType({ description: '申请补贴：单位为某次招用（placementId）或单位本身；个人为自己' })
export class ApplySubsidyInput {
  @Field(() => SubsidyCode) @IsEnum(SubsidyCode) subsidyCode: SubsidyCode;
  @Field(() => ID, { nullable: true, description: 'Employer: the hire it is for (subsidies claimed for a hire)' })
  @IsOptional() @IsUUID() placementId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Employer: the workshop or base of the register it is for (their support)' })
  @IsOptional() @IsUUID() workshopId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Person: the enrolment in the course it is for (training subsidies)' })
  @IsOptional() @IsUUID() enrolmentId?: string | null;
  @Field(() => String, { nullable: true, description: 'What to add for the reviewer' }) @IsOptional() @MaxLength(NOTE_MAX) note?: string | null;
}

@InputType({ description: '审核补贴申请：批准或驳回（驳回须写明理由）' })
export class DecideSubsidyInput {
  @Field(() => ID) @IsUUID() applicationId: string;
  @Field() @IsBoolean() approve: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(NOTE_MAX) reason?: string | null;
}

@InputType({ description: '撤回一份仍在等待审核的补贴申请' })
export class WithdrawSubsidyInput {
  @Field(() => ID) @IsUUID() applicationId: string;
}

@InputType()
export class SubsidyApplicationFilter {
  @Field(() => String, { nullable: true }) @IsOptional() countyCode?: string | null;
  @Field(() => ApplicationState, { nullable: true }) @IsOptional() @IsEnum(ApplicationState) status?: ApplicationState | null;
}
