// `npm run bench:api`: searchPostings and recommendedPostings over HTTP with autocannon, against the compiled
// server on 20,000 generated postings in a database of its own (created and dropped here).
import autocannon from 'autocannon';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, getPriority, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { TEXT_QUERIES } from './lib/workload.js';
import { adminQuery, BENCH_PASSWORD, databaseUrl, gql, recreateDatabase, run, startServer, type BenchServer } from './lib/server.js';

// one per run: two runs at once (two checkouts on one machine) must not drop each other's database
const DB = `benchapi_${process.pid}`;

const SEARCH = `query($q: String, $f: PostingSearchFilter, $s: PostingSearchSort) { searchPostings(query: $q, filter: $f, sort: $s, page: { pageSize: 20 }) {
  total facets { counties { value count } employmentForms { value count } supports { value count } reserved { value count } }
  items { relevance posting { id title countyCode salaryMin salaryMax supports organization { name } } match { score eligible reasons { text } gaps { text } } } } }`;
const SEARCH_PAGED = SEARCH.replace('$s: PostingSearchSort)', '$s: PostingSearchSort, $p: Int)').replace('page: { pageSize: 20 }', 'page: { page: $p, pageSize: 20 }');
const RECOMMENDED = `{ recommendedPostings(page: { pageSize: 20 }) { total items { posting { id title } match { score reasons { text } gaps { text } } } } }`;
/** The floor of this server: the same middleware, Apollo, plugins and a Nest resolver, with no I/O and no work (anonymous). */
const BARE = `{ sessionStatus { expiresAt } }`;
const BARE_NAME = 'bare NestJS + Apollo (sessionStatus, anonymous: no I/O)';
const COUNTIES = ['411502', '411503', '411521', '411522', '411523', '411524', '411525', '411526', '411527', '411528'];

/**
 * Each request different: one of 20 words, any county or one of 10, page 1 to 25 (5,500 combinations, more than the
 * server keeps answers for), so most are worked out by the engine rather than taken from its result cache.
 */
function variedBody(): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)];
  const county = Math.random() < 1 / 11 ? undefined : pick(COUNTIES);
  return JSON.stringify({ query: SEARCH_PAGED, variables: { q: pick(TEXT_QUERIES), f: county ? { countyCodes: [county] } : {}, p: 1 + Math.floor(Math.random() * 25) } });
}

