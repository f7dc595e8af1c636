// Follow-ups of every placement at the months of 'outcomes.followUpMonths': staff record them; the person and the
// employer answer check-ins. One table (placement_follow_up) holds every answer, one per placement, month and source;
// the graduate ledger reads and writes it too. Who ends a placement: staff or the employer answering "left" end it
// (when it has no end date yet); the person's own "I left" is kept as their answer (it counts in retention, as the rule
// says) and sent to the county's staff, who confirm it with a follow-up of their own.
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { type Actor, staffCovers } from '../../auth/actor.js';
import { AuditService } from '../../auth/audit.service.js';
import { requireActor } from '../../auth/auth.service.js';
import { Role } from '../../common/domain.js';
import { addMonths } from '../../common/dates.js';
import { ConflictError, FieldProblems, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { localDate } from '../../common/local-time.js';
import { pageOf, type Page, type PageInput } from '../../common/pagination.js';
import { queryRows } from '../../database/sql.js';
import { NotificationKind } from '../../notifications/notification-kind.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { PlacementEndReason } from '../../placements/placement-vocab.js';
import { PlacementsService } from '../../placements/placements.service.js';
import { PolicySettingsService } from '../../policy/policy-settings.service.js';
import { FollowUpSource, FollowUpStatus } from '../outcomes-vocab.js';
import { PlacementFollowUp } from './follow-up.entity.js';
import { followUpStates, settlesSql } from './follow-up-state.js';
import type { FollowUpListFilter, RecordFollowUpInput } from './retention.inputs.js';
import type { CheckInModel, FollowUpRowModel } from './retention.models.js';

/** The placement facts a follow-up is checked against. */
interface Subject {
  id: string; startDate: string; endDate: string | null; countyCode: string; orgCountyCode: string; organizationId: string;
  organizationName: string; personName: string; seekerUserId: string | null;
}

/** One answer, as stored (the same placement, month and source replace it). */
export interface FollowUpAnswerInput {
  placementId: string; month: number; status: FollowUpStatus; source: FollowUpSource; checkedOn: string; leftOn: string | null;
  note: string; recordedBy: string;
}

/** Where a field's problem is reported: under an input's name, or as a function of the field. */
export type FieldPath = string | ((field: 'month' | 'checkedOn' | 'leftOn') => string);

export const todayInChina = (): string => localDate(new Date());

@Injectable()
export class FollowUpsService {
  constructor(
    private readonly ds: DataSource,
    private readonly placements: PlacementsService,
    private readonly notifications: NotificationsService,
    private readonly policy: PolicySettingsService,
    private readonly audit: AuditService,
  ) {}

  async months(): Promise<number[]> {
    return (await this.policy.values())['outcomes.followUpMonths'];
  }

  private async subject(m: EntityManager | DataSource, placementId: string): Promise<Subject | null> {
    const [s] = await queryRows<Subject>(m,
      `SELECT p.id, p.start_date::text AS "startDate", p.end_date::text AS "endDate", p.county_code AS "countyCode",
              o.county_code AS "orgCountyCode", o.id AS "organizationId", o.name AS "organizationName", s.name AS "personName",
              s.user_id AS "seekerUserId"
         FROM placement p JOIN organization o ON o.id = p.organization_id JOIN seeker_profile s ON s.id = p.seeker_id
        WHERE p.id = $1`, [placementId]);
    return s ?? null;
  }

  /**
   * Field problems of an answer: the month is one of the setting's, the dates are in the job and not in the future.
   * `path` is the input's name (fields are named under it), or a function naming each field.
   */
  async check(problems: FieldProblems, s: Pick<Subject, 'startDate'>, a: { month: number; status: FollowUpStatus; checkedOn?: string; leftOn?: string | null }, path: FieldPath) {
    const months = await this.months();
    const today = todayInChina();
    const at = typeof path === 'function' ? path : (field: string) => (path ? `${path}.${field}` : field);
    problems.check(months.includes(a.month), at('month'), 'validation.followUpMonthOf', { months: months.join(', ') });
    if (a.checkedOn !== undefined) {
      problems.check(a.checkedOn <= today, at('checkedOn'), 'validation.dateInFuture');
      problems.check(a.checkedOn >= s.startDate, at('checkedOn'), 'validation.beforeStart', { start: s.startDate });
    }
    if (a.status === FollowUpStatus.LEFT) {
      if (!a.leftOn) problems.add(at('leftOn'), 'validation.leftOnRequired');
      else {
        problems.check(a.leftOn <= today, at('leftOn'), 'validation.dateInFuture');
        problems.check(a.leftOn >= s.startDate, at('leftOn'), 'validation.beforeStart', { start: s.startDate });
      }
    } else problems.check(!a.leftOn, at('leftOn'), 'validation.leftOnOnlyWhenLeft');
  }

  /** Stores the answer (replacing this source's earlier answer for the month), in the caller's transaction. */
  async saveIn(m: EntityManager, a: FollowUpAnswerInput): Promise<PlacementFollowUp> {
    const [row] = await queryRows<{ id: string }>(m,
      `INSERT INTO placement_follow_up (placement_id, month, status, source, checked_on, left_on, note, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (placement_id, month, source) DO UPDATE SET status = EXCLUDED.status, checked_on = EXCLUDED.checked_on,
         left_on = EXCLUDED.left_on, note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by, updated_at = now()
       RETURNING id`,
      [a.placementId, a.month, a.status, a.source, a.checkedOn, a.leftOn, a.note, a.recordedBy]);
    return m.getRepository(PlacementFollowUp).findOneByOrFail({ id: row.id });
  }

  /** Staff covering the person's or the employer's county record a follow-up; "left" ends a placement with no end. */
  async record(actor: Actor | null, input: RecordFollowUpInput): Promise<PlacementFollowUp> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const s = await this.subject(this.ds, input.placementId);
    if (!s) throw new NotFoundError('placement');
    if (!staffCovers(a, s.countyCode) && !staffCovers(a, s.orgCountyCode)) throw new ForbiddenError('error.outOfScope');
    return this.ds.transaction(async (m) => {
      const saved = await this.recordIn(m, a.userId, s, input, 'input');
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'placement', entityId: s.id, detail: { op: 'followUp', month: input.month, status: input.status } }], m);
      return saved;
    });
  }

  /**
   * A staff follow-up in the caller's transaction, checked field by field (under `path`): the graduate ledger's
   * FOLLOW_UP entry records it this way too. "Left" ends the placement when it has no end date yet.
   */
  async recordIn(m: EntityManager, staffUserId: string, placement: string | Subject, input: Omit<RecordFollowUpInput, 'placementId'>, path: FieldPath): Promise<PlacementFollowUp> {
    const s = typeof placement === 'string' ? await this.subject(m, placement) : placement;
    if (!s) throw new NotFoundError('placement');
    const problems = new FieldProblems();
    await this.check(problems, s, input, path);
    problems.throwIfAny();
    const note = input.note.trim();
    const saved = await this.saveIn(m, {
      placementId: s.id, month: input.month, status: input.status, source: FollowUpSource.STAFF, checkedOn: input.checkedOn,
      leftOn: input.leftOn ?? null, note, recordedBy: staffUserId,
    });
    if (input.status === FollowUpStatus.LEFT) await this.placements.endIn(m, s.id, input.leftOn!, input.endReason ?? PlacementEndReason.OTHER, note, staffUserId);
    await this.tellRecorded(m, s, input.month, input.status, input.leftOn ?? null);
    return saved;
  }

  /**
   * What staff recorded is told to the person (it is about their job, and settles their check-in) and to the employer's
   * users (it settles their check-in too, and a "left" ends the placement, which changes their quota figures). The
   * staff's note is not sent: it is their working note. A person without an account (imported) is not told.
   */
  private async tellRecorded(m: EntityManager, s: Subject, month: number, status: FollowUpStatus, leftOn: string | null) {
    const base = { organization: s.organizationName, month, placementId: s.id, ...(leftOn ? { leftOn } : {}) };
    if (s.seekerUserId) {
      await this.notifications.notify(m, [s.seekerUserId], NotificationKind.FOLLOW_UP_RECORDED,
        { ...base, statusKey: `followUp.told.person.${status}` });
    }
    const members = await queryRows<{ user_id: string }>(m, `SELECT user_id FROM organization_member WHERE organization_id = $1`, [s.organizationId]);
    await this.notifications.notify(m, members.map((u) => u.user_id), NotificationKind.EMPLOYER_FOLLOW_UP_RECORDED,
      { ...base, name: s.personName, statusKey: `followUp.told.employer.${status}` });
  }

  /**
   * Placements in scope with a follow-up to do: genuine, and some month of the setting whose date has come (or comes
   * within two weeks) in the job, not settled. Oldest due first; paged in SQL.
   */
  async list(actor: Actor | null, f: FollowUpListFilter = {}, pageInput?: PageInput, pageSizeMax = 100): Promise<Page<FollowUpRowModel>> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    let county = f.countyCode ?? null;
    if (a.role === Role.STAFF && a.scopeCountyCode) {
      if (county && county !== a.scopeCountyCode) throw new ForbiddenError('error.outOfScope');
      county = a.scopeCountyCode;
    }
    const months = await this.months();
    const today = todayInChina();
    const { offset, limit, page, pageSize } = pageOf(pageInput, pageSizeMax);
    const rows = await queryRows<Omit<FollowUpRowModel, 'months' | 'answers'> & { total: number }>(this.ds,
      `SELECT p.id AS "placementId", s.name AS "personName", o.name AS "organizationName", p.county_code AS "countyCode",
              p.start_date::text AS "startDate", p.end_date::text AS "endDate", count(*) OVER ()::int AS total
         FROM placement p JOIN seeker_profile s ON s.id = p.seeker_id JOIN organization o ON o.id = p.organization_id
         CROSS JOIN LATERAL (
           SELECT min(d.due) AS first_open FROM unnest($2::int[]) AS m(month)
             CROSS JOIN LATERAL (SELECT (p.start_date + make_interval(months => m.month))::date AS due) d
            WHERE d.due <= $1::date + $4::int
              AND (p.end_date IS NULL OR p.end_date >= d.due)
              AND NOT EXISTS (SELECT 1 FROM placement_follow_up f WHERE f.placement_id = p.id AND f.month = m.month AND ${settlesSql('f')})) x
        WHERE p.excluded_at IS NULL AND x.first_open IS NOT NULL AND ($3::text IS NULL OR p.county_code = $3)
          AND p.start_date > $1::date - make_interval(months => $5::int)
        ORDER BY x.first_open, p.id OFFSET $6 LIMIT $7`,
      [today, months, county, f.overdueOnly ? 0 : 14, Math.max(...months) + 1, offset, limit]);
    const answers = rows.length ? await this.ds.getRepository(PlacementFollowUp).find({
      where: { placementId: In(rows.map((r) => r.placementId)) }, order: { month: 'ASC', source: 'ASC' },
    }) : [];
    const items = rows.map(({ total: _t, ...r }) => {
      const mine = answers.filter((x) => x.placementId === r.placementId);
      return { ...r, answers: mine, months: followUpStates(r, mine, months, today) };
    });
    return { items, total: rows[0]?.total ?? 0, page, pageSize };
  }

  /** The check-ins sent to the signed-in person (their placements) or employer (their organization's), newest first. */
  async checkIns(actor: Actor | null): Promise<CheckInModel[]> {
    const a = requireActor(actor, Role.SEEKER, Role.EMPLOYER);
    const [where, source, param] = a.role === Role.SEEKER
      ? ['s.user_id = $1', FollowUpSource.SEEKER, a.userId]
      : ['p.organization_id = $1', FollowUpSource.EMPLOYER, a.organizationId ?? '00000000-0000-0000-0000-000000000000'];
    return queryRows<CheckInModel>(this.ds,
      `SELECT c.placement_id AS "placementId", c.month::int AS month, p.start_date::text AS "startDate",
              (p.start_date + make_interval(months => c.month))::date::text AS "dueDate", o.name AS "organizationName",
              s.name AS "personName", f.status AS answer, st.status AS "recordedByStaff", st.left_on::text AS "staffLeftOn"
         FROM placement_check_in c JOIN placement p ON p.id = c.placement_id
         JOIN seeker_profile s ON s.id = p.seeker_id JOIN organization o ON o.id = p.organization_id
         LEFT JOIN placement_follow_up f ON f.placement_id = c.placement_id AND f.month = c.month AND f.source = $2
         -- what staff recorded for the month settles the check-in: nobody is asked again for it
         LEFT JOIN placement_follow_up st ON st.placement_id = c.placement_id AND st.month = c.month AND st.source = 'STAFF'
        WHERE ${where} AND p.excluded_at IS NULL AND c.sent_at > now() - interval '1 year'
        ORDER BY c.sent_at DESC, c.placement_id, c.month LIMIT 100`, [param, source]);
  }

  /**
   * The person (own placement) or the employer's user (own organization) answers a check-in. "Left" needs the last
   * day; the county's staff are told of it; the employer's "left" also ends the placement.
   */
  async answerCheckIn(actor: Actor | null, placementId: string, month: number, stillEmployed: boolean, leftOn: string | null): Promise<PlacementFollowUp> {
    const a = requireActor(actor, Role.SEEKER, Role.EMPLOYER);
    const s = await this.subject(this.ds, placementId);
    const mine = !!s && (a.role === Role.SEEKER ? s.seekerUserId === a.userId : s.organizationId === a.organizationId);
    if (!s || !mine) throw new NotFoundError('placement');
    const status = stillEmployed ? FollowUpStatus.EMPLOYED : FollowUpStatus.LEFT;
    const problems = new FieldProblems();
    await this.check(problems, s, { month, status, leftOn }, '');
    // a check-in asks about a month that has come: "still there after 12 months?" cannot be answered after one
    const due = addMonths(s.startDate, month);
    if ((await this.months()).includes(month)) problems.check(due <= todayInChina(), 'month', 'validation.followUpNotDue', { date: due });
    problems.throwIfAny();
    const source = a.role === Role.SEEKER ? FollowUpSource.SEEKER : FollowUpSource.EMPLOYER;
    return this.ds.transaction(async (m) => {
      // staff already recorded this month: the check-in is settled (their record stands; a change goes through them)
      const [staff] = await queryRows<{ id: string }>(m,
        `SELECT id FROM placement_follow_up WHERE placement_id = $1 AND month = $2 AND source = 'STAFF' FOR SHARE`, [placementId, month]);
      if (staff) throw new ConflictError('error.checkInSettledByStaff', { month });
      const saved = await this.saveIn(m, { placementId, month, status, source, checkedOn: todayInChina(), leftOn, note: '', recordedBy: a.userId });
      if (!stillEmployed) {
        if (source === FollowUpSource.EMPLOYER) await this.placements.endIn(m, placementId, leftOn!, PlacementEndReason.OTHER, '', a.userId);
        await this.notifyStaff(m, s, { month, leftOn: leftOn!, sourceKey: `followUpSource.${source}` });
      }
      return saved;
    });
  }

  /** The county's staff (the city's when the county has none) hear that someone left. */
  private async notifyStaff(m: EntityManager, s: Subject, p: { month: number; leftOn: string; sourceKey: string }) {
    const staff = await queryRows<{ id: string }>(m,
      `SELECT id FROM app_user WHERE role = 'STAFF' AND disabled_at IS NULL
          AND (scope_county_code = $1 OR (scope_county_code IS NULL AND NOT EXISTS (
                SELECT 1 FROM app_user c WHERE c.role = 'STAFF' AND c.disabled_at IS NULL AND c.scope_county_code = $1)))`,
      [s.countyCode]);
    await this.notifications.notify(m, staff.map((u) => u.id), NotificationKind.CHECK_IN_LEFT_REPORTED,
      { name: s.personName, organization: s.organizationName, month: p.month, leftOn: p.leftOn, sourceKey: p.sourceKey, placementId: s.id });
  }
}
