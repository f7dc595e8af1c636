// `npm run bench:dashboard`: the staff figures over HTTP (goal ≤ 500 ms each): the action-plan dashboard and the
// quarterly report, with people counted once and confirmed fakes left out (docs/counting.md), and the outcomes of
// issue 15 (retention, the outcome funnel, employers' genuineness, priority outreach), on 300,000 seekers, 20,000
// postings and their placements, in a database of its own (created and dropped here). Seekers and postings come from
// the seed CLI (COPY); placements, repeat placements, confirmed fakes and the outcomes' facts (lib/outcomes-data.ts)
// from generate_series-style SQL in the database, so the load stays short.
import argon2 from 'argon2';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { OUTCOMES_SQL } from './lib/outcomes-data.js';
import { adminQuery, BENCH_PASSWORD, databaseUrl, gql, recreateDatabase, run, startServer, type BenchServer } from './lib/server.js';

const DB = 'benchdashboard';
const TARGET_MS = 500;

/**
 * Placements in the plan period 2022–2024: 30% of the seekers placed once, a third of those (10% of all) a second
 * time and 5% a third time, at employers spread over the city; 1% of placements confirmed as not genuine (with
 * their flags). Dates, forms and lines come from hashes of the ids, so the same seed gives the same data.
 */
const PLACEMENTS_SQL = [
  `CREATE TEMP TABLE s AS SELECT id, county_code, row_number() OVER (ORDER BY id) AS rn FROM seeker_profile`,
  `CREATE TEMP TABLE o AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM organization`,
  `INSERT INTO placement (seeker_id, organization_id, employment_form, start_date, action_line, county_code, source, note)
   SELECT s.id, o.id,
          (ARRAY['FULL_TIME','FULL_TIME','FULL_TIME','PART_TIME','FLEXIBLE','HOME_BASED','AUXILIARY','PUBLIC_WELFARE'])[1 + abs(hashtext(s.id::text || n)) % 8],
          date '2022-01-01' + abs(hashtext(n || s.id::text)) % 1096,
          (ARRAY['PUBLIC_SECTOR','STATE_OWNED','PRIVATE','PRIVATE','DISABILITY_ORG','HARD_TO_EMPLOY','RURAL','RURAL','GRADUATE','BLIND_MASSAGE'])[1 + abs(hashtext(s.id::text || 'l' || n)) % 10],
          s.county_code, 'EXTERNAL', ''
     FROM s CROSS JOIN generate_series(1, 3) AS n
     JOIN o ON o.k = (s.rn * 7 + n * 13) % (SELECT count(*) FROM o)
    WHERE s.rn % 20 < CASE n WHEN 1 THEN 6 WHEN 2 THEN 2 ELSE 1 END`,
  `INSERT INTO integrity_flag (kind, subject_key, county_code, seeker_id, organization_id, placement_ids, status, note, decided_at)
   SELECT 'NO_HISTORY', p.id::text, p.county_code, p.seeker_id, p.organization_id, ARRAY[p.id], 'CONFIRMED', '基准测试：核实为虚假安置', now()
     FROM placement p WHERE abs(hashtext(p.id::text)) % 100 = 0`,
  `UPDATE placement p SET excluded_at = f.decided_at, excluded_reason = f.note, excluded_flag_id = f.id
     FROM integrity_flag f WHERE f.status = 'CONFIRMED' AND p.id = f.placement_ids[1]`,
  `INSERT INTO placement_change (placement_id, kind, reason)
   SELECT id, 'RECORDED', '' FROM placement UNION ALL SELECT id, 'EXCLUDED', excluded_reason FROM placement WHERE excluded_at IS NOT NULL`,
  // what autovacuum does on a database in use: statistics, and the visibility map index-only scans rely on
  `VACUUM ANALYZE placement`, `VACUUM ANALYZE seeker_profile`, `VACUUM ANALYZE placement_change`, `VACUUM ANALYZE integrity_flag`,
];

// the whole 2022–2024 plan (shipped with the migrations): the heaviest count, over every placement of the data
const PLAN_2022_2024 = '0e5c2a2e-2022-4024-a000-000000006900';
const DASHBOARD = `query($c: String, $p: ID) { actionPlanDashboard(countyCode: $c, planId: $p) { elapsedShare target achievedShare
  placements { total byCounty { key count } byActionLine { key count } byForm { key count } byCategory { key count } byYear { key count } byQuarter { year quarter count } }
  graduates { wantingAndAble served employed serviceRate employmentRate } publicWelfare { disabledHires totalPosts share } } }`;
const QUARTERLY = `query($y: Int!, $q: Int!, $c: String) { quarterlyReport(year: $y, quarter: $q, countyCode: $c) { exportUrl
  totals { quarter yearToDate planToDate } rows { countyCode countyName quarter yearToDate planToDate byActionLine { key count } }
  byActionLine { key count } byForm { key count } byCategory { key count } } }`;

