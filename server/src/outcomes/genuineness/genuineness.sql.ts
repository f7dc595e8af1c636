// The genuineness figures (genuineness.ts defines each) as set-based SQL: one statement for every employer in scope,
// one for the reserved postings of a few employers. Parameters: $1 from, $2 to (dates), $3 county code or null,
// $4 organization ids (uuid[]) or null, $5 minPostingAgeDays, $6 the local minimum monthly wage by year (jsonb, every
// year filled in with figureFor), $7 minWageToMinimumPercent. Indexes: migration 1766510000000-genuineness.ts.
import { followUpSummaryJoin, retentionStateSql } from '../retention/retention.js';

const LOCAL_DATE = (col: string) => `(${col} AT TIME ZONE 'Asia/Shanghai')::date`;

/** The employers in scope (by the organization's county). */
const ORGS = `orgs AS (
  SELECT o.id, o.name, o.county_code FROM organization o
   WHERE ($3::text IS NULL OR o.county_code = $3) AND ($4::uuid[] IS NULL OR o.id = ANY($4)))`;

/** Reserved postings old enough to judge, each with its genuine placements, applications and interviews by `to`. */
const POSTS = `posts AS (
  SELECT po.id, po.organization_id, po.title, po.openings, ${LOCAL_DATE('po.published_at')} AS published_on,
         pl.placed, pl.first_start, pl.placement_ids, ap.applications, ap.interviewed
    FROM posting po JOIN orgs o ON o.id = po.organization_id
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS placed, min(p.start_date) AS first_start, coalesce(array_agg(p.id), '{}') AS placement_ids
        FROM placement p WHERE p.posting_id = po.id AND p.excluded_at IS NULL AND p.start_date <= $2) pl
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS applications,
             count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM application_status_change c
                WHERE c.application_id = a.id AND c.to_status = 'INTERVIEW' AND ${LOCAL_DATE('c.created_at')} <= $2))::int AS interviewed
        FROM application a WHERE a.posting_id = po.id AND ${LOCAL_DATE('a.created_at')} <= $2) ap
   WHERE po.reserved AND po.published_at IS NOT NULL
     AND ${LOCAL_DATE('po.published_at')} <= $2::date - $5::int
     AND (po.closed_at IS NULL OR ${LOCAL_DATE('po.closed_at')} >= $1))`;

/** Genuine placements starting in the period, with their 3-month date and their state at 6 months as of `to`. */
const CASES = `cases AS (
  SELECT p.id, p.organization_id, p.start_date, p.end_date, p.monthly_wage, p.part_time,
         (p.start_date + interval '3 months')::date AS due3,
         (${retentionStateSql('p', 'fu', '6', '$2::date')}) AS state6,
         ($6::jsonb ->> extract(year FROM p.start_date)::int::text)::numeric AS minimum
    FROM placement p JOIN orgs o ON o.id = p.organization_id ${followUpSummaryJoin('p', 'fu')}
   WHERE p.excluded_at IS NULL AND p.start_date BETWEEN $1 AND $2)`;

const WAGED = `c.monthly_wage IS NOT NULL AND c.part_time IS NOT TRUE AND c.minimum IS NOT NULL`;
const BELOW = `${WAGED} AND c.monthly_wage < c.minimum * $7::numeric / 100`;

/** Months employed in a fact's year (calendar months with a day employed, to the end date or `to`): b.s to b.e. */
const MONTHS_EMPLOYED = `CASE WHEN b.e < b.s THEN 0 ELSE (extract(year FROM b.e) * 12 + extract(month FROM b.e))
                                          - (extract(year FROM b.s) * 12 + extract(month FROM b.s)) + 1 END::int`;
const FACT_SPAN = `CROSS JOIN LATERAL (SELECT greatest(c.start_date, make_date(f.year, 1, 1)) AS s,
                                   least(coalesce(c.end_date, $2::date), $2::date, make_date(f.year, 12, 31)) AS e) b`;

/**
 * The employers' figures in two statements that run side by side (genuineness.service.ts joins them per employer):
 * those of their reserved postings ($1 to $5: postingParams) and those of their placements ($1 to $4 and the wage
 * parameters as $5 and $6: payParams). Each lists only the employers it has something for.
 */
