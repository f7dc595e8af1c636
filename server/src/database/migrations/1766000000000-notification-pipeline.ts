// One notification pipeline: the in-app row stays in `notification`; what must go out on the other channels is a
// `notification_delivery` row written in the same transaction (its status is the truth: workers move it with a
// conditional UPDATE, so nothing is sent twice). `message_log` keeps the exact text of every message sent out (the
// `log` transport writes only there). People choose channels per kind, may turn SMS off, and may reset a
// forgotten password with an SMS code (stored hashed). The job queue itself (pg-boss) makes its own schema.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationPipeline1766000000000 implements MigrationInterface {
  name = 'NotificationPipeline1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE notification_delivery (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      notification_id uuid REFERENCES notification(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      kind text NOT NULL,
      params jsonb NOT NULL DEFAULT '{}',
      event_id uuid,
      channel text NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
      status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED', 'DEFERRED')),
      attempts int NOT NULL DEFAULT 0,
      last_error text,
      provider_message_id text,
      not_before timestamptz,
      sent_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (notification_id, channel))`);
    await q.query(`CREATE INDEX notification_delivery_status_idx ON notification_delivery (status, created_at) WHERE status IN ('FAILED', 'PENDING', 'DEFERRED')`);
    await q.query(`CREATE INDEX notification_delivery_user_idx ON notification_delivery (user_id, created_at DESC)`);
    await q.query(`CREATE INDEX notification_delivery_event_idx ON notification_delivery (event_id, kind) WHERE event_id IS NOT NULL`);
    await q.query(`CREATE INDEX notification_event_idx ON notification (event_id, kind) WHERE event_id IS NOT NULL`);
    await q.query(`CREATE TABLE message_log (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      delivery_id uuid REFERENCES notification_delivery(id) ON DELETE SET NULL,
      user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
      channel text NOT NULL,
      transport text NOT NULL,
      recipient text NOT NULL,
      subject text,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX message_log_created_idx ON message_log (created_at DESC)`);
    await q.query(`COMMENT ON TABLE message_log IS 'Exactly what was sent (or, with the log transport, would have been sent) on SMS and email'`);
    await q.query(`CREATE TABLE notification_preference (
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      kind text NOT NULL,
      channels text[] NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, kind))`);
    await q.query(`CREATE TABLE sms_opt_out (
      user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
      opted_out_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`COMMENT ON TABLE sms_opt_out IS 'The person turned SMS off (reply keyword, signed link or account page); no SMS until they turn it on again'`);
    await q.query(`CREATE TABLE password_reset_code (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      code_hash text NOT NULL,
      attempts int NOT NULL DEFAULT 0,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX password_reset_code_user_idx ON password_reset_code (user_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_reset_code`);
    await q.query(`DROP TABLE sms_opt_out`);
    await q.query(`DROP TABLE notification_preference`);
    await q.query(`DROP TABLE message_log`);
    await q.query(`DROP INDEX notification_event_idx`);
    await q.query(`DROP TABLE notification_delivery`);
  }
}
