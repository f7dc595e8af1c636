import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { employer, postingInput, publishedPosting } from './support/fixtures.js';
import { Client, startProductionServer, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.close(); });

describe('GraphQL limits refuse abusive requests before any resolver runs', () => {
  // each limit keeps its code and says what happened in the user's language (Chinese unless Accept-Language: en)
  const refused = async (query: string, limit: string, zh: RegExp, en: RegExp) => {
    const r = await new Client(server.url).gql(query);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0].extensions).toMatchObject({ code: expect.stringMatching(/^GRAPHQL_(VALIDATION|PARSE)_FAILED$/), limit });
    expect(r.errors?.[0].message).toMatch(zh);
    const english = await new Client(server.url, { 'accept-language': 'en' }).gql(query);
    expect(english.errors?.[0].extensions).toEqual(r.errors?.[0].extensions);
    expect(english.errors?.[0].message).toMatch(en);
    return r.errors![0];
  };

  it('refuses a query nested deeper than the limit', async () => {
    const deep = `{ myApplications { items { posting { myApplication { posting { myApplication { posting { myApplication { posting { myApplication { posting { myApplication { id } } } } } } } } } } } } }`;
    const e = await refused(deep, 'depth', /^查询嵌套层数过多（最多10层，实际\d+层），请简化查询$/, /nested too deeply/);
    expect(e.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses 50 aliases of one field', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: counties { code }`).join(' ');
    await refused(`{ ${aliases} }`, 'aliases', /^查询中的别名过多（最多15个，实际50个），请分开查询$/, /too many aliases/);
  });

  it('refuses an oversized request by its token count', async () => {
    const fields = Array.from({ length: 1200 }, () => 'code nameZh').join(' ');
    await refused(`{ counties { ${fields} } }`, 'tokens', /^查询过长（最多2000个词元），请缩短查询$/, /too long/);
  });

  it('refuses a query that would cost more than the limit, though it is neither too deep, too wide nor too long', async () => {
    // 300 fields seven objects down: each costs 1.5^7 ≈ 17, about 5,190 in all against the limit of 5,000
    const costly = `{ myApplications { items { posting { myApplication { posting { myApplication { posting { ${'id '.repeat(300)}} } } } } } } }`;
    const e = await refused(costly, 'cost', /^查询的数据量过大（上限5000，估算为\d+），请减少字段或分页查询$/, /asks for too much \(limit 5000/);
    expect(e.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // the same shape with fewer fields is answered
    const cheap = await new Client(server.url).gql(costly.replace('id '.repeat(300), 'id '.repeat(10)));
    expect(cheap.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses batched requests', async () => {
    const { status, json } = await new Client(server.url).raw([{ query: '{ counties { code } }' }, { query: '{ counties { code } }' }]);
    expect(status).toBe(400);
    expect(JSON.stringify(json)).toMatch(/batch/i);
  });

  it('does not suggest field names to a client that guesses', async () => {
    const r = await new Client(server.url).gql(`{ postingz { total } }`);
    expect(r.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});

describe('errors never show internals', () => {
  it('a lock held too long becomes a friendly "try again", with no SQL in the answer', async () => {
    const e = await employer(server);
    const id = await publishedPosting(e);
    const locker = await server.db.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('SELECT id FROM posting WHERE id = $1 FOR UPDATE', [id]);
      const err = await e.client.fails(`mutation($id: ID!, $input: PostingInput!) { updatePosting(id: $id, input: $input) { id } }`,
        { id, input: postingInput({ title: '锁等待测试' }) });
      expect(err).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: '系统繁忙，请稍后再试' });
      expect(JSON.stringify(err.all.map((x) => [x.message, x.extensions]))).not.toMatch(/UPDATE|posting|lock|stack|at \//i);
    } finally {
      await locker.query('ROLLBACK');
      locker.release();
    }
  });

  it('personal data responses are not cached; security headers are set', async () => {
    const { headers } = await new Client(server.url).raw({ query: '{ me { id } }' });
    expect(headers.get('cache-control')).toBe('no-store');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-powered-by')).toBeNull();
  });

  it('requests without the JSON content type are refused (CSRF)', async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ me { id } }"}' });
    expect(res.status).toBe(400);
  });
});

describe('production mode', () => {
  it('refuses to start without a data key, naming the variable', async () => {
    const out = await run({ NODE_ENV: 'production', DATABASE_URL: process.env.E2E_DATABASE_URL!, DATA_KEY: '' });
    expect(out.code).not.toBe(0);
    expect(out.output).toContain('DATA_KEY');
  });

  it('refuses a malformed variable, naming it', async () => {
    const out = await run({ PORT: 'eighty', DATABASE_URL: process.env.E2E_DATABASE_URL! });
    expect(out.code).not.toBe(0);
    expect(out.output).toMatch(/PORT/);
  });

  it('hides the schema from introspection', async () => {
    const server2 = await startProductionServer('limits');
    try {
      const { url } = server2;
      const r = await new Client(url).gql(`{ __schema { types { name } } }`);
      expect(r.errors?.[0].message).toMatch(/introspection/i);
      const ok = await new Client(url).gql(`{ counties { code } }`);
      expect(ok.data?.counties).toHaveLength(10);
    } finally {
      await server2.stop();
    }
  });
});

function run(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/server/main.js'], { env: { ...process.env, DEMO_DATA: 'off', ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => { clearTimeout(timer); resolve({ code, output }); });
  });
}
