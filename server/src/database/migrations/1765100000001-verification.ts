// Organization verification: two more statuses (more information asked for, suspended), when the organization was
// last submitted for checking, and the history of decisions with their notes (the queue shows them to staff).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Verification1765100000001 implements MigrationInterface {
  name = 'Verification1765100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organization DROP CONSTRAINT organization_verification_status_check`);
    await q.query(`ALTER TABLE organization ADD CONSTRAINT organization_verification_status_check
      CHECK (verification_status IN ('PENDING','VERIFIED','REJECTED','INFO_REQUESTED','SUSPENDED'))`);
    await q.query(`ALTER TABLE organization ADD COLUMN submitted_at timestamptz`);
    await q.query(`UPDATE organization SET submitted_at = created_at`);
    await q.query(`ALTER TABLE organization ALTER COLUMN submitted_at SET NOT NULL, ALTER COLUMN submitted_at SET DEFAULT now()`);
    await q.query(`CREATE INDEX organization_queue_idx ON organization (submitted_at) WHERE verification_status IN ('PENDING','INFO_REQUESTED')`);
    await q.query(`
      CREATE TABLE organization_decision (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id  uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        decision         text NOT NULL CHECK (decision IN ('APPROVE','REJECT','REQUEST_INFO','SUSPEND','RESUBMIT')),
        from_status      text NOT NULL,
        to_status        text NOT NULL,
        -- the reason (reject, suspend) or the note asking for more: required for those, shown to the employer
        note             text CHECK (note IS NULL OR length(note) <= 500),
        CHECK (decision NOT IN ('REJECT','REQUEST_INFO','SUSPEND') OR length(btrim(coalesce(note, ''))) > 0),
        decided_by       uuid REFERENCES app_user(id),
        closed_postings  integer NOT NULL DEFAULT 0 CHECK (closed_postings >= 0),
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX organization_decision_org_idx ON organization_decision (organization_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE organization_decision`);
    await q.query(`DROP INDEX organization_queue_idx`);
    await q.query(`ALTER TABLE organization DROP COLUMN submitted_at`);
    await q.query(`UPDATE organization SET verification_status = 'PENDING' WHERE verification_status IN ('INFO_REQUESTED','SUSPENDED')`);
    await q.query(`ALTER TABLE organization DROP CONSTRAINT organization_verification_status_check`);
    await q.query(`ALTER TABLE organization ADD CONSTRAINT organization_verification_status_check
      CHECK (verification_status IN ('PENDING','VERIFIED','REJECTED'))`);
  }
}
