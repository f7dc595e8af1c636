import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../graphql/ctx.decorator.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdPipe } from '../../graphql/id.pipe.js';
import { ActionPlan, ActionPlanTarget } from './plan.entities.js';
import { statusOn } from './plan-periods.js';
import { PlanStatus } from './plan-vocab.js';
import { PlanInput } from './plans.inputs.js';
import { PlansService, todayInXinyang } from './plans.service.js';

@Resolver(() => ActionPlan)
export class PlansResolver {
  constructor(private readonly service: PlansService) {}

  @Query(() => [ActionPlan], { description: 'Staff: every action plan, the latest period first' })
  plans(@Ctx() ctx: GqlContext) {
    return this.service.list(ctx.actor);
  }

  @Query(() => ActionPlan, { description: 'Staff: one action plan with its targets' })
  plan(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.service.get(ctx.actor, id);
  }

  @Mutation(() => ActionPlan, { description: 'City-wide staff and administrators: add a plan (no id) or change one; periods may not overlap' })
  savePlan(@Args('input') input: PlanInput, @Ctx() ctx: GqlContext) {
    return this.service.save(ctx.actor, input);
  }

  @Mutation(() => Boolean, { description: 'City-wide staff and administrators: delete a plan whose period has not begun' })
  deletePlan(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.service.delete(ctx.actor, id);
  }

  @ResolveField(() => [ActionPlanTarget], { description: 'The targets the text sets, in the order entered' })
  targets(@Parent() p: ActionPlan) {
    return p.targets ?? [];
  }

  @ResolveField(() => PlanStatus, { description: 'Where the plan stands today (in Xinyang)' })
  status(@Parent() p: ActionPlan) {
    return statusOn(p, todayInXinyang());
  }
}
