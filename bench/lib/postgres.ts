// The PostgreSQL side of the benchmark: a database of its own (created and dropped here, never `test` or the e2e
// database), the real schema, the same rows loaded with COPY, and a pg_trgm GIN index over the searchable text.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MIGRATIONS } from '../../server/src/database/data-source.js';
import { copyLine, copySql, organizationTable, postingTable, type TableSpec } from '../../server/src/database/seed/rows.js';
import type { BenchData } from './data.js';

// one per run: two runs at once (two checkouts on one machine) must not drop each other's database
export const BENCH_DB = `benchsearch_${process.pid}`;

export function adminUrl(): string {
  return process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

function dbUrl(name: string): string {
  const u = new URL(adminUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl() });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

export async function dropBenchDatabase(): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`));
}

async function copy<R>(client: pg.PoolClient, spec: TableSpec<R>, rows: R[]) {
  function* chunks() {
    for (let i = 0; i < rows.length; i += 2000) yield rows.slice(i, i + 2000).map((r) => copyLine(spec, r)).join('');
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(copySql(spec))));
}

/** Loads the data and builds the trigram index; returns the pool and the time the load and index took. */
export async function loadPostgres(data: BenchData): Promise<{ pool: pg.Pool; loadMs: number; indexMs: number; sizeMB: number }> {
  await dropBenchDatabase();
  await admin((c) => c.query(`CREATE DATABASE ${BENCH_DB}`));
  // a bulk load, like the demo data's: the search feed triggers write no outbox rows (migration 1766400000000)
  await admin((c) => c.query(`ALTER DATABASE ${BENCH_DB} SET zyt.search_feed = 'off'`));
  const pool = new pg.Pool({ connectionString: dbUrl(BENCH_DB), max: 2, application_name: 'zhuyetong-bench' });
  const started = performance.now();
  // the product's schema as its migrations make it (the rows copied below have every column)
  for (const M of MIGRATIONS) await new M().up({ query: (q: string, params?: unknown[]) => pool.query(q, params) } as never);
  for (const [i, c] of data.region.counties.entries()) {
    await pool.query(`INSERT INTO county (code, city_code, name_zh, name_en, latitude, longitude, sort_order) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
      [c.code, data.region.cityCode, c.nameZh, c.nameEn, c.latitude, c.longitude, i]);
  }
  const client = await pool.connect();
  try {
    await copy(client, organizationTable, data.organizations);
    await copy(client, postingTable, data.postings);
  } finally {
    client.release();
  }
  const loadMs = performance.now() - started;
  const t = performance.now();
  await pool.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
  await pool.query(`ALTER TABLE posting ADD COLUMN search_text text`);
  await pool.query(`
    UPDATE posting p SET search_text = lower(p.title || ' ' || array_to_string(p.skills, ' ') || ' ' || c.name_zh || ' ' || o.name
                                              || ' ' || p.address || ' ' || p.description)
      FROM organization o, county c WHERE o.id = p.organization_id AND c.code = p.county_code`);
  await pool.query(`CREATE INDEX posting_search_trgm ON posting USING gin (search_text gin_trgm_ops)`);
  await pool.query(`VACUUM ANALYZE posting`);
  await pool.query(`ANALYZE organization`);
  const indexMs = performance.now() - t;
  const { rows } = await pool.query(`SELECT pg_total_relation_size('posting') AS bytes`);
  return { pool, loadMs, indexMs, sizeMB: Math.round(Number(rows[0].bytes) / 1e6) };
}

export const FROM = `FROM posting p JOIN organization o ON o.id = p.organization_id JOIN county c ON c.code = p.county_code`;
export const OPEN = `p.status = 'PUBLISHED' AND (p.deadline IS NULL OR p.deadline >= CURRENT_DATE)`;

let clockTicks = 0;

/** CPU time in ms used so far by PostgreSQL backend processes on this machine (from /proc). */
export function backendCpuMs(pids: readonly number[]): number {
  if (!clockTicks) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  let ticks = 0;
  for (const pid of pids) {
    try {
      // fields after the command name: state is field 3, utime 14, stime 15
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // not on this machine (a remote PostgreSQL): CPU time unknown
    }
  }
  return (ticks * 1000) / clockTicks;
}

/** The process ids of the pool's backends (opens both connections). */
export async function backendPids(pool: pg.Pool): Promise<number[]> {
  const clients = await Promise.all([pool.connect(), pool.connect()]);
  const pids = await Promise.all(clients.map(async (c) => Number((await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid)));
  clients.forEach((c) => c.release());
  return pids;
}
