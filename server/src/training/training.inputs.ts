import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { FieldProblems } from '../common/errors.js';
import { HasAtMostDecimals, IsCalendarDate } from '../common/validators.js';
import { CertificateKind, CourseKind, CourseMode, ProviderKind } from './training-vocab.js';

@InputType({ description: 'A training provider; saving replaces what was there' })
export class ProviderInput {
  @Field() @Length(2, 100) name: string;
  @Field(() => ProviderKind) @IsEnum(ProviderKind) providerKind: ProviderKind;
  @Field(() => String, { nullable: true, description: 'County whose staff manage it; empty for the city' }) @IsOptional() countyCode?: string | null;
  @Field({ defaultValue: '' }) @MaxLength(200) address: string;
  @Field({ defaultValue: '' }) @MaxLength(30) contactPhone: string;
}

@InputType({ description: 'A whole course; saving replaces what was there' })
export class CourseInput {
  @Field(() => ID) @IsUUID() providerId: string;
  @Field(() => CourseKind) @IsEnum(CourseKind) courseKind: CourseKind;
  @Field() @Length(2, 100) courseTitle: string;
  @Field({ defaultValue: '' }) @MaxLength(5000) description: string;
  @Field(() => [String], { description: 'Skills taught, e.g. 按摩, 电商客服' })
  @ArrayMinSize(1) @ArrayMaxSize(10) @ArrayUnique() @Length(1, 30, { each: true }) skills: string[];
  @Field(() => CertificateKind, { nullable: true, description: 'Empty: no certificate (结业 only)' }) @IsOptional() @IsEnum(CertificateKind) certificateKind?: CertificateKind | null;
  @Field({ defaultValue: '' }) @MaxLength(30) certificateLevel: string;
  @Field(() => String, { nullable: true, description: 'County scope; empty for the whole city' }) @IsOptional() countyCode?: string | null;
  @Field({ description: 'YYYY-MM-DD' }) @IsCalendarDate() startsOn: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsCalendarDate() endsOn: string;
  @Field({ defaultValue: '' }) @MaxLength(200) schedule: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(365) sessions: number;
  @Field(() => CourseMode) @IsEnum(CourseMode) mode: CourseMode;
  @Field({ defaultValue: '' }) @MaxLength(100) venueName: string;
  @Field({ defaultValue: '' }) @MaxLength(200) address: string;
  @Field({ defaultValue: false }) @IsBoolean() stepFreeRoute: boolean;
  @Field({ defaultValue: false }) @IsBoolean() accessibleToilets: boolean;
  @Field({ defaultValue: false }) @IsBoolean() hearingLoop: boolean;
  @Field({ defaultValue: false }) @IsBoolean() tactilePaving: boolean;
  @Field({ defaultValue: '' }) @MaxLength(1000) accessibilityNote: string;
  @Field({ defaultValue: false }) @IsBoolean() signLanguage: boolean;
  @Field({ defaultValue: false }) @IsBoolean() brailleMaterials: boolean;
  @Field({ defaultValue: false }) @IsBoolean() largePrint: boolean;
  @Field({ defaultValue: false }) @IsBoolean() captions: boolean;
  @Field(() => Float, { defaultValue: 0 }) @Min(0) @Max(100000) @HasAtMostDecimals(2) feeYuan: number;
  @Field({ defaultValue: '' }) @MaxLength(300) subsidyNote: string;
  @Field(() => Float, { nullable: true, description: 'Only with its source; leave empty when no source states it (shown as 待核实)' })
  @IsOptional() @Min(0) @Max(100000) @HasAtMostDecimals(2) subsidyYuan?: number | null;
  @Field({ defaultValue: '' }) @MaxLength(300) subsidySource: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(10000) places: number;
  @Field({ defaultValue: true }) @IsBoolean() open: boolean;
}

@InputType()
export class CourseFilter {
  @Field(() => CourseKind, { nullable: true }) @IsOptional() @IsEnum(CourseKind) courseKind?: CourseKind;
  @Field(() => String, { nullable: true, description: 'Courses of this county and city-wide ones' }) @IsOptional() @MaxLength(6) countyCode?: string;
  @Field(() => String, { nullable: true, description: 'A skill taught (matched as the matcher matches skills)' }) @IsOptional() @MaxLength(30) skill?: string;
  @Field({ nullable: true, description: '手语授课' }) @IsOptional() @IsBoolean() signLanguage?: boolean;
  @Field({ nullable: true, description: '盲文教材' }) @IsOptional() @IsBoolean() brailleMaterials?: boolean;
  @Field({ nullable: true, description: '无障碍通道' }) @IsOptional() @IsBoolean() stepFreeRoute?: boolean;
  @Field({ nullable: true, description: 'Also courses that ended or stopped taking enrolments (staff lists)' }) @IsOptional() @IsBoolean() includeClosed?: boolean;
}

@InputType({ description: 'Staff record a completion; the certificate joins the person\'s skills and résumé' })
export class CompletionInput {
  @Field({ description: 'Passed (结业) or not' }) @IsBoolean() passed: boolean;
  @Field(() => String, { nullable: true, description: 'The certificate number as printed; empty when none' }) @IsOptional() @MaxLength(50) certificateCode?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today' }) @IsOptional() @IsCalendarDate() issuedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'The level reached, when it differs from the course\'s' }) @IsOptional() @MaxLength(30) certificateLevel?: string | null;
}

@InputType()
export class TalentPoolFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(30) skill?: string;
  @Field(() => CertificateKind, { nullable: true }) @IsOptional() @IsEnum(CertificateKind) certificateKind?: CertificateKind;
  @Field(() => String, { nullable: true, description: 'e.g. 四级/中级工' }) @IsOptional() @MaxLength(30) level?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(6) countyCode?: string;
}

/** The longest reason for withdrawing a person or cancelling a course. */
export const REASON_MAX = 500;

/** A reason told to the people concerned (the argument `reason`): trimmed, required (`requiredKey` says why), at most REASON_MAX. */
export function checkedReason(reason: string, requiredKey: string): string {
  const why = reason.trim();
  new FieldProblems()
    .check(why.length > 0, 'reason', requiredKey)
    .check(why.length <= REASON_MAX, 'reason', 'validation.maxLength', { max: REASON_MAX })
    .throwIfAny();
  return why;
}

@InputType({ description: 'One person on a session\'s register' })
export class AttendanceMarkInput {
  @Field(() => ID) @IsUUID() enrolmentId: string;
  @Field({ description: 'Present (出勤) or absent (缺勤)' }) @IsBoolean() present: boolean;
}

@InputType({ description: 'The register of one session: every person enrolled, present or absent. Saving a date again replaces its marks' })
export class AttendanceRegisterInput {
  @Field(() => ID) @IsUUID() courseId: string;
  @Field({ description: 'YYYY-MM-DD, within the course\'s dates and not in the future' }) @IsCalendarDate() sessionDate: string;
  @Field(() => [AttendanceMarkInput])
  @ArrayMinSize(1) @ArrayMaxSize(10000) @ValidateNested({ each: true }) @Type(() => AttendanceMarkInput) marks: AttendanceMarkInput[];
}
