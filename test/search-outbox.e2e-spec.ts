// The outbox relay against real PostgreSQL, in a database of its own (the e2e server's relay must not take these
// rows): an engine outage during 1,000 posting changes, a relay killed mid-batch, and relays working side by side.
// Each time the index must end equal to PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { InitialSchema1764400000000 } from '../server/src/database/migrations/1764400000000-initial-schema.js';
import { EmbeddedSearchEngine } from '../server/src/search/engines/embedded/embedded-engine.js';
import { POSTINGS_INDEX, SEEKERS_INDEX } from '../server/src/search/indexes.js';
import { OutboxRelay, type RelayOptions } from '../server/src/search/outbox-relay.js';
import { pgDatabase } from '../server/src/search/pg-database.js';
import { rebuildIndex } from '../server/src/search/rebuild.js';
import { SearchEngine, type IndexSchema, type SearchDocument, type SearchRequest } from '../server/src/search/search-engine.js';
import type { Database } from '../server/src/search/sources.js';

const DB = `zyt_outbox_${process.pid}`;
const OPTIONS: RelayOptions = { batchSize: 100, pollMs: 10, backoffMs: 5, maxBackoffMs: 40, retainDays: 7 };
const ORG = '11111111-1111-4111-8111-111111111111';

/** Delegates to a real engine; throws while `failing`, or hangs in `hangAfter` writes (a relay being killed). */
class UnreliableEngine extends SearchEngine {
  readonly name = 'unreliable';
  failing = false;
  hangAfter: number | null = null;
  writes = 0;
  hanging: Promise<void> | null = null;
  private release: (() => void) | null = null;
  hungAt: (() => void) | null = null;

  constructor(readonly inner: SearchEngine) {
    super();
  }

  private async gate() {
    if (this.failing) throw new Error('search engine unavailable (simulated outage)');
    this.writes++;
    if (this.hangAfter !== null && this.writes > this.hangAfter) {
      this.hungAt?.();
      await new Promise<void>((resolve) => { this.release = resolve; });
      throw new Error('the relay process was killed');
    }
  }

  unhang() { this.release?.(); }
  ensureIndex(s: IndexSchema) { return this.inner.ensureIndex(s); }
  async upsert(i: string, d: readonly SearchDocument[]) { await this.gate(); return this.inner.upsert(i, d); }
  async delete(i: string, ids: readonly string[]) { await this.gate(); return this.inner.delete(i, ids); }
  search(i: string, r: SearchRequest) { return this.inner.search(i, r); }
  replaceAll(i: string, b: AsyncIterable<readonly SearchDocument[]>) { return this.inner.replaceAll(i, b); }
  count(i: string) { return this.inner.count(i); }
  allDocuments(i: string) { return this.inner.allDocuments(i); }
  dropIndex(i: string) { return this.inner.dropIndex(i); }
}

let admin: pg.Client;
let url: string;
let pool: pg.Pool;
let db: Database;

async function newEngine(): Promise<EmbeddedSearchEngine> {
  const e = new EmbeddedSearchEngine({ words: ['罗山县'] });
  await e.ensureIndex(POSTINGS_INDEX);
  await e.ensureIndex(SEEKERS_INDEX);
  return e;
}

/** One change as a domain service makes it: the row and its outbox entry in one transaction. */
async function change(sql: string, params: unknown[], op: 'UPSERT' | 'DELETE'): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = await tx.query<{ id: string }>(sql, params);
    for (const r of rows) await tx.query(`INSERT INTO outbox (aggregate, aggregate_id, op) VALUES ('posting', $1, $2)`, [r.id, op]);
  });
}

async function publishNew(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { rows } = await pool.query(
      `INSERT INTO posting (organization_id, title, description, county_code, address, employment_form, openings, status, published_at, skills)
       VALUES ($1, $2, '整理档案，录入资料。', '411521', '罗山县城关镇', 'FULL_TIME', 2, 'DRAFT', NULL, '{}') RETURNING id`, [ORG, `档案录入员${i}`]);
    ids.push(rows[0].id);
    await change(`UPDATE posting SET status = 'PUBLISHED', published_at = now(), version = version + 1 WHERE id = $1 RETURNING id`, [rows[0].id], 'UPSERT');
  }
  return ids;
}

