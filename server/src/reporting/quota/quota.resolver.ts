import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessPurpose } from '../../common/domain.js';
import { PageInput } from '../../common/pagination.js';
import { Ctx } from '../../graphql/ctx.decorator.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdPipe } from '../../graphql/id.pipe.js';
import { Organization } from '../../organizations/organization.entity.js';
import { OrganizationYear } from './organization-year.entity.js';
import { OrganizationYearInput, PlacementContractInput } from './quota.inputs.js';
import { PlacementContract, QuotaPerson, QuotaPosition, QuotaPositionPage } from './quota.models.js';
import { QuotaService } from './quota.service.js';
import { YearPipe } from '../../graphql/year.pipe.js';
import { PolicySettingsService } from '../../policy/policy-settings.service.js';

/** Per request: is the social average wage setting an estimate not yet confirmed (asked once, whatever the rows)? */
const socialWageUnconfirmed = new WeakMap<object, Promise<boolean>>();

@Resolver(() => QuotaPosition)
export class QuotaResolver {
  constructor(private readonly service: QuotaService, private readonly policy: PolicySettingsService) {}

  @ResolveField(() => Boolean, {
    description: 'The levy rests on an estimated wage: the year is not over, or the wage was capped at a local social average wage staff have not confirmed',
  })
  async wageEstimated(@Parent() p: QuotaPosition, @Ctx() ctx: GqlContext): Promise<boolean> {
    if (p.levyDue === null) return false;
    if (p.provisional) return true;
    if (!p.wageCapped) return false;
    if (!socialWageUnconfirmed.has(ctx)) socialWageUnconfirmed.set(ctx, this.policy.isConfirmed('wage.localSocialAverage').then((c) => !c));
    return socialWageUnconfirmed.get(ctx)!;
  }

  @Query(() => QuotaPosition, { description: 'The organization\'s members and staff in scope: quota and estimated levy for a year' })
  quotaPosition(
    @Args('organizationId', { type: () => ID }, IdPipe) organizationId: string,
    @Args('year', { type: () => Int }, YearPipe) year: number,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.position(ctx.actor, organizationId, year);
  }

  @Query(() => QuotaPositionPage, { description: 'Staff: organizations in their area below the ratio, the largest estimated levy first' })
  organizationsBelowQuota(
    @Args('year', { type: () => Int }, YearPipe) year: number,
    @Ctx() ctx: GqlContext,
    @Args('countyCode', { type: () => String, nullable: true }) countyCode?: string,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.service.belowQuota(ctx.actor, year, countyCode, page);
  }

  @Query(() => [OrganizationYear], { description: 'The figures entered per year for an organization, latest first' })
  organizationYears(@Args('organizationId', { type: () => ID }, IdPipe) organizationId: string, @Ctx() ctx: GqlContext) {
    return this.service.organizationYears(ctx.actor, organizationId);
  }

  @Mutation(() => OrganizationYear, { description: 'The employer (own organization) or staff in scope: staff count and average wage for a year' })
  saveOrganizationYear(@Args('input') input: OrganizationYearInput, @Ctx() ctx: GqlContext) {
    return this.service.saveOrganizationYear(ctx.actor, input);
  }

  @Mutation(() => PlacementContract, { description: 'The employer or staff: the contract facts that decide whether the person counts' })
  setPlacementContract(
    @Args('placementId', { type: () => ID }, IdPipe) placementId: string,
    @Args('input') input: PlacementContractInput,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.setPlacementContract(ctx.actor, placementId, input);
  }

  @ResolveField(() => Organization)
  organization(@Parent() p: QuotaPosition, @Ctx() ctx: GqlContext) {
    return ctx.loaders.organization.load(p.organizationId);
  }

  /** Names and whether a disability is severe: read for quota review, and audited as such. */
  @ResolveField(() => [QuotaPerson], { description: 'Disabled employees of the year, those who count first' })
  people(@Parent() p: QuotaPosition, @Ctx() ctx: GqlContext) {
    for (const person of p.people) {
      ctx.audit.push({ action: 'READ_SENSITIVE', entity: 'seeker', entityId: person.seekerId, field: 'quota', purpose: AccessPurpose.QUOTA_REVIEW });
    }
    return p.people;
  }
}
