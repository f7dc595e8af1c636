// Quota and levy: policy settings staff can change (with their history), per-year staff and wage figures of an
// organization, and the facts on a placement that decide whether the person counts towards the quota.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuotaAndLevy1764700000000 implements MigrationInterface {
  name = 'QuotaAndLevy1764700000000';

  async up(q: QueryRunner): Promise<void> {
    // Defaults come from server/policy/*.json at start (INSERT ... ON CONFLICT DO NOTHING): staff edits win.
    await q.query(`
      CREATE TABLE policy_setting (
        key         text PRIMARY KEY CHECK (key ~ '^[a-z]+(\\.[A-Za-z]+)+$'),
        value       jsonb NOT NULL,
        source      text NOT NULL CHECK (length(btrim(source)) BETWEEN 2 AND 1000),
        confirmed   boolean NOT NULL,
        updated_by  uuid REFERENCES app_user(id),
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE policy_setting_change (
        id          bigserial PRIMARY KEY,
        key         text NOT NULL REFERENCES policy_setting(key),
        old_value   jsonb NOT NULL,
        new_value   jsonb NOT NULL,
        old_source  text NOT NULL,
        new_source  text NOT NULL,
        note        text NOT NULL DEFAULT '',
        changed_by  uuid NOT NULL REFERENCES app_user(id),
        changed_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX policy_setting_change_key_idx ON policy_setting_change (key, id DESC)`);
    // the history of policy is evidence: never rewritten
    await q.query(`
      CREATE FUNCTION policy_setting_change_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'policy_setting_change is append-only';
      END $$`);
    await q.query(`CREATE TRIGGER policy_setting_change_no_change BEFORE UPDATE OR DELETE ON policy_setting_change
                   FOR EACH ROW EXECUTE FUNCTION policy_setting_change_append_only()`);

    // What the calculation needs per organization and year (在职职工人数, 年平均工资, 编制数).
    await q.query(`
      CREATE TABLE organization_year (
        organization_id       uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        year                  smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        staff_count           integer NOT NULL CHECK (staff_count BETWEEN 0 AND 1000000),
        average_wage          numeric(12,2) CHECK (average_wage BETWEEN 0 AND 100000000),
        established_posts     integer CHECK (established_posts BETWEEN 0 AND 1000000),
        administrative_level  text CHECK (administrative_level IN ('PROVINCE','CITY','COUNTY')),
        entered_by            uuid REFERENCES app_user(id),
        created_at            timestamptz NOT NULL DEFAULT now(),
        updated_at            timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, year)
      )`);
    await q.query(`CREATE INDEX organization_year_year_idx ON organization_year (year)`);

    // Nullable: placements recorded before this migration, or not yet described, simply do not count yet.
    await q.query(`
      ALTER TABLE placement
        ADD COLUMN contract_kind          text CHECK (contract_kind IN ('FORMAL_POST','CONTRACT','DISPATCHED')),
        ADD COLUMN contract_months        smallint CHECK (contract_months BETWEEN 1 AND 1200),
        ADD COLUMN monthly_wage           numeric(10,2) CHECK (monthly_wage BETWEEN 0 AND 1000000),
        ADD COLUMN social_insurance_full  boolean,
        ADD COLUMN part_time              boolean,
        ADD COLUMN contract_recorded_by   uuid REFERENCES app_user(id),
        ADD COLUMN contract_recorded_at   timestamptz,
        ADD CONSTRAINT placement_contract_term CHECK (contract_kind IS NULL OR contract_kind = 'FORMAL_POST' OR contract_months IS NOT NULL)`);
    // placements that touch a year, per organization
    await q.query(`CREATE INDEX placement_org_period_idx ON placement (organization_id, start_date, end_date)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS placement_org_period_idx`);
    await q.query(`
      ALTER TABLE placement
        DROP CONSTRAINT IF EXISTS placement_contract_term,
        DROP COLUMN IF EXISTS contract_recorded_at, DROP COLUMN IF EXISTS contract_recorded_by,
        DROP COLUMN IF EXISTS part_time, DROP COLUMN IF EXISTS social_insurance_full, DROP COLUMN IF EXISTS monthly_wage,
        DROP COLUMN IF EXISTS contract_months, DROP COLUMN IF EXISTS contract_kind`);
    await q.query(`DROP TABLE IF EXISTS organization_year`);
    await q.query(`DROP TABLE IF EXISTS policy_setting_change`);
    await q.query(`DROP FUNCTION IF EXISTS policy_setting_change_append_only()`);
    await q.query(`DROP TABLE IF EXISTS policy_setting`);
  }
}
