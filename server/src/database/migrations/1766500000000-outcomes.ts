// Outcomes (issue 15): follow-ups of every placement (staff records, the employer's and the person's check-in
// answers) and the yearly facts of a placement that quota review needs (months with social insurance paid).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Outcomes1766500000000 implements MigrationInterface {
  name = 'Outcomes1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE placement_follow_up (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        placement_id  uuid NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
        month         smallint NOT NULL CHECK (month BETWEEN 1 AND 36),
        status        text NOT NULL CHECK (status IN ('EMPLOYED','LEFT','UNREACHABLE')),
        source        text NOT NULL CHECK (source IN ('STAFF','EMPLOYER','SEEKER')),
        checked_on    date NOT NULL,
        left_on       date,
        note          text NOT NULL DEFAULT '',
        recorded_by   uuid REFERENCES app_user(id),
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT placement_follow_up_one_answer UNIQUE (placement_id, month, source),
        CONSTRAINT placement_follow_up_left_on CHECK ((status = 'LEFT') = (left_on IS NOT NULL))
      )`);
    await q.query(`COMMENT ON TABLE placement_follow_up IS 'Is the person still in this job at month N after the start? One answer per month and source (a later answer replaces it)'`);
    await q.query(`CREATE INDEX placement_follow_up_employed_idx ON placement_follow_up (placement_id, month) WHERE status = 'EMPLOYED'`);
    await q.query(`CREATE INDEX placement_follow_up_left_idx ON placement_follow_up (placement_id, left_on) WHERE status = 'LEFT'`);
    // the check-in run: one row per placement and month, written before the notices in the same transaction; the
    // primary key makes a second run (or a second instance) skip what was sent
    await q.query(`
      CREATE TABLE placement_check_in (
        placement_id  uuid NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
        month         smallint NOT NULL CHECK (month BETWEEN 1 AND 36),
        sent_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (placement_id, month)
      )`);
    await q.query(`COMMENT ON TABLE placement_check_in IS 'Check-in notices ("still working here?") sent to the person and the employer, once per placement and month'`);
    // retention's cohort (genuine placements by start date) and the funnel's steps in a period
    // genuine placements by start date: placement_genuine_start_idx (migration 1766520000000, which covers more columns)
    await q.query(`CREATE INDEX placement_open_start_idx ON placement (start_date) WHERE excluded_at IS NULL AND end_date IS NULL`);
    await q.query(`CREATE INDEX application_created_idx ON application (created_at, seeker_id)`);
    await q.query(`CREATE INDEX application_change_interview_idx ON application_status_change (created_at, application_id) WHERE to_status = 'INTERVIEW'`);
    await q.query(`CREATE INDEX interview_created_idx ON interview (created_at, application_id)`);
    await q.query(`CREATE INDEX user_session_created_idx ON user_session (created_at, user_id)`);
    await q.query(`CREATE INDEX event_registration_created_idx ON event_registration (created_at, seeker_id)`);
    await q.query(`CREATE INDEX service_record_date_idx ON service_record (service_date, seeker_id)`);
    await q.query(`CREATE INDEX seeker_profile_created_idx ON seeker_profile (created_at)`);
    // retention's breakdown by disability category and level: an index-only look-up per placement, not the whole table
    await q.query(`CREATE INDEX seeker_profile_disability_idx ON seeker_profile (id) INCLUDE (category, level)`);
    await q.query(`
      CREATE TABLE placement_year_fact (
        placement_id       uuid NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
        year               smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        insurance_months   smallint NOT NULL CHECK (insurance_months BETWEEN 0 AND 12),
        recorded_by        uuid REFERENCES app_user(id),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (placement_id, year)
      )`);
    await q.query(`COMMENT ON TABLE placement_year_fact IS 'Per placement and year: months with social insurance paid (the employer states it for quota review)'`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const i of ['placement_open_start_idx', 'application_created_idx', 'application_change_interview_idx',
      'interview_created_idx', 'user_session_created_idx', 'event_registration_created_idx', 'service_record_date_idx', 'seeker_profile_created_idx', 'seeker_profile_disability_idx']) {
      await q.query(`DROP INDEX IF EXISTS ${i}`);
    }
    await q.query(`DROP TABLE placement_check_in`);
    await q.query(`DROP TABLE placement_year_fact`);
    await q.query(`DROP TABLE placement_follow_up`);
  }
}
