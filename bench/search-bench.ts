// `npm run bench:search [-- --sizes 20000,100000 --rounds 10]`: the embedded engine, PostgreSQL trigram search and
// PostgreSQL full-text search on character bigrams (tsvector + GIN) on the same generated postings and the same queries. Results: bench/results/search.json and search.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type pg from 'pg';
import { BARRIER_REMOVED_BY } from '../server/src/vocabulary/rules.js';
import type { PostingRow } from '../server/src/database/seed/generator.js';
import { compareMatches, matchPosting, type MatchOptions, type MatchPosting, type MatchSeeker } from '../server/src/matching/matcher.js';
import { EmbeddedSearchEngine } from '../server/src/search/engines/embedded/embedded-engine.js';
import { POSTINGS_INDEX } from '../server/src/search/indexes.js';
import type { SearchRequest } from '../server/src/search/search-engine.js';
import { parseQuery, WordDictionary } from '../server/src/search/text/query.js';
import { BASE_WORDS, synonymMap } from '../server/src/search/text/vocabulary.js';
import { generate, type BenchData } from './lib/data.js';
import { backendCpuMs, backendPids, dropBenchDatabase, FROM, loadPostgres, OPEN } from './lib/postgres.js';
import { heapMB, processCpuMs, summarize, timed, type Summary } from './lib/stats.js';
import { FACETS, filters, hardConstraintsSql, matchFilter, NEWEST, open, TEXT_QUERIES } from './lib/workload.js';
import { renderMarkdown } from './lib/report.js';

export const KINDS = ['text', 'textFilters', 'browse', 'facets', 'textMatch', 'recommend'] as const;
export type Kind = (typeof KINDS)[number];

export interface EngineRun {
  engine: string;
  buildMs: number;
  /** the embedded engine's build in CPU time (this process, all threads): less sensitive to other work on the machine */
  buildCpuMs?: number;
  memoryMB: number;
  memoryNote: string;
  updateMsPerDoc?: number;
  latency: Record<Kind, Summary>;
  totals: Record<string, number>;
  /** PostgreSQL's strongest full-text variant on the same table: text and text + filters only. */
  bigrams?: BigramRun;
}

export interface BigramRun { engine: string; buildMs: number; indexMB: number; text: Summary; textFilters: Summary; totals: Record<string, number> }

/**
 * Character bigrams of each whitespace-separated word (a one-character word as itself), as a tsvector: what the
 * embedded engine and Meilisearch index for Chinese, in PostgreSQL's full-text type with a GIN index.
 */
const BIGRAMS_SQL = `CREATE OR REPLACE FUNCTION bench_bigrams(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_to_tsvector(array_agg(DISTINCT g)), ''::tsvector) FROM (
    SELECT CASE WHEN char_length(w) = 1 THEN w ELSE substr(w, i, 2) END AS g
      FROM regexp_split_to_table(lower(t), '\\s+') AS w, generate_series(1, greatest(char_length(w) - 1, 1)) AS i
     WHERE w <> '') s $$`;

