import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isStaff } from '../../auth/actor.js';
import { isCalendarDate } from '../../common/dates.js';
import { InvalidInputError } from '../../common/errors.js';
import { PageInput, Paginated } from '../../common/pagination.js';
import { localDate } from '../../common/local-time.js';
import { Ctx } from '../../graphql/ctx.decorator.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdPipe } from '../../graphql/id.pipe.js';
import { RecruitmentEvent } from '../../events/event.entity.js';
import { Posting } from '../../postings/posting.entity.js';
import { Campaign } from './campaign.entity.js';
import { CampaignInput, CampaignLinkInput } from './campaign.inputs.js';
import { CampaignPlacementChoiceModel, CampaignPlacementModel, CampaignProgressModel } from './campaign.models.js';
import { campaignProgress, shareOf } from './campaign-progress.js';
import { CampaignsService } from './campaigns.service.js';

function dateArg(asOf: string | null | undefined): string {
  if (asOf == null) return localDate(new Date());
  if (!isCalendarDate(asOf) || asOf < '2000-01-01' || asOf > '2100-12-31') throw InvalidInputError.field('asOf', 'validation.isCalendarDate');
  return asOf;
}

const CampaignPlacementChoicePage = Paginated(CampaignPlacementChoiceModel, 'CampaignPlacementChoicePage');

@Resolver(() => Campaign)
export class CampaignsResolver {
  constructor(private readonly service: CampaignsService) {}

  @Query(() => [Campaign], { description: 'Staff: every campaign (专项行动), the latest first' })
  campaigns(@Ctx() ctx: GqlContext) {
    return this.service.list(ctx.actor);
  }

  @Query(() => Campaign, { description: 'Staff: one campaign' })
  campaign(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.service.get(ctx.actor, id);
  }

  @Query(() => [Campaign], { description: 'Staff: campaigns running on the date (default today), for the dashboard; county staff see their county\'s and the city\'s' })
  campaignsInProgress(
    @Ctx() ctx: GqlContext,
    @Args('countyCode', { type: () => String, nullable: true }) countyCode?: string,
    @Args('asOf', { type: () => String, nullable: true, description: 'YYYY-MM-DD' }) asOf?: string,
  ) {
    return this.service.inProgress(ctx.actor, countyCode, dateArg(asOf));
  }

  @Query(() => CampaignPlacementChoicePage, { description: 'Staff running the campaign: placements in its counties and their own whose person or employer name holds the words (names masked), to link' })
  campaignPlacementChoices(@Args('campaignId', { type: () => ID }, IdPipe) campaignId: string, @Args('query') query: string, @Ctx() ctx: GqlContext,
    @Args('page', { nullable: true }) page?: PageInput) {
    return this.service.placementChoices(ctx.actor, campaignId, query, page);
  }

  @Mutation(() => Campaign, { description: 'Staff: define a campaign (city staff for the city or several counties, county staff for their county)' })
  createCampaign(@Args('input') input: CampaignInput, @Ctx() ctx: GqlContext) {
    return this.service.create(ctx.actor, input);
  }

  @Mutation(() => Campaign)
  updateCampaign(@Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: CampaignInput, @Ctx() ctx: GqlContext) {
    return this.service.update(ctx.actor, id, input);
  }

  @Mutation(() => Campaign, { description: 'Staff running the campaign: link one fair, posting or placement; a posting\'s employer is told' })
  linkToCampaign(@Args('input') input: CampaignLinkInput, @Ctx() ctx: GqlContext) {
    return this.service.link(ctx.actor, input, true);
  }

  @Mutation(() => Campaign, { description: 'Staff running the campaign: unlink one fair, posting or placement; a posting\'s employer is told' })
  unlinkFromCampaign(@Args('input') input: CampaignLinkInput, @Ctx() ctx: GqlContext) {
    return this.service.link(ctx.actor, input, false);
  }

  @ResolveField(() => Boolean, { description: 'May the signed-in person change it and its links? Staff of another county see it read-only' })
  canManage(@Parent() c: Campaign, @Ctx() ctx: GqlContext): boolean {
    return this.service.canManage(ctx.actor, c);
  }

  @ResolveField(() => CampaignProgressModel, { nullable: true, description: 'Staff: progress to the date (default today)' })
  async progress(@Parent() c: Campaign, @Ctx() ctx: GqlContext,
    @Args('asOf', { type: () => String, nullable: true }) asOf?: string): Promise<CampaignProgressModel | null> {
    if (!isStaff(ctx.actor)) return null;
    const p = await this.service.progress(c, dateArg(asOf));
    return {
      countedTo: p.countedTo, people: p.people, organizations: p.organizations, byCounty: p.byCounty,
      targetPeople: c.targetPeople, targetOrganizations: c.targetOrganizations,
      peopleShare: shareOf(p.people, c.targetPeople), organizationsShare: shareOf(p.organizations, c.targetOrganizations),
      targetUnverified: !c.targetSource,
    };
  }

  @ResolveField(() => [RecruitmentEvent], { description: 'Staff: linked fairs' })
  async fairs(@Parent() c: Campaign, @Ctx() ctx: GqlContext) {
    if (!isStaff(ctx.actor)) return [];
    const ids = await this.service.linkedIds(c.id, 'event');
    return (await ctx.loaders.event.loadMany(ids)).filter((e): e is RecruitmentEvent => !!e && !(e instanceof Error));
  }

  @ResolveField(() => [Posting], { description: 'Staff: linked postings' })
  async postings(@Parent() c: Campaign, @Ctx() ctx: GqlContext) {
    if (!isStaff(ctx.actor)) return [];
    const ids = await this.service.linkedIds(c.id, 'posting');
    return (await ctx.loaders.posting.loadMany(ids)).filter((p): p is Posting => !!p && !(p instanceof Error));
  }

  @ResolveField(() => [CampaignPlacementModel], { description: 'Staff: placements linked by any route, each saying whether it counts' })
  async placements(@Parent() c: Campaign, @Ctx() ctx: GqlContext,
    @Args('asOf', { type: () => String, nullable: true }) asOf?: string): Promise<CampaignPlacementModel[]> {
    if (!isStaff(ctx.actor)) return [];
    const rows = await this.service.placementCandidates(c.id);
    const counted = new Set(campaignProgress(c, dateArg(asOf), rows, []).counted.map((x) => x.placementId));
    return rows.map((r) => ({
      placementId: r.placementId, startDate: r.startDate, countyCode: r.countyCode, organizationName: r.organizationName,
      postingTitle: r.postingTitle, routes: [...r.routes], counted: counted.has(r.placementId), excluded: r.excluded,
    }));
  }
}

@Resolver(() => Posting)
export class PostingCampaignsResolver {
  @ResolveField(() => [Campaign], { description: 'Campaigns the posting is linked to: for its employer and staff' })
  async campaigns(@Parent() p: Posting, @Ctx() ctx: GqlContext): Promise<Campaign[]> {
    const a = ctx.actor;
    if (!isStaff(a) && !(a?.organizationId && a.organizationId === p.organizationId)) return [];
    return ctx.loaders.campaignsByPosting.load(p.id);
  }
}
