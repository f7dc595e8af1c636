// Outages named as outages: a server whose PostgreSQL cannot be reached answers SERVICE_UNAVAILABLE, HTTP 503 and
// Retry-After, in the user's language, and /health says the database is down; when the database is back, so is the
// server. The outage is real: the server's own database is closed to connections and its sessions are ended.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnServer, withAdmin } from './support/harness.mjs';
import { Client } from './support/server.js';

const adminUrl = process.env.ZYT_TEST_ADMIN_URL!;
const template = process.env.ZYT_TEST_TEMPLATE_DB!;
const db = `zhuyetong_${process.env.ZYT_TEST_RUN}_outage_own`;
let server: { url: string; stop(): Promise<void> };

function urlOf(name: string) {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

beforeAll(async () => {
  await withAdmin(adminUrl, [`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`, `CREATE DATABASE ${db} TEMPLATE ${template}`]);
  server = await spawnServer(urlOf(db), { env: { DB_POOL_SIZE: '4' }, logFile: 'test-output/e2e-outage-server.log' });
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await withAdmin(adminUrl, [`ALTER DATABASE ${db} ALLOW_CONNECTIONS true`, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`]);
});

const POSTINGS = `{ postings { total } }`;

describe('PostgreSQL unreachable', () => {
  it('answers 503 SERVICE_UNAVAILABLE with Retry-After, names the database in /health, and recovers', async () => {
    expect((await new Client(server.url).gql(POSTINGS)).data?.postings).toBeDefined();
    expect((await fetch(`${server.url}/health`)).status).toBe(200);

    await withAdmin(adminUrl, [
      `ALTER DATABASE ${db} ALLOW_CONNECTIONS false`,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${db}' AND pid <> pg_backend_pid()`,
    ]);
    try {
      for (const [headers, message] of [[{}, '数据库暂时无法访问，请稍后再试'], [{ 'accept-language': 'en' }, 'The database cannot be reached at the moment. Please try again shortly']] as const) {
        // the first request may meet a connection ended under it, later ones a refused connection: both are outages
        for (let i = 0; i < 3; i++) {
          const { status, json, headers: h } = await new Client(server.url, headers).raw({ query: POSTINGS });
          expect(status).toBe(503);
          expect(h.get('retry-after')).toMatch(/^\d+$/);
          expect(json.errors[0]).toMatchObject({ message, extensions: { code: 'SERVICE_UNAVAILABLE', unavailable: 'database' } });
        }
      }
      // a signed-in caller's session is looked up before any resolver: the same answer
      const { status, json } = await new Client(server.url).raw({ query: '{ me { id } }' }, { cookie: 'zyt_session=whatever' });
      expect(status).toBe(503);
      expect(json.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      const mutation = await new Client(server.url).raw({ query: 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }', variables: { i: { account: '13900001111', password: 'Correct-Horse-9' } } });
      expect(mutation.status).toBe(503);

      const health = await fetch(`${server.url}/health`);
      expect(health.status).toBe(503);
      expect(health.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await health.json()).toMatchObject({ status: 'unavailable', down: ['database'], database: 'unavailable', search: { status: 'ok' } });
    } finally {
      await withAdmin(adminUrl, [`ALTER DATABASE ${db} ALLOW_CONNECTIONS true`]);
    }
    // back: the pool opens new connections
    const back = await new Client(server.url).gql(POSTINGS);
    expect(back.errors).toBeUndefined();
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', down: [], database: 'ok' });
  }, 60_000);
});