async function main() {
  const { values } = parseArgs({ options: {
    postings: { type: 'string', default: '20000' }, duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' },
    only: { type: 'string' }, profile: { type: 'boolean', default: false },
  } });
  const postings = Number(values.postings);
  await recreateDatabase(DB);
  let server: BenchServer | undefined;
  try {
    const env = { DATABASE_URL: databaseUrl(DB), DEMO_DATA: 'off', LOG_LEVEL: 'warn' };
    console.log(`seeding ${postings} postings`);
    await run(process.execPath, ['dist/server/database/seed/cli.js', '--postings', String(postings), '--seekers', '2000', '--seed', '7'], env);
    // --profile writes a CPU profile of the server to test-output/profile/ when it stops
    server = await startServer(env, values.profile ? ['--cpu-prof', '--cpu-prof-dir=test-output/profile'] : []);
    const { url, startMs } = server;
    console.log(`server ready in ${(startMs / 1000).toFixed(1)} s (index built from PostgreSQL at start)`);

    const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const { cookie } = await gql(url, `mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, { i: { role: 'SEEKER', displayName: '张明', phone, password: BENCH_PASSWORD } });
    await gql(url, `mutation($i: SeekerProfileInput!) { saveMyProfile(input: $i) { id } }`, { i: {
      name: '张明', gender: 'MALE', birthDate: '1990-01-01', countyCode: '411521', residence: 'RURAL', category: 'VISUAL', level: 2,
      education: 'VOCATIONAL', skills: ['保健按摩', '推拿'], experience: '盲人按摩三年', cannotDo: ['READING_PRINT', 'DRIVING'],
      supportsMust: ['SCREEN_READER'], supportsNice: ['BRAILLE'], preferredForms: ['FULL_TIME'], preferredCounties: ['411521'], payMin: 2500,
      priorityGroups: [], employmentStatus: 'UNEMPLOYED', consents: ['SENSITIVE_DATA', 'JOB_MATCHING'],
    } }, cookie);

    const scenarios: Array<{ name: string; body: string; cookie?: string; varied?: boolean }> = [
      { name: BARE_NAME, body: JSON.stringify({ query: BARE }) },
      { name: 'searchPostings 罗山按摩, anonymous', body: JSON.stringify({ query: SEARCH, variables: { q: '罗山按摩' } }) },
      { name: 'searchPostings 客服 + filters, anonymous', body: JSON.stringify({ query: SEARCH, variables: { q: '客服', f: { countyCodes: ['411503'], supportsAll: ['TEXT_COMMUNICATION'] } } }) },
      { name: 'searchPostings varied words, county and page, anonymous', body: variedBody(), varied: true },
      { name: 'searchPostings browse, newest, anonymous', body: JSON.stringify({ query: SEARCH, variables: { f: { reservedOnly: true }, s: 'NEWEST' } }) },
      { name: 'searchPostings 罗山按摩, blind seeker (with match)', body: JSON.stringify({ query: SEARCH, variables: { q: '罗山按摩' } }), cookie },
      { name: 'recommendedPostings, blind seeker', body: JSON.stringify({ query: RECOMMENDED }), cookie },
      // the floor again at the end: the machine's load moves during a run, the share below uses the mean of both
      { name: `${BARE_NAME}, again`, body: JSON.stringify({ query: BARE }) },
    ];
    const loadBefore = loadavg();
    const results = [];
    for (const s of scenarios.filter((x) => !values.only || x.name.includes(values.only) || x.name.startsWith(BARE_NAME))) {
      const r = await autocannon({
        url: `${url}/graphql`, method: 'POST', body: s.body, connections: Number(values.connections), duration: Number(values.duration),
        headers: { 'content-type': 'application/json', ...(s.cookie ? { cookie: s.cookie } : {}) },
        ...(s.varied ? { requests: [{ setupRequest: (req) => ({ ...req, body: variedBody() }) }] } : {}),
      });
      const row = {
        scenario: s.name, share: 0, requestsPerSecond: Math.round(r.requests.average), p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99,
        max: r.latency.max, errors: r.errors + r.timeouts + r.non2xx, total: r.requests.total,
      };
      console.log(row);
      results.push(row);
    }
    const bare = results.filter((r) => r.scenario.startsWith(BARE_NAME));
    const bareRps = bare.length ? bare.reduce((sum, r) => sum + r.requestsPerSecond, 0) / bare.length : 0;
    for (const r of results) r.share = bareRps ? Math.round((r.requestsPerSecond / bareRps) * 100) : 0;
    const round = (xs: number[]) => xs.map((x) => Math.round(x * 100) / 100);
    const out = { date: new Date().toISOString(), node: process.version, cpus: `${cpus().length} × ${cpus()[0]?.model ?? ''}`,
      loadavg: { before: round(loadBefore), after: round(loadavg()) }, nice: getPriority(), bareRequestsPerSecond: Math.round(bareRps), postings, connections: Number(values.connections), durationSeconds: Number(values.duration), serverStartMs: startMs, results };
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/api.json', `${JSON.stringify(out, null, 2)}\n`);
    const md = [
      '# searchPostings and recommendedPostings over HTTP (autocannon), against a bare query of the same server', '',
      `${out.date.slice(0, 10)}, Node ${out.node}, ${out.cpus}, load average (1, 5, 15 min) ${out.loadavg.before.map((x) => x.toFixed(1)).join(' ')} before and `
        + `${out.loadavg.after.map((x) => x.toFixed(1)).join(' ')} after the run (other work on the machine lowers every figure; the share of the bare query, measured in the same run, much less); `
        + `scheduling priority of the bench and the server: nice ${out.nice} (PostgreSQL's at its own). `
        + `${postings.toLocaleString('en')} generated postings, compiled server (NODE_ENV=production, embedded engine, PostgreSQL 15 on the same machine), `
        + `${out.connections} connections for ${out.durationSeconds} s each; the server started (index built) in ${(startMs / 1000).toFixed(1)} s.`, '',
      `Share: requests per second as a percentage of the bare query's (${out.bareRequestsPerSecond} req/s, the mean of its two runs).`,
      'A scenario that repeats one anonymous request measures the path where its whole answer is kept (graphql/answer-cache.ts: '
        + 'kept while the index and the cached rows are unchanged, so only the first request of each is worked out); the seeker\'s '
        + 'scenarios, where the engine\'s answer, the posting rows and the seeker\'s ranking are kept (search/result-cache.ts, '
        + 'search/posting-cache.ts, PostingsSearchService.rankingStamp) while the session, profile, consent and applications are '
        + 'read each time; the varied one, where most answers are worked out by the engine and many rows read.', '',
      '| scenario | req/s | share of bare | p50 ms | p90 ms | p99 ms | max ms | errors |', '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...results.map((r) => `| ${r.scenario} | ${r.requestsPerSecond} | ${r.share}% | ${r.p50} | ${r.p90} | ${r.p99} | ${r.max} | ${r.errors} |`), '',
    ].join('\n');
    writeFileSync('bench/results/api.md', md);
    console.log('wrote bench/results/api.json and bench/results/api.md');
  } finally {
    await server?.stop();
    await adminQuery(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
