// Action plans as data (issue 14): a plan's title as its text names it, its issuing body and document number only
// where the text states them, the documents it names as its basis, its period, and its targets, each with the
// section of the text that sets it. Seeds the city's 2022-2024 plan exactly as its text
// (shared/plan/xinyang-action-plan-2022-2024.txt) says it: the text names no issuing body and no document number
// of its own, and names 豫政办〔2022〕106号 as its basis; it sets one city-wide total (6900 people over the three
// years) and no per-year, per-county or per-line number of people.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export const SEEDED_PLAN_ID = '0e5c2a2e-2022-4024-a000-000000006900';

export class ActionPlans1765500000001 implements MigrationInterface {
  name = 'ActionPlans1765500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE action_plan (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title            text NOT NULL CHECK (length(btrim(title)) BETWEEN 2 AND 200),
        issuing_body     text CHECK (issuing_body IS NULL OR length(btrim(issuing_body)) BETWEEN 2 AND 200),
        document_number  text CHECK (document_number IS NULL OR length(btrim(document_number)) BETWEEN 2 AND 100),
        basis            jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(basis) = 'array'),
        start_date       date NOT NULL,
        end_date         date NOT NULL,
        notes            text NOT NULL DEFAULT '',
        created_by       uuid REFERENCES app_user(id),
        updated_by       uuid REFERENCES app_user(id),
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        CHECK (end_date > start_date),
        -- one plan in force on any day: the dashboard and the quarterly report open on it
        EXCLUDE USING gist (daterange(start_date, end_date, '[]') WITH &&)
      )`);
    await q.query(`
      CREATE TABLE action_plan_target (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id      uuid NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
        position     smallint NOT NULL,
        metric       text NOT NULL CHECK (metric IN ('NEW_EMPLOYMENT','GRADUATE_SERVICE_RATE','GRADUATE_EMPLOYMENT_RATE','PUBLIC_WELFARE_SHARE')),
        value        integer NOT NULL CHECK (value > 0),
        year         smallint CHECK (year IS NULL OR year BETWEEN 2000 AND 2100),
        county_code  varchar(6) REFERENCES county(code),
        action_line  text,
        source       text NOT NULL CHECK (length(btrim(source)) BETWEEN 2 AND 500),
        UNIQUE NULLS NOT DISTINCT (plan_id, metric, year, county_code, action_line)
      )`);
    await q.query(`CREATE INDEX action_plan_target_plan_idx ON action_plan_target (plan_id, position)`);

    const title = '信阳市促进残疾人就业三年行动实施方案（2022-2024年）';
    const basis = [{
      title: '河南省人民政府办公厅关于印发<河南省促进残疾人就业三年行动实施方案（2022-2024年）>的通知',
      documentNumber: '豫政办〔2022〕106号',
    }];
    await q.query(
      `INSERT INTO action_plan (id, title, issuing_body, document_number, basis, start_date, end_date, notes)
       VALUES ($1, $2, NULL, NULL, $3::jsonb, '2022-01-01', '2024-12-31', $4)`,
      [SEEDED_PLAN_ID, title, JSON.stringify(basis),
        '文本未载明发文机关和文号；方案只设全市三年总目标，未设年度、县区或行动方向的人数目标。']);
    const targets: Array<[string, number, string]> = [
      ['NEW_EMPLOYMENT', 6900, '一、任务目标：2022—2024年共实现全市城乡新增残疾人就业不少于6900人'],
      ['PUBLIC_WELFARE_SHARE', 10, '二、主要措施（五）：各地新开发的公益性岗位应按照不低于10%的比例优先安排残疾人就业'],
      ['GRADUATE_SERVICE_RATE', 100, '二、主要措施（七）：有就业意愿就业能力的应届残疾人高校毕业生服务率100%'],
      ['GRADUATE_EMPLOYMENT_RATE', 95, '二、主要措施（七）：有就业意愿就业能力的应届残疾人高校毕业生就业率95%以上'],
    ];
    for (const [i, [metric, value, source]] of targets.entries()) {
      await q.query(`INSERT INTO action_plan_target (plan_id, position, metric, value, source) VALUES ($1, $2, $3, $4, $5)`,
        [SEEDED_PLAN_ID, i, metric, value, source]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS action_plan_target`);
    await q.query(`DROP TABLE IF EXISTS action_plan`);
  }
}
