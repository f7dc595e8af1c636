// The graduate ledger (一人一策): every disabled graduate with their plan, contacts, services, referrals,
// fair attendance, placement and the follow-ups due after it; plus who is overdue.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Role } from '../common/domain.js';
import { ConflictError, FieldProblems, ForbiddenError, InvalidInputError } from '../common/errors.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { FollowUpStatus } from '../outcomes/outcomes-vocab.js';
import { settlesSql } from '../outcomes/retention/follow-up-state.js';
import { FollowUpsService } from '../outcomes/retention/follow-ups.service.js';
import { PlacementsService } from '../placements/placements.service.js';
import { LedgerEntryKind } from './casework-vocab.js';
import { GraduatePlan, LedgerEntry } from './casework.entities.js';
import { GraduateLedgerFilter, GraduatePlanInput, LedgerEntryInput } from './casework.inputs.js';
import { followUps, type FollowUpState } from './follow-ups.js';
import { FourOnesService } from './four-ones.service.js';
import { todayInChina } from '../common/local-time.js';

export interface LedgerRow {
  seekerId: string; name: string; countyCode: string; graduateYear: number; graduateSchool: string | null;
  plan: GraduatePlan | null; contacts: number; services: number; referrals: number; fairsAttended: number;
  lastContactDate: string | null; placementId: string | null; placementStart: string | null; organizationName: string | null;
  followUps: FollowUpState[];
}

const today = todayInChina;

@Injectable()
export class LedgerService {
  constructor(
    private readonly ds: DataSource,
    private readonly fourOnes: FourOnesService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly placements: PlacementsService,
    private readonly followUpAnswers: FollowUpsService,
  ) {}

