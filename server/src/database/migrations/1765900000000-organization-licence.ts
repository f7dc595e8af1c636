// An organization's business licence (营业执照) as uploaded by the employer, kept in its own table (bytea, one per
// organization: re-uploading replaces it), and on each verification decision the office the staff member decided for.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganizationLicence1765900000000 implements MigrationInterface {
  name = 'OrganizationLicence1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization_licence (
        organization_id uuid PRIMARY KEY REFERENCES organization(id) ON DELETE CASCADE,
        -- judged from the bytes at upload, never from the name or the browser's word
        mime_type       text NOT NULL CHECK (mime_type IN ('image/jpeg','image/png','application/pdf')),
        byte_size       integer NOT NULL CHECK (byte_size > 0 AND byte_size <= 5242880),
        content         bytea NOT NULL,
        file_name       text NOT NULL DEFAULT '' CHECK (length(file_name) <= 200),
        uploaded_by     uuid NOT NULL REFERENCES app_user(id),
        uploaded_at     timestamptz NOT NULL DEFAULT now()
      )`);
    // the staff member's county when they decided (NULL: the city's staff, or the employer resubmitting)
    await q.query(`ALTER TABLE organization_decision ADD COLUMN decided_by_county_code varchar(6) REFERENCES county(code)`);
    // past decisions: the best known is the decider's county now
    await q.query(`UPDATE organization_decision d SET decided_by_county_code = u.scope_county_code
                     FROM app_user u WHERE u.id = d.decided_by AND u.role = 'STAFF' AND d.decision <> 'RESUBMIT'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organization_decision DROP COLUMN decided_by_county_code`);
    await q.query(`DROP TABLE organization_licence`);
  }
}
