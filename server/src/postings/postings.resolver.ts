import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { PostingStatus } from '../common/domain.js';
import { PageInput, Paginated } from '../common/pagination.js';
import { currentLocale } from '../common/request-context.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { Organization } from '../organizations/organization.entity.js';
import { County } from '../regions/county.entity.js';
import { RegionsService } from '../regions/regions.service.js';
import { easyReadSummary } from './easy-read.js';
import { Posting } from './posting.entity.js';
import { PostingInput } from './posting.inputs.js';
import { PostingSort, PostingsService } from './postings.service.js';

registerEnumType(PostingSort, { name: 'PostingSort', description: '职位排序' });
export const PostingPage = Paginated(Posting, 'PostingPage');

@Resolver(() => Posting)
export class PostingsResolver {
  constructor(private readonly service: PostingsService, private readonly regions: RegionsService) {}

  @Query(() => Posting, { description: 'A published or closed posting; drafts for their employer and staff' })
  posting(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.service.get(ctx.actor, id);
  }

  @Query(() => PostingPage, { description: 'Employers: their organization\'s postings in every status' })
  myPostings(
    @Ctx() ctx: GqlContext,
    @Args('status', { type: () => PostingStatus, nullable: true }) status?: PostingStatus,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.service.mine(ctx.actor, status ?? undefined, page);
  }

  @Mutation(() => Posting, { description: 'Employers: create a draft posting' })
  createPosting(@Args('input') input: PostingInput, @Ctx() ctx: GqlContext) {
    return this.service.create(ctx.actor, input);
  }

  @Mutation(() => Posting)
  updatePosting(
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: PostingInput,
    @Ctx() ctx: GqlContext,
    @Args('expectedVersion', { type: () => Int, nullable: true, description: 'Refuse the edit if someone changed the posting since' })
    expectedVersion?: number,
  ) {
    return this.service.update(ctx.actor, id, input, expectedVersion ?? undefined);
  }

  @Mutation(() => Posting)
  publishPosting(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.service.publish(ctx.actor, id);
  }

  @Mutation(() => Posting)
  closePosting(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.service.close(ctx.actor, id);
  }

  @ResolveField(() => Organization)
  organization(@Parent() p: Posting, @Ctx() ctx: GqlContext) {
    return ctx.loaders.organization.load(p.organizationId);
  }

  @ResolveField(() => County, { nullable: true })
  county(@Parent() p: Posting) {
    return this.regions.county(p.countyCode) ?? null;
  }

  @ResolveField(() => Int, { description: 'Openings not yet filled' })
  openingsLeft(@Parent() p: Posting) {
    return Math.max(0, p.openings - p.hiredCount);
  }

  @ResolveField(() => String, { description: 'Easy-read summary: short sentences, plain words' })
  async easyRead(@Parent() p: Posting, @Ctx() ctx: GqlContext) {
    if (p.easyRead) return p.easyRead;
    const locale = currentLocale();
    const org = await ctx.loaders.organization.load(p.organizationId);
    const county = this.regions.county(p.countyCode);
    const place = county ? (locale === 'en' ? county.nameEn : county.nameZh) : p.address;
    return easyReadSummary(p, place, org?.name ?? '', locale);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Number of applications: for the employer and staff' })
  applicationCount(@Parent() p: Posting, @Ctx() ctx: GqlContext) {
    return this.service.canManage(ctx.actor, p) ? ctx.loaders.applicationCountByPosting.load(p.id) : null;
  }
}
