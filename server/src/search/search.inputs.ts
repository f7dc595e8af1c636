import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsLatitude, IsLongitude, IsOptional, Max, Min, ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../common/validators.js';
import { DisabilityCategory, EmploymentForm, OrganizationType } from '../common/domain.js';
import { JobDemand, WorkplaceSupport } from '../vocabulary/codes.js';

@InputType({ description: '地点范围' })
export class NearInput {
  @Field(() => Float)
  @IsLatitude()
  latitude: number;

  @Field(() => Float)
  @IsLongitude()
  longitude: number;

  @Field(() => Float, { defaultValue: 20 })
  @Min(0.1) @Max(500)
  radiusKm: number = 20;
}

@InputType({ description: '职位搜索条件；同一组内为“或”，不同组之间为“且”' })
export class PostingSearchFilter {
  @Field(() => [String], { nullable: true, description: 'In any of these counties' })
  @IsOptional() @ArrayMaxSize(20)
  countyCodes?: string[];

  @Field(() => [EmploymentForm], { nullable: true })
  @IsOptional() @ArrayMaxSize(10) @IsEnum(EmploymentForm, { each: true })
  employmentForms?: EmploymentForm[];

  @Field(() => [OrganizationType], { nullable: true })
  @IsOptional() @ArrayMaxSize(10) @IsEnum(OrganizationType, { each: true })
  organizationTypes?: OrganizationType[];

  @Field(() => [WorkplaceSupport], { nullable: true, description: 'Offers every one of these' })
  @IsOptional() @ArrayMaxSize(20) @IsEnum(WorkplaceSupport, { each: true })
  supportsAll?: WorkplaceSupport[];

  @Field(() => [JobDemand], { nullable: true, description: 'Demands none of these' })
  @IsOptional() @ArrayMaxSize(20) @IsEnum(JobDemand, { each: true })
  demandsNone?: JobDemand[];

  @Field(() => Boolean, { nullable: true, description: 'Only positions reserved for disabled people' })
  @IsOptional() @IsBoolean()
  reservedOnly?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Only remote or home-based work' })
  @IsOptional() @IsBoolean()
  remoteOnly?: boolean;

  @Field(() => DisabilityCategory, { nullable: true, description: 'Suitable for this category' })
  @IsOptional() @IsEnum(DisabilityCategory)
  category?: DisabilityCategory;

  @Field(() => Int, { nullable: true, description: 'Pays at least this much per month' })
  @IsOptional() @IsInt() @Min(0) @Max(1_000_000)
  salaryAtLeast?: number;

  @Field(() => String, { nullable: true, description: 'Published on or after this day (YYYY-MM-DD)' })
  @IsOptional() @IsCalendarDate()
  publishedSince?: string;

  @Field(() => Boolean, { nullable: true, description: 'Also positions with no openings left (已招满); left out by default' })
  @IsOptional() @IsBoolean()
  includeFull?: boolean;

  @Field(() => NearInput, { nullable: true, description: 'Within a distance of a point' })
  @IsOptional() @ValidateNested() @Type(() => NearInput)
  near?: NearInput;
}
