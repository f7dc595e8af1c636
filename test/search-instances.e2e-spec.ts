// Several instances behind a load balancer, each with the embedded engine (an index in its own memory): every
// instance's index follows every change, whichever instance (or script) wrote it. Two server processes on one
// database; postings published through the first are found by both, an organization renamed by a plain SQL write
// is found under its new name by both, and a posting closed through the second leaves both.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { EmbeddedSearchEngine } from '../server/src/search/engines/embedded/embedded-engine.js';
import { POSTINGS_INDEX } from '../server/src/search/indexes.js';
import { pgDatabase } from '../server/src/search/pg-database.js';
import { reconcileIndex } from '../server/src/search/rebuild.js';
import { documentBatches } from '../server/src/search/sources.js';
import { employer, postingInput, CREATE_POSTING, PUBLISH_POSTING } from './support/fixtures.js';
import { Client, startAnotherInstance, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let second: { url: string; stop(): Promise<void> };
let emp: Awaited<ReturnType<typeof employer>>;

beforeAll(async () => {
  server = await startTestServer();
  second = await startAnotherInstance('second');
  emp = await employer(server, { name: '信阳市档案服务有限公司' });
});
afterAll(async () => {
  await second?.stop();
  await server?.close();
});

const SEARCH = `query($q: String!) { searchPostings(query: $q, page: { pageSize: 50 }) { total items { posting { id } } } }`;

async function totals(q: string): Promise<number[]> {
  return Promise.all([server.url, second.url].map(async (url) => {
    const r = await new Client(url).ok<{ searchPostings: { total: number } }>(SEARCH, { q });
    return r.searchPostings.total;
  }));
}

/** Polls both instances until each finds `want` (the followers apply within a fraction of a second; 15 s at most). */
async function bothFind(q: string, want: number): Promise<number[]> {
  const until = Date.now() + 15_000;
  for (;;) {
    const t = await totals(q);
    if (t.every((n) => n === want) || Date.now() > until) return t;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('two instances, one database, each with its own embedded index', () => {
  const ids: string[] = [];

  it('20 postings published through the first instance are found by both', async () => {
    for (let i = 0; i < 20; i++) {
      const { createPosting } = await emp.client.ok<{ createPosting: { id: string } }>(CREATE_POSTING,
        { input: postingInput({ title: `档案整理员${i}号`, skills: ['档案整理'] }) });
      await emp.client.ok(PUBLISH_POSTING, { id: createPosting.id });
      ids.push(createPosting.id);
    }
    expect(await bothFind('档案整理员', 20)).toEqual([20, 20]);
  });

  it('an organization renamed by any writer (here plain SQL) is found under its new name by both', async () => {
    expect(await totals('淮河卷宗')).toEqual([0, 0]);
    await server.db.query(`UPDATE organization SET name = '信阳市淮河卷宗服务有限公司' WHERE id = $1`, [emp.organizationId]);
    expect(await bothFind('淮河卷宗', 20)).toEqual([20, 20]);
  });

  it('a long write in another database of the same PostgreSQL does not hold either instance back', async () => {
    // transaction ids are shared by the whole cluster: an open transaction with an id in another database (a bulk
    // load, a migration, another product) must not stop this database's followers
    const url = new URL(process.env.E2E_DATABASE_URL!);
    url.pathname = '/postgres';
    const other = new pg.Client({ connectionString: url.toString() });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT pg_current_xact_id()');
      await server.db.query(`UPDATE organization SET name = '信阳市淠河档案服务有限公司' WHERE id = $1`, [emp.organizationId]);
      expect(await bothFind('淠河档案', 20)).toEqual([20, 20]);
    } finally {
      await other.query('ROLLBACK');
      await other.end();
    }
  });

  it('a write still open in this database waits; it is applied once it commits', async () => {
    const tx = await server.db.connect();
    try {
      await tx.query('BEGIN');
      await tx.query(`UPDATE organization SET name = '信阳市竹竿档案服务有限公司' WHERE id = $1`, [emp.organizationId]);
      await new Promise((r) => setTimeout(r, 500));
      expect(await totals('竹竿档案')).toEqual([0, 0]);
      await tx.query('COMMIT');
    } finally {
      tx.release();
    }
    expect(await bothFind('竹竿档案', 20)).toEqual([20, 20]);
  });

  it('a posting closed through the second instance leaves both', async () => {
    const viaSecond = new Client(second.url);
    viaSecond.cookie = emp.client.cookie;
    const r = await viaSecond.gql(`mutation($id: ID!) { closePosting(id: $id) { id status } }`, { id: ids[0] });
    expect(r.errors).toBeUndefined();
    expect(await bothFind('档案整理员', 19)).toEqual([19, 19]);
  });
});

describe('the start-up repair compares content, not counts', () => {
  it('a stale document, a missing one and one that should not be there, with the count unchanged, are all mended', async () => {
    const db = pgDatabase(server.db);
    const engine = new EmbeddedSearchEngine({ words: ['罗山县'] });
    await engine.ensureIndex(POSTINGS_INDEX);
    expect(await reconcileIndex(engine, db, 'posting')).toMatchObject({ rebuilt: true });
    const expected: Array<[string, unknown]> = [];
    for await (const batch of documentBatches(db, 'posting')) expected.push(...batch.map((d) => [d.id, d.digest] as [string, unknown]));
    expected.sort();
    const before = await engine.count(POSTINGS_INDEX.name);
    const [a, b] = (await engine.allDocuments(POSTINGS_INDEX.name)).map((d) => d.id);
    const [docA] = (await engine.allDocuments(POSTINGS_INDEX.name)).filter((d) => d.id === a);
    await engine.upsert(POSTINGS_INDEX.name, [{ ...docA, title: '早已改名的职位', digest: 'stale' }]);
    await engine.delete(POSTINGS_INDEX.name, [b]);
    await engine.upsert(POSTINGS_INDEX.name, [{ ...docA, id: randomUUID(), digest: 'closed-long-ago' }]);
    expect(await engine.count(POSTINGS_INDEX.name)).toBe(before);

    expect(await reconcileIndex(engine, db, 'posting')).toEqual({ rebuilt: false, upserted: 2, deleted: 1 });
    const now = (await engine.allDocuments(POSTINGS_INDEX.name)).map((d) => [d.id, d.digest]).sort();
    expect(now).toEqual(expected);
    expect(await reconcileIndex(engine, db, 'posting')).toEqual({ rebuilt: false, upserted: 0, deleted: 0 });
  });
});
