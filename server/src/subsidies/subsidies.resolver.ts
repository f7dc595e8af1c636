import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageInput } from '../common/pagination.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { SubsidyApplication } from './subsidy.entity.js';
import { ApplySubsidyInput, DecideSubsidyInput, SubsidyApplicationFilter, WithdrawSubsidyInput } from './subsidies.inputs.js';
import { SubsidyApplicationPage, SubsidyApplicationView, SubsidyEligibilityModel, SubsidyModel } from './subsidies.models.js';
import { SubsidiesService } from './subsidies.service.js';
import { SubsidyApplicationsService } from './subsidy-applications.service.js';

@Resolver()
export class SubsidiesResolver {
  constructor(private readonly service: SubsidiesService, private readonly applications: SubsidyApplicationsService) {}

  @Query(() => [SubsidyModel], { description: 'The subsidies and rewards the action plan names, with their sources; every figure no source states is 待核实' })
  subsidies() {
    return this.service.catalogue();
  }

  @Query(() => SubsidyEligibilityModel, {
    description: 'What an employer (for each hire, and itself) or a person may claim, and why. Without ids: the asker\'s own organization or profile; staff name one in their county',
  })
  subsidyEligibility(
    @Args('organizationId', { type: () => ID, nullable: true }, IdPipe) organizationId: string | null,
    @Args('seekerId', { type: () => ID, nullable: true }, IdPipe) seekerId: string | null,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.eligibility(ctx.actor, organizationId, seekerId);
  }

  @Mutation(() => SubsidyApplication, { description: 'Employer or person: apply for a subsidy the rules find them eligible for; the county\'s staff are notified (and, for a hire, the person)' })
  applyForSubsidy(@Args('input') input: ApplySubsidyInput, @Ctx() ctx: GqlContext) {
    return this.applications.apply(ctx.actor, input);
  }

  @Mutation(() => SubsidyApplication, { description: 'Staff of the county: approve, or reject with a reason; the applicant is notified' })
  decideSubsidyApplication(@Args('input') input: DecideSubsidyInput, @Ctx() ctx: GqlContext) {
    return this.applications.decide(ctx.actor, input);
  }

  @Mutation(() => SubsidyApplication, {
    description: 'The applicant (employer or person): withdraw an application still waiting; the county\'s staff (and, for a hire, the person) are told. A decided one cannot be withdrawn',
  })
  withdrawSubsidyApplication(@Args('input') input: WithdrawSubsidyInput, @Ctx() ctx: GqlContext) {
    return this.applications.withdraw(ctx.actor, input);
  }

  @Query(() => [SubsidyApplicationView], { description: 'Employer: its organization\'s applications; person: their own' })
  mySubsidyApplications(@Ctx() ctx: GqlContext) {
    return this.applications.mine(ctx.actor);
  }

  @Query(() => SubsidyApplicationPage, { description: 'Staff: the applications of their county (or a county in their scope), those waiting first' })
  subsidyApplications(
    @Ctx() ctx: GqlContext,
    // typed as the classes alone (not "| null"): the validation pipe reads the parameter's reflected type, and a union
    // reflects as Object, which it does not check (a page size of -1 reached the database)
    @Args('filter', { type: () => SubsidyApplicationFilter, nullable: true }) filter?: SubsidyApplicationFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.applications.queue(ctx.actor, filter ?? {}, page);
  }
}
