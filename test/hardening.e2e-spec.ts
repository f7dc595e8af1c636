// The cases the fuzzing found, one by one: each is refused with a 400-class code in the user's language, naming the
// field where there is one, and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { CREATE_POSTING, SAVE_PROFILE, admin, count, employer, postingInput, profileInput, seeker, signUp, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let emp: Awaited<ReturnType<typeof employer>>;
let sk: Awaited<ReturnType<typeof seeker>>;
let st: Awaited<ReturnType<typeof staff>>;
beforeAll(async () => {
  server = await startTestServer();
  const adm = await admin(server);
  [emp, sk, st] = await Promise.all([employer(server), seeker(server), staff(server, adm.client, null)]);
});
afterAll(async () => { await server?.close(); });

const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`;
const RECORD_PLACEMENT = `mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`;

/** All rows of the tables a case could write, to compare before and after. */
async function rows() {
  const tables = ['app_user', 'user_session', 'organization', 'posting', 'seeker_profile', 'placement', 'outbox', 'audit_log'];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(server, t)])));
}

async function refusedWithoutChange(client: Client, query: string, variables: Record<string, unknown>) {
  const before = await rows();
  const r = await client.gql(query, variables);
  expect(r.errors?.length).toBeGreaterThan(0);
  expect(await rows()).toEqual(before);
  return { status: r.status, error: r.errors![0] };
}

describe('one normalisation for strings', () => {
  it('refuses a NUL character, anonymous or signed in, naming the field in the user\'s language', async () => {
    const anon = await refusedWithoutChange(new Client(server.url), SIGN_IN, { i: { account: '139\u000000001111', password: 'x' } });
    expect(anon.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.account' }] });
    expect(anon.error.message).toMatch(/^手机号或邮箱含有不能使用的字符/);
    const en = await new Client(server.url, { 'accept-language': 'en' }).gql(SIGN_IN, { i: { account: 'a\u0000', password: 'x' } });
    expect(en.errors?.[0].message).toMatch(/contains characters that cannot be used/);
    const posting = await refusedWithoutChange(emp.client, CREATE_POSTING, { input: postingInput({ description: '正常\u0000描述' }) });
    expect(posting.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.description' }] });
  });

  it('refuses other control characters and lone surrogates, keeps tabs and line breaks', async () => {
    for (const bad of ['a\u0007b', '\u001b[31m', 'x\u007f', 'x\ud800y']) {
      const r = await refusedWithoutChange(emp.client, CREATE_POSTING, { input: postingInput({ title: `职位${bad}` }) });
      expect(r.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.title' }] });
    }
    const ok = await emp.client.ok<{ createPosting: { id: string } }>(CREATE_POSTING, { input: postingInput({ description: '第一行\n第二行\t缩进' }) });
    const { rows: [p] } = await server.db.query('SELECT description FROM posting WHERE id = $1', [ok.createPosting.id]);
    expect(p.description).toBe('第一行\n第二行\t缩进');
  });

  it('trims, and refuses whitespace-only titles and names as missing', async () => {
    const title = await refusedWithoutChange(emp.client, CREATE_POSTING, { input: postingInput({ title: ' \u3000 \t ' }) });
    expect(title.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.title' }] });
    expect(title.error.message).toMatch(/^请填写/);
    const short = await refusedWithoutChange(emp.client, CREATE_POSTING, { input: postingInput({ title: '  客  ' }) });
    expect(short.error.extensions?.fields).toEqual([expect.objectContaining({ path: 'input.title' })]);
    const name = await refusedWithoutChange(sk.client, SAVE_PROFILE, { input: profileInput({ name: '   ' }) });
    expect(name.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.name' }] });
    const { createPosting } = await emp.client.ok<{ createPosting: { id: string } }>(CREATE_POSTING, { input: postingInput({ title: '  电话客服专员  ' }) });
    const { rows: [p] } = await server.db.query('SELECT title FROM posting WHERE id = $1', [createPosting.id]);
    expect(p.title).toBe('电话客服专员');
  });

  it('refuses null for a field that cannot be emptied (updateMe displayName)', async () => {
    const { client } = await signUp(server, 'SEEKER', '原来的名字');
    const r = await refusedWithoutChange(client, `mutation($i: UpdateMeInput!) { updateMe(input: $i) { id displayName } }`, { i: { displayName: null } });
    expect(r.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.displayName' }] });
    expect((await client.ok<{ me: { displayName: string } }>(`{ me { displayName } }`)).me.displayName).toBe('原来的名字');
  });
});

describe('one strict reading of dates', () => {
  it('refuses week, ordinal and partial dates', async () => {
    for (const birthDate of ['2026-W01', '2026-W01-1', '1990-001', '1990', '1990-01', '+001990-01-01']) {
      const r = await refusedWithoutChange(sk.client, SAVE_PROFILE, { input: profileInput({ birthDate }) });
      expect(r.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.birthDate' }] });
      expect(r.error.message).toBe('出生日期应为日期，例如 2025-03-01');
    }
    const search = await new Client(server.url).gql(`query($f: PostingSearchFilter) { searchPostings(filter: $f) { total } }`, { f: { publishedSince: '2026-W01' } });
    expect(search.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.publishedSince' }] });
  });

  it('refuses impossible dates in a hire\'s start date and in endPlacement', async () => {
    const input = { seekerId: sk.seekerId, organizationId: emp.organizationId, employmentForm: 'FULL_TIME', startDate: '2026-02-30', note: '' };
    const start = await refusedWithoutChange(st.client, RECORD_PLACEMENT, { i: input });
    expect(start.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.startDate' }] });
    for (const startDate of ['2026-04-31', '2025-02-29', '2026-13-01']) {
      const r = await refusedWithoutChange(st.client, RECORD_PLACEMENT, { i: { ...input, startDate } });
      expect(r.error.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const end = await refusedWithoutChange(st.client, `mutation($id: ID!, $d: String!) { endPlacement(id: $id, endDate: $d, reason: RESIGNED) { id } }`, { id: randomUUID(), d: '2026-02-30' });
    expect(end.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'endDate' }] });
  });

  it('wants full date-times where date-times are expected', async () => {
    const event = {
      title: '日期测试招聘会', kind: 'GENERAL', mode: 'ONSITE', organizer: '信阳市残联', startsAt: '2026-12-03T09:00', endsAt: '2026-12-03',
      registrationOpensAt: '2026-W40', registrationClosesAt: '2026-12-02T25:00:00+08:00', services: [], seekerCapacity: 50, boothLimit: 10,
    };
    const r = await st.client.gql(`mutation($i: EventInput!) { createEvent(input: $i) { id } }`, { i: event });
    const paths = (r.errors?.[0].extensions?.fields ?? []).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['input.endsAt', 'input.registrationOpensAt', 'input.registrationClosesAt']));
  });
});

describe('requests refused as a whole are 400, not 500', () => {
  const post = (body: unknown, headers: Record<string, string> = {}) => new Client(server.url, headers).raw(body);

  it('a syntax error', async () => {
    const { status, json } = await post({ query: '{ counties { code ' });
    expect(status).toBe(400);
    expect(json.errors[0]).toMatchObject({ message: '请求的查询语句有语法错误', extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect((await post({ query: '{ counties { code } }}' }, { 'accept-language': 'en' })).json.errors[0].message).toBe('The query has a syntax error');
  });

  it('a query over the token limit', async () => {
    const { status, json } = await post({ query: `{ counties { ${'code '.repeat(2500)}} }` });
    expect(status).toBe(400);
    expect(json.errors[0]).toMatchObject({ message: '查询过长（最多2000个词元），请缩短查询', extensions: { limit: 'tokens' } });
  });

  it('a subscription sent over HTTP', async () => {
    const { status, json } = await post({ query: 'subscription { counties { code } }' });
    expect(status).toBe(400);
    expect(json.errors[0]).toMatchObject({ message: '订阅不能通过 HTTP 请求，请使用查询或变更', extensions: { code: 'BAD_REQUEST' } });
  });

  it('a persisted query whose hash does not match', async () => {
    const { status, json } = await post({ query: '{ counties { code } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } });
    expect(status).toBe(400);
    expect(json.errors[0]).toMatchObject({ message: '持久化查询的哈希值与查询不一致', extensions: { code: 'BAD_REQUEST' } });
  });

  it('more bad variable values than graphql-js will list', async () => {
    const { status, json } = await new Client(server.url).raw({
      query: `query($f: PostingSearchFilter) { searchPostings(filter: $f) { total } }`,
      variables: { f: { demandsNone: Array.from({ length: 80 }, () => 'NOT_A_DEMAND') } },
    });
    expect(status).toBe(400);
    expect(json.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).not.toContain('INTERNAL_SERVER_ERROR');
  });
});
