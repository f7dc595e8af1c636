// The action-plan dashboard and the quarterly report: both read the same few queries, so the numbers a
// county sends the city are the numbers staff see on screen.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, staffCovers } from '../../auth/actor.js';
import { AuditService } from '../../auth/audit.service.js';
import { requireActor } from '../../auth/auth.service.js';
import { isCalendarDate } from '../../common/dates.js';
import { Role } from '../../common/domain.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../common/errors.js';
import { PolicySettingsService } from '../../policy/policy-settings.service.js';
import { RegionsService } from '../../regions/regions.service.js';
import type { ActionPlan } from '../plans/plan.entities.js';
import { quarterOf, statusOn, yearlyPace, type YearlyPace } from '../plans/plan-periods.js';
import { PlanMetric } from '../plans/plan-vocab.js';
import { overallTarget, PlansService, todayInXinyang } from '../plans/plans.service.js';
import { elapsedShare, quarterRange, quartersOf } from './action-plan.js';
import { OutcomeFiguresService } from './outcome-figures.service.js';
import { type CohortRates, pooled, rate } from './outcome-rules.js';
import { progressOf, targetProgress, targetsForArea } from './target-progress.js';

export interface Count { key: string; count: number }
export interface QuarterCount { year: number; quarter: number; count: number }
export interface PlacementBreakdown {
  total: number; byCounty: Count[]; byActionLine: Count[]; byForm: Count[]; byCategory: Count[];
  byYear: Count[]; byQuarter: QuarterCount[];
  /** county → its counts by action line (the quarterly report's rows) */
  byCountyActionLine: Map<string, Count[]>;
}
/** Graduates of several cohorts as one figure, and each cohort on its own (outcome-rules.ts defines a cohort). */
export interface GraduateRates { wantingAndAble: number; served: number; employed: number; serviceRate: number | null; employmentRate: number | null; byCohort?: CohortRates[] }
export interface PublicWelfare { disabledHires: number; totalPosts: number | null; share: number | null }


