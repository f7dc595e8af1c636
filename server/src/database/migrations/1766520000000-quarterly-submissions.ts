// Quarterly submissions and their versions (issue 15): a county signs the quarter's report, the city returns it with
// a reason, a correction or a resubmission is a new version. Plus the indexes the outcome figures read by.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuarterlySubmissions1766520000000 implements MigrationInterface {
  name = 'QuarterlySubmissions1766520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE quarterly_submission (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        county_code    text NOT NULL,
        year           smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        quarter        smallint NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        version        smallint NOT NULL CHECK (version >= 1),
        status         text NOT NULL CHECK (status IN ('SUBMITTED','RETURNED')),
        figures        jsonb NOT NULL,
        signed_by      uuid NOT NULL REFERENCES app_user(id),
        signer_name    text NOT NULL,
        submitted_at   timestamptz NOT NULL DEFAULT now(),
        returned_by    uuid REFERENCES app_user(id),
        returned_at    timestamptz,
        return_reason  text,
        CONSTRAINT quarterly_submission_one_version UNIQUE (county_code, year, quarter, version),
        CONSTRAINT quarterly_submission_returned CHECK ((status = 'RETURNED') = (return_reason IS NOT NULL AND returned_at IS NOT NULL))
      )`);
    await q.query(`COMMENT ON TABLE quarterly_submission IS 'A county''s signed quarterly report: the figures frozen as signed (jsonb [{key, value}]), one row per version'`);
    await q.query(`CREATE INDEX quarterly_submission_quarter_idx ON quarterly_submission (year, quarter, county_code, version DESC)`);
    // the outcome figures: people served in a period (fair check-ins by person), people in a priority group, and the
    // placements started in a year
    await q.query(`CREATE INDEX registration_seeker_checked_in_idx ON event_registration (seeker_id, checked_in_at) WHERE checked_in_at IS NOT NULL`);
    await q.query(`CREATE INDEX service_record_seeker_date_idx ON service_record (seeker_id, service_date)`);
    await q.query(`CREATE INDEX seeker_profile_priority_idx ON seeker_profile (county_code) INCLUDE (id, priority_groups) WHERE priority_groups <> '{}'`);
    await q.query(`CREATE INDEX placement_genuine_start_idx ON placement (start_date, county_code) INCLUDE (id, seeker_id, end_date) WHERE excluded_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX placement_genuine_start_idx`);
    await q.query(`DROP INDEX seeker_profile_priority_idx`);
    await q.query(`DROP INDEX service_record_seeker_date_idx`);
    await q.query(`DROP INDEX registration_seeker_checked_in_idx`);
    await q.query(`DROP TABLE quarterly_submission`);
  }
}
