import { Args, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { managesCounty } from '../auth/actor.js';
import { PageInput, Paginated } from '../common/pagination.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { Organization } from '../organizations/organization.entity.js';
import { Placement } from '../placements/placement.entity.js';
import { County } from '../regions/county.entity.js';
import { RegionsService } from '../regions/regions.service.js';
import { Workshop } from './workshop.entity.js';
import { WorkshopFilter, WorkshopInput } from './workshop.inputs.js';
import { WORKSHOP_SOURCE } from './workshop-vocab.js';
import { WorkshopsService } from './workshops.service.js';

const WorkshopPage = Paginated(Workshop, 'WorkshopPage');

@ObjectType({ description: 'Workshops and bases of one county: how many, their capacity and the people employed there now' })
export class CountyWorkshopsModel {
  @Field() countyCode: string;
  @Field(() => County, { nullable: true }) county: County | null;
  @Field(() => Int) workshops: number;
  @Field(() => Int) capacity: number;
  @Field(() => Int, { description: 'Ongoing placements linked to them, those found to be fake left out' }) employed: number;
}

@Resolver(() => Workshop)
export class WorkshopsResolver {
  constructor(private readonly service: WorkshopsService, private readonly regions: RegionsService) {}

  @Query(() => Workshop, { description: 'One workshop or base (public)' })
  workshop(@Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.get(id);
  }

  @Query(() => WorkshopPage, { description: 'The register of workshops and bases, as places to work (public)' })
  workshops(@Args('filter', { nullable: true }) filter?: WorkshopFilter, @Args('page', { nullable: true }) page?: PageInput) {
    return this.service.list(filter, page);
  }

  @Query(() => [CountyWorkshopsModel], { description: 'Staff: workshops by county, capacity against people employed' })
  async workshopsByCounty(@Ctx() ctx: GqlContext): Promise<CountyWorkshopsModel[]> {
    const rows = await this.service.byCounty(ctx.actor);
    return rows.map((r) => ({ ...r, county: this.regions.county(r.countyCode) ?? null }));
  }

  @Mutation(() => Workshop, { description: 'Staff of its county: register a workshop or base' })
  createWorkshop(@Args('input') input: WorkshopInput, @Ctx() ctx: GqlContext) {
    return this.service.create(ctx.actor, input);
  }

  @Mutation(() => Workshop)
  updateWorkshop(@Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: WorkshopInput, @Ctx() ctx: GqlContext) {
    return this.service.update(ctx.actor, id, input);
  }

  @Mutation(() => Placement, { description: 'Staff: the placement is at this workshop (null: at none); the person is told' })
  linkPlacementToWorkshop(@Args('placementId', { type: () => ID }, IdPipe) placementId: string,
    @Args('workshopId', { type: () => ID, nullable: true }, IdPipe) workshopId: string | null, @Ctx() ctx: GqlContext) {
    return this.service.linkPlacement(ctx.actor, placementId, workshopId ?? null);
  }

  @ResolveField(() => County, { nullable: true })
  county(@Parent() w: Workshop) {
    return this.regions.county(w.countyCode) ?? null;
  }

  @ResolveField(() => Int, { description: 'People employed there now: ongoing placements linked to it, those found to be fake left out' })
  employedCount(@Parent() w: Workshop, @Ctx() ctx: GqlContext) {
    return ctx.loaders.employedAtWorkshop.load(w.id);
  }

  @ResolveField(() => String, { description: 'The section of the action plan this kind of place comes from' })
  source(@Parent() w: Workshop) {
    return WORKSHOP_SOURCE[w.kind];
  }

  @ResolveField(() => Boolean, { description: 'May the signed-in person edit it and link placements to it' })
  canManage(@Parent() w: Workshop, @Ctx() ctx: GqlContext) {
    return managesCounty(ctx.actor, w.countyCode);
  }

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() w: Workshop, @Ctx() ctx: GqlContext) {
    return w.organizationId ? ctx.loaders.organization.load(w.organizationId) : null;
  }
}

@Resolver(() => Placement)
export class PlacementWorkshopResolver {
  @ResolveField(() => Workshop, { nullable: true, description: 'The workshop or base the person works at, when linked' })
  workshop(@Parent() p: Placement, @Ctx() ctx: GqlContext) {
    return p.workshopId ? ctx.loaders.workshop.load(p.workshopId) : null;
  }
}
