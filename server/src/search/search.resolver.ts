import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { PageInput } from '../common/pagination.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { InvalidInputError } from '../common/errors.js';
import { CandidatesService } from './candidates.service.js';
import { PostingsSearchService } from './postings-search.service.js';
import { PostingSearchFilter } from './search.inputs.js';
import { CandidatePage, PostingSearchResult, PostingSearchSort } from './search.models.js';

export const MAX_QUERY_LENGTH = 50;

/** The organizations search read with its rows go to the request's loader, so `organization { name }` reads nothing more. */
function primed(ctx: GqlContext, result: PostingSearchResult): PostingSearchResult {
  for (const item of result.items) if (item.organization) ctx.loaders.organization.prime(item.organization.id, item.organization);
  return result;
}

@Resolver()
export class SearchResolver {
  constructor(private readonly postings: PostingsSearchService, private readonly candidatesService: CandidatesService) {}

  @Query(() => PostingSearchResult, {
    description: 'Search published postings: words (Chinese with or without spaces, pinyin, small typos), filters, sort and '
      + 'facets. For a signed-in seeker who consented to job matching, each result carries a match score, reasons and gaps.',
  })
  async searchPostings(
    @Ctx() ctx: GqlContext,
    @Args('query', { type: () => String, nullable: true, description: 'At most 50 characters' }) query?: string,
    @Args('filter', { nullable: true }) filter?: PostingSearchFilter,
    @Args('sort', { type: () => PostingSearchSort, nullable: true, description: 'RELEVANCE by default; BEST_MATCH ranks the best 300 text hits by match' })
    sort?: PostingSearchSort,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    if (query && Array.from(query).length > MAX_QUERY_LENGTH) throw InvalidInputError.field('query', 'validation.maxLength', { max: MAX_QUERY_LENGTH });
    return primed(ctx, await this.postings.search(ctx.actor, query ?? undefined, filter ?? undefined, sort ?? undefined, page ?? undefined));
  }

  @Query(() => PostingSearchResult, { description: 'Seekers who consented to job matching: jobs they can take, best match first, with reasons' })
  async recommendedPostings(@Ctx() ctx: GqlContext, @Args('page', { nullable: true }) page?: PageInput) {
    return primed(ctx, await this.postings.recommended(ctx.actor, page ?? undefined));
  }

  @Query(() => CandidatePage, {
    description: 'The posting\'s employer (and staff in scope): seekers who consented to be found and could take the job, masked',
  })
  async candidates(
    @Ctx() ctx: GqlContext,
    @Args('postingId', { type: () => ID }, IdPipe) postingId: string,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    const { page: result, seekerIds } = await this.candidatesService.forPosting(ctx.actor, postingId, page ?? undefined);
    // matching read each listed person's needs on the employer's behalf: audited, though none of it is shown
    for (const id of seekerIds) ctx.audit.push({ action: 'READ_SENSITIVE', entity: 'seeker', entityId: id, field: 'needs', purpose: 'CANDIDATE_MATCH' });
    return result;
  }
}
