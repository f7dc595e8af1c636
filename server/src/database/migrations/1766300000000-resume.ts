// A structured résumé per seeker (education, work, skills with evidence, certificates, languages, assistive
// technology) with the person's choice per section of whether employers they applied to see it; and invitations to
// apply, one per seeker and posting.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Resume1766300000000 implements MigrationInterface {
  name = 'Resume1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE resume (
        seeker_id   uuid PRIMARY KEY REFERENCES seeker_profile(id) ON DELETE CASCADE,
        content     jsonb NOT NULL,
        visibility  jsonb NOT NULL,
        version     integer NOT NULL DEFAULT 1,
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`COMMENT ON TABLE resume IS 'The seeker''s structured résumé; visibility: per section, PRIVATE or APPLIED_EMPLOYERS'`);
    await q.query(`
      CREATE TABLE invitation (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        posting_id      uuid NOT NULL REFERENCES posting(id) ON DELETE CASCADE,
        seeker_id       uuid NOT NULL REFERENCES seeker_profile(id) ON DELETE CASCADE,
        invited_by      uuid NOT NULL REFERENCES app_user(id),
        note            text NOT NULL DEFAULT '',
        status          text NOT NULL DEFAULT 'SENT' CHECK (status IN ('SENT','APPLIED','DECLINED')),
        decline_reason  text,
        created_at      timestamptz NOT NULL DEFAULT now(),
        responded_at    timestamptz,
        CONSTRAINT invitation_one_per_posting UNIQUE (posting_id, seeker_id)
      )`);
    await q.query(`CREATE INDEX invitation_seeker_idx ON invitation (seeker_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE invitation`);
    await q.query(`DROP TABLE resume`);
  }
}
