/** @jest-environment-options {"fileServerEnv": {"MESSAGES_PER_MINUTE": "6"}} */
// The text thread of an application: plain text with a length and a rate limit, read state, staff the seeker
// invites (logged), abuse reports, staff closing a thread; who may read and write.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LUOSHAN, PINGQIAO, XIXIAN, admin, count, employer, publishedPosting, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let adminClient: Client;
beforeAll(async () => {
  server = await startTestServer();
  adminClient = (await admin(server)).client;
});
afterAll(async () => { await server?.close(); });

const THREAD = `query($a: ID!) { applicationMessages(applicationId: $a) { unread closedAt closeReason canWrite canClose canInviteStaff
  invitedStaff { userId } messages { id body senderRole mine } } }`;
const SEND = `mutation($i: SendMessageInput!) { sendMessage(input: $i) { unread messages { id body senderRole mine } } }`;
const READ = `mutation($a: ID!) { markMessagesRead(applicationId: $a) { unread } }`;
const INVITE = `mutation($i: InviteStaffToThreadInput!) { inviteStaffToThread(input: $i) { invitedStaff { userId } canInviteStaff } }`;
const REPORT = `mutation($i: ReportMessageInput!) { reportMessage(input: $i) }`;
const CLOSE = `mutation($i: CloseThreadInput!) { closeThread(input: $i) { closedAt closeReason canWrite } }`;

async function arrange() {
  const e = await employer(server);
  const postingId = await publishedPosting(e);
  const s = await seeker(server);
  const { applyToPosting } = await s.client.ok<any>(`mutation($i: ApplyInput!) { applyToPosting(input: $i) { id } }`, { i: { postingId } });
  return { e, s, applicationId: applyToPosting.id as string };
}