const COUNTS = 'months due retained left unknown rate';
const RETENTION = `query($f: RetentionFilter!) { retention(filter: $f) { months total { ${COUNTS} }
  byCounty { key counts { ${COUNTS} } } byCategory { key counts { ${COUNTS} } } byLevel { key counts { ${COUNTS} } }
  byForm { key counts { ${COUNTS} } } byEmployerType { key counts { ${COUNTS} } } byActionLine { key counts { ${COUNTS} } } } }`;
const FUNNEL = `query($f: RetentionFilter!) { outcomeFunnel(filter: $f) { registered active applied interviewed hired due6 retained6 due12 retained12 } }`;
const FIGURE = 'numerator denominator rate cases pastThreshold';
const GENUINENESS = `query($f: GenuinenessFilter!) { employerGenuineness(filter: $f) { total items { organizationId organizationName concerns
  fillRate { ${FIGURE} } interviewRate { ${FIGURE} } retention6 { ${FIGURE} } endedWithin3Months { ${FIGURE} } belowMinimumWage { ${FIGURE} }
  insuranceMonths { ${FIGURE} } timeToFill { medianDays postings } postings { postingId title daysToFill fillRate { ${FIGURE} } } } } }`;
const OUTREACH = `query($c: String) { priorityOutreach(countyCode: $c) { counts { countyCode group registered notEmployed notServed listed }
  people { total items { reasons } } } }`;

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  return { p50: Math.round(at(50)), p95: Math.round(at(95)), max: Math.round(s[s.length - 1]) };
}

