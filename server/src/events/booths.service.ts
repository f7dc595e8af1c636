// Employers at events: staff invite organizations or take applications; booths are approved within the limit.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, isStaff } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { OrganizationType, PostingStatus, Role } from '../common/domain.js';
import { ConflictError, FieldProblems, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { translate } from '../common/messages.js';
import { queryRows } from '../database/sql.js';
import { isUuid } from '../graphql/id.pipe.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PostingsService } from '../postings/postings.service.js';
import { EventBooth } from './booth.entity.js';
import { RecruitmentEvent } from './event.entity.js';
import { BoothInput } from './event.inputs.js';
import { BoothStatus, EventStatus } from './event-vocab.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { EventsService } from './events.service.js';

const OPEN_EVENT = [EventStatus.DRAFT, EventStatus.PUBLISHED];

/** A fair for some employer types names them when another type asks; null when the type may come. */
export function organizationTypeRefusal(event: Pick<RecruitmentEvent, 'targetOrganizationTypes'>, type: OrganizationType): { types: string } | null {
  if (!event.targetOrganizationTypes.length || event.targetOrganizationTypes.includes(type)) return null;
  const words = event.targetOrganizationTypes.map((t) => translate(`orgType.${t}`));
  return { types: words.join(translate('common.listSeparator')) };
}

@Injectable()
export class BoothsService {
  constructor(
    private readonly ds: DataSource,
    private readonly events: EventsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly orgs: OrganizationsService,
    private readonly postings: PostingsService,
  ) {}

  /** Postings must be published postings of the booth's own organization. */
  private async checkPostings(organizationId: string, ids: string[]) {
    if (!ids.length) return;
    const malformed = new FieldProblems();
    ids.forEach((id, i) => malformed.check(isUuid(id), `input.postingIds.${i}`, 'validation.isUUID'));
    malformed.throwIfAny();
    const rows = await this.postings.findByIds(ids);
    const ok = new Set(rows.filter((p) => p.organizationId === organizationId && p.status === PostingStatus.PUBLISHED).map((p) => p.id));
    const problems = new FieldProblems();
    ids.forEach((id, i) => problems.check(ok.has(id), `input.postingIds.${i}`, 'validation.postingNotOurs'));
    problems.throwIfAny();
  }

  private async load(id: string): Promise<{ booth: EventBooth; event: RecruitmentEvent }> {
    const booth = await this.ds.getRepository(EventBooth).findOneBy({ id });
    if (!booth) throw new NotFoundError('booth');
    const event = await this.ds.getRepository(RecruitmentEvent).findOneByOrFail({ id: booth.eventId });
    return { booth, event };
  }

  /** Takes one booth within the limit: a conditional UPDATE, so concurrent approvals never exceed it. */
  private async takeBooth(m: EntityManager, event: RecruitmentEvent) {
    const rows = await queryRows(m,
      `UPDATE recruitment_event SET booth_count = booth_count + 1 WHERE id = $1 AND booth_count < booth_limit RETURNING id`, [event.id]);
    if (!rows.length) throw new ConflictError('error.boothsFull', { limit: event.boothLimit });
  }

  private async move(m: EntityManager, booth: EventBooth, to: BoothStatus, extra: Partial<EventBooth> = {}) {
    const res = await m.createQueryBuilder().update(EventBooth).set({ status: to, ...extra })
      .where('id = :id AND status = :from', { id: booth.id, from: booth.status }).execute();
    if (!res.affected) throw new ConflictError('error.changedMeanwhile');
  }

  async invite(actor: Actor | null, eventId: string, organizationId: string): Promise<EventBooth> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const event = await this.events.get(a, eventId);
    this.events.assertCanManage(a, event);
    if (!OPEN_EVENT.includes(event.status)) throw new ConflictError('error.eventNotOpen');
    const org = isUuid(organizationId) ? await this.orgs.findById(organizationId) : null;
    if (!org) throw InvalidInputError.field('organizationId', 'error.notFound', { entity: 'organization' });
    const refusal = organizationTypeRefusal(event, org.type);
    if (refusal) throw InvalidInputError.field('organizationId', 'error.boothOrganizationType', refusal);
    return this.insert(eventId, organizationId, BoothStatus.INVITED, [], '', a);
  }

  async apply(actor: Actor | null, input: BoothInput): Promise<EventBooth> {
    const a = requireActor(actor, Role.EMPLOYER);
    if (!a.organizationId) throw new ForbiddenError('error.noOrganization');
    const event = await this.events.get(a, input.eventId);
    if (event.status !== EventStatus.PUBLISHED) throw new ConflictError('error.eventNotOpen');
    if (!event.openToBoothApplications) throw new ConflictError('error.boothNotOpen');
    const org = await this.orgs.getById(a.organizationId);
    const refusal = organizationTypeRefusal(event, org.type);
    if (refusal) throw new ForbiddenError('error.boothOrganizationType', refusal);
    await this.checkPostings(a.organizationId, input.postingIds);
    // an organization that withdrew may apply again: its booth record goes back to staff
    const again = await this.ds.createQueryBuilder().update(EventBooth)
      .set({ status: BoothStatus.APPLIED, postingIds: input.postingIds, note: input.note.trim(), decidedBy: null, decidedAt: null, declineReason: null })
      .where('event_id = :e AND organization_id = :o AND status = :w', { e: event.id, o: a.organizationId, w: BoothStatus.WITHDRAWN })
      .returning('id').execute();
    if (again.affected) return this.ds.getRepository(EventBooth).findOneByOrFail({ id: (again.raw as Array<{ id: string }>)[0].id });
    return this.insert(event.id, a.organizationId, BoothStatus.APPLIED, input.postingIds, input.note.trim(), a);
  }

  private async insert(eventId: string, organizationId: string, status: BoothStatus, postingIds: string[], note: string, a: Actor) {
    try {
      return await this.ds.transaction(async (m) => {
        const booth = m.getRepository(EventBooth).create({ eventId, organizationId, status, postingIds, note });
        await m.getRepository(EventBooth).insert(booth);
        if (isStaff(a)) await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'booth', entityId: booth.id, detail: { op: 'invite' } }], m);
        return m.getRepository(EventBooth).findOneByOrFail({ id: booth.id });
      });
    } catch (e) {
      if ((e as { driverError?: { code?: string } }).driverError?.code === '23505') throw new ConflictError('error.boothExists');
      throw e;
    }
  }

  /** Staff approve or decline an application (declining needs a reason). */
  async decide(actor: Actor | null, boothId: string, approve: boolean, reason: string | null): Promise<EventBooth> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const { booth, event } = await this.load(boothId);
    this.events.assertCanManage(a, event);
    if (!OPEN_EVENT.includes(event.status)) throw new ConflictError('error.eventClosed');
    const to = approve ? BoothStatus.APPROVED : BoothStatus.DECLINED;
    if (booth.status !== BoothStatus.APPLIED) throw new ConflictError('error.illegalBoothTransition', { from: booth.status, to });
    if (!approve && !reason?.trim()) throw InvalidInputError.field('reason', 'validation.reasonRequired');
    await this.ds.transaction(async (m) => {
      if (approve) await this.takeBooth(m, event);
      await this.move(m, booth, to, { decidedBy: a.userId, decidedAt: new Date(), declineReason: approve ? null : reason!.trim() });
      const members = await this.orgs.memberUserIds(booth.organizationId, m);
      // worded when the employer reads it, in the employer's language, not the deciding staff member's
      const outcome: Record<string, string> = approve ? { decisionKey: 'booth.approved' } : { decisionKey: 'booth.declinedBecause', reason: reason!.trim() };
      await this.notifications.notify(m, members, NotificationKind.BOOTH_DECIDED, { title: event.title, ...outcome }, event.id);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'booth', entityId: booth.id, detail: { op: 'decide', to } }], m);
    });
    return this.ds.getRepository(EventBooth).findOneByOrFail({ id: boothId });
  }

  private async ownBooth(actor: Actor | null, boothId: string) {
    const a = requireActor(actor, Role.EMPLOYER);
    const loaded = await this.load(boothId);
    if (loaded.booth.organizationId !== a.organizationId) throw new NotFoundError('booth');
    return { a, ...loaded };
  }

  /** The employer accepts an invitation: the booth is theirs if one is left. */
  async accept(actor: Actor | null, boothId: string, postingIds: string[]): Promise<EventBooth> {
    const { booth, event } = await this.ownBooth(actor, boothId);
    if (booth.status !== BoothStatus.INVITED) throw new ConflictError('error.illegalBoothTransition', { from: booth.status, to: BoothStatus.APPROVED });
    if (!OPEN_EVENT.includes(event.status)) throw new ConflictError('error.eventNotOpen');
    await this.checkPostings(booth.organizationId, postingIds);
    await this.ds.transaction(async (m) => {
      await this.takeBooth(m, event);
      await this.move(m, booth, BoothStatus.APPROVED, { postingIds, decidedAt: new Date() });
    });
    return this.ds.getRepository(EventBooth).findOneByOrFail({ id: boothId });
  }

  async setPostings(actor: Actor | null, boothId: string, postingIds: string[]): Promise<EventBooth> {
    const { booth, event } = await this.ownBooth(actor, boothId);
    if (!OPEN_EVENT.includes(event.status)) throw new ConflictError('error.eventClosed');
    if ([BoothStatus.DECLINED, BoothStatus.WITHDRAWN].includes(booth.status)) {
      throw new ConflictError('error.illegalBoothTransition', { from: booth.status, to: booth.status });
    }
    await this.checkPostings(booth.organizationId, postingIds);
    await this.ds.getRepository(EventBooth).update({ id: boothId }, { postingIds });
    return this.ds.getRepository(EventBooth).findOneByOrFail({ id: boothId });
  }

  async withdraw(actor: Actor | null, boothId: string): Promise<EventBooth> {
    const { booth, event } = await this.ownBooth(actor, boothId);
    if (!OPEN_EVENT.includes(event.status)) throw new ConflictError('error.eventClosed');
    if (![BoothStatus.INVITED, BoothStatus.APPLIED, BoothStatus.APPROVED].includes(booth.status)) {
      throw new ConflictError('error.illegalBoothTransition', { from: booth.status, to: BoothStatus.WITHDRAWN });
    }
    await this.ds.transaction(async (m) => {
      await this.move(m, booth, BoothStatus.WITHDRAWN);
      if (booth.status === BoothStatus.APPROVED) await m.query(`UPDATE recruitment_event SET booth_count = booth_count - 1 WHERE id = $1`, [booth.eventId]);
    });
    return this.ds.getRepository(EventBooth).findOneByOrFail({ id: boothId });
  }

  /** Staff see every booth of an event they manage; everyone else the approved ones of verified organizations (and their own). */
  async forEvent(actor: Actor | null, event: RecruitmentEvent): Promise<EventBooth[]> {
    const all = this.events.canManage(actor, event);
    const booths = await this.ds.getRepository(EventBooth).find({
      where: { eventId: event.id, ...(all ? {} : { status: BoothStatus.APPROVED }) }, order: { createdAt: 'ASC' },
    });
    if (all) return booths;
    const verified = await this.orgs.verifiedIds([...new Set(booths.map((b) => b.organizationId))]);
    const own = actor?.role === Role.EMPLOYER ? actor.organizationId : null;
    return booths.filter((b) => verified.has(b.organizationId) || b.organizationId === own);
  }

  /** Who may see the applications made at the booth: the booth's organization and the event's staff. */
  async canSeeApplicants(actor: Actor | null, booth: EventBooth): Promise<boolean> {
    const event = await this.ds.getRepository(RecruitmentEvent).findOneByOrFail({ id: booth.eventId });
    return (actor?.role === Role.EMPLOYER && actor.organizationId === booth.organizationId) || this.events.canManage(actor, event);
  }

  async mine(actor: Actor | null): Promise<EventBooth[]> {
    const a = requireActor(actor, Role.EMPLOYER);
    if (!a.organizationId) return [];
    return this.ds.getRepository(EventBooth).find({ where: { organizationId: a.organizationId }, order: { createdAt: 'DESC' } });
  }
}
