// Placements that can be signed: each change kept (who, when, what, why), an end with its reason, and a
// placement staff confirmed as not genuine marked excluded, so no count, report, quota figure or export uses it.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const END_REASONS = `'CONTRACT_ENDED','RESIGNED','DISMISSED','HEALTH','MOVED_AWAY','RETIRED','DIED','OTHER'`;
const CHANGE_KINDS = `'RECORDED','CORRECTED','ENDED','EXCLUDED','FLAG_CLEARED','CONTRACT_SET'`;

export class PlacementHistory1765200000001 implements MigrationInterface {
  name = 'PlacementHistory1765200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE placement
        ADD COLUMN evidence        text NOT NULL DEFAULT '',
        ADD COLUMN end_reason      text CHECK (end_reason IN (${END_REASONS})),
        -- set when staff confirm an integrity flag on it: the placement stays on record but counts nowhere
        ADD COLUMN excluded_at     timestamptz,
        ADD COLUMN excluded_by     uuid REFERENCES app_user(id),
        ADD COLUMN excluded_reason text,
        ADD COLUMN excluded_flag_id uuid,
        ADD CONSTRAINT placement_excluded_reason CHECK (excluded_at IS NULL OR excluded_reason IS NOT NULL)`);
    await q.query(`
      CREATE TABLE placement_change (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        placement_id   uuid NOT NULL REFERENCES placement(id),
        kind           text NOT NULL CHECK (kind IN (${CHANGE_KINDS})),
        -- [{ field, from, to }]: the values before and after, as stored
        changes        jsonb NOT NULL DEFAULT '[]',
        reason         text NOT NULL DEFAULT '',
        actor_user_id  uuid REFERENCES app_user(id),
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX placement_change_placement_idx ON placement_change (placement_id, created_at)`);
    // history is only ever added to
    await q.query(`CREATE TRIGGER placement_change_no_change BEFORE UPDATE OR DELETE ON placement_change
                   FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);

    // every placement already on record gets its first entry
    await q.query(`
      INSERT INTO placement_change (placement_id, kind, changes, reason, actor_user_id, created_at)
      SELECT id, 'RECORDED', '[]', note, recorded_by, created_at FROM placement`);
    // flags already confirmed: their placements leave the counts now, with the decision's note and date
    await q.query(`
      WITH x AS (
        SELECT DISTINCT ON (pid) pid, f.id AS flag_id, f.note, f.decided_by, f.decided_at
          FROM integrity_flag f CROSS JOIN LATERAL unnest(f.placement_ids) AS pid
         WHERE f.status = 'CONFIRMED' ORDER BY pid, f.decided_at)
      UPDATE placement p SET excluded_at = x.decided_at, excluded_by = x.decided_by, excluded_reason = x.note, excluded_flag_id = x.flag_id
        FROM x WHERE p.id = x.pid`);
    await q.query(`
      INSERT INTO placement_change (placement_id, kind, changes, reason, actor_user_id, created_at)
      SELECT id, 'EXCLUDED', '[]', excluded_reason, excluded_by, excluded_at FROM placement WHERE excluded_at IS NOT NULL`);

    // The counting queries (bench/results/dashboard.md). Each person's first genuine placement in a period, read in
    // person order from the index alone (no sort, no table), joined in order to each person's category:
    await q.query(`CREATE INDEX placement_first_idx ON placement (seeker_id, start_date, created_at, id)
                   INCLUDE (county_code, action_line, employment_form) WHERE excluded_at IS NULL`);
    await q.query(`CREATE INDEX seeker_profile_category_idx ON seeker_profile (id) INCLUDE (category)`);
    // the graduates of the plan's years, and the public-welfare posts given to disabled people
    await q.query(`CREATE INDEX seeker_profile_graduate_idx ON seeker_profile (graduate_year) INCLUDE (id, county_code)
                   WHERE graduate_year IS NOT NULL`);
    await q.query(`CREATE INDEX placement_public_welfare_idx ON placement (start_date, county_code)
                   WHERE employment_form = 'PUBLIC_WELFARE' AND excluded_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const i of ['placement_first_idx', 'seeker_profile_category_idx', 'seeker_profile_graduate_idx', 'placement_public_welfare_idx']) {
      await q.query(`DROP INDEX IF EXISTS ${i}`);
    }
    await q.query(`DROP TABLE IF EXISTS placement_change`);
    await q.query(`
      ALTER TABLE placement
        DROP CONSTRAINT IF EXISTS placement_excluded_reason,
        DROP COLUMN IF EXISTS evidence, DROP COLUMN IF EXISTS end_reason, DROP COLUMN IF EXISTS excluded_at,
        DROP COLUMN IF EXISTS excluded_by, DROP COLUMN IF EXISTS excluded_reason, DROP COLUMN IF EXISTS excluded_flag_id`);
  }
}