async function expectIndexEqualsPostgres(engine: SearchEngine) {
  const { rows } = await pool.query(`SELECT id, version, title FROM posting WHERE status = 'PUBLISHED' ORDER BY id`);
  const docs = (await engine.allDocuments(POSTINGS_INDEX.name)).sort((a, b) => (a.id < b.id ? -1 : 1));
  expect(docs.map((d) => [d.id, d.version])).toEqual(rows.map((r) => [r.id, r.version]));
  // and text follows too: every published title is found by its own words
  const sample = rows.filter((_, i) => i % 97 === 0);
  for (const r of sample) {
    const hits = await engine.search(POSTINGS_INDEX.name, { query: r.title, limit: 1000 });
    expect(hits.hits.map((h) => h.id)).toContain(r.id);
  }
}

async function pending(): Promise<number> {
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL`);
  return rows[0].n;
}

async function drainUntilEmpty(relay: OutboxRelay, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while ((await pending()) > 0) {
    if (Date.now() > until) throw new Error(`outbox still has ${await pending()} rows`);
    const r = await relay.drainOnce();
    if (r.claimed === 0) await new Promise((res) => setTimeout(res, 10));
  }
}

beforeAll(async () => {
  admin = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB}`);
  const u = new URL(process.env.E2E_DATABASE_URL!);
  u.pathname = `/${DB}`;
  url = u.toString();
  pool = new pg.Pool({ connectionString: url, max: 8 });
  pool.on('error', () => undefined); // idle connections closed by the DROP DATABASE at the end
  db = pgDatabase(pool);
  await new InitialSchema1764400000000().up({ query: (q: string) => pool.query(q) } as never);
  await pool.query(`INSERT INTO county (code, city_code, name_zh, name_en, latitude, longitude) VALUES ('411521', '411500', '罗山县', 'Luoshan', 32.2, 114.5)`);
  await pool.query(`INSERT INTO organization (id, name, credit_code, type, county_code, staff_count, verification_status) VALUES ($1, '罗山县档案服务中心', '91411521MA00000000', 'PUBLIC_INSTITUTION', '411521', 50, 'VERIFIED')`, [ORG]);
}, 60_000);

afterAll(async () => {
  await pool?.end();
  await admin?.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin?.end();
});

