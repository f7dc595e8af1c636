// Priority outreach (优先群体帮扶名单, issue 15): people registered in a priority group (低保, 一户多残, 依老养残,
// 防返贫监测) who are not employed today or were not served this year, county by county, with the reason each one is
// listed. Names are masked; the resolver audits every person shown (their priority groups are sensitive). Listing
// people is the federation's statutory duty (the action plan's priority to these groups), which needs no consent.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { PriorityGroup } from '../../common/domain.js';
import { maskName } from '../../common/mask-name.js';
import { pageOf, type Page, type PageInput } from '../../common/pagination.js';
import { RegionsService } from '../../regions/regions.service.js';
import { todayInXinyang } from '../plans/plans.service.js';
import { DashboardService } from './dashboard.service.js';
import { employedOnSetSql, servedSetSql } from './outcome-rules.js';

export enum OutreachReason { NOT_EMPLOYED = 'NOT_EMPLOYED', NOT_SERVED = 'NOT_SERVED' }

export interface OutreachPerson {
  seekerId: string; maskedName: string; countyCode: string; countyName: string; groups: PriorityGroup[];
  employed: boolean; served: boolean; reasons: OutreachReason[];
}
export interface OutreachCount { countyCode: string; countyName: string; group: PriorityGroup; registered: number; notEmployed: number; notServed: number; listed: number }
export interface PriorityOutreach { asOf: string; servedFrom: string; countyCode: string | null; group: PriorityGroup | null; counts: OutreachCount[]; people: Page<OutreachPerson> }

@Injectable()
export class PriorityOutreachService {
  constructor(
    private readonly ds: DataSource,
    private readonly dashboard: DashboardService,
    private readonly regions: RegionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** People of the groups in the area, with whether each is employed today and was served since 1 January. */
  private people(): string {
    return `WITH emp AS MATERIALIZED (${employedOnSetSql('$3::date')}),
                 srv AS MATERIALIZED (${servedSetSql(`date_trunc('year', $3::date)::date`, '$3::date')}),
                 p AS (
                   SELECT s.id, s.name, s.county_code, s.priority_groups,
                          s.id IN (SELECT seeker_id FROM emp) AS employed, s.id IN (SELECT seeker_id FROM srv) AS served
                     FROM seeker_profile s
                    WHERE s.priority_groups <> '{}' AND ($1::text IS NULL OR s.county_code = $1)
                      AND ($2::text IS NULL OR $2 = ANY(s.priority_groups)))`;
  }

  async outreach(actor: Actor | null, countyCode: string | null | undefined, group: PriorityGroup | null | undefined, pageInput?: PageInput): Promise<PriorityOutreach> {
    const { county } = this.dashboard.scope(actor, countyCode);
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const asOf = todayInXinyang();
    const params = [county, group ?? null, asOf];
    const [counts, rows] = await Promise.all([
      this.ds.query(
        `${this.people()}
         SELECT p.county_code AS "countyCode", g AS "group", count(*)::int AS registered,
                count(*) FILTER (WHERE NOT p.employed)::int AS "notEmployed", count(*) FILTER (WHERE NOT p.served)::int AS "notServed",
                count(*) FILTER (WHERE NOT p.employed OR NOT p.served)::int AS listed
           FROM p CROSS JOIN unnest(p.priority_groups) AS g WHERE ($2::text IS NULL OR g = $2)
          GROUP BY p.county_code, g ORDER BY p.county_code, g`, params) as Promise<Array<Omit<OutreachCount, 'countyName'>>>,
      this.ds.query(
        `${this.people()}
         SELECT p.id, p.name, p.county_code, p.priority_groups, p.employed, p.served, count(*) OVER ()::int AS total
           FROM p WHERE NOT p.employed OR NOT p.served ORDER BY p.county_code, p.name, p.id OFFSET $4 LIMIT $5`,
        [...params, offset, limit]) as Promise<Array<{ id: string; name: string; county_code: string; priority_groups: PriorityGroup[]; employed: boolean; served: boolean; total: number }>>,
    ]);
    return {
      asOf, servedFrom: `${asOf.slice(0, 4)}-01-01`, countyCode: county, group: group ?? null,
      counts: counts.map((c) => ({ ...c, countyName: this.regions.countyName(c.countyCode) })),
      people: {
        page, pageSize, total: rows[0]?.total ?? 0,
        items: rows.map((r) => ({
          seekerId: r.id, maskedName: maskName(r.name), countyCode: r.county_code, countyName: this.regions.countyName(r.county_code),
          groups: r.priority_groups, employed: r.employed, served: r.served,
          reasons: [...(r.employed ? [] : [OutreachReason.NOT_EMPLOYED]), ...(r.served ? [] : [OutreachReason.NOT_SERVED])],
        })),
      },
    };
  }
}
