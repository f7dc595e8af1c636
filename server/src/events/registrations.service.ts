// Seekers register for events (capacity enforced, then a waiting list), cancel, request services;
// staff check tickets in on the event's day(s).
import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { type Actor, isStaff } from '../auth/actor.js';
import { requireActor } from '../auth/auth.service.js';
import { Role } from '../common/domain.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { localDate, localDateTime, TIME_ZONE } from '../common/local-time.js';
import { translate } from '../common/messages.js';
import { queryRows } from '../database/sql.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { RegionsService } from '../regions/regions.service.js';
import type { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { type OnBehalf, OnBehalfService } from '../seekers/on-behalf.service.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { checkEligibility } from './eligibility.js';
import { RecruitmentEvent } from './event.entity.js';
import { ServiceRequestInput } from './event.inputs.js';
import { EventStatus, RegistrationStatus } from './event-vocab.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { EventsService } from './events.service.js';
import { EventRegistration, EventServiceRequest } from './registration.entity.js';
import { promoteWaitlist } from './waitlist.js';

const TICKET_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function ticketCode(): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += TICKET_ALPHABET[randomInt(0, TICKET_ALPHABET.length)];
  return s;
}

const alreadyRegistered = (ob?: OnBehalf) =>
  (ob ? new ConflictError('error.alreadyRegisteredFor', { name: ob.seeker.name }) : new ConflictError('error.alreadyRegistered'));

