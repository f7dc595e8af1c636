import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID, Matches, MaxLength } from 'class-validator';

export const MESSAGE_MAX_LENGTH = 1000;

@InputType()
export class SendMessageInput {
  @Field(() => ID) @IsUUID() applicationId: string;
  @Field({ description: 'Plain text, up to 1000 characters' }) @MaxLength(MESSAGE_MAX_LENGTH) body: string;
}

@InputType()
export class InviteStaffToThreadInput {
  @Field(() => ID) @IsUUID() applicationId: string;
  @Field(() => ID) @IsUUID() staffUserId: string;
}

@InputType()
export class ReportMessageInput {
  @Field(() => ID) @Matches(/^\d{1,18}$/) messageId: string;
  @Field() @MaxLength(500) reason: string;
}

@InputType()
export class CloseThreadInput {
  @Field(() => ID) @IsUUID() applicationId: string;
  @Field() @MaxLength(500) reason: string;
}
