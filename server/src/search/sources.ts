// What the indexes hold, read from PostgreSQL: published postings of verified organizations (and those closed because
// every opening was filled, which search shows only when asked for full ones), and seekers whose latest DISCOVERABLE
// consent is granted. Plain SQL over a minimal connection interface, so the relay, the reindex command, the server and
// the tests share it without a framework. The columns read here are exactly the ones the search feed triggers watch
// (migration 1766400000000); test/search-feeds.e2e-spec.ts keeps the two in step.
import { createHash } from 'node:crypto';
import type { SearchDocument } from './search-engine.js';
import { POSTINGS_INDEX, postingDocument, SEEKERS_INDEX, seekerDocument, type CountyPlace } from './indexes.js';

/** A connection or transaction that runs one statement and returns its rows. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

/** Sql plus transactions. */
export interface Database extends Sql {
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
}

export type Aggregate = 'posting' | 'seeker';

export const INDEX_OF: Record<Aggregate, string> = { posting: POSTINGS_INDEX.name, seeker: SEEKERS_INDEX.name };

export const POSTINGS_SQL = `
  SELECT p.id, p.title, p.description, p.skills, p.county_code, p.address, p.latitude, p.longitude, p.employment_form,
         p.openings, p.hired_count, p.salary_min, p.salary_max, p.education_required, p.reserved, p.demands, p.supports,
         p.suitable_categories, p.deadline::text AS deadline, p.published_at, p.version, p.organization_id,
         o.name AS organization_name, o.type AS organization_type, c.name_zh AS county_name, c.latitude AS county_lat,
         c.longitude AS county_lng
    FROM posting p
    JOIN organization o ON o.id = p.organization_id
    LEFT JOIN county c ON c.code = p.county_code
   WHERE (p.status = 'PUBLISHED' OR (p.status = 'CLOSED' AND p.hired_count >= p.openings)) AND o.verification_status = 'VERIFIED'`;

export const SEEKERS_SQL = `
  SELECT s.id, s.county_code, s.skills, s.experience, s.category, s.cannot_do, s.supports_must, s.preferred_forms,
         s.preferred_counties, s.education, s.employment_status, s.updated_at, c.name_zh AS county_name,
         c.latitude AS county_lat, c.longitude AS county_lng
    FROM seeker_profile s
    LEFT JOIN county c ON c.code = s.county_code
   WHERE (SELECT cr.granted FROM consent_record cr
           WHERE cr.seeker_id = s.id AND cr.purpose = 'DISCOVERABLE' ORDER BY cr.id DESC LIMIT 1) IS TRUE`;

type Row = Record<string, any>;

function place(r: Row): CountyPlace | undefined {
  return r.county_name ? { nameZh: r.county_name, latitude: Number(r.county_lat), longitude: Number(r.county_lng) } : undefined;
}

function postingFromRow(r: Row): SearchDocument {
  return postingDocument({
    id: r.id, title: r.title, description: r.description, skills: r.skills, countyCode: r.county_code, address: r.address,
    latitude: r.latitude, longitude: r.longitude, employmentForm: r.employment_form, openings: r.openings, hiredCount: r.hired_count,
    salaryMin: r.salary_min, salaryMax: r.salary_max, educationRequired: r.education_required, reserved: r.reserved,
    demands: r.demands, supports: r.supports, suitableCategories: r.suitable_categories, deadline: r.deadline,
    publishedAt: r.published_at, version: r.version, organizationId: r.organization_id, organizationName: r.organization_name,
    organizationType: r.organization_type,
  }, place(r));
}

function seekerFromRow(r: Row): SearchDocument {
  return seekerDocument({
    id: r.id, countyCode: r.county_code, skills: r.skills, experience: r.experience, category: r.category, cannotDo: r.cannot_do,
    supportsMust: r.supports_must, preferredForms: r.preferred_forms, preferredCounties: r.preferred_counties,
    education: r.education, employmentStatus: r.employment_status, updatedAt: r.updated_at,
  }, place(r));
}

/**
 * The document with a digest of everything else in it: the start-up repair compares each indexed digest with the one
 * PostgreSQL's rows give now, so a document whose content went stale is found even when the counts agree.
 */
export function withDigest(doc: SearchDocument): SearchDocument {
  const { digest: _old, ...rest } = doc;
  const canonical = JSON.stringify(Object.keys(rest).sort().map((k) => [k, rest[k]]));
  return { ...rest, digest: createHash('sha256').update(canonical).digest('base64url').slice(0, 22) };
}

const SOURCES: Record<Aggregate, { sql: string; alias: string; toDocument: (r: Row) => SearchDocument }> = {
  posting: { sql: POSTINGS_SQL, alias: 'p', toDocument: (r) => withDigest(postingFromRow(r)) },
  seeker: { sql: SEEKERS_SQL, alias: 's', toDocument: (r) => withDigest(seekerFromRow(r)) },
};

/** The documents the index should hold for these ids now; an id missing from the result should not be indexed. */
export async function loadDocuments(sql: Sql, aggregate: Aggregate, ids: readonly string[]): Promise<Map<string, SearchDocument>> {
  if (!ids.length) return new Map();
  const src = SOURCES[aggregate];
  const rows = await sql.query<Row>(`${src.sql} AND ${src.alias}.id = ANY($1::uuid[])`, [ids]);
  return new Map(rows.map((r) => [r.id as string, src.toDocument(r)]));
}

export async function countIndexable(sql: Sql, aggregate: Aggregate): Promise<number> {
  const [row] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${SOURCES[aggregate].sql}) x`);
  return row.n;
}

/** Every document the index should hold, in batches by id (keyset pagination: constant cost per batch). */
export async function* documentBatches(sql: Sql, aggregate: Aggregate, size = 1000): AsyncGenerator<SearchDocument[]> {
  const src = SOURCES[aggregate];
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await sql.query<Row>(`${src.sql} AND ${src.alias}.id > $1 ORDER BY ${src.alias}.id LIMIT $2`, [after, size]);
    if (!rows.length) return;
    yield rows.map(src.toDocument);
    after = rows[rows.length - 1].id;
    if (rows.length < size) return;
  }
}
