import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageInput, Paginated } from '../common/pagination.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { CalendarDatePipe } from '../graphql/date.pipe.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { Organization } from '../organizations/organization.entity.js';
import { Posting } from '../postings/posting.entity.js';
import { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { Placement, PlacementChange, PlacementFieldChange } from './placement.entity.js';
import { CorrectPlacementInput, PlacementFilter, RecordPlacementInput } from './placement.inputs.js';
import { PlacementEndReason } from './placement-vocab.js';
import { PlacementsService } from './placements.service.js';

const PlacementPage = Paginated(Placement, 'PlacementPage');

@Resolver(() => Placement)
export class PlacementsResolver {
  constructor(private readonly service: PlacementsService) {}

  @Query(() => PlacementPage, { description: 'Staff: placements in their area; employers: their own' })
  placements(
    @Ctx() ctx: GqlContext,
    @Args('filter', { nullable: true }) filter?: PlacementFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.service.list(ctx.actor, filter, page);
  }

  @Query(() => Placement)
  placement(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.service.get(ctx.actor, id);
  }

  @Mutation(() => Placement, { description: 'Staff: record a hire made outside the platform' })
  recordPlacement(@Args('input') input: RecordPlacementInput, @Ctx() ctx: GqlContext) {
    return this.service.record(ctx.actor, input);
  }

  @Mutation(() => Placement, { description: 'Staff or the employer: the placement ended on this date, for this reason (it still counts in the period it started)' })
  endPlacement(
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('endDate', { description: 'YYYY-MM-DD' }, CalendarDatePipe) endDate: string,
    @Args('reason', { type: () => PlacementEndReason }) reason: PlacementEndReason,
    @Ctx() ctx: GqlContext,
    @Args('note', { defaultValue: '', description: 'Required when the reason is OTHER' }) note: string,
  ) {
    return this.service.end(ctx.actor, id, endDate, reason, note);
  }

  @Mutation(() => Placement, { description: 'Staff: correct a placement; the history keeps who changed what, when and why' })
  correctPlacement(
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: CorrectPlacementInput,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.correct(ctx.actor, id, input);
  }

  @ResolveField(() => Boolean, { description: 'false when staff confirmed it as not genuine: it then counts in no figure' })
  counted(@Parent() p: Placement): boolean {
    return p.excludedAt == null;
  }

  @ResolveField(() => [PlacementChange], { description: 'Recorded, corrected, ended, excluded: oldest first' })
  history(@Parent() p: Placement, @Ctx() ctx: GqlContext) {
    return ctx.loaders.placementHistory.load(p.id);
  }

  @ResolveField(() => Organization)
  organization(@Parent() p: Placement, @Ctx() ctx: GqlContext) {
    return ctx.loaders.organization.load(p.organizationId);
  }

  @ResolveField(() => Posting, { nullable: true })
  posting(@Parent() p: Placement, @Ctx() ctx: GqlContext) {
    return p.postingId ? ctx.loaders.posting.load(p.postingId) : null;
  }

  @ResolveField(() => SeekerProfile)
  seeker(@Parent() p: Placement, @Ctx() ctx: GqlContext) {
    return ctx.loaders.seeker.load(p.seekerId);
  }
}

@Resolver(() => PlacementChange)
export class PlacementChangeResolver {
  @ResolveField(() => String, { nullable: true, description: 'Who made the change (none for an automatic one)' })
  async actorName(@Parent() c: PlacementChange, @Ctx() ctx: GqlContext): Promise<string | null> {
    return c.actorUserId ? (await ctx.loaders.user.load(c.actorUserId))?.displayName ?? null : null;
  }

  @ResolveField(() => [PlacementFieldChange])
  async changes(@Parent() c: PlacementChange, @Ctx() ctx: GqlContext): Promise<PlacementFieldChange[]> {
    const text = (v: unknown) => (v == null ? null : String(v));
    return Promise.all(c.changes.map(async (x) => {
      if (x.field !== 'organizationId') return { field: x.field, from: text(x.from), to: text(x.to) };
      const name = async (v: unknown) => (typeof v === 'string' ? (await ctx.loaders.organization.load(v))?.name ?? null : null);
      return { field: 'organization', from: await name(x.from), to: await name(x.to) };
    }));
  }
}