@Injectable()
export class RegistrationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly events: EventsService,
    private readonly notifications: NotificationsService,
    private readonly regions: RegionsService,
    private readonly seekers: SeekersService,
    private readonly onBehalf: OnBehalfService,
  ) {}

  /** An application made at an event: the seeker holds a seat there, and the posting is at an approved booth. */
  async assertCanApplyAt(seekerId: string, eventId: string, postingId: string): Promise<void> {
    const [row] = await queryRows<{ registered: boolean; at_booth: boolean }>(this.ds,
      `SELECT EXISTS (SELECT 1 FROM event_registration WHERE event_id = $1 AND seeker_id = $2 AND status = 'REGISTERED') AS registered,
              EXISTS (SELECT 1 FROM event_booth WHERE event_id = $1 AND status = 'APPROVED' AND $3 = ANY(posting_ids)) AS at_booth`,
      [eventId, seekerId, postingId]);
    if (!row.registered) throw InvalidInputError.field('input.eventId', 'error.notRegisteredForEvent');
    if (!row.at_booth) throw InvalidInputError.field('input.eventId', 'error.postingNotAtEvent');
  }

  async seekerOrNull(a: Actor): Promise<SeekerProfile | null> {
    return a.role === Role.SEEKER ? this.seekers.findByUser(a.userId) : null;
  }

  private async seekerOf(a: Actor): Promise<SeekerProfile> {
    const s = await this.seekers.findByUser(a.userId);
    if (!s) throw new ForbiddenError('error.profileRequired');
    return s;
  }

  /** Why this person may not attend, in their language; empty when they may. */
  ineligibility(e: RecruitmentEvent, s: SeekerProfile): string[] {
    return checkEligibility(e, s).map((r) => {
      const params = { ...r.params };
      if (params.categories) params.categories = params.categories.split(',').map((c) => translate(`category.${c}`)).join(translate('common.listSeparator'));
      if (params.counties) params.counties = params.counties.split(',').map((c) => this.regions.countyName(c)).join(translate('common.listSeparator'));
      return translate(r.key, params);
    });
  }

  async register(actor: Actor | null, eventId: string, services: ServiceRequestInput[]): Promise<EventRegistration> {
    const a = requireActor(actor, Role.SEEKER);
    const seeker = await this.seekerOf(a);
    return this.registerSeeker(a, seeker, eventId, services);
  }

  /** Staff register a person who consented (ACT_ON_BEHALF): the person's eligibility, the seats and waiting list as for them. */
  async registerOnBehalf(actor: Actor | null, seekerId: string, eventId: string, services: ServiceRequestInput[]): Promise<EventRegistration> {
    const ob = await this.onBehalf.authorize(actor, seekerId);
    return this.registerSeeker(ob.staff, ob.seeker, eventId, services, ob);
  }

  private async registerSeeker(a: Actor, seeker: SeekerProfile, eventId: string, services: ServiceRequestInput[], ob?: OnBehalf): Promise<EventRegistration> {
    // the event as the person sees it (a draft is not found), whoever registers them
    const event = await this.events.get(ob ? null : a, eventId);
    if (event.status !== EventStatus.PUBLISHED) throw new ConflictError('error.eventNotOpen');
    const now = new Date();
    if (now < event.registrationOpensAt || now >= event.registrationClosesAt) {
      throw new ConflictError('error.registrationWindow', { opens: localDateTime(event.registrationOpensAt), closes: localDateTime(event.registrationClosesAt) });
    }
    const reasons = this.ineligibility(event, seeker);
    if (reasons.length) {
      throw ob ? new ForbiddenError('error.notEligibleFor', { name: seeker.name, reasons: reasons.join('；') })
        : new ForbiddenError('error.notEligible', { reasons: reasons.join('；') });
    }
    try {
      const id = await this.ds.transaction(async (m) => {
        // one conditional UPDATE takes a seat if there is one and numbers the arrival either way; it also takes
        // the event row lock first, as cancelling does, so the two always lock in the same order
        const [seat] = await queryRows<{ arrivals: string; last_seated: boolean }>(m,
          `UPDATE recruitment_event SET arrivals = arrivals + 1,
                  registered_count = registered_count + (registered_count < seeker_capacity)::int,
                  last_seated = registered_count < seeker_capacity
            WHERE id = $1 AND status = 'PUBLISHED' AND now() >= registration_opens_at AND now() < registration_closes_at
        RETURNING arrivals, last_seated`, [eventId]);
        if (!seat) throw new ConflictError('error.eventNotOpen');
        const [existing] = await queryRows<{ id: string; status: RegistrationStatus }>(m,
          `SELECT id, status FROM event_registration WHERE event_id = $1 AND seeker_id = $2 FOR UPDATE`, [eventId, seeker.id]);
        if (existing && existing.status !== RegistrationStatus.CANCELLED) throw alreadyRegistered(ob);
        if (ob) await this.onBehalf.assertConsent(m, ob.seeker);
        const status = seat.last_seated ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
        const [row] = existing
          ? await queryRows<{ id: string }>(m,
            `UPDATE event_registration SET status = $2, arrival = $3, ticket_code = $4, cancelled_at = NULL, promoted_at = NULL,
                    checked_in_at = NULL, checked_in_by = NULL, reminded_at = NULL, on_behalf_by = $5, on_behalf_county_code = $6,
                    updated_at = now() WHERE id = $1 RETURNING id`,
            [existing.id, status, seat.arrivals, ticketCode(), ob?.staff.userId ?? null, ob?.officeCountyCode ?? null])
          : await queryRows<{ id: string }>(m,
            `INSERT INTO event_registration (event_id, seeker_id, status, arrival, ticket_code, on_behalf_by, on_behalf_county_code)
             VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
            [eventId, seeker.id, status, seat.arrivals, ticketCode(), ob?.staff.userId ?? null, ob?.officeCountyCode ?? null]);
        await this.replaceServices(m, row.id, services);
        let position = 0;
        if (status === RegistrationStatus.WAITLISTED) {
          const [pos] = await queryRows<{ n: string }>(m,
            `SELECT count(*) AS n FROM event_registration WHERE event_id = $1 AND status = 'WAITLISTED' AND arrival <= $2`, [eventId, seat.arrivals]);
          position = Number(pos.n);
        }
        if (ob) {
          // one notice to the person, saying who registered them and with what result
          await this.onBehalf.record(m, ob, NotificationKind.REGISTERED_ON_BEHALF, {
            title: event.title, startsAt: event.startsAt.toISOString(), eventId, position,
            outcomeKey: status === RegistrationStatus.REGISTERED ? 'onBehalf.outcome.seat' : 'onBehalf.outcome.waitlist',
          }, { entity: 'registration', id: row.id });
        } else if (status === RegistrationStatus.REGISTERED) {
          await this.notifications.notify(m, [a.userId], NotificationKind.REGISTRATION_CONFIRMED, { title: event.title, startsAt: event.startsAt.toISOString() }, eventId);
        } else {
          await this.notifications.notify(m, [a.userId], NotificationKind.WAITLISTED, { title: event.title, position }, eventId);
        }
        return row.id;
      });
      return this.ds.getRepository(EventRegistration).findOneByOrFail({ id });
    } catch (e) {
      if ((e as { driverError?: { code?: string } }).driverError?.code === '23505') throw alreadyRegistered(ob);
      throw e;
    }
  }

  private async replaceServices(m: EntityManager, registrationId: string, services: ServiceRequestInput[]) {
    await m.query(`DELETE FROM event_service_request WHERE registration_id = $1`, [registrationId]);
    const seen = new Set<string>();
    for (const s of services) {
      if (seen.has(s.service)) continue;
      seen.add(s.service);
      await m.query(`INSERT INTO event_service_request (registration_id, service, notes) VALUES ($1,$2,$3)`, [registrationId, s.service, s.notes.trim()]);
    }
  }

  private async ownRegistration(a: Actor, id: string): Promise<EventRegistration> {
    const seeker = await this.seekerOf(a);
    const r = await this.ds.getRepository(EventRegistration).findOneBy({ id });
    if (!r || r.seekerId !== seeker.id) throw new NotFoundError('registration');
    return r;
  }

  /** A finished or cancelled event's registrations are its record: nobody changes them any more. */
  private async assertEventOpen(eventId: string) {
    const event = await this.ds.getRepository(RecruitmentEvent).findOneByOrFail({ id: eventId });
    if (event.status !== EventStatus.PUBLISHED) throw new ConflictError('error.eventClosed');
  }

  async updateServices(actor: Actor | null, id: string, services: ServiceRequestInput[]): Promise<EventRegistration> {
    const a = requireActor(actor, Role.SEEKER);
    const r = await this.ownRegistration(a, id);
    if (r.status === RegistrationStatus.CANCELLED) throw new ConflictError('error.eventNotOpen');
    await this.assertEventOpen(r.eventId);
    await this.ds.transaction((m) => this.replaceServices(m, id, services));
    return r;
  }

  async cancel(actor: Actor | null, id: string): Promise<EventRegistration> {
    const a = requireActor(actor, Role.SEEKER);
    const r = await this.ownRegistration(a, id);
    await this.assertEventOpen(r.eventId);
    await this.ds.transaction(async (m) => {
      // the event row first, as registration does, so cancels and registrations queue in one order
      await m.query(`SELECT id FROM recruitment_event WHERE id = $1 FOR UPDATE`, [r.eventId]);
      const [was] = await queryRows<{ status: RegistrationStatus; checked_in_at: Date | null }>(m,
        `SELECT status, checked_in_at FROM event_registration WHERE id = $1 FOR UPDATE`, [id]);
      if (was.status === RegistrationStatus.CANCELLED) throw new ConflictError('error.changedMeanwhile');
      if (was.checked_in_at) throw new ConflictError('error.checkedInCannotCancel');
      await m.query(`UPDATE event_registration SET status = 'CANCELLED', cancelled_at = now(), updated_at = now() WHERE id = $1`, [id]);
      if (was.status === RegistrationStatus.REGISTERED) {
        await m.query(`UPDATE recruitment_event SET registered_count = registered_count - 1 WHERE id = $1`, [r.eventId]);
        await promoteWaitlist(m, r.eventId, this.notifications, this.seekers);
      }
    });
    return this.ds.getRepository(EventRegistration).findOneByOrFail({ id });
  }

  async checkIn(actor: Actor | null, eventId: string, rawCode: string): Promise<EventRegistration> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const event = await this.events.get(a, eventId);
    this.events.assertCanManage(a, event);
    const code = rawCode.trim().toUpperCase().replace(/^.*[/=]/, '');
    if (!/^[A-Z0-9]{4,20}$/.test(code)) throw InvalidInputError.field('ticketCode', 'error.ticketUnknown');
    const today = localDate(new Date());
    const first = localDate(event.startsAt);
    const last = localDate(event.endsAt);
    if (today < first || today > last || event.status !== EventStatus.PUBLISHED) {
      throw new ConflictError('error.notEventDay', { dates: first === last ? first : `${first} – ${last}` });
    }
    const [done] = await queryRows<{ id: string }>(this.ds,
      `UPDATE event_registration SET checked_in_at = now(), checked_in_by = $3, updated_at = now()
        WHERE event_id = $1 AND ticket_code = $2 AND status = 'REGISTERED' AND checked_in_at IS NULL RETURNING id`,
      [eventId, code, a.userId]);
    if (done) return this.ds.getRepository(EventRegistration).findOneByOrFail({ id: done.id });
    const r = await this.ds.getRepository(EventRegistration).findOneBy({ eventId, ticketCode: code });
    if (!r) throw InvalidInputError.field('ticketCode', 'error.ticketUnknown');
    if (r.checkedInAt) {
      const time = new Intl.DateTimeFormat('zh-CN', { timeZone: TIME_ZONE, timeStyle: 'short' }).format(r.checkedInAt);
      throw new ConflictError('error.alreadyCheckedIn', { time });
    }
    throw new ConflictError('error.ticketNotActive');
  }

  async mine(actor: Actor | null): Promise<EventRegistration[]> {
    const a = requireActor(actor, Role.SEEKER);
    const s = await this.seekers.findByUser(a.userId);
    if (!s) return [];
    return this.ds.getRepository(EventRegistration).find({ where: { seekerId: s.id }, order: { createdAt: 'DESC' } });
  }

  async forEvent(actor: Actor | null, eventId: string, status?: RegistrationStatus): Promise<EventRegistration[]> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const event = await this.events.get(a, eventId);
    this.events.assertCanManage(a, event);
    return this.ds.getRepository(EventRegistration).find({
      where: { eventId, ...(status ? { status } : {}) }, order: { arrival: 'ASC' },
    });
  }

  /** The seeker's own registration for an event, if any. */
  async myRegistrationFor(actor: Actor | null, eventId: string): Promise<EventRegistration | null> {
    if (actor?.role !== Role.SEEKER) return null;
    const s = await this.seekers.findByUser(actor.userId);
    return s ? this.ds.getRepository(EventRegistration).findOneBy({ eventId, seekerId: s.id }) : null;
  }

  canSee(actor: Actor | null, r: EventRegistration, event: RecruitmentEvent, ownSeekerId: string | null): boolean {
    return r.seekerId === ownSeekerId || (isStaff(actor) && this.events.canManage(actor, event));
  }

  async servicesOf(registrationIds: string[]): Promise<EventServiceRequest[]> {
    return this.ds.getRepository(EventServiceRequest).findBy({ registrationId: In(registrationIds) });
  }
}
