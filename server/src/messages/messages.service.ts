// A text thread per application, designed for deaf seekers first: plain text only (stored and returned as typed,
// never rendered as HTML), a length limit, a per-sender rate limit, read state per reader, staff the seeker invites
// (logged), abuse reports, and staff of the county closing a thread.
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, isStaff, staffCovers } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { Role } from '../common/domain.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, RateLimitedError } from '../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { queryRows } from '../database/sql.js';
import { type ApplicationParty, countyStaffIds, employerUserIds, loadParty, roleIn } from '../interviews/application-party.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { CloseThreadInput, InviteStaffToThreadInput, MESSAGE_MAX_LENGTH, ReportMessageInput, SendMessageInput } from './message.inputs.js';
import type { MessageThreadModel, ThreadStaffModel } from './message.models.js';

type Access = 'SEEKER' | 'EMPLOYER' | 'STAFF_INVITED' | 'STAFF_SCOPE';
interface Reader { party: ApplicationParty; access: Access }

@Injectable()
export class MessagesService implements OnModuleInit {
  private limiter!: RateLimiterPostgres;

  constructor(
    private readonly ds: DataSource,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    const pool = (this.ds.driver as unknown as { master: unknown }).master;
    this.limiter = new RateLimiterPostgres({
      storeClient: pool, storeType: 'pool', tableName: 'rate_limit', tableCreated: true, keyPrefix: 'msg', points: this.config.messagesPerMinute, duration: 60,
    });
  }

  /** Who may read: the two sides, staff the seeker invited, staff covering the seeker's or posting's county. */
  private async reader(m: EntityManager, a: Actor, applicationId: string): Promise<Reader> {
    const party = await loadParty(m, applicationId);
    if (!party) throw new NotFoundError('application');
    const role = roleIn(a, party);
    if (role === 'SEEKER' || role === 'EMPLOYER') return { party, access: role };
    if (isStaff(a)) {
      const invited = await queryRows(m, `SELECT 1 FROM message_thread_staff WHERE application_id = $1 AND staff_user_id = $2`, [applicationId, a.userId]);
      if (invited.length) return { party, access: 'STAFF_INVITED' };
      if (role === 'STAFF') return { party, access: 'STAFF_SCOPE' };
    }
    throw new NotFoundError('application');
  }

  private canWrite(access: Access) {
    return access !== 'STAFF_SCOPE';
  }

  private canClose(a: Actor, r: Reader) {
    return isStaff(a) && (staffCovers(a, r.party.seekerCountyCode) || staffCovers(a, r.party.postingCountyCode));
  }

  async thread(actor: Actor | null, applicationId: string): Promise<MessageThreadModel> {
    const a = requireActor(actor);
    const r = await this.reader(this.ds.manager, a, applicationId);
    if (r.access === 'STAFF_SCOPE') {
      // staff reading a private conversation they were not invited into: on the record
      await this.audit.record(a, [{ action: 'READ_SENSITIVE', entity: 'message_thread', entityId: applicationId, purpose: 'CASEWORK' }]);
    }
    return this.model(a, r);
  }

  private async model(a: Actor, r: Reader): Promise<MessageThreadModel> {
    const m = this.ds.manager;
    const id = r.party.id;
    const messages = await queryRows<{ id: string; body: string; sender_role: string; sender_name: string; sender_user_id: string; created_at: Date; reported: boolean }>(m,
      `SELECT * FROM (
         SELECT x.id::text, x.body, x.sender_role, u.display_name AS sender_name, x.sender_user_id, x.created_at,
                EXISTS (SELECT 1 FROM message_report mr WHERE mr.message_id = x.id AND mr.reporter_user_id = $2) AS reported
           FROM message x JOIN app_user u ON u.id = x.sender_user_id WHERE x.application_id = $1 ORDER BY x.id DESC LIMIT 200) t
        ORDER BY t.id::bigint`, [id, a.userId]);
    const thread = await queryRows<{ closed_at: Date | null; close_reason: string | null }>(m, `SELECT closed_at, close_reason FROM message_thread WHERE application_id = $1`, [id]);
    const staff = await queryRows<ThreadStaffModel>(m,
      `SELECT u.id AS "userId", u.display_name AS "displayName" FROM message_thread_staff t JOIN app_user u ON u.id = t.staff_user_id
        WHERE t.application_id = $1 ORDER BY t.invited_at`, [id]);
    const closed = thread[0]?.closed_at ?? null;
    return {
      applicationId: id, postingTitle: r.party.postingTitle, organizationName: r.party.organizationName, seekerName: r.party.seekerName,
      messages: messages.map((x) => ({
        id: x.id, body: x.body, senderRole: x.sender_role, senderName: x.sender_name, mine: x.sender_user_id === a.userId,
        reportedByMe: x.reported, createdAt: x.created_at,
      })),
      unread: await this.unreadOf(m, id, a.userId),
      closedAt: closed, closeReason: thread[0]?.close_reason ?? null, invitedStaff: staff,
      canWrite: this.canWrite(r.access) && !closed, canClose: this.canClose(a, r) && !closed, canInviteStaff: r.access === 'SEEKER' && !closed,
      maxLength: MESSAGE_MAX_LENGTH,
    };
  }

