import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayUnique, IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ApplicationStatus, InterviewAccommodation } from '../common/domain.js';

@InputType()
export class ApplyInput {
  @Field(() => ID)
  @IsUUID()
  postingId: string;

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  note: string;

  @Field(() => [InterviewAccommodation], { defaultValue: [] })
  @ArrayUnique() @IsEnum(InterviewAccommodation, { each: true })
  accommodations: InterviewAccommodation[];

  @Field({ defaultValue: '' })
  @MaxLength(1000)
  accommodationNote: string;

  @Field(() => ID, { nullable: true, description: 'The recruitment event the application is made at' })
  @IsOptional() @IsUUID()
  eventId?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first application' })
  @IsOptional() @MaxLength(100)
  idempotencyKey?: string | null;
}

@InputType()
export class MoveApplicationInput {
  @Field(() => ID)
  @IsUUID()
  applicationId: string;

  @Field(() => ApplicationStatus)
  @IsEnum(ApplicationStatus)
  to: ApplicationStatus;

  @Field(() => String, { nullable: true, description: 'Required when rejecting' })
  @IsOptional() @MaxLength(1000)
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'Hires: the start date, YYYY-MM-DD (today when omitted)' })
  @IsOptional() @MaxLength(10)
  startDate?: string | null;
}
