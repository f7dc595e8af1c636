import { Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize, ArrayUnique, IsEnum, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min,
} from 'class-validator';
import { IsCalendarDate } from '../common/validators.js';
import {
  ConsentPurpose, DisabilityCategory, Education, EmploymentForm, EmploymentStatus, Gender, PriorityGroup, Residence,
} from '../common/domain.js';
import { JobDemand, WorkplaceSupport } from '../vocabulary/codes.js';

@InputType({ description: 'The whole profile; saving replaces what was there' })
export class SeekerProfileInput {
  @Field()
  @Length(1, 50)
  name: string;

  @Field(() => Gender)
  @IsEnum(Gender)
  gender: Gender;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  birthDate: string;

  @Field()
  @Length(6, 6)
  countyCode: string;

  @Field(() => Residence)
  @IsEnum(Residence)
  residence: Residence;

  @Field(() => String, { nullable: true })
  @IsOptional() @Matches(/^1[3-9]\d{9}$/, { message: 'validation.isPhone' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '20 characters; omit to keep the stored one, empty to remove it' })
  @IsOptional() @MaxLength(60, { message: 'validation.cert.FORMAT' })
  certificateNumber?: string | null;

  @Field(() => DisabilityCategory, { nullable: true })
  @IsOptional() @IsEnum(DisabilityCategory)
  category?: DisabilityCategory | null;

  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(1) @Max(4)
  level?: number | null;

  @Field(() => Education, { defaultValue: Education.NONE })
  @IsEnum(Education)
  education: Education;

  @Field(() => String, { nullable: true })
  @IsOptional() @MaxLength(100)
  graduateSchool?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt()
  graduateYear?: number | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30) @ArrayUnique() @MaxLength(30, { each: true })
  skills: string[];

  @Field({ defaultValue: '' })
  @MaxLength(3000)
  experience: string;

  @Field(() => [JobDemand], { defaultValue: [] })
  @ArrayUnique() @IsEnum(JobDemand, { each: true })
  cannotDo: JobDemand[];

  @Field(() => [WorkplaceSupport], { defaultValue: [] })
  @ArrayUnique() @IsEnum(WorkplaceSupport, { each: true })
  supportsMust: WorkplaceSupport[];

  @Field(() => [WorkplaceSupport], { defaultValue: [] })
  @ArrayUnique() @IsEnum(WorkplaceSupport, { each: true })
  supportsNice: WorkplaceSupport[];

  @Field(() => [EmploymentForm], { defaultValue: [] })
  @ArrayUnique() @IsEnum(EmploymentForm, { each: true })
  preferredForms: EmploymentForm[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(10) @ArrayUnique()
  preferredCounties: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(0) @Max(1_000_000)
  payMin?: number | null;

  @Field(() => [PriorityGroup], { defaultValue: [] })
  @ArrayUnique() @IsEnum(PriorityGroup, { each: true })
  priorityGroups: PriorityGroup[];

  @Field(() => EmploymentStatus, { defaultValue: EmploymentStatus.UNEMPLOYED })
  @IsEnum(EmploymentStatus)
  employmentStatus: EmploymentStatus;

  @Field(() => [ConsentPurpose], { nullable: true, description: 'When given: exactly the purposes consented to' })
  @IsOptional() @ArrayUnique() @IsEnum(ConsentPurpose, { each: true })
  consents?: ConsentPurpose[] | null;
}

@InputType()
export class SeekerFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  countyCode?: string;

  @Field(() => DisabilityCategory, { nullable: true })
  @IsOptional() @IsEnum(DisabilityCategory)
  category?: DisabilityCategory;

  @Field(() => EmploymentStatus, { nullable: true })
  @IsOptional() @IsEnum(EmploymentStatus)
  employmentStatus?: EmploymentStatus;

  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt()
  graduateYear?: number;

  @Field(() => String, { nullable: true, description: 'Name, or a full certificate number' })
  @IsOptional() @MaxLength(30)
  query?: string;
}
