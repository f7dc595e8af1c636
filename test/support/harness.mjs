// What the e2e and the browser test runs share. Once per run (jest's global setup): a PostgreSQL to work on
// (DATABASE_URL, or an embedded cluster started in a temporary folder on a free port) and a template database
// that the compiled server has migrated. Once per test file (server-environment.mjs): a database of the file's
// own, copied from the template (CREATE DATABASE … TEMPLATE), and the compiled server on it as a child process
// on a free port. So no file can see, disturb or depend on what another file did, in whatever order they run.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import pg from 'pg';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export async function withAdmin(adminUrl, sql) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const results = [];
    for (const s of sql) results.push(await admin.query(s));
    return results;
  } finally {
    await admin.end();
  }
}

function databaseUrlFor(adminUrl, db) {
  const u = new URL(adminUrl);
  u.pathname = `/${db}`;
  return u.toString();
}

/**
 * Waits until the server answers /health. With an external search engine (MEILI_URL) a file may start the server while
 * that engine is unreachable on purpose: then "up with only search down" (503, down: ['search']) counts as started.
 */
async function waitForHealth(url, child, logFile, { searchMayBeDown = false } = {}, ms = 120_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the test server exited with ${child.exitCode}; see ${logFile}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
      if (searchMayBeDown && res.status === 503 && (await res.json()).down?.join() === 'search') return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the test server did not become healthy within ${ms / 1000} s; see ${logFile}`);
}

/** The compiled server on a database, on a free port, until stop() (logs to logFile). */
export async function spawnServer(databaseUrl, { env = {}, logFile }) {
  const port = await freePort();
  mkdirSync('test-output', { recursive: true });
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [...(process.env.ZYT_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), 'dist/server/main.js'], {
    env: { ...process.env, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, DEMO_DATA: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      // the grace timer is cleared once the server is gone: a pending timer would keep the jest worker alive
      let timer;
      await Promise.race([exited, new Promise((r) => { timer = setTimeout(r, 5000); })]);
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    log.end();
  };
  try {
    await waitForHealth(url, child, logFile, { searchMayBeDown: Boolean(env.MEILI_URL) });
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, stop };
}

/** The run's names, shared with the test workers through the environment (they start after global setup). */
const RUN_ENV = { admin: 'ZYT_TEST_ADMIN_URL', template: 'ZYT_TEST_TEMPLATE_DB', run: 'ZYT_TEST_RUN' };

/**
 * Global setup of a run: kind names the run ('e2e', 'browser') in its databases and logs. Starts embedded
 * PostgreSQL when DATABASE_URL is not set, creates the template database and lets the server migrate it.
 */
export async function startRun(kind) {
  const runId = `${kind}_${process.pid}`;
  const run = { runId };
  globalThis[`__ZYT_RUN_${kind}__`] = run;
  let adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    console.log(`\n[${kind}] PostgreSQL from DATABASE_URL, databases zhuyetong_${runId}_*`);
  } else {
    const { startEmbeddedPostgres } = await import('../../dist/server/database/embedded-postgres.js');
    run.dir = mkdtempSync(join(tmpdir(), `zhuyetong-${kind}-pg-`));
    run.embedded = await startEmbeddedPostgres({ dir: run.dir, port: await freePort(), database: 'postgres' });
    adminUrl = run.embedded.url;
    console.log(`\n[${kind}] embedded PostgreSQL in ${run.dir}, databases zhuyetong_${runId}_*`);
  }
  run.adminUrl = adminUrl;
  await dropLeftovers(adminUrl, kind);
  const template = `zhuyetong_${runId}_template`;
  await withAdmin(adminUrl, [`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`, `CREATE DATABASE ${template}`]);
  // the server migrates the template and loads the regions on its way up; then it stops, so the template has no
  // connections left (CREATE DATABASE … TEMPLATE needs that)
  const t0 = Date.now();
  const server = await spawnServer(databaseUrlFor(adminUrl, template), { logFile: `test-output/${kind}-template-server.log` });
  await server.stop();
  console.log(`[${kind}] template database migrated in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.env[RUN_ENV.admin] = adminUrl;
  process.env[RUN_ENV.template] = template;
  process.env[RUN_ENV.run] = runId;
}

/** Databases of earlier runs of this kind whose process is gone (stopped before its teardown): dropped. */
async function dropLeftovers(adminUrl, kind) {
  const [{ rows }] = await withAdmin(adminUrl, [`SELECT datname FROM pg_database WHERE datname LIKE 'zhuyetong\\_${kind}\\_%'`]);
  const alive = (pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const stale = rows.map((r) => r.datname).filter((name) => {
    const pid = Number(name.split('_')[2]);
    return Number.isInteger(pid) && pid !== process.pid && !alive(pid);
  });
  if (stale.length) await withAdmin(adminUrl, stale.map((name) => `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** Global teardown: drops every database of the run (a crashed file may have left one), stops embedded PostgreSQL. */
export async function stopRun(kind) {
  const run = globalThis[`__ZYT_RUN_${kind}__`];
  if (!run) return;
  if (run.adminUrl && !run.embedded) {
    const [{ rows }] = await withAdmin(run.adminUrl, [`SELECT datname FROM pg_database WHERE datname LIKE 'zhuyetong\\_${run.runId}\\_%'`]);
    await withAdmin(run.adminUrl, rows.map((r) => `DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`));
  }
  await run.embedded?.stop();
  if (run.dir) rmSync(run.dir, { recursive: true, force: true });
}

/** A database name for one test file: the run, the file's name and a hash of its path, within PostgreSQL's 63 bytes. */
function fileDatabase(testPath) {
  const slug = basename(testPath).replace(/\.(e2e|browser)-spec\.ts$/, '').replace(/[^a-z0-9]+/gi, '_').toLowerCase().slice(0, 24);
  const hash = createHash('sha1').update(testPath).digest('hex').slice(0, 6);
  return `zhuyetong_${process.env[RUN_ENV.run]}_${slug}_${hash}`;
}

/**
 * One test file's own database (a copy of the run's template) and server on it. Returns the server's URL, the
 * database's URL and stop(), which stops the server and drops the database.
 */
export async function startFileServer(testPath, { env = {}, kind }) {
  const adminUrl = process.env[RUN_ENV.admin];
  const template = process.env[RUN_ENV.template];
  if (!adminUrl || !template) throw new Error('no test run: run the tests through their jest config (its global setup makes the template database)');
  const db = fileDatabase(testPath);
  await withAdmin(adminUrl, [`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`, `CREATE DATABASE ${db} TEMPLATE ${template}`]);
  const databaseUrl = databaseUrlFor(adminUrl, db);
  const name = basename(testPath).replace(/\.ts$/, '');
  let server;
  try {
    server = await spawnServer(databaseUrl, { env, logFile: `test-output/${kind}-server-${name}.log` });
  } catch (e) {
    await withAdmin(adminUrl, [`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`]);
    throw e;
  }
  return {
    url: server.url,
    databaseUrl,
    adminUrl,
    stop: async () => {
      await server.stop();
      await withAdmin(adminUrl, [`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`]);
    },
  };
}
