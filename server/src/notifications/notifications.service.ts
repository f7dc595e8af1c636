// One notification pipeline: notify() writes the in-app rows and, for each recipient and each channel they take
// for this kind (their choice, or the kind's default; SMS only with a phone and not turned off, email only with
// an address), a delivery row and its job, all in the caller's transaction. Workers deliver (delivery.service.ts).
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { isStaff, staffCovers } from '../auth/actor.js';
import { requireActor } from '../auth/auth.service.js';
import { AuditService } from '../auth/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Role } from '../common/domain.js';
import { FieldProblems, ForbiddenError, NotFoundError } from '../common/errors.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { queryRows } from '../database/sql.js';
import { defaultChannels, kindsFor, NotificationChannel, NotificationKind } from './notification-kind.js';
import { Notification } from './notification.entity.js';
import { DeliveryService } from './delivery.service.js';

export { notificationText } from './notification-text.js';

export interface PreferenceRow { kind: NotificationKind; channels: NotificationChannel[]; isDefault: boolean }
export interface MyPreferences { hasPhone: boolean; hasEmail: boolean; smsOff: boolean; items: PreferenceRow[] }
export interface DeliveryCount { channel: string; status: string; count: number }
export interface Unreached { userId: string; name: string | null; phone: string | null; role: string }

/** The family name and 某 (王小明 → 王某): enough to recognise whom to call, not a full name to hand around. */
function maskPersonName(name: string | null | undefined): string | null {
  const n = name?.trim();
  if (!n) return null;
  const first = [...n][0];
  return /\p{Script=Han}/u.test(first) ? `${first}某` : `${first}.`;
}