  private async unreadOf(m: EntityManager, applicationId: string, userId: string): Promise<number> {
    const rows = await queryRows<{ n: string }>(m,
      `SELECT count(*) AS n FROM message x WHERE x.application_id = $1 AND x.sender_user_id <> $2
          AND x.id > coalesce((SELECT last_read_id FROM message_read WHERE application_id = $1 AND user_id = $2), 0)`, [applicationId, userId]);
    return Number(rows[0].n);
  }

  private async participants(m: EntityManager, p: ApplicationParty): Promise<string[]> {
    const staff = await queryRows<{ staff_user_id: string }>(m, `SELECT staff_user_id FROM message_thread_staff WHERE application_id = $1`, [p.id]);
    return [...(p.seekerUserId ? [p.seekerUserId] : []), ...(await employerUserIds(m, p.organizationId)), ...staff.map((s) => s.staff_user_id)];
  }

  async send(actor: Actor | null, input: SendMessageInput): Promise<MessageThreadModel> {
    const a = requireActor(actor);
    const body = input.body.trim();
    if (!body) throw InvalidInputError.field('input.body', 'validation.required');
    const r = await this.reader(this.ds.manager, a, input.applicationId);
    if (!this.canWrite(r.access)) throw new ForbiddenError('error.threadNotInvited');
    try {
      await this.limiter.consume(a.userId);
    } catch (e) {
      if (e instanceof RateLimiterRes) throw new RateLimitedError(Math.ceil(e.msBeforeNext / 1000));
      throw e;
    }
    await this.ds.transaction(async (m) => {
      // the thread row is the lock that orders a close and a send
      await m.query(`INSERT INTO message_thread (application_id) VALUES ($1) ON CONFLICT DO NOTHING`, [r.party.id]);
      const t = await queryRows<{ closed_at: Date | null }>(m, `SELECT closed_at FROM message_thread WHERE application_id = $1 FOR UPDATE`, [r.party.id]);
      if (t[0].closed_at) throw new ConflictError('error.threadClosed');
      const rows = await queryRows<{ id: string }>(m,
        `INSERT INTO message (application_id, sender_user_id, sender_role, body) VALUES ($1,$2,$3,$4) RETURNING id`,
        [r.party.id, a.userId, r.access.startsWith('STAFF') ? 'STAFF' : r.access, body]);
      await this.readUpTo(m, r.party.id, a.userId, rows[0].id);
      const others = (await this.participants(m, r.party)).filter((u) => u !== a.userId);
      await this.notifications.notify(m, others, NotificationKind.NEW_MESSAGE, { title: r.party.postingTitle, applicationId: r.party.id });
    });
    return this.model(a, r);
  }

  private async readUpTo(m: EntityManager, applicationId: string, userId: string, lastId: string) {
    await m.query(
      `INSERT INTO message_read (application_id, user_id, last_read_id) VALUES ($1,$2,$3)
       ON CONFLICT (application_id, user_id) DO UPDATE SET last_read_id = GREATEST(message_read.last_read_id, EXCLUDED.last_read_id)`,
      [applicationId, userId, lastId]);
  }

  async markRead(actor: Actor | null, applicationId: string): Promise<MessageThreadModel> {
    const a = requireActor(actor);
    const r = await this.reader(this.ds.manager, a, applicationId);
    const last = await queryRows<{ id: string | null }>(this.ds.manager, `SELECT max(id)::text AS id FROM message WHERE application_id = $1`, [applicationId]);
    if (last[0].id) await this.readUpTo(this.ds.manager, applicationId, a.userId, last[0].id);
    return this.model(a, r);
  }

  /** The seeker's county staff they may invite (active staff of that county). */
  async staffCandidates(actor: Actor | null, applicationId: string): Promise<ThreadStaffModel[]> {
    const a = requireActor(actor, Role.SEEKER);
    const r = await this.reader(this.ds.manager, a, applicationId);
    return queryRows<ThreadStaffModel>(this.ds.manager,
      `SELECT id AS "userId", display_name AS "displayName" FROM app_user
        WHERE role = 'STAFF' AND scope_county_code = $1 AND disabled_at IS NULL ORDER BY display_name, id LIMIT 50`, [r.party.seekerCountyCode]);
  }

