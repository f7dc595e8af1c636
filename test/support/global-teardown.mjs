// Stops the server, drops the run's database, stops and removes the run's embedded cluster.
import { rmSync } from 'node:fs';
import pg from 'pg';

export default async function globalTeardown() {
  const child = globalThis.__E2E_SERVER__;
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
  globalThis.__E2E_LOG__?.end();
  const adminUrl = globalThis.__E2E_ADMIN_URL__;
  if (adminUrl && !globalThis.__EMBEDDED_PG__) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS zhuyetong_e2e_${process.pid} WITH (FORCE)`);
    await admin.end();
  }
  await globalThis.__EMBEDDED_PG__?.stop();
  if (globalThis.__EMBEDDED_PG_DIR__) rmSync(globalThis.__EMBEDDED_PG_DIR__, { recursive: true, force: true });
}
