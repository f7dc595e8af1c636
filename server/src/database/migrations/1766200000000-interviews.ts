// Interviews proposed by employers (time in China time, place with its access or an online link, accommodations
// confirmed one by one), the federation's service-request queue (sign-language interpreters), and the text
// thread per application (read state, staff the seeker invited, abuse reports, closing by staff).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Interviews1766200000000 implements MigrationInterface {
  name = 'Interviews1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE interview (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES application(id),
        starts_at timestamptz NOT NULL,
        duration_minutes smallint NOT NULL CHECK (duration_minutes BETWEEN 10 AND 480),
        mode text NOT NULL CHECK (mode IN ('IN_PERSON','ONLINE')),
        place text NOT NULL DEFAULT '',
        access_features text[] NOT NULL DEFAULT '{}',
        access_note text NOT NULL DEFAULT '',
        online_url text,
        contact text NOT NULL,
        message text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED','ACCEPTED','NEW_TIME_ASKED','CANCELLED','DONE')),
        seeker_note text,
        cancel_reason text,
        outcome text CHECK (outcome IN ('ATTENDED','NO_SHOW','RESCHEDULED','CANCELLED')),
        outcome_note text,
        reminded_at timestamptz,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (mode = 'ONLINE' AND online_url IS NOT NULL OR mode = 'IN_PERSON' AND place <> '')
      )`);
    await q.query(`CREATE UNIQUE INDEX interview_one_open ON interview (application_id) WHERE status IN ('PROPOSED','ACCEPTED','NEW_TIME_ASKED')`);
    await q.query(`CREATE INDEX interview_starts ON interview (starts_at) WHERE status IN ('PROPOSED','ACCEPTED','NEW_TIME_ASKED')`);
    await q.query(`
      CREATE TABLE interview_accommodation (
        interview_id uuid NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
        accommodation text NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CONFIRMED','DECLINED')),
        arrangement text NOT NULL DEFAULT '',
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (interview_id, accommodation),
        CHECK (status <> 'DECLINED' OR arrangement <> '')
      )`);
    await q.query(`
      CREATE TABLE service_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('SIGN_LANGUAGE_INTERPRETER')),
        seeker_id uuid NOT NULL REFERENCES seeker_profile(id),
        county_code varchar(6) NOT NULL,
        interview_id uuid REFERENCES interview(id),
        note text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','ARRANGED','DECLINED')),
        requested_by uuid NOT NULL REFERENCES app_user(id),
        handled_by uuid REFERENCES app_user(id),
        handled_note text,
        handled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX service_request_one_open ON service_request (interview_id, kind) WHERE status = 'OPEN'`);
    await q.query(`CREATE INDEX service_request_queue ON service_request (county_code, created_at) WHERE status = 'OPEN'`);
    await q.query(`
      CREATE TABLE message_thread (
        application_id uuid PRIMARY KEY REFERENCES application(id),
        closed_at timestamptz,
        closed_by uuid REFERENCES app_user(id),
        close_reason text
      )`);
    await q.query(`
      CREATE TABLE message_thread_staff (
        application_id uuid NOT NULL REFERENCES application(id),
        staff_user_id uuid NOT NULL REFERENCES app_user(id),
        invited_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (application_id, staff_user_id)
      )`);
    await q.query(`
      CREATE TABLE message (
        id bigserial PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES application(id),
        sender_user_id uuid NOT NULL REFERENCES app_user(id),
        sender_role text NOT NULL,
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 1000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX message_thread_order ON message (application_id, id)`);
    await q.query(`
      CREATE TABLE message_read (
        application_id uuid NOT NULL REFERENCES application(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        last_read_id bigint NOT NULL,
        PRIMARY KEY (application_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE message_report (
        id bigserial PRIMARY KEY,
        message_id bigint NOT NULL REFERENCES message(id),
        reporter_user_id uuid NOT NULL REFERENCES app_user(id),
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (message_id, reporter_user_id)
      )`);
    await q.query(`COMMENT ON TABLE service_request IS 'The federation''s queue of requested services (sign-language interpreters for interviews), per county'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE message_report, message_read, message, message_thread_staff, message_thread, service_request, interview_accommodation, interview`);
  }
}
