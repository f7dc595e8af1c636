import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../common/validators.js';
import { Role } from '../common/domain.js';
import { PASSWORD_MAX, PASSWORD_MIN } from './password-policy.js';
import { User } from './user.entity.js';

export const PHONE = /^1[3-9]\d{9}$/;

/** Name, email and mobile number with their checks, shared by sign-up and the administrator's staff creation. */
@InputType({ isAbstract: true })
export abstract class AccountContactInput {
  @Field()
  @IsNotEmpty() @MaxLength(50)
  displayName: string;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsEmail() @MaxLength(200)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Matches(PHONE, { message: 'validation.isPhone' })
  phone?: string | null;
}

@InputType()
export class SignUpInput extends AccountContactInput {
  @Field()
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: 'validation.passwordLength' })
  password: string;

  @Field(() => Role, { description: 'SEEKER or EMPLOYER; staff accounts are created by an administrator' })
  @IsIn([Role.SEEKER, Role.EMPLOYER])
  role: Role;

  @Field(() => String, { nullable: true, defaultValue: 'zh-CN' })
  @IsOptional() @IsIn(['zh-CN', 'en'])
  locale?: string;
}

@InputType()
export class SignInInput {
  @Field({ description: 'Mobile number or email' })
  @IsNotEmpty() @MaxLength(200)
  account: string;

  @Field()
  @IsNotEmpty() @MaxLength(128)
  password: string;
}

@InputType({ description: 'Change one\'s own password (required after signing in with a one-time password)' })
export class ChangePasswordInput {
  @Field()
  @IsNotEmpty() @MaxLength(PASSWORD_MAX)
  currentPassword: string;

  @Field({ description: 'The password policy applies: 10 to 128 characters, not a common password, not the mobile number' })
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: 'validation.passwordLength' })
  newPassword: string;

  @Field({ description: 'The new password again, as typed the second time' })
  @IsNotEmpty() @MaxLength(PASSWORD_MAX)
  confirmPassword: string;
}

@InputType()
export class UpdateMeInput {
  @Field(() => String, { nullable: true })
  @IsOptionalNotNull() @IsNotEmpty() @MaxLength(50)
  displayName?: string;

  @Field(() => String, { nullable: true })
  @IsOptionalNotNull() @IsIn(['zh-CN', 'en'])
  locale?: string;
}

@ObjectType()
export class SessionStatus {
  @Field(() => Int, { description: 'How long the session may go without a request before it ends, in seconds (every request starts it again)' })
  idleTimeoutSeconds: number;

  @Field({ description: 'When the session ends if nothing else is asked of the server (this request has just extended it)' })
  idleExpiresAt: Date;

  @Field({ description: 'When the session ends at the latest, whatever the activity' })
  expiresAt: Date;
}

@ObjectType()
export class AuthPayload {
  @Field(() => User)
  user: User;

  @Field({ description: 'When the session ends at the latest' })
  expiresAt: Date;
}