async function main() {
  const { values } = parseArgs({ options: {
    seekers: { type: 'string', default: '300000' }, postings: { type: 'string', default: '20000' }, runs: { type: 'string', default: '20' },
    // --keep leaves the database for EXPLAIN; --reuse measures a kept one again without loading it (no results written)
    keep: { type: 'boolean', default: false }, reuse: { type: 'boolean', default: false },
  } });
  const runs = Number(values.runs);
  if (!values.reuse) {
    await recreateDatabase(DB);
  }
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
    if (!values.reuse) {
      for (const sql of [...PLACEMENTS_SQL, ...OUTCOMES_SQL]) await db.query(sql);
    }
    const placementMs = Date.now() - t;
    const [{ rows: [counts] }] = await Promise.all([db.query(`SELECT
      (SELECT count(*)::int FROM seeker_profile) AS seekers, (SELECT count(*)::int FROM posting) AS postings,
      (SELECT count(*)::int FROM organization) AS organizations, (SELECT count(*)::int FROM placement) AS placements,
      (SELECT count(DISTINCT seeker_id)::int FROM placement) AS "placedPeople", (SELECT count(*)::int FROM placement WHERE excluded_at IS NOT NULL) AS excluded`)]);
    console.log(counts, `placements generated in ${(placementMs / 1000).toFixed(1)} s`);
    const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    await db.query(`INSERT INTO app_user (phone, password_hash, role, display_name, scope_county_code) VALUES
      ('13900000001', $1, 'STAFF', '市残联', NULL), ('13900000002', $1, 'STAFF', '罗山县残联', '411521') ON CONFLICT (phone) DO NOTHING`, [hash]);

    server = await startServer({ ...env, SEARCH_RELAY: 'off', INTEGRITY_CHECK_INTERVAL_SECONDS: '0', REMINDER_INTERVAL_SECONDS: '0' });
    const { url } = server;
    const signIn = async (account: string) => (await gql(url, `mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { account, password: BENCH_PASSWORD } })).cookie!;
    const [cityCookie, countyCookie] = [await signIn('13900000001'), await signIn('13900000002')];

    const scenarios = [
      { name: 'actionPlanDashboard, city staff (whole city)', query: DASHBOARD, variables: { p: PLAN_2022_2024 }, cookie: cityCookie },
      { name: 'actionPlanDashboard, county staff (罗山县)', query: DASHBOARD, variables: { p: PLAN_2022_2024 }, cookie: countyCookie },
      { name: 'quarterlyReport 2023 Q2, city staff (10 counties)', query: QUARTERLY, variables: { y: 2023, q: 2 }, cookie: cityCookie },
      { name: 'quarterlyReport 2024 Q4, county staff (罗山县)', query: QUARTERLY, variables: { y: 2024, q: 4 }, cookie: countyCookie },
      // issue 15's outcomes, over the plan period's placements (their follow-ups, applications, facts)
      { name: 'retention 2022–2024 at 3/6/12 months, city staff (six breakdowns)', query: RETENTION, variables: { f: { from: '2022-01-01', to: '2024-12-31', asOf: '2026-12-01' } }, cookie: cityCookie },
      { name: 'retention 2024, county staff (罗山县)', query: RETENTION, variables: { f: { from: '2024-01-01', to: '2024-12-31', asOf: '2026-12-01' } }, cookie: countyCookie },
      { name: 'outcomeFunnel 2024, city staff', query: FUNNEL, variables: { f: { from: '2024-01-01', to: '2024-12-31', asOf: '2026-12-01' } }, cookie: cityCookie },
      { name: 'employerGenuineness 2024, city staff (every employer, worst 20 first)', query: GENUINENESS, variables: { f: { from: '2024-01-01', to: '2024-12-31' } }, cookie: cityCookie },
      { name: 'employerGenuineness 2024, county staff (罗山县)', query: GENUINENESS, variables: { f: { from: '2024-01-01', to: '2024-12-31' } }, cookie: countyCookie },
      { name: 'priorityOutreach, city staff (counts by county and group, first page)', query: OUTREACH, variables: {}, cookie: cityCookie },
    ];
    const results = [];
    let total: number | null = null;
    for (const s of scenarios) {
      for (let i = 0; i < 3; i++) await gql(url, s.query, s.variables, s.cookie); // warm-up
      const ms: number[] = [];
      let data: any;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        data = (await gql(url, s.query, s.variables, s.cookie)).data;
        ms.push(performance.now() - t0);
      }
      if (s.name.startsWith('actionPlanDashboard, city')) total = data.actionPlanDashboard.placements.total;
      const row = { scenario: s.name, runs, ...stats(ms), withinTarget: stats(ms).p95 <= TARGET_MS };
      console.log(row);
      results.push(row);
    }
    // the figures themselves: people counted once, fakes out (checked against a direct count)
    const { rows: [direct] } = await db.query(`SELECT count(DISTINCT seeker_id)::int AS n FROM placement
      WHERE excluded_at IS NULL AND start_date BETWEEN '2022-01-01' AND '2024-12-31'`);
    if (total !== direct.n) throw new Error(`dashboard total ${total} differs from the people with a genuine placement, ${direct.n}`);

    const out = { date: new Date().toISOString(), node: process.version, cpus: `${cpus().length} × ${cpus()[0]?.model ?? ''}`, loadavg: loadavg(),
      data: counts, seedMs, placementMs, dashboardTotal: total, targetMs: TARGET_MS, results };
    if (values.reuse) return;
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/dashboard.json', `${JSON.stringify(out, null, 2)}\n`);
    const n = (x: number) => x.toLocaleString('en');
    const md = [
      '# The staff figures over HTTP: the action-plan dashboard, the quarterly report and the outcomes', '',
      `${out.date.slice(0, 10)}, Node ${out.node}, ${out.cpus}, load average ${out.loadavg.map((x) => x.toFixed(1)).join(' ')}; `
        + 'compiled server (NODE_ENV=production), PostgreSQL 15 on the same machine, default settings. `npm run bench:dashboard`.', '',
      `Data: ${n(counts.seekers)} seekers, ${n(counts.postings)} postings of ${n(counts.organizations)} organizations (seed CLI, COPY, ${(seedMs / 1000).toFixed(1)} s `
        + `with migrations), ${n(counts.placements)} placements of ${n(counts.placedPeople)} people in 2022–2024 (30% of seekers placed once, 10% twice, `
        + `5% three times), ${n(counts.excluded)} of them confirmed as not genuine, and their outcomes: postings behind 70% of them, `
        + `applications with interviews, contract facts and wages, ends for a fifth, follow-ups at 1, 3, 6 and 12 months, yearly insurance months `
        + `(generated in SQL in ${(placementMs / 1000).toFixed(1)} s; bench/lib/outcomes-data.ts).`, '',
      `The dashboard counts people once, under their first genuine placement, and leaves confirmed fakes out (docs/counting.md): `
        + `its city total, ${n(total ?? 0)}, equals a direct count of the people with a genuine placement in the plan period.`, '',
      `Each query: 3 warm-up requests, then ${runs} one after another; target ≤ ${TARGET_MS} ms.`, '',
      ...(out.loadavg[0] > cpus().length ? [`The machine was busy (load average ${out.loadavg[0].toFixed(1)} on ${cpus().length} cores): the times include waiting for a core.`, ''] : []),
      '| query | p50 ms | p95 ms | max ms | within target (p95) |', '|---|---:|---:|---:|---|',
      ...results.map((r) => `| ${r.scenario} | ${r.p50} | ${r.p95} | ${r.max} | ${r.withinTarget ? 'yes' : '**no**'} |`), '',
    ].join('\n');
    writeFileSync('bench/results/dashboard.md', md);
    console.log('wrote bench/results/dashboard.json and bench/results/dashboard.md');
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