export function maskPhone(phone: string | null): string | null {
  return phone ? phone.replace(/^(\d{3})\d+(\d{4})$/, '$1****$2') : null;
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly delivery: DeliveryService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  async notify(m: EntityManager, userIds: string[], kind: NotificationKind, params: Record<string, string | number>, eventId?: string | null) {
    if (!userIds.length) return;
    const rows = await queryRows<{ id: string; not_before: Date | null }>(m,
      `WITH n AS (
         INSERT INTO notification (user_id, kind, params, event_id) SELECT u, $2, $3::jsonb, $4 FROM unnest($1::uuid[]) AS u
         RETURNING id, user_id)
       INSERT INTO notification_delivery (notification_id, user_id, channel, kind, params, event_id)
       SELECT n.id, n.user_id, c.channel, $2, $3::jsonb, $4
         FROM n JOIN app_user u ON u.id = n.user_id
         CROSS JOIN (VALUES ('SMS'), ('EMAIL')) AS c(channel)
         LEFT JOIN notification_preference p ON p.user_id = n.user_id AND p.kind = $2
        WHERE u.disabled_at IS NULL
          AND c.channel = ANY(COALESCE(p.channels, $5::text[]))
          AND (c.channel <> 'SMS' OR (u.phone IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sms_opt_out o WHERE o.user_id = n.user_id)))
          AND (c.channel <> 'EMAIL' OR u.email IS NOT NULL)
       RETURNING id, not_before`,
      [userIds, kind, JSON.stringify(params), eventId ?? null, defaultChannels(kind)]);
    await this.delivery.enqueue(m, rows.map((r) => ({ id: r.id, notBefore: r.not_before })));
  }

  /** A message on one channel that is not a notice (a password-reset code): no in-app row. */
  async sendDirect(m: EntityManager, userId: string, channel: NotificationChannel, kind: string, params: Record<string, string | number>) {
    const rows = await queryRows<{ id: string }>(m,
      `INSERT INTO notification_delivery (user_id, channel, kind, params) VALUES ($1, $2, $3, $4::jsonb) RETURNING id`,
      [userId, channel, kind, JSON.stringify(params)]);
    await this.delivery.enqueue(m, rows);
  }

  async mine(actor: Actor | null, unreadOnly: boolean, pageInput?: PageInput): Promise<Page<Notification> & { unread: number }> {
    const a = requireActor(actor);
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const repo = this.ds.getRepository(Notification);
    const [items, total] = await repo.findAndCount({
      where: { userId: a.userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' }, skip: offset, take: limit,
    });
    const unread = await repo.countBy({ userId: a.userId, readAt: IsNull() });
    return { items, total, page, pageSize, unread };
  }

  async markRead(actor: Actor | null, id: string | null): Promise<number> {
    const a = requireActor(actor);
    const res = await this.ds.createQueryBuilder().update(Notification).set({ readAt: () => 'now()' })
      .where('user_id = :u AND read_at IS NULL', { u: a.userId })
      .andWhere(id ? 'id = :id' : 'true', { id })
      .execute();
    if (id && !res.affected) {
      const exists = await this.ds.getRepository(Notification).existsBy({ id, userId: a.userId });
      if (!exists) throw new NotFoundError('notification');
    }
    return res.affected ?? 0;
  }

  // ---- preferences

  async preferencesOf(userId: string, m: EntityManager | DataSource = this.ds): Promise<MyPreferences> {
    const [u] = await queryRows<{ role: Role; phone: string | null; email: string | null; sms_opted_out_at: Date | null }>(m,
      `SELECT u.role, u.phone, u.email, o.opted_out_at AS sms_opted_out_at FROM app_user u LEFT JOIN sms_opt_out o ON o.user_id = u.id WHERE u.id = $1`, [userId]);
    if (!u) throw new NotFoundError('user');
    const chosen = new Map((await queryRows<{ kind: string; channels: NotificationChannel[] }>(m,
      `SELECT kind, channels FROM notification_preference WHERE user_id = $1`, [userId])).map((r) => [r.kind, r.channels]));
    // the kinds a person of their role receives (notification-kind.ts)
    const items = kindsFor(u.role).map((kind) => {
      const c = chosen.get(kind);
      return { kind, channels: c ?? defaultChannels(kind), isDefault: !c };
    });
    return { hasPhone: !!u.phone, hasEmail: !!u.email, smsOff: !!u.sms_opted_out_at, items };
  }

  myPreferences(actor: Actor | null): Promise<MyPreferences> {
    return this.preferencesOf(requireActor(actor).userId);
  }

  async updatePreferences(actor: Actor | null, items: Array<{ kind: string; channels: string[] }>, smsOff?: boolean | null): Promise<MyPreferences> {
    const a = requireActor(actor);
    const current = await this.preferencesOf(a.userId);
    const kinds = new Set<string>(Object.values(NotificationKind));
    const channels = new Set<string>(Object.values(NotificationChannel));
    const p = new FieldProblems();
    items.forEach((it, i) => {
      p.check(kinds.has(it.kind), `input.items.${i}.kind`, 'validation.unknownNotificationKind', { kind: it.kind });
      it.channels.forEach((c, j) => p.check(channels.has(c), `input.items.${i}.channels.${j}`, 'validation.unknownField', { name: c }));
      p.check(current.hasPhone || !it.channels.includes('SMS'), `input.items.${i}.channels`, 'validation.channelNeedsPhone');
      p.check(current.hasEmail || !it.channels.includes('EMAIL'), `input.items.${i}.channels`, 'validation.channelNeedsEmail');
    });
    p.check(smsOff == null || smsOff || current.hasPhone, 'input.smsOff', 'validation.channelNeedsPhone');
    p.throwIfAny();
    await this.ds.transaction(async (m) => {
      for (const it of items) {
        await m.query(
          `INSERT INTO notification_preference (user_id, kind, channels) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, kind) DO UPDATE SET channels = EXCLUDED.channels, updated_at = now()`,
          [a.userId, it.kind, [...new Set(it.channels)]]);
      }
      if (smsOff) await m.query(`INSERT INTO sms_opt_out (user_id) VALUES ($1) ON CONFLICT DO NOTHING`, [a.userId]);
      else if (smsOff === false) await m.query(`DELETE FROM sms_opt_out WHERE user_id = $1`, [a.userId]);
    });
    return this.preferencesOf(a.userId);
  }

  /** Staff serving a seeker see (not change) the seeker's choices; the read is audit-logged. */
  async seekerPreferences(actor: Actor | null, seekerId: string): Promise<MyPreferences> {
    const a = requireActor(actor);
    if (!isStaff(a)) throw new ForbiddenError('error.forbidden');
    const [s] = await queryRows<{ user_id: string | null; county_code: string | null }>(this.ds,
      `SELECT user_id, county_code FROM seeker_profile WHERE id = $1`, [seekerId]);
    if (!s) throw new NotFoundError('seeker');
    if (!staffCovers(a, s.county_code)) throw new ForbiddenError('error.outOfScope');
    if (!s.user_id) return { hasPhone: false, hasEmail: false, smsOff: false, items: [] };
    await this.audit.record(a, [{ action: 'READ_SENSITIVE', entity: 'seeker', entityId: seekerId, field: 'notificationPreferences', purpose: 'CASEWORK' }]);
    return this.preferencesOf(s.user_id);
  }

  /** SMS off by the provider's uplink (a reply such as TD or 退订) or by the signed link in an SMS. */
  async smsOffByPhone(phone: string): Promise<number> {
    const u = await this.auth.activeUserByPhone(phone);
    if (!u) return 0;
    await this.smsOffByUser(u.id);
    return 1;
  }

  async smsOffByUser(userId: string): Promise<void> {
    await this.ds.query(`INSERT INTO sms_opt_out (user_id) VALUES ($1) ON CONFLICT DO NOTHING`, [userId]);
  }

  // ---- what was sent, what failed (staff and administrators)

  private requireStaff(actor: Actor | null): Actor {
    const a = requireActor(actor);
    if (!isStaff(a)) throw new ForbiddenError('error.forbidden');
    return a;
  }

  /**
   * The county a recipient belongs to, as SQL on a user id: a seeker's county, else their organization's, else the
   * county a staff member serves. County staff see the messages and failed deliveries of their county's people only
   * (what was sent names people, fairs and employers); city staff and administrators see all ($n IS NULL).
   */
  private static inScope(userId: string, param: string): string {
    return `(${param}::text IS NULL OR COALESCE(
      (SELECT sp.county_code FROM seeker_profile sp WHERE sp.user_id = ${userId}),
      (SELECT o.county_code FROM organization_member om JOIN organization o ON o.id = om.organization_id WHERE om.user_id = ${userId} LIMIT 1),
      (SELECT su.scope_county_code FROM app_user su WHERE su.id = ${userId})) = ${param})`;
  }

  /** The county staff see (null: the whole city). */
  private static scopeOf(a: Actor): string | null {
    return a.role === Role.STAFF ? a.scopeCountyCode : null;
  }

  /** The message log: exactly the text sent; the recipient shown masked (the code of a password reset too); county staff see their county's. */
  async messageLog(actor: Actor | null, pageInput?: PageInput) {
    const scope = NotificationsService.scopeOf(this.requireStaff(actor));
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const where = NotificationsService.inScope('l.user_id', '$1');
    const items = await queryRows<{ id: string; channel: string; transport: string; recipient: string; subject: string | null; body: string; created_at: Date; kind: string | null }>(this.ds,
      `SELECT l.id, l.channel, l.transport, l.recipient, l.subject, l.body, l.created_at, d.kind
         FROM message_log l LEFT JOIN notification_delivery d ON d.id = l.delivery_id
        WHERE ${where} ORDER BY l.created_at DESC, l.id LIMIT $2 OFFSET $3`, [scope, limit, offset]);
    const [{ count }] = await queryRows<{ count: number }>(this.ds, `SELECT count(*)::int AS count FROM message_log l WHERE ${where}`, [scope]);
    return {
      total: count, page, pageSize,
      items: items.map((r) => ({
        id: r.id, channel: r.channel, transport: r.transport, createdAt: r.created_at, subject: r.subject, kind: r.kind,
        recipient: r.channel === 'SMS' ? maskPhone(r.recipient)! : r.recipient.replace(/^(.).*(@.*)$/, '$1***$2'),
        body: r.kind === 'PASSWORD_RESET' ? r.body.replace(/\d{6}/g, '******') : r.body,
      })),
    };
  }

  async failedDeliveries(actor: Actor | null, pageInput?: PageInput) {
    const scope = NotificationsService.scopeOf(this.requireStaff(actor));
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const where = `d.status = 'FAILED' AND ${NotificationsService.inScope('d.user_id', '$1')}`;
    const items = await queryRows<{ id: string; channel: string; kind: string; attempts: number; last_error: string | null; updated_at: Date; display_name: string; phone: string | null }>(this.ds,
      `SELECT d.id, d.channel, d.kind, d.attempts, d.last_error, d.updated_at, u.display_name, u.phone
         FROM notification_delivery d JOIN app_user u ON u.id = d.user_id
        WHERE ${where} ORDER BY d.updated_at DESC, d.id LIMIT $2 OFFSET $3`, [scope, limit, offset]);
    const [{ count }] = await queryRows<{ count: number }>(this.ds, `SELECT count(*)::int AS count FROM notification_delivery d WHERE ${where}`, [scope]);
    return {
      total: count, page, pageSize,
      items: items.map((r) => ({
        id: r.id, channel: r.channel, kind: r.kind, attempts: r.attempts, lastError: r.last_error, updatedAt: r.updated_at,
        recipientName: maskPersonName(r.display_name) ?? '', recipientPhone: maskPhone(r.phone),
      })),
    };
  }

  async retryDelivery(actor: Actor | null, id: string): Promise<boolean> {
    const a = this.requireStaff(actor);
    const [d] = await queryRows<{ in_scope: boolean }>(this.ds,
      `SELECT ${NotificationsService.inScope('d.user_id', '$2')} AS in_scope FROM notification_delivery d WHERE d.id = $1`, [id, NotificationsService.scopeOf(a)]);
    if (!d) throw new NotFoundError('notification');
    if (!d.in_scope) throw new ForbiddenError('error.outOfScope');
    const ok = await this.delivery.retry(id);
    if (!ok) throw new NotFoundError('notification');
    await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'notification_delivery', entityId: id, detail: { retry: true } }]);
    return true;
  }

  /**
   * For a message to many people about an event (the cancellation by default): how many were delivered by which
   * channel, and who was not reached on any channel but the in-app list (masked name and phone, to call them;
   * the read is audit-logged).
   */
  async eventDeliveryReport(actor: Actor | null, eventId: string, kind: NotificationKind = NotificationKind.EVENT_CANCELLED) {
    const a = this.requireStaff(actor);
    const [e] = await queryRows<{ county_code: string | null }>(this.ds, `SELECT county_code FROM recruitment_event WHERE id = $1`, [eventId]);
    if (!e) throw new NotFoundError('event');
    if (!staffCovers(a, e.county_code)) throw new ForbiddenError('error.outOfScope');
    const [{ recipients }] = await queryRows<{ recipients: number }>(this.ds,
      `SELECT count(DISTINCT user_id)::int AS recipients FROM notification WHERE event_id = $1 AND kind = $2`, [eventId, kind]);
    const counts = await queryRows<DeliveryCount>(this.ds,
      `SELECT channel, status, count(*)::int AS count FROM notification_delivery WHERE event_id = $1 AND kind = $2 GROUP BY channel, status ORDER BY channel, status`,
      [eventId, kind]);
    const unreached = await queryRows<{ user_id: string; display_name: string; phone: string | null; role: string }>(this.ds,
      `SELECT u.id AS user_id, u.display_name, u.phone, u.role FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.event_id = $1 AND n.kind = $2
          AND NOT EXISTS (SELECT 1 FROM notification_delivery d WHERE d.notification_id = n.id AND d.status = 'SENT')
        ORDER BY u.display_name, u.id LIMIT 500`, [eventId, kind]);
    if (unreached.length) {
      await this.audit.record(a, [{ action: 'READ_SENSITIVE', entity: 'event', entityId: eventId, field: 'unreachedPhones', detail: { count: unreached.length } }]);
    }
    return {
      kind, recipients, counts,
      unreached: unreached.map((u) => ({ userId: u.user_id, name: maskPersonName(u.display_name), phone: u.phone, role: u.role })),
    };
  }
}
