// Closes Chromium, stops the server, drops the run's database, stops and removes the run's embedded cluster.
import { rmSync } from 'node:fs';
import pg from 'pg';

export default async function globalTeardown() {
  await globalThis.__CHROMIUM__?.close();
  const child = globalThis.__BROWSER_SERVER__;
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
  globalThis.__BROWSER_LOG__?.end();
  const adminUrl = globalThis.__BROWSER_ADMIN_URL__;
  if (adminUrl && !globalThis.__BROWSER_PG__) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS zhuyetong_browser_${process.pid} WITH (FORCE)`);
    await admin.end();
  }
  await globalThis.__BROWSER_PG__?.stop();
  if (globalThis.__BROWSER_PG_DIR__) rmSync(globalThis.__BROWSER_PG_DIR__, { recursive: true, force: true });
}
