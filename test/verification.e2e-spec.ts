// The verification queue and staff decisions on organizations: who sees which part of the queue, approve / reject /
// ask for more / suspend with the employer told in-app, a rejected or suspended organization's postings closed and gone
// from search in the same transaction, and postings of organizations not verified never shown to the public.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  admin, count, employer, indexed, LUOSHAN, PINGQIAO, postingInput, publishedPosting, seeker, staff, XIXIAN,
} from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let city: { client: Client; userId: string };
let luoshan: { client: Client; userId: string };
let pingqiao: { client: Client; userId: string };
let adm: { client: Client };
const anonymous = () => new Client(server.url);

beforeAll(async () => {
  server = await startTestServer();
  adm = await admin(server);
  city = await staff(server, adm.client, null);
  luoshan = await staff(server, adm.client, LUOSHAN);
  pingqiao = await staff(server, adm.client, PINGQIAO);
});
afterAll(async () => { await server?.close(); });

const QUEUE = `query($f: VerificationQueueFilter, $p: PageInput) { verificationQueue(filter: $f, page: $p) {
  total items { id name creditCode creditCodeValid type countyCode county { nameZh } submittedAt verificationStatus verificationNote
    privateDetails { contactName contactPhone }
    verificationHistory { decision fromStatus toStatus note closedPostings createdAt } } } }`;
const DECIDE = `mutation($i: OrganizationDecisionInput!) { decideOrganization(input: $i) { id verificationStatus verificationNote verifiedAt } }`;
const RESUBMIT = `mutation($id: ID!) { resubmitOrganization(id: $id) { id verificationStatus verificationNote submittedAt } }`;
const SEARCH = `query($q: String) { searchPostings(query: $q, page: { pageSize: 50 }) { total items { posting { id organization { verificationStatus } } } } }`;
const POSTING = `query($id: ID!) { posting(id: $id) { id status organization { id verificationStatus } } }`;
const POSTINGS = `query($f: PostingFilter) { postings(filter: $f, page: { pageSize: 100 }) { total items { id } } }`;
const NOTES = `{ myNotifications(page: { pageSize: 20 }) { items { kind title body } } }`;
const PUBLISH = `mutation($id: ID!) { publishPosting(id: $id) { id status } }`;

const tag = () => `zv${randomBytes(4).toString('hex')}`;


const found = async (word: string) => (await anonymous().ok<any>(SEARCH, { q: word })).searchPostings.items.map((i: any) => i.posting.id);
const row = async (id: string) => (await server.db.query(`SELECT * FROM organization WHERE id = $1`, [id])).rows[0];
const decisionsOf = (id: string) => count(server, 'organization_decision', 'organization_id = $1', [id]);
const auditsOf = (id: string) => count(server, 'audit_log', `entity = 'organization' AND entity_id = $1`, [id]);
const notesOf = (userId: string) => count(server, 'notification', `user_id = $1 AND kind LIKE 'ORGANIZATION_%'`, [userId]);

