// `npm run bench:notify`: a fair cancelled for 10,000 registrants is delivered to the log channel (SMS and email)
// within 60 s, while search requests keep their usual latency. In a database of its own (created and dropped
// here): seekers and postings from the seed CLI, 10,000 of the seekers given accounts (a phone and an email each)
// and registered for one fair in SQL; the cancellation goes through the API as staff would do it. Search latency
// is measured before (baseline) and during the delivery, one request after another.
import argon2 from 'argon2';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { BENCH_PASSWORD, databaseUrl, gql, recreateDatabase, run, startServer, type BenchServer } from './lib/server.js';

const DB = 'benchnotify';
const TARGET_S = 60;
const SEARCH = `query($q: String!) { searchPostings(query: $q) { total } }`;
const WORDS = ['客服', '按摩', '仓库', '会计', '数据录入', '电商', '手工', '保洁'];

function pct(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : 0;
}

async function main() {
  const { values } = parseArgs({ options: { registrants: { type: 'string', default: '10000' }, keep: { type: 'boolean', default: false } } });
  const n = Number(values.registrants);
  await recreateDatabase(DB);
  const env = { DATABASE_URL: databaseUrl(DB), DEMO_DATA: 'off', LOG_LEVEL: 'warn' };
  let server: BenchServer | undefined;
  const db = new pg.Client({ connectionString: databaseUrl(DB) });
  try {
    await run(process.execPath, ['dist/server/database/seed/cli.js', '--seekers', String(Math.max(n, 12000)), '--postings', '3000', '--seed', '7', '--today', '2026-12-01'], env);
    await db.connect();
    const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    await db.query(`INSERT INTO app_user (phone, password_hash, role, display_name, scope_county_code) VALUES ('13900000001', $1, 'STAFF', '市残联', NULL)`, [hash]);
    // accounts for n seekers (a phone and an email each: two deliveries per person)
    await db.query(`CREATE TEMP TABLE pick AS SELECT id, row_number() OVER (ORDER BY id) AS rn FROM seeker_profile WHERE user_id IS NULL ORDER BY id LIMIT $1`, [n]);
    await db.query(`INSERT INTO app_user (id, phone, email, password_hash, role, display_name)
                    SELECT gen_random_uuid(), '137' || lpad(rn::text, 8, '0'), 'p' || rn || '@example.com', $1, 'SEEKER', '求职者' || rn FROM pick`, [hash]);
    await db.query(`UPDATE seeker_profile s SET user_id = u.id FROM pick p, app_user u WHERE p.id = s.id AND u.phone = '137' || lpad(p.rn::text, 8, '0')`);

    server = await startServer({ ...env, SEARCH_RELAY: 'on', INTEGRITY_CHECK_INTERVAL_SECONDS: '0', REMINDER_INTERVAL_SECONDS: '0' });
    const { url } = server;
    const cookie = (await gql(url, `mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { account: '13900000001', password: BENCH_PASSWORD } })).cookie!;
    const hour = 3600_000;
    const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
    const { data } = await gql(url, `mutation($i: EventInput!) { createEvent(input: $i) { id } }`, { i: {
      kind: 'GENERAL', mode: 'ONSITE', title: '基准测试招聘会', description: '', organizer: '市残联', countyCode: null,
      startsAt: iso(48 * hour), endsAt: iso(50 * hour), registrationOpensAt: iso(-hour), registrationClosesAt: iso(47 * hour),
      venueName: '市人力资源市场', address: '信阳市', stepFreeRoute: true, accessibleToilets: true, quietRoom: false, services: [],
      seekerCapacity: n + 10, boothLimit: 10,
    } }, cookie);
    const eventId = data.createEvent.id as string;
    await gql(url, `mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: eventId }, cookie);
    await db.query(`INSERT INTO event_registration (event_id, seeker_id, status, arrival, ticket_code)
                    SELECT $1, p.id, 'REGISTERED', p.rn, 'B' || lpad(p.rn::text, 9, '0') FROM pick p`, [eventId]);
    await db.query(`UPDATE recruitment_event SET registered_count = $2 WHERE id = $1`, [eventId, n]);
    await db.query('ANALYZE');

    const searchOnce = async () => {
      const t = performance.now();
      await gql(url, SEARCH, { q: WORDS[Math.floor(Math.random() * WORDS.length)] });
      return performance.now() - t;
    };
    for (let i = 0; i < 5; i++) await searchOnce();
    const baseline: number[] = [];
    for (let i = 0; i < 60; i++) baseline.push(await searchOnce());

    const t0 = performance.now();
    await gql(url, `mutation($id: ID!) { cancelEvent(id: $id, reason: "基准测试") { id } }`, { id: eventId }, cookie);
    const cancelMs = performance.now() - t0;
    const during: number[] = [];
    let deliveredAt = 0;
    let done = { sent: 0, total: 0 };
    const poll = (async () => {
      for (;;) {
        const { rows: [r] } = await db.query(`SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent, count(*)::int AS total FROM notification_delivery WHERE event_id = $1`, [eventId]);
        done = r;
        if (r.total > 0 && r.sent === r.total) { deliveredAt = performance.now() - t0; return; }
        if (performance.now() - t0 > 300_000) return;
        await new Promise((res) => setTimeout(res, 250));
      }
    })();
    while (!deliveredAt && performance.now() - t0 < 300_000) during.push(await searchOnce());
    await poll;
    const { rows: [logged] } = await db.query(`SELECT count(*)::int AS n FROM message_log`);

    const row = (name: string, xs: number[]) => `| ${name} | ${xs.length} | ${pct(xs, 50).toFixed(0)} | ${pct(xs, 95).toFixed(0)} | ${Math.max(...xs).toFixed(0)} |`;
    const result = {
      date: new Date().toISOString(), registrants: n, deliveries: done.total, sent: done.sent, messageLog: logged.n,
      cancelMutationMs: Math.round(cancelMs), deliveredSeconds: deliveredAt ? +(deliveredAt / 1000).toFixed(1) : null, targetSeconds: TARGET_S,
      search: { baseline: { p50: pct(baseline, 50), p95: pct(baseline, 95) }, during: { p50: pct(during, 50), p95: pct(during, 95), requests: during.length } },
    };
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/notify.json', `${JSON.stringify(result, null, 2)}\n`);
    const md = [
      '# A fair cancelled for 10,000 registrants: delivery to the log channel, and search meanwhile', '',
      `${result.date.slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.split(' ').slice(0, 2).join(' ')}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; compiled server (NODE_ENV=production), one instance, PostgreSQL on the same machine. \`npm run bench:notify\`.`, '',
      `${n.toLocaleString('en')} registrants with a phone and an email each: ${done.total.toLocaleString('en')} deliveries (SMS and email, log transport), written with the in-app rows and the pg-boss jobs in the cancellation's transaction (the cancelEvent request took ${Math.round(cancelMs)} ms).`, '',
      `All delivered (every delivery SENT, ${logged.n.toLocaleString('en')} rows in the message log) ${deliveredAt ? `in ${(deliveredAt / 1000).toFixed(1)} s` : 'NOT within 300 s'}; target ≤ ${TARGET_S} s: ${deliveredAt && deliveredAt / 1000 <= TARGET_S ? 'met' : 'NOT met'}.`, '',
      'Search (searchPostings over HTTP, one request after another), before the cancellation and while it was delivered:', '',
      '| when | requests | p50 ms | p95 ms | max ms |', '|---|---:|---:|---:|---:|',
      row('before (baseline)', baseline), row('during delivery', during), '',
    ].join('\n');
    writeFileSync('bench/results/notify.md', md);
    console.log(md);
  } finally {
    await db.end().catch(() => undefined);
    await server?.stop();
    if (!values.keep) await recreateDatabase(DB).then(() => undefined).catch(() => undefined);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