describe('outbox relay', () => {
  it('an engine outage during 1,000 posting changes loses nothing: after recovery the index equals PostgreSQL', async () => {
    const engine = new UnreliableEngine(await newEngine());
    const relay = new OutboxRelay(db, engine, OPTIONS);
    engine.failing = true;
    // the relay keeps trying during the outage
    let stop = false;
    const trying = (async () => { while (!stop) { await relay.drainOnce(); await new Promise((r) => setTimeout(r, 5)); } })();

    const ids = await publishNew(400); // 400 changes
    for (const id of ids.slice(0, 300)) { // 300 edits
      await change(`UPDATE posting SET title = title || '（已更新）', version = version + 1 WHERE id = $1 RETURNING id`, [id], 'UPSERT');
    }
    for (const id of ids.slice(100, 300)) { // 200 closures
      await change(`UPDATE posting SET status = 'CLOSED', closed_at = now(), version = version + 1 WHERE id = $1 RETURNING id`, [id], 'DELETE');
    }
    for (const id of ids.slice(200, 300)) { // 100 re-publications
      await change(`UPDATE posting SET status = 'PUBLISHED', closed_at = NULL, version = version + 1 WHERE id = $1 RETURNING id`, [id], 'UPSERT');
    }
    stop = true;
    await trying;

    const { rows: [o] } = await pool.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE processed_at IS NULL)::int AS pending,
              count(*) FILTER (WHERE attempts > 0 AND last_error LIKE '%simulated outage%')::int AS retried FROM outbox`);
    expect(o.total).toBe(1000);
    expect(o.pending).toBe(1000);
    expect(o.retried).toBeGreaterThan(0);
    expect(await engine.count(POSTINGS_INDEX.name)).toBe(0);

    engine.failing = false;
    await drainUntilEmpty(relay);
    await expectIndexEqualsPostgres(engine);
    expect(await engine.count(POSTINGS_INDEX.name)).toBe(300); // 100 untouched-by-closing + 100 never closed + 100 re-published
  }, 60_000);

  it('a relay killed mid-batch loses nothing, and the next relay applies every change once', async () => {
    await publishNew(150);
    const engine = await newEngine();
    await rebuildIndex(engine, db, 'posting');
    const { rows: [{ before }] } = await pool.query(`SELECT coalesce(max(id), 0) AS before FROM outbox`);
    await pool.query(`UPDATE outbox SET processed_at = now() WHERE processed_at IS NULL`); // the rebuild covered them
    const { rows } = await pool.query(`SELECT id FROM posting WHERE status = 'PUBLISHED' ORDER BY id LIMIT 150`);
    for (const r of rows) await change(`UPDATE posting SET title = title || '！', version = version + 1 WHERE id = $1 RETURNING id`, [r.id], 'UPSERT');
    await change(`UPDATE posting SET status = 'CLOSED', version = version + 1 WHERE id = $1 RETURNING id`, [rows[0].id], 'DELETE');

    // the victim has a connection pool of its own, so its backend can be terminated as a crash would
    const victimPool = new pg.Pool({ connectionString: url, application_name: 'zyt-relay-victim', max: 1 });
    victimPool.on('error', () => undefined);
    victimPool.on('connect', (client) => client.on('error', () => undefined));
    const victimEngine = new UnreliableEngine(engine);
    victimEngine.hangAfter = 1; // the first engine write goes through, the second never returns
    const hung = new Promise<void>((r) => { victimEngine.hungAt = r; });
    const victim = new OutboxRelay(pgDatabase(victimPool), victimEngine, OPTIONS);
    const victimRun = victim.drainOnce().catch((e: Error) => e);
    await hung; // it has written part of its batch to the engine and holds its rows locked
    const { rows: locked } = await pool.query(`SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL`);
    expect(locked[0].n).toBe(151);
    await pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'zyt-relay-victim'`);
    victimEngine.unhang();
    expect(await victimRun).toBeInstanceOf(Error);
    void victimPool.end().catch(() => undefined);

    // nothing was marked processed by the dead relay; a healthy one finishes the work
    expect(await pending()).toBe(151);
    const relay = new OutboxRelay(db, engine, OPTIONS);
    await drainUntilEmpty(relay);
    await expectIndexEqualsPostgres(engine);
    const { rows: [twice] } = await pool.query(
      `SELECT count(*)::int AS n FROM outbox WHERE id > $1 AND (processed_at IS NULL OR attempts <> 1)`, [before]);
    expect(twice.n).toBe(0); // every row processed, by exactly one successful attempt
  }, 60_000);

  it('relays side by side take disjoint rows (FOR UPDATE SKIP LOCKED) and together leave the index equal to PostgreSQL', async () => {
    await publishNew(100);
    const engine = await newEngine();
    await rebuildIndex(engine, db, 'posting');
    await pool.query(`UPDATE outbox SET processed_at = now() WHERE processed_at IS NULL`); // the rebuild covered them
    const { rows } = await pool.query(`SELECT id FROM posting ORDER BY id LIMIT 400`);
    for (const r of rows) {
      await change(`UPDATE posting SET status = CASE WHEN status = 'PUBLISHED' THEN 'CLOSED' ELSE 'PUBLISHED' END, version = version + 1 WHERE id = $1 RETURNING id`,
        [r.id], 'UPSERT');
    }
    const relays = Array.from({ length: 4 }, () => new OutboxRelay(db, engine, { ...OPTIONS, batchSize: 25 }));
    const taken = await Promise.all(relays.map(async (relay) => {
      const mine: string[] = [];
      for (;;) {
        const r = await relay.drainOnce();
        mine.push(...r.processedIds);
        if (r.claimed === 0) return mine;
      }
    }));
    const all = taken.flat();
    expect(new Set(all).size).toBe(all.length); // no row taken twice
    expect(all.length).toBe(rows.length);
    expect(rows.length).toBeGreaterThanOrEqual(100);
    expect(taken.filter((t) => t.length > 0).length).toBeGreaterThan(1); // they really shared the work
    expect(await pending()).toBe(0);
    await expectIndexEqualsPostgres(engine);
  }, 60_000);
});
