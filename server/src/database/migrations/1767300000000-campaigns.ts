// Campaigns (专项行动) staff run for the plan's named projects (二、主要措施（四）“千企万人助残就业计划”,
// （七）“万名学子回归工程”), the fairs, postings and placements linked to them, and the postings marked as the
// federation's 助残类公益性岗位 (（五）“根据各级残联需求开发20-30个……助残类公益性岗位”). Counting: docs/counting.md.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Campaigns1767300000000 implements MigrationInterface {
  name = 'Campaigns1767300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaign (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name_zh               text NOT NULL,
        name_en               text NOT NULL,
        kind                  text NOT NULL CHECK (kind IN ('THOUSAND_ENTERPRISES','GRADUATES_RETURN','OTHER')),
        start_date            date NOT NULL,
        end_date              date NOT NULL,
        target_people         integer CHECK (target_people > 0),
        target_organizations  integer CHECK (target_organizations > 0),
        target_source         text,
        county_codes          text[] NOT NULL DEFAULT '{}',
        source                text NOT NULL,
        created_by            uuid REFERENCES app_user(id),
        updated_by            uuid REFERENCES app_user(id),
        created_at            timestamptz NOT NULL DEFAULT now(),
        updated_at            timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT campaign_period CHECK (end_date >= start_date),
        CONSTRAINT campaign_has_target CHECK (target_people IS NOT NULL OR target_organizations IS NOT NULL)
      )`);
    await q.query(`COMMENT ON TABLE campaign IS 'A campaign staff run (千企万人, 万名学子回归 ...): period, targets, counties (empty = the whole city)'`);
    await q.query(`CREATE INDEX campaign_period_idx ON campaign (start_date DESC, end_date)`);
    for (const [table, column, ref] of [['campaign_event', 'event_id', 'recruitment_event'], ['campaign_posting', 'posting_id', 'posting'], ['campaign_placement', 'placement_id', 'placement']]) {
      await q.query(`
        CREATE TABLE ${table} (
          campaign_id  uuid NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
          ${column}    uuid NOT NULL REFERENCES ${ref}(id) ON DELETE CASCADE,
          linked_by    uuid REFERENCES app_user(id),
          linked_at    timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (campaign_id, ${column})
        )`);
      await q.query(`CREATE INDEX ${table}_item_idx ON ${table} (${column})`);
    }
    await q.query(`
      CREATE TABLE welfare_post_mark (
        posting_id  uuid PRIMARY KEY REFERENCES posting(id) ON DELETE CASCADE,
        marked_by   uuid REFERENCES app_user(id),
        marked_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`COMMENT ON TABLE welfare_post_mark IS 'Postings staff marked as the federation''s 助残类公益性岗位 (plan 二（五）: 20-30 posts)'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE welfare_post_mark`);
    await q.query(`DROP TABLE campaign_placement`);
    await q.query(`DROP TABLE campaign_posting`);
    await q.query(`DROP TABLE campaign_event`);
    await q.query(`DROP TABLE campaign`);
  }
}
