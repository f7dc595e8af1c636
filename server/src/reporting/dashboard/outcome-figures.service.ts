// The outcome figures of the dashboard and the quarterly report (issue 15): graduate cohorts, retention of the year's
// placements and the priority groups, each one set-based statement (the rules are in outcome-rules.ts and
// retention.ts; nothing here re-defines them).
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { FourOnesService } from '../../casework/four-ones.service.js';
import { PriorityGroup } from '../../common/domain.js';
import { followUpSummaryJoin, retentionRate, retentionStateSql } from '../../outcomes/retention/retention.js';
import { type CohortRates, employedOnSetSql, employedSinceSql, fourOnesCoverage, type FourOnesCoverage, servedSetSql, servedSql, withRates } from './outcome-rules.js';

export interface RetentionFigure { months: number; retained: number; left: number; unknown: number; notDue: number; rate: number | null }
export interface PriorityGroupCount { group: PriorityGroup; registered: number; employed: number; served: number }

/** The months retention is reported at. */
export const RETENTION_MONTHS = [6, 12] as const;

@Injectable()
export class OutcomeFiguresService {
  constructor(private readonly ds: DataSource, private readonly fourOnesService: FourOnesService) {}

  /** "Four ones" coverage of the year in the area, counted by casework's own query. */
  async fourOnes(actor: Actor | null, year: number, county: string | null): Promise<FourOnesCoverage> {
    return fourOnesCoverage(year, await this.fourOnesService.coverage(actor, year, county));
  }

  /** Graduate cohorts fromYear..toYear (not past the date's year), each counted separately as of the date. */
  async graduateCohorts(county: string | null, fromYear: number, toYear: number, asOf: string): Promise<CohortRates[]> {
    const last = Math.min(toYear, Number(asOf.slice(0, 4)));
    if (last < fromYear) return [];
    const rows: Array<{ year: number; wantingAndAble: number; served: number; employed: number }> = await this.ds.query(
      `WITH g AS (
         SELECT s.id, s.graduate_year AS y, make_date(s.graduate_year, 1, 1) AS y0 FROM seeker_profile s
           LEFT JOIN graduate_plan gp ON gp.seeker_id = s.id
          WHERE s.graduate_year BETWEEN $1 AND $2 AND ($3::text IS NULL OR s.county_code = $3)
            AND coalesce(gp.wants_work, true) AND coalesce(gp.able_to_work, true))
       SELECT y.year, count(g.id)::int AS "wantingAndAble",
              count(g.id) FILTER (WHERE ${servedSql('g', 'g.y0', '$4::date')})::int AS served,
              count(g.id) FILTER (WHERE ${employedSinceSql('g', 'g.y0', '$4::date')})::int AS employed
         FROM generate_series($1::int, $2::int) AS y(year) LEFT JOIN g ON g.y = y.year
        GROUP BY y.year ORDER BY y.year`,
      [fromYear, last, county, asOf]);
    return rows.map(withRates);
  }

  /**
   * Retention at 6 and 12 months of the genuine placements started between the dates, as of the last one: each
   * placement's state at every month in one pass (a column per month), then counted per month.
   */
  async retention(from: string, asOf: string, county: string | null): Promise<RetentionFigure[]> {
    const rows: Array<{ months: number; state: string; n: number }> = await this.ds.query(
      `WITH x AS MATERIALIZED (
         SELECT ${RETENTION_MONTHS.map((m) => `${retentionStateSql('p', 'f', String(m), '$2::date')} AS s${m}`).join(', ')}
           FROM placement p ${followUpSummaryJoin('p', 'f')}
          WHERE p.excluded_at IS NULL AND p.start_date BETWEEN $1 AND $2 AND ($3::text IS NULL OR p.county_code = $3))
       ${RETENTION_MONTHS.map((m) => `SELECT ${m} AS months, s${m} AS state, count(*)::int AS n FROM x GROUP BY s${m}`).join(' UNION ALL ')}`,
      [from, asOf, county]);
    return RETENTION_MONTHS.map((months) => {
      const n = (state: string) => rows.find((r) => r.months === months && r.state === state)?.n ?? 0;
      const counts = { retained: n('RETAINED'), left: n('LEFT'), unknown: n('UNKNOWN') };
      return { months, ...counts, notDue: n('NOT_DUE'), rate: retentionRate(counts) };
    });
  }

  /**
   * People registered in each priority group (a person in two groups counts in each), and of them those employed on
   * the date and those served from 1 January of its year to it.
   */
  async priorityGroups(county: string | null, asOf: string): Promise<PriorityGroupCount[]> {
    const rows: Array<{ group: PriorityGroup; registered: number; employed: number; served: number }> = await this.ds.query(
      `WITH emp AS MATERIALIZED (${employedOnSetSql('$2::date')}),
            srv AS MATERIALIZED (${servedSetSql(`date_trunc('year', $2::date)::date`, '$2::date')}),
            p AS (SELECT s.priority_groups, s.id IN (SELECT seeker_id FROM emp) AS employed, s.id IN (SELECT seeker_id FROM srv) AS served
                    FROM seeker_profile s WHERE s.priority_groups <> '{}' AND ($1::text IS NULL OR s.county_code = $1))
       SELECT g AS "group", count(*)::int AS registered, count(*) FILTER (WHERE p.employed)::int AS employed,
              count(*) FILTER (WHERE p.served)::int AS served
         FROM p CROSS JOIN unnest(p.priority_groups) AS g GROUP BY g`,
      [county, asOf]);
    return Object.values(PriorityGroup).map((group) => rows.find((r) => r.group === group) ?? { group, registered: 0, employed: 0, served: 0 });
  }
}
