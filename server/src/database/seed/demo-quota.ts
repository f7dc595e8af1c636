// Demo quota data on top of the demo marketplace: each organization's staff count and average wage per year, and
// the contract facts of most placements, so quota positions and levy estimates have something to show. The
// e-commerce demo employer (13800000011) gets a story: 46 staff, so an obligation of one person; only its latest
// hire is described (a qualifying contract, counting for the months since), the one before does not count until
// social insurance is paid in full, and the others are not described yet. So it is below the ratio, with a levy
// estimate, and each person shows what would make them count.
import type { EntityManager } from 'typeorm';
import { queryRows } from '../sql.js';
import { Random } from './random.js';

const FIRST_YEAR = 2022;

/** Plausible annual average wages by type of employer (yuan, 2022), before yearly growth. */
const WAGE_RANGE: Record<string, [number, number]> = {
  GOVERNMENT_AGENCY: [78_000, 96_000], PUBLIC_INSTITUTION: [68_000, 105_000], STATE_OWNED: [62_000, 150_000],
  PRIVATE: [40_000, 72_000], PLATFORM: [45_000, 88_000], SOCIAL_ORG: [34_000, 48_000], AUXILIARY_INSTITUTION: [32_000, 42_000],
};

interface OrgRow { id: string; type: string; staff_count: number; established_posts: number | null; employer: string | null }
interface PlacementRow { id: string; organization_id: string; employment_form: string; start_date: string; recorded_by: string | null; org_type: string }

export async function loadDemoQuota(m: EntityManager, now: Date, seed: number): Promise<{ years: number; contracts: number }> {
  const rng = new Random(seed, 'quota');
  const thisYear = now.getUTCFullYear();
  const [staff] = await queryRows<{ id: string }>(m, `SELECT id FROM app_user WHERE role = 'STAFF' AND scope_county_code IS NULL ORDER BY phone LIMIT 1`);
  const orgs = await queryRows<OrgRow>(m, `
    SELECT o.id, o.type, o.staff_count, o.established_posts,
           (SELECT u.id FROM organization_member om JOIN app_user u ON u.id = om.user_id WHERE om.organization_id = o.id LIMIT 1) AS employer
      FROM organization o ORDER BY o.id`);
  const [shop] = await queryRows<{ id: string }>(m, `
    SELECT om.organization_id AS id FROM organization_member om JOIN app_user u ON u.id = om.user_id WHERE u.phone = '13800000011'`);

  const years: unknown[][] = [];
  for (const o of orgs) {
    const [low, high] = WAGE_RANGE[o.type] ?? [40_000, 70_000];
    const base = rng.step(low, high, 100);
    for (let y = FIRST_YEAR; y <= thisYear; y++) {
      // this year's figures are not in yet for about one organization in ten
      if (y === thisYear && o.id !== shop?.id && rng.chance(0.1)) continue;
      const isShop = o.id === shop?.id;
      const staffCount = isShop ? 46 - 2 * (thisYear - y) : Math.max(1, Math.round(o.staff_count * (1 - 0.03 * (thisYear - y) + (rng.next() - 0.5) * 0.04)));
      const wage = isShop ? 52_000 + 2_400 * (y - FIRST_YEAR) : Math.round(base * 1.045 ** (y - FIRST_YEAR) / 10) * 10;
      years.push([o.id, y, staffCount, wage, o.established_posts, o.employer ?? staff?.id ?? null]);
    }
  }
  for (let i = 0; i < years.length; i += 500) {
    const chunk = years.slice(i, i + 500);
    await m.query(
      `INSERT INTO organization_year (organization_id, year, staff_count, average_wage, established_posts, entered_by)
       VALUES ${chunk.map((_, j) => `($${j * 6 + 1},$${j * 6 + 2},$${j * 6 + 3},$${j * 6 + 4},$${j * 6 + 5},$${j * 6 + 6})`).join(',')}`,
      chunk.flat(),
    );
  }

  const placements = await queryRows<PlacementRow>(m, `
    SELECT p.id, p.organization_id, p.employment_form, p.start_date::text AS start_date, p.recorded_by, o.type AS org_type
      FROM placement p JOIN organization o ON o.id = p.organization_id ORDER BY p.start_date, p.id`);
  const facts: Array<[string, string, number | null, number, boolean, string | null]> = [];
  const shopPlacements = placements.filter((p) => p.organization_id === shop?.id).reverse(); // latest first
  shopPlacements.slice(0, 2).forEach((p, i) => facts.push([p.id, 'CONTRACT', 36, 3_400, i === 0, p.recorded_by]));
  for (const p of placements) {
    if (p.organization_id === shop?.id) continue;
    if (!rng.chance(0.8)) continue; // a fifth not yet described: they show as "facts missing"
    const publicSector = p.org_type === 'GOVERNMENT_AGENCY' || p.org_type === 'PUBLIC_INSTITUTION';
    const kind = publicSector && p.employment_form === 'FULL_TIME' && rng.chance(0.4) ? 'FORMAL_POST'
      : p.org_type === 'STATE_OWNED' && rng.chance(0.3) ? 'DISPATCHED' : 'CONTRACT';
    const months = kind === 'FORMAL_POST' ? null : rng.weighted([[12, 4], [24, 3], [36, 3], [6, 1]] as const);
    const wage = p.employment_form === 'PUBLIC_WELFARE' || p.employment_form === 'AUXILIARY' ? rng.step(1_600, 2_400, 50) : rng.step(2_000, 5_200, 100);
    facts.push([p.id, kind, months, wage, rng.chance(0.9), p.recorded_by]);
  }
  if (facts.length) {
    await m.query(`
      UPDATE placement p SET contract_kind = f.kind, contract_months = f.months, monthly_wage = f.wage, social_insurance_full = f.insured,
             contract_recorded_by = f.by, contract_recorded_at = p.created_at
        FROM unnest($1::uuid[], $2::text[], $3::smallint[], $4::numeric[], $5::boolean[], $6::uuid[]) AS f(id, kind, months, wage, insured, by)
       WHERE p.id = f.id`,
    [0, 1, 2, 3, 4, 5].map((c) => facts.map((f) => f[c])));
  }
  return { years: years.length, contracts: facts.length };
}
