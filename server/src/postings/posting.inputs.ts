import { Field, Float, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsLatitude, IsLongitude, IsOptional, IsUUID, Length,
  Max, MaxLength, Min,
} from 'class-validator';
import { IsCalendarDate } from '../common/validators.js';
import { DisabilityCategory, Education, EmploymentForm, OrganizationType, PostingStatus } from '../common/domain.js';
import { JobDemand, WorkplaceSupport } from '../vocabulary/codes.js';

@InputType()
export class PostingInput {
  @Field()
  @Length(2, 80)
  title: string;

  @Field()
  @Length(10, 5000)
  description: string;

  @Field({ defaultValue: '', description: 'Easy-read summary; generated from the fields when empty' })
  @MaxLength(1000)
  easyRead: string;

  @Field()
  @Length(6, 6)
  countyCode: string;

  @Field()
  @Length(2, 200)
  address: string;

  @Field(() => Float, { nullable: true })
  @IsOptional() @IsLatitude()
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional() @IsLongitude()
  longitude?: number | null;

  @Field(() => EmploymentForm)
  @IsEnum(EmploymentForm)
  employmentForm: EmploymentForm;

  @Field(() => Int)
  @IsInt() @Min(1) @Max(10000)
  openings: number;

  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(0) @Max(1_000_000)
  salaryMin?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(0) @Max(1_000_000)
  salaryMax?: number | null;

  @Field(() => Education, { defaultValue: Education.NONE })
  @IsEnum(Education)
  educationRequired: Education;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20) @ArrayUnique() @MaxLength(30, { each: true })
  skills: string[];

  @Field({ defaultValue: false })
  @IsBoolean()
  reserved: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  relaxedAge: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  relaxedHousehold: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  relaxedExamRatio: boolean;

  @Field({ defaultValue: '' })
  @MaxLength(500)
  relaxationNote: string;

  @Field(() => [JobDemand], { defaultValue: [] })
  @ArrayUnique() @IsEnum(JobDemand, { each: true })
  demands: JobDemand[];

  @Field(() => [WorkplaceSupport], { defaultValue: [] })
  @ArrayUnique() @IsEnum(WorkplaceSupport, { each: true })
  supports: WorkplaceSupport[];

  @Field(() => [DisabilityCategory], { defaultValue: [] })
  @ArrayUnique() @IsEnum(DisabilityCategory, { each: true })
  suitableCategories: DisabilityCategory[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional() @IsCalendarDate()
  deadline?: string | null;
}

@InputType()
export class PostingFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional() @ArrayMaxSize(20)
  countyCodes?: string[];

  @Field(() => [EmploymentForm], { nullable: true })
  @IsOptional() @IsEnum(EmploymentForm, { each: true })
  employmentForms?: EmploymentForm[];

  @Field(() => [OrganizationType], { nullable: true })
  @IsOptional() @IsEnum(OrganizationType, { each: true })
  organizationTypes?: OrganizationType[];

  @Field(() => Boolean, { nullable: true, description: 'Only positions reserved for disabled people' })
  @IsOptional() @IsBoolean()
  reservedOnly?: boolean;

  @Field(() => [WorkplaceSupport], { nullable: true, description: 'The position offers every one of these' })
  @IsOptional() @IsEnum(WorkplaceSupport, { each: true })
  supportsAll?: WorkplaceSupport[];

  @Field(() => [JobDemand], { nullable: true, description: 'The position demands none of these' })
  @IsOptional() @IsEnum(JobDemand, { each: true })
  demandsNone?: JobDemand[];

  @Field(() => DisabilityCategory, { nullable: true, description: 'Suitable for this category' })
  @IsOptional() @IsEnum(DisabilityCategory)
  category?: DisabilityCategory;

  @Field(() => Int, { nullable: true, description: 'Pays at least this much per month' })
  @IsOptional() @IsInt() @Min(0)
  salaryAtLeast?: number;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsUUID()
  organizationId?: string;

  @Field(() => String, { nullable: true, description: 'Words in the title, description or skills' })
  @IsOptional() @MaxLength(50)
  query?: string;

  @Field(() => PostingStatus, { nullable: true, description: 'Staff and the owning employer only' })
  @IsOptional() @IsEnum(PostingStatus)
  status?: PostingStatus;
}
