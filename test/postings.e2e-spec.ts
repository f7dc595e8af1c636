import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CREATE_POSTING, LUOSHAN, PINGQIAO, PUBLISH_POSTING, XIXIAN, admin, count, employer, indexed, organizationInput, postingInput,
  publishedPosting, signUp, staff,
} from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.close(); });

const CREATE_ORG = `mutation($input: OrganizationInput!) { createOrganization(input: $input) { id name verificationStatus privateDetails { staffCount } } }`;
const UPDATE_POSTING = `mutation($id: ID!, $input: PostingInput!, $v: Int) { updatePosting(id: $id, input: $input, expectedVersion: $v) { id title openings version } }`;
const POSTING = `query($id: ID!) { posting(id: $id) { id title status openingsLeft easyRead applicationCount organization { name } county { nameZh } } }`;
/** Words are matched by the search engine, which the outbox relay keeps eventually consistent: wait for it. */
const indexedPostings = (timeoutMs?: number) => indexed(server, undefined, timeoutMs);

const BROWSE = `query($f: PostingFilter, $p: PageInput, $s: PostingSort) { postings(filter: $f, page: $p, sort: $s) { total page pageSize items { id title countyCode supports demands reserved } } }`;

describe('organizations', () => {
  it('an employer registers one organization; the credit code check character is verified', async () => {
    const e = await signUp(server, 'EMPLOYER');
    const bad = await e.client.fails(CREATE_ORG, { input: organizationInput({ creditCode: '91110000600037341M', countyCode: '123456' }) });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.fields).toEqual(expect.arrayContaining([
      { path: 'input.creditCode', message: '统一社会信用代码的校验位（第18位）应为L，而不是M：请核对营业执照上的前17位' },
      { path: 'input.countyCode', message: '请选择本市的县区' },
    ]));
    expect(await count(server, 'organization_member', 'user_id = $1', [e.userId])).toBe(0);
    const ok = await e.client.ok<{ createOrganization: { verificationStatus: string; privateDetails: { staffCount: number } } }>(
      CREATE_ORG, { input: organizationInput() });
    expect(ok.createOrganization).toMatchObject({ verificationStatus: 'PENDING', privateDetails: { staffCount: 120 } });
    const again = await e.client.fails(CREATE_ORG, { input: organizationInput() });
    expect(again.code).toBe('CONFLICT');
  });

  it('a credit code can be registered only once', async () => {
    const first = await employer(server);
    const { rows } = await server.db.query(`SELECT credit_code FROM organization WHERE id = $1`, [first.organizationId]);
    const second = await signUp(server, 'EMPLOYER');
    const err = await second.client.fails(CREATE_ORG, { input: organizationInput({ creditCode: rows[0].credit_code }) });
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.creditCode', message: '该统一社会信用代码已登记' }] });
  });

  it('private details are for members and staff in scope; verification is for staff in scope', async () => {
    const e = await employer(server, { countyCode: XIXIAN }, { verified: false });
    const other = await employer(server);
    const q = `query($id: ID!) { organization(id: $id) { name privateDetails { staffCount contactPhone } members { displayName } } }`;
    expect((await e.client.ok<any>(q, { id: e.organizationId })).organization.members).toEqual([{ displayName: '招聘专员' }]);
    // not verified yet: to anyone but its members and staff it does not exist
    expect((await other.client.fails(q, { id: e.organizationId })).code).toBe('NOT_FOUND');
    expect((await new Client(server.url).fails(q, { id: e.organizationId })).code).toBe('NOT_FOUND');
    const adm = await admin(server);
    const luoshanStaff = await staff(server, adm.client, LUOSHAN);
    const xiStaff = await staff(server, adm.client, XIXIAN);
    const verify = `mutation($i: VerifyOrganizationInput!) { verifyOrganization(input: $i) { verificationStatus verifiedAt } }`;
    expect((await luoshanStaff.client.fails(verify, { i: { organizationId: e.organizationId, status: 'VERIFIED', note: '' } })).code).toBe('FORBIDDEN');
    expect((await e.client.fails(verify, { i: { organizationId: e.organizationId, status: 'VERIFIED', note: '' } })).code).toBe('FORBIDDEN');
    const noReason = await xiStaff.client.fails(verify, { i: { organizationId: e.organizationId, status: 'REJECTED', note: ' ' } });
    expect(noReason).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.note' }] });
    const done = await xiStaff.client.ok<any>(verify, { i: { organizationId: e.organizationId, status: 'VERIFIED', note: '营业执照已核对' } });
    expect(done.verifyOrganization.verificationStatus).toBe('VERIFIED');
    expect((await xiStaff.client.ok<any>(q, { id: e.organizationId })).organization.privateDetails.staffCount).toBe(120);
    expect((await other.client.ok<any>(q, { id: e.organizationId })).organization.members).toBeNull();
    expect((await other.client.ok<any>(q, { id: e.organizationId })).organization.privateDetails).toBeNull();
    expect((await new Client(server.url).ok<any>(q, { id: e.organizationId })).organization.privateDetails).toBeNull();
    expect(await count(server, 'audit_log', `entity = 'organization' AND entity_id = $1 AND action = 'STAFF_ACTION'`, [e.organizationId])).toBe(1);
  });

  it('another employer cannot edit the organization', async () => {
    const e = await employer(server);
    const other = await employer(server);
    const update = `mutation($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { name } }`;
    const err = await other.client.fails(update, { id: e.organizationId, input: organizationInput({ name: '被篡改的名称' }) });
    expect(err.code).toBe('FORBIDDEN');
    expect(await count(server, 'organization', `name = '被篡改的名称'`)).toBe(0);
  });
});

