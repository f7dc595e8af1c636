// Once per browser-test run: a fresh database of the run's own (on DATABASE_URL, or in an embedded PostgreSQL
// cluster started in a temporary folder on a free port), so runs side by side never meet; the compiled server
// with the built client on a free port, and one system Chromium that every test file connects to.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { chromium } from 'playwright-core';

const DB = `zhuyetong_browser_${process.pid}`;
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

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
    if (child.exitCode !== null) throw new Error(`browser-test server exited with ${child.exitCode}; see test-output/browser-server.log`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('browser-test server did not become healthy; see test-output/browser-server.log');
}

export default async function globalSetup() {
  for (const built of ['dist/server/main.js', 'client/dist/index.html']) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run npm run build first (npm run test:browser does)`);
  }
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing: apt-get install -y chromium fonts-noto-cjk`);

  let adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    console.log(`\n[browser] PostgreSQL from DATABASE_URL, database ${DB}`);
  } else {
    const { startEmbeddedPostgres } = await import('../../../dist/server/database/embedded-postgres.js');
    const dir = mkdtempSync(join(tmpdir(), 'zhuyetong-browser-pg-'));
    const embedded = await startEmbeddedPostgres({ dir, port: await freePort(), database: 'postgres' });
    globalThis.__BROWSER_PG__ = embedded;
    globalThis.__BROWSER_PG_DIR__ = dir;
    adminUrl = embedded.url;
    console.log(`\n[browser] embedded PostgreSQL in ${dir}, database ${DB}`);
  }
  const databaseUrl = await freshDatabase(adminUrl);
  globalThis.__BROWSER_ADMIN_URL__ = adminUrl;
  const port = await freePort();
  mkdirSync('test-output', { recursive: true });
  const log = createWriteStream('test-output/browser-server.log');
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, DEMO_DATA: 'off',
      RATE_LIMIT_ADDRESS_PER_MINUTE: '100000', RATE_LIMIT_ACCOUNT_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  globalThis.__BROWSER_SERVER__ = child;
  globalThis.__BROWSER_LOG__ = log;
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child);

  const browserServer = await chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_ARGS });
  globalThis.__CHROMIUM__ = browserServer;

  process.env.BROWSER_BASE_URL = url;
  process.env.BROWSER_DATABASE_URL = databaseUrl;
  process.env.BROWSER_WS_ENDPOINT = browserServer.wsEndpoint();
}
