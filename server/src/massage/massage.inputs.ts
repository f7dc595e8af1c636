import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../common/validators.js';
import { MassageClinicKind, MassageQualificationKind, MassageRecordKind } from './massage-vocab.js';

/** What staff enter about a clinic, when registering it and when changing it. */
@InputType({ isAbstract: true })
class MassageClinicFields {
  @Field(() => MassageClinicKind) @IsEnum(MassageClinicKind) kind: MassageClinicKind;
  @Field() @Length(4, 50) registrationNumber: string;
  @Field({ defaultValue: '' }) @MaxLength(200) address: string;
  @Field({ defaultValue: false }) @IsBoolean() medicalInsuranceDesignated: boolean;
  @Field({ description: 'YYYY-MM-DD' }) @IsCalendarDate() registeredOn: string;
}

@InputType({ description: 'A massage clinic: registering an employer as one makes its hires of blind people count as blind massage' })
export class MassageClinicInput extends MassageClinicFields {
  @Field(() => ID) @IsUUID() organizationId: string;
}

@InputType({ description: 'A registered clinic as it is now (the employer stays); saving replaces what was there' })
export class MassageClinicUpdateInput extends MassageClinicFields {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the last day it worked (停业, 注销); hires from the next day do not count' })
  @IsOptional() @IsCalendarDate() endedOn?: string | null;
}

/** What staff enter about a qualification, when recording it and when correcting it. */
@InputType({ isAbstract: true })
class MassageQualificationFields {
  @Field(() => MassageQualificationKind) @IsEnum(MassageQualificationKind) kind: MassageQualificationKind;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(5) skillLevel?: number | null;
  @Field() @Length(2, 100) issuer: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsCalendarDate() issuedOn: string;
}

@InputType()
export class MassageQualificationInput extends MassageQualificationFields {
  @Field(() => ID) @IsUUID() seekerId: string;
}

@InputType({ description: 'A qualification as it is now (the person stays); saving replaces what was there' })
export class MassageQualificationUpdateInput extends MassageQualificationFields {}

@InputType()
export class MassageRecordInput {
  @Field(() => ID) @IsUUID() qualificationId: string;
  @Field(() => MassageRecordKind) @IsEnum(MassageRecordKind) kind: MassageRecordKind;
  @Field({ description: 'YYYY-MM-DD' }) @IsCalendarDate() heldOn: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(500) hours?: number | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() passed?: boolean | null;
  @Field({ defaultValue: '' }) @MaxLength(500) note: string;
}

@InputType()
export class MassageFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(6, 6) countyCode?: string;
}
