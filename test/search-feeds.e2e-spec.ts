// Freshness by construction: every column a search document is made from (the SQL in server/src/search/sources.ts)
// enqueues its aggregate in the outbox when any writer changes it, and a column that feeds no document does not.
// The test reads the columns from the sources' SQL itself, so a column added there without a trigger fails here.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { POSTINGS_SQL, SEEKERS_SQL } from '../server/src/search/sources.js';
import { employer, publishedPosting, seeker, XIXIAN } from './support/fixtures.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let postingId: string;
let organizationId: string;
let seekerId: string;

beforeAll(async () => {
  server = await startTestServer();
  const emp = await employer(server);
  organizationId = emp.organizationId;
  postingId = await publishedPosting(emp, { demands: ['WALKING'], supports: ['SCREEN_READER'] });
  await employer(server); // another organization to move the posting to
  seekerId = (await seeker(server, { consents: ['SENSITIVE_DATA', 'JOB_MATCHING', 'DISCOVERABLE'] })).seekerId;
});
afterAll(async () => { await server?.close(); });

const TABLE_OF_ALIAS: Record<string, string> = { p: 'posting', o: 'organization', c: 'county', s: 'seeker_profile', cr: 'consent_record' };

/** table → the columns the SQL reads from it (alias.column, outside the WHERE's consent subquery's own names). */
function columnsRead(sql: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [, alias, column] of sql.matchAll(/\b(p|o|c|s|cr)\.([a-z_]+)\b/g)) {
    const table = TABLE_OF_ALIAS[alias];
    if (!out.has(table)) out.set(table, new Set());
    out.get(table)!.add(column);
  }
  return out;
}

/**
 * A changed value for each column the sources read, as SQL over the row's current value; key columns (id, the
 * joins' keys) are changed where that means something (a posting moved to another county or organization).
 */
const CHANGES: Record<string, Record<string, string>> = {
  posting: {
    id: '', // the key: covered by insert and delete below
    title: `title || '新'`, description: `description || '新'`, skills: `skills || '{新技能}'`, county_code: `'${XIXIAN}'`,
    address: `address || '1号'`, latitude: `coalesce(latitude, 32) + 0.01`, longitude: `coalesce(longitude, 114) + 0.01`,
    employment_form: `CASE WHEN employment_form = 'PART_TIME' THEN 'FULL_TIME' ELSE 'PART_TIME' END`, openings: `openings + 1`,
    hired_count: `hired_count + 1`, salary_min: `coalesce(salary_min, 0) + 1`, salary_max: `coalesce(salary_max, 100000) + 1`,
    education_required: `CASE WHEN education_required = 'NONE' THEN 'PRIMARY' ELSE 'NONE' END`, reserved: `NOT reserved`,
    demands: `demands || '{LIFTING}'`, supports: `supports || '{BRAILLE}'`, suitable_categories: `suitable_categories || '{HEARING}'`,
    deadline: `coalesce(deadline, current_date + 30) + 1`, published_at: `published_at - interval '1 hour'`, version: `version + 1`,
    organization_id: `(SELECT id FROM organization WHERE id <> posting.organization_id LIMIT 1)`, status: `'CLOSED'`,
  },
  organization: {
    id: '', name: `name || '新'`, type: `CASE WHEN type = 'PRIVATE' THEN 'STATE_OWNED' ELSE 'PRIVATE' END`, verification_status: `'REJECTED'`,
  },
  county: { code: '', name_zh: `name_zh || '新'`, latitude: `latitude + 0.01`, longitude: `longitude + 0.01` },
  seeker_profile: {
    id: '', county_code: `'${XIXIAN}'`, skills: `skills || '{新技能}'`, experience: `experience || '新'`,
    category: `CASE WHEN category = 'HEARING' THEN 'VISUAL' ELSE 'HEARING' END`,
    cannot_do: `cannot_do || '{LIFTING}'`, supports_must: `supports_must || '{BRAILLE}'`, preferred_forms: `preferred_forms || '{PART_TIME}'`,
    preferred_counties: `preferred_counties || '{${XIXIAN}}'`, education: `CASE WHEN education = 'NONE' THEN 'PRIMARY' ELSE 'NONE' END`,
    employment_status: `CASE WHEN employment_status = 'EMPLOYED' THEN 'UNEMPLOYED' ELSE 'EMPLOYED' END`, updated_at: `updated_at + interval '1 second'`,
  },
  consent_record: { seeker_id: '', purpose: '', granted: '', id: '' },
};

