// Outcomes on top of the dashboard bench's placements (issue 15), generated in SQL from hashes of the ids so the same
// seed gives the same data: postings behind the placements, applications with interviews, contract facts, ends,
// follow-ups at 1, 3, 6 and 12 months and the yearly social-insurance months.
export const OUTCOMES_SQL = [
  // postings published over the plan period (the seed dates them around its --today), so fill and interview rates have a past
  `UPDATE posting SET published_at = timestamptz '2022-01-01' + (abs(hashtext(id::text)) % 900) * interval '1 day' WHERE published_at IS NOT NULL`,
  // most placements come from a posting of their employer (reserved ones among them); the rest were recorded by staff
  `UPDATE placement p SET posting_id = x.id
     FROM (SELECT pl.id AS placement_id,
                  (SELECT q.id FROM posting q WHERE q.organization_id = pl.organization_id
                    ORDER BY abs(hashtext(q.id::text || pl.id::text)) LIMIT 1) AS id
             FROM placement pl WHERE abs(hashtext(pl.id::text || 'posting')) % 10 < 7) x
    WHERE p.id = x.placement_id AND x.id IS NOT NULL`,
  // contract facts: wages around the minimum wage (a few below it), social insurance mostly paid
  `UPDATE placement SET contract_kind = 'CONTRACT', contract_months = 12 + abs(hashtext(id::text || 'm')) % 25,
          monthly_wage = 1500 + abs(hashtext(id::text || 'w')) % 3500, social_insurance_full = abs(hashtext(id::text || 's')) % 10 < 9,
          part_time = false`,
  // a fifth of the placements end within the first year
  `UPDATE placement SET end_date = start_date + (10 + abs(hashtext(id::text || 'e')) % 350), end_reason = 'RESIGNED'
    WHERE abs(hashtext(id::text || 'end')) % 5 = 0`,
  // the hired applications behind the placements from postings, and other applications (a third reach an interview)
  `INSERT INTO application (seeker_id, posting_id, status, created_at)
   SELECT seeker_id, posting_id, 'HIRED', start_date - 20 FROM placement WHERE posting_id IS NOT NULL ON CONFLICT DO NOTHING`,
  `INSERT INTO application (seeker_id, posting_id, status, rejection_reason, created_at)
   SELECT s.id, q.id, CASE WHEN abs(hashtext(s.id::text || q.id::text)) % 3 = 0 THEN 'INTERVIEW' ELSE 'REJECTED' END,
          CASE WHEN abs(hashtext(s.id::text || q.id::text)) % 3 = 0 THEN NULL ELSE '岗位已满' END,
          timestamptz '2022-01-01' + make_interval(days => abs(hashtext(s.id::text)) % 1096)
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM seeker_profile) s
     JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM posting) q ON q.k = (s.rn * 31) % (SELECT count(*) FROM posting)
    WHERE s.rn % 3 = 0
   ON CONFLICT DO NOTHING`,
  `INSERT INTO application_status_change (application_id, from_status, to_status, created_at)
   SELECT id, 'SUBMITTED', 'INTERVIEW', created_at + interval '5 days' FROM application WHERE status IN ('INTERVIEW', 'HIRED')`,
  // follow-ups: staff reach most people at each month that has come; a few are unreachable
  `INSERT INTO placement_follow_up (placement_id, month, status, source, checked_on, left_on)
   SELECT p.id, m, CASE WHEN p.end_date IS NOT NULL AND p.end_date < (p.start_date + make_interval(months => m))::date THEN 'LEFT'
                        WHEN abs(hashtext(p.id::text || m)) % 10 = 0 THEN 'UNREACHABLE' ELSE 'EMPLOYED' END,
          'STAFF', (p.start_date + make_interval(months => m))::date + 3,
          CASE WHEN p.end_date IS NOT NULL AND p.end_date < (p.start_date + make_interval(months => m))::date THEN p.end_date END
     FROM placement p CROSS JOIN unnest(ARRAY[1, 3, 6, 12]) AS m
    WHERE abs(hashtext(p.id::text || 'f' || m)) % 10 < 8 AND (p.start_date + make_interval(months => m))::date <= date '2026-12-01'
   ON CONFLICT DO NOTHING`,
  // the employers state social-insurance months for most placement-years
  `INSERT INTO placement_year_fact (placement_id, year, insurance_months)
   SELECT p.id, y, CASE WHEN abs(hashtext(p.id::text || y)) % 10 = 0 THEN 6 ELSE 12 END
     FROM placement p CROSS JOIN generate_series(2022, 2025) AS y
    WHERE extract(year FROM p.start_date) <= y AND (p.end_date IS NULL OR extract(year FROM p.end_date) >= y)
      AND abs(hashtext(p.id::text || 'y')) % 4 < 3`,
  `VACUUM ANALYZE placement`, `VACUUM ANALYZE application`, `VACUUM ANALYZE application_status_change`,
  `VACUUM ANALYZE placement_follow_up`, `VACUUM ANALYZE placement_follow_up_summary`, `VACUUM ANALYZE placement_year_fact`,
];