describe('the verification queue', () => {
  it('shows county staff their county only, city staff and administrators every county, each with its evidence', async () => {
    const lu = await employer(server, { countyCode: LUOSHAN, name: `罗山待核验公司${tag()}` }, { verified: false });
    const pq = await employer(server, { countyCode: PINGQIAO, name: `平桥待核验公司${tag()}` }, { verified: false });
    const done = await employer(server, { countyCode: LUOSHAN });
    const ids = (r: any) => r.verificationQueue.items.map((o: any) => o.id);
    const all = { p: { pageSize: 100 } };
    const mine = await luoshan.client.ok<any>(QUEUE, all);
    expect(ids(mine)).toContain(lu.organizationId);
    expect(ids(mine)).not.toContain(pq.organizationId);
    expect(ids(mine)).not.toContain(done.organizationId);
    expect(mine.verificationQueue.items.every((o: any) => o.countyCode === LUOSHAN)).toBe(true);
    for (const c of [city.client, adm.client]) {
      const r = await c.ok<any>(QUEUE, all);
      expect(ids(r)).toEqual(expect.arrayContaining([lu.organizationId, pq.organizationId]));
      expect(ids(r)).not.toContain(done.organizationId);
    }
    expect(ids(await city.client.ok<any>(QUEUE, { f: { countyCode: PINGQIAO }, ...all }))).toEqual(expect.arrayContaining([pq.organizationId]));
    expect(ids(await city.client.ok<any>(QUEUE, { f: { countyCode: PINGQIAO }, ...all }))).not.toContain(lu.organizationId);
    // the evidence: the credit code and its check, contact, type, county, when it came in, no decisions yet
    const item = mine.verificationQueue.items.find((o: any) => o.id === lu.organizationId);
    expect(item).toMatchObject({
      creditCodeValid: true, type: 'PRIVATE', county: { nameZh: '罗山县' }, verificationStatus: 'PENDING',
      privateDetails: { contactName: '李经理', contactPhone: '0376-1234567' }, verificationHistory: [],
    });
    expect(Date.parse(item.submittedAt)).toBeGreaterThan(Date.now() - 60_000);
    // a code whose check character is wrong (imported before the check existed) is flagged
    const bad = item.creditCode.slice(0, 17) + (item.creditCode[17] === '0' ? '1' : '0');
    await server.db.query(`UPDATE organization SET credit_code = $2 WHERE id = $1`, [lu.organizationId, bad]);
    const again = (await luoshan.client.ok<any>(QUEUE, all)).verificationQueue.items.find((o: any) => o.id === lu.organizationId);
    expect(again.creditCodeValid).toBe(false);
  });

  it('is for staff only; county staff cannot ask for another county; bad filters are named', async () => {
    const s = await seeker(server);
    const e = await employer(server);
    expect((await s.client.fails(QUEUE, {})).code).toBe('FORBIDDEN');
    expect((await e.client.fails(QUEUE, {})).code).toBe('FORBIDDEN');
    expect((await anonymous().fails(QUEUE, {})).code).toBe('UNAUTHENTICATED');
    expect(await luoshan.client.fails(QUEUE, { f: { countyCode: PINGQIAO } }))
      .toMatchObject({ code: 'FORBIDDEN', message: '该单位属于其他县区，只有该县区或市残联的工作人员可以核验' });
    expect(await city.client.fails(QUEUE, { f: { countyCode: '999999' } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.countyCode' }] });
    expect(await city.client.fails(QUEUE, { f: { status: 'VERIFIED' } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.status' }] });
  });
});

describe('an organization not verified', () => {
  it('may publish, but its postings are shown to no one else and found by no search until staff approve it', async () => {
    const word = tag();
    const e = await employer(server, { countyCode: XIXIAN }, { verified: false });
    const id = await publishedPosting(e, postingInput({ title: `按摩师${word}`, skills: [word], countyCode: XIXIAN }));
    await indexed(server, [id]);
    const other = await employer(server);
    const s = await seeker(server);
    for (const c of [anonymous(), other.client, s.client]) {
      expect((await c.fails(POSTING, { id })).code).toBe('NOT_FOUND');
      expect((await c.ok<any>(POSTINGS, { f: { organizationId: e.organizationId } })).postings.total).toBe(0);
    }
    expect(await found(word)).toEqual([]);
    expect((await anonymous().ok<any>(POSTINGS, { f: { query: word } })).postings.total).toBe(0);
    // its own members and staff see it
    expect((await e.client.ok<any>(POSTING, { id })).posting.status).toBe('PUBLISHED');
    expect((await city.client.ok<any>(POSTING, { id })).posting.organization.verificationStatus).toBe('PENDING');

    // approved: searchable, visible, and the employer is told
    const approved = await city.client.ok<any>(DECIDE, { i: { organizationId: e.organizationId, decision: 'APPROVE' } });
    expect(approved.decideOrganization).toMatchObject({ verificationStatus: 'VERIFIED', verificationNote: null });
    expect(approved.decideOrganization.verifiedAt).not.toBeNull();
    await indexed(server, [id]);
    expect(await found(word)).toEqual([id]);
    expect((await anonymous().ok<any>(POSTING, { id })).posting.organization.verificationStatus).toBe('VERIFIED');
    const notes = (await e.client.ok<any>(NOTES)).myNotifications.items;
    expect(notes[0]).toMatchObject({ kind: 'ORGANIZATION_VERIFIED', title: '单位已通过核验' });
    expect(await auditsOf(e.organizationId)).toBe(1);
    expect(await decisionsOf(e.organizationId)).toBe(1);
    // no longer in the queue
    const q = await city.client.ok<any>(QUEUE, { p: { pageSize: 100 } });
    expect(q.verificationQueue.items.map((o: any) => o.id)).not.toContain(e.organizationId);
  });
});

describe('rejecting and suspending', () => {
  it('rejecting closes every published posting and takes it out of search in the same transaction; the employer is told why', async () => {
    const word = tag();
    const e = await employer(server, { countyCode: PINGQIAO }, { verified: false });
    const a = await publishedPosting(e, postingInput({ title: `客服${word}`, skills: [word], countyCode: PINGQIAO }));
    // a verified organization's posting is found, then the same organization... (verified through the API)
    await pingqiao.client.ok(DECIDE, { i: { organizationId: e.organizationId, decision: 'APPROVE' } });
    await indexed(server, [a]);
    expect(await found(word)).toEqual([a]);

    // bad input and other counties change nothing
    const before = await row(e.organizationId);
    expect(await pingqiao.client.fails(DECIDE, { i: { organizationId: e.organizationId, decision: 'REJECT', note: '   ' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.note', message: '请填写不通过核验的原因' }] });
    expect(await row(e.organizationId)).toEqual(before);

    // suspending a verified organization (rejecting it would be the same): postings closed, out of search
    const suspended = await pingqiao.client.ok<any>(DECIDE, { i: { organizationId: e.organizationId, decision: 'SUSPEND', note: '经核查存在虚假招聘' } });
    expect(suspended.decideOrganization).toMatchObject({ verificationStatus: 'SUSPENDED', verificationNote: '经核查存在虚假招聘' });
    expect((await server.db.query(`SELECT status, closed_at FROM posting WHERE id = $1`, [a])).rows[0].status).toBe('CLOSED');
    expect(await count(server, 'outbox', `aggregate_id = $1 AND op = 'DELETE'`, [a])).toBeGreaterThan(0); // the organization's and the posting's triggers both say so
    await indexed(server, [a]);
    expect(await found(word)).toEqual([]);
    expect((await anonymous().fails(POSTING, { id: a })).code).toBe('NOT_FOUND');
    const note = (await e.client.ok<any>(NOTES)).myNotifications.items[0];
    expect(note).toMatchObject({ kind: 'ORGANIZATION_SUSPENDED' });
    expect(note.body).toContain('经核查存在虚假招聘');
    expect(note.body).toContain('已关闭的职位：1个');
    // the employer cannot publish again while suspended
    const { createPosting } = await e.client.ok<any>(`mutation($input: PostingInput!) { createPosting(input: $input) { id } }`, { input: postingInput({ countyCode: PINGQIAO }) });
    expect(await e.client.fails(PUBLISH, { id: createPosting.id })).toMatchObject({ code: 'FORBIDDEN', message: '单位未通过核验或已被暂停，不能发布职位' });
    // suspending twice is refused, in words
    expect(await pingqiao.client.fails(DECIDE, { i: { organizationId: e.organizationId, decision: 'SUSPEND', note: '再次' } }))
      .toMatchObject({ code: 'CONFLICT', message: '单位核验状态不能从“已暂停”变为“已暂停”' });
  });

  it('a rejected organization\'s postings leave search (searched anonymously before and after), and it may correct and resubmit', async () => {
    const word = tag();
    const e = await employer(server, { countyCode: LUOSHAN });
    const ids = [
      await publishedPosting(e, postingInput({ title: `按摩师${word}`, skills: [word] })),
      await publishedPosting(e, postingInput({ title: `推拿师${word}`, skills: [word] })),
    ];
    await indexed(server, ids);
    expect((await found(word)).sort()).toEqual([...ids].sort());
    // it goes back to the queue (identity changed), then is rejected by the county's staff
    await server.db.query(`UPDATE organization SET verification_status = 'PENDING' WHERE id = $1`, [e.organizationId]);
    const rejected = await luoshan.client.ok<any>(DECIDE, { i: { organizationId: e.organizationId, decision: 'REJECT', note: '营业执照与名称不符' } });
    expect(rejected.decideOrganization.verificationStatus).toBe('REJECTED');
    expect(await count(server, 'posting', `organization_id = $1 AND status = 'PUBLISHED'`, [e.organizationId])).toBe(0);
    await indexed(server, ids);
    expect(await found(word)).toEqual([]);
    expect((await anonymous().ok<any>(POSTINGS, { f: { organizationId: e.organizationId } })).postings.total).toBe(0);
    const n = (await e.client.ok<any>(NOTES)).myNotifications.items[0];
    expect(n).toMatchObject({ kind: 'ORGANIZATION_REJECTED', title: '单位未通过核验' });
    expect(n.body).toContain('营业执照与名称不符');
    expect(n.body).toContain('已关闭的职位：2个');
    // the notice is worded in the reader's language
    const en = new Client(server.url, { 'accept-language': 'en' });
    en.cookie = e.client.cookie;
    expect((await en.ok<any>(NOTES)).myNotifications.items[0].body).toContain('Positions closed: 2');
    // the history keeps the decision and how many postings it closed
    const hist = await luoshan.client.ok<any>(`query($id: ID!) { organization(id: $id) { verificationHistory { decision note closedPostings } } }`, { id: e.organizationId });
    expect(hist.organization.verificationHistory).toEqual([{ decision: 'REJECT', note: '营业执照与名称不符', closedPostings: 2 }]);
    // resubmitted: back in the county's queue
    const back = await e.client.ok<any>(RESUBMIT, { id: e.organizationId });
    expect(back.resubmitOrganization.verificationStatus).toBe('PENDING');
    const q = await luoshan.client.ok<any>(QUEUE, { p: { pageSize: 100 } });
    expect(q.verificationQueue.items.map((o: any) => o.id)).toContain(e.organizationId);
  });
});

describe('asking for more', () => {
  it('needs a note; the employer sees it, resubmits, and the organization is back in the queue with its history', async () => {
    const e = await employer(server, { countyCode: LUOSHAN }, { verified: false });
    expect(await luoshan.client.fails(DECIDE, { i: { organizationId: e.organizationId, decision: 'REQUEST_INFO', note: '' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.note', message: '请写明需要单位补充哪些材料' }] });
    const asked = await luoshan.client.ok<any>(DECIDE, { i: { organizationId: e.organizationId, decision: 'REQUEST_INFO', note: '请补充营业执照照片' } });
    expect(asked.decideOrganization).toMatchObject({ verificationStatus: 'INFO_REQUESTED', verificationNote: '请补充营业执照照片' });
    const own = await e.client.ok<any>(`{ myOrganization { verificationStatus verificationNote } }`);
    expect(own.myOrganization).toEqual({ verificationStatus: 'INFO_REQUESTED', verificationNote: '请补充营业执照照片' });
    const n = (await e.client.ok<any>(NOTES)).myNotifications.items[0];
    expect(n).toMatchObject({ kind: 'ORGANIZATION_INFO_REQUESTED' });
    expect(n.body).toContain('请补充营业执照照片');
    // still in the queue, under its own status
    const q = await luoshan.client.ok<any>(QUEUE, { f: { status: 'INFO_REQUESTED' }, p: { pageSize: 100 } });
    expect(q.verificationQueue.items.map((o: any) => o.id)).toContain(e.organizationId);

    const before = (await row(e.organizationId)).submitted_at as Date;
    const again = await e.client.ok<any>(RESUBMIT, { id: e.organizationId });
    expect(again.resubmitOrganization.verificationStatus).toBe('PENDING');
    expect(Date.parse(again.resubmitOrganization.submittedAt)).toBeGreaterThan(before.getTime());
    const hist = await luoshan.client.ok<any>(QUEUE, { f: { status: 'PENDING' }, p: { pageSize: 100 } });
    const item = hist.verificationQueue.items.find((o: any) => o.id === e.organizationId);
    expect(item.verificationHistory.map((d: any) => [d.decision, d.fromStatus, d.toStatus, d.note])).toEqual([
      ['REQUEST_INFO', 'PENDING', 'INFO_REQUESTED', '请补充营业执照照片'], ['RESUBMIT', 'INFO_REQUESTED', 'PENDING', null],
    ]);
    // nothing to resubmit now
    expect(await e.client.fails(RESUBMIT, { id: e.organizationId })).toMatchObject({ code: 'CONFLICT', message: '单位现在不需要重新提交核验' });
  });
});

describe('bad input and authorization for every new mutation', () => {
  it('decideOrganization: seekers, employers, other counties and anonymous callers are refused; unknown ids and decisions named; nothing changes', async () => {
    const e = await employer(server, { countyCode: LUOSHAN }, { verified: false });
    const s = await seeker(server);
    const before = await row(e.organizationId);
    const approve = { i: { organizationId: e.organizationId, decision: 'APPROVE' } };
    expect((await s.client.fails(DECIDE, approve)).code).toBe('FORBIDDEN');
    expect((await e.client.fails(DECIDE, approve)).code).toBe('FORBIDDEN');
    expect((await anonymous().fails(DECIDE, approve)).code).toBe('UNAUTHENTICATED');
    expect(await pingqiao.client.fails(DECIDE, approve))
      .toMatchObject({ code: 'FORBIDDEN', message: '该单位属于其他县区，只有该县区或市残联的工作人员可以核验' });
    expect(await pingqiao.client.fails(DECIDE, { i: { organizationId: e.organizationId, decision: 'REJECT', note: '不符' } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await luoshan.client.fails(DECIDE, { i: { organizationId: randomUUID(), decision: 'APPROVE' } }))
      .toMatchObject({ code: 'NOT_FOUND', message: '找不到该用人单位' });
    expect(await luoshan.client.fails(DECIDE, { i: { organizationId: 'not-an-id', decision: 'APPROVE' } })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await luoshan.client.fails(DECIDE, { i: { organizationId: e.organizationId, decision: 'MAYBE' } })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await luoshan.client.fails(DECIDE, { i: { organizationId: e.organizationId, decision: 'RESUBMIT' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.decision' }] });
    expect(await luoshan.client.fails(DECIDE, { i: { organizationId: e.organizationId, decision: 'SUSPEND', note: '' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.note', message: '请填写暂停该单位的原因' }] });
    expect(await luoshan.client.fails(DECIDE, { i: { organizationId: e.organizationId, decision: 'REJECT', note: 'x'.repeat(501) } })).toMatchObject({ code: 'BAD_USER_INPUT' });
    // suspending a pending organization is not a move it can make
    expect(await luoshan.client.fails(DECIDE, { i: { organizationId: e.organizationId, decision: 'SUSPEND', note: '虚假' } }))
      .toMatchObject({ code: 'CONFLICT', message: '单位核验状态不能从“等待核验”变为“已暂停”' });
    expect(await row(e.organizationId)).toEqual(before);
    expect(await auditsOf(e.organizationId)).toBe(0);
    expect(await decisionsOf(e.organizationId)).toBe(0);
    expect(await notesOf(e.userId)).toBe(0);
    // English callers get English
    const en = new Client(server.url, { 'accept-language': 'en' });
    en.cookie = pingqiao.client.cookie;
    expect((await en.fails(DECIDE, approve)).message).toBe('This organization belongs to another county: only that county\'s or the city\'s staff can decide on it');
  });

  it('resubmitOrganization: only the organization\'s own employer; unknown ids refused; nothing changes', async () => {
    const e = await employer(server, { countyCode: LUOSHAN }, { verified: false });
    await luoshan.client.ok(DECIDE, { i: { organizationId: e.organizationId, decision: 'REQUEST_INFO', note: '请补充材料' } });
    const before = await row(e.organizationId);
    const other = await employer(server);
    const s = await seeker(server);
    expect((await other.client.fails(RESUBMIT, { id: e.organizationId })).code).toBe('FORBIDDEN');
    expect((await s.client.fails(RESUBMIT, { id: e.organizationId })).code).toBe('FORBIDDEN');
    expect((await luoshan.client.fails(RESUBMIT, { id: e.organizationId })).code).toBe('FORBIDDEN');
    expect((await anonymous().fails(RESUBMIT, { id: e.organizationId })).code).toBe('UNAUTHENTICATED');
    expect((await e.client.fails(RESUBMIT, { id: randomUUID() })).code).toBe('NOT_FOUND');
    expect((await e.client.fails(RESUBMIT, { id: 'nope' })).code).toBe('BAD_USER_INPUT');
    expect(await row(e.organizationId)).toEqual(before);
    expect(await decisionsOf(e.organizationId)).toBe(1);
  });
});

describe('nothing else shows an organization that is not verified', () => {
  const H = 3600_000;
  const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
  const EVENT_BOOTHS = `query($id: ID!) { event(id: $id) { booths { id organization { id name } postings { id } } } }`;

  it('a seeker cannot apply to a waiting organization\'s posting by its id', async () => {
    const e = await employer(server, { countyCode: LUOSHAN }, { verified: false });
    const id = await publishedPosting(e);
    const s = await seeker(server);
    expect(await s.client.fails(`mutation($i: ApplyInput!) { applyToPosting(input: $i) { id } }`, { i: { postingId: id } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.postingId' }] });
    expect(await count(server, 'application', 'posting_id = $1', [id])).toBe(0);
  });

  it('an event\'s booths show a suspended organization to no one but staff', async () => {
    const e = await employer(server, { countyCode: LUOSHAN });
    const postingId = await publishedPosting(e);
    const { createEvent } = await city.client.ok<any>(`mutation($i: EventInput!) { createEvent(input: $i) { id } }`, { i: {
      kind: 'GENERAL', mode: 'ONSITE', title: '罗山县残疾人就业招聘会', description: '现场有手语翻译', organizer: '罗山县残疾人联合会',
      countyCode: LUOSHAN, startsAt: iso(24 * H), endsAt: iso(27 * H), registrationOpensAt: iso(-48 * H), registrationClosesAt: iso(20 * H),
      venueName: '罗山县人力资源市场', address: '罗山县城关镇', stepFreeRoute: true, accessibleToilets: true, services: [],
      seekerCapacity: 20, boothLimit: 5,
    } });
    await city.client.ok(`mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: createEvent.id });
    const { inviteToEvent } = await city.client.ok<any>(`mutation($e: ID!, $o: ID!) { inviteToEvent(eventId: $e, organizationId: $o) { id } }`,
      { e: createEvent.id, o: e.organizationId });
    await e.client.ok(`mutation($b: ID!, $p: [ID!]!) { acceptBoothInvitation(boothId: $b, postingIds: $p) { id } }`, { b: inviteToEvent.id, p: [postingId] });
    const booths = async (c: Client) => (await c.ok<any>(EVENT_BOOTHS, { id: createEvent.id })).event.booths;
    expect((await booths(anonymous())).map((b: any) => b.organization.id)).toEqual([e.organizationId]);
    await luoshan.client.ok(DECIDE, { i: { organizationId: e.organizationId, decision: 'SUSPEND', note: '虚假招聘' } });
    expect(await booths(anonymous())).toEqual([]);
    expect(await booths((await seeker(server)).client)).toEqual([]);
    expect((await booths(city.client)).map((b: any) => b.organization.id)).toEqual([e.organizationId]);
  });
});

