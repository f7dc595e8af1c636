// What the e2e and the browser test runs share: a database of the run's own (on DATABASE_URL, or in an embedded
// PostgreSQL cluster started in a temporary folder on a free port), the compiled server as a child process on a
// free port, and stopping both again. The run's state lives on globalThis under a name per kind of run, because
// jest's global setup and teardown are separate modules.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

async function withAdmin(adminUrl, sql) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const s of sql) await admin.query(s);
  } finally {
    await admin.end();
  }
}

async function waitForHealth(url, child, logFile, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the test server exited with ${child.exitCode}; see ${logFile}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the test server did not become healthy; see ${logFile}`);
}

/**
 * Starts a run: kind names the run ('e2e', 'browser') in its database, its log and its console lines.
 * Returns the server's URL and the database's URL.
 */
export async function startRun(kind, { env = {}, logFile = `test-output/${kind}-server-${process.pid}.log` } = {}) {
  const db = `zhuyetong_${kind}_${process.pid}`;
  const run = { db };
  globalThis[`__ZYT_RUN_${kind}__`] = run;
  let adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    console.log(`\n[${kind}] PostgreSQL from DATABASE_URL, database ${db}`);
  } else {
    const { startEmbeddedPostgres } = await import('../../dist/server/database/embedded-postgres.js');
    run.dir = mkdtempSync(join(tmpdir(), `zhuyetong-${kind}-pg-`));
    run.embedded = await startEmbeddedPostgres({ dir: run.dir, port: await freePort(), database: 'postgres' });
    adminUrl = run.embedded.url;
    console.log(`\n[${kind}] embedded PostgreSQL in ${run.dir}, database ${db}`);
  }
  run.adminUrl = adminUrl;
  await withAdmin(adminUrl, [`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`, `CREATE DATABASE ${db}`]);
  const u = new URL(adminUrl);
  u.pathname = `/${db}`;
  const databaseUrl = u.toString();

  const port = await freePort();
  mkdirSync('test-output', { recursive: true });
  run.log = createWriteStream(logFile);
  run.child = spawn(process.execPath, ['dist/server/main.js'], {
    env: { ...process.env, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, DEMO_DATA: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  run.child.stdout.pipe(run.log);
  run.child.stderr.pipe(run.log);
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, run.child, logFile);
  return { url, databaseUrl };
}

/** Stops the run's server, drops its database, stops and removes its embedded cluster. */
export async function stopRun(kind) {
  const run = globalThis[`__ZYT_RUN_${kind}__`];
  if (!run) return;
  const { child } = run;
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
  run.log?.end();
  if (run.adminUrl && !run.embedded) await withAdmin(run.adminUrl, [`DROP DATABASE IF EXISTS ${run.db} WITH (FORCE)`]);
  await run.embedded?.stop();
  if (run.dir) rmSync(run.dir, { recursive: true, force: true });
}
