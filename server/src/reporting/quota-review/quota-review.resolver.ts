import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessPurpose } from '../../common/domain.js';
import { PageInput } from '../../common/pagination.js';
import { Ctx } from '../../graphql/ctx.decorator.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdPipe } from '../../graphql/id.pipe.js';
import { YearPipe } from '../../graphql/year.pipe.js';
import { PlacementYearFact, QuotaReviewPack, QuotaReviewPerson, QuotaReviewSubmissionPage } from './quota-review.models.js';
import { QuotaReviewService } from './quota-review.service.js';

@Resolver(() => QuotaReviewPack)
export class QuotaReviewResolver {
  constructor(private readonly service: QuotaReviewService) {}

  @Query(() => QuotaReviewPack, { description: 'The organization\'s members and staff in scope: the quota-review pack for a year as it stands now' })
  quotaReviewPack(
    @Args('organizationId', { type: () => ID }, IdPipe) organizationId: string,
    @Args('year', { type: () => Int }, YearPipe) year: number,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.live(ctx.actor, organizationId, year);
  }

  @Query(() => QuotaReviewPack, { description: 'A submitted version of a pack, as it was submitted' })
  quotaReviewSubmission(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.service.submission(ctx.actor, id);
  }

  @Query(() => QuotaReviewSubmissionPage, { description: 'Staff: submitted packs waiting for review in their area, the oldest first' })
  quotaReviewQueue(
    @Ctx() ctx: GqlContext,
    @Args('countyCode', { type: () => String, nullable: true }) countyCode?: string,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.service.queue(ctx.actor, countyCode, page);
  }

  @Query(() => QuotaReviewSubmissionPage, { description: 'Staff: the year\'s confirmed packs in their area, for the certification office' })
  confirmedQuotaReviewPacks(
    @Args('year', { type: () => Int }, YearPipe) year: number,
    @Ctx() ctx: GqlContext,
    @Args('countyCode', { type: () => String, nullable: true }) countyCode?: string,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.service.confirmedPacks(ctx.actor, year, countyCode, page);
  }

  @Mutation(() => PlacementYearFact, { description: 'The employer: months of the year with social insurance paid for one of its placements, 0-12' })
  setInsuranceMonths(
    @Args('placementId', { type: () => ID }, IdPipe) placementId: string,
    @Args('year', { type: () => Int }, YearPipe) year: number,
    @Args('months', { type: () => Int }) months: number,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.setInsuranceMonths(ctx.actor, placementId, year, months);
  }

  @Mutation(() => QuotaReviewPack, { description: 'The employer: submit the year\'s pack to the federation (a new, frozen version)' })
  submitQuotaReviewPack(
    @Args('organizationId', { type: () => ID }, IdPipe) organizationId: string,
    @Args('year', { type: () => Int }, YearPipe) year: number,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.submit(ctx.actor, organizationId, year);
  }

  @Mutation(() => QuotaReviewPack, { description: 'Staff covering the employer\'s county: confirm a submitted pack' })
  confirmQuotaReviewPack(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.service.confirm(ctx.actor, id);
  }

  @Mutation(() => QuotaReviewPack, { description: 'Staff covering the employer\'s county: return a submitted pack with the reason' })
  returnQuotaReviewPack(
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('reason') reason: string,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.returnPack(ctx.actor, id, reason);
  }

  /** Names, levels and certificate numbers: read for quota review, and audited as such (as QuotaResolver.people). */
  @ResolveField(() => [QuotaReviewPerson], { description: 'The disabled employees of the year, those who count first' })
  people(@Parent() p: QuotaReviewPack, @Ctx() ctx: GqlContext) {
    for (const person of p.people) {
      ctx.audit.push({ action: 'READ_SENSITIVE', entity: 'seeker', entityId: person.seekerId, field: 'quotaReview', purpose: AccessPurpose.QUOTA_REVIEW });
    }
    return p.people;
  }
}
