// Retention's GraphQL: follow-ups (staff), check-ins (the person and the employer), the figures and the funnel (staff).
import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageInput, Paginated } from '../../common/pagination.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { Ctx } from '../../graphql/ctx.decorator.js';
import type { GqlContext } from '../../graphql/context.js';
import { CalendarDatePipe } from '../../graphql/date.pipe.js';
import { IdPipe } from '../../graphql/id.pipe.js';
import { PlacementFollowUp } from './follow-up.entity.js';
import { FollowUpsService } from './follow-ups.service.js';
import { RetentionFiguresService } from './retention-figures.service.js';
import { FollowUpListFilter, RecordFollowUpInput, RetentionFilter } from './retention.inputs.js';
import { CheckInModel, FollowUpRowModel, OutcomeFunnelModel, RetentionReportModel } from './retention.models.js';

const FollowUpPage = Paginated(FollowUpRowModel, 'FollowUpPage');

@Resolver()
export class RetentionResolver {
  constructor(
    private readonly followUps: FollowUpsService,
    private readonly figures: RetentionFiguresService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => PlacementFollowUp, { description: 'Staff of the person\'s or the employer\'s county: record a follow-up (the same month again replaces it)' })
  recordPlacementFollowUp(@Args('input') input: RecordFollowUpInput, @Ctx() ctx: GqlContext) {
    return this.followUps.record(ctx.actor, input);
  }

  @Query(() => FollowUpPage, { description: 'Staff: placements in scope with a follow-up due (within two weeks) or overdue, oldest first' })
  placementFollowUps(
    @Ctx() ctx: GqlContext,
    @Args('filter', { nullable: true }) filter?: FollowUpListFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.followUps.list(ctx.actor, filter ?? {}, page, this.config.pageSizeMax);
  }

  @Query(() => [CheckInModel], { description: 'The person: check-ins about their jobs; an employer: about their hires' })
  myCheckIns(@Ctx() ctx: GqlContext) {
    return this.followUps.checkIns(ctx.actor);
  }

  @Mutation(() => PlacementFollowUp, { description: 'The person (own job) or the employer (own hire): still employed, or left on a date' })
  answerPlacementCheckIn(
    @Args('placementId', { type: () => ID }, IdPipe) placementId: string,
    @Args('month', { type: () => Int }) month: number,
    @Args('stillEmployed') stillEmployed: boolean,
    @Ctx() ctx: GqlContext,
    @Args('leftOn', { type: () => String, nullable: true, description: 'YYYY-MM-DD: the last day, when they left' }, CalendarDatePipe) leftOn?: string | null,
  ) {
    return this.followUps.answerCheckIn(ctx.actor, placementId, month, stillEmployed, leftOn ?? null);
  }

  @Query(() => RetentionReportModel, { description: 'Staff: retention at 3, 6 and 12 months of placements starting in the period, in total and by breakdown' })
  retention(@Args('filter') filter: RetentionFilter, @Ctx() ctx: GqlContext) {
    return this.figures.retention(ctx.actor, filter);
  }

  @Query(() => OutcomeFunnelModel, { description: 'Staff: people at each step from registration to retention, in the period' })
  outcomeFunnel(@Args('filter') filter: RetentionFilter, @Ctx() ctx: GqlContext) {
    return this.figures.funnel(ctx.actor, filter);
  }
}
