import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../common/validators.js';
import { MassageClinicKind, MassageQualificationKind, MassageRecordKind } from './massage-vocab.js';

@InputType({ description: 'A massage clinic: registering an employer as one makes its hires of blind people count as blind massage' })
export class MassageClinicInput {
  @Field(() => ID) @IsUUID() organizationId: string;
  @Field(() => MassageClinicKind) @IsEnum(MassageClinicKind) kind: MassageClinicKind;
  @Field() @Length(4, 50) registrationNumber: string;
  @Field({ defaultValue: '' }) @MaxLength(200) address: string;
  @Field({ defaultValue: false }) @IsBoolean() medicalInsuranceDesignated: boolean;
  @Field({ description: 'YYYY-MM-DD' }) @IsCalendarDate() registeredOn: string;
}

@InputType()
export class MassageQualificationInput {
  @Field(() => ID) @IsUUID() seekerId: string;
  @Field(() => MassageQualificationKind) @IsEnum(MassageQualificationKind) kind: MassageQualificationKind;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(5) skillLevel?: number | null;
  @Field() @Length(2, 100) issuer: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsCalendarDate() issuedOn: string;
}

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
