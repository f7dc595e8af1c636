import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { GraphQLJSON } from '../graphql/json.scalar.js';
import { PolicySetting, PolicySettingChange } from './policy-setting.entity.js';
import { PolicySettingsService } from './policy-settings.service.js';

@Resolver(() => PolicySetting)
export class PolicySettingsResolver {
  constructor(private readonly service: PolicySettingsService) {}

  @Query(() => [PolicySetting], { description: 'Staff: the quota and levy rules in force, each with its source' })
  policySettings(@Ctx() ctx: GqlContext) {
    return this.service.list(ctx.actor);
  }

  @Query(() => [PolicySettingChange], { description: 'Staff: changes to one setting, newest first' })
  policySettingHistory(@Args('key') key: string, @Ctx() ctx: GqlContext) {
    return this.service.history(ctx.actor, key);
  }

  @Mutation(() => PolicySetting, { description: 'City-wide staff and administrators: change (or confirm, by saving unchanged) a setting' })
  updatePolicySetting(
    @Args('key') key: string,
    @Args('value', { type: () => GraphQLJSON }) value: unknown,
    @Ctx() ctx: GqlContext,
    @Args('source', { type: () => String, nullable: true }) source?: string,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ) {
    return this.service.update(ctx.actor, key, value, source, note);
  }

  @ResolveField(() => String, { description: 'What the setting is, in the reader\'s language' })
  label(@Parent() s: PolicySetting) {
    return this.service.label(s.key);
  }

  @ResolveField(() => GraphQLJSON, { nullable: true, description: 'The value in the policy file, for comparison' })
  defaultValue(@Parent() s: PolicySetting) {
    return this.service.defaults.find((d) => d.key === s.key)?.value ?? null;
  }

  /** Staff see who changed a rule (the list itself is staff-only): the display name, never contact details. */
  @ResolveField(() => String, { nullable: true, description: 'Display name of who saved the value last; null: the policy file' })
  async updatedByName(@Parent() s: PolicySetting, @Ctx() ctx: GqlContext) {
    return s.updatedBy ? (await ctx.loaders.user.load(s.updatedBy))?.displayName ?? null : null;
  }
}
