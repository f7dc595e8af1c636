// `npm run bench:api`: searchPostings and recommendedPostings over HTTP with autocannon, against the compiled
// server on 20,000 generated postings in a database of its own (created and dropped here).
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { adminUrl } from './lib/postgres.js';

const DB = 'benchapi';
const PASSWORD = 'Bench-Pass-2024';

function dbUrl(): string {
  const u = new URL(adminUrl());
  u.pathname = `/${DB}`;
  return u.toString();
}

async function adminQuery(sql: string) {
  const c = new pg.Client({ connectionString: adminUrl() });
  await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function run(cmd: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }),
  });
  const json = await res.json() as { data?: any; errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return { data: json.data, cookie: /zyt_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] };
}

const SEARCH = `query($q: String, $f: PostingSearchFilter, $s: PostingSearchSort) { searchPostings(query: $q, filter: $f, sort: $s, page: { pageSize: 20 }) {
  total facets { counties { value count } employmentForms { value count } supports { value count } reserved { value count } }
  items { relevance posting { id title countyCode salaryMin salaryMax supports organization { name } } match { score eligible reasons { text } gaps { text } } } } }`;
const RECOMMENDED = `{ recommendedPostings(page: { pageSize: 20 }) { total items { posting { id title } match { score reasons { text } gaps { text } } } } }`;

async function main() {
  const { values } = parseArgs({ options: {
    postings: { type: 'string', default: '20000' }, duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' },
    only: { type: 'string' }, profile: { type: 'boolean', default: false },
  } });
  const postings = Number(values.postings);
  await adminQuery(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${DB}`);
  let server: ChildProcess | undefined;
  try {
    const env = { DATABASE_URL: dbUrl(), DEMO_DATA: 'off', LOG_LEVEL: 'warn' };
    console.log(`seeding ${postings} postings`);
    await run(process.execPath, ['dist/server/database/seed/cli.js', '--postings', String(postings), '--seekers', '2000', '--seed', '7'], env);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const started = Date.now();
    // --profile writes a CPU profile of the server to test-output/profile/ when it stops
    const nodeArgs = values.profile ? ['--cpu-prof', '--cpu-prof-dir=test-output/profile'] : [];
    server = spawn(process.execPath, [...nodeArgs, 'dist/server/main.js'], {
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', DATA_KEY: 'benchmark-only-data-key-0123456789abcdef' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    for (;;) {
      if (server.exitCode !== null) throw new Error('the server exited');
      try { if ((await fetch(`${url}/health`)).ok) break; } catch { /* starting */ }
      await new Promise((r) => setTimeout(r, 200));
    }
    const startMs = Date.now() - started;
    console.log(`server ready in ${(startMs / 1000).toFixed(1)} s (index built from PostgreSQL at start)`);

    const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const { cookie } = await gql(url, `mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, { i: { role: 'SEEKER', displayName: '张明', phone, password: PASSWORD } });
    await gql(url, `mutation($i: SeekerProfileInput!) { saveMyProfile(input: $i) { id } }`, { i: {
      name: '张明', gender: 'MALE', birthDate: '1990-01-01', countyCode: '411521', residence: 'RURAL', category: 'VISUAL', level: 2,
      education: 'VOCATIONAL', skills: ['保健按摩', '推拿'], experience: '盲人按摩三年', cannotDo: ['READING_PRINT', 'DRIVING'],
      supportsMust: ['SCREEN_READER'], supportsNice: ['BRAILLE'], preferredForms: ['FULL_TIME'], preferredCounties: ['411521'], payMin: 2500,
      priorityGroups: [], employmentStatus: 'UNEMPLOYED', consents: ['SENSITIVE_DATA', 'JOB_MATCHING'],
    } }, cookie);

    const scenarios: Array<{ name: string; body: string; cookie?: string }> = [
      { name: 'searchPostings 罗山按摩, anonymous', body: JSON.stringify({ query: SEARCH, variables: { q: '罗山按摩' } }) },
      { name: 'searchPostings 客服 + filters, anonymous', body: JSON.stringify({ query: SEARCH, variables: { q: '客服', f: { countyCodes: ['411503'], supportsAll: ['TEXT_COMMUNICATION'] } } }) },
      { name: 'searchPostings browse, newest, anonymous', body: JSON.stringify({ query: SEARCH, variables: { f: { reservedOnly: true }, s: 'NEWEST' } }) },
      { name: 'searchPostings 罗山按摩, blind seeker (with match)', body: JSON.stringify({ query: SEARCH, variables: { q: '罗山按摩' } }), cookie },
      { name: 'recommendedPostings, blind seeker', body: JSON.stringify({ query: RECOMMENDED }), cookie },
    ];
    const results = [];
    for (const s of scenarios.filter((x) => !values.only || x.name.includes(values.only))) {
      const r = await autocannon({
        url: `${url}/graphql`, method: 'POST', body: s.body, connections: Number(values.connections), duration: Number(values.duration),
        headers: { 'content-type': 'application/json', ...(s.cookie ? { cookie: s.cookie } : {}) },
      });
      const row = {
        scenario: s.name, requestsPerSecond: Math.round(r.requests.average), p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99,
        max: r.latency.max, errors: r.errors + r.timeouts + r.non2xx, total: r.requests.total,
      };
      console.log(row);
      results.push(row);
    }
    const out = { date: new Date().toISOString(), node: process.version, cpus: `${cpus().length} × ${cpus()[0]?.model ?? ''}`, loadavg: loadavg(), postings, connections: Number(values.connections), durationSeconds: Number(values.duration), serverStartMs: startMs, results };
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/api.json', `${JSON.stringify(out, null, 2)}\n`);
    const md = [
      '# searchPostings over HTTP (autocannon)', '',
      `${out.date.slice(0, 10)}, Node ${out.node}, ${out.cpus}, load average ${out.loadavg.map((x) => x.toFixed(1)).join(' ')}. `
        + `${postings.toLocaleString('en')} generated postings, compiled server (NODE_ENV=production, embedded engine, PostgreSQL 15 on the same machine), `
        + `${out.connections} connections for ${out.durationSeconds} s each; the server started (index built) in ${(startMs / 1000).toFixed(1)} s.`, '',
      '| scenario | req/s | p50 ms | p90 ms | p99 ms | max ms | errors |', '|---|---:|---:|---:|---:|---:|---:|',
      ...results.map((r) => `| ${r.scenario} | ${r.requestsPerSecond} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.max} | ${r.errors} |`), '',
    ].join('\n');
    writeFileSync('bench/results/api.md', md);
    console.log('wrote bench/results/api.json and bench/results/api.md');
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
    await adminQuery(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
