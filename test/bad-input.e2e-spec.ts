// The product rule, mutation by mutation: bad input gets a clear error in the user's language, naming the field,
// and changes nothing. Each case checks the code, the field path where there is one, the Chinese message, and
// reads back with SQL the rows the call could have written.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CREATE_POSTING, PASSWORD, PUBLISH_POSTING, XIXIAN, admin, count, employer, postingInput, publishedPosting, seeker as makeSeeker,
  signUp, staff,
} from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

// 浉河区: no other test file puts people, organizations or postings there
const SHIHE = '411502';
const seeker = (srv: TestServer, over: Record<string, unknown> = {}) =>
  makeSeeker(srv, { countyCode: SHIHE, preferredCounties: [SHIHE], ...over });
const shiheEmployer = (srv: TestServer) => employer(srv, { countyCode: SHIHE, address: '浉河区测试路2号' });
const shihePosting = (over: Record<string, unknown> = {}) =>
  postingInput({ countyCode: SHIHE, address: '浉河区测试路2号', latitude: 32.13, longitude: 114.07, ...over });

let server: TestServer;
let adm: { client: Client; phone: string };
let shi: { client: Client; userId: string };
let xi: { client: Client; userId: string };
beforeAll(async () => {
  server = await startTestServer();
  adm = await admin(server);
  shi = await staff(server, adm.client, SHIHE);
  xi = await staff(server, adm.client, XIXIAN);
});
afterAll(async () => { await server?.close(); });

/** One row as stored, to compare before and after a refused call. */
async function row(table: string, id: string): Promise<Record<string, unknown>> {
  const { rows } = await server.db.query(`SELECT * FROM ${table} WHERE id = $1`, [id]);
  expect(rows).toHaveLength(1);
  return rows[0];
}

const audits = (entityId: string) => count(server, 'audit_log', `entity_id = $1 AND action IN ('STAFF_ACTION', 'ADMIN_ACTION', 'CONSENT')`, [entityId]);
const outbox = (id: string) => count(server, 'outbox', 'aggregate_id = $1', [id]);

