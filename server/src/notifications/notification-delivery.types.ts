import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { NotificationChannel, NotificationKind } from './notification-kind.js';

@ObjectType({ description: 'Which channels one kind of notice goes on (the in-app list always keeps it)' })
export class NotificationPreference {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field(() => [NotificationChannel]) channels: NotificationChannel[];
  @Field({ description: 'Not chosen by the person: the kind\'s default' }) isDefault: boolean;
}

@ObjectType()
export class NotificationPreferences {
  @Field({ description: 'The account has a mobile number (SMS can be chosen)' }) hasPhone: boolean;
  @Field({ description: 'The account has an email address (email can be chosen)' }) hasEmail: boolean;
  @Field({ description: 'The person turned SMS off (reply keyword, link or this page)' }) smsOff: boolean;
  @Field(() => [NotificationPreference]) items: NotificationPreference[];
}

@InputType()
export class NotificationPreferenceInput {
  @Field({ description: 'A NotificationKind' }) @IsString() @MaxLength(60) kind: string;
  @Field(() => [String], { description: 'SMS and/or EMAIL; empty: in-app only' }) @IsArray() @ArrayMaxSize(2) @IsString({ each: true }) channels: string[];
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput], { defaultValue: [] })
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => NotificationPreferenceInput)
  items: NotificationPreferenceInput[];
  @Field(() => Boolean, { nullable: true, description: 'true: no SMS at all; false: SMS on again' }) @IsOptional() @IsBoolean() smsOff?: boolean | null;
}

@ObjectType({ description: 'A message sent (or, with the log transport, that would have been sent) on SMS or email' })
export class SentMessage {
  @Field(() => ID) id: string;
  @Field() channel: string;
  @Field({ description: 'log, aliyun or smtp' }) transport: string;
  @Field({ description: 'Masked' }) recipient: string;
  @Field(() => String, { nullable: true }) kind: string | null;
  @Field(() => String, { nullable: true }) subject: string | null;
  @Field({ description: 'Exactly the text sent (a password-reset code masked)' }) body: string;
  @Field() createdAt: Date;
}

@ObjectType()
export class SentMessagePage {
  @Field(() => [SentMessage]) items: SentMessage[];
  @Field(() => Int) total: number;
  @Field(() => Int) page: number;
  @Field(() => Int) pageSize: number;
}

@ObjectType({ description: 'A delivery that failed after every retry' })
export class FailedDelivery {
  @Field(() => ID) id: string;
  @Field() channel: string;
  @Field() kind: string;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field() updatedAt: Date;
  @Field({ description: 'Masked' }) recipientName: string;
  @Field(() => String, { nullable: true, description: 'Masked' }) recipientPhone: string | null;
}

@ObjectType()
export class FailedDeliveryPage {
  @Field(() => [FailedDelivery]) items: FailedDelivery[];
  @Field(() => Int) total: number;
  @Field(() => Int) page: number;
  @Field(() => Int) pageSize: number;
}

@ObjectType()
export class DeliveryCount {
  @Field() channel: string;
  @Field({ description: 'PENDING, SENT, FAILED, SKIPPED or DEFERRED' }) status: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'A person a message reached only in the app: staff call them' })
export class UnreachedRecipient {
  @Field(() => ID) userId: string;
  @Field(() => String, { nullable: true, description: 'Masked' }) name: string | null;
  @Field(() => String, { nullable: true, description: 'In full, to call them (the read is audit-logged)' }) phone: string | null;
  @Field() role: string;
}

@ObjectType()
export class EventDeliveryReport {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field(() => Int, { description: 'People the message was for' }) recipients: number;
  @Field(() => [DeliveryCount]) counts: DeliveryCount[];
  @Field(() => [UnreachedRecipient]) unreached: UnreachedRecipient[];
}
