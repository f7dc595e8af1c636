// Delivery on SMS and email: workers on a PostgreSQL job queue (pg-boss, in its own schema `pgboss`), shared by
// every server instance. notify() writes a delivery row and its job in the caller's transaction; a worker sends
// it. The delivery row's status is the truth: the worker locks the row (FOR UPDATE SKIP LOCKED), sends only a
// PENDING or DEFERRED one and marks it SENT in the same transaction that writes the message log, so a job run
// twice sends once. A provider failure leaves the row PENDING with its error and throws: pg-boss retries with
// exponential backoff; after the last try the row is FAILED and listed for staff (who can retry it).
import { createHmac } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PgBoss, type Job, type Db as IDatabase } from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { translate } from '../common/messages.js';
import type { Locale } from '../common/request-context.js';
import { queryRows } from '../database/sql.js';
import { smsDeferredUntil } from './quiet-hours.js';
import { notificationText, formatParams } from './notification-text.js';
import { PermanentDeliveryError, transportsFor, type OutwardChannel, type Transport } from './transports.js';

export const DELIVERY_QUEUE = 'notification-delivery';
/** deliveries of one batch sent at the same time by one worker (the pool has 20 connections; four workers) */
const SEND_SIDE_BY_SIDE = 4;
const ERROR_MAX = 500;

interface DeliveryJob { deliveryId: string }

interface DeliveryRow {
  id: string; user_id: string; channel: OutwardChannel; status: string; kind: string; params: Record<string, string | number>;
  phone: string | null; email: string | null; locale: string; sms_opted_out_at: Date | null; attempts: number;
}

/** pg-boss's statements on a TypeORM connection: the pool's, or the caller's transaction's. */
function poolDb(pool: Pool): IDatabase {
  return { executeSql: (text, values) => pool.query(text, values as unknown[]) };
}

async function transactionDb(m: EntityManager): Promise<IDatabase> {
  const client = (await m.queryRunner!.connect()) as { query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };
  return { executeSql: (text, values) => client.query(text, values as unknown[]) };
}

export function smsOffSignature(dataKey: Buffer, userId: string): string {
  return createHmac('sha256', dataKey).update(`sms-off:${userId}`).digest('base64url').slice(0, 22);
}

@Injectable()
export class DeliveryService implements OnApplicationBootstrap, OnModuleDestroy {
  private boss: PgBoss | undefined;
  private started: Promise<void> | undefined;
  private readonly transports: Record<OutwardChannel, Transport>;
  private readonly logger = new Logger('NotificationDelivery');

  constructor(private readonly ds: DataSource, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transports = transportsFor(config);
  }

  now(): Date {
    return this.config.notify.fixedNow ?? new Date();
  }

  /** The queue starts with the server (its schema is made or migrated on the first start); workers if configured. */
  async onApplicationBootstrap() {
    await this.ready();
  }

  ready(): Promise<void> {
    this.started ??= this.start();
    return this.started;
  }

  private async start() {
    const pool = (this.ds.driver as unknown as { master: Pool }).master;
    const boss = new PgBoss({ db: poolDb(pool), schema: 'pgboss', schedule: true, supervise: true, migrate: true, registerInstance: false });
    boss.on('error', (e: unknown) => this.logger.warn(`job queue: ${String(e)}`));
    await boss.start();
    const n = this.config.notify;
    const options = { retryLimit: n.retryLimit, retryDelay: n.retryDelaySeconds, retryBackoff: true, retryDelayMax: n.retryDelayMaxSeconds, expireInSeconds: 300 };
    if (!(await boss.getQueue(DELIVERY_QUEUE))) await boss.createQueue(DELIVERY_QUEUE, options);
    else await boss.updateQueue(DELIVERY_QUEUE, options);
    this.boss = boss;
    if (n.workers) {
      // a full batch means more is waiting: fetch again at once (a fair cancelled for thousands goes out in one burst)
      await boss.work<DeliveryJob>(DELIVERY_QUEUE, { batchSize: n.batchSize, pollingIntervalSeconds: n.pollSeconds, burstWhenBatchFull: true, localConcurrency: n.concurrency },
        (jobs) => this.handle(jobs));
    }
  }

  async onModuleDestroy() {
    await this.boss?.stop({ graceful: true, timeout: 5000, close: false });
    for (const t of Object.values(this.transports)) await t.close?.();
  }

  /** The queue, for other timed work (the event reminders, the integrity checks). */
  async queue(): Promise<PgBoss> {
    await this.ready();
    return this.boss!;
  }

  /** Jobs for new delivery rows, in the caller's transaction: they exist if and only if the change commits. */
  async enqueue(m: EntityManager, deliveries: Array<{ id: string; notBefore?: Date | null }>) {
    if (!deliveries.length) return;
    const boss = await this.queue();
    const db = await transactionDb(m);
    for (let i = 0; i < deliveries.length; i += 5000) {
      await boss.insert(DELIVERY_QUEUE, deliveries.slice(i, i + 5000).map((d) => ({
        data: { deliveryId: d.id }, ...(d.notBefore ? { startAfter: d.notBefore } : {}),
      })), { db });
    }
  }

