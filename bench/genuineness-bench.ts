// `npm run bench:genuineness`: employerGenuineness over HTTP (issue 15; goal ≤ 500 ms) on 300,000 seekers and 20,000
// postings, in a database of its own (created and dropped here). Seekers and postings (a share of them reserved) come
// from the seed CLI; placements (some from reserved postings, with wages), applications with interviews, 6-month
// follow-ups and yearly insurance facts from SQL in the database. Prints the plan of the statement (EXPLAIN ANALYZE)
// and writes bench/results/genuineness.{json,md}.
import argon2 from 'argon2';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { adminQuery, BENCH_PASSWORD, databaseUrl, gql, recreateDatabase, run, startServer, type BenchServer } from './lib/server.js';

const DB = 'benchgenuineness';
const TARGET_MS = 500;

/** Placements in 2023–2024 (a third from a reserved posting of their employer), applications, follow-ups and facts. */
const DATA_SQL = [
  `UPDATE posting SET published_at = timestamptz '2023-01-01' + (abs(hashtext(id::text)) % 640) * interval '1 day' WHERE published_at IS NOT NULL`,
  `CREATE TEMP TABLE s AS SELECT id, county_code, row_number() OVER (ORDER BY id) AS rn FROM seeker_profile`,
  `CREATE TEMP TABLE o AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM organization`,
  `CREATE TEMP TABLE rp AS SELECT id, organization_id, published_at, row_number() OVER (PARTITION BY organization_id ORDER BY id) AS r
     FROM posting WHERE reserved AND published_at IS NOT NULL`,
  `INSERT INTO placement (seeker_id, organization_id, posting_id, employment_form, start_date, end_date, end_reason, action_line, county_code,
                         source, note, monthly_wage)
   SELECT s.id, o.id, CASE WHEN abs(hashtext(s.id::text || 'p')) % 3 = 0 THEN rp.id END, 'FULL_TIME',
          date '2023-01-01' + abs(hashtext(n || s.id::text)) % 730,
          CASE WHEN abs(hashtext(s.id::text || 'e' || n)) % 4 = 0 THEN date '2023-01-01' + abs(hashtext(n || s.id::text)) % 730 + 20 + abs(hashtext(s.id::text)) % 300 END,
          CASE WHEN abs(hashtext(s.id::text || 'e' || n)) % 4 = 0 THEN 'RESIGNED' END,
          'PRIVATE', s.county_code, 'EXTERNAL', '', 1500 + abs(hashtext(s.id::text || 'w')) % 3000
     FROM s CROSS JOIN generate_series(1, 2) AS n
     JOIN o ON o.k = (s.rn * 7 + n * 13) % (SELECT count(*) FROM o)
     LEFT JOIN rp ON rp.organization_id = o.id AND rp.r = 1
    WHERE s.rn % 20 < CASE n WHEN 1 THEN 6 ELSE 2 END`,
  // 12 applications to each of an employer's first three reserved postings, from seekers picked by hash
  `INSERT INTO application (seeker_id, posting_id, created_at)
   SELECT s.id, rp.id, rp.published_at + interval '10 days'
     FROM rp CROSS JOIN generate_series(1, 12) AS g
     JOIN s ON s.rn = 1 + abs(hashtext(rp.id::text || g)) % (SELECT count(*) FROM s)
    WHERE rp.r <= 3
   ON CONFLICT DO NOTHING`,
  `INSERT INTO application_status_change (application_id, from_status, to_status, created_at)
   SELECT id, 'SUBMITTED', 'INTERVIEW', created_at + interval '5 days' FROM application WHERE abs(hashtext(id::text)) % 3 = 0`,
  `INSERT INTO placement_follow_up (placement_id, month, status, source, checked_on)
   SELECT id, 6, 'EMPLOYED', 'STAFF', start_date + 185 FROM placement WHERE end_date IS NULL AND abs(hashtext(id::text)) % 2 = 0`,
  `INSERT INTO placement_year_fact (placement_id, year, insurance_months)
   SELECT id, extract(year FROM start_date)::int, 1 + abs(hashtext(id::text)) % 12 FROM placement WHERE abs(hashtext(id::text || 'f')) % 3 = 0`,
  `VACUUM ANALYZE placement`, `VACUUM ANALYZE posting`, `VACUUM ANALYZE application`, `VACUUM ANALYZE application_status_change`,
  `VACUUM ANALYZE placement_follow_up`, `VACUUM ANALYZE placement_year_fact`, `VACUUM ANALYZE organization`,
];

const FIGURE = 'numerator denominator rate cases pastThreshold';
const QUERY = `query($f: GenuinenessFilter!) { employerGenuineness(filter: $f) { total items { organizationId organizationName concerns
  fillRate { ${FIGURE} } interviewRate { ${FIGURE} } retention6 { ${FIGURE} } endedWithin3Months { ${FIGURE} } belowMinimumWage { ${FIGURE} }
  insuranceMonths { ${FIGURE} } timeToFill { medianDays postings } postings { postingId title daysToFill fillRate { ${FIGURE} } } } } }`;

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  return { p50: Math.round(at(50)), p95: Math.round(at(95)), max: Math.round(s[s.length - 1]) };
}

