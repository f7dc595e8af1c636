import { Args, Float, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageInput } from '../../common/pagination.js';
import { Ctx } from '../../graphql/ctx.decorator.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdPipe } from '../../graphql/id.pipe.js';
import { ImportStatus } from './import-vocab.js';
import { SeekerImport } from './seeker-import.entity.js';
import { SeekerImportPage, SeekerImportProblemPage } from './seeker-import.models.js';
import { SeekerImportsService } from './seeker-imports.service.js';

/** Uploads go to POST /imports/seekers (multipart, field "file", ?validOnly=1); these read the jobs. */
@Resolver(() => SeekerImport)
export class SeekerImportsResolver {
  constructor(private readonly service: SeekerImportsService) {}

  @Query(() => SeekerImport, { description: 'Staff: one registry import in their area, with its progress (poll it while active)' })
  seekerImport(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.service.get(ctx.actor, id);
  }

  @Query(() => SeekerImportPage, { description: 'Staff: registry imports in their area, newest first' })
  seekerImports(@Ctx() ctx: GqlContext, @Args('page', { nullable: true }) page?: PageInput) {
    return this.service.list(ctx.actor, page);
  }

  @ResolveField(() => String, { nullable: true, description: 'The outcome in words: missing columns, rows with errors, a failure' })
  message(@Parent() job: SeekerImport) {
    return this.service.message(job);
  }

  @ResolveField(() => Float, { description: 'Share done, 0 to 1, for a progress bar: checking the rows is most of the work' })
  progress(@Parent() job: SeekerImport): number {
    if (job.status === ImportStatus.QUEUED) return 0;
    if (job.status === ImportStatus.WRITING) return 0.9;
    if (job.status !== ImportStatus.VALIDATING) return 1;
    return job.totalRows ? Math.min(0.9, (0.9 * job.processedRows) / job.totalRows) : 0;
  }

  @ResolveField(() => SeekerImportProblemPage, { description: 'Problems of the rows (row, column, message), in row order' })
  problems(@Parent() job: SeekerImport, @Args('page', { nullable: true }) page?: PageInput) {
    return this.service.problems(job, page);
  }

  @ResolveField(() => String, { nullable: true, description: 'The rejected rows as .xlsx with a 错误说明 column, to correct and import again' })
  errorReportUrl(@Parent() job: SeekerImport) {
    return this.service.reportUrl(job);
  }
}
