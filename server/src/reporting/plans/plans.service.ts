// Action plans as data: listed and read by all staff, entered and changed by city-wide staff and administrators.
// Policy decided here (README "Action plans"): at most one plan is in force on any day, so a plan whose period
// overlaps another's is refused (the database's exclusion constraint backs the check); a plan may be deleted only
// before its period begins, since from its first day the dashboard and the quarterly reports are read against it.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { AuditService } from '../../auth/audit.service.js';
import { requireActor } from '../../auth/auth.service.js';
import { isCalendarDate } from '../../common/dates.js';
import { NON_PLACEMENT_LINES, Role } from '../../common/domain.js';
import { ConflictError, FieldProblems, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { localDate } from '../../common/local-time.js';
import { fieldLabel } from '../../common/messages.js';
import { RegionsService } from '../../regions/regions.service.js';
import { ActionPlan, ActionPlanTarget } from './plan.entities.js';
import { PlanMetric, PERCENT_METRICS } from './plan-vocab.js';
import type { PlanInput } from './plans.inputs.js';

/** Today in Xinyang (the plans' dates are local dates). */
export const todayInXinyang = (): string => localDate(new Date());

const MAX_PEOPLE = 1_000_000;

@Injectable()
export class PlansService {
  constructor(private readonly ds: DataSource, private readonly regions: RegionsService, private readonly audit: AuditService) {}

  private async withTargets(plans: ActionPlan[]): Promise<ActionPlan[]> {
    if (!plans.length) return plans;
    const targets = await this.ds.getRepository(ActionPlanTarget).createQueryBuilder('t')
      .where('t.plan_id IN (:...ids)', { ids: plans.map((p) => p.id) }).orderBy('t.position').getMany();
    for (const p of plans) p.targets = targets.filter((t) => t.planId === p.id);
    return plans;
  }

  /** Every plan, the latest period first (a city has a handful). */
  async all(): Promise<ActionPlan[]> {
    return this.withTargets(await this.ds.getRepository(ActionPlan).find({ order: { startDate: 'DESC' } }));
  }

  async list(actor: Actor | null): Promise<ActionPlan[]> {
    requireActor(actor, Role.STAFF, Role.ADMIN);
    return this.all();
  }

  async find(id: string): Promise<ActionPlan | null> {
    const plan = await this.ds.getRepository(ActionPlan).findOneBy({ id });
    return plan ? (await this.withTargets([plan]))[0] : null;
  }

  async get(actor: Actor | null, id: string): Promise<ActionPlan> {
    requireActor(actor, Role.STAFF, Role.ADMIN);
    const plan = await this.find(id);
    if (!plan) throw new NotFoundError('plan');
    return plan;
  }

  /** The plan in force on a date (at most one: periods never overlap), or null. */
  async inForce(date: string): Promise<ActionPlan | null> {
    const plan = await this.ds.getRepository(ActionPlan).createQueryBuilder('p')
      .where('p.start_date <= :d AND p.end_date >= :d', { d: date }).getOne();
    return plan ? (await this.withTargets([plan]))[0] : null;
  }

  /** The plan that ended last before a date, or null. */
  async lastEndedBefore(date: string): Promise<ActionPlan | null> {
    const plan = await this.ds.getRepository(ActionPlan).createQueryBuilder('p')
      .where('p.end_date < :d', { d: date }).orderBy('p.end_date', 'DESC').getOne();
    return plan ? (await this.withTargets([plan]))[0] : null;
  }

  /** The plan whose period covers any day of a range (the latest if several), or null. */
  async covering(from: string, to: string): Promise<ActionPlan | null> {
    const plan = await this.ds.getRepository(ActionPlan).createQueryBuilder('p')
      .where('p.start_date <= :to AND p.end_date >= :from', { from, to }).orderBy('p.start_date', 'DESC').getOne();
    return plan ? (await this.withTargets([plan]))[0] : null;
  }

  private requireCityStaff(actor: Actor | null): Actor {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    if (a.role === Role.STAFF && a.scopeCountyCode !== null) throw new ForbiddenError('error.planCityWideOnly');
    return a;
  }

  private check(input: PlanInput): void {
    const label = (path: string) => ({ field: fieldLabel(path) });
    const p = new FieldProblems();
    const len = (v: string | null | undefined, path: string, min: number, max: number, required: boolean) => {
      const s = (v ?? '').trim();
      if (!s) { if (required) p.add(path, 'validation.required', label(path)); return; }
      p.check(s.length >= min && s.length <= max, path, 'validation.isLength', { ...label(path), min, max });
    };
    len(input.planTitle, 'input.planTitle', 2, 200, true);
    len(input.issuingBody, 'input.issuingBody', 2, 200, false);
    len(input.documentNumber, 'input.documentNumber', 2, 100, false);
    p.check((input.notes ?? '').length <= 2000, 'input.notes', 'validation.maxLength', { ...label('input.notes'), max: 2000 });
    for (const [i, b] of (input.basis ?? []).entries()) {
      len(b.basisTitle, `input.basis.${i}.basisTitle`, 2, 300, true);
      len(b.basisNumber, `input.basis.${i}.basisNumber`, 2, 100, false);
    }
    const startOk = isCalendarDate(input.periodStart);
    const endOk = isCalendarDate(input.periodEnd);
    p.check(startOk, 'input.periodStart', 'validation.isCalendarDate', label('input.periodStart'));
    p.check(endOk, 'input.periodEnd', 'validation.isCalendarDate', label('input.periodEnd'));
    if (startOk) p.check(input.periodStart >= '2000-01-01' && input.periodStart <= '2100-12-31', 'input.periodStart', 'validation.planDateRange', label('input.periodStart'));
    if (startOk && endOk) {
      p.check(input.periodEnd > input.periodStart, 'input.periodEnd', 'validation.planEndAfterStart');
      p.check(input.periodEnd <= '2100-12-31', 'input.periodEnd', 'validation.planDateRange', label('input.periodEnd'));
    }
    p.check(input.targets.length > 0, 'input.targets', 'validation.planNeedsTarget');
    const seen = new Set<string>();
    const firstYear = startOk ? Number(input.periodStart.slice(0, 4)) : null;
    const lastYear = endOk ? Number(input.periodEnd.slice(0, 4)) : null;
    for (const [i, t] of input.targets.entries()) {
      const at = (f: string) => `input.targets.${i}.${f}`;
      const percent = PERCENT_METRICS.has(t.metric);
      const max = percent ? 100 : MAX_PEOPLE;
      if (!Number.isInteger(t.targetValue) || t.targetValue < 1) p.add(at('targetValue'), 'validation.planTargetPositive', label(at('targetValue')));
      else p.check(t.targetValue <= max, at('targetValue'), 'validation.max', { ...label(at('targetValue')), max });
      if (t.targetYear != null && firstYear !== null && lastYear !== null) {
        p.check(t.targetYear >= firstYear && t.targetYear <= lastYear, at('targetYear'), 'validation.planYearOutside', { from: firstYear, to: lastYear });
      }
      if (t.targetCounty != null) p.check(this.regions.isCounty(t.targetCounty), at('targetCounty'), 'validation.unknownCounty');
      // services and training are action lines without placements: no number of people can be set for them
      if (t.targetLine != null) p.check(!NON_PLACEMENT_LINES.has(t.targetLine), at('targetLine'), 'validation.isIn', label(at('targetLine')));
      len(t.targetSource, at('targetSource'), 2, 500, true);
      const key = [t.metric, t.targetYear ?? '', t.targetCounty ?? '', t.targetLine ?? ''].join('|');
      p.check(!seen.has(key), at('metric'), 'validation.planTargetTwice');
      seen.add(key);
    }
    p.throwIfAny();
  }

  async save(actor: Actor | null, input: PlanInput): Promise<ActionPlan> {
    const a = this.requireCityStaff(actor);
    this.check(input);
    const id = await this.ds.transaction(async (m) => {
      // serialise plan changes, so two overlapping plans saved at once cannot both pass the check below
      await m.query(`LOCK TABLE action_plan IN SHARE ROW EXCLUSIVE MODE`);
      if (input.id) {
        const [found] = await m.query(`SELECT id FROM action_plan WHERE id = $1`, [input.id]);
        if (!found) throw new NotFoundError('plan');
      }
      const [other] = await m.query(
        `SELECT title, start_date::text AS "startDate", end_date::text AS "endDate" FROM action_plan
          WHERE start_date <= $2 AND end_date >= $1 AND ($3::uuid IS NULL OR id <> $3) ORDER BY start_date LIMIT 1`,
        [input.periodStart, input.periodEnd, input.id ?? null]);
      if (other) {
        new FieldProblems().add('input.periodStart', 'validation.planOverlaps', { title: other.title, from: other.startDate, to: other.endDate }).throwIfAny();
      }
      const values = [input.planTitle.trim(), input.issuingBody?.trim() || null, input.documentNumber?.trim() || null,
        JSON.stringify((input.basis ?? []).map((b) => ({ title: b.basisTitle.trim(), documentNumber: b.basisNumber?.trim() || null }))),
        input.periodStart, input.periodEnd, (input.notes ?? '').trim(), a.userId];
      let planId: string;
      if (input.id) {
        await m.query(
          `UPDATE action_plan SET title = $1, issuing_body = $2, document_number = $3, basis = $4::jsonb, start_date = $5, end_date = $6,
                  notes = $7, updated_by = $8, updated_at = now() WHERE id = $9`, [...values, input.id]);
        await m.query(`DELETE FROM action_plan_target WHERE plan_id = $1`, [input.id]);
        planId = input.id;
      } else {
        const [row] = await m.query(
          `INSERT INTO action_plan (title, issuing_body, document_number, basis, start_date, end_date, notes, created_by, updated_by)
           VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $8) RETURNING id`, values);
        planId = row.id;
      }
      await this.insertTargets(m, planId, input);
      await this.audit.record(a, [{
        action: a.role === Role.ADMIN ? 'ADMIN_ACTION' : 'STAFF_ACTION', entity: 'action_plan', entityId: planId,
        detail: { op: input.id ? 'update' : 'create', title: input.planTitle.trim(), from: input.periodStart, to: input.periodEnd, targets: input.targets.length },
      }], m);
      return planId;
    });
    return (await this.find(id))!;
  }

  private async insertTargets(m: EntityManager, planId: string, input: PlanInput): Promise<void> {
    for (const [i, t] of input.targets.entries()) {
      await m.query(
        `INSERT INTO action_plan_target (plan_id, position, metric, value, year, county_code, action_line, source) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
        [planId, i, t.metric, t.targetValue, t.targetYear ?? null, t.targetCounty ?? null, t.targetLine ?? null, t.targetSource.trim()]);
    }
  }

  /** Only a plan whose period has not begun: from its first day, reports are read against it. */
  async delete(actor: Actor | null, id: string, today = todayInXinyang()): Promise<boolean> {
    const a = this.requireCityStaff(actor);
    await this.ds.transaction(async (m) => {
      const [plan] = await m.query(`SELECT id, title, start_date::text AS "startDate" FROM action_plan WHERE id = $1 FOR UPDATE`, [id]);
      if (!plan) throw new NotFoundError('plan');
      if (plan.startDate <= today) throw new ConflictError('error.planStarted');
      await m.query(`DELETE FROM action_plan WHERE id = $1`, [id]);
      await this.audit.record(a, [{
        action: a.role === Role.ADMIN ? 'ADMIN_ACTION' : 'STAFF_ACTION', entity: 'action_plan', entityId: id, detail: { op: 'delete', title: plan.title },
      }], m);
    });
    return true;
  }
}

/** The plan's city-wide figure for a metric over the whole period (no year, county or line), or null. */
export function overallTarget(plan: ActionPlan, metric: PlanMetric, countyCode: string | null = null): ActionPlanTarget | null {
  return plan.targets?.find((t) => t.metric === metric && t.year === null && t.actionLine === null && t.countyCode === countyCode) ?? null;
}