describe('writing and reading', () => {
  it('the employer and the seeker write plain text; HTML stays text; unread counts and read state follow', async () => {
    const { e, s, applicationId } = await arrange();
    const html = '<b>您好</b><img src=x onerror=alert(1)> 请问面试需要带什么？';
    const sent = await s.client.ok<any>(SEND, { i: { applicationId, body: html } });
    expect(sent.sendMessage.messages).toEqual([expect.objectContaining({ body: html, senderRole: 'SEEKER', mine: true })]);
    const forEmployer = await e.client.ok<any>(THREAD, { a: applicationId });
    expect(forEmployer.applicationMessages).toMatchObject({ unread: 1, canWrite: true, canClose: false, canInviteStaff: false, messages: [{ body: html, mine: false }] });
    const listed = await e.client.ok<any>(`query($p: ID!) { applicationsForPosting(postingId: $p) { items { id unreadMessages } } }`,
      { p: (await server.db.query(`SELECT posting_id FROM application WHERE id = $1`, [applicationId])).rows[0].posting_id });
    expect(listed.applicationsForPosting.items[0].unreadMessages).toBe(1);
    expect((await e.client.ok<any>(READ, { a: applicationId })).markMessagesRead.unread).toBe(0);
    await e.client.ok(SEND, { i: { applicationId, body: '请带残疾人证原件。' } });
    const mine = await s.client.ok<any>(`{ myApplications { items { unreadMessages } } }`);
    expect(mine.myApplications.items[0].unreadMessages).toBe(1);
    const kinds = (await s.client.ok<any>(`{ myNotifications { items { kind } } }`)).myNotifications.items.map((n: any) => n.kind);
    expect(kinds).toContain('NEW_MESSAGE');
    const thread = await s.client.ok<any>(THREAD, { a: applicationId });
    expect(thread.applicationMessages.messages.map((m: any) => m.senderRole)).toEqual(['SEEKER', 'EMPLOYER']);
  });

  it('refuses an empty or over-long message naming the field, in Chinese and English, and writes nothing', async () => {
    const { s, applicationId } = await arrange();
    const english = new Client(server.url, { 'accept-language': 'en' });
    english.cookie = s.client.cookie;
    expect((await s.client.fails(SEND, { i: { applicationId, body: 'x'.repeat(1001) } })).fields).toEqual([{ path: 'input.body', message: '消息最多1000个字' }]);
    expect((await english.fails(SEND, { i: { applicationId, body: 'x'.repeat(1001) } })).fields).toEqual([{ path: 'input.body', message: 'message must be at most 1000 characters' }]);
    expect((await s.client.fails(SEND, { i: { applicationId, body: '   ' } })).fields).toEqual([{ path: 'input.body', message: '请填写消息' }]);
    expect((await s.client.fails(SEND, { i: { applicationId, body: 'a\u0000b' } })).fields[0].path).toBe('input.body');
    expect(await count(server, 'message', 'application_id = $1', [applicationId])).toBe(0);
    // a message of exactly the limit is fine
    await s.client.ok(SEND, { i: { applicationId, body: '字'.repeat(1000) } });
  });

  it('a sender is slowed after a few messages a minute', async () => {
    const { s, applicationId } = await arrange();
    for (let i = 0; i < 6; i++) await s.client.ok(SEND, { i: { applicationId, body: `第${i + 1}条` } });
    const limited = await s.client.fails(SEND, { i: { applicationId, body: '第7条' } });
    expect(limited.code).toBe('TOO_MANY_REQUESTS');
    expect(await count(server, 'message', 'application_id = $1', [applicationId])).toBe(6);
  });

  it('other employers, other seekers and staff of other counties cannot read or write; staff in scope read (logged) but do not write', async () => {
    const { s, applicationId } = await arrange();
    await s.client.ok(SEND, { i: { applicationId, body: '您好' } });
    const other = await employer(server);
    expect((await other.client.fails(THREAD, { a: applicationId })).code).toBe('NOT_FOUND');
    expect((await other.client.fails(SEND, { i: { applicationId, body: '打扰了' } })).code).toBe('NOT_FOUND');
    expect((await (await seeker(server)).client.fails(THREAD, { a: applicationId })).code).toBe('NOT_FOUND');
    const xixian = await staff(server, adminClient, XIXIAN);
    expect((await xixian.client.fails(THREAD, { a: applicationId })).code).toBe('NOT_FOUND');
    expect((await xixian.client.fails(READ, { a: applicationId })).code).toBe('NOT_FOUND');
    const luoshan = await staff(server, adminClient, LUOSHAN);
    const t = await luoshan.client.ok<any>(THREAD, { a: applicationId });
    expect(t.applicationMessages).toMatchObject({ canWrite: false, canClose: true });
    expect(await count(server, 'audit_log', `entity = 'message_thread' AND entity_id = $1 AND action = 'READ_SENSITIVE'`, [applicationId])).toBe(1);
    expect((await luoshan.client.fails(SEND, { i: { applicationId, body: '工作人员' } })).code).toBe('FORBIDDEN');
    expect(await count(server, 'message', 'application_id = $1', [applicationId])).toBe(1);
  });
});

describe('staff in the thread', () => {
  it('the seeker invites a staff member of their county (logged); the invited staff read and write', async () => {
    const { e, s, applicationId } = await arrange();
    const luoshan = await staff(server, adminClient, LUOSHAN);
    const pingqiao = await staff(server, adminClient, PINGQIAO);
    const candidates = (await s.client.ok<any>(`query($a: ID!) { threadStaffCandidates(applicationId: $a) { userId } }`, { a: applicationId })).threadStaffCandidates;
    expect(candidates.map((c: any) => c.userId)).toContain(luoshan.userId);
    expect(candidates.map((c: any) => c.userId)).not.toContain(pingqiao.userId);
    const english = new Client(server.url, { 'accept-language': 'en' });
    english.cookie = s.client.cookie;
    expect((await s.client.fails(INVITE, { i: { applicationId, staffUserId: pingqiao.userId } })).fields)
      .toEqual([{ path: 'input.staffUserId', message: '请选择您所在县区的残联工作人员' }]);
    expect((await english.fails(INVITE, { i: { applicationId, staffUserId: e.userId } })).fields)
      .toEqual([{ path: 'input.staffUserId', message: 'Choose a federation staff member of your county' }]);
    expect((await e.client.fails(INVITE, { i: { applicationId, staffUserId: luoshan.userId } })).code).toBe('FORBIDDEN');
    expect(await count(server, 'message_thread_staff', 'application_id = $1', [applicationId])).toBe(0);
    const r = await s.client.ok<any>(INVITE, { i: { applicationId, staffUserId: luoshan.userId } });
    expect(r.inviteStaffToThread.invitedStaff).toEqual([{ userId: luoshan.userId }]);
    expect(await count(server, 'audit_log', `entity = 'message_thread' AND entity_id = $1 AND action = 'CONSENT'`, [applicationId])).toBe(1);
    expect((await luoshan.client.ok<any>(`{ myNotifications { items { kind } } }`)).myNotifications.items[0].kind).toBe('THREAD_INVITED');
    const w = await luoshan.client.ok<any>(SEND, { i: { applicationId, body: '我是罗山县残联的工作人员，会协助沟通。' } });
    expect(w.sendMessage.messages.at(-1)).toMatchObject({ senderRole: 'STAFF', mine: true });
    // staff of another county neither read nor write
    expect((await pingqiao.client.fails(SEND, { i: { applicationId, body: 'x' } })).code).toBe('NOT_FOUND');
    expect((await e.client.ok<any>(THREAD, { a: applicationId })).applicationMessages.messages.at(-1).senderRole).toBe('STAFF');
  });
});