  async inviteStaff(actor: Actor | null, input: InviteStaffToThreadInput): Promise<MessageThreadModel> {
    const a = requireActor(actor, Role.SEEKER);
    const r = await this.reader(this.ds.manager, a, input.applicationId);
    const ok = await queryRows(this.ds.manager,
      `SELECT 1 FROM app_user WHERE id = $1 AND role = 'STAFF' AND scope_county_code = $2 AND disabled_at IS NULL`, [input.staffUserId, r.party.seekerCountyCode]);
    if (!ok.length) throw InvalidInputError.field('input.staffUserId', 'validation.staffNotOfCounty');
    await this.ds.transaction(async (m) => {
      await m.query(`INSERT INTO message_thread (application_id) VALUES ($1) ON CONFLICT DO NOTHING`, [r.party.id]);
      const t = await queryRows<{ closed_at: Date | null }>(m, `SELECT closed_at FROM message_thread WHERE application_id = $1 FOR UPDATE`, [r.party.id]);
      if (t[0].closed_at) throw new ConflictError('error.threadClosed');
      const rows = await queryRows(m, `INSERT INTO message_thread_staff (application_id, staff_user_id) VALUES ($1,$2) ON CONFLICT DO NOTHING RETURNING 1`,
        [r.party.id, input.staffUserId]);
      if (!rows.length) return;
      await this.audit.record(a, [{ action: 'CONSENT', entity: 'message_thread', entityId: r.party.id, detail: { invitedStaffUserId: input.staffUserId } }], m);
      await this.notifications.notify(m, [input.staffUserId], NotificationKind.THREAD_INVITED, { title: r.party.postingTitle, name: r.party.seekerName, applicationId: r.party.id });
    });
    return this.model(a, r);
  }

  async report(actor: Actor | null, input: ReportMessageInput): Promise<boolean> {
    const a = requireActor(actor);
    const reason = input.reason.trim();
    if (!reason) throw InvalidInputError.field('input.reason', 'validation.required');
    const msg = await queryRows<{ application_id: string; sender_user_id: string }>(this.ds.manager,
      `SELECT application_id, sender_user_id FROM message WHERE id = $1`, [input.messageId]);
    if (!msg[0]) throw new NotFoundError('message');
    let r: Reader;
    try {
      r = await this.reader(this.ds.manager, a, msg[0].application_id);
    } catch {
      throw new NotFoundError('message');
    }
    if (r.access === 'STAFF_SCOPE' || msg[0].sender_user_id === a.userId) throw new ForbiddenError();
    await this.ds.transaction(async (m) => {
      const rows = await queryRows(m, `INSERT INTO message_report (message_id, reporter_user_id, reason) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING RETURNING id`,
        [input.messageId, a.userId, reason]);
      if (!rows.length) throw new ConflictError('error.alreadyReported');
      await this.notifications.notify(m, await countyStaffIds(m, r.party.seekerCountyCode), NotificationKind.MESSAGE_REPORTED,
        { title: r.party.postingTitle, reason, applicationId: r.party.id });
    });
    return true;
  }

  async close(actor: Actor | null, input: CloseThreadInput): Promise<MessageThreadModel> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const reason = input.reason.trim();
    if (!reason) throw InvalidInputError.field('input.reason', 'validation.required');
    const r = await this.reader(this.ds.manager, a, input.applicationId);
    if (!this.canClose(a, r)) throw new ForbiddenError('error.outOfScope');
    await this.ds.transaction(async (m) => {
      await m.query(`INSERT INTO message_thread (application_id) VALUES ($1) ON CONFLICT DO NOTHING`, [r.party.id]);
      const rows = await queryRows(m,
        `UPDATE message_thread SET closed_at = now(), closed_by = $2, close_reason = $3 WHERE application_id = $1 AND closed_at IS NULL RETURNING 1`,
        [r.party.id, a.userId, reason]);
      if (!rows.length) throw new ConflictError('error.threadClosed');
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'message_thread', entityId: r.party.id, detail: { closed: true } }], m);
      const others = (await this.participants(m, r.party)).filter((u) => u !== a.userId);
      await this.notifications.notify(m, others, NotificationKind.THREAD_CLOSED, { title: r.party.postingTitle, reason, applicationId: r.party.id });
    });
    return this.model(a, r);
  }
}
