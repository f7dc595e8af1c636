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
    await q.query(`DROP TABLE placement_year_fact`);
    await q.query(`DROP TABLE placement_follow_up`);
  }
}