describe('reports and closing', () => {
  it('either side reports a message as abuse (once); staff of the county are told', async () => {
    const { e, s, applicationId } = await arrange();
    const luoshan = await staff(server, adminClient, LUOSHAN);
    const sent = await e.client.ok<any>(SEND, { i: { applicationId, body: '不礼貌的话' } });
    const messageId = sent.sendMessage.messages[0].id;
    expect((await s.client.fails(REPORT, { i: { messageId, reason: '' } })).fields).toEqual([{ path: 'input.reason', message: '请填写原因' }]);
    expect((await e.client.fails(REPORT, { i: { messageId, reason: '自己的' } })).code).toBe('FORBIDDEN');
    expect((await (await employer(server)).client.fails(REPORT, { i: { messageId, reason: '骚扰' } })).code).toBe('NOT_FOUND');
    expect(await count(server, 'message_report', 'message_id = $1', [messageId])).toBe(0);
    expect(await s.client.ok<any>(REPORT, { i: { messageId, reason: '言语侮辱' } })).toEqual({ reportMessage: true });
    expect((await s.client.fails(REPORT, { i: { messageId, reason: '言语侮辱' } })).code).toBe('CONFLICT');
    expect((await luoshan.client.ok<any>(`{ myNotifications { items { kind } } }`)).myNotifications.items[0].kind).toBe('MESSAGE_REPORTED');
  });

  it('staff in scope close a thread with a reason; nobody writes after; other counties and the parties cannot close', async () => {
    const { e, s, applicationId } = await arrange();
    await s.client.ok(SEND, { i: { applicationId, body: '您好' } });
    const luoshan = await staff(server, adminClient, LUOSHAN);
    const xixian = await staff(server, adminClient, XIXIAN);
    expect((await luoshan.client.fails(CLOSE, { i: { applicationId, reason: '' } })).fields).toEqual([{ path: 'input.reason', message: '请填写原因' }]);
    expect((await xixian.client.fails(CLOSE, { i: { applicationId, reason: '关闭' } })).code).toBe('NOT_FOUND');
    expect((await e.client.fails(CLOSE, { i: { applicationId, reason: '关闭' } })).code).toBe('FORBIDDEN');
    expect((await s.client.fails(CLOSE, { i: { applicationId, reason: '关闭' } })).code).toBe('FORBIDDEN');
    expect(await count(server, 'message_thread', 'application_id = $1 AND closed_at IS NOT NULL', [applicationId])).toBe(0);
    const c = await luoshan.client.ok<any>(CLOSE, { i: { applicationId, reason: '经核实存在骚扰' } });
    expect(c.closeThread).toMatchObject({ closeReason: '经核实存在骚扰', canWrite: false });
    expect((await e.client.fails(SEND, { i: { applicationId, body: '再说一句' } })).message).toBe('该消息往来已被残联工作人员关闭');
    expect((await s.client.ok<any>(THREAD, { a: applicationId })).applicationMessages).toMatchObject({ canWrite: false, canInviteStaff: false });
    expect((await e.client.ok<any>(`{ myNotifications { items { kind } } }`)).myNotifications.items[0].kind).toBe('THREAD_CLOSED');
  });
});
