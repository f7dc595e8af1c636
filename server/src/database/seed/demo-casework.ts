// Demo casework on top of the demo marketplace: this year's "four ones" records for part of the working-age
// unemployed, tailored plans and ledger entries for the graduates, public-welfare post totals per county,
// and the integrity checks' first findings. Built from rows already inserted, inside the demo transaction.
import type { EntityManager } from 'typeorm';
import { queryRows } from '../sql.js';
import { Random } from './random.js';

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function loadDemoCasework(m: EntityManager, now: Date, seed: number, workingAge: { min: number; max: number }): Promise<{ records: number; plans: number }> {
  const rng = new Random(seed, 'casework');
  const year = now.getUTCFullYear();
  const [staff] = await queryRows<{ id: string }>(m, `SELECT id FROM app_user WHERE role = 'STAFF' ORDER BY phone LIMIT 1`);
  if (!staff) return { records: 0, plans: 0 };
  const pop = await queryRows<{ id: string }>(m,
    `SELECT id FROM seeker_profile WHERE employment_status = 'UNEMPLOYED'
        AND date_part('year', age(make_date($1, 12, 31), birth_date)) BETWEEN $2 AND $3 ORDER BY name, id`, [year, workingAge.min, workingAge.max]);
  const dayThisYear = () => iso(new Date(Math.min(now.getTime() - DAY, Date.UTC(year, 0, 1) + rng.int(0, 300) * DAY)));
  let records = 0;
  for (const s of pop) {
    if (!rng.chance(0.75)) continue; // a quarter still waits for this year's check
    const intention = rng.weighted([['WANTS_WORK', 70], ['NOT_SEEKING', 20], ['UNABLE', 10]] as const);
    await m.query(`INSERT INTO service_record (seeker_id, year, kind, service_date, intention, outcome, notes, staff_user_id)
                   VALUES ($1,$2,'INFORMATION_CHECK',$3,$4,'信息已核实','入户走访',$5)`, [s.id, year, dayThisYear(), intention, staff.id]);
    records++;
    if (intention !== 'WANTS_WORK') continue;
    for (const [kind, p, outcome] of [['ABILITY_ASSESSMENT', 0.7, '完成职业能力评估'], ['NEED_REGISTRATION', 0.6, '登记就业需求'], ['EMPLOYMENT_SERVICE', 0.45, '推荐岗位2个']] as const) {
      if (!rng.chance(p)) continue;
      await m.query(`INSERT INTO service_record (seeker_id, year, kind, service_date, outcome, staff_user_id) VALUES ($1,$2,$3,$4,$5,$6)`,
        [s.id, year, kind, dayThisYear(), outcome, staff.id]);
      records++;
    }
  }
  const grads = await queryRows<{ id: string; placement_id: string | null; start_date: string | null }>(m,
    `SELECT s.id, p.id AS placement_id, p.start_date::text AS start_date FROM seeker_profile s
       LEFT JOIN LATERAL (SELECT id, start_date FROM placement WHERE seeker_id = s.id ORDER BY start_date DESC LIMIT 1) p ON true
      WHERE s.graduate_year IS NOT NULL ORDER BY s.name, s.id`);
  for (const g of grads) {
    const status = g.placement_id ? 'EMPLOYED' : rng.weighted([['CONTACTING', 2], ['PLAN_MADE', 4], ['IN_SERVICE', 4], ['FURTHER_STUDY', 1]] as const);
    await m.query(`INSERT INTO graduate_plan (seeker_id, status, wants_work, able_to_work, plan, updated_by) VALUES ($1,$2,$3,true,$4,$5)`,
      [g.id, status, status !== 'FURTHER_STUDY', '电话联系本人及家长，了解就业意愿；推荐参加残疾人高校毕业生双选会；提供岗位信息3条', staff.id]);
    await m.query(`INSERT INTO ledger_entry (seeker_id, kind, entry_date, notes, staff_user_id) VALUES ($1,'CONTACT',$2,'电话联系',$3)`,
      [g.id, iso(new Date(now.getTime() - rng.int(60, 300) * DAY)), staff.id]);
    if (g.placement_id && g.start_date) {
      // the 1-month follow-up is done for most; later ones are left for staff (some overdue)
      const due = new Date(Date.parse(g.start_date) + 31 * DAY);
      if (due < now && rng.chance(0.8)) {
        await m.query(`INSERT INTO ledger_entry (seeker_id, kind, entry_date, follow_up_month, placement_id, notes, staff_user_id)
                       VALUES ($1,'FOLLOW_UP',$2,1,$3,'岗位稳定，用人单位反馈良好',$4)`, [g.id, iso(due), g.placement_id, staff.id]);
      }
    }
  }
  // public-welfare posts created per county and year, as county staff report them
  const counties = await queryRows<{ code: string }>(m, `SELECT code FROM county ORDER BY sort_order`);
  for (const c of counties) for (const y of [2022, 2023, 2024]) {
    await m.query(`INSERT INTO plan_figure (county_code, year, key, value, source, updated_by) VALUES ($1,$2,'PUBLIC_WELFARE_POSTS_TOTAL',$3,'县人社局公益性岗位统计',$4)`,
      [c.code, y, rng.int(12, 22), staff.id]);
  }
  return { records, plans: grads.length };
}
