// Retention figures and the outcome funnel, each counted in one set-based statement. Retention is counted over
// placements (retention.ts), the funnel over people (funnel.ts); both read the rule's SQL from retention.ts.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { requireActor } from '../../auth/auth.service.js';
import { Role } from '../../common/domain.js';
import { FieldProblems, ForbiddenError } from '../../common/errors.js';
import { localDate } from '../../common/local-time.js';
import { PolicySettingsService } from '../../policy/policy-settings.service.js';
import { RegionsService } from '../../regions/regions.service.js';
import { followUpSummaryJoin, retentionRate, retentionStateSql } from './retention.js';
import type { RetentionFilter } from './retention.inputs.js';
import type { OutcomeFunnelModel, RetentionCountModel, RetentionGroupModel, RetentionReportModel } from './retention.models.js';

/** The breakdowns, in the order of the GROUPING() bit mask (the first is the highest bit). */
const DIMENSIONS = [
  ['byCounty', 'county_code'], ['byCategory', 'category'], ['byLevel', 'level'],
  ['byForm', 'employment_form'], ['byEmployerType', 'employer_type'], ['byActionLine', 'action_line'],
] as const;
type Dimension = (typeof DIMENSIONS)[number][0];
const ALL = (1 << DIMENSIONS.length) - 1;

