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
/** sends of one batch made at the same time (a provider's API answers in tens of milliseconds; the log channel at once) */
const SEND_SIDE_BY_SIDE = 8;
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

  /** The queue, for timed work (scheduled-work.service.ts). */
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

  /** A batch of jobs: their deliveries in one transaction; a job whose send failed (and may succeed later) is retried. */
  private async handle(jobs: Job<DeliveryJob>[]) {
    const limit = this.config.notify.retryLimit;
    const failed = await this.deliverBatch(jobs.map((j) => ({ id: j.data.deliveryId, lastTry: j.retryCount >= limit })));
    for (const job of jobs) {
      const e = failed.get(job.data.deliveryId);
      if (e) await this.boss!.fail(DELIVERY_QUEUE, { id: job.id, retryCount: job.retryCount }, { error: String(e).slice(0, ERROR_MAX) });
    }
  }

  /**
   * Sends the deliveries of a batch that are still to be sent, in one transaction: their rows locked (a row another
   * worker holds is left to it), the sends a few side by side, then every row's new state and the message log
   * written in a few statements. Returns the deliveries whose send failed and may succeed on a retry.
   */
  async deliverBatch(batch: Array<{ id: string; lastTry: boolean }>): Promise<Map<string, Error>> {
    const failures = new Map<string, Error>();
    if (!batch.length) return failures;
    const lastTry = new Map(batch.map((b) => [b.id, b.lastTry]));
    await this.ds.transaction(async (m) => {
      const rows = await queryRows<DeliveryRow>(m,
        `SELECT d.id, d.user_id, d.channel, d.status, d.kind, d.params, d.attempts, u.phone, u.email, u.locale, o.opted_out_at AS sms_opted_out_at
           FROM notification_delivery d JOIN app_user u ON u.id = d.user_id LEFT JOIN sms_opt_out o ON o.user_id = d.user_id
          WHERE d.id = ANY($1::uuid[]) AND d.status IN ('PENDING', 'DEFERRED') FOR UPDATE OF d SKIP LOCKED`, [batch.map((b) => b.id)]);
      // sent, skipped, failed for good, or another worker holds them: the rest are decided here
      const skipped: Array<[string, string]> = [];
      const deferred: Array<{ id: string; notBefore: Date }> = [];
      const toSend: Array<{ d: DeliveryRow; to: string }> = [];
      for (const d of rows) {
        const to = d.channel === 'SMS' ? d.phone : d.email;
        if (!to) skipped.push([d.id, `no ${d.channel === 'SMS' ? 'phone' : 'email'}`]);
        else if (d.channel === 'SMS' && d.sms_opted_out_at && d.kind !== 'PASSWORD_RESET') skipped.push([d.id, 'SMS turned off by the person']);
        else {
          // a reset code goes at once: the person is waiting for it
          const until = d.channel === 'SMS' && d.kind !== 'PASSWORD_RESET' ? smsDeferredUntil(d.kind, d.params, this.now()) : null;
          if (until) deferred.push({ id: d.id, notBefore: until });
          else toSend.push({ d, to });
        }
      }
      const sent: Array<{ d: DeliveryRow; to: string; transport: string; providerId: string | null; subject: string; text: string }> = [];
      const errors: Array<{ id: string; status: 'FAILED' | 'PENDING'; error: string }> = [];
      for (let i = 0; i < toSend.length; i += SEND_SIDE_BY_SIDE) {
        await Promise.all(toSend.slice(i, i + SEND_SIDE_BY_SIDE).map(async ({ d, to }) => {
          const msg = this.compose(d, to);
          const transport = this.transports[d.channel];
          try {
            sent.push({ d, to, transport: transport.name, providerId: await transport.send(msg), subject: msg.subject, text: msg.text });
          } catch (e) {
            const permanent = e instanceof PermanentDeliveryError || lastTry.get(d.id) === true;
            errors.push({ id: d.id, status: permanent ? 'FAILED' : 'PENDING', error: String(e instanceof Error ? e.message : e).slice(0, ERROR_MAX) });
            if (!permanent) failures.set(d.id, e instanceof Error ? e : new Error(String(e)));
          }
        }));
      }
      if (skipped.length) {
        await m.query(`UPDATE notification_delivery d SET status = 'SKIPPED', last_error = x.error, updated_at = now()
                         FROM unnest($1::uuid[], $2::text[]) AS x(id, error) WHERE d.id = x.id`, [skipped.map((x) => x[0]), skipped.map((x) => x[1])]);
      }
      if (deferred.length) {
        await m.query(`UPDATE notification_delivery d SET status = 'DEFERRED', not_before = x.not_before, updated_at = now()
                         FROM unnest($1::uuid[], $2::timestamptz[]) AS x(id, not_before) WHERE d.id = x.id`,
        [deferred.map((x) => x.id), deferred.map((x) => x.notBefore)]);
        await this.enqueue(m, deferred);
      }
      if (errors.length) {
        await m.query(`UPDATE notification_delivery d SET status = x.status, attempts = d.attempts + 1, last_error = x.error, updated_at = now()
                         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS x(id, status, error) WHERE d.id = x.id`,
        [errors.map((x) => x.id), errors.map((x) => x.status), errors.map((x) => x.error)]);
      }
      if (sent.length) {
        // a password-reset code is not kept once sent (its hash is in password_reset_code)
        await m.query(
          `UPDATE notification_delivery d SET status = 'SENT', attempts = d.attempts + 1, sent_at = now(), provider_message_id = x.provider_id, last_error = NULL,
                  params = CASE WHEN d.kind = 'PASSWORD_RESET' THEN '{}'::jsonb ELSE d.params END, updated_at = now()
             FROM unnest($1::uuid[], $2::text[]) AS x(id, provider_id) WHERE d.id = x.id`,
          [sent.map((x) => x.d.id), sent.map((x) => x.providerId)]);
        await m.query(
          `INSERT INTO message_log (delivery_id, user_id, channel, transport, recipient, subject, body)
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
          [sent.map((x) => x.d.id), sent.map((x) => x.d.user_id), sent.map((x) => x.d.channel), sent.map((x) => x.transport),
            sent.map((x) => x.to), sent.map((x) => x.subject), sent.map((x) => x.text)]);
      }
    });
    return failures;
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
