// Demo saved searches: the blind demo seeker (13800000021) keeps "按摩" in 罗山县 as a daily digest, and this morning's
// digest listed up to three new massage jobs she can take (screen reader offered, no print reading or driving asked,
// open, not applied to), with its notice, so /saved-searches and the notifications show a recent alert.
import type { EntityManager } from 'typeorm';
import { queryRows } from '../sql.js';

const LUOSHAN = '411521';

export async function loadDemoSavedSearches(m: EntityManager, now: Date): Promise<number> {
  const [user] = await queryRows<{ id: string; seeker_id: string | null }>(m,
    `SELECT u.id, s.id AS seeker_id FROM app_user u LEFT JOIN seeker_profile s ON s.user_id = u.id WHERE u.phone = '13800000021'`);
  if (!user) return 0;
  const alertedAt = new Date(now.getTime() - 3 * 3_600_000);
  const [search] = await queryRows<{ id: string }>(m,
    `INSERT INTO saved_search (user_id, name, query, filter, frequency, created_at, updated_at, checked_until, last_alerted_at)
     VALUES ($1, '按摩 · 罗山县', '按摩', $2::jsonb, 'DAILY', $3, $3, $4, $4) RETURNING id`,
    [user.id, JSON.stringify({ countyCodes: [LUOSHAN] }), new Date(now.getTime() - 14 * 86_400_000), alertedAt]);
  const jobs = await queryRows<{ id: string; title: string }>(m,
    `SELECT p.id, p.title FROM posting p JOIN organization o ON o.id = p.organization_id
      WHERE p.status = 'PUBLISHED' AND o.verification_status = 'VERIFIED' AND p.county_code = $1 AND p.hired_count < p.openings
        AND (p.title LIKE '%按摩%' OR '按摩' = ANY(p.skills)) AND 'SCREEN_READER' = ANY(p.supports)
        AND NOT (p.demands && ARRAY['READING_PRINT','DRIVING']::text[])
        AND (cardinality(p.suitable_categories) = 0 OR 'VISUAL' = ANY(p.suitable_categories))
        AND (p.deadline IS NULL OR p.deadline >= ($2::timestamptz AT TIME ZONE 'Asia/Shanghai')::date)
        AND NOT EXISTS (SELECT 1 FROM application a WHERE a.posting_id = p.id AND a.seeker_id = $3)
      ORDER BY p.published_at DESC NULLS LAST, p.id LIMIT 3`, [LUOSHAN, now, user.seeker_id]);
  if (!jobs.length) return 1;
  await m.query(`INSERT INTO saved_search_alert (saved_search_id, user_id, frequency, posting_ids, created_at) VALUES ($1, $2, 'DAILY', $3::uuid[], $4)`,
    [search.id, user.id, jobs.map((j) => j.id), alertedAt]);
  await m.query(`INSERT INTO notification (user_id, kind, params, created_at) VALUES ($1, 'NEW_MATCHING_JOBS', $2::jsonb, $3)`,
    [user.id, JSON.stringify({ count: jobs.length, titles: jobs.map((j) => j.title).join('、'), searches: '按摩 · 罗山县',
      link: `/jobs?q=${encodeURIComponent('按摩')}&county=${LUOSHAN}` }), alertedAt]);
  return 1;
}
