import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: '一条消息（纯文本）' })
export class MessageModel {
  @Field(() => ID) id: string;
  @Field({ description: 'Plain text: show it as text, never as HTML' }) body: string;
  @Field({ description: 'SEEKER, EMPLOYER or STAFF' }) senderRole: string;
  @Field() senderName: string;
  @Field({ description: 'Sent by the reader' }) mine: boolean;
  @Field({ description: 'The reader reported it' }) reportedByMe: boolean;
  @Field() createdAt: Date;
}

@ObjectType()
export class ThreadStaffModel {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
}

@ObjectType({ description: '申请的消息往来：求职者与用人单位（以及求职者邀请的残联工作人员）' })
export class MessageThreadModel {
  @Field(() => ID) applicationId: string;
  @Field() postingTitle: string;
  @Field() organizationName: string;
  @Field() seekerName: string;
  @Field(() => [MessageModel], { description: 'Oldest first (the latest 200)' }) messages: MessageModel[];
  @Field(() => Int, { description: 'Messages from others the reader has not read' }) unread: number;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => String, { nullable: true }) closeReason: string | null;
  @Field(() => [ThreadStaffModel], { description: 'Staff the seeker invited into the thread' }) invitedStaff: ThreadStaffModel[];
  @Field({ description: 'The reader may write here' }) canWrite: boolean;
  @Field({ description: 'The reader may close the thread (staff in scope)' }) canClose: boolean;
  @Field({ description: 'The reader may invite staff of their county (the seeker)' }) canInviteStaff: boolean;
  @Field(() => Int, { description: 'Longest message allowed' }) maxLength: number;
}
