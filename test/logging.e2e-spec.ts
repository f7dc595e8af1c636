/** @jest-environment-options {"fileServerEnv": {"LOG_LEVEL": "log", "LOG_FORMAT": "json"}} */
// The server's log as an operator reads it: JSON lines; a refusal is one short line naming the request and the
// operation, without a stack; a real fault is one error line with one stack.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { employer, organizationInput, signUp } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.close(); });

// the harness writes this file's server output here (test/support/harness.mjs, startFileServer)
const LOG_FILE = 'test-output/e2e-server-logging.e2e-spec.log';

type Line = Record<string, any>;

/** The JSON lines of the server's log that mention a request id (the pipe may lag a moment behind the answer). */
async function linesOf(requestId: string, atLeast = 1): Promise<Line[]> {
  for (let i = 0; i < 50; i++) {
    const lines = readFileSync(LOG_FILE, 'utf8').split('\n').filter((l) => l.includes(requestId));
    if (lines.length >= atLeast && lines.some((l) => l.includes('"msg":"request"'))) return lines.map((l) => JSON.parse(l));
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no log lines for ${requestId} in ${LOG_FILE}`);
}

const SIGN_UP = `mutation SignUpForLogTest($input: SignUpInput!) { signUp(input: $input) { user { id } } }`;

describe('logs people can read', () => {
  it('every line is JSON', () => {
    const text = readFileSync(LOG_FILE, 'utf8').trim();
    for (const line of text.split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('a bad-input refusal is one info line without a stack, with the request id and the operation', async () => {
    const requestId = `log-test-bad-input-${Date.now()}`;
    const r = await new Client(server.url, { 'x-request-id': requestId })
      .gql(SIGN_UP, { input: { role: 'SEEKER', displayName: '小王', phone: '123', password: 'short' } });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const lines = await linesOf(requestId);
    const refusals = lines.filter((l) => l.context === 'GraphQL');
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ level: 30, requestId, operation: 'SignUpForLogTest', code: 'BAD_USER_INPUT' });
    // the fields named (in the input class's order of checks; forms list them in their own order)
    expect([...refusals[0].fields].sort()).toEqual(['input.password', 'input.phone']);
    expect(JSON.stringify(lines)).not.toMatch(/stack|\s+at\s+\S+\s+\(/);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    // and the request's own line says what was asked and how it ended
    expect(lines.find((l) => l.msg === 'request')).toMatchObject({ requestId, operation: 'SignUpForLogTest', status: 200, path: '/graphql' });
  });

  it('a refusal to a signed-in user names the user; forbidden is a warning', async () => {
    const { client, userId } = await signUp(server, 'SEEKER');
    const requestId = `log-test-forbidden-${Date.now()}`;
    const r = await client.raw({ query: `query StaffOnly { auditLog { total } }` }, { 'x-request-id': requestId });
    expect(r.json.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const lines = await linesOf(requestId);
    const refusal = lines.find((l) => l.context === 'GraphQL');
    expect(refusal).toMatchObject({ requestId, userId, operation: 'StaffOnly' });
    expect(refusal!.level).toBeLessThanOrEqual(40);
    expect(refusal!.err).toBeUndefined();
  });

  it('an internal fault is one error line with one stack, and the answer shows none of it', async () => {
    const { client } = await signUp(server, 'SEEKER');
    // a real fault: the table the query needs is gone (as after a half-applied migration)
    await server.db.query(`ALTER TABLE notification RENAME TO notification_moved_for_log_test`);
    try {
      const requestId = `log-test-fault-${Date.now()}`;
      const r = await client.raw({ query: `query MyNotices { myNotifications { items { id } } }` }, { 'x-request-id': requestId });
      expect(r.json.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(r.json)).not.toMatch(/notification_moved|relation|SELECT/);
      const lines = await linesOf(requestId);
      const faults = lines.filter((l) => l.level >= 50 && l.msg !== 'request');
      expect(faults).toHaveLength(1);
      expect(faults[0]).toMatchObject({ requestId, operation: 'MyNotices', code: 'INTERNAL_SERVER_ERROR' });
      expect(faults[0].err.stack).toMatch(/\n\s+at /);
      expect(JSON.stringify(lines).match(/\\n\s+at /g)?.length).toBeGreaterThan(0);
      expect(lines.filter((l) => l.err?.stack)).toHaveLength(1);
    } finally {
      await server.db.query(`ALTER TABLE notification_moved_for_log_test RENAME TO notification`);
    }
  });

  it('a duplicate the database refuses is one refusal line: the SQL logger adds no warning of its own', async () => {
    const first = await employer(server);
    const taken = await server.db.query(`SELECT credit_code FROM organization WHERE id = $1`, [first.organizationId]);
    const { client } = await signUp(server, 'EMPLOYER', '第二家');
    const requestId = `log-test-duplicate-${Date.now()}`;
    const r = await client.raw({
      query: `mutation DuplicateCreditCode($input: OrganizationInput!) { createOrganization(input: $input) { id } }`,
      variables: { input: organizationInput({ name: '信阳重复代码有限公司', creditCode: taken.rows[0].credit_code }) },
    }, { 'x-request-id': requestId });
    expect(r.json.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const lines = await linesOf(requestId);
    expect(lines.filter((l) => l.context === 'GraphQL')).toHaveLength(1);
    expect(lines.filter((l) => l.context === 'SQL' && l.level >= 40)).toEqual([]);
    expect(lines.filter((l) => l.level >= 40 && l.msg !== 'request')).toEqual([]);
  });
});
