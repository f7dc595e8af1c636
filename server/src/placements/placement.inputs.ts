import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../common/validators.js';
import { ActionLine, EmploymentForm } from '../common/domain.js';

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

  @Field({ defaultValue: '' })
  @MaxLength(1000)
  note: string;

  @Field(() => String, { nullable: true })
  @IsOptional() @MaxLength(100)
  idempotencyKey?: string | null;
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
}
