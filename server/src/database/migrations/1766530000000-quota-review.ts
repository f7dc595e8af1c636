// The employer's quota-review packs (issue 15, 按比例安排残疾人就业年审): each submission is a frozen snapshot of the
// pack; a returned pack is corrected and submitted again as a new version, and the old one is kept.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuotaReview1766530000000 implements MigrationInterface {
  name = 'QuotaReview1766530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE quota_review_pack (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id  uuid NOT NULL REFERENCES organization(id),
        year             smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        version          smallint NOT NULL CHECK (version >= 1),
        county_code      text NOT NULL,
        status           text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED','CONFIRMED','RETURNED')),
        snapshot         jsonb NOT NULL,
        submitted_by     uuid NOT NULL REFERENCES app_user(id),
        submitted_at     timestamptz NOT NULL DEFAULT now(),
        reviewed_by      uuid REFERENCES app_user(id),
        reviewed_at      timestamptz,
        return_reason    text,
        CONSTRAINT quota_review_pack_version UNIQUE (organization_id, year, version),
        CONSTRAINT quota_review_pack_reviewed CHECK ((status = 'SUBMITTED') = (reviewed_at IS NULL)),
        CONSTRAINT quota_review_pack_reason CHECK ((status = 'RETURNED') = (return_reason IS NOT NULL))
      )`);
    await q.query(`COMMENT ON TABLE quota_review_pack IS 'An employer''s quota-review pack for a year as submitted (snapshot), and staff''s review of it'`);
    // at most one pack per organization and year is with staff or confirmed: two submits at once make one version
    await q.query(`CREATE UNIQUE INDEX quota_review_pack_open ON quota_review_pack (organization_id, year) WHERE status IN ('SUBMITTED','CONFIRMED')`);
    await q.query(`CREATE INDEX quota_review_pack_queue ON quota_review_pack (status, county_code, year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE quota_review_pack`);
  }
}
