// `postings(filter)`: browsing with structured filters (the postings feature's SQL) and words through the search
// engine, the one text search of postings (the same one `searchPostings` uses). It lives in search/ because only
// search may read the engine; postings knows nothing of it.
import { Args, Query, Resolver } from '@nestjs/graphql';
import { PostingStatus } from '../common/domain.js';
import { PageInput } from '../common/pagination.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { PostingFilter } from '../postings/posting.inputs.js';
import { PostingPage } from '../postings/postings.resolver.js';
import { PostingSort, PostingsService } from '../postings/postings.service.js';
import { PostingsSearchService } from './postings-search.service.js';

@Resolver()
export class PostingsBrowseResolver {
  constructor(private readonly service: PostingsService, private readonly search: PostingsSearchService) {}

  @Query(() => PostingPage, { description: 'Browse published postings with filters; other statuses for their managers' })
  async postings(
    @Ctx() ctx: GqlContext,
    @Args('filter', { nullable: true }) filter?: PostingFilter,
    @Args('sort', { type: () => PostingSort, nullable: true }) sort?: PostingSort,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    const words = filter?.query?.trim();
    // The index holds published postings only: a manager's list of drafts or closed postings is not searched by words.
    const published = !filter?.status || filter.status === PostingStatus.PUBLISHED;
    const ids = words && published ? await this.search.idsMatching(words) : undefined;
    return this.service.list(ctx.actor, filter ?? undefined, sort ?? PostingSort.NEWEST, page ?? undefined, ids);
  }
}
