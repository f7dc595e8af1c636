import { Args, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isStaff } from '../../auth/actor.js';
import { Ctx } from '../../graphql/ctx.decorator.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdPipe } from '../../graphql/id.pipe.js';
import { Posting } from '../../postings/posting.entity.js';
import { WelfarePostsService } from './welfare-posts.service.js';

@ObjectType({ description: '残联开发的助残类公益性岗位（方案二（五）：20-30个）' })
export class WelfarePostsModel {
  @Field(() => Int, { description: 'Postings staff marked as such posts, city-wide' }) count: number;
  @Field(() => Int, { description: 'The range the count is measured against (policy setting welfare.planRange; the plan: 20)' }) planMin: number;
  @Field(() => Int, { description: 'The plan: 30' }) planMax: number;
  @Field({ description: 'Where the range comes from (the setting\'s source: the plan\'s words until staff change it)' }) planSource: string;
  @Field(() => [Posting]) postings: Posting[];
}

@Resolver(() => Posting)
export class WelfarePostsResolver {
  constructor(private readonly service: WelfarePostsService) {}

  @Query(() => WelfarePostsModel, { description: 'Staff: the federation\'s 助残类公益性岗位 against the range in force (the plan\'s 20-30)' })
  async welfarePosts(@Ctx() ctx: GqlContext): Promise<WelfarePostsModel> {
    const s = await this.service.summary(ctx.actor);
    const postings = (await ctx.loaders.posting.loadMany(s.postingIds)).filter((p): p is Posting => !!p && !(p instanceof Error));
    return { count: s.count, planMin: s.planMin, planMax: s.planMax, planSource: s.planSource, postings };
  }

  @Mutation(() => Boolean, { description: 'Staff: mark a public-welfare posting as one of the federation\'s 助残类公益性岗位 (returns true); its employer is told' })
  markWelfarePost(@Args('postingId', { type: () => ID }, IdPipe) postingId: string, @Ctx() ctx: GqlContext) {
    return this.service.mark(ctx.actor, postingId, true);
  }

  @Mutation(() => Boolean, { description: 'Staff: unmark it (returns false); its employer is told' })
  unmarkWelfarePost(@Args('postingId', { type: () => ID }, IdPipe) postingId: string, @Ctx() ctx: GqlContext) {
    return this.service.mark(ctx.actor, postingId, false);
  }

  @ResolveField(() => Boolean, { description: 'One of the federation\'s 助残类公益性岗位 (plan 二（五）): for its employer and staff' })
  async welfarePost(@Parent() p: Posting, @Ctx() ctx: GqlContext): Promise<boolean> {
    const a = ctx.actor;
    if (!isStaff(a) && !(a?.organizationId && a.organizationId === p.organizationId)) return false;
    return ctx.loaders.welfarePostMarked.load(p.id);
  }
}
