import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { HasAtMostDecimals } from '../../common/validators.js';
import { AdministrativeLevel } from '../../policy/policy-vocab.js';

/** The first year the current levy rules (财税〔2015〕72号) apply to; a sanity bound, not policy. */
export const FIRST_QUOTA_YEAR = 2015;

@InputType({ description: '单位年度数据 (the employer for its own organization, or staff in scope)' })
export class OrganizationYearInput {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => Int)
  @IsInt() @Min(FIRST_QUOTA_YEAR) @Max(2100)
  year: number;

  @Field(() => Int, { description: '在职职工人数: annual average, including disabled employees' })
  @IsInt() @Min(0) @Max(1_000_000)
  staffCount: number;

  @Field(() => Float, { nullable: true, description: '在职职工年平均工资, yuan a year; without it no levy is estimated' })
  @IsOptional() @HasAtMostDecimals(2, { message: 'validation.twoDecimals' })
  @Min(0) @Max(100_000_000)
  averageWage?: number | null;

  @Field(() => Int, { nullable: true, description: '编制数; defaults to the organization\'s figure' })
  @IsOptional() @IsInt() @Min(0) @Max(1_000_000)
  establishedPosts?: number | null;

  @Field(() => AdministrativeLevel, { nullable: true, description: 'Agencies: the level of government, when the credit code misleads' })
  @IsOptional() @IsEnum(AdministrativeLevel)
  administrativeLevel?: AdministrativeLevel | null;
}

// 用工情况 is the placement's own data: its input lives with placements
export { PlacementContractInput } from '../../placements/placement.inputs.js';
