// What feeds the search indexes is known in one place: these triggers. Every write to a column that a search document
// is made from (server/src/search/sources.ts reads exactly these) enqueues the aggregate in the outbox, in the writer's
// transaction, whichever service or script wrote it; no service has to remember to. test/search-feeds.e2e-spec.ts
// walks every column the sources read and checks that changing it enqueues, and that other columns do not.
//
// Statement triggers with transition tables: a bulk write (the registry import, an organization with a thousand
// postings) enqueues in one INSERT … SELECT. Bulk loads that rebuild the index afterwards (demo data, `npm run seed`)
// switch the feed off for their transaction with SET LOCAL zyt.search_feed = 'off'.
//
// The outbox also learns which transaction wrote each row (tx), so that every server instance can follow it by a
// cursor of its own (search/outbox-follower.ts), and a statement trigger sends NOTIFY at commit to wake them.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const POSTING_COLUMNS = ['title', 'description', 'skills', 'county_code', 'address', 'latitude', 'longitude', 'employment_form', 'openings',
  'hired_count', 'salary_min', 'salary_max', 'education_required', 'reserved', 'demands', 'supports', 'suitable_categories', 'deadline',
  'published_at', 'version', 'organization_id', 'status'];
const ORGANIZATION_COLUMNS = ['name', 'type', 'verification_status'];
const COUNTY_COLUMNS = ['name_zh', 'latitude', 'longitude'];
const SEEKER_COLUMNS = ['county_code', 'skills', 'experience', 'category', 'cannot_do', 'supports_must', 'preferred_forms', 'preferred_counties',
  'education', 'employment_status', 'updated_at'];

const changed = (columns: string[]) =>
  `(${columns.map((c) => `n.${c}`).join(', ')}) IS DISTINCT FROM (${columns.map((c) => `o.${c}`).join(', ')})`;

/** A posting the index holds (sources.ts): published, or closed because every opening was filled (shown when asked). */
const indexable = (p: string) => `(${p}.status = 'PUBLISHED' OR (${p}.status = 'CLOSED' AND ${p}.hired_count >= ${p}.openings))`;

const OFF = `IF current_setting('zyt.search_feed', true) = 'off' THEN RETURN NULL; END IF;`;

const FUNCTIONS: Record<string, string> = {
  search_feed_posting_insert: `
    INSERT INTO outbox (aggregate, aggregate_id, op) SELECT 'posting', n.id, 'UPSERT' FROM new_rows n WHERE ${indexable('n')};`,
  search_feed_posting_update: `
    INSERT INTO outbox (aggregate, aggregate_id, op)
    SELECT 'posting', n.id, CASE WHEN ${indexable('n')} THEN 'UPSERT' ELSE 'DELETE' END
      FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE (${indexable('n')} OR ${indexable('o')}) AND ${changed(POSTING_COLUMNS)};`,
  search_feed_posting_delete: `
    INSERT INTO outbox (aggregate, aggregate_id, op) SELECT 'posting', o.id, 'DELETE' FROM old_rows o WHERE ${indexable('o')};`,
  search_feed_organization_update: `
    INSERT INTO outbox (aggregate, aggregate_id, op)
    SELECT 'posting', p.id, CASE WHEN n.verification_status = 'VERIFIED' THEN 'UPSERT' ELSE 'DELETE' END
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN posting p ON p.organization_id = n.id
     WHERE ${indexable('p')} AND ${changed(ORGANIZATION_COLUMNS)};`,
  search_feed_county_update: `
    INSERT INTO outbox (aggregate, aggregate_id, op)
    SELECT 'posting', p.id, 'UPSERT' FROM new_rows n JOIN old_rows o ON o.code = n.code JOIN posting p ON p.county_code = n.code
     WHERE ${indexable('p')} AND ${changed(COUNTY_COLUMNS)};
    INSERT INTO outbox (aggregate, aggregate_id, op)
    SELECT 'seeker', s.id, 'UPSERT' FROM new_rows n JOIN old_rows o ON o.code = n.code JOIN seeker_profile s ON s.county_code = n.code
     WHERE ${changed(COUNTY_COLUMNS)};`,
  search_feed_seeker_update: `
    INSERT INTO outbox (aggregate, aggregate_id, op)
    SELECT 'seeker', n.id, 'UPSERT' FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE ${changed(SEEKER_COLUMNS)};`,
  search_feed_seeker_delete: `
    INSERT INTO outbox (aggregate, aggregate_id, op) SELECT 'seeker', o.id, 'DELETE' FROM old_rows o;`,
  search_feed_consent_insert: `
    INSERT INTO outbox (aggregate, aggregate_id, op)
    SELECT DISTINCT ON (n.seeker_id) 'seeker', n.seeker_id, CASE WHEN n.granted THEN 'UPSERT' ELSE 'DELETE' END
      FROM new_rows n WHERE n.purpose = 'DISCOVERABLE' ORDER BY n.seeker_id, n.id DESC;`,
};

/** [trigger function, table, event, transition tables] */
const TRIGGERS: Array<[string, string, 'INSERT' | 'UPDATE' | 'DELETE']> = [
  ['search_feed_posting_insert', 'posting', 'INSERT'],
  ['search_feed_posting_update', 'posting', 'UPDATE'],
  ['search_feed_posting_delete', 'posting', 'DELETE'],
  ['search_feed_organization_update', 'organization', 'UPDATE'],
  ['search_feed_county_update', 'county', 'UPDATE'],
  ['search_feed_seeker_update', 'seeker_profile', 'UPDATE'],
  ['search_feed_seeker_delete', 'seeker_profile', 'DELETE'],
  ['search_feed_consent_insert', 'consent_record', 'INSERT'],
];

const REFERENCING = { INSERT: 'NEW TABLE AS new_rows', UPDATE: 'OLD TABLE AS old_rows NEW TABLE AS new_rows', DELETE: 'OLD TABLE AS old_rows' };

export class SearchFeeds1766400000000 implements MigrationInterface {
  name = 'SearchFeeds1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id()`);
    await q.query(`COMMENT ON COLUMN outbox.tx IS 'The transaction that wrote the row: instances follow the outbox by a transaction horizon'`);
    await q.query(`CREATE INDEX outbox_tx_idx ON outbox (tx, id)`);
    await q.query(`
      CREATE FUNCTION search_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('search_outbox', ''); RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER search_outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_notify()`);
    for (const [name, body] of Object.entries(FUNCTIONS)) {
      await q.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${OFF} ${body} RETURN NULL; END $$`);
    }
    for (const [fn, table, event] of TRIGGERS) {
      await q.query(`CREATE TRIGGER ${fn} AFTER ${event} ON ${table} REFERENCING ${REFERENCING[event]}
                     FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [fn, table] of TRIGGERS) await q.query(`DROP TRIGGER IF EXISTS ${fn} ON ${table}`);
    for (const name of Object.keys(FUNCTIONS)) await q.query(`DROP FUNCTION IF EXISTS ${name}()`);
    await q.query(`DROP TRIGGER IF EXISTS search_outbox_notify ON outbox`);
    await q.query(`DROP FUNCTION IF EXISTS search_outbox_notify()`);
    await q.query(`ALTER TABLE outbox DROP COLUMN tx`);
  }
}
