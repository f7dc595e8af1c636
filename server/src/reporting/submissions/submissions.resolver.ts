import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../graphql/ctx.decorator.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdPipe } from '../../graphql/id.pipe.js';
import { YearPipe } from '../../graphql/year.pipe.js';
import { QuarterlySubmission } from './quarterly-submission.entity.js';
import { CountySubmissionModel, FigureChangeModel } from './submissions.models.js';
import { SubmissionsService } from './submissions.service.js';

@Resolver()
export class SubmissionsResolver {
  constructor(private readonly service: SubmissionsService) {}

  @Mutation(() => QuarterlySubmission, { description: 'County staff: sign and submit the county\'s quarterly report; its figures are frozen as signed (unchanged figures: the latest version again)' })
  submitQuarterlyReport(
    @Args('year', { type: () => Int }, YearPipe) year: number,
    @Args('quarter', { type: () => Int }) quarter: number,
    @Args('countyCode') countyCode: string,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.submit(ctx.actor, year, quarter, countyCode);
  }

  @Mutation(() => QuarterlySubmission, { description: 'City staff: send a county\'s latest version back with a reason; the county\'s staff are notified' })
  returnQuarterlyReport(
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('reason') reason: string,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.returnReport(ctx.actor, id, reason);
  }

  @Query(() => [CountySubmissionModel], { description: 'City staff: every county\'s submission state for the quarter' })
  quarterlySubmissions(
    @Args('year', { type: () => Int }, YearPipe) year: number,
    @Args('quarter', { type: () => Int }) quarter: number,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.forQuarter(ctx.actor, year, quarter);
  }

  @Query(() => [QuarterlySubmission], { description: 'Staff of the county, and the city: every version the county sent for the quarter, newest first' })
  quarterlySubmissionVersions(
    @Args('year', { type: () => Int }, YearPipe) year: number,
    @Args('quarter', { type: () => Int }) quarter: number,
    @Args('countyCode') countyCode: string,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.versions(ctx.actor, year, quarter, countyCode);
  }

  @Query(() => QuarterlySubmission, { description: 'Staff of the county, and the city: one version with its frozen figures' })
  quarterlySubmission(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.service.byId(ctx.actor, id);
  }

  @Query(() => [FigureChangeModel], { description: 'Each figure that changed between two versions of a county\'s quarter: old → new' })
  compareQuarterlySubmissions(
    @Args('fromId', { type: () => ID }, IdPipe) fromId: string,
    @Args('toId', { type: () => ID }, IdPipe) toId: string,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.compare(ctx.actor, fromId, toId);
  }
}