async function main() {
  const { values } = parseArgs({ options: {
    seekers: { type: 'string', default: '300000' }, postings: { type: 'string', default: '20000' }, runs: { type: 'string', default: '20' },
    keep: { type: 'boolean', default: false }, reuse: { type: 'boolean', default: false },
  } });
  const runs = Number(values.runs);
  if (!values.reuse) await recreateDatabase(DB);
  let server: BenchServer | undefined;
  const db = new pg.Client({ connectionString: databaseUrl(DB) });
  try {
    const env = { DATABASE_URL: databaseUrl(DB), DEMO_DATA: 'off', LOG_LEVEL: 'warn' };
    let t = Date.now();
    if (!values.reuse) {
      console.log(`seeding ${values.seekers} seekers and ${values.postings} postings`);
      await run(process.execPath, ['dist/server/database/seed/cli.js', '--seekers', values.seekers!, '--postings', values.postings!, '--seed', '7', '--today', '2026-12-01'], env);
    }
    const seedMs = Date.now() - t;
    await db.connect();
    t = Date.now();
    if (!values.reuse) for (const sql of DATA_SQL) await db.query(sql);
    const dataMs = Date.now() - t;
    const { rows: [counts] } = await db.query(`SELECT
      (SELECT count(*)::int FROM seeker_profile) AS seekers, (SELECT count(*)::int FROM posting) AS postings,
      (SELECT count(*)::int FROM posting WHERE reserved) AS reserved, (SELECT count(*)::int FROM organization) AS organizations,
      (SELECT count(*)::int FROM placement) AS placements, (SELECT count(*)::int FROM application) AS applications`);
    console.log(counts, `data generated in ${(dataMs / 1000).toFixed(1)} s`);
    const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    await db.query(`INSERT INTO app_user (phone, password_hash, role, display_name, scope_county_code) VALUES
      ('13900000001', $1, 'STAFF', '市残联', NULL), ('13900000002', $1, 'STAFF', '罗山县残联', '411521') ON CONFLICT (phone) DO NOTHING`, [hash]);

    server = await startServer({ ...env, SEARCH_RELAY: 'off', INTEGRITY_CHECK_INTERVAL_SECONDS: '0', REMINDER_INTERVAL_SECONDS: '0' });
    const { url } = server;
    const signIn = async (account: string) => (await gql(url, `mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { account, password: BENCH_PASSWORD } })).cookie!;
    const [cityCookie, countyCookie] = [await signIn('13900000001'), await signIn('13900000002')];
    const year = { from: '2024-01-01', to: '2024-12-31' };
    const scenarios = [
      { name: 'employerGenuineness 2024, city staff (every employer)', variables: { f: year }, cookie: cityCookie },
      { name: 'employerGenuineness 2023–2024, city staff', variables: { f: { from: '2023-01-01', to: '2024-12-31' } }, cookie: cityCookie },
      { name: 'employerGenuineness 2024, county staff (罗山县)', variables: { f: year }, cookie: countyCookie },
    ];
    const results = [];
    for (const s of scenarios) {
      for (let i = 0; i < 3; i++) await gql(url, QUERY, s.variables, s.cookie); // warm-up
      const ms: number[] = [];
      let data: any;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        data = (await gql(url, QUERY, s.variables, s.cookie)).data;
        ms.push(performance.now() - t0);
      }
      const row = { scenario: s.name, runs, employers: data.employerGenuineness.total, ...stats(ms), withinTarget: stats(ms).p95 <= TARGET_MS };
      console.log(row);
      results.push(row);
    }
    const out = { date: new Date().toISOString(), node: process.version, cpus: `${cpus().length} × ${cpus()[0]?.model ?? ''}`, loadavg: loadavg(),
      data: counts, seedMs, dataMs, targetMs: TARGET_MS, results };
    if (values.reuse) return;
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/genuineness.json', `${JSON.stringify(out, null, 2)}\n`);
    const n = (x: number) => x.toLocaleString('en');
    writeFileSync('bench/results/genuineness.md', [
      '# employerGenuineness over HTTP', '',
      `${out.date.slice(0, 10)}, Node ${out.node}, ${out.cpus}, load average ${out.loadavg.map((x) => x.toFixed(1)).join(' ')}; compiled server, `
        + 'PostgreSQL on the same machine, default settings. `npm run bench:genuineness`.', '',
      `Data: ${n(counts.seekers)} seekers, ${n(counts.postings)} postings (${n(counts.reserved)} reserved) of ${n(counts.organizations)} organizations, `
        + `${n(counts.placements)} placements in 2023–2024, ${n(counts.applications)} applications to reserved postings.`, '',
      `Each query: 3 warm-up requests, then ${runs} one after another (one page of 20 employers with their reserved postings); target ≤ ${TARGET_MS} ms.`, '',
      '| query | employers | p50 ms | p95 ms | max ms | within target (p95) |', '|---|---:|---:|---:|---:|---|',
      ...results.map((r) => `| ${r.scenario} | ${n(r.employers)} | ${r.p50} | ${r.p95} | ${r.max} | ${r.withinTarget ? 'yes' : '**no**'} |`), '',
    ].join('\n'));
    console.log('wrote bench/results/genuineness.json and bench/results/genuineness.md');
  } finally {
    await db.end().catch(() => undefined);
    await server?.stop();
    if (!values.keep) await adminQuery(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
