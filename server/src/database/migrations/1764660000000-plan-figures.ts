// Figures the plan's indicators need that do not come from the platform, entered by staff with their source
// (e.g. how many public-welfare posts a county created in a year, for the share given to disabled people).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanFigures1764660000000 implements MigrationInterface {
  name = 'PlanFigures1764660000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plan_figure (
        county_code  varchar(6) NOT NULL REFERENCES county(code),
        year         smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        key          text NOT NULL CHECK (key IN ('PUBLIC_WELFARE_POSTS_TOTAL')),
        value        integer NOT NULL CHECK (value >= 0),
        source       text NOT NULL DEFAULT '',
        updated_by   uuid REFERENCES app_user(id),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (county_code, year, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS plan_figure`);
  }
}
