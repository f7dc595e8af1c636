import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { InterviewAccommodation } from '../common/domain.js';
import { IsDateTime } from '../common/validators.js';
import { AccommodationStatus, InterviewMode, InterviewOutcome, InterviewResponse, VenueAccess } from './interview-vocab.js';

@InputType({ description: 'The time, place and contact of an interview (also used to reschedule)' })
export class InterviewPlanInput {
  @Field({ description: 'ISO 8601 date-time; without a zone it is China time (Asia/Shanghai)' })
  @IsDateTime() startsAt: string;

  @Field(() => Int, { defaultValue: 30, description: 'Minutes, 10 to 480' })
  @IsInt() @Min(10) @Max(480) durationMinutes: number;

  @Field(() => InterviewMode)
  @IsEnum(InterviewMode) mode: InterviewMode;

  @Field({ defaultValue: '', description: 'Address and room; required in person' })
  @MaxLength(300) place: string;

  @Field(() => [VenueAccess], { defaultValue: [] })
  @ArrayUnique() @ArrayMaxSize(20) @IsEnum(VenueAccess, { each: true }) accessFeatures: VenueAccess[];

  @Field({ defaultValue: '' })
  @MaxLength(500) accessNote: string;

  @Field(() => String, { nullable: true, description: 'https link; required online' })
  @IsOptional() @MaxLength(500) onlineUrl?: string | null;

  @Field({ description: 'How the seeker reaches the employer by text' })
  @MaxLength(200) contact: string;

  @Field({ defaultValue: '' })
  @MaxLength(1000) message: string;
}

@InputType()
export class ScheduleInterviewInput extends InterviewPlanInput {
  @Field(() => ID) @IsUUID() applicationId: string;
}

@InputType()
export class RescheduleInterviewInput extends InterviewPlanInput {
  @Field(() => ID) @IsUUID() interviewId: string;
  @Field({ description: 'Why the time changes' }) @MaxLength(500) reason: string;
}

@InputType()
export class RespondToInterviewInput {
  @Field(() => ID) @IsUUID() interviewId: string;
  @Field(() => InterviewResponse) @IsEnum(InterviewResponse) response: InterviewResponse;
  @Field({ defaultValue: '', description: 'Required when asking for another time: which times suit' })
  @MaxLength(500) seekerNote: string;
}

@InputType()
export class ConfirmAccommodationInput {
  @Field(() => ID) @IsUUID() interviewId: string;
  @Field(() => InterviewAccommodation) @IsEnum(InterviewAccommodation) accommodation: InterviewAccommodation;
  @Field(() => AccommodationStatus, { description: 'CONFIRMED or DECLINED' })
  @IsIn([AccommodationStatus.CONFIRMED, AccommodationStatus.DECLINED]) status: AccommodationStatus;
  @Field({ defaultValue: '', description: 'How it is arranged; required when declining (the reason)' })
  @MaxLength(500) arrangement: string;
}

@InputType()
export class CancelInterviewInput {
  @Field(() => ID) @IsUUID() interviewId: string;
  @Field() @MaxLength(500) reason: string;
}

@InputType()
export class RecordInterviewOutcomeInput {
  @Field(() => ID) @IsUUID() interviewId: string;
  @Field(() => InterviewOutcome) @IsEnum(InterviewOutcome) outcome: InterviewOutcome;
  @Field({ defaultValue: '' }) @MaxLength(1000) outcomeNote: string;
}

@InputType()
export class RequestInterpreterInput {
  @Field(() => ID) @IsUUID() interviewId: string;
  @Field({ defaultValue: '' }) @MaxLength(500) note: string;
}

@InputType()
export class HandleServiceRequestInput {
  @Field(() => ID) @IsUUID() requestId: string;
  @Field({ description: 'ARRANGED or DECLINED' }) @IsIn(['ARRANGED', 'DECLINED']) status: 'ARRANGED' | 'DECLINED';
  @Field() @MaxLength(500) handledNote: string;
}
