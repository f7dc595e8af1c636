// Inputs of the administrator's staff-account management (staffUsers, createStaffUser, updateStaffUser).
import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../common/validators.js';
import { AccountContactInput } from './auth.inputs.js';
import { PASSWORD_MAX, PASSWORD_MIN } from './password-policy.js';

/** 在职 / 已停用: whether the account can sign in. */
export enum StaffStatus { ACTIVE = 'ACTIVE', DISABLED = 'DISABLED' }

@InputType({ description: '工作人员账号筛选' })
export class StaffUserFilter {
  @Field(() => String, { nullable: true, description: 'Staff of this county (a county code)' })
  @IsOptional() @IsString() @MaxLength(6)
  countyCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only city-wide staff and administrators' })
  @IsOptional() @IsBoolean()
  cityWide?: boolean | null;

  @Field(() => StaffStatus, { nullable: true })
  @IsOptional() @IsEnum(StaffStatus)
  status?: StaffStatus | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, or the mobile number' })
  @IsOptional() @IsString() @MaxLength(50)
  name?: string | null;
}

@InputType({ description: '新建工作人员账号' })
export class CreateStaffInput extends AccountContactInput {
  @Field(() => String, { nullable: true, description: 'The initial password (the password policy applies); leave out with generatePassword' })
  @IsOptional() @Length(PASSWORD_MIN, PASSWORD_MAX, { message: 'validation.passwordLength' })
  password?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'The server makes a one-time password, answered once in oneTimePassword' })
  @IsOptional() @IsBoolean()
  generatePassword?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A county code; empty for city-wide staff' })
  @IsOptional() @IsString() @MaxLength(6)
  scopeCountyCode?: string | null;
}

@InputType({ description: '修改工作人员账号' })
export class UpdateStaffUserInput {
  @Field(() => String, { nullable: true })
  @IsOptionalNotNull() @IsNotEmpty() @MaxLength(50)
  displayName?: string;

  @Field(() => String, { nullable: true, description: 'A county code, or null for the whole city; left out: unchanged' })
  @IsOptional() @IsString() @MaxLength(6)
  scopeCountyCode?: string | null;
}
