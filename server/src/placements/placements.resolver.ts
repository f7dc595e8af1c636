import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageInput, Paginated } from '../common/pagination.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { CalendarDatePipe } from '../graphql/date.pipe.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { Organization } from '../organizations/organization.entity.js';
import { Posting } from '../postings/posting.entity.js';
import { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { Placement } from './placement.entity.js';
import { PlacementFilter, RecordPlacementInput } from './placement.inputs.js';
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

  @Mutation(() => Placement, { description: 'Staff or the employer: the placement ended on this date' })
  endPlacement(
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('endDate', { description: 'YYYY-MM-DD' }, CalendarDatePipe) endDate: string,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.end(ctx.actor, id, endDate);
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