export const EMPLOYER_POSTING_FIGURES_SQL = `
WITH ${ORGS}, ${POSTS},
post_figures AS (
  SELECT organization_id, count(*)::int AS postings, sum(least(placed, openings))::int AS filled, sum(openings)::int AS openings,
         sum(applications)::int AS applications, sum(interviewed)::int AS interviewed,
         count(*) FILTER (WHERE first_start IS NOT NULL)::int AS filled_postings,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0, first_start - published_on))
           FILTER (WHERE first_start IS NOT NULL) AS median_days_to_fill
    FROM posts GROUP BY organization_id),
post_placements AS (
  SELECT organization_id, array_agg(pid) AS ids FROM posts CROSS JOIN LATERAL unnest(placement_ids) AS u(pid) GROUP BY organization_id)
SELECT o.id AS "organizationId", o.name AS "organizationName", o.county_code AS "countyCode",
       pf.postings, pf.filled, pf.openings, pf.applications, pf.interviewed,
       pf.filled_postings AS "filledPostings", pf.median_days_to_fill AS "medianDaysToFill",
       coalesce(pp.ids, '{}') AS "postingPlacementIds"
  FROM orgs o
  JOIN post_figures pf ON pf.organization_id = o.id
  LEFT JOIN post_placements pp ON pp.organization_id = o.id`;

export const EMPLOYER_PLACEMENT_FIGURES_SQL = `
WITH ${ORGS}, ${CASES},
case_figures AS (
  SELECT organization_id, count(*)::int AS placements,
         count(*) FILTER (WHERE state6 <> 'NOT_DUE')::int AS due6, count(*) FILTER (WHERE state6 = 'RETAINED')::int AS retained6,
         coalesce(array_agg(id) FILTER (WHERE state6 IN ('LEFT', 'UNKNOWN')), '{}') AS not_retained_ids,
         count(*) FILTER (WHERE due3 <= $2)::int AS due3,
         count(*) FILTER (WHERE due3 <= $2 AND end_date < due3)::int AS ended3,
         coalesce(array_agg(id) FILTER (WHERE due3 <= $2 AND end_date < due3), '{}') AS ended3_ids,
         count(*) FILTER (WHERE ${WAGED.replaceAll('c.', '')})::int AS waged,
         count(*) FILTER (WHERE ${BELOW.replaceAll('c.', '')})::int AS below_minimum
    FROM cases GROUP BY organization_id),
insurance AS (
  SELECT organization_id, sum(least(insurance_months, months))::int AS insured, sum(months)::int AS employed,
         count(DISTINCT id)::int AS cases, coalesce(array_agg(DISTINCT id) FILTER (WHERE insurance_months < months), '{}') AS gap_ids
    FROM (SELECT c.id, c.organization_id, f.insurance_months, ${MONTHS_EMPLOYED} AS months
            FROM cases c JOIN placement_year_fact f ON f.placement_id = c.id AND f.year <= extract(year FROM $2::date) ${FACT_SPAN}) y
   WHERE months > 0
   GROUP BY organization_id)
SELECT o.id AS "organizationId", o.name AS "organizationName", o.county_code AS "countyCode",
       cf.placements, cf.due6, cf.retained6, cf.not_retained_ids AS "notRetainedIds",
       cf.due3, cf.ended3, cf.ended3_ids AS "ended3Ids", cf.waged, cf.below_minimum AS "belowMinimum",
       coalesce(i.insured, 0) AS insured, coalesce(i.employed, 0) AS employed, coalesce(i.cases, 0) AS "insuranceCases",
       coalesce(i.gap_ids, '{}') AS "insuranceGapIds"
  FROM orgs o
  JOIN case_figures cf ON cf.organization_id = o.id
  LEFT JOIN insurance i ON i.organization_id = o.id`.replaceAll('$6', '$5').replaceAll('$7', '$6');

/** Each judged reserved posting of the employers in $4, oldest first ($1 to $5 only: postingParams). */
export const POSTING_FIGURES_SQL = `
WITH ${ORGS}, ${POSTS}
SELECT id AS "postingId", organization_id AS "organizationId", title, openings, published_on::text AS "publishedOn",
       placed, first_start::text AS "firstStart", applications, interviewed
  FROM posts ORDER BY published_on, id`;

/**
 * Genuine placements starting in the period paying below the threshold share of the minimum (one flag each). It has
 * no postings, so no $5: the wage parameters are $5 and $6 here (payParams).
 */
export const PAY_BELOW_MINIMUM_SQL = `
WITH ${ORGS}, ${CASES}
SELECT c.id AS "placementId", c.organization_id AS "organizationId", o.county_code AS "countyCode", p.seeker_id AS "seekerId",
       c.start_date::text AS "startDate", c.monthly_wage::float AS "monthlyWage", c.minimum::float AS minimum
  FROM cases c JOIN orgs o ON o.id = c.organization_id JOIN placement p ON p.id = c.id
 WHERE ${BELOW}`.replaceAll('$6', '$5').replaceAll('$7', '$6');

/** The parameters of each statement, from the seven of the employers' figures (the header lists them). */
export const postingParams = (all: unknown[]) => all.slice(0, 5);
export const payParams = (all: unknown[]) => [...all.slice(0, 4), ...all.slice(5)];
