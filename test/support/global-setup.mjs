// Once per e2e run: a fresh database on real PostgreSQL (DATABASE_URL, or embedded PostgreSQL started here),
// then the compiled server (npm run build:server) as a child process on a free port. Tests talk HTTP to it.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

// One database (and one embedded cluster) per run, so runs started side by side never disturb each other.
const DB = `zhuyetong_e2e_${process.pid}`;

async function freshDatabase(adminUrl) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${DB}`;
  return u.toString();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`e2e server exited with ${child.exitCode}; see test-output/e2e-server-*.log`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('e2e server did not become healthy; see test-output/e2e-server-*.log');
}

export default async function globalSetup() {
  let adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    console.log(`\n[e2e] PostgreSQL from DATABASE_URL, database ${DB}`);
  } else {
    const { startEmbeddedPostgres } = await import('../../dist/server/database/embedded-postgres.js');
    const dir = mkdtempSync(join(tmpdir(), 'zhuyetong-e2e-pg-'));
    const embedded = await startEmbeddedPostgres({ dir, port: await freePort(), database: 'postgres' });
    globalThis.__EMBEDDED_PG__ = embedded;
    globalThis.__EMBEDDED_PG_DIR__ = dir;
    adminUrl = embedded.url;
    console.log(`\n[e2e] embedded PostgreSQL in ${dir}, database ${DB}`);
  }
  const databaseUrl = await freshDatabase(adminUrl);
  globalThis.__E2E_ADMIN_URL__ = adminUrl;
  const port = await freePort();
  mkdirSync('test-output', { recursive: true });
  const log = createWriteStream(`test-output/e2e-server-${process.pid}.log`);
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, DEMO_DATA: 'off',
      DB_POOL_SIZE: '30', RATE_LIMIT_ADDRESS_PER_MINUTE: '100000', REMINDER_INTERVAL_SECONDS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  globalThis.__E2E_SERVER__ = child;
  globalThis.__E2E_LOG__ = log;
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child);
  process.env.E2E_URL = url;
  process.env.E2E_DATABASE_URL = databaseUrl;
}
