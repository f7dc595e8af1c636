// Genuineness of reserved posts (issue 15): the integrity flags' new kinds, and the indexes the per-employer figures
// (outcomes/genuineness/genuineness.sql.ts) read through at city scale.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_KINDS = `'DOUBLE_COUNTED','SHORT_PLACEMENT','STALE_RESERVED_POSTINGS','NO_HISTORY'`;
const NEW_KINDS = `'LOW_FILL_RATE','LOW_INTERVIEW_RATE','LOW_RETENTION','EARLY_ENDINGS','INSURANCE_GAPS','PAY_BELOW_MINIMUM'`;

export class Genuineness1766510000000 implements MigrationInterface {
  name = 'Genuineness1766510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE integrity_flag DROP CONSTRAINT integrity_flag_kind_check`);
    await q.query(`ALTER TABLE integrity_flag ADD CONSTRAINT integrity_flag_kind_check CHECK (kind IN (${OLD_KINDS},${NEW_KINDS}))`);
    // an employer's open flags, for its figures' screen
    await q.query(`CREATE INDEX integrity_flag_organization_idx ON integrity_flag (organization_id, status) WHERE organization_id IS NOT NULL`);
    // reserved postings judged in a period: a small share of all postings
    await q.query(`CREATE INDEX posting_reserved_idx ON posting (organization_id, published_at)
                     INCLUDE (openings, closed_at) WHERE reserved AND published_at IS NOT NULL`);
    // genuine placements from a posting (fill rate, time to fill)
    await q.query(`CREATE INDEX placement_posting_idx ON placement (posting_id, start_date) INCLUDE (id)
                     WHERE posting_id IS NOT NULL AND excluded_at IS NULL`);
    // genuine placements of an employer starting in a period
    await q.query(`CREATE INDEX placement_org_start_idx ON placement (organization_id, start_date) WHERE excluded_at IS NULL`);
    // a posting's applications and which reached an interview, by date, without visiting the rows (index-only)
    await q.query(`CREATE INDEX application_posting_made_idx ON application (posting_id) INCLUDE (created_at, id)`);
    await q.query(`CREATE INDEX application_change_interview_by_application_idx ON application_status_change (application_id) INCLUDE (created_at)
                     WHERE to_status = 'INTERVIEW'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS application_change_interview_by_application_idx`);
    await q.query(`DROP INDEX IF EXISTS application_posting_made_idx`);
    await q.query(`DROP INDEX IF EXISTS placement_org_start_idx`);
    await q.query(`DROP INDEX IF EXISTS placement_posting_idx`);
    await q.query(`DROP INDEX IF EXISTS posting_reserved_idx`);
    await q.query(`DROP INDEX IF EXISTS integrity_flag_organization_idx`);
    await q.query(`DELETE FROM integrity_flag WHERE kind IN (${NEW_KINDS})`);
    await q.query(`ALTER TABLE integrity_flag DROP CONSTRAINT integrity_flag_kind_check`);
    await q.query(`ALTER TABLE integrity_flag ADD CONSTRAINT integrity_flag_kind_check CHECK (kind IN (${OLD_KINDS}))`);
  }
}
