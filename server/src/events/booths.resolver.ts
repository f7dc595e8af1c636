import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { Organization } from '../organizations/organization.entity.js';
import { Posting } from '../postings/posting.entity.js';
import { EventBooth } from './booth.entity.js';
import { BoothsService } from './booths.service.js';
import { BoothInput } from './event.inputs.js';
import { RecruitmentEvent } from './event.entity.js';

@Resolver(() => EventBooth)
export class BoothsResolver {
  constructor(private readonly service: BoothsService) {}

  @Query(() => [EventBooth], { description: 'Employers: their organization\'s booths at events' })
  myBooths(@Ctx() ctx: GqlContext) {
    return this.service.mine(ctx.actor);
  }

  @Mutation(() => EventBooth, { description: 'Staff: invite an organization to an event' })
  inviteToEvent(
    @Args('eventId', { type: () => ID }, IdPipe) eventId: string,
    @Args('organizationId', { type: () => ID }, IdPipe) organizationId: string,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.invite(ctx.actor, eventId, organizationId);
  }

  @Mutation(() => EventBooth, { description: 'Employers: apply for a booth with published postings' })
  applyForBooth(@Args('input') input: BoothInput, @Ctx() ctx: GqlContext) {
    return this.service.apply(ctx.actor, input);
  }

  @Mutation(() => EventBooth, { description: 'Employers: accept an invitation (takes a booth if one is left)' })
  acceptBoothInvitation(
    @Args('boothId', { type: () => ID }, IdPipe) boothId: string,
    @Args('postingIds', { type: () => [ID], defaultValue: [] }) postingIds: string[],
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.accept(ctx.actor, boothId, postingIds);
  }

  @Mutation(() => EventBooth, { description: 'Staff: approve a booth application, or decline it with a reason' })
  decideBooth(
    @Args('boothId', { type: () => ID }, IdPipe) boothId: string,
    @Args('approve') approve: boolean,
    @Ctx() ctx: GqlContext,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ) {
    return this.service.decide(ctx.actor, boothId, approve, reason ?? null);
  }

  @Mutation(() => EventBooth, { description: 'Employers: choose which published postings the booth shows' })
  setBoothPostings(
    @Args('boothId', { type: () => ID }, IdPipe) boothId: string,
    @Args('postingIds', { type: () => [ID] }) postingIds: string[],
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.setPostings(ctx.actor, boothId, postingIds);
  }

  @Mutation(() => EventBooth)
  withdrawBooth(@Args('boothId', { type: () => ID }, IdPipe) boothId: string, @Ctx() ctx: GqlContext) {
    return this.service.withdraw(ctx.actor, boothId);
  }

  @ResolveField(() => RecruitmentEvent)
  event(@Parent() b: EventBooth, @Ctx() ctx: GqlContext) {
    return ctx.loaders.event.load(b.eventId);
  }

  @ResolveField(() => Organization)
  organization(@Parent() b: EventBooth, @Ctx() ctx: GqlContext) {
    return ctx.loaders.organization.load(b.organizationId);
  }

  @ResolveField(() => [Posting], { description: 'The booth\'s postings; reserved positions first' })
  async postings(@Parent() b: EventBooth, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.posting.loadMany(b.postingIds);
    return rows.filter((p): p is Posting => !!p && !(p instanceof Error)).sort((x, y) => Number(y.reserved) - Number(x.reserved));
  }
}
