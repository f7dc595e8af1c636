import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  LUOSHAN, XIXIAN, admin, count, employer, publishedPosting, seeker, signUp, staff,
} from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.close(); });

const APPLY = `mutation($i: ApplyInput!) { applyToPosting(input: $i) { id status accommodations } }`;
const MOVE = `mutation($i: MoveApplicationInput!) { moveApplication(input: $i) { id status rejectionReason } }`;
const MINE = `{ myApplications { total items { id status posting { title } history { fromStatus toStatus reason } } } }`;

async function apply(client: Client, postingId: string, extra: Record<string, unknown> = {}) {
  const r = await client.ok<{ applyToPosting: { id: string } }>(APPLY, { i: { postingId, ...extra } });
  return r.applyToPosting.id;
}

describe('applying', () => {
  it('a seeker applies with a note and interview accommodations, once per posting', async () => {
    const e = await employer(server);
    const postingId = await publishedPosting(e);
    const s = await seeker(server);
    const r = await s.client.ok<any>(APPLY, { i: { postingId, note: '我有三年按摩经验', accommodations: ['SCREEN_READER_MATERIALS', 'COMPANION'], accommodationNote: '请提前发电子版材料' } });
    expect(r.applyToPosting).toMatchObject({ status: 'SUBMITTED', accommodations: ['SCREEN_READER_MATERIALS', 'COMPANION'] });
    const again = await s.client.fails(APPLY, { i: { postingId } });
    expect(again).toMatchObject({ code: 'CONFLICT', message: '您已申请过该职位' });
    expect(await count(server, 'application', 'posting_id = $1', [postingId])).toBe(1);
  });

  it('a retry with the same idempotency key returns the first application', async () => {
    const postingId = await publishedPosting(await employer(server));
    const s = await seeker(server);
    const [a, b] = await Promise.all([
      s.client.ok<any>(APPLY, { i: { postingId, idempotencyKey: 'k-1' } }),
      s.client.ok<any>(APPLY, { i: { postingId, idempotencyKey: 'k-1' } }),
    ]);
    expect(a.applyToPosting.id).toBe(b.applyToPosting.id);
    expect(await count(server, 'application', 'posting_id = $1', [postingId])).toBe(1);
  });

  it('refuses bad applications with a clear message and writes nothing', async () => {
    const e = await employer(server);
    const postingId = await publishedPosting(e);
    const s = await seeker(server);
    const noProfile = await signUp(server, 'SEEKER');
    const before = await count(server, 'application', 'posting_id = $1', [postingId]);
    expect((await noProfile.client.fails(APPLY, { i: { postingId } }))).toMatchObject({ code: 'FORBIDDEN', message: '请先完善求职者档案' });
    expect((await s.client.fails(APPLY, { i: { postingId: 'not-a-uuid' } }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.postingId' }] });
    expect((await s.client.fails(APPLY, { i: { postingId: '00000000-0000-4000-8000-000000000000' } }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.postingId', message: '找不到该职位' }] });
    expect((await s.client.fails(APPLY, { i: { postingId, accommodations: ['TELEPATHY'] } })).code).toBe('BAD_USER_INPUT');
    expect((await s.client.fails(APPLY, { i: { postingId, note: 'x'.repeat(2001) } }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.note', message: '附言最多2000个字' }] });
    expect((await e.client.fails(APPLY, { i: { postingId } })).code).toBe('FORBIDDEN');
    await e.client.ok(`mutation($id: ID!) { closePosting(id: $id) { id } }`, { id: postingId });
    expect((await s.client.fails(APPLY, { i: { postingId } }))).toMatchObject({ code: 'CONFLICT', message: '该职位当前不接受申请' });
    expect(await count(server, 'application', 'posting_id = $1', [postingId])).toBe(before);
  });
});

describe('moving through stages', () => {
  it('follows the stages to a hire, keeps the timeline, and records the placement', async () => {
    const e = await employer(server);
    // a registered blind-massage clinic (as staff's registerMassageClinic leaves it): its blind hire counts under 盲人按摩
    await server.db.query(`INSERT INTO massage_clinic (organization_id, kind, registration_number, county_code, registered_on)
      SELECT id, 'HEALTH', 'JY-TEST-0001', county_code, '2020-01-01' FROM organization WHERE id = $1`, [e.organizationId]);
    const postingId = await publishedPosting(e, { openings: 1, employmentForm: 'FULL_TIME' });
    const s = await seeker(server);
    const id = await apply(s.client, postingId);
    for (const to of ['REVIEWING', 'INTERVIEW', 'OFFERED']) {
      expect((await e.client.ok<any>(MOVE, { i: { applicationId: id, to } })).moveApplication.status).toBe(to);
    }
    expect((await e.client.ok<any>(MOVE, { i: { applicationId: id, to: 'HIRED', startDate: '2024-03-01' } })).moveApplication.status).toBe('HIRED');
    const mine = await s.client.ok<any>(MINE);
    expect(mine.myApplications.items[0].history.map((h: any) => h.toStatus)).toEqual(['SUBMITTED', 'REVIEWING', 'INTERVIEW', 'OFFERED', 'HIRED']);
    const placement = await e.client.ok<any>(`{ placements { items { applicationId startDate actionLine countyCode source organization { id } seeker { id } } } }`);
    expect(placement.placements.items).toContainEqual({
      applicationId: id, startDate: '2024-03-01', actionLine: 'BLIND_MASSAGE', countyCode: LUOSHAN, source: 'PLATFORM',
      organization: { id: e.organizationId }, seeker: { id: s.seekerId },
    });
    const posting = await new Client(server.url).ok<any>(`query($id: ID!) { posting(id: $id) { status openingsLeft } }`, { id: postingId });
    expect(posting.posting).toEqual({ status: 'CLOSED', openingsLeft: 0 });
    expect((await s.client.ok<any>(`{ myProfile { employmentStatus } }`)).myProfile.employmentStatus).toBe('EMPLOYED');
  });

  it('refuses illegal transitions and rejection without a reason, changing nothing', async () => {
    const e = await employer(server);
    const postingId = await publishedPosting(e);
    const s = await seeker(server);
    const id = await apply(s.client, postingId);
    const hireNow = await e.client.fails(MOVE, { i: { applicationId: id, to: 'HIRED' } });
    expect(hireNow).toMatchObject({ code: 'CONFLICT', message: '申请不能从“已提交”变为“已录用”' });
    expect((await e.client.fails(MOVE, { i: { applicationId: id, to: 'WITHDRAWN' } })).code).toBe('CONFLICT');
    expect((await e.client.fails(MOVE, { i: { applicationId: id, to: 'REJECTED', reason: '  ' } }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.reason', message: '请填写不录用的原因' }] });
    expect((await e.client.fails(MOVE, { i: { applicationId: id, to: 'SOMEWHERE' } })).code).toBe('BAD_USER_INPUT');
    expect((await s.client.fails(MOVE, { i: { applicationId: id, to: 'OFFERED' } })).code).toBe('FORBIDDEN');
    const rejected = await e.client.ok<any>(MOVE, { i: { applicationId: id, to: 'REJECTED', reason: '岗位要求驾驶' } });
    expect(rejected.moveApplication).toMatchObject({ status: 'REJECTED', rejectionReason: '岗位要求驾驶' });
    expect((await s.client.fails(`mutation($id: ID!) { withdrawApplication(id: $id) { id } }`, { id })).code).toBe('CONFLICT');
    expect(await count(server, 'application_status_change', 'application_id = $1', [id])).toBe(2);
  });

  it('a seeker withdraws their own application, not someone else\'s', async () => {
    const postingId = await publishedPosting(await employer(server));
    const s = await seeker(server);
    const other = await seeker(server);
    const id = await apply(s.client, postingId);
    expect((await other.client.fails(`mutation($id: ID!) { withdrawApplication(id: $id) { id } }`, { id })).code).toBe('NOT_FOUND');
    const w = await s.client.ok<any>(`mutation($id: ID!) { withdrawApplication(id: $id) { status } }`, { id });
    expect(w.withdrawApplication.status).toBe('WITHDRAWN');
  });

  it('employers see only their own postings\' applicants; staff only in their county', async () => {
    const e = await employer(server);
    const postingId = await publishedPosting(e);
    const s = await seeker(server);
    const id = await apply(s.client, postingId);
    const other = await employer(server);
    const q = `query($p: ID!) { applicationsForPosting(postingId: $p) { total } }`;
    expect((await other.client.fails(q, { p: postingId })).code).toBe('NOT_FOUND');
    expect((await other.client.fails(`query($id: ID!) { application(id: $id) { id } }`, { id })).code).toBe('NOT_FOUND');
    expect((await other.client.fails(MOVE, { i: { applicationId: id, to: 'REVIEWING' } })).code).toBe('NOT_FOUND');
    expect((await (await seeker(server)).client.fails(`query($id: ID!) { application(id: $id) { id } }`, { id })).code).toBe('NOT_FOUND');
    const adm = await admin(server);
    expect((await (await staff(server, adm.client, XIXIAN)).client.fails(q, { p: postingId })).code).toBe('NOT_FOUND');
    expect((await (await staff(server, adm.client, LUOSHAN)).client.ok<any>(q, { p: postingId })).applicationsForPosting.total).toBe(1);
  });

  it('applicants with their postings, seekers and timelines load in a constant number of queries', async () => {
    const e = await employer(server);
    const postingId = await publishedPosting(e, { openings: 10 });
    const seekers = await Promise.all([1, 2, 3, 4, 5, 6].map(() => seeker(server)));
    for (const s of seekers) await apply(s.client, postingId);
    const q = `query($p: ID!, $n: Int!) { applicationsForPosting(postingId: $p, page: { page: 1, pageSize: $n }) {
      items { id status posting { title organization { name } } seeker { name category phone } history { toStatus } } } }`;
    const two = await e.client.queryCount(q, { p: postingId, n: 2 });
    const six = await e.client.queryCount(q, { p: postingId, n: 6 });
    expect(six.result.data!.applicationsForPosting.items).toHaveLength(6);
    expect(six.queries).toBe(two.queries);
  });
});

describe('hires never exceed openings', () => {
  it('20 parallel hires on a posting with 3 openings leave exactly 3 hires', async () => {
    const e = await employer(server);
    const postingId = await publishedPosting(e, { openings: 3 });
    const seekers = await Promise.all(Array.from({ length: 20 }, () => seeker(server)));
    const ids: string[] = [];
    for (const s of seekers) ids.push(await apply(s.client, postingId));
    await Promise.all(ids.map((id) => e.client.ok(MOVE, { i: { applicationId: id, to: 'REVIEWING' } })));
    await Promise.all(ids.map((id) => e.client.ok(MOVE, { i: { applicationId: id, to: 'OFFERED' } })));
    const results = await Promise.all(ids.map((id) => e.client.gql(MOVE, { i: { applicationId: id, to: 'HIRED' } })));
    const hired = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(hired).toHaveLength(3);
    expect(refused).toHaveLength(17);
    expect(refused.every((r) => r.errors![0].extensions?.code === 'CONFLICT' && r.errors![0].message === '该职位的招聘名额已满')).toBe(true);
    const { rows } = await server.db.query(`SELECT hired_count, status FROM posting WHERE id = $1`, [postingId]);
    expect(rows[0]).toEqual({ hired_count: 3, status: 'CLOSED' });
    expect(await count(server, 'placement', 'posting_id = $1', [postingId])).toBe(3);
    expect(await count(server, 'application', `posting_id = $1 AND status = 'HIRED'`, [postingId])).toBe(3);
    expect(await count(server, 'application', `posting_id = $1 AND status = 'OFFERED'`, [postingId])).toBe(17);
  });
});

describe('placements recorded by staff', () => {
  const RECORD = `mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id actionLine source countyCode } }`;

  it('records a hire outside the platform, derives the action line, and honours the idempotency key', async () => {
    const adm = await admin(server);
    const lu = await staff(server, adm.client, LUOSHAN);
    const e = await employer(server, { type: 'PUBLIC_INSTITUTION' });
    const s = await seeker(server);
    const input = { seekerId: s.seekerId, organizationId: e.organizationId, employmentForm: 'FULL_TIME', startDate: '2023-06-01', idempotencyKey: 'p-1' };
    const first = await lu.client.ok<any>(RECORD, { i: input });
    expect(first.recordPlacement).toMatchObject({ actionLine: 'PUBLIC_SECTOR', source: 'EXTERNAL', countyCode: LUOSHAN });
    const retry = await lu.client.ok<any>(RECORD, { i: input });
    expect(retry.recordPlacement.id).toBe(first.recordPlacement.id);
    expect(await count(server, 'placement', 'seeker_id = $1', [s.seekerId])).toBe(1);
  });

  it('refuses bad placements and other counties\' seekers, writing nothing', async () => {
    const adm = await admin(server);
    const xi = await staff(server, adm.client, XIXIAN);
    const lu = await staff(server, adm.client, LUOSHAN);
    const e = await employer(server);
    const s = await seeker(server);
    const before = await count(server, 'placement', 'seeker_id = $1', [s.seekerId]);
    const base = { seekerId: s.seekerId, organizationId: e.organizationId, employmentForm: 'FULL_TIME', startDate: '2023-06-01' };
    expect((await xi.client.fails(RECORD, { i: base })).code).toBe('FORBIDDEN');
    expect((await e.client.fails(RECORD, { i: base })).code).toBe('FORBIDDEN');
    expect((await lu.client.fails(RECORD, { i: { ...base, startDate: '2023-02-30' } }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.startDate' }] });
    expect((await lu.client.fails(RECORD, { i: { ...base, actionLine: 'SERVICE' } }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.actionLine' }] });
    expect((await lu.client.fails(RECORD, { i: { ...base, organizationId: '00000000-0000-4000-8000-000000000000' } }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.organizationId' }] });
    const foreignPosting = await publishedPosting(await employer(server));
    expect((await lu.client.fails(RECORD, { i: { ...base, postingId: foreignPosting } }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.postingId' }] });
    expect(await count(server, 'placement', 'seeker_id = $1', [s.seekerId])).toBe(before);
  });
});