/** The outbox rows the statement wrote, by aggregate; the change is rolled back, so every case starts from the same rows. */
async function enqueuedBy(sql: string, params: unknown[] = []): Promise<Array<{ aggregate: string; aggregate_id: string }>> {
  const c = await server.db.connect();
  try {
    await c.query('BEGIN');
    await c.query(sql, params);
    const { rows } = await c.query(`SELECT aggregate, aggregate_id FROM outbox WHERE tx = pg_current_xact_id() ORDER BY id`);
    return rows;
  } finally {
    await c.query('ROLLBACK');
    c.release();
  }
}

const WHERE: Record<string, { sql: string; param: () => string }> = {
  posting: { sql: 'id = $1', param: () => postingId },
  organization: { sql: 'id = $1', param: () => organizationId },
  seeker_profile: { sql: 'id = $1', param: () => seekerId },
  county: { sql: 'code = $1', param: () => '411521' },
};

describe('the search feed: every column a document is made from enqueues its aggregate', () => {
  const read = columnsRead(POSTINGS_SQL);
  for (const [table, cols] of columnsRead(SEEKERS_SQL)) {
    if (!read.has(table)) read.set(table, new Set());
    for (const c of cols) read.get(table)!.add(c);
  }

  it('the test knows a change for every column the sources read (a new column needs a trigger and a line here)', () => {
    for (const [table, cols] of read) {
      expect({ table, unknown: [...cols].filter((c) => !(c in (CHANGES[table] ?? {}))) }).toEqual({ table, unknown: [] });
    }
  });

  const cases = Object.entries(CHANGES).flatMap(([table, cols]) => Object.entries(cols)
    .filter(([, change]) => change !== '').map(([column, change]) => [table, column, change] as const));
  it.each(cases)('%s.%s', async (table, column, change) => {
    const where = WHERE[table];
    const rows = await enqueuedBy(`UPDATE ${table} SET ${column} = ${change} WHERE ${where.sql}`, [where.param()]);
    const expected = table === 'seeker_profile' ? ['seeker', seekerId] : ['posting', postingId];
    expect(rows.map((r) => [r.aggregate, r.aggregate_id])).toContainEqual(expected);
  });

  it('a column no document is made from enqueues nothing; writing a column to its own value enqueues nothing', async () => {
    expect(await enqueuedBy(`UPDATE posting SET updated_at = now() + interval '1 minute' WHERE id = $1`, [postingId])).toEqual([]);
    expect(await enqueuedBy(`UPDATE seeker_profile SET phone = '13900000000' WHERE id = $1`, [seekerId])).toEqual([]);
    expect(await enqueuedBy(`UPDATE organization SET contact_name = '新联系人' WHERE id = $1`, [organizationId])).toEqual([]);
    expect(await enqueuedBy(`UPDATE posting SET title = title WHERE id = $1`, [postingId])).toEqual([]);
  });

  it('a consent to be found, given or withdrawn, enqueues the seeker; a published posting deleted enqueues its removal', async () => {
    for (const granted of [true, false]) {
      expect(await enqueuedBy(`INSERT INTO consent_record (seeker_id, purpose, granted) VALUES ($1, 'DISCOVERABLE', $2)`, [seekerId, granted]))
        .toEqual([{ aggregate: 'seeker', aggregate_id: seekerId }]);
    }
    expect(await enqueuedBy(`INSERT INTO consent_record (seeker_id, purpose, granted) VALUES ($1, 'JOB_MATCHING', true)`, [seekerId])).toEqual([]);
    expect(await enqueuedBy(`DELETE FROM posting WHERE id = $1`, [postingId])).toEqual([{ aggregate: 'posting', aggregate_id: postingId }]);
  });

  it('a bulk load with the feed switched off for its transaction enqueues nothing', async () => {
    const c = await server.db.connect();
    try {
      await c.query('BEGIN');
      await c.query(`SET LOCAL zyt.search_feed = 'off'`);
      await c.query(`UPDATE posting SET title = title || '新' WHERE id = $1`, [postingId]);
      const { rows } = await c.query(`SELECT count(*)::int AS n FROM outbox WHERE tx = pg_current_xact_id()`);
      expect(rows[0].n).toBe(0);
    } finally {
      await c.query('ROLLBACK');
      c.release();
    }
  });
});