@Injectable()
export class DashboardService {
  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    private readonly plans: PlansService,
    private readonly policy: PolicySettingsService,
    private readonly outcomes: OutcomeFiguresService,
  ) {}

  /** County staff see their county; city staff and admins the city or any county they pick. */
  scope(actor: Actor | null, countyCode?: string | null): { a: Actor; county: string | null } {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    if (countyCode && !this.regions.isCounty(countyCode)) throw InvalidInputError.field('countyCode', 'validation.unknownCounty');
    if (a.role === Role.STAFF && a.scopeCountyCode) {
      if (countyCode && countyCode !== a.scopeCountyCode) throw new ForbiddenError('error.outOfScope');
      return { a, county: a.scopeCountyCode };
    }
    return { a, county: countyCode ?? null };
  }

  /**
   * The counting period a range is counted in (docs/counting.md): the plan's period when the range lies in it,
   * otherwise the calendar year of its start. Each person counts once in it.
   */
  countingWindow(from: string, to: string, plan: Pick<ActionPlan, 'startDate' | 'endDate'> | null): { from: string; to: string } {
    if (plan && from >= plan.startDate && to <= plan.endDate) return { from: plan.startDate, to: plan.endDate };
    return { from: `${from.slice(0, 4)}-01-01`, to: `${from.slice(0, 4)}-12-31` };
  }

  /**
   * New employment (新增就业) in the range, counted every way the plan reports it, in one query. People, not rows:
   * each person counts once in the counting window, under their first genuine placement in it (its start date, county,
   * action line and form), and counts in the range when that placement starts in it. Placements staff confirmed as
   * not genuine count nowhere. With the policy setting counting.newEmploymentPeopleOnce off, genuine rows are counted.
   */
  async placements(from: string, to: string, county: string | null, window = this.countingWindow(from, to, null)): Promise<PlacementBreakdown> {
    return (await this.placementsIn([{ from, to }], county, window))[0];
  }

  /**
   * placements() for several ranges counted in one window (the quarterly report's quarter, year to date and plan to
   * date): who counts, and under which placement, is worked out once for all of them, in one statement.
   */
  async placementsIn(ranges: ReadonlyArray<{ from: string; to: string }>, county: string | null, window: { from: string; to: string }): Promise<PlacementBreakdown[]> {
    const peopleOnce = (await this.policy.values())['counting.newEmploymentPeopleOnce'];
    const [from, to] = [ranges.map((r) => r.from).sort()[0], ranges.map((r) => r.to).sort().at(-1)!];
    // a county's figures start from its people (those with a genuine placement there in the range) and look up each
    // one's first genuine placement in the window through placement_first_idx, rather than walking every placement
    const counted = !peopleOnce
      ? `SELECT p.seeker_id, p.county_code, p.action_line, p.employment_form, p.start_date, s.category
           FROM placement p JOIN seeker_profile s ON s.id = p.seeker_id
          WHERE p.excluded_at IS NULL AND p.start_date BETWEEN $1 AND $2 AND $4::date IS NOT NULL AND $5::date IS NOT NULL`
      : county
        ? `SELECT f.seeker_id, f.county_code, f.action_line, f.employment_form, f.start_date, s.category
             FROM (SELECT DISTINCT c.seeker_id FROM placement c
                    WHERE c.county_code = $3 AND c.start_date BETWEEN $1 AND $2 AND c.excluded_at IS NULL) x
             CROSS JOIN LATERAL (
               SELECT p.seeker_id, p.county_code, p.action_line, p.employment_form, p.start_date FROM placement p
                WHERE p.seeker_id = x.seeker_id AND p.excluded_at IS NULL AND p.start_date BETWEEN $4 AND $5
                ORDER BY p.start_date, p.created_at, p.id LIMIT 1) f
             JOIN seeker_profile s ON s.id = f.seeker_id`
        : `SELECT DISTINCT ON (p.seeker_id) p.seeker_id, p.county_code, p.action_line, p.employment_form, p.start_date, s.category
             FROM placement p JOIN seeker_profile s ON s.id = p.seeker_id
            WHERE p.excluded_at IS NULL AND p.start_date BETWEEN $4 AND $5
            ORDER BY p.seeker_id, p.start_date, p.created_at, p.id`;
    const found: Array<{ range: number; g_county: number; g_line: number; g_form: number; g_cat: number; g_year: number; g_q: number;
      county_code: string | null; action_line: string | null; employment_form: string | null; category: string | null;
      y: number | null; q: number | null; n: number }> = await this.ds.query(
      `WITH counted AS (${counted}),
            ranges AS (SELECT * FROM unnest($6::date[], $7::date[]) WITH ORDINALITY AS r(f, t, i))
       SELECT r.i::int AS range, grouping(p.county_code) AS g_county, grouping(p.action_line) AS g_line, grouping(p.employment_form) AS g_form,
              grouping(coalesce(p.category, 'UNKNOWN')) AS g_cat, grouping(extract(year FROM p.start_date)) AS g_year,
              grouping(extract(quarter FROM p.start_date)) AS g_q,
              p.county_code, p.action_line, p.employment_form, coalesce(p.category, 'UNKNOWN') AS category,
              extract(year FROM p.start_date)::int AS y, extract(quarter FROM p.start_date)::int AS q, count(*)::int AS n
         FROM counted p JOIN ranges r ON p.start_date BETWEEN r.f AND r.t
        WHERE p.start_date BETWEEN $1 AND $2 AND ($3::text IS NULL OR p.county_code = $3)
        GROUP BY r.i, GROUPING SETS ((), (p.county_code), (p.action_line), (p.county_code, p.action_line), (p.employment_form),
                                (coalesce(p.category, 'UNKNOWN')),
                                (extract(year FROM p.start_date)), (extract(year FROM p.start_date), extract(quarter FROM p.start_date)))`,
      [from, to, county, window.from, window.to, ranges.map((r) => r.from), ranges.map((r) => r.to)]);
    return ranges.map((r, i) => this.breakdown(found.filter((x) => x.range === i + 1), r.from, r.to, county));
  }

  private breakdown(rows: Array<{ g_county: number; g_line: number; g_form: number; g_cat: number; g_year: number; g_q: number;
    county_code: string | null; action_line: string | null; employment_form: string | null; category: string | null;
    y: number | null; q: number | null; n: number }>, from: string, to: string, county: string | null): PlacementBreakdown {
    const all = (pick: (r: (typeof rows)[number]) => boolean, key: (r: (typeof rows)[number]) => string): Count[] =>
      rows.filter(pick).map((r) => ({ key: key(r), count: r.n })).sort((x, y) => x.key.localeCompare(y.key));
    const only = (...g: Array<keyof (typeof rows)[number]>) => (r: (typeof rows)[number]) =>
      (['g_county', 'g_line', 'g_form', 'g_cat', 'g_year', 'g_q'] as const).every((k) => (g.includes(k) ? r[k] === 0 : r[k] === 1));
    const counties = this.regions.counties().map((c) => c.code).filter((c) => !county || c === county);
    const byCountyFound = new Map(all(only('g_county'), (r) => r.county_code!).map((c) => [c.key, c.count]));
    const byQuarterFound = new Map(rows.filter(only('g_year', 'g_q')).map((r) => [`${r.y}-${r.q}`, r.n]));
    const byCountyLine = rows.filter(only('g_county', 'g_line'));
    return {
      total: rows.find(only())?.n ?? 0,
      byCounty: counties.map((c) => ({ key: c, count: byCountyFound.get(c) ?? 0 })),
      byActionLine: all(only('g_line'), (r) => r.action_line!),
      byCountyActionLine: new Map(counties.map((c) => [c, byCountyLine.filter((r) => r.county_code === c)
        .map((r) => ({ key: r.action_line!, count: r.n })).sort((x, y) => x.key.localeCompare(y.key))])),
      byForm: all(only('g_form'), (r) => r.employment_form!),
      byCategory: all(only('g_cat'), (r) => r.category!),
      byYear: all(only('g_year'), (r) => String(r.y)),
      byQuarter: quartersOf({ startDate: from, endDate: to }).map(([year, quarter]) => ({ year, quarter, count: byQuarterFound.get(`${year}-${quarter}`) ?? 0 })),
    };
  }

  /**
   * Disabled graduates of the plan's years (or of one year) who want and can work, served and employed as of the date:
   * each cohort counted on its own (outcome-rules.ts), and their sum.
   */
  async graduates(county: string | null, fromYear: number, toYear: number, asOf: string): Promise<GraduateRates> {
    const byCohort = await this.outcomes.graduateCohorts(county, fromYear, toYear, asOf);
    return { ...pooled(byCohort), byCohort };
  }

  /** Public-welfare posts given to disabled people, against all new public-welfare posts staff reported. */
  async publicWelfare(from: string, to: string, county: string | null): Promise<PublicWelfare> {
    const [hires] = await this.ds.query(
      `SELECT count(*)::int AS n FROM placement WHERE employment_form = 'PUBLIC_WELFARE' AND start_date BETWEEN $1 AND $2
          AND excluded_at IS NULL AND ($3::text IS NULL OR county_code = $3)`, [from, to, county]);
    const [posts] = await this.ds.query(
      `SELECT sum(value)::int AS n, count(*)::int AS reported FROM plan_figure WHERE key = 'PUBLIC_WELFARE_POSTS_TOTAL'
          AND year BETWEEN $1 AND $2 AND ($3::text IS NULL OR county_code = $3)`,
      [Number(from.slice(0, 4)), Number(to.slice(0, 4)), county]);
    const total = posts.reported > 0 ? posts.n : null;
    return { disabledHires: hires.n, totalPosts: total, share: total ? rate(hires.n, total) : null };
  }

  /** "Today" for the figures: a date the caller names (to see the figures as of a day), else today in Xinyang. */
  private asOfDate(asOf: string | null | undefined): string {
    if (asOf == null) return todayInXinyang();
    if (!isCalendarDate(asOf) || asOf < '2000-01-01' || asOf > '2100-12-31') throw InvalidInputError.field('asOf', 'validation.isCalendarDate');
    return asOf;
  }

  private async planById(planId: string): Promise<ActionPlan> {
    const plan = await this.plans.find(planId);
    if (!plan) throw new NotFoundError('plan');
    return plan;
  }

  /**
   * The plan the dashboard shows: the one asked for, else the one in force on the date. With none in force it says
   * so, counts this year to the date and measures it against the last plan's yearly pace (derived: its total spread
   * evenly over its months, since the plans set no yearly numbers of their own).
   */
  async dashboard(actor: Actor | null, countyCode?: string | null, planId?: string | null, asOf?: string | null) {
    const { county } = this.scope(actor, countyCode);
    const date = this.asOfDate(asOf);
    let plan: ActionPlan | null = planId ? await this.planById(planId) : await this.plans.inForce(date);
    const noPlanInForce = !plan;
    if (!plan) plan = await this.plans.lastEndedBefore(date);
    const status = plan && !noPlanInForce ? statusOn(plan, date) : null;
    // the range counted: the plan's period up to the date (all of it once ended), or this year to the date
    const from = noPlanInForce || !plan ? `${date.slice(0, 4)}-01-01` : plan.startDate;
    const to = noPlanInForce || !plan ? date : (plan.endDate < date ? plan.endDate : date);
    const years = noPlanInForce || !plan ? [Number(date.slice(0, 4)), Number(date.slice(0, 4))] : [Number(plan.startDate.slice(0, 4)), Number(plan.endDate.slice(0, 4))];
    // a plan not yet started counts nobody (the range ends before it begins); the three queries are independent: run
    // them side by side (bench/results/dashboard.md)
    const window = this.countingWindow(from, to, noPlanInForce ? null : plan);
    const [breakdown, graduates, publicWelfare, priorityGroups] = await Promise.all([
      this.placements(from, to, county, window),
      this.graduates(county, years[0], years[1], to),
      this.publicWelfare(from, to, county),
      this.outcomes.priorityGroups(county, to),
    ]);
    // every target of the plan shown against its own figure; none with no plan in force (the figures are this year's)
    const perTarget = plan && !noPlanInForce
      ? await targetProgress(targetsForArea(plan.targets ?? [], county), {
        from, to, county, years: [years[0], years[1]], main: breakdown, graduates, publicWelfare,
        countPlacements: (f, t, c) => this.placements(f, t, c, window),
        countGraduates: (c, y0, y1) => this.graduates(c, y0, y1, to),
        countPublicWelfare: (f, t, c) => this.publicWelfare(f, t, c),
      })
      : [];
    const total = plan ? overallTarget(plan, PlanMetric.NEW_EMPLOYMENT, county)?.value ?? null : null;
    const pct = (m: PlanMetric) => { const t = plan ? overallTarget(plan, m) : null; return t ? t.value / 100 : null; };
    const pace: (YearlyPace & { achievedShare: number | null }) | null = noPlanInForce && plan && total
      ? (() => { const p = yearlyPace(total, plan, date); return { ...p, achievedShare: rate(breakdown.total, p.expectedToDate) }; })()
      : null;
    return {
      plan, asOf: date, planStatus: status, noPlanInForce, periodStart: from, periodEnd: to, countyCode: county,
      elapsedShare: plan && !noPlanInForce ? elapsedShare(plan, date) : 0,
      target: noPlanInForce ? null : total,
      achievedShare: noPlanInForce || total === null ? null : rate(breakdown.total, total),
      yearlyPace: pace,
      graduateServiceRateTarget: pct(PlanMetric.GRADUATE_SERVICE_RATE),
      graduateEmploymentRateTarget: pct(PlanMetric.GRADUATE_EMPLOYMENT_RATE),
      publicWelfareShareTarget: pct(PlanMetric.PUBLIC_WELFARE_SHARE),
      placements: breakdown,
      graduates,
      publicWelfare,
      priorityGroups,
      targetProgress: perTarget,
    };
  }

  /**
   * The quarterly report: one row per county in scope, with the quarter, the year to date and the plan to date.
   * Without a year and quarter, the current quarter (of the date, else today); the plan is the one asked for, else
   * the one whose period covers the quarter; with none, there is no "plan to date" (null).
   */
  async quarterly(actor: Actor | null, year: number | null | undefined, quarter: number | null | undefined, countyCode?: string | null,
    planId?: string | null, asOf?: string | null) {
    const { county } = this.scope(actor, countyCode);
    if (year == null || quarter == null) ({ year, quarter } = quarterOf(this.asOfDate(asOf)));
    if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw InvalidInputError.field('quarter', 'validation.quarter');
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw InvalidInputError.field('year', 'validation.graduateYear');
    const { from, to } = quarterRange(year, quarter);
    const plan = planId ? await this.planById(planId) : await this.plans.covering(from, to);
    const window = this.countingWindow(from, to, plan);
    const yearFrom = `${year}-01-01` > window.from ? `${year}-01-01` : window.from;
    // the year's target for the area reported on, where the plan sets one (never a share of another area's)
    const yearTarget = plan?.targets?.find((t) => t.metric === PlanMetric.NEW_EMPLOYMENT && t.year === year
      && t.countyCode === county && t.actionLine === null) ?? null;
    // the plan to date is counted in the plan's period: in the same statement as the quarter and the year when that
    // is their window too (a quarter inside the plan), else on its own
    const planRange = plan ? { from: plan.startDate, to: to < plan.endDate ? to : plan.endDate } : null;
    const planWindow = plan ? this.countingWindow(plan.startDate, plan.endDate, plan) : null;
    const together = planRange && planWindow?.from === window.from && planWindow.to === window.to;
    const [[inQuarter, yearToDate, planInWindow], planApart, outcomes] = await Promise.all([
      this.placementsIn([{ from, to }, { from: yearFrom, to }, ...(together ? [planRange] : [])], county, window),
      planRange && !together ? this.placements(planRange.from, planRange.to, county, planWindow!) : null,
      this.quarterOutcomes(actor, year, county, to),
    ]);
    const planToDate = planInWindow ?? planApart;
    const counties = inQuarter.byCounty.map((c) => c.key);
    const rows = counties.map((code) => ({
      countyCode: code,
      countyName: this.regions.countyName(code),
      quarter: inQuarter.byCounty.find((c) => c.key === code)!.count,
      yearToDate: yearToDate.byCounty.find((c) => c.key === code)!.count,
      planToDate: planToDate ? planToDate.byCounty.find((c) => c.key === code)!.count : null,
      byActionLine: inQuarter.byCountyActionLine.get(code) ?? [],
    }));
    return { year, quarter, from, to, countyCode: county, rows,
      totals: { quarter: inQuarter.total, yearToDate: yearToDate.total, planToDate: planToDate ? planToDate.total : null },
      byActionLine: inQuarter.byActionLine, byForm: inQuarter.byForm, byCategory: inQuarter.byCategory, plan, ...outcomes,
      newEmploymentTarget: plan ? overallTarget(plan, PlanMetric.NEW_EMPLOYMENT)?.value ?? null : null,
      yearTarget: yearTarget ? progressOf(yearTarget, { from: yearFrom, to }, yearToDate.total) : null };
  }

  /**
   * The quarter's outcome figures (issue 15), all as of the quarter's last day: "four ones" coverage of the year, the
   * graduate cohorts of the year and the one before, the public-welfare share from 1 January, and retention at 6
   * and 12 months of the placements started from 1 January.
   */
  private async quarterOutcomes(actor: Actor | null, year: number, county: string | null, to: string) {
    const yearFrom = `${year}-01-01`;
    const [fourOnes, graduateCohorts, publicWelfare, retention] = await Promise.all([
      this.outcomes.fourOnes(actor, year, county),
      this.outcomes.graduateCohorts(county, year - 1, year, to),
      this.publicWelfare(yearFrom, to, county),
      this.outcomes.retention(yearFrom, to, county),
    ]);
    return { fourOnes, graduateCohorts, publicWelfare, retention };
  }

  async setFigure(actor: Actor | null, countyCode: string, year: number, value: number, source: string): Promise<void> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    if (!this.regions.isCounty(countyCode)) throw InvalidInputError.field('countyCode', 'validation.unknownCounty');
    if (!staffCovers(a, countyCode)) throw new ForbiddenError('error.outOfScope');
    if (!Number.isInteger(value) || value < 0) throw InvalidInputError.field('total', 'validation.min', { min: 0 });
    if (value > 1_000_000) throw InvalidInputError.field('total', 'validation.max', { max: 1_000_000 });
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw InvalidInputError.field('year', 'validation.graduateYear');
    await this.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO plan_figure (county_code, year, key, value, source, updated_by) VALUES ($1,$2,'PUBLIC_WELFARE_POSTS_TOTAL',$3,$4,$5)
         ON CONFLICT (county_code, year, key) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [countyCode, year, value, source.trim(), a.userId]);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'plan_figure', entityId: `${countyCode}:${year}`, detail: { value } }], m);
    });
  }
}