/** A word's bigrams as tsquery lexemes (quoted): every one required. */
function bigramQuery(word: string): string {
  const w = word.toLowerCase();
  const chars = Array.from(w);
  const grams = chars.length === 1 ? chars : chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
  return [...new Set(grams)].map((g) => `'${g.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' & ');
}

const PAGE = 20;
const POOL = 300;

type Query = () => Promise<unknown>;

async function measure(queries: Query[], rounds: number, cpu: () => number): Promise<Summary> {
  for (const q of queries) await q(); // warm up
  const ms: number[] = [];
  const cpuBefore = cpu();
  for (let r = 0; r < rounds; r++) for (const q of queries) ms.push((await timed(q))[0]);
  const cpuMs = Math.round(((cpu() - cpuBefore) / ms.length) * 100) / 100;
  return { ...summarize(ms), cpuMs };
}

function matchTop(seeker: MatchSeeker, rows: MatchPosting[], options: MatchOptions) {
  return rows.map((p) => ({ p, m: matchPosting(seeker, p, options) })).sort((a, b) => compareMatches(a.m, b.m)).slice(0, PAGE);
}

async function runEmbedded(data: BenchData, rounds: number): Promise<EngineRun> {
  const counties = data.region.counties.map((c) => c.nameZh);
  const before = heapMB();
  const engine = new EmbeddedSearchEngine({ words: counties });
  await engine.ensureIndex(POSTINGS_INDEX);
  const cpuBefore = processCpuMs();
  const [buildMs] = await timed(async () => {
    for (let i = 0; i < data.documents.length; i += 1000) await engine.upsert(POSTINGS_INDEX.name, data.documents.slice(i, i + 1000));
  });
  const buildCpuMs = Math.round(processCpuMs() - cpuBefore);
  const memoryMB = heapMB() - before;
  // the relay replays changes one posting at a time
  const sample = data.documents.filter((_, i) => i % Math.ceil(data.documents.length / 300) === 0);
  const [updateMs] = await timed(async () => { for (const d of sample) await engine.upsert(POSTINGS_INDEX.name, [{ ...d, version: 2 }]); });

  const byId = new Map<string, PostingRow>(data.postings.map((p) => [p.id, p]));
  const options: MatchOptions = { places: data.places };
  const cpu = processCpuMs;
  const search = (r: SearchRequest) => engine.search(POSTINGS_INDEX.name, { limit: PAGE, ...r });
  const fs = filters().map((mk) => mk(1));
  const totals: Record<string, number> = {};
  for (const q of TEXT_QUERIES) totals[q] = (await search({ query: q, filter: open() })).total;

  const latency = {
    text: await measure(TEXT_QUERIES.map((q) => () => search({ query: q, filter: open() })), rounds, cpu),
    textFilters: await measure(TEXT_QUERIES.map((q, i) => () => search({ query: q, filter: open(fs[i % fs.length].filter) })), rounds, cpu),
    browse: await measure(fs.map((x) => () => search({ filter: open(x.filter), sort: NEWEST })), rounds * 3, cpu),
    facets: await measure(fs.map((x) => () => search({ filter: open(x.filter), sort: NEWEST, facets: FACETS })), rounds * 3, cpu),
    textMatch: await measure(TEXT_QUERIES.map((q, i) => async () => {
      const seeker = data.seekers[i % data.seekers.length];
      const r = await search({ query: q, filter: open() });
      return r.hits.map((h) => matchPosting(seeker, byId.get(h.id)!, options));
    }), rounds, cpu),
    recommend: await measure(data.seekers.map((s) => async () => {
      const home = data.places.get(s.countyCode)!;
      const r = await search({ filter: matchFilter(s), sort: [{ field: 'location', geo: { lat: home.latitude, lng: home.longitude } }], limit: POOL });
      return matchTop(s, r.hits.map((h) => byId.get(h.id)!), options);
    }), Math.max(2, Math.round(rounds / 2)), cpu),
  };
  return {
    engine: 'embedded (MiniSearch)', buildMs: Math.round(buildMs), buildCpuMs, memoryMB, memoryNote: 'heap', updateMsPerDoc: Math.round((updateMs / sample.length) * 100) / 100,
    latency, totals,
  };
}

async function runPostgres(data: BenchData, rounds: number, priority: boolean): Promise<EngineRun> {
  const { pool, loadMs, indexMs, sizeMB } = await loadPostgres(data);
  try {
    if (priority) await raisePriority(pool);
    const backends = await backendPids(pool);
    const cpu = () => processCpuMs() + backendCpuMs(backends);
    const dict = new WordDictionary([...BASE_WORDS, ...data.region.counties.map((c) => c.nameZh)]);
    for (const p of data.postings) {
      dict.learn(p.title);
      for (const s of p.skills) dict.learn(s);
    }
    const synonyms = synonymMap();
    /** Each word (or one of its synonyms) as a substring, the same words the engine requires. */
    const words = (q: string, base: number) => {
      const params: unknown[] = [];
      const parts = parseQuery(q, dict, synonyms).map((w) => `(${[w.text, ...w.synonyms].map((x) => {
        params.push(`%${x.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
        return `p.search_text LIKE $${base + params.length - 1}`;
      }).join(' OR ')})`);
      return { sql: parts.join(' AND ') || 'true', params };
    };
    const q = (sql: string, params: unknown[]) => pool.query(sql, params);
    const text = (query: string, filter?: { sql: string; params: unknown[] }, columns = 'p.id') => {
      const w = words(query, 2);
      const fsql = filter ? ` AND ${filter.sql}` : '';
      return q(`SELECT ${columns}, count(*) OVER () AS total ${FROM} WHERE ${OPEN} AND ${w.sql}${fsql}
                ORDER BY similarity(p.search_text, $1) DESC, p.id LIMIT ${PAGE}`, [query.toLowerCase(), ...w.params, ...(filter?.params ?? [])]);
    };
    const browse = (filter: { sql: string; params: unknown[] }) =>
      q(`SELECT p.id, count(*) OVER () AS total ${FROM} WHERE ${OPEN} AND ${filter.sql} ORDER BY p.published_at DESC, p.id LIMIT ${PAGE}`, filter.params);
    const facets = (filter: { sql: string; params: unknown[] }) => q(`
      WITH m AS (SELECT p.county_code, p.employment_form, o.type, p.supports, p.reserved ${FROM} WHERE ${OPEN} AND ${filter.sql})
      SELECT 'county' AS f, county_code AS v, count(*) FROM m GROUP BY county_code
      UNION ALL SELECT 'form', employment_form, count(*) FROM m GROUP BY employment_form
      UNION ALL SELECT 'type', type, count(*) FROM m GROUP BY type
      UNION ALL SELECT 'support', s, count(*) FROM m, unnest(m.supports) AS s GROUP BY s
      UNION ALL SELECT 'reserved', reserved::text, count(*) FROM m GROUP BY reserved`, filter.params);
    const MATCH_COLUMNS = `p.id, p.county_code AS "countyCode", p.latitude, p.longitude, p.employment_form AS "employmentForm",
      p.salary_min AS "salaryMin", p.salary_max AS "salaryMax", p.education_required AS "educationRequired", p.skills, p.demands,
      p.supports, p.suitable_categories AS "suitableCategories"`;
    const options: MatchOptions = { places: data.places };
    const fs = filters();
    const totals: Record<string, number> = {};
    for (const query of TEXT_QUERIES) totals[query] = Number((await text(query)).rows[0]?.total ?? 0);

    const latency = {
      text: await measure(TEXT_QUERIES.map((query) => () => text(query)), rounds, cpu),
      textFilters: await measure(TEXT_QUERIES.map((query, i) => () => text(query, fs[i % fs.length](2 + words(query, 2).params.length))), rounds, cpu),
      browse: await measure(fs.map((mk) => () => browse(mk(1))), rounds * 3, cpu),
      facets: await measure(fs.map((mk) => async () => { await browse(mk(1)); await facets(mk(1)); }), rounds * 3, cpu),
      textMatch: await measure(TEXT_QUERIES.map((query, i) => async () => {
        const seeker = data.seekers[i % data.seekers.length];
        const r = await text(query, undefined, MATCH_COLUMNS);
        return r.rows.map((p: MatchPosting) => matchPosting(seeker, p, options));
      }), rounds, cpu),
      recommend: await measure(data.seekers.map((s) => async () => {
        const home = data.places.get(s.countyCode)!;
        const hard = hardConstraintsSql(s, BARRIER_REMOVED_BY, 3);
        const r = await q(`SELECT ${MATCH_COLUMNS} ${FROM} WHERE ${OPEN} AND ${hard.sql}
          ORDER BY power(COALESCE(p.latitude, c.latitude) - $1, 2) + power((COALESCE(p.longitude, c.longitude) - $2) * cos(radians($1)), 2), p.id
          LIMIT ${POOL}`, [home.latitude, home.longitude, ...hard.params]);
        return matchTop(s, r.rows as MatchPosting[], options);
      }), Math.max(2, Math.round(rounds / 2)), cpu),
    };
    const bigrams = await runBigrams(pool, dict, synonyms, rounds, cpu);
    return { engine: 'PostgreSQL 15 pg_trgm', buildMs: Math.round(loadMs + indexMs), memoryMB: sizeMB, memoryNote: 'table + indexes on disk', latency, totals, bigrams };
  } finally {
    await pool.end();
    await dropBenchDatabase();
  }
}

/**
 * The same text queries (with and without filters) against a tsvector of character bigrams with a GIN index, on the
 * table already loaded: each word's bigrams all required (a synonym's as an alternative), ranked by ts_rank.
 */
async function runBigrams(pool: pg.Pool, dict: WordDictionary, synonyms: ReturnType<typeof synonymMap>, rounds: number, cpu: () => number): Promise<BigramRun> {
  const [buildMs] = await timed(async () => {
    await pool.query(BIGRAMS_SQL);
    await pool.query(`ALTER TABLE posting ADD COLUMN search_bigrams tsvector`);
    await pool.query(`UPDATE posting SET search_bigrams = bench_bigrams(search_text)`);
    await pool.query(`CREATE INDEX posting_search_bigrams ON posting USING gin (search_bigrams)`);
    await pool.query(`ANALYZE posting`);
  });
  const { rows: size } = await pool.query(`SELECT pg_relation_size('posting_search_bigrams') AS bytes`);
  const tsquery = (q: string) => parseQuery(q, dict, synonyms)
    .map((w) => `(${[w.text, ...w.synonyms].map((x) => `(${bigramQuery(x)})`).join(' | ')})`).join(' & ');
  const text = (query: string, filter?: { sql: string; params: unknown[] }) => {
    const fsql = filter ? ` AND ${filter.sql}` : '';
    return pool.query(`SELECT p.id, count(*) OVER () AS total ${FROM} WHERE ${OPEN} AND p.search_bigrams @@ $1::tsquery${fsql}
              ORDER BY ts_rank(p.search_bigrams, $1::tsquery) DESC, p.id LIMIT ${PAGE}`, [tsquery(query), ...(filter?.params ?? [])]);
  };
  const fs = filters();
  const totals: Record<string, number> = {};
  for (const query of TEXT_QUERIES) totals[query] = Number((await text(query)).rows[0]?.total ?? 0);
  return {
    engine: 'PostgreSQL 15 tsvector of character bigrams (GIN)', buildMs: Math.round(buildMs), indexMB: Math.round(Number(size[0].bytes) / 1e6),
    text: await measure(TEXT_QUERIES.map((query) => () => text(query)), rounds, cpu),
    textFilters: await measure(TEXT_QUERIES.map((query, i) => () => text(query, fs[i % fs.length](2))), rounds, cpu),
    totals,
  };
}

/**
 * --priority (root only): on a machine busy with other work, run this process and its PostgreSQL backends at
 * nice -10, so that both engines are measured with the same, higher, scheduling priority.
 */
async function raisePriority(pool?: pg.Pool) {
  const pids = [String(process.pid), ...(pool ? (await backendPids(pool)).map(String) : [])];
  try {
    execFileSync('renice', ['-n', '-10', '-p', ...pids], { stdio: 'ignore' });
  } catch {
    console.warn('could not raise the priority (root is needed); measuring at normal priority');
  }
}

async function main() {
  const { values } = parseArgs({ options: {
    sizes: { type: 'string', default: '20000,100000' }, rounds: { type: 'string', default: '10' }, priority: { type: 'boolean', default: false },
  } });
  if (values.priority) await raisePriority();
  const sizes = values.sizes!.split(',').map(Number);
  const rounds = Number(values.rounds);
  const runs: Array<{ size: number; embedded: EngineRun; postgres: EngineRun }> = [];
  const loadBefore = loadavg()[0];
  for (const size of sizes) {
    console.log(`\n${size} postings: generating`);
    const data = generate(size);
    console.log('  embedded engine: building and querying');
    const embedded = await runEmbedded(data, rounds);
    console.log(`  built in ${(embedded.buildMs / 1000).toFixed(1)} s, ${embedded.memoryMB} MB heap; PostgreSQL: loading and querying`);
    const postgres = await runPostgres(data, rounds, !!values.priority);
    console.log(`  PostgreSQL loaded and indexed in ${(postgres.buildMs / 1000).toFixed(1)} s`);
    runs.push({ size, embedded, postgres });
    for (const k of KINDS) console.log(`  ${k.padEnd(12)} embedded p95 ${embedded.latency[k].p95} ms   pg_trgm p95 ${postgres.latency[k].p95} ms`);
    const b = postgres.bigrams!;
    console.log(`  bigram tsvector: text p95 ${b.text.p95} ms, text + filters p95 ${b.textFilters.p95} ms (built in ${(b.buildMs / 1000).toFixed(1)} s)`);
  }
  const result = {
    date: new Date().toISOString(), node: process.version, cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    rounds, queries: TEXT_QUERIES, runs, priority: values.priority ? 'nice -10 (this process and its PostgreSQL backends)' : 'normal',
    // other work on the machine skews tails: the 1-minute load average before and after the run
    load: { before: Math.round(loadBefore * 10) / 10, after: Math.round(loadavg()[0] * 10) / 10 },
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/search.json', `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync('bench/results/search.md', renderMarkdown(result));
  console.log('\nwrote bench/results/search.json and bench/results/search.md');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

