// `npm run bench:import [-- --rows 50000]`: times the registry import end to end. Generates a registry .xlsx of valid
// rows (the seed generator's seekers in the federation's Chinese wording), starts the server on a fresh database of
// its own (benchimport on the machine's PostgreSQL, created and dropped here), uploads the file over HTTP as city
// staff and follows the job with a progress bar, then imports the same file again (all unchanged) and a copy
// with one row in ten changed. Writes bench/results/import.md.
import 'reflect-metadata';
import argon2 from 'argon2';
import cliProgress from 'cli-progress';
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createServer } from '../server/src/bootstrap.js';
import { EmploymentStatus } from '../server/src/common/domain.js';
import { projectRoot } from '../server/src/common/project-root.js';
import { loadConfig } from '../server/src/config/config.js';
import { contextFromRegion } from '../server/src/database/seed/generator.js';
import { SeekerGenerator } from '../server/src/database/seed/seekers.js';
import { readRegionFile } from '../server/src/regions/regions.service.js';
import { REGISTRY_HEADERS, registryCells } from '../server/src/reporting/import/testing/registry-files.js';

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = 'benchimport';
const PASSWORD = 'Bench-Import-2025';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '50000' }, seed: { type: 'string', default: '11' } } });
const ROWS = Number(values.rows);
const SEED = Number(values.seed);

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The registry as a clerk would export it: a title line, the header row, one row per person, all as text. */
async function writeRegistry(path: string, changeEvery = 0): Promise<void> {
  const region = readRegionFile('server/regions/xinyang.json');
  const countyName = new Map(region.counties.map((c) => [c.code, c.nameZh]));
  const generator = new SeekerGenerator(contextFromRegion(region, SEED, new Date()));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('残疾人名册');
  ws.addRow([`信阳市残疾人实名制数据（基准测试，${ROWS}人）`]).commit();
  ws.addRow([...REGISTRY_HEADERS]).commit();
  for (let i = 0; i < ROWS; i++) {
    const s = generator.next();
    const changed = changeEvery > 0 && i % changeEvery === 0;
    const status = changed ? (s.employmentStatus === EmploymentStatus.EMPLOYED ? EmploymentStatus.UNEMPLOYED : EmploymentStatus.EMPLOYED) : s.employmentStatus;
    ws.addRow(registryCells({
      name: s.name, gender: s.gender, birthDate: s.birthDate, certificate: s.certificate!, category: s.category!, level: s.level!,
      countyName: countyName.get(s.countyCode)!, residence: s.residence, phone: s.phone, education: s.education,
      graduateSchool: s.graduateSchool, graduateYear: s.graduateYear, employmentStatus: status,
    })).commit();
  }
  ws.commit();
  await wb.commit();
}

interface Job {
  status: string; totalRows: number | null; processedRows: number; createdCount: number; updatedCount: number;
  unchangedCount: number; errorRows: number; message: string | null;
}

interface Run { label: string; seconds: number; validating: number; writing: number; job: Job; peakRssMb: number }

