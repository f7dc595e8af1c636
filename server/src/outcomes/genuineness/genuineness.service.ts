// The genuineness figures of employers' reserved postings and placements (genuineness.ts defines them), for staff in
// scope and for an employer's own organization; and the findings the integrity checks raise flags from.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, staffCovers } from '../../auth/actor.js';
import { requireActor } from '../../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { Role } from '../../common/domain.js';
import { FieldProblems, ForbiddenError, InvalidInputError } from '../../common/errors.js';
import { pageOf, type Page } from '../../common/pagination.js';
import { queryRows } from '../../database/sql.js';
import { OrganizationsService } from '../../organizations/organizations.service.js';
import { figureFor, type GenuinenessThresholds } from '../../policy/policy.js';
import { PolicySettingsService } from '../../policy/policy-settings.service.js';
import { RegionsService } from '../../regions/regions.service.js';
import { addMonths } from '../retention/retention.js';
import {
  daysToFill, type EmployerCounts, employerCountsBlank, type Fraction, fractionsOf, JUDGED, type JudgedFigure, pastThreshold, type PayBelowMinimum, rateOf,
} from './genuineness.js';
import type { GenuinenessFilter } from './genuineness.inputs.js';
import type { EmployerGenuineness, GenuinenessFigure, ReservedPostingGenuineness } from './genuineness.models.js';
import { EMPLOYER_PLACEMENT_FIGURES_SQL, EMPLOYER_POSTING_FIGURES_SQL, PAY_BELOW_MINIMUM_SQL, payParams, POSTING_FIGURES_SQL, postingParams } from './genuineness.sql.js';

/** The longest period one request counts over (a bound on the work, not policy). */
export const MAX_PERIOD_YEARS = 5;

interface PostingRow {
  postingId: string; organizationId: string; title: string; openings: number; publishedOn: string;
  placed: number; firstStart: string | null; applications: number; interviewed: number;
}

interface Scope { from: string; to: string; county: string | null; organizationIds: string[] | null }

function figure(f: Fraction, thresholdPercent: number | null, past: boolean | null): GenuinenessFigure {
  return { numerator: f.numerator, denominator: f.denominator, rate: rateOf(f.numerator, f.denominator), cases: f.cases, thresholdPercent, pastThreshold: past };
}

function judged(name: JudgedFigure, f: Fraction, t: GenuinenessThresholds): GenuinenessFigure {
  return figure(f, t[JUDGED[name].threshold], pastThreshold(name, f, t));
}

export function employerFigures(c: EmployerCounts, t: GenuinenessThresholds): Omit<EmployerGenuineness, 'postings'> {
  const fr = fractionsOf(c);
  const wage = { numerator: c.belowMinimum, denominator: c.waged, cases: c.waged };
  const out = {
    organizationId: c.organizationId, organizationName: c.organizationName, countyCode: c.countyCode,
    fillRate: judged('fillRate', fr.fillRate, t), interviewRate: judged('interviewRate', fr.interviewRate, t),
    retention6: judged('retention6', fr.retention6, t), endedWithin3Months: judged('endedWithin3Months', fr.endedWithin3Months, t),
    insuranceMonths: judged('insuranceMonths', fr.insuranceMonths, t),
    // every placement paid below the minimum is a finding of its own: no minimum number of cases
    belowMinimumWage: figure(wage, t.minWageToMinimumPercent, c.waged ? c.belowMinimum > 0 : null),
    timeToFill: { medianDays: c.medianDaysToFill === null ? null : Number(c.medianDaysToFill), postings: c.filledPostings },
  };
  const concerns = [out.fillRate, out.interviewRate, out.retention6, out.endedWithin3Months, out.insuranceMonths, out.belowMinimumWage]
    .filter((f) => f.pastThreshold).length;
  return { ...out, concerns, minCases: t.minCases, minPostingAgeDays: t.minPostingAgeDays };
}

function postingFigures(p: PostingRow): ReservedPostingGenuineness {
  const fill = { numerator: Math.min(p.placed, p.openings), denominator: p.openings, cases: 1 };
  const interview = { numerator: p.interviewed, denominator: p.applications, cases: p.applications };
  return {
    postingId: p.postingId, title: p.title, publishedOn: p.publishedOn,
    fillRate: figure(fill, null, null), interviewRate: figure(interview, null, null),
    daysToFill: p.firstStart ? daysToFill(p.publishedOn, p.firstStart) : null,
  };
}

/**
 * Runs the figures' statements with PostgreSQL's JIT compilation off. Their correlated subqueries make the planner's
 * cost estimates large, which turns JIT on; at city scale compiling took 5 of 8.5 seconds for a statement that runs in
 * well under one without it (bench/dashboard-bench.ts). SET LOCAL: only for this transaction (or the caller's).
 */
async function withoutJit<T>(m: EntityManager, run: (t: EntityManager) => Promise<T>): Promise<T> {
  const go = async (t: EntityManager) => {
    await t.query(`SET LOCAL jit = off`);
    return run(t);
  };
  return m.queryRunner?.isTransactionActive ? go(m) : m.transaction(go);
}

/** Worst first: most figures past their threshold, then the lowest fill rate, then by name. */
function worstFirst(a: Omit<EmployerGenuineness, 'postings'>, b: Omit<EmployerGenuineness, 'postings'>): number {
  return b.concerns - a.concerns || (a.fillRate.rate ?? 2) - (b.fillRate.rate ?? 2)
    || a.organizationName.localeCompare(b.organizationName, 'zh-CN') || a.organizationId.localeCompare(b.organizationId);
}

