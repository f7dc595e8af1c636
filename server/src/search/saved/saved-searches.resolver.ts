import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { requireActor } from '../../auth/auth.service.js';
import { Role } from '../../common/domain.js';
import { Ctx } from '../../graphql/ctx.decorator.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdPipe } from '../../graphql/id.pipe.js';
import { SavedSearch, SavedSearchAlertModel, SavedSearchFilterModel } from './saved-search.entity.js';
import { SaveSearchInput, UpdateSavedSearchInput } from './saved-search.inputs.js';
import { SavedSearchAlertsService } from './saved-search-alerts.service.js';
import { SavedSearchesService } from './saved-searches.service.js';
import { searchPath } from './saved-search-words.js';

@Resolver(() => SavedSearch)
export class SavedSearchesResolver {
  constructor(private readonly service: SavedSearchesService, private readonly alerts: SavedSearchAlertsService) {}

  @Query(() => [SavedSearch], { description: 'The signed-in seeker\'s saved searches, newest first (at most 20)' })
  mySavedSearches(@Ctx() ctx: GqlContext) {
    return this.service.mine(ctx.actor);
  }

  @Mutation(() => SavedSearch, { description: 'Seekers: keep a search (words and filters) and hear of new postings that match it' })
  saveSearch(@Ctx() ctx: GqlContext, @Args('input') input: SaveSearchInput) {
    return this.service.save(ctx.actor, input);
  }

  @Mutation(() => SavedSearch, { description: 'Rename a saved search or change how often its alerts come' })
  updateSavedSearch(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: UpdateSavedSearchInput) {
    return this.service.update(ctx.actor, id, input);
  }

  @Mutation(() => ID, { description: 'Delete a saved search (and its alerts); returns its id' })
  deleteSavedSearch(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.remove(ctx.actor, id);
  }

  @Mutation(() => Int, {
    description: 'Administrators: send the saved-search alerts that are due now (they also run on a timer); returns how many notices were sent',
  })
  async runSavedSearchAlerts(@Ctx() ctx: GqlContext) {
    requireActor(ctx.actor, Role.ADMIN);
    return (await this.alerts.runDue(new Date())).notices;
  }

  @ResolveField(() => SavedSearchFilterModel)
  filter(@Parent() s: SavedSearch): SavedSearchFilterModel {
    const x = s.filter;
    return {
      countyCodes: x.countyCodes ?? [], employmentForms: x.employmentForms ?? [], organizationTypes: x.organizationTypes ?? [],
      supportsAll: x.supportsAll ?? [], demandsNone: x.demandsNone ?? [], reservedOnly: !!x.reservedOnly, remoteOnly: !!x.remoteOnly,
      category: x.category ?? null, salaryAtLeast: x.salaryAtLeast ?? null,
    };
  }

  @ResolveField(() => String, { description: 'The search page\'s address for these words and filters' })
  path(@Parent() s: SavedSearch): string {
    return searchPath(s);
  }

  @ResolveField(() => SavedSearchAlertModel, { nullable: true, description: 'The latest alert sent, with its jobs and why each fits' })
  lastAlert(@Ctx() ctx: GqlContext, @Parent() s: SavedSearch) {
    return this.service.lastAlert(ctx.actor, s);
  }
}
