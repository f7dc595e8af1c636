import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { OrganizationType, VerificationDecision, VerificationStatus } from '../common/domain.js';

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

@InputType({ description: 'A staff decision on an organization: approve, reject (reason required), ask for more (note required), suspend (reason required)' })
export class OrganizationDecisionInput {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => VerificationDecision)
  @IsEnum(VerificationDecision)
  decision: VerificationDecision;

  @Field({ defaultValue: '', description: 'The reason (reject, suspend) or what to add (ask for more); shown to the employer' })
  @MaxLength(500)
  note: string;
}

@InputType()
export class VerificationQueueFilter {
  @Field(() => String, { nullable: true, description: 'City staff: one county' })
  @IsOptional() @MaxLength(12)
  countyCode?: string;

  @Field(() => VerificationStatus, { nullable: true, description: 'PENDING or INFO_REQUESTED; both when not given' })
  @IsOptional() @IsEnum(VerificationStatus)
  status?: VerificationStatus;
}
