import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageInput, Paginated } from '../common/pagination.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { ServiceKind } from './casework-vocab.js';
import { GraduatePlan, LedgerEntry, ServiceRecord } from './casework.entities.js';
import { GraduateLedgerFilter, GraduatePlanInput, LedgerEntryInput, ServiceRecordInput } from './casework.inputs.js';
import { CoachCandidateModel, CoverageRowModel, JobCoachModel, LedgerPage } from './casework.models.js';
import { FourOnesService } from './four-ones.service.js';
import { LedgerService } from './ledger.service.js';
import { YearPipe } from '../graphql/year.pipe.js';

const MissingPage = Paginated(SeekerProfile, 'MissingServicePage');

@Resolver(() => ServiceRecord)
export class CaseworkResolver {
  constructor(private readonly fourOnes: FourOnesService, private readonly ledgerService: LedgerService) {}

  @Mutation(() => ServiceRecord, { description: 'Staff: record one of the "four ones" for a seeker in their area' })
  recordService(@Args('input') input: ServiceRecordInput, @Ctx() ctx: GqlContext) {
    return this.fourOnes.record(ctx.actor, input);
  }

  @Query(() => [ServiceRecord], { description: 'Staff: a seeker\'s service records, newest first' })
  serviceRecords(
    @Args('seekerId', { type: () => ID }, IdPipe) seekerId: string,
    @Ctx() ctx: GqlContext,
    @Args('year', { type: () => Int, nullable: true }, YearPipe) year?: number,
  ) {
    return this.fourOnes.forSeeker(ctx.actor, seekerId, year ?? undefined);
  }

  @Query(() => [CoverageRowModel], { description: 'Staff: "four ones" coverage per county for a year (their county, or all for city staff)' })
  fourOnesCoverage(
    @Args('year', { type: () => Int }, YearPipe) year: number,
    @Ctx() ctx: GqlContext,
    @Args('countyCode', { type: () => String, nullable: true }) countyCode?: string,
  ) {
    return this.fourOnes.coverage(ctx.actor, year, countyCode);
  }

  @Query(() => MissingPage, { description: 'Staff: who in the population still lacks this service this year' })
  seekersMissingService(
    @Args('year', { type: () => Int }, YearPipe) year: number,
    @Args('kind', { type: () => ServiceKind }) kind: ServiceKind,
    @Ctx() ctx: GqlContext,
    @Args('countyCode', { type: () => String, nullable: true }) countyCode?: string,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.fourOnes.missing(ctx.actor, year, kind, countyCode, page);
  }

  @Mutation(() => Boolean, { description: 'Staff: assign a job coach (a staff member) to a seeker' })
  async assignJobCoach(
    @Args('seekerId', { type: () => ID }, IdPipe) seekerId: string,
    @Args('coachUserId', { type: () => ID }, IdPipe) coachUserId: string,
    @Ctx() ctx: GqlContext,
  ) {
    await this.fourOnes.assignCoach(ctx.actor, seekerId, coachUserId);
    return true;
  }

  @Query(() => [CoachCandidateModel], { description: 'Staff: who may be a seeker\'s job coach (active staff of the city or of their county)' })
  coachCandidates(@Args('seekerId', { type: () => ID }, IdPipe) seekerId: string, @Ctx() ctx: GqlContext) {
    return this.fourOnes.coachCandidates(ctx.actor, seekerId);
  }

  @Query(() => JobCoachModel, { nullable: true, description: 'Staff: the job coach assigned to a seeker, or null' })
  jobCoach(@Args('seekerId', { type: () => ID }, IdPipe) seekerId: string, @Ctx() ctx: GqlContext) {
    return this.fourOnes.coachOf(ctx.actor, seekerId);
  }

  @Query(() => LedgerPage, { description: 'Staff: the graduate ledger (一人一策) in their area' })
  graduateLedger(
    @Ctx() ctx: GqlContext,
    @Args('filter', { nullable: true }) filter?: GraduateLedgerFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.ledgerService.ledger(ctx.actor, filter, page);
  }

  @Query(() => [LedgerEntry], { description: 'Staff: a graduate\'s ledger entries, newest first' })
  ledgerEntries(@Args('seekerId', { type: () => ID }, IdPipe) seekerId: string, @Ctx() ctx: GqlContext) {
    return this.ledgerService.entries(ctx.actor, seekerId);
  }

  @Mutation(() => GraduatePlan, { description: 'Staff: save a graduate\'s tailored plan and status' })
  saveGraduatePlan(@Args('input') input: GraduatePlanInput, @Ctx() ctx: GqlContext) {
    return this.ledgerService.savePlan(ctx.actor, input);
  }

  @Mutation(() => LedgerEntry, { description: 'Staff: add a contact, service, referral, fair or follow-up to the ledger' })
  addLedgerEntry(@Args('input') input: LedgerEntryInput, @Ctx() ctx: GqlContext) {
    return this.ledgerService.addEntry(ctx.actor, input);
  }

  @ResolveField(() => String, { description: 'The staff member who recorded the service' })
  async staffName(@Parent() r: ServiceRecord, @Ctx() ctx: GqlContext): Promise<string> {
    return (await ctx.loaders.user.load(r.staffUserId))?.displayName ?? '';
  }

  @ResolveField(() => SeekerProfile)
  seeker(@Parent() r: ServiceRecord, @Ctx() ctx: GqlContext) {
    return ctx.loaders.seeker.load(r.seekerId);
  }
}
