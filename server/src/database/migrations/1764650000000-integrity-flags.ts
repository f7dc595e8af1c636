// Integrity flags: possible fake arrangements of disabled employment, for staff to confirm or clear.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IntegrityFlags1764650000000 implements MigrationInterface {
  name = 'IntegrityFlags1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE integrity_flag (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind          text NOT NULL CHECK (kind IN ('DOUBLE_COUNTED','SHORT_PLACEMENT','STALE_RESERVED_POSTINGS','NO_HISTORY')),
        -- what the flag is about, so a check run again never raises it twice
        subject_key   text NOT NULL,
        county_code   varchar(6) NOT NULL REFERENCES county(code),
        seeker_id     uuid REFERENCES seeker_profile(id) ON DELETE CASCADE,
        organization_id uuid REFERENCES organization(id) ON DELETE CASCADE,
        placement_ids uuid[] NOT NULL DEFAULT '{}',
        details       jsonb NOT NULL DEFAULT '{}',
        status        text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CONFIRMED','CLEARED')),
        note          text,
        decided_by    uuid REFERENCES app_user(id),
        decided_at    timestamptz,
        created_at    timestamptz NOT NULL DEFAULT now(),
        UNIQUE (kind, subject_key),
        CHECK (status = 'OPEN' OR note IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX integrity_flag_open_idx ON integrity_flag (status, county_code, kind)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS integrity_flag`);
  }
}