describe('signIn', () => {
  const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`;

  it('a wrong password or an empty account creates no session and sets no cookie', async () => {
    const u = await signUp(server, 'SEEKER');
    const sessions = () => count(server, 'user_session', 'user_id = $1', [u.userId]);
    const before = await sessions();
    const c = new Client(server.url);
    expect(await c.fails(SIGN_IN, { i: { account: u.phone, password: `${PASSWORD}x` } }))
      .toMatchObject({ code: 'UNAUTHENTICATED', message: '账号或密码不正确', fields: [] });
    expect(await c.fails(SIGN_IN, { i: { account: '', password: PASSWORD } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.account', message: '请填写手机号或邮箱' }] });
    expect(c.cookie).toBeUndefined();
    expect(await sessions()).toBe(before);
  });
});

describe('setUserDisabled', () => {
  const SET = `mutation($u: ID!, $d: Boolean!) { setUserDisabled(userId: $u, disabled: $d) { id } }`;

  it('an unknown or malformed user, the administrator themself, or a non-administrator: nothing is disabled', async () => {
    const target = await signUp(server, 'EMPLOYER');
    const me = (await adm.client.ok<any>(`{ me { id } }`)).me.id as string;
    const live = (id: string) => count(server, 'user_session', 'user_id = $1 AND revoked_at IS NULL', [id]);
    const [targetSessions, mySessions] = [await live(target.userId), await live(me)];
    expect(await adm.client.fails(SET, { u: randomUUID(), d: true })).toMatchObject({ code: 'NOT_FOUND', message: '找不到该用户' });
    expect(await adm.client.fails(SET, { u: 'user-1', d: true }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'userId', message: '用户编号格式不正确' }] });
    expect(await adm.client.fails(SET, { u: me, d: true })).toMatchObject({ code: 'FORBIDDEN', message: '不能停用自己的账号' });
    expect(await shi.client.fails(SET, { u: target.userId, d: true })).toMatchObject({ code: 'FORBIDDEN', message: '此操作仅限管理员使用' });
    const { rows } = await server.db.query(`SELECT id FROM app_user WHERE id = ANY($1) AND disabled_at IS NOT NULL`, [[target.userId, me]]);
    expect(rows).toEqual([]);
    expect([await live(target.userId), await live(me)]).toEqual([targetSessions, mySessions]);
    expect(await audits(target.userId) + await audits(me)).toBe(0);
  });
});

describe('postings', () => {
  const UPDATE = `mutation($id: ID!, $input: PostingInput!) { updatePosting(id: $id, input: $input) { id } }`;
  const CLOSE = `mutation($id: ID!) { closePosting(id: $id) { id } }`;

  it('updatePosting: bad fields, an unknown posting, another county\'s staff: the posting is as it was', async () => {
    const e = await shiheEmployer(server);
    const id = await publishedPosting(e, shihePosting());
    const before = await row('posting', id);
    const [outboxBefore, auditBefore] = [await outbox(id), await audits(id)];
    const err = await e.client.fails(UPDATE, { id, input: shihePosting({ title: '新标题', countyCode: '999999', salaryMin: 5000, salaryMax: 3000 }) });
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.fields).toEqual([
      { path: 'input.countyCode', message: '请选择本市的县区' },
      { path: 'input.salaryMax', message: '最高月薪不能低于最低月薪' },
    ]);
    expect(await e.client.fails(UPDATE, { id, input: shihePosting({ title: '' }) }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.title', message: '职位名称长度应在2到80个字之间' }] });
    expect(await shi.client.fails(UPDATE, { id, input: shihePosting({ openings: 0 }) }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.openings', message: '招聘人数不能小于1' }] });
    expect(await e.client.fails(UPDATE, { id: randomUUID(), input: shihePosting() })).toMatchObject({ code: 'NOT_FOUND', message: '找不到该职位' });
    expect(await xi.client.fails(UPDATE, { id, input: shihePosting({ title: '息县改的' }) })).toMatchObject({ code: 'FORBIDDEN', message: '您没有权限进行此操作' });
    expect(await row('posting', id)).toEqual(before);
    expect([await outbox(id), await audits(id)]).toEqual([outboxBefore, auditBefore]);
  });

  it('publishPosting: a deadline already passed, or a posting already published: nothing changes', async () => {
    const e = await shiheEmployer(server);
    const { createPosting } = await e.client.ok<any>(CREATE_POSTING, { input: shihePosting({ title: '过期的草稿' }) });
    const id: string = createPosting.id;
    await server.db.query(`UPDATE posting SET deadline = current_date - 3 WHERE id = $1`, [id]);
    const before = await row('posting', id);
    expect(await e.client.fails(PUBLISH_POSTING, { id }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'deadline', message: '截止日期不能早于今天' }] });
    expect(await shi.client.fails(PUBLISH_POSTING, { id })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'deadline' }] });
    expect(await row('posting', id)).toEqual(before);
    expect([await outbox(id), await audits(id)]).toEqual([0, 0]);

    const published = await publishedPosting(e, shihePosting());
    const pubBefore = await row('posting', published);
    expect(await e.client.fails(PUBLISH_POSTING, { id: published })).toMatchObject({ code: 'CONFLICT', message: '职位不能从“招聘中”变为“招聘中”' });
    expect(await row('posting', published)).toEqual(pubBefore);
    expect(await outbox(published)).toBe(1);
  });

  it('closePosting: a draft cannot be closed, and an unknown id is not found: nothing changes', async () => {
    const e = await shiheEmployer(server);
    const { createPosting } = await e.client.ok<any>(CREATE_POSTING, { input: shihePosting({ title: '还没发布的职位' }) });
    const id: string = createPosting.id;
    const before = await row('posting', id);
    expect(await e.client.fails(CLOSE, { id })).toMatchObject({ code: 'CONFLICT', message: '职位不能从“草稿”变为“已结束”' });
    expect(await shi.client.fails(CLOSE, { id })).toMatchObject({ code: 'CONFLICT', message: '职位不能从“草稿”变为“已结束”' });
    expect(await e.client.fails(CLOSE, { id: randomUUID() })).toMatchObject({ code: 'NOT_FOUND', message: '找不到该职位' });
    expect(await e.client.fails(CLOSE, { id: 'posting-1' }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'id', message: '编号格式不正确' }] });
    expect(await row('posting', id)).toEqual(before);
    expect([await outbox(id), await audits(id)]).toEqual([0, 0]);
  });

  it('the transition message is in English for an English reader', async () => {
    const e = await shiheEmployer(server);
    const { createPosting } = await e.client.ok<any>(CREATE_POSTING, { input: shihePosting() });
    const english = new Client(server.url, { 'accept-language': 'en' });
    english.cookie = e.client.cookie;
    expect(await english.fails(CLOSE, { id: createPosting.id })).toMatchObject({ code: 'CONFLICT', message: 'A position cannot move from draft to closed' });
  });
});

describe('withdrawApplication', () => {
  const APPLY = `mutation($i: ApplyInput!) { applyToPosting(input: $i) { id } }`;
  const MOVE = `mutation($i: MoveApplicationInput!) { moveApplication(input: $i) { id } }`;
  const WITHDRAW = `mutation($id: ID!) { withdrawApplication(id: $id) { id status } }`;

  it('a final outcome cannot be withdrawn, and someone else\'s application is not found: nothing changes', async () => {
    const e = await shiheEmployer(server);
    const postingId = await publishedPosting(e, shihePosting());
    const s = await seeker(server);
    const id = (await s.client.ok<any>(APPLY, { i: { postingId } })).applyToPosting.id as string;
    await e.client.ok(MOVE, { i: { applicationId: id, to: 'REJECTED', reason: '岗位需要驾驶' } });
    const before = await row('application', id);
    const changes = () => count(server, 'application_status_change', 'application_id = $1', [id]);
    const changesBefore = await changes();
    expect(await s.client.fails(WITHDRAW, { id })).toMatchObject({ code: 'CONFLICT', message: '申请不能从“未录用”变为“已撤回”' });
    const other = await seeker(server);
    expect(await other.client.fails(WITHDRAW, { id })).toMatchObject({ code: 'NOT_FOUND', message: '找不到该申请' });
    expect(await e.client.fails(WITHDRAW, { id })).toMatchObject({ code: 'FORBIDDEN', message: '此操作仅限求职者使用' });
    expect(await row('application', id)).toEqual(before);
    expect(await changes()).toBe(changesBefore);
  });
});

describe('setConsent', () => {
  const SET = `mutation($purpose: ConsentPurpose!, $granted: Boolean!) { setConsent(purpose: $purpose, granted: $granted) { id consents } }`;

  it('without a profile, or for a purpose that does not exist: no consent is recorded', async () => {
    const bare = await signUp(server, 'SEEKER');
    expect(await bare.client.fails(SET, { purpose: 'DISCOVERABLE', granted: true }))
      .toMatchObject({ code: 'FORBIDDEN', message: '请先完善求职者档案' });
    expect(await count(server, 'consent_record', 'recorded_by = $1', [bare.userId])).toBe(0);

    const s = await seeker(server);
    const before = await row('seeker_profile', s.seekerId);
    const records = () => count(server, 'consent_record', 'seeker_id = $1', [s.seekerId]);
    const [recordsBefore, auditBefore] = [await records(), await audits(s.seekerId)];
    expect(await s.client.fails(SET, { purpose: 'SELL_TO_ADVERTISERS', granted: true }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'purpose', message: '用途格式不正确' }] });
    expect(await records()).toBe(recordsBefore);
    expect(await row('seeker_profile', s.seekerId)).toEqual(before);
    expect(await audits(s.seekerId)).toBe(auditBefore);
  });
});

describe('markNotificationsRead', () => {
  const MARK = `mutation($id: ID) { markNotificationsRead(id: $id) }`;

  it('someone else\'s notification is not found and stays unread; a malformed id is named', async () => {
    const [a, b] = await Promise.all([signUp(server, 'SEEKER'), signUp(server, 'SEEKER')]);
    const insert = async (userId: string) => (await server.db.query(
      `INSERT INTO notification (user_id, kind, params) VALUES ($1, 'APPLICATION_STATUS', '{}') RETURNING id`, [userId])).rows[0].id as string;
    const [aNote, bNote] = [await insert(a.userId), await insert(b.userId)];
    expect(await b.client.fails(MARK, { id: aNote })).toMatchObject({ code: 'NOT_FOUND', message: '找不到该通知' });
    expect(await b.client.fails(MARK, { id: randomUUID() })).toMatchObject({ code: 'NOT_FOUND', message: '找不到该通知' });
    expect(await b.client.fails(MARK, { id: '12' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'id', message: '编号格式不正确' }] });
    expect(await new Client(server.url).fails(MARK, { id: aNote })).toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' });
    const { rows } = await server.db.query(`SELECT id FROM notification WHERE id = ANY($1) AND read_at IS NOT NULL`, [[aNote, bNote]]);
    expect(rows).toEqual([]);
  });
});

describe('casework', () => {
  const ENTRY = `mutation($i: LedgerEntryInput!) { addLedgerEntry(input: $i) { id } }`;
  const PLAN = `mutation($i: GraduatePlanInput!) { saveGraduatePlan(input: $i) { seekerId } }`;
  const COACH = `mutation($s: ID!, $c: ID!) { assignJobCoach(seekerId: $s, coachUserId: $c) }`;
  const graduate = () => seeker(server, { education: 'BACHELOR', graduateSchool: '信阳师范大学', graduateYear: new Date().getFullYear() - 1 });
  const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

  it('addLedgerEntry: a future date, a follow-up without its month and placement, a placement of someone else: nothing is added', async () => {
    const g = await graduate();
    const entries = () => count(server, 'ledger_entry', 'seeker_id = $1', [g.seekerId]);
    const auditBefore = await audits(g.seekerId); // the person's own consents
    expect(await shi.client.fails(ENTRY, { i: { seekerId: g.seekerId, kind: 'CONTACT', entryDate: day(3) } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.entryDate', message: '记录日期不能晚于今天' }] });
    expect(await shi.client.fails(ENTRY, { i: { seekerId: g.seekerId, kind: 'FOLLOW_UP', entryDate: day(-1) } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'input.followUpMonth', message: '回访请选择第几个月（1、3、6或12）' },
        { path: 'input.placementId', message: '回访请选择对应的就业登记' },
      ],
    });
    expect(await shi.client.fails(ENTRY, { i: { seekerId: g.seekerId, kind: 'FOLLOW_UP', entryDate: day(-1), followUpMonth: 1, placementId: randomUUID() } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.placementId', message: '找不到该就业登记' }] });
    expect(await shi.client.fails(ENTRY, { i: { seekerId: g.seekerId, kind: 'FOLLOW_UP', entryDate: day(-1), followUpMonth: 2, placementId: randomUUID() } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.followUpMonth', message: '回访月份的取值无效' }] });
    expect(await xi.client.fails(ENTRY, { i: { seekerId: g.seekerId, kind: 'CONTACT', entryDate: day(-1) } }))
      .toMatchObject({ code: 'FORBIDDEN', message: '该记录不在您负责的区域内' });
    expect(await entries()).toBe(0);
    expect(await audits(g.seekerId)).toBe(auditBefore);
  });

  it('saveGraduatePlan: a person with no graduation details, or a status that does not exist: no plan is saved', async () => {
    const s = await seeker(server);
    const g = await graduate();
    const auditBefore = await audits(s.seekerId) + await audits(g.seekerId);
    expect(await shi.client.fails(PLAN, { i: { seekerId: s.seekerId, status: 'PLAN_MADE', plan: '推荐按摩岗位' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.seekerId', message: '该求职者没有毕业信息，不在毕业生台账中' }] });
    expect(await shi.client.fails(PLAN, { i: { seekerId: g.seekerId, status: 'SOMEDAY' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'i.status', message: '状态格式不正确' }] });
    expect(await shi.client.fails(PLAN, { i: { seekerId: g.seekerId, status: 'PLAN_MADE', plan: '长'.repeat(5001) } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.plan', message: '帮扶方案最多5000个字' }] });
    expect(await count(server, 'graduate_plan', 'seeker_id = ANY($1)', [[s.seekerId, g.seekerId]])).toBe(0);
    expect(await audits(s.seekerId) + await audits(g.seekerId)).toBe(auditBefore);
  });

  it('assignJobCoach: the coach must be active staff, the seeker must exist: no assignment is made', async () => {
    const s = await seeker(server);
    const e = await shiheEmployer(server);
    const auditBefore = await audits(s.seekerId);
    expect(await shi.client.fails(COACH, { s: s.seekerId, c: e.userId }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'coachUserId', message: '就业辅导员须为在职工作人员账号' }] });
    const gone = await staff(server, adm.client, SHIHE);
    await adm.client.ok(`mutation($u: ID!) { setUserDisabled(userId: $u, disabled: true) { id } }`, { u: gone.userId });
    expect(await shi.client.fails(COACH, { s: s.seekerId, c: gone.userId }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'coachUserId', message: '就业辅导员须为在职工作人员账号' }] });
    // staff of another county cannot coach someone who lives here
    expect(await shi.client.fails(COACH, { s: s.seekerId, c: xi.userId }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'coachUserId', message: '就业辅导员须为全市或该求职者所在县区的工作人员' }] });
    expect(await shi.client.fails(COACH, { s: randomUUID(), c: shi.userId }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'seekerId', message: '找不到该求职者档案' }] });
    expect(await count(server, 'job_coach_assignment', 'seeker_id = $1', [s.seekerId])).toBe(0);
    expect(await audits(s.seekerId)).toBe(auditBefore);
  });
});

describe('endPlacement', () => {
  const END = `mutation($id: ID!, $d: String!) { endPlacement(id: $id, endDate: $d, reason: RESIGNED) { id endDate } }`;

  it('an end before the start or a date that does not exist is refused, naming the date: the placement is as it was', async () => {
    const s = await seeker(server);
    const e = await shiheEmployer(server);
    const id = (await shi.client.ok<any>(`mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`,
      { i: { seekerId: s.seekerId, organizationId: e.organizationId, employmentForm: 'FULL_TIME', startDate: '2024-03-01' } })).recordPlacement.id as string;
    const before = await row('placement', id);
    const auditBefore = await audits(id);
    expect(await shi.client.fails(END, { id, d: '2024-02-01' }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'endDate', message: '结束日期不能早于开始日期' }] });
    expect(await e.client.fails(END, { id, d: '2024-13-01' }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'endDate', message: '离职日期应为日期，例如 2025-03-01' }] });
    expect(await xi.client.fails(END, { id, d: '2024-06-01' })).toMatchObject({ code: 'NOT_FOUND', message: '找不到该就业登记' });
    expect(await row('placement', id)).toEqual(before);
    expect(before.end_date).toBeNull();
    expect(await audits(id)).toBe(auditBefore);
  });
});

describe('decideIntegrityFlag', () => {
  const DECIDE = `mutation($id: ID!, $c: Boolean!, $n: String!) { decideIntegrityFlag(id: $id, confirmed: $c, note: $n) { id status } }`;

  it('a decision needs a note, is for staff of the county, and is made once: the flag is as it was', async () => {
    const s = await seeker(server);
    const { rows } = await server.db.query(
      `INSERT INTO integrity_flag (kind, subject_key, county_code, seeker_id) VALUES ('NO_HISTORY', $1, $2, $3) RETURNING id`,
      [`bad-input:${randomUUID()}`, SHIHE, s.seekerId]);
    const id = rows[0].id as string;
    const before = await row('integrity_flag', id);
    expect(await shi.client.fails(DECIDE, { id, c: true, n: '   ' }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'note', message: '请填写处理说明（核实了什么、为什么这样处理）' }] });
    expect(await xi.client.fails(DECIDE, { id, c: true, n: '息县核实' })).toMatchObject({ code: 'FORBIDDEN', message: '该记录不在您负责的区域内' });
    expect(await shi.client.fails(DECIDE, { id: randomUUID(), c: true, n: '核实' })).toMatchObject({ code: 'NOT_FOUND', message: '找不到该风险提示' });
    expect(await row('integrity_flag', id)).toEqual(before);
    expect(await audits(id)).toBe(0);

    await shi.client.ok(DECIDE, { id, c: false, n: '已核实：本人在外地就业' });
    const decided = await row('integrity_flag', id);
    expect(await shi.client.fails(DECIDE, { id, c: true, n: '改判' })).toMatchObject({ code: 'CONFLICT', message: '该提示已处理过' });
    expect(await row('integrity_flag', id)).toEqual(decided);
    expect(await audits(id)).toBe(1);
  });
});

describe('verifyOrganization', () => {
  const VERIFY = `mutation($i: VerifyOrganizationInput!) { verifyOrganization(input: $i) { id verificationStatus } }`;

  it('a rejection needs its reason, an unknown status or organization is refused, other counties may not: the organization is as it was', async () => {
    const e = await employer(server, { countyCode: SHIHE, address: '浉河区测试路2号' }, { verified: false });
    const before = await row('organization', e.organizationId);
    expect(await shi.client.fails(VERIFY, { i: { organizationId: e.organizationId, status: 'REJECTED', note: ' ' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.note', message: '请填写不通过核验的原因' }] });
    expect(await shi.client.fails(VERIFY, { i: { organizationId: e.organizationId, status: 'MAYBE' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'i.status', message: '状态格式不正确' }] });
    expect(await shi.client.fails(VERIFY, { i: { organizationId: randomUUID(), status: 'VERIFIED' } }))
      .toMatchObject({ code: 'NOT_FOUND', message: '找不到该用人单位' });
    expect(await xi.client.fails(VERIFY, { i: { organizationId: e.organizationId, status: 'VERIFIED' } }))
      .toMatchObject({ code: 'FORBIDDEN', message: '该记录不在您负责的区域内' });
    expect(await e.client.fails(VERIFY, { i: { organizationId: e.organizationId, status: 'VERIFIED' } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await row('organization', e.organizationId)).toEqual(before);
    expect(before.verification_status).toBe('PENDING');
    expect(await audits(e.organizationId)).toBe(0);
  });
});