@Injectable()
export class GenuinenessService {
  constructor(
    private readonly ds: DataSource, private readonly policy: PolicySettingsService, private readonly regions: RegionsService,
    private readonly organizations: OrganizationsService, @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Employers in scope with their figures, worst first, each with its reserved postings. */
  async employers(actor: Actor | null, f: GenuinenessFilter): Promise<Page<EmployerGenuineness>> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    this.checkPeriod(f.from, f.to);
    const scope = await this.scopeOf(a, f);
    const { offset, limit, page, pageSize } = pageOf(f.page ?? undefined, this.config.pageSizeMax);
    const t = (await this.policy.values())['outcomes.genuineness'];
    const all = (await this.counts(this.ds.manager, scope)).map((c) => employerFigures(c, t)).sort(worstFirst);
    const shown = all.slice(offset, offset + limit);
    const postings = await this.postings(scope, shown.map((e) => e.organizationId));
    const items = shown.map((e) => ({ ...e, postings: postings.filter((p) => p.organizationId === e.organizationId).map(postingFigures) }));
    return { items, total: all.length, page, pageSize };
  }

  /** Every employer's counts over a period (the integrity checks judge them). */
  /**
   * Every employer's counts: its postings' and its placements' figures, two statements run side by side (each on a
   * connection of its own, on the two cores) unless the caller's transaction holds them to its one connection.
   */
  async counts(m: EntityManager, s: Scope): Promise<EmployerCounts[]> {
    const params = await this.params(s);
    type Part = Partial<EmployerCounts> & Pick<EmployerCounts, 'organizationId' | 'organizationName' | 'countyCode'>;
    const run = (on: EntityManager, sql: string, p: unknown[]) => withoutJit(on, (t) => queryRows<Part>(t, sql, p));
    const [postings, placements] = m.queryRunner?.isTransactionActive
      ? [await run(m, EMPLOYER_POSTING_FIGURES_SQL, postingParams(params)), await run(m, EMPLOYER_PLACEMENT_FIGURES_SQL, payParams(params))]
      : await Promise.all([run(this.ds.manager, EMPLOYER_POSTING_FIGURES_SQL, postingParams(params)), run(this.ds.manager, EMPLOYER_PLACEMENT_FIGURES_SQL, payParams(params))]);
    const byOrg = new Map<string, EmployerCounts>();
    for (const r of [...postings, ...placements]) {
      byOrg.set(r.organizationId, { ...(byOrg.get(r.organizationId) ?? employerCountsBlank(r.organizationId, r.organizationName, r.countyCode)), ...r });
    }
    return [...byOrg.values()];
  }

  /** Genuine placements starting in the period paid below the threshold share of the minimum wage of their year. */
  async payBelowMinimum(m: EntityManager, s: Scope): Promise<PayBelowMinimum[]> {
    return queryRows<PayBelowMinimum>(m, PAY_BELOW_MINIMUM_SQL, payParams(await this.params(s)));
  }

  /** The thresholds in force (read at each use: staff may have changed them). */
  async thresholds(): Promise<GenuinenessThresholds> {
    return (await this.policy.values())['outcomes.genuineness'];
  }

  private async postings(s: Scope, organizationIds: string[]): Promise<PostingRow[]> {
    if (!organizationIds.length) return [];
    const params = postingParams(await this.params({ ...s, organizationIds }));
    return withoutJit(this.ds.manager, (t) => queryRows<PostingRow>(t, POSTING_FIGURES_SQL, params));
  }

  private async params(s: Scope): Promise<unknown[]> {
    const v = await this.policy.values();
    const t = v['outcomes.genuineness'];
    const minimumByYear: Record<string, number> = {};
    const [first, last] = [Number(s.from.slice(0, 4)), Number(s.to.slice(0, 4))];
    for (let y = first; y <= last; y++) {
      const fig = figureFor(v['wage.localMinimumMonthly'], y);
      if (fig) minimumByYear[y] = fig.value;
    }
    return [s.from, s.to, s.county, s.organizationIds, t.minPostingAgeDays, JSON.stringify(minimumByYear), t.minWageToMinimumPercent];
  }

  private checkPeriod(from: string, to: string): void {
    new FieldProblems()
      .check(from <= to, 'filter.to', 'validation.endBeforeStart')
      .check(from > addMonths(to, -12 * MAX_PERIOD_YEARS), 'filter.from', 'validation.periodTooLong', { years: MAX_PERIOD_YEARS })
      .throwIfAny();
  }

  /** Employers: their own organization. County staff: their county. City staff and admins: the city or one county. */
  private async scopeOf(a: Actor, f: GenuinenessFilter): Promise<Scope> {
    const base = { from: f.from, to: f.to };
    if (f.countyCode && !this.regions.isCounty(f.countyCode)) throw InvalidInputError.field('filter.countyCode', 'validation.unknownCounty');
    if (a.role === Role.EMPLOYER) {
      if (!a.organizationId || (f.organizationId && f.organizationId !== a.organizationId)) throw new ForbiddenError();
      return { ...base, county: null, organizationIds: [a.organizationId] };
    }
    if (a.scopeCountyCode && f.countyCode && f.countyCode !== a.scopeCountyCode) throw new ForbiddenError('error.outOfScope');
    const county = a.role === Role.STAFF && a.scopeCountyCode ? a.scopeCountyCode : f.countyCode ?? null;
    if (f.organizationId) {
      const org = await this.organizations.get(f.organizationId);
      if (!staffCovers(a, org.countyCode)) throw new ForbiddenError('error.outOfScope');
      return { ...base, county: null, organizationIds: [org.id] };
    }
    return { ...base, county, organizationIds: null };
  }
}
