import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { OrganizationType, VerificationStatus } from '../common/domain.js';

@InputType()
export class OrganizationInput {
  @Field()
  @Length(2, 100)
  name: string;

  @Field({ description: '统一社会信用代码, 18 characters' })
  @IsNotEmpty() @MaxLength(60, { message: 'validation.creditCode' })
  creditCode: string;

  @Field(() => OrganizationType)
  @IsEnum(OrganizationType)
  type: OrganizationType;

  @Field()
  @IsNotEmpty()
  countyCode: string;

  @Field({ defaultValue: '' })
  @MaxLength(200)
  address: string;

  @Field(() => Int)
  @IsInt() @Min(0) @Max(1_000_000)
  staffCount: number;

  @Field(() => Int, { nullable: true, description: 'Agencies and institutions: 编制数' })
  @IsOptional() @IsInt() @Min(0) @Max(1_000_000)
  establishedPosts?: number | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  isSchool: boolean;

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  description: string;

  @Field({ defaultValue: '' })
  @MaxLength(50)
  contactName: string;

  @Field({ defaultValue: '' })
  @MaxLength(30)
  contactPhone: string;
}

@InputType()
export class OrganizationFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  countyCode?: string;

  @Field(() => OrganizationType, { nullable: true })
  @IsOptional() @IsEnum(OrganizationType)
  type?: OrganizationType;

  @Field(() => VerificationStatus, { nullable: true, description: 'Staff only; others see verified organizations' })
  @IsOptional() @IsEnum(VerificationStatus)
  verificationStatus?: VerificationStatus;

  @Field(() => String, { nullable: true })
  @IsOptional() @MaxLength(50)
  query?: string;
}

@InputType()
export class VerifyOrganizationInput {
  @Field()
  @IsUUID()
  organizationId: string;

  @Field(() => VerificationStatus)
  @IsEnum(VerificationStatus)
  status: VerificationStatus;

  @Field({ defaultValue: '' })
  @MaxLength(500)
  note: string;
}
