/** @jest-environment-options {"fileServerEnv": {"MEILI_URL": "http://127.0.0.1:9", "SEARCH_RELAY": "on"}} */
// A search engine that does not answer when the server starts stops only search: the server comes up, /health names
// search as down, search answers SERVICE_UNAVAILABLE in the reader's language, everything else works, and a change
// made meanwhile waits in the outbox rather than being lost. (Port 9, discard, has no listener here: the real
// Meilisearch client gets "connection refused", as with an engine that is not running.)
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { count, employer, publishedPosting } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.close(); });

const SEARCH = `query { searchPostings(query: "客服") { total } }`;

describe('search engine unreachable at start', () => {
  it('the server is up and /health says search is the part that is down', async () => {
    const r = await fetch(new URL('/health', server.url));
    expect(r.status).toBe(503);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await r.json()).toMatchObject({ status: 'unavailable', down: ['search'], database: 'ok' });
  });

  it("search answers SERVICE_UNAVAILABLE with a message in the reader's language, other operations work", async () => {
    const zh = await new Client(server.url).raw({ query: SEARCH });
    expect(zh.status).toBe(503);
    expect(zh.headers.get('retry-after')).toBeTruthy();
    expect(zh.json.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(zh.json.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
    const en = await new Client(server.url, { 'accept-language': 'en' }).raw({ query: SEARCH });
    expect(en.json.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(en.json.errors[0].message).toMatch(/search/i);
    expect(en.json.errors[0].message).not.toMatch(/[\u4e00-\u9fff]|ECONNREFUSED|127\.0\.0\.1/);

    const vocabulary = await new Client(server.url).gql(`query { vocabulary { supports { code } } }`);
    expect(vocabulary.errors).toBeUndefined();
  });

  it('a posting published meanwhile is kept in the outbox for the engine, not lost', async () => {
    const emp = await employer(server);
    const postingId = await publishedPosting(emp);
    const pending = () => count(server, 'outbox', `aggregate_id = $1 AND processed_at IS NULL`, [postingId]);
    expect(await pending()).toBeGreaterThan(0);
    // the relay runs but cannot deliver: the change is still waiting a moment later
    await new Promise((r) => setTimeout(r, 1500));
    expect(await pending()).toBeGreaterThan(0);
  });
});
