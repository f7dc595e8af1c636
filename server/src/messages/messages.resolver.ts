import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Application } from '../applications/application.entity.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { CloseThreadInput, InviteStaffToThreadInput, ReportMessageInput, SendMessageInput } from './message.inputs.js';
import { MessageThreadModel, ThreadStaffModel } from './message.models.js';
import { MessagesService } from './messages.service.js';

@Resolver(() => MessageThreadModel)
export class MessagesResolver {
  constructor(private readonly messages: MessagesService) {}

  @Query(() => MessageThreadModel, { description: 'The text thread of an application: its two sides, staff the seeker invited, staff in scope (read, logged)' })
  applicationMessages(@Args('applicationId', { type: () => ID }, IdPipe) applicationId: string, @Ctx() ctx: GqlContext) {
    return this.messages.thread(ctx.actor, applicationId);
  }

  @Query(() => [ThreadStaffModel], { description: 'The seeker: staff of their county they may invite into the thread' })
  threadStaffCandidates(@Args('applicationId', { type: () => ID }, IdPipe) applicationId: string, @Ctx() ctx: GqlContext) {
    return this.messages.staffCandidates(ctx.actor, applicationId);
  }

  @Mutation(() => MessageThreadModel, { description: 'Send a plain-text message (up to 1000 characters; a few a minute)' })
  sendMessage(@Args('input') input: SendMessageInput, @Ctx() ctx: GqlContext) {
    return this.messages.send(ctx.actor, input);
  }

  @Mutation(() => MessageThreadModel, { description: 'Mark every message of the thread read by the reader' })
  markMessagesRead(@Args('applicationId', { type: () => ID }, IdPipe) applicationId: string, @Ctx() ctx: GqlContext) {
    return this.messages.markRead(ctx.actor, applicationId);
  }

  @Mutation(() => MessageThreadModel, { description: 'The seeker: invite a staff member of their county into the thread (logged)' })
  inviteStaffToThread(@Args('input') input: InviteStaffToThreadInput, @Ctx() ctx: GqlContext) {
    return this.messages.inviteStaff(ctx.actor, input);
  }

  @Mutation(() => Boolean, { description: 'Report a message as abuse; staff of the seeker\'s county are told' })
  reportMessage(@Args('input') input: ReportMessageInput, @Ctx() ctx: GqlContext) {
    return this.messages.report(ctx.actor, input);
  }

  @Mutation(() => MessageThreadModel, { description: 'Staff in scope: close a thread, with a reason both sides read' })
  closeThread(@Args('input') input: CloseThreadInput, @Ctx() ctx: GqlContext) {
    return this.messages.close(ctx.actor, input);
  }
}

@Resolver(() => Application)
export class ApplicationUnreadResolver {
  @ResolveField(() => Int, { description: 'Messages in the application\'s thread the reader has not read' })
  unreadMessages(@Parent() app: Application, @Ctx() ctx: GqlContext) {
    return ctx.loaders.unreadMessages.load(app.id);
  }
}