/** Periods of dates in China: [from 00:00, the day after `to` 00:00) as timestamps, for created_at columns. */
const T0 = `(($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
const T1 = `(($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
const inPeriod = (col: string) => `${col} >= ${T0} AND ${col} < ${T1}`;

/** A grouping set's row: the counts at the i-th month are retained_i, left_i and unknown_i. */
interface RetentionRow {
  mask: number;
  county_code: string | null; category: string | null; level: string | null; employment_form: string | null;
  employer_type: string | null; action_line: string | null;
  [count: `${'retained' | 'left' | 'unknown'}_${number}`]: number;
}

@Injectable()
export class RetentionFiguresService {
  constructor(private readonly ds: DataSource, private readonly regions: RegionsService, private readonly policy: PolicySettingsService) {}

  /** County staff see their county (the default); city staff and admins the city or a county they pick. */
  private scope(actor: Actor | null, f: RetentionFilter): { county: string | null; asOf: string } {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    new FieldProblems()
      .check(f.from <= f.to, 'filter.to', 'validation.endBeforeStart')
      .check(!f.countyCode || this.regions.isCounty(f.countyCode), 'filter.countyCode', 'validation.unknownCounty')
      .throwIfAny();
    const asOf = f.asOf ?? localDate(new Date());
    if (a.role === Role.STAFF && a.scopeCountyCode) {
      if (f.countyCode && f.countyCode !== a.scopeCountyCode) throw new ForbiddenError('error.outOfScope');
      return { county: a.scopeCountyCode, asOf };
    }
    return { county: f.countyCode ?? null, asOf };
  }

  /**
   * A report's one statement, with JIT compilation off: its estimated cost (a state per placement and month) makes
   * PostgreSQL compile it, which took longer (0.7 s) than running it (0.25 s on 11,000 placements).
   */
  private report<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.ds.transaction(async (m) => {
      await m.query(`SET LOCAL jit = off`);
      return m.query(sql, params) as Promise<T[]>;
    });
  }

  /**
   * Retention of the cohort (genuine placements starting in [from, to], in the county) at each month of the setting
   * of 3 or more, as of asOf: in total and by each breakdown (the person's county when placed, disability category
   * and level, employment form, the employer's type, action line). One row per placement with its state at every
   * month (a column each), counted by every breakdown in one pass (hashed grouping sets).
   */
  async retention(actor: Actor | null, f: RetentionFilter): Promise<RetentionReportModel> {
    const { county, asOf } = this.scope(actor, f);
    const months = (await this.policy.values())['outcomes.followUpMonths'].filter((m) => m >= 3);
    const state = (i: number) => `s${i}`;
    const perMonth = months.flatMap((_, i) => (['RETAINED', 'LEFT', 'UNKNOWN'] as const)
      .map((s) => `count(*) FILTER (WHERE x.${state(i)} = '${s}')::int AS ${s.toLowerCase()}_${i}`));
    const rows = await this.report<RetentionRow>(
      `WITH x AS (
         SELECT p.county_code, p.action_line, p.employment_form, o.type AS employer_type,
                coalesce(s.category, 'UNKNOWN') AS category, coalesce(s.level::text, 'UNKNOWN') AS level,
                ${months.map((_, i) => `${retentionStateSql('p', 'f', `($5::int[])[${i + 1}]`, '$4::date')} AS ${state(i)}`).join(',\n                ')}
           FROM placement p JOIN seeker_profile s ON s.id = p.seeker_id JOIN organization o ON o.id = p.organization_id
           ${followUpSummaryJoin('p', 'f')}
          WHERE p.excluded_at IS NULL AND p.start_date BETWEEN $1 AND $2 AND ($3::text IS NULL OR p.county_code = $3))
       SELECT grouping(${DIMENSIONS.map(([, col]) => `x.${col}`).join(', ')}) AS mask,
              ${DIMENSIONS.map(([, col]) => `x.${col}`).join(', ')}, ${perMonth.join(', ')}
         FROM x
        GROUP BY GROUPING SETS ((), ${DIMENSIONS.map(([, col]) => `(x.${col})`).join(', ')})`,
      [f.from, f.to, county, asOf, months]);
    const counts = (found?: RetentionRow): RetentionCountModel[] => months.map((m, i) => countOf(m, {
      retained: found?.[`retained_${i}`] ?? 0, left: found?.[`left_${i}`] ?? 0, unknown: found?.[`unknown_${i}`] ?? 0 }));
    const groups = (i: number): RetentionGroupModel[] => {
      const [, col] = DIMENSIONS[i];
      const mine = rows.filter((r) => r.mask === ALL - (1 << (DIMENSIONS.length - 1 - i)));
      return mine.map((r) => ({ key: String(r[col]), counts: counts(r) }))
        .filter((g) => g.counts.some((c) => c.due > 0))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    };
    const breakdowns = Object.fromEntries(DIMENSIONS.map(([name], i) => [name, groups(i)])) as Record<Dimension, RetentionGroupModel[]>;
    return { from: f.from, to: f.to, asOf, countyCode: county, months, total: counts(rows.find((r) => r.mask === ALL)), ...breakdowns };
  }

  /** The outcome funnel (funnel.ts defines each step): people per step, in one statement. */
  async funnel(actor: Actor | null, f: RetentionFilter): Promise<OutcomeFunnelModel> {
    const { county, asOf } = this.scope(actor, f);
    const [r] = await this.report<Omit<OutcomeFunnelModel, 'from' | 'to' | 'asOf' | 'countyCode'>>(
      `WITH people AS (
         SELECT s.id FROM seeker_profile s WHERE s.created_at < ${T1} AND ($3::text IS NULL OR s.county_code = $3)),
       hired AS (
         SELECT p.id, p.seeker_id, p.start_date, p.end_date, f.left_on, f.employed_month FROM placement p ${followUpSummaryJoin('p', 'f')}
          WHERE p.excluded_at IS NULL AND p.start_date BETWEEN $1 AND $2),
       kept AS MATERIALIZED (
         SELECT h.seeker_id, m.months, ${retentionStateSql('h', 'h', 'm.months', '$4::date')} AS state
           FROM hired h CROSS JOIN (VALUES (6), (12)) AS m(months)),
       reached (seeker_id, step) AS (
         SELECT s.id, 'ACTIVE' FROM user_session us JOIN seeker_profile s ON s.user_id = us.user_id WHERE ${inPeriod('us.created_at')}
         UNION ALL SELECT e.seeker_id, 'ACTIVE' FROM event_registration e WHERE ${inPeriod('e.created_at')}
         UNION ALL SELECT r.seeker_id, 'ACTIVE' FROM service_record r WHERE r.service_date BETWEEN $1 AND $2
         UNION ALL SELECT l.seeker_id, 'ACTIVE' FROM ledger_entry l WHERE l.entry_date BETWEEN $1 AND $2
         UNION ALL SELECT a.seeker_id, 'APPLIED' FROM application a WHERE ${inPeriod('a.created_at')}
         UNION ALL SELECT a.seeker_id, 'INTERVIEWED' FROM application_status_change c JOIN application a ON a.id = c.application_id
                    WHERE c.to_status = 'INTERVIEW' AND ${inPeriod('c.created_at')}
         UNION ALL SELECT a.seeker_id, 'INTERVIEWED' FROM interview i JOIN application a ON a.id = i.application_id WHERE ${inPeriod('i.created_at')}
         UNION ALL SELECT h.seeker_id, 'HIRED' FROM hired h
         UNION ALL SELECT k.seeker_id, 'DUE_' || k.months FROM kept k WHERE k.state <> 'NOT_DUE'
         UNION ALL SELECT k.seeker_id, 'RETAINED_' || k.months FROM kept k WHERE k.state = 'RETAINED')
       SELECT (SELECT count(*) FROM people)::int AS registered, count(DISTINCT x.seeker_id)::int AS active,
              ${['APPLIED', 'INTERVIEWED', 'HIRED', 'DUE_6', 'RETAINED_6', 'DUE_12', 'RETAINED_12']
                .map((s) => `count(DISTINCT x.seeker_id) FILTER (WHERE x.step = '${s}')::int AS "${s.toLowerCase().replace('_', '')}"`).join(', ')}
         FROM reached x JOIN people pe ON pe.id = x.seeker_id`,
      [f.from, f.to, county, asOf]);
    return { from: f.from, to: f.to, asOf, countyCode: county, ...r };
  }
}

function countOf(months: number, c: { retained: number; left: number; unknown: number }): RetentionCountModel {
  return { months, due: c.retained + c.left + c.unknown, ...c, rate: retentionRate(c) };
}