  async savePlan(actor: Actor | null, input: GraduatePlanInput): Promise<GraduatePlan> {
    const { a, seeker } = await this.fourOnes.seekerInScope(actor, input.seekerId);
    if (seeker.graduateYear == null) throw InvalidInputError.field('input.seekerId', 'validation.notAGraduate');
    await this.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO graduate_plan (seeker_id, status, wants_work, able_to_work, plan, updated_by) VALUES ($1,$2,$3,$4,$5,$6)
         ON CONFLICT (seeker_id) DO UPDATE SET status = EXCLUDED.status, wants_work = EXCLUDED.wants_work,
           able_to_work = EXCLUDED.able_to_work, plan = EXCLUDED.plan, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [input.seekerId, input.status, input.wantsWork, input.ableToWork, input.plan.trim(), a.userId]);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'seeker', entityId: input.seekerId, detail: { op: 'savePlan', status: input.status } }], m);
    });
    return this.ds.getRepository(GraduatePlan).findOneByOrFail({ seekerId: input.seekerId });
  }

  async addEntry(actor: Actor | null, input: LedgerEntryInput): Promise<LedgerEntry> {
    const { a } = await this.fourOnes.seekerInScope(actor, input.seekerId);
    const followUp = input.kind === LedgerEntryKind.FOLLOW_UP;
    new FieldProblems()
      .check(input.entryDate <= today(), 'input.entryDate', 'validation.dateInFuture')
      .check(!followUp || !!input.followUpMonth, 'input.followUpMonth', 'validation.followUpMonthRequired')
      .check(!followUp || !!input.placementId, 'input.placementId', 'validation.placementRequired')
      .throwIfAny();
    if (followUp) {
      if (!(await this.placements.isSeekers(input.placementId!, input.seekerId))) throw InvalidInputError.field('input.placementId', 'error.notFound', { entity: 'placement' });
    }
    try {
      return await this.ds.transaction(async (m) => {
        const entry = m.getRepository(LedgerEntry).create({
          seekerId: input.seekerId, kind: input.kind, entryDate: input.entryDate, notes: input.notes.trim(), staffUserId: a.userId,
          followUpMonth: followUp ? input.followUpMonth! : null, placementId: followUp ? input.placementId! : null,
        });
        await m.getRepository(LedgerEntry).insert(entry);
        // one source of truth: the entry is also the placement's staff follow-up (retention and the follow-up list read that)
        if (followUp) {
          await this.followUpAnswers.recordIn(m, a.userId, input.placementId!, {
            month: input.followUpMonth!, status: input.followUpStatus ?? FollowUpStatus.EMPLOYED, checkedOn: input.entryDate,
            leftOn: input.leftOn ?? null, note: input.notes,
          }, (f) => ({ month: 'input.followUpMonth', checkedOn: 'input.entryDate', leftOn: 'input.leftOn' })[f]);
        }
        await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'seeker', entityId: input.seekerId, detail: { op: 'ledger', kind: input.kind } }], m);
        return m.getRepository(LedgerEntry).findOneByOrFail({ id: entry.id });
      });
    } catch (e) {
      if ((e as { driverError?: { code?: string } }).driverError?.code === '23505') throw new ConflictError('error.followUpRecorded');
      throw e;
    }
  }

  async entries(actor: Actor | null, seekerId: string): Promise<LedgerEntry[]> {
    await this.fourOnes.seekerInScope(actor, seekerId, 'seekerId');
    return this.ds.getRepository(LedgerEntry).find({ where: { seekerId }, order: { entryDate: 'DESC', createdAt: 'DESC' } });
  }

  async ledger(actor: Actor | null, f: GraduateLedgerFilter = {}, pageInput?: PageInput): Promise<Page<LedgerRow>> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    let county = f.countyCode ?? null;
    if (a.role === Role.STAFF && a.scopeCountyCode) {
      if (county && county !== a.scopeCountyCode) throw new ForbiddenError('error.outOfScope');
      county = a.scopeCountyCode;
    }
    const rows: Array<Omit<LedgerRow, 'plan' | 'followUps'> & { plan_status: string | null; done_months: number[] }> = await this.ds.query(
      `SELECT s.id AS "seekerId", s.name, s.county_code AS "countyCode", s.graduate_year AS "graduateYear", s.graduate_school AS "graduateSchool",
              gp.status AS plan_status,
              (SELECT count(*)::int FROM ledger_entry e WHERE e.seeker_id = s.id AND e.kind = 'CONTACT') AS contacts,
              (SELECT count(*)::int FROM ledger_entry e WHERE e.seeker_id = s.id AND e.kind = 'SERVICE')
                + (SELECT count(*)::int FROM service_record r WHERE r.seeker_id = s.id) AS services,
              (SELECT count(*)::int FROM ledger_entry e WHERE e.seeker_id = s.id AND e.kind = 'REFERRAL') AS referrals,
              (SELECT count(*)::int FROM event_registration g WHERE g.seeker_id = s.id AND g.checked_in_at IS NOT NULL) AS "fairsAttended",
              (SELECT max(e.entry_date)::text FROM ledger_entry e WHERE e.seeker_id = s.id) AS "lastContactDate",
              pl.id AS "placementId", pl.start_date::text AS "placementStart", o.name AS "organizationName",
              coalesce((SELECT array_agg(DISTINCT f.month::int) FROM placement_follow_up f WHERE f.placement_id = pl.id AND ${settlesSql('f')}), '{}') AS done_months
         FROM seeker_profile s
         LEFT JOIN graduate_plan gp ON gp.seeker_id = s.id
         LEFT JOIN LATERAL (SELECT * FROM placement p WHERE p.seeker_id = s.id AND p.excluded_at IS NULL ORDER BY p.start_date DESC LIMIT 1) pl ON true
         LEFT JOIN organization o ON o.id = pl.organization_id
        WHERE s.graduate_year IS NOT NULL AND ($1::int IS NULL OR s.graduate_year = $1) AND ($2::text IS NULL OR s.county_code = $2)
          AND ($3::text IS NULL OR gp.status = $3) AND ($4::uuid IS NULL OR s.id = $4)
        ORDER BY s.graduate_year DESC, s.county_code, s.name, s.id`,
      [f.graduateYear ?? null, county, f.status ?? null, f.seekerId ?? null]);
    const now = today();
    const months = await this.followUpAnswers.months();
    let all = rows.map(({ plan_status: _s, done_months, ...r }) => ({
      ...r, followUps: r.placementStart ? followUps(r.placementStart, new Set(done_months), now, months) : [],
    }));
    // overdue is decided by dates in code, so the page is cut after filtering
    if (f.overdueOnly) all = all.filter((r) => r.followUps.some((x) => x.overdue));
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const pageRows = all.slice(offset, offset + limit);
    const plans = new Map((await this.ds.getRepository(GraduatePlan).findBy({ seekerId: In(pageRows.map((r) => r.seekerId)) })).map((p) => [p.seekerId, p]));
    return { items: pageRows.map((r) => ({ ...r, plan: plans.get(r.seekerId) ?? null })), total: all.length, page, pageSize };
  }
}
