import { Args, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageInput } from '../common/pagination.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { Notification } from './notification.entity.js';
import { NotificationKind } from './notification-kind.js';
import { notificationText, NotificationsService } from './notifications.service.js';
import {
  EventDeliveryReport, FailedDeliveryPage, NotificationPreferences, SentMessagePage, UpdateNotificationPreferencesInput,
} from './notification-delivery.types.js';

@ObjectType()
class NotificationPage {
  @Field(() => [Notification]) items: Notification[];
  @Field(() => Int) total: number;
  @Field(() => Int) page: number;
  @Field(() => Int) pageSize: number;
  @Field(() => Int, { description: 'Unread notifications in all' }) unread: number;
}

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationPage, { description: 'The signed-in user\'s notifications, newest first' })
  myNotifications(
    @Ctx() ctx: GqlContext,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.service.mine(ctx.actor, unreadOnly, page);
  }

  @Mutation(() => Int, { description: 'Mark one notification read, or all when no id is given; returns how many changed' })
  markNotificationsRead(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID, nullable: true }, IdPipe) id?: string | null) {
    return this.service.markRead(ctx.actor, id ?? null);
  }

  @Query(() => NotificationPreferences, { description: 'Which channels each kind of notice goes on for the signed-in person' })
  myNotificationPreferences(@Ctx() ctx: GqlContext) {
    return this.service.myPreferences(ctx.actor);
  }

  @Mutation(() => NotificationPreferences, { description: 'Choose channels per kind, and turn SMS off or on; all or nothing' })
  updateNotificationPreferences(@Ctx() ctx: GqlContext, @Args('input') input: UpdateNotificationPreferencesInput) {
    return this.service.updatePreferences(ctx.actor, input.items, input.smsOff);
  }

  @Query(() => NotificationPreferences, { description: 'Staff serving a seeker: the seeker\'s choices (read only; audit-logged)' })
  seekerNotificationPreferences(@Ctx() ctx: GqlContext, @Args('seekerId', { type: () => ID }, IdPipe) seekerId: string) {
    return this.service.seekerPreferences(ctx.actor, seekerId);
  }

  @Query(() => SentMessagePage, { description: 'Staff and administrators: messages sent on SMS and email, exactly as sent, newest first' })
  sentMessages(@Ctx() ctx: GqlContext, @Args('page', { nullable: true }) page?: PageInput) {
    return this.service.messageLog(ctx.actor, page);
  }

  @Query(() => FailedDeliveryPage, { description: 'Staff: deliveries that failed after every retry' })
  failedDeliveries(@Ctx() ctx: GqlContext, @Args('page', { nullable: true }) page?: PageInput) {
    return this.service.failedDeliveries(ctx.actor, page);
  }

  @Mutation(() => Boolean, { description: 'Staff: try a failed delivery again' })
  retryDelivery(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.retryDelivery(ctx.actor, id);
  }

  @Query(() => EventDeliveryReport, { description: 'Staff: how a message about an event (its cancellation by default) was delivered, and who was not reached' })
  eventDeliveryReport(
    @Ctx() ctx: GqlContext,
    @Args('eventId', { type: () => ID }, IdPipe) eventId: string,
    @Args('kind', { type: () => NotificationKind, defaultValue: NotificationKind.EVENT_CANCELLED }) kind: NotificationKind,
  ) {
    return this.service.eventDeliveryReport(ctx.actor, eventId, kind);
  }

  @ResolveField(() => String)
  title(@Parent() n: Notification) {
    return notificationText(n).title;
  }

  @ResolveField(() => String)
  body(@Parent() n: Notification) {
    return notificationText(n).body;
  }
}
