import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdPipe } from '../../graphql/id.pipe.js';
import { Ctx } from '../../graphql/ctx.decorator.js';
import type { GqlContext } from '../../graphql/context.js';
import { AccessPurpose, PriorityGroup } from '../../common/domain.js';
import { PageInput } from '../../common/pagination.js';
import { DashboardModel, QuarterlyReportModel } from './dashboard.models.js';
import { DashboardService } from './dashboard.service.js';
import { PriorityOutreachModel } from './priority-outreach.models.js';
import { PriorityOutreachService } from './priority-outreach.service.js';
import { YearPipe } from '../../graphql/year.pipe.js';

@Resolver()
export class DashboardResolver {
  constructor(private readonly service: DashboardService, private readonly outreach: PriorityOutreachService) {}

  @Query(() => DashboardModel, { description: 'Staff: the action plan\'s progress for the city, or one county (county staff: theirs)' })
  actionPlanDashboard(
    @Ctx() ctx: GqlContext,
    @Args('countyCode', { type: () => String, nullable: true }) countyCode?: string,
    @Args('planId', { type: () => ID, nullable: true, description: 'A plan to look at; default: the one in force on the date' }, IdPipe) planId?: string,
    @Args('asOf', { type: () => String, nullable: true, description: 'YYYY-MM-DD; default: today in Xinyang' }) asOf?: string,
  ) {
    return this.service.dashboard(ctx.actor, countyCode, planId, asOf);
  }

  @Query(() => QuarterlyReportModel, { description: 'Staff: the quarterly report a county sends the city, or the city\'s summary' })
  async quarterlyReport(
    @Ctx() ctx: GqlContext,
    @Args('year', { type: () => Int, nullable: true, description: 'Default: the current quarter\'s' }, YearPipe) year?: number,
    @Args('quarter', { type: () => Int, nullable: true, description: 'Default: the current quarter' }) quarter?: number,
    @Args('countyCode', { type: () => String, nullable: true }) countyCode?: string,
    @Args('planId', { type: () => ID, nullable: true, description: 'Default: the plan covering the quarter' }, IdPipe) planId?: string,
    @Args('asOf', { type: () => String, nullable: true, description: 'YYYY-MM-DD: the day whose quarter is the default' }) asOf?: string,
  ) {
    const r = await this.service.quarterly(ctx.actor, year, quarter, countyCode, planId, asOf);
    const q = new URLSearchParams({ year: String(r.year), quarter: String(r.quarter), ...(r.countyCode ? { county: r.countyCode } : {}),
      ...(planId && r.plan ? { plan: r.plan.id } : {}) });
    return { ...r, exportUrl: `/exports/reports/quarterly.xlsx?${q}` };
  }

  @Query(() => PriorityOutreachModel, { description: 'Staff: people of the priority groups not employed today or not served this year, by county (county staff: theirs); masked, and every person shown is audited' })
  async priorityOutreach(
    @Ctx() ctx: GqlContext,
    @Args('countyCode', { type: () => String, nullable: true }) countyCode?: string,
    @Args('group', { type: () => PriorityGroup, nullable: true }) group?: PriorityGroup,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    const r = await this.outreach.outreach(ctx.actor, countyCode, group, page);
    // a person's priority groups are sensitive (household income, family): who saw them is written down
    for (const p of r.people.items) {
      ctx.audit.push({ action: 'READ_SENSITIVE', entity: 'seeker', entityId: p.seekerId, field: 'priorityGroups', purpose: AccessPurpose.CASEWORK });
    }
    return r;
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
