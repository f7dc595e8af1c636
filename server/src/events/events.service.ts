// Recruitment events: staff create, edit, publish, cancel and finish them; everyone browses published ones.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, isStaff, managesCounty, staffCovers } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Role } from '../common/domain.js';
import { ConflictError, FieldProblems, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { localDate, localDateTime, TIME_ZONE } from '../common/local-time.js';
import { currentLocale } from '../common/request-context.js';
import { queryRows } from '../database/sql.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { RegionsService } from '../regions/regions.service.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { RecruitmentEvent } from './event.entity.js';
import { EventFilter, EventInput } from './event.inputs.js';
import { EventMode, EventStatus } from './event-vocab.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { promoteWaitlist } from './waitlist.js';

const TRANSITIONS: Record<EventStatus, EventStatus[]> = {
  DRAFT: [EventStatus.PUBLISHED, EventStatus.CANCELLED],
  PUBLISHED: [EventStatus.CANCELLED, EventStatus.FINISHED],
  CANCELLED: [],
  FINISHED: [],
};

@Injectable()
export class EventsService {
  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly seekers: SeekersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Staff covering the event's county (city-wide events: city staff only). */
  canManage(actor: Actor | null, e: Pick<RecruitmentEvent, 'countyCode'>): boolean {
    return managesCounty(actor, e.countyCode);
  }

  /**
   * Refuses staff of another county with a message that names who runs the event, so the person knows the
   * event is read-only for them rather than broken.
   */
  assertCanManage(actor: Actor | null, e: Pick<RecruitmentEvent, 'countyCode'>): void {
    if (this.canManage(actor, e)) return;
    if (!isStaff(actor)) throw new ForbiddenError('error.outOfScope');
    const county = e.countyCode ? this.regions.county(e.countyCode) : undefined;
    const en = currentLocale() === 'en';
    const owner = county ? (en && county.nameEn ? county.nameEn : county.nameZh) : en ? 'the city' : '市';
    throw new ForbiddenError('error.eventOutOfScope', { owner });
  }

  async get(actor: Actor | null, id: string, m: EntityManager = this.ds.manager): Promise<RecruitmentEvent> {
    const e = await m.getRepository(RecruitmentEvent).findOneBy({ id });
    if (!e || (e.status === EventStatus.DRAFT && !this.canManage(actor, e))) throw new NotFoundError('event');
    return e;
  }

  async list(actor: Actor | null, f: EventFilter = {}, pageInput?: PageInput): Promise<Page<RecruitmentEvent>> {
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const qb = this.ds.getRepository(RecruitmentEvent).createQueryBuilder('e');
    if (f.status && isStaff(actor)) {
      qb.andWhere('e.status = :status', { status: f.status });
      if (actor.role === Role.STAFF && actor.scopeCountyCode) {
        qb.andWhere('(e.countyCode = :scope OR e.status <> :draft)', { scope: actor.scopeCountyCode, draft: EventStatus.DRAFT });
      }
    } else {
      qb.andWhere('e.status IN (:...visible)', { visible: f.status && f.status !== EventStatus.DRAFT ? [f.status] : [EventStatus.PUBLISHED, EventStatus.FINISHED] });
    }
    if (f.kind) qb.andWhere('e.kind = :kind', { kind: f.kind });
    if (f.mode) qb.andWhere('e.mode = :mode', { mode: f.mode });
    if (f.countyCode) qb.andWhere('(e.countyCode = :county OR e.countyCode IS NULL)', { county: f.countyCode });
    // dates are Xinyang's calendar days: a day starts at midnight China time, whatever the database's zone
    qb.andWhere(`e.endsAt >= (:from::date::timestamp AT TIME ZONE '${TIME_ZONE}')`, { from: f.from ?? localDate(new Date()) });
    if (f.to) qb.andWhere(`e.startsAt < ((:to::date + 1)::timestamp AT TIME ZONE '${TIME_ZONE}')`, { to: f.to });
    const [items, total] = await qb.orderBy('e.startsAt', 'ASC').addOrderBy('e.id').skip(offset).take(limit).getManyAndCount();
    return { items, total, page, pageSize };
  }

  private validate(input: EventInput, current?: RecruitmentEvent): Partial<RecruitmentEvent> {
    const starts = new Date(input.startsAt);
    const ends = new Date(input.endsAt);
    const opens = new Date(input.registrationOpensAt);
    const closes = new Date(input.registrationClosesAt);
    const p = new FieldProblems()
      .check(ends > starts, 'input.endsAt', 'validation.eventTimes')
      .check(closes > opens && closes <= ends, 'input.registrationClosesAt', 'validation.registrationWindow')
      .check(!input.countyCode || this.regions.isCounty(input.countyCode), 'input.countyCode', 'validation.unknownCounty')
      .check(input.mode === EventMode.ONLINE || input.address.trim().length > 0, 'input.address', 'validation.venueRequired')
      .check(input.mode === EventMode.ONSITE || input.onlineUrl.trim().length > 0, 'input.onlineUrl', 'validation.onlineUrlRequired');
    input.targetCounties.forEach((c, i) => p.check(this.regions.isCounty(c), `input.targetCounties.${i}`, 'validation.unknownCounty'));
    if (current) {
      p.check(input.seekerCapacity >= current.registeredCount, 'input.seekerCapacity', 'validation.capacityBelowRegistrations', { count: current.registeredCount });
      p.check(input.boothLimit >= current.boothCount, 'input.boothLimit', 'validation.boothLimitBelowBooths', { count: current.boothCount });
    }
    p.throwIfAny();
    return {
      kind: input.kind, mode: input.mode, title: input.title.trim(), description: input.description.trim(), organizer: input.organizer.trim(),
      countyCode: input.countyCode || null, startsAt: starts, endsAt: ends, registrationOpensAt: opens, registrationClosesAt: closes,
      venueName: input.venueName.trim(), address: input.address.trim(), latitude: input.latitude ?? null, longitude: input.longitude ?? null,
      onlineUrl: input.onlineUrl.trim(), stepFreeRoute: input.stepFreeRoute, accessibleToilets: input.accessibleToilets,
      tactilePaving: input.tactilePaving, quietRoom: input.quietRoom, accessibleParking: input.accessibleParking, seating: input.seating,
      accessibilityNote: input.accessibilityNote.trim(), graduationYears: input.graduationYears, targetCategories: input.targetCategories,
      targetCounties: input.targetCounties, targetOrganizationTypes: input.targetOrganizationTypes,
      seekerCapacity: input.seekerCapacity, boothLimit: input.boothLimit, openToBoothApplications: input.openToBoothApplications,
    };
  }

  private async saveOffers(m: EntityManager, eventId: string, input: EventInput) {
    await m.query(`DELETE FROM event_service_offer WHERE event_id = $1`, [eventId]);
    const seen = new Set<string>();
    for (const o of input.services) {
      if (seen.has(o.service)) continue;
      seen.add(o.service);
      await m.query(`INSERT INTO event_service_offer (event_id, service, quantity) VALUES ($1,$2,$3)`, [eventId, o.service, o.quantity]);
    }
  }

  async create(actor: Actor | null, input: EventInput): Promise<RecruitmentEvent> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const fields = this.validate(input);
    if (!staffCovers(a, fields.countyCode ?? null)) throw new ForbiddenError('error.outOfScope');
    return this.ds.transaction(async (m) => {
      const e = m.getRepository(RecruitmentEvent).create({ ...fields, status: EventStatus.DRAFT, createdBy: a.userId, arrivals: '0' });
      await m.getRepository(RecruitmentEvent).insert(e);
      await this.saveOffers(m, e.id, input);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'event', entityId: e.id, detail: { op: 'create' } }], m);
      return m.getRepository(RecruitmentEvent).findOneByOrFail({ id: e.id });
    });
  }

  async update(actor: Actor | null, id: string, input: EventInput): Promise<RecruitmentEvent> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    return this.ds.transaction(async (m) => {
      // lock the event: registrations and booths taken meanwhile must be seen by the capacity checks
      await m.query(`SELECT id FROM recruitment_event WHERE id = $1 FOR UPDATE`, [id]);
      const current = await this.get(a, id, m);
      this.assertCanManage(a, current);
      if (current.status === EventStatus.CANCELLED || current.status === EventStatus.FINISHED) {
        throw new ConflictError('error.illegalEventTransition', { from: current.status, to: current.status });
      }
      const fields = this.validate(input, current);
      if (!staffCovers(a, fields.countyCode ?? null)) throw new ForbiddenError('error.outOfScope');
      await m.getRepository(RecruitmentEvent).update({ id }, fields);
      await this.saveOffers(m, id, input);
      // more seats: the waiting list moves up, in arrival order
      if (fields.seekerCapacity! > current.seekerCapacity) await promoteWaitlist(m, id, this.notifications, this.seekers);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'event', entityId: id, detail: { op: 'update' } }], m);
      return m.getRepository(RecruitmentEvent).findOneByOrFail({ id });
    });
  }

  async transition(actor: Actor | null, id: string, to: EventStatus, reason?: string | null): Promise<RecruitmentEvent> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const e = await this.get(a, id);
    this.assertCanManage(a, e);
    if (!TRANSITIONS[e.status].includes(to)) throw new ConflictError('error.illegalEventTransition', { from: e.status, to });
    if (to === EventStatus.CANCELLED && !reason?.trim()) throw InvalidInputError.field('reason', 'validation.reasonRequired');
    // outcomes are counted when a fair is finished: not before it has begun
    if (to === EventStatus.FINISHED && e.startsAt > new Date()) throw new ConflictError('error.eventNotStarted', { startsAt: localDateTime(e.startsAt) });
    return this.ds.transaction(async (m) => {
      const rows = await queryRows(m,
        `UPDATE recruitment_event SET status = $3, cancel_reason = $4, updated_at = now() WHERE id = $1 AND status = $2 RETURNING id`,
        [id, e.status, to, to === EventStatus.CANCELLED ? reason!.trim() : null]);
      if (!rows.length) throw new ConflictError('error.changedMeanwhile');
      if (to === EventStatus.CANCELLED) {
        const regs: Array<{ seeker_id: string }> = await m.query(
          `SELECT seeker_id FROM event_registration WHERE event_id = $1 AND status <> 'CANCELLED'`, [id]);
        const users = await this.seekers.userIdsOf(regs.map((r) => r.seeker_id), m);
        await this.notifications.notify(m, users, NotificationKind.EVENT_CANCELLED, { title: e.title, reason: reason!.trim(), startsAt: new Date(e.startsAt).toISOString(), path: `/events/${id}` }, id);
      }
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'event', entityId: id, detail: { op: 'transition', from: e.status, to } }], m);
      return m.getRepository(RecruitmentEvent).findOneByOrFail({ id });
    });
  }
}
