import { Args, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageInput } from '../common/pagination.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { Notification } from './notification.entity.js';
import { notificationText, NotificationsService } from './notifications.service.js';

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

  @ResolveField(() => String)
  title(@Parent() n: Notification) {
    return notificationText(n).title;
  }

  @ResolveField(() => String)
  body(@Parent() n: Notification) {
    return notificationText(n).body;
  }
}
