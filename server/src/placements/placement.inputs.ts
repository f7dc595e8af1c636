import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { HasAtMostDecimals, IsCalendarDate, IsOptionalNotNull } from '../common/validators.js';
import { ActionLine, ContractKind, EmploymentForm } from '../common/domain.js';
import { PlacementEndReason } from './placement-vocab.js';

@InputType({ description: '用工情况: what decides whether a disabled employee counts towards the quota' })
export class PlacementContractInput {
  @Field(() => ContractKind)
  @IsEnum(ContractKind)
  contractKind: ContractKind;

  @Field(() => Int, { nullable: true, description: 'Term of the contract in months; required unless FORMAL_POST. An open-ended contract: its expected length, 12 or more' })
  @IsOptional() @IsInt() @Min(1) @Max(1200)
  contractMonths?: number | null;

  @Field(() => Float, { description: 'Wage actually paid, yuan a month' })
  @HasAtMostDecimals(2, { message: 'validation.twoDecimals' })
  @Min(0) @Max(1_000_000)
  monthlyWage: number;

  @Field({ description: 'Social insurance paid in full (足额缴纳社会保险费)' })
  @IsBoolean()
  socialInsuranceFull: boolean;

  @Field(() => Boolean, { nullable: true, description: 'null: follows the employment form (PART_TIME)' })
  @IsOptional() @IsBoolean()
  partTime?: boolean | null;
}

@InputType({ description: 'Staff: a hire made outside the platform' })
export class RecordPlacementInput {
  @Field(() => ID)
  @IsUUID()
  seekerId: string;

  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => ID, { nullable: true, description: 'When the hire filled one of the posting\'s openings' })
  @IsOptional() @IsUUID()
  postingId?: string | null;

  @Field(() => EmploymentForm)
  @IsEnum(EmploymentForm)
  employmentForm: EmploymentForm;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  startDate: string;

  @Field(() => ActionLine, { nullable: true, description: 'Derived from the facts when omitted' })
  @IsOptional() @IsEnum(ActionLine)
  actionLine?: ActionLine | null;

  @Field(() => Boolean, { nullable: true, description: 'The job is massage work (with no posting, the blind-massage line needs it said; docs/counting.md)' })
  @IsOptional() @IsBoolean()
  massageRole?: boolean | null;

  @Field(() => PlacementContractInput, { nullable: true, description: 'The contract facts, when known (quota counting needs them)' })
  @IsOptional() @ValidateNested() @Type(() => PlacementContractInput)
  contract?: PlacementContractInput | null;

  @Field({ defaultValue: '', description: 'What shows the hire is real (contract seen, social insurance record, visit)' })
  @MaxLength(1000)
  evidence: string;

  @Field({ defaultValue: '' })
  @MaxLength(1000)
  note: string;

  @Field(() => String, { nullable: true })
  @IsOptional() @MaxLength(100)
  idempotencyKey?: string | null;
}

@InputType({ description: 'Staff: correct a placement; each changed field is kept in its history with the reason' })
export class CorrectPlacementInput {
  @Field(() => ID, { nullable: true, description: 'Another employer, when the hire was recorded under the wrong one (not for a hire through a posting); quota figures move with it' })
  @IsOptionalNotNull() @IsUUID()
  organizationId?: string;

  @Field(() => EmploymentForm, { nullable: true })
  @IsOptionalNotNull() @IsEnum(EmploymentForm)
  employmentForm?: EmploymentForm;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptionalNotNull() @IsCalendarDate()
  startDate?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; only for a placement that has ended' })
  @IsOptionalNotNull() @IsCalendarDate()
  endDate?: string;

  @Field(() => PlacementEndReason, { nullable: true, description: 'Only for a placement that has ended' })
  @IsOptionalNotNull() @IsEnum(PlacementEndReason)
  endReason?: PlacementEndReason;

  @Field(() => ActionLine, { nullable: true })
  @IsOptionalNotNull() @IsEnum(ActionLine)
  actionLine?: ActionLine;

  @Field(() => PlacementContractInput, { nullable: true })
  @IsOptionalNotNull() @ValidateNested() @Type(() => PlacementContractInput)
  contract?: PlacementContractInput;

  @Field(() => String, { nullable: true })
  @IsOptionalNotNull() @MaxLength(1000)
  evidence?: string;

  @Field(() => String, { nullable: true })
  @IsOptionalNotNull() @MaxLength(1000)
  note?: string;

  @Field({ description: 'Why the record is corrected (required; kept in the history)' })
  @MaxLength(1000)
  reason: string;
}

@InputType()
export class PlacementFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  countyCode?: string;

  @Field(() => ActionLine, { nullable: true })
  @IsOptional() @IsEnum(ActionLine)
  actionLine?: ActionLine;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  organizationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  seekerId?: string;

  @Field(() => String, { nullable: true, description: 'Start date on or after, YYYY-MM-DD' })
  @IsOptional() @IsCalendarDate()
  from?: string;

  @Field(() => String, { nullable: true, description: 'Start date on or before, YYYY-MM-DD' })
  @IsOptional() @IsCalendarDate()
  to?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only ongoing; false: only ended' })
  @IsOptional() @IsBoolean()
  ongoing?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'true: only those confirmed as not genuine; false: only those that count' })
  @IsOptional() @IsBoolean()
  excluded?: boolean;
}