describe('postings', () => {
  it('an employer creates a draft, edits it, publishes and closes it; outbox rows follow', async () => {
    const e = await employer(server);
    const { createPosting } = await e.client.ok<any>(CREATE_POSTING, { input: postingInput() });
    expect(createPosting).toMatchObject({ status: 'DRAFT', version: 1 });
    expect((await new Client(server.url).fails(POSTING, { id: createPosting.id })).code).toBe('NOT_FOUND');
    const edited = await e.client.ok<any>(UPDATE_POSTING, { id: createPosting.id, input: postingInput({ title: '保健按摩师', openings: 2 }), v: 1 });
    expect(edited.updatePosting).toMatchObject({ title: '保健按摩师', openings: 2, version: 2 });
    const stale = await e.client.fails(UPDATE_POSTING, { id: createPosting.id, input: postingInput({ title: '旧版本覆盖' }), v: 1 });
    expect(stale.code).toBe('CONFLICT');
    expect(await count(server, 'outbox', `aggregate_id = $1`, [createPosting.id])).toBe(0);
    await e.client.ok(PUBLISH_POSTING, { id: createPosting.id });
    const pub = await new Client(server.url).ok<any>(POSTING, { id: createPosting.id });
    expect(pub.posting).toMatchObject({ title: '保健按摩师', status: 'PUBLISHED', openingsLeft: 2, applicationCount: null, county: { nameZh: '罗山县' } });
    expect(pub.posting.easyRead).toContain('这个岗位专门留给残疾人。');
    expect(pub.posting.easyRead).toContain('这里电脑有读屏软件。');
    expect((await e.client.ok<any>(POSTING, { id: createPosting.id })).posting.applicationCount).toBe(0);
    expect((await e.client.fails(PUBLISH_POSTING, { id: createPosting.id })).code).toBe('CONFLICT');
    await e.client.ok(`mutation($id: ID!) { closePosting(id: $id) { status closedAt } }`, { id: createPosting.id });
    const { rows } = await server.db.query(`SELECT op FROM outbox WHERE aggregate_id = $1 ORDER BY id`, [createPosting.id]);
    expect(rows.map((r: { op: string }) => r.op)).toEqual(['UPSERT', 'DELETE']);
  });

  it('refuses bad postings naming each field and writes nothing', async () => {
    const e = await employer(server);
    const before = await count(server, 'posting', 'organization_id = $1', [e.organizationId]);
    const err = await e.client.fails(CREATE_POSTING, {
      input: postingInput({ title: 'x', openings: 0, salaryMin: 5000, salaryMax: 3000, countyCode: '110101', deadline: '2020-01-01', latitude: 123 }),
    });
    expect(err.code).toBe('BAD_USER_INPUT');
    const paths = err.fields.map((f) => f.path).sort();
    expect(paths).toEqual(['input.latitude', 'input.openings', 'input.title']);
    const err2 = await e.client.fails(CREATE_POSTING, { input: postingInput({ salaryMin: 5000, salaryMax: 3000, countyCode: '110101', deadline: '2020-01-01' }) });
    expect(err2.fields.map((f) => f.message)).toEqual(expect.arrayContaining(['请选择本市的县区', '最高月薪不能低于最低月薪', '截止日期不能早于今天']));
    const err3 = await e.client.fails(CREATE_POSTING, { input: postingInput({ employmentForm: 'SOMETIMES' }) });
    expect(err3).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.employmentForm', message: '就业形式格式不正确' }] });
    expect(await count(server, 'posting', 'organization_id = $1', [e.organizationId])).toBe(before);
  });

  it('only the owning employer and staff in scope manage a posting', async () => {
    const e = await employer(server);
    const id = await publishedPosting(e);
    const other = await employer(server);
    const seeker = await signUp(server, 'SEEKER');
    expect((await other.client.fails(UPDATE_POSTING, { id, input: postingInput({ title: '别人的职位' }) })).code).toBe('FORBIDDEN');
    expect((await seeker.client.fails(UPDATE_POSTING, { id, input: postingInput({ title: '别人的职位' }) })).code).toBe('FORBIDDEN');
    expect((await other.client.fails(`mutation($id: ID!) { closePosting(id: $id) { id } }`, { id })).code).toBe('FORBIDDEN');
    expect((await seeker.client.fails(CREATE_POSTING, { input: postingInput() })).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(CREATE_POSTING, { input: postingInput() })).code).toBe('UNAUTHENTICATED');
    const adm = await admin(server);
    const xi = await staff(server, adm.client, XIXIAN);
    const lu = await staff(server, adm.client, LUOSHAN);
    expect((await xi.client.fails(`mutation($id: ID!) { closePosting(id: $id) { id } }`, { id })).code).toBe('FORBIDDEN');
    expect((await lu.client.ok<any>(`mutation($id: ID!) { closePosting(id: $id) { status } }`, { id })).closePosting.status).toBe('CLOSED');
    expect(await count(server, 'posting', `title = '别人的职位'`)).toBe(0);
  });

  it('staff editing, publishing or closing an employer\'s posting is written to the audit log; the employer\'s own steps are not', async () => {
    const e = await employer(server);
    const { createPosting } = await e.client.ok<any>(CREATE_POSTING, { input: postingInput() });
    const id: string = createPosting.id;
    const adm = await admin(server);
    const lu = await staff(server, adm.client, LUOSHAN);
    const audit = async () => (await server.db.query(
      `SELECT actor_user_id, actor_role, action, detail FROM audit_log WHERE entity = 'posting' AND entity_id = $1 ORDER BY id`, [id])).rows;
    await e.client.ok(UPDATE_POSTING, { id, input: postingInput({ title: '按摩师（雇主自己改）' }) });
    expect(await audit()).toEqual([]);
    await lu.client.ok(UPDATE_POSTING, { id, input: postingInput({ title: '按摩师（残联代改）' }) });
    await lu.client.ok(PUBLISH_POSTING, { id });
    await lu.client.ok(`mutation($id: ID!) { closePosting(id: $id) { status } }`, { id });
    expect(await audit()).toEqual([
      { actor_user_id: lu.userId, actor_role: 'STAFF', action: 'STAFF_ACTION', detail: { op: 'update' } },
      { actor_user_id: lu.userId, actor_role: 'STAFF', action: 'STAFF_ACTION', detail: { op: 'publish', from: 'DRAFT', to: 'PUBLISHED' } },
      { actor_user_id: lu.userId, actor_role: 'STAFF', action: 'STAFF_ACTION', detail: { op: 'close', from: 'PUBLISHED', to: 'CLOSED' } },
    ]);
    // a refused staff step writes neither the posting nor the log
    const closedAgain = await lu.client.fails(`mutation($id: ID!) { closePosting(id: $id) { status } }`, { id });
    expect(closedAgain).toMatchObject({ code: 'CONFLICT', message: '职位不能从“已结束”变为“已结束”' });
    expect(await audit()).toHaveLength(3);
    // the employer's own publish of another posting is not a staff action
    const own = await publishedPosting(e);
    expect(await count(server, 'audit_log', `entity = 'posting' AND entity_id = $1`, [own])).toBe(0);
  });

  it('an employer without an organization is told to register it first', async () => {
    const e = await signUp(server, 'EMPLOYER');
    const err = await e.client.fails(CREATE_POSTING, { input: postingInput() });
    expect(err).toMatchObject({ code: 'FORBIDDEN', message: '请先登记您的用人单位' });
  });

  it('browses published postings with filters and pages, never drafts, and caps the page size', async () => {
    const e = await employer(server, { type: 'STATE_OWNED' });
    const tag = `筛选${Date.now()}`;
    const a = await publishedPosting(e, { title: `${tag}客服`, countyCode: PINGQIAO, supports: ['TEXT_COMMUNICATION', 'REMOTE_WORK'], demands: [], employmentForm: 'HOME_BASED' });
    const b = await publishedPosting(e, { title: `${tag}话务员`, countyCode: PINGQIAO, supports: ['TEXT_COMMUNICATION'], demands: ['VOICE_CALLS'] });
    await publishedPosting(e, { title: `${tag}按摩师`, countyCode: LUOSHAN, reserved: false });
    await e.client.ok(CREATE_POSTING, { input: postingInput({ title: `${tag}草稿` }) });
    await indexedPostings();
    const anon = new Client(server.url);
    const all = await anon.ok<any>(BROWSE, { f: { query: tag } });
    expect(all.postings.total).toBe(3);
    const both = await anon.ok<any>(BROWSE, { f: { query: tag, supportsAll: ['TEXT_COMMUNICATION', 'REMOTE_WORK'] } });
    expect(both.postings.items.map((p: { id: string }) => p.id)).toEqual([a]);
    const noCalls = await anon.ok<any>(BROWSE, { f: { query: tag, countyCodes: [PINGQIAO], demandsNone: ['VOICE_CALLS'] } });
    expect(noCalls.postings.items.map((p: { id: string }) => p.id)).toEqual([a]);
    const stateOwned = await anon.ok<any>(BROWSE, { f: { query: tag, organizationTypes: ['STATE_OWNED'], reservedOnly: true } });
    expect(stateOwned.postings.items.map((p: { id: string }) => p.id).sort()).toEqual([a, b].sort());
    const paged = await anon.ok<any>(BROWSE, { f: { query: tag }, p: { page: 2, pageSize: 2 } });
    expect(paged.postings).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.postings.items).toHaveLength(1);
    const tooBig = await anon.fails(BROWSE, { p: { page: 1, pageSize: 1000 } });
    expect(tooBig).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'page.pageSize', message: '每页条数不能大于100' }] });
    const drafts = await anon.ok<any>(BROWSE, { f: { query: tag, status: 'DRAFT' } });
    expect(drafts.postings.total).toBe(0);
    const myDrafts = await e.client.ok<any>(BROWSE, { f: { query: tag, status: 'DRAFT' } });
    expect(myDrafts.postings.total).toBe(1);
    const otherDrafts = await (await employer(server)).client.ok<any>(BROWSE, { f: { query: tag, status: 'DRAFT' } });
    expect(otherDrafts.postings.total).toBe(0);
  });

  it('a posting list with organizations costs a constant number of queries (DataLoader, no N+1)', async () => {
    const tag = `加载${Date.now()}`;
    for (let i = 0; i < 4; i++) await publishedPosting(await employer(server), { title: `${tag}${i}` });
    await indexedPostings();
    const q = `query($f: PostingFilter, $p: PageInput) { postings(filter: $f, page: $p) { total items { id organization { name type } county { nameZh } } } }`;
    const anon = new Client(server.url);
    const two = await anon.queryCount(q, { f: { query: tag }, p: { page: 1, pageSize: 2 } });
    const four = await anon.queryCount(q, { f: { query: tag }, p: { page: 1, pageSize: 4 } });
    expect(four.result.data!.postings.items).toHaveLength(4);
    expect(four.queries).toBe(two.queries);
    expect(four.queries).toBeLessThanOrEqual(3);
  });
});

describe('an employer\'s own postings', () => {
  it('lists every status of their own organization only', async () => {
    const e = await employer(server);
    const pub = await publishedPosting(e);
    await e.client.ok(CREATE_POSTING, { input: postingInput({ title: '草稿职位' }) });
    await publishedPosting(await employer(server));
    const all = await e.client.ok<any>(`{ myPostings { total items { id status } } }`);
    expect(all.myPostings.total).toBe(2);
    const drafts = await e.client.ok<any>(`{ myPostings(status: DRAFT) { items { status } } }`);
    expect(drafts.myPostings.items).toEqual([{ status: 'DRAFT' }]);
    expect(all.myPostings.items.map((p: { id: string }) => p.id)).toContain(pub);
    expect((await (await signUp(server, 'SEEKER')).client.fails(`{ myPostings { total } }`)).code).toBe('FORBIDDEN');
  });

  it('serves the client page on client routes but not on API paths', async () => {
    const home = await fetch(`${server.url}/`, { headers: { accept: 'text/html' } });
    const page = await fetch(`${server.url}/jobs/123`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(home.status);
    expect(await page.text()).toBe(await home.text());
    const health = await fetch(`${server.url}/health`, { headers: { accept: 'text/html' } });
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });
});
