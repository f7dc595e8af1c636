import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../graphql/ctx.decorator.js';
import type { GqlContext } from '../../graphql/context.js';
import { DashboardModel, QuarterlyReportModel } from './dashboard.models.js';
import { DashboardService } from './dashboard.service.js';
import { YearPipe } from '../../graphql/year.pipe.js';

@Resolver()
export class DashboardResolver {
  constructor(private readonly service: DashboardService) {}

  @Query(() => DashboardModel, { description: 'Staff: the action plan\'s progress for the city, or one county (county staff: theirs)' })
  actionPlanDashboard(@Ctx() ctx: GqlContext, @Args('countyCode', { type: () => String, nullable: true }) countyCode?: string) {
    return this.service.dashboard(ctx.actor, countyCode);
  }

  @Query(() => QuarterlyReportModel, { description: 'Staff: the quarterly report a county sends the city, or the city\'s summary' })
  async quarterlyReport(
    @Args('year', { type: () => Int }, YearPipe) year: number,
    @Args('quarter', { type: () => Int }) quarter: number,
    @Ctx() ctx: GqlContext,
    @Args('countyCode', { type: () => String, nullable: true }) countyCode?: string,
  ) {
    const r = await this.service.quarterly(ctx.actor, year, quarter, countyCode);
    const q = new URLSearchParams({ year: String(year), quarter: String(quarter), ...(r.countyCode ? { county: r.countyCode } : {}) });
    return { ...r, exportUrl: `/exports/reports/quarterly.xlsx?${q}` };
  }

  @Mutation(() => Boolean, { description: 'Staff: report how many new public-welfare posts a county created in a year' })
  async setPublicWelfarePosts(
    @Args('countyCode') countyCode: string,
    @Args('year', { type: () => Int }, YearPipe) year: number,
    @Args('total', { type: () => Int }) total: number,
    @Args('source', { defaultValue: '' }) source: string,
    @Ctx() ctx: GqlContext,
  ) {
    await this.service.setFigure(ctx.actor, countyCode, year, total, source);
    return true;
  }
}
