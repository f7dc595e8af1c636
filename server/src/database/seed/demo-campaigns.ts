// Demo campaigns (issue 17): the plan's two named projects (二、主要措施（四）“千企万人助残就业计划”, （七）“万名学子回归
// 工程”) over the plan's years and for this year, with fairs, postings and graduates' placements linked so
// /staff/campaigns and the dashboard show progress. The plan sets no numbers for them: the demo targets name no document, so they show as 待核实. The
// e-commerce employer (13800000011) has a posting in this year's 千企万人 (its badge and its notice), and up to three
// public-welfare postings are marked as the federation's 助残类公益性岗位 (（五）).
import type { EntityManager } from 'typeorm';
import { queryRows } from '../sql.js';

export async function loadDemoCampaigns(m: EntityManager, now: Date): Promise<{ campaigns: number; links: number }> {
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
  const [staff] = await queryRows<{ id: string }>(m, `SELECT id FROM app_user WHERE phone = '13800000002'`);
  const staffId = staff?.id ?? null;
  const make = async (nameZh: string, nameEn: string, kind: string, from: number, to: number, people: number, orgs: number | null, source: string) => {
    const [row] = await queryRows<{ id: string }>(m,
      `INSERT INTO campaign (name_zh, name_en, kind, start_date, end_date, target_people, target_organizations, target_source, county_codes, source, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, '{}', $8, $9, $9) RETURNING id`,
      [nameZh, nameEn, kind, `${from}-01-01`, `${to}-12-31`, people, orgs, source, staffId]);
    return { id: row.id, from, to };
  };
  const THOUSAND = '二、主要措施（四）：推广“千企万人助残就业计划”';
  const RETURN = '二、主要措施（七）：持续做好我市“万名学子回归工程”相关工作';
  // the plan's years (2022-2024, where the demo has placements) and this year
  const thousandPlan = await make('千企万人助残就业计划（2022—2024年）', 'Thousand Enterprises, Ten Thousand People (2022-2024)', 'THOUSAND_ENTERPRISES', 2022, 2024, 600, 100, THOUSAND);
  const returnPlan = await make('万名学子回归工程（2022—2024年）', 'Ten Thousand Graduates Return (2022-2024)', 'GRADUATES_RETURN', 2022, 2024, 60, null, RETURN);
  const thousand = await make(`千企万人助残就业计划（${year}年）`, `Thousand Enterprises, Ten Thousand People (${year})`, 'THOUSAND_ENTERPRISES', year, year, 300, 60, THOUSAND);
  const returnNow = await make(`万名学子回归工程（${year}年）`, `Ten Thousand Graduates Return (${year})`, 'GRADUATES_RETURN', year, year, 40, null, RETURN);
  let links = 0;
  const link = async (sql: string, params: unknown[]) => { links += (await queryRows(m, sql, params)).length; };
  for (const [c, kinds] of [[thousandPlan, ['GENERAL', 'TARGETED']], [thousand, ['GENERAL', 'TARGETED']], [returnPlan, ['GRADUATE']], [returnNow, ['GRADUATE']]] as const) {
    // fairs held in the period: graduate fairs to 万名学子回归, the others to 千企万人
    await link(`INSERT INTO campaign_event (campaign_id, event_id, linked_by) SELECT $1, e.id, $2 FROM recruitment_event e
                 WHERE e.status <> 'DRAFT' AND e.kind = ANY($3) AND extract(year FROM e.starts_at AT TIME ZONE 'Asia/Shanghai') BETWEEN $4 AND $5
                RETURNING event_id`, [c.id, staffId, kinds, c.from, c.to]);
    if ((kinds as readonly string[]).includes('GRADUATE')) {
      // graduates' placements in the period, linked one by one (the ledger's people)
      await link(`INSERT INTO campaign_placement (campaign_id, placement_id, linked_by) SELECT $1, p.id, $2 FROM placement p
                   WHERE p.action_line = 'GRADUATE' AND extract(year FROM p.start_date) BETWEEN $3 AND $4 RETURNING placement_id`, [c.id, staffId, c.from, c.to]);
    } else {
      // postings that filled placements in the period: up to 40 of them
      await link(`INSERT INTO campaign_posting (campaign_id, posting_id, linked_by)
                  SELECT $1, x.posting_id, $2 FROM (SELECT DISTINCT p.posting_id FROM placement p WHERE p.posting_id IS NOT NULL
                    AND extract(year FROM p.start_date) BETWEEN $3 AND $4 ORDER BY p.posting_id LIMIT 40) x RETURNING posting_id`, [c.id, staffId, c.from, c.to]);
      // hires recorded by staff (no posting) by enterprises in the period: linked one by one, up to 150
      await link(`INSERT INTO campaign_placement (campaign_id, placement_id, linked_by) SELECT $1, p.id, $2 FROM placement p
                   WHERE p.posting_id IS NULL AND p.action_line IN ('PRIVATE','STATE_OWNED') AND extract(year FROM p.start_date) BETWEEN $3 AND $4
                   ORDER BY p.start_date, p.id LIMIT 150 RETURNING placement_id`, [c.id, staffId, c.from, c.to]);
    }
  }
  // the demo employer's newest published posting joins this year's 千企万人, and the employer was told
  const [own] = await queryRows<{ id: string; title: string; organization_id: string }>(m,
    `SELECT p.id, p.title, p.organization_id FROM posting p JOIN organization_member om ON om.organization_id = p.organization_id
       JOIN app_user u ON u.id = om.user_id WHERE u.phone = '13800000011' AND p.status = 'PUBLISHED' ORDER BY p.published_at DESC NULLS LAST, p.id LIMIT 1`);
  if (own) {
    await link(`INSERT INTO campaign_posting (campaign_id, posting_id, linked_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING posting_id`, [thousand.id, own.id, staffId]);
    await m.query(`INSERT INTO notification (user_id, kind, params, created_at)
                   SELECT om.user_id, 'CAMPAIGN_POSTING_LINKED', $2::jsonb, $3 FROM organization_member om WHERE om.organization_id = $1`,
      [own.organization_id, JSON.stringify({ title: own.title, campaign: `千企万人助残就业计划（${year}年）`, campaignEn: `Thousand Enterprises, Ten Thousand People (${year})`,
        path: `/employer/postings/${own.id}/edit` }), new Date(now.getTime() - 2 * 86_400_000)]);
  }
  await m.query(`INSERT INTO welfare_post_mark (posting_id, marked_by)
                 SELECT p.id, $1 FROM posting p WHERE p.employment_form = 'PUBLIC_WELFARE' AND p.status = 'PUBLISHED' ORDER BY p.id LIMIT 3`, [staffId]);
  return { campaigns: 4, links };
}