async function run(url: string, cookie: string, file: string, label: string): Promise<Run> {
  const form = new FormData();
  const { readFile } = await import('node:fs/promises');
  form.append('file', new Blob([new Uint8Array(await readFile(file))]), 'registry.xlsx');
  const started = performance.now();
  const res = await fetch(`${url}/imports/seekers`, { method: 'POST', body: form, headers: { cookie } });
  if (res.status !== 202) throw new Error(`upload refused: ${res.status} ${await res.text()}`);
  const { id } = await res.json() as { id: string };
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: `${label.padEnd(10)} {phase} |{bar}| {value}/{total} rows | {duration}s`, hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(ROWS, 0, { phase: 'QUEUED    ' });
  let phase = '';
  let writingAt = 0;
  let validatingAt = 0;
  let peakRss = 0;
  for (;;) {
    const r = await fetch(`${url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: `query($id: ID!) { seekerImport(id: $id) { status totalRows processedRows createdCount updatedCount unchangedCount errorRows message } }`, variables: { id } }),
    });
    const job = ((await r.json()) as { data: { seekerImport: Job } }).data.seekerImport;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (job.status !== phase) {
      phase = job.status;
      if (phase === 'VALIDATING') validatingAt = performance.now();
      if (phase === 'WRITING') writingAt = performance.now();
      if (!bar) console.log(`${label}: ${phase} after ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    bar?.setTotal(job.totalRows ?? ROWS);
    bar?.update(job.processedRows, { phase: phase.padEnd(10) });
    if (!['QUEUED', 'VALIDATING', 'WRITING'].includes(job.status)) {
      bar?.stop();
      const end = performance.now();
      const seconds = (end - started) / 1000;
      if (job.status !== 'DONE') throw new Error(`${label}: ${job.status} ${job.message}`);
      console.log(`${label}: ${seconds.toFixed(1)} s — created ${job.createdCount}, updated ${job.updatedCount}, unchanged ${job.unchangedCount}, errors ${job.errorRows}`);
      return {
        label, seconds, job, peakRssMb: Math.round(peakRss / 1e6),
        validating: ((writingAt || end) - (validatingAt || started)) / 1000, writing: writingAt ? (end - writingAt) / 1000 : 0,
      };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const file = join(dir, 'registry.xlsx');
  const changedFile = join(dir, 'registry-changed.xlsx');
  let t = performance.now();
  await writeRegistry(file);
  const generateSeconds = (performance.now() - t) / 1000;
  await writeRegistry(changedFile, 10);
  const sizeMb = statSync(file).size / 1024 / 1024;
  console.log(`generated ${ROWS} rows: ${sizeMb.toFixed(1)} MB in ${generateSeconds.toFixed(1)} s`);

  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${DB}`);
  });
  const dbUrl = new URL(ADMIN_URL);
  dbUrl.pathname = `/${DB}`;
  const config = loadConfig({
    ...process.env, NODE_ENV: 'test', DATABASE_URL: dbUrl.toString(), PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'off',
    REMINDER_INTERVAL_SECONDS: '0', SEARCH_RELAY: 'off',
  });
  const server = await createServer(config, dbUrl.toString());
  const runs: Run[] = [];
  let pgVersion = '';
  try {
    const phone = '13900000001';
    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    await server.dataSource.query(
      `INSERT INTO app_user (phone, password_hash, role, display_name) VALUES ($1, $2, 'STAFF', '基准测试工作人员')`, [phone, hash]);
    pgVersion = (await server.dataSource.query(`SHOW server_version`))[0].server_version;
    const signIn = await fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, variables: { i: { account: phone, password: PASSWORD } } }),
    });
    const cookie = /zyt_session=[^;]+/.exec(signIn.headers.get('set-cookie') ?? '')?.[0];
    if (!cookie) throw new Error(`sign-in failed: ${await signIn.text()}`);
    runs.push(await run(server.url, cookie, file, 'first'));
    runs.push(await run(server.url, cookie, file, 'again'));
    runs.push(await run(server.url, cookie, changedFile, 'changed'));
    // the outcome must be exact, or the timing means nothing
    const [first, again, changed] = runs.map((x) => x.job);
    const expect = (what: string, ok: boolean) => {
      if (!ok) throw new Error(`unexpected outcome: ${what} (${JSON.stringify(runs.map((x) => x.job))})`);
    };
    expect('first import creates every row', first.createdCount === ROWS);
    expect('the same file again changes nothing', again.unchangedCount === ROWS && again.createdCount === 0 && again.updatedCount === 0);
    expect('one row in ten changed', changed.updatedCount === Math.ceil(ROWS / 10) && changed.createdCount === 0);
    const [{ n, garbled }] = await server.dataSource.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE name LIKE '%' || chr(65533) || '%')::int AS garbled FROM seeker_profile`);
    expect('one profile per row, no garbled names', n === ROWS && garbled === 0);
  } finally {
    await server.close();
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`));
    rmSync(dir, { recursive: true, force: true });
  }
  writeResults({ generateSeconds, sizeMb, runs, pgVersion });
}

function writeResults(r: { generateSeconds: number; sizeMb: number; runs: Run[]; pgVersion: string }) {
  const fmt = (n: number) => n.toLocaleString('en-US');
  const lines = [
    '# Registry import time',
    '',
    `\`npm run bench:import\`: a ${fmt(ROWS)}-row registry .xlsx (${r.sizeMb.toFixed(1)} MB, 13 Chinese columns, valid rows from the seed`,
    `generator, seed ${SEED}) uploaded over HTTP to \`POST /imports/seekers\` as city staff, into a fresh database \`${DB}\` on the`,
    `machine's PostgreSQL; the time runs from the upload until \`seekerImport(id)\` reports DONE. Measured ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| run | rows | created | updated | unchanged | checking (s) | writing (s) | total (s) | rows/s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.runs.map((x) => `| ${x.label === 'first' ? 'first import (empty database)' : x.label === 'again' ? 'same file again' : 'one row in ten changed'} | ${fmt(x.job.totalRows ?? 0)} | ${fmt(x.job.createdCount)} | ${fmt(x.job.updatedCount)} | ${fmt(x.job.unchangedCount)} | ${x.validating.toFixed(1)} | ${x.writing.toFixed(1)} | **${x.seconds.toFixed(1)}** | ${fmt(Math.round(ROWS / x.seconds))} |`),
    '',
    `Generating the file took ${r.generateSeconds.toFixed(1)} s (not counted). Peak resident memory of the process (server and`,
    `benchmark client together) during the runs: ${Math.max(...r.runs.map((x) => x.peakRssMb))} MB.`,
    '',
    '"Checking" is reading the sheet with exceljs\'s streaming reader and validating every row (certificate check character,',
    'category and level digits, birth date and gender against the ID number, county, phone, dates), with progress written to',
    'the job row; "writing" is encrypting and hashing the certificate numbers, COPY into a temporary table, one UPDATE of',
    'changed profiles, one INSERT of new ones and the audit entry, in one transaction.',
    '',
    `Machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${Math.round(totalmem() / 1024 ** 3)} GB RAM, PostgreSQL ${r.pgVersion},`,
    `Node ${process.versions.node}. Load average when the runs ended: ${loadavg().map((l) => l.toFixed(1)).join(', ')} (1, 5, 15 minutes) —`,
    'other work was running on the machine at the same time, so an idle machine should do better.',
    '',
  ];
  writeFileSync(join(projectRoot(), 'bench/results/import.md'), lines.join('\n'));
  console.log('wrote bench/results/import.md');
}

main().then(() => process.exit(0), (e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
