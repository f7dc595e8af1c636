// `Posting.myMatch`: on the job page, the same "why it fits / what would close the gap" search shows, from the same
// matcher and explanations, for a signed-in seeker who consented to job matching.
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { Posting } from '../postings/posting.entity.js';
import { PostingsSearchService } from './postings-search.service.js';
import { MatchModel } from './search.models.js';

@Resolver(() => Posting)
export class PostingMatchResolver {
  constructor(private readonly search: PostingsSearchService) {}

  @ResolveField(() => MatchModel, { nullable: true, description: 'For a signed-in seeker who consented to job matching: reasons and gaps' })
  myMatch(@Parent() p: Posting, @Ctx() ctx: GqlContext): Promise<MatchModel | null> {
    return this.search.matchFor(ctx.actor, p);
  }
}
