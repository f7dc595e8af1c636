// Casework: the yearly "four ones" service records, job coaches, and the graduate ledger (一人一策).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Casework1764600000000 implements MigrationInterface {
  name = 'Casework1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_record (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seeker_id      uuid NOT NULL REFERENCES seeker_profile(id) ON DELETE CASCADE,
        year           smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        kind           text NOT NULL CHECK (kind IN ('INFORMATION_CHECK','ABILITY_ASSESSMENT','NEED_REGISTRATION','EMPLOYMENT_SERVICE')),
        service_date   date NOT NULL,
        intention      text CHECK (intention IN ('WANTS_WORK','NOT_SEEKING','UNABLE')),
        outcome        text NOT NULL DEFAULT '',
        notes          text NOT NULL DEFAULT '',
        staff_user_id  uuid NOT NULL REFERENCES app_user(id),
        created_at     timestamptz NOT NULL DEFAULT now(),
        CHECK (extract(year FROM service_date) = year),
        -- the information check records whether the person wants work; nothing else does
        CHECK ((kind = 'INFORMATION_CHECK') = (intention IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX service_record_seeker_idx ON service_record (seeker_id, year, kind)`);
    await q.query(`CREATE INDEX service_record_year_idx ON service_record (year, kind)`);

    await q.query(`
      CREATE TABLE job_coach_assignment (
        seeker_id      uuid PRIMARY KEY REFERENCES seeker_profile(id) ON DELETE CASCADE,
        coach_user_id  uuid NOT NULL REFERENCES app_user(id),
        assigned_by    uuid NOT NULL REFERENCES app_user(id),
        assigned_at    timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE graduate_plan (
        seeker_id      uuid PRIMARY KEY REFERENCES seeker_profile(id) ON DELETE CASCADE,
        status         text NOT NULL CHECK (status IN ('CONTACTING','PLAN_MADE','IN_SERVICE','EMPLOYED','FURTHER_STUDY','NOT_SEEKING')),
        wants_work     boolean NOT NULL DEFAULT true,
        able_to_work   boolean NOT NULL DEFAULT true,
        plan           text NOT NULL DEFAULT '',
        updated_by     uuid REFERENCES app_user(id),
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE ledger_entry (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seeker_id        uuid NOT NULL REFERENCES seeker_profile(id) ON DELETE CASCADE,
        kind             text NOT NULL CHECK (kind IN ('CONTACT','SERVICE','REFERRAL','FAIR','FOLLOW_UP','NOTE')),
        entry_date       date NOT NULL,
        follow_up_month  smallint CHECK (follow_up_month IN (1, 3, 6, 12)),
        placement_id     uuid REFERENCES placement(id),
        notes            text NOT NULL DEFAULT '',
        staff_user_id    uuid NOT NULL REFERENCES app_user(id),
        created_at       timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'FOLLOW_UP') = (follow_up_month IS NOT NULL AND placement_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ledger_seeker_idx ON ledger_entry (seeker_id, entry_date DESC)`);
    await q.query(`CREATE UNIQUE INDEX ledger_one_follow_up ON ledger_entry (placement_id, follow_up_month) WHERE kind = 'FOLLOW_UP'`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['ledger_entry', 'graduate_plan', 'job_coach_assignment', 'service_record']) await q.query(`DROP TABLE IF EXISTS ${t}`);
  }
}