  /** Staff's retry of a FAILED delivery: back to PENDING and a new job; false when it is not FAILED any more. */
  async retry(id: string): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const rows = await queryRows<{ id: string }>(m,
        `UPDATE notification_delivery SET status = 'PENDING', attempts = 0, updated_at = now() WHERE id = $1 AND status = 'FAILED' RETURNING id`, [id]);
      if (!rows.length) return false;
      await this.enqueue(m, [{ id }]);
      return true;
    });
  }

  /** A batch's deliveries go side by side (each its own transaction and send), a few at a time per worker. */
  private async handle(jobs: Job<DeliveryJob>[]) {
    const boss = this.boss!;
    const one = async (job: Job<DeliveryJob>) => {
      try {
        await this.deliver(job.data.deliveryId, job.retryCount >= this.config.notify.retryLimit);
      } catch (e) {
        await boss.fail(DELIVERY_QUEUE, { id: job.id, retryCount: job.retryCount }, { error: String(e).slice(0, ERROR_MAX) });
      }
    };
    for (let i = 0; i < jobs.length; i += SEND_SIDE_BY_SIDE) await Promise.all(jobs.slice(i, i + SEND_SIDE_BY_SIDE).map(one));
  }

  /**
   * Sends one delivery if it is still to be sent. Throws on a failure that a retry may mend (the job is retried);
   * lastTry: the queue will not retry, so a failure makes the row FAILED.
   */
  async deliver(id: string, lastTry = false): Promise<void> {
    let failure: Error | undefined;
    await this.ds.transaction(async (m) => {
      const [d] = await queryRows<DeliveryRow>(m,
        `SELECT d.id, d.user_id, d.channel, d.status, d.kind, d.params, d.attempts, u.phone, u.email, u.locale, o.opted_out_at AS sms_opted_out_at
           FROM notification_delivery d JOIN app_user u ON u.id = d.user_id LEFT JOIN sms_opt_out o ON o.user_id = d.user_id
          WHERE d.id = $1 AND d.status IN ('PENDING', 'DEFERRED') FOR UPDATE OF d SKIP LOCKED`, [id]);
      if (!d) return; // sent, skipped, failed for good, or another worker holds it
      const to = d.channel === 'SMS' ? d.phone : d.email;
      if (!to || (d.channel === 'SMS' && d.sms_opted_out_at && d.kind !== 'PASSWORD_RESET')) {
        await m.query(`UPDATE notification_delivery SET status = 'SKIPPED', last_error = $2, updated_at = now() WHERE id = $1`,
          [id, !to ? `no ${d.channel === 'SMS' ? 'phone' : 'email'}` : 'SMS turned off by the person']);
        return;
      }
      // a reset code goes at once: the person is waiting for it
      if (d.channel === 'SMS' && d.kind !== 'PASSWORD_RESET') {
        const until = smsDeferredUntil(d.kind, d.params, this.now());
        if (until) {
          await m.query(`UPDATE notification_delivery SET status = 'DEFERRED', not_before = $2, updated_at = now() WHERE id = $1`, [id, until]);
          await this.enqueue(m, [{ id, notBefore: until }]);
          return;
        }
      }
      const msg = this.compose(d, to);
      const transport = this.transports[d.channel];
      let providerId: string | null;
      try {
        providerId = await transport.send(msg);
      } catch (e) {
        const permanent = e instanceof PermanentDeliveryError || lastTry;
        await m.query(
          `UPDATE notification_delivery SET status = $2, attempts = attempts + 1, last_error = $3, updated_at = now() WHERE id = $1`,
          [id, permanent ? 'FAILED' : 'PENDING', String(e instanceof Error ? e.message : e).slice(0, ERROR_MAX)]);
        if (!permanent) failure = e instanceof Error ? e : new Error(String(e));
        return;
      }
      // a password-reset code is not kept once sent (its hash is in password_reset_code)
      await m.query(
        `UPDATE notification_delivery SET status = 'SENT', attempts = attempts + 1, sent_at = now(), provider_message_id = $2, last_error = NULL,
                params = CASE WHEN kind = 'PASSWORD_RESET' THEN '{}'::jsonb ELSE params END, updated_at = now() WHERE id = $1`,
        [id, providerId]);
      await m.query(`INSERT INTO message_log (delivery_id, user_id, channel, transport, recipient, subject, body) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
        [id, d.user_id, d.channel, transport.name, to, msg.subject, msg.text]);
    });
    if (failure) throw failure;
  }

  private compose(d: DeliveryRow, to: string) {
    const locale: Locale = d.locale === 'en' ? 'en' : 'zh-CN';
    const { title, body } = notificationText({ kind: d.kind, params: d.params }, locale);
    const base = this.config.notify.publicUrl;
    const path = typeof d.params.path === 'string' && d.params.path.startsWith('/') ? d.params.path : d.kind === 'PASSWORD_RESET' ? '/reset-password' : '/notifications';
    const link = `${base}${path}`;
    let text: string;
    if (d.channel === 'SMS') {
      const off = `${base}/api/notifications/sms-off?u=${d.user_id}&s=${smsOffSignature(this.config.dataKey, d.user_id)}`;
      text = d.kind === 'PASSWORD_RESET' ? `【${this.config.notify.sms.signName}】${body}`
        : `【${this.config.notify.sms.signName}】${title}：${body} ${link} ${translate('notify.smsOff', { link: off }, locale)}`;
    } else {
      text = `${body}\n\n${link}\n\n${translate('notify.emailFooter', {}, locale)}`;
    }
    const params = Object.fromEntries(Object.entries(formatParams(d.params, locale)).map(([k, v]) => [k, String(v)]));
    return { channel: d.channel, to, kind: d.kind, subject: title, text, params };
  }
}
