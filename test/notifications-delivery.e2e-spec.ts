/** @jest-environment-options {"fileServerEnv": {"NOTIFY_CLOCK": "2026-03-10T10:00:00+08:00", "NOTIFY_POLL_SECONDS": "0.5", "SMS_UPLINK_TOKEN": "uplink-token-for-tests-0001"}} */
// One notification pipeline, on the file's server (log transports for SMS and email, a fixed day-time clock): each
// event writes the in-app rows and the deliveries its recipients take; workers send them into the message log.
// People choose channels per kind and turn SMS off; bad choices are refused naming the field; staff read the log,
// see a fair cancellation's reach and who was not reached; a password is reset with an SMS code.
import { beforeAll, afterAll, describe, expect, it } from '@jest/globals';
import { admin, count, employer, LUOSHAN, PASSWORD, publishedPosting, seeker, staff, signUp } from './support/fixtures.js';
import { fairInput, publishedFair } from './support/fairs.js';
import { Client, startTestServer, type TestServer } from './support/server.js';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { freePort, spawnServer, withAdmin } from './support/harness.mjs';

let server: TestServer;
let adminClient: Client;
let cityStaff: { client: Client; userId: string; phone: string };
let luoshanStaff: { client: Client; userId: string; phone: string };

beforeAll(async () => {
  server = await startTestServer();
  adminClient = (await admin(server)).client;
  cityStaff = await staff(server, adminClient, null);
  luoshanStaff = await staff(server, adminClient, LUOSHAN);
});
afterAll(async () => { await server?.close(); });

/** Polls (100 ms) until the check passes: delivery is asynchronous. */
async function eventually<T>(check: () => Promise<T>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function deliveries(userId: string, kind: string) {
  const { rows } = await server.db.query(`SELECT channel, status FROM notification_delivery WHERE user_id = $1 AND kind = $2 ORDER BY channel`, [userId, kind]);
  return rows as Array<{ channel: string; status: string }>;
}

async function logged(userId: string) {
  const { rows } = await server.db.query(`SELECT channel, transport, recipient, subject, body FROM message_log WHERE user_id = $1 ORDER BY created_at`, [userId]);
  return rows as Array<{ channel: string; transport: string; recipient: string; subject: string; body: string }>;
}

async function inApp(userId: string, kind: string) {
  return count(server, 'notification', 'user_id = $1 AND kind = $2', [userId, kind]);
}

const MOVE = `mutation($i: MoveApplicationInput!) { moveApplication(input: $i) { id status } }`;
const PREFS = `{ myNotificationPreferences { hasPhone hasEmail smsOff items { kind channels isDefault } } }`;
const UPDATE = `mutation($i: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { smsOff items { kind channels isDefault } } }`;

describe('applications notify the employer and the seeker, in their language, on their channels', () => {
  let emp: Awaited<ReturnType<typeof employer>>;
  let s: Awaited<ReturnType<typeof seeker>>;
  let postingId: string;
  let applicationId: string;

  beforeAll(async () => {
    emp = await employer(server);
    await server.db.query(`UPDATE app_user SET email = $2, locale = 'en' WHERE id = $1`, [emp.userId, `hr${Date.now()}@example.com`]);
    postingId = await publishedPosting(emp, { title: '客服专员' });
    s = await seeker(server);
  });

  it('an application received reaches the employer in-app and by email (their default), in English', async () => {
    const { applyToPosting } = await s.client.ok<any>(`mutation($i: ApplyInput!) { applyToPosting(input: $i) { id } }`, { i: { postingId } });
    applicationId = applyToPosting.id;
    expect(await inApp(emp.userId, 'APPLICATION_RECEIVED')).toBe(1);
    await eventually(async () => expect(await deliveries(emp.userId, 'APPLICATION_RECEIVED')).toEqual([{ channel: 'EMAIL', status: 'SENT' }]));
    const [mail] = (await logged(emp.userId)).filter((l) => l.channel === 'EMAIL');
    expect(mail).toMatchObject({ transport: 'log', subject: 'New application' });
    expect(mail.body).toContain('Someone applied for "客服专员"');
    expect(mail.body).toContain(`/employer/postings/${postingId}/applicants`);
  });

  it('a rejection reaches the seeker in-app and by SMS with the reason, in Chinese, with a link to turn SMS off', async () => {
    await emp.client.ok(MOVE, { i: { applicationId, to: 'REVIEWING' } });
    await emp.client.ok(MOVE, { i: { applicationId, to: 'REJECTED', reason: '岗位需要驾驶' } });
    expect(await inApp(s.userId, 'APPLICATION_STATUS')).toBe(2);
    await eventually(async () => expect((await logged(s.userId)).length).toBe(2));
    const sms = await logged(s.userId);
    expect(sms.every((m) => m.channel === 'SMS' && m.recipient === s.phone)).toBe(true);
    const rejected = sms.find((m) => m.body.includes('未录用'))!;
    expect(rejected.body).toMatch(/^【助业通】申请状态有变化：您对“客服专员”的申请：未录用。原因：岗位需要驾驶 http:\/\/\S+\/applications /);
    expect(rejected.body).toContain('/api/notifications/sms-off?u=');
    const { myNotifications } = await s.client.ok<any>(`{ myNotifications { items { kind body } } }`);
    expect(myNotifications.items[0].body).toContain('原因：岗位需要驾驶');
  });

  it('a withdrawal reaches the employer', async () => {
    const other = await seeker(server);
    const { applyToPosting } = await other.client.ok<any>(`mutation($i: ApplyInput!) { applyToPosting(input: $i) { id } }`, { i: { postingId } });
    await other.client.ok(`mutation($id: ID!) { withdrawApplication(id: $id) { id } }`, { id: applyToPosting.id });
    expect(await inApp(emp.userId, 'APPLICATION_WITHDRAWN')).toBe(1);
    await eventually(async () => expect(await deliveries(emp.userId, 'APPLICATION_WITHDRAWN')).toEqual([{ channel: 'EMAIL', status: 'SENT' }]));
  });
});

describe('a new organization awaiting verification reaches the staff of its county and the city', () => {
  it('notifies Luoshan and city staff, not staff of another county', async () => {
    const xixianStaff = await staff(server, adminClient, '411528');
    await employer(server, { countyCode: LUOSHAN }, { verified: false });
    expect(await inApp(luoshanStaff.userId, 'ORGANIZATION_AWAITING_VERIFICATION')).toBeGreaterThanOrEqual(1);
    expect(await inApp(cityStaff.userId, 'ORGANIZATION_AWAITING_VERIFICATION')).toBeGreaterThanOrEqual(1);
    expect(await inApp(xixianStaff.userId, 'ORGANIZATION_AWAITING_VERIFICATION')).toBe(0);
  });
});

describe('preferences', () => {
  it('shows defaults, saves a choice, and the next notice follows it', async () => {
    const emp = await employer(server);
    const prefs = (await emp.client.ok<any>(PREFS)).myNotificationPreferences;
    expect(prefs).toMatchObject({ hasPhone: true, hasEmail: false, smsOff: false });
    expect(prefs.items.find((i: any) => i.kind === 'APPLICATION_RECEIVED')).toEqual({ kind: 'APPLICATION_RECEIVED', channels: ['EMAIL'], isDefault: true });
    const saved = (await emp.client.ok<any>(UPDATE, { i: { items: [{ kind: 'APPLICATION_RECEIVED', channels: ['SMS'] }] } })).updateNotificationPreferences;
    expect(saved.items.find((i: any) => i.kind === 'APPLICATION_RECEIVED')).toEqual({ kind: 'APPLICATION_RECEIVED', channels: ['SMS'], isDefault: false });
    const postingId = await publishedPosting(emp);
    const s = await seeker(server);
    await s.client.ok(`mutation($i: ApplyInput!) { applyToPosting(input: $i) { id } }`, { i: { postingId } });
    await eventually(async () => expect(await deliveries(emp.userId, 'APPLICATION_RECEIVED')).toEqual([{ channel: 'SMS', status: 'SENT' }]));
  });

  it('refuses an unknown kind and a channel the person cannot have, naming the field, writing nothing', async () => {
    const s = await signUp(server, 'SEEKER');
    const before = await count(server, 'notification_preference', 'user_id = $1', [s.userId]);
    const bad = await s.client.fails(UPDATE, { i: { items: [{ kind: 'APPLICATION_STATUS', channels: ['SMS'] }, { kind: 'NO_SUCH_KIND', channels: [] }, { kind: 'EVENT_CANCELLED', channels: ['EMAIL'] }] } });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.fields.map((f: any) => f.path)).toEqual(['input.items.1.kind', 'input.items.2.channels']);
    expect(bad.fields[1].message).toBe('您的账号没有邮箱，不能选择邮件');
    const en = await new Client(server.url, { 'accept-language': 'en' });
    en.cookie = s.client.cookie;
    expect((await en.fails(UPDATE, { i: { items: [{ kind: 'EVENT_CANCELLED', channels: ['EMAIL'] }] } })).fields[0].message)
      .toBe('Your account has no email address, so email cannot be chosen');
    expect(await count(server, 'notification_preference', 'user_id = $1', [s.userId])).toBe(before);
    expect((await new Client(server.url).fails(PREFS)).code).toBe('UNAUTHENTICATED');
  });

  it('SMS off by the reply keyword (provider uplink) and by the signed link', async () => {
    const a = await signUp(server, 'SEEKER');
    const res = await fetch(`${server.url}/api/notifications/sms-uplink?token=uplink-token-for-tests-0001`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ phone_number: a.phone, content: '退订', sign_name: '助业通', send_time: '2026-03-10 10:00:00' }]),
    });
    expect(await res.json()).toMatchObject({ code: 0, off: 1 });
    expect((await a.client.ok<any>(PREFS)).myNotificationPreferences.smsOff).toBe(true);
    const wrongToken = await fetch(`${server.url}/api/notifications/sms-uplink?token=nope`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' });
    expect(wrongToken.status).toBe(404);

    // the link in an SMS: a page with one button; only the signed link turns SMS off
    const b = await seeker(server);
    const emp = await employer(server);
    const postingId = await publishedPosting(emp);
    const { applyToPosting } = await b.client.ok<any>(`mutation($i: ApplyInput!) { applyToPosting(input: $i) { id } }`, { i: { postingId } });
    await emp.client.ok(MOVE, { i: { applicationId: applyToPosting.id, to: 'REVIEWING' } });
    const sms = await eventually(async () => {
      const [m] = await logged(b.userId);
      expect(m).toBeDefined();
      return m;
    });
    const link = new URL(/(http\S+sms-off\S+)/.exec(sms.body)![1]);
    const page = await fetch(`${server.url}${link.pathname}${link.search}`);
    expect(await page.text()).toContain('<button type="submit">');
    const forged = await fetch(`${server.url}/api/notifications/sms-off`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `u=${link.searchParams.get('u')}&s=AAAAAAAAAAAAAAAAAAAAAA` });
    expect(forged.status).toBe(400);
    expect((await b.client.ok<any>(PREFS)).myNotificationPreferences.smsOff).toBe(false);
    const ok = await fetch(`${server.url}/api/notifications/sms-off`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `u=${link.searchParams.get('u')}&s=${link.searchParams.get('s')}` });
    expect(ok.status).toBe(200);
    expect((await b.client.ok<any>(PREFS)).myNotificationPreferences.smsOff).toBe(true);
    // and no SMS any more: the next change is in-app only
    await emp.client.ok(MOVE, { i: { applicationId: applyToPosting.id, to: 'INTERVIEW' } });
    expect(await inApp(b.userId, 'APPLICATION_STATUS')).toBe(2);
    expect(await deliveries(b.userId, 'APPLICATION_STATUS')).toEqual([{ channel: 'SMS', status: 'SENT' }]);
  });
});

describe('a fair cancelled: everyone hears it, staff see who was reached', () => {
  it('counts deliveries by channel and lists who was reached only in the app, for staff in scope', async () => {
    const eventId = await publishedFair(luoshanStaff.client, fairInput(LUOSHAN, { title: '将取消的招聘会' }));
    const people = [await seeker(server), await seeker(server), await seeker(server)];
    // one has turned SMS off and has no email: only the in-app list reaches them
    await server.db.query(`INSERT INTO sms_opt_out (user_id) VALUES ($1)`, [people[2].userId]);
    for (const p of people) await p.client.ok(`mutation($e: ID!) { registerForEvent(eventId: $e) { id } }`, { e: eventId });
    await luoshanStaff.client.ok(`mutation($id: ID!) { cancelEvent(id: $id, reason: "场地维修") { id } }`, { id: eventId });
    for (const p of people) expect(await inApp(p.userId, 'EVENT_CANCELLED')).toBe(1);
    const REPORT = `query($id: ID!) { eventDeliveryReport(eventId: $id) { recipients counts { channel status count } unreached { name phone role } } }`;
    const report = await eventually(async () => {
      const r = (await luoshanStaff.client.ok<any>(REPORT, { id: eventId })).eventDeliveryReport;
      expect(r.counts).toEqual([{ channel: 'SMS', status: 'SENT', count: 2 }]);
      return r;
    });
    expect(report.recipients).toBe(3);
    expect(report.unreached).toEqual([{ name: '求某', phone: people[2].phone, role: 'SEEKER' }]);
    expect(await count(server, 'audit_log', `entity = 'event' AND entity_id = $1 AND action = 'READ_SENSITIVE'`, [eventId])).toBeGreaterThanOrEqual(1);
    const xixian = await staff(server, adminClient, '411528');
    expect((await xixian.client.fails(REPORT, { id: eventId })).code).toBe('FORBIDDEN');
    expect((await people[0].client.fails(REPORT, { id: eventId })).code).toBe('FORBIDDEN');
  });

  it('staff read the message log with the recipient masked; others may not', async () => {
    const { sentMessages } = await cityStaff.client.ok<any>(`{ sentMessages(page: { pageSize: 100 }) { total items { channel transport recipient body } } }`);
    expect(sentMessages.total).toBeGreaterThan(0);
    const sms = sentMessages.items.find((m: any) => m.channel === 'SMS');
    expect(sms.recipient).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(sms.body).toMatch(/^【助业通】/);
    const s = await signUp(server, 'SEEKER');
    expect((await s.client.fails(`{ sentMessages { total } }`)).code).toBe('FORBIDDEN');
  });

  it('county staff read only what went to their county\'s people; the city reads all', async () => {
    // a worked example: one SMS to a seeker of 罗山县 and one to a seeker of 息县, written straight into the log
    const luoshanSeeker = await seeker(server, { countyCode: LUOSHAN });
    const xixianSeeker = await seeker(server, { countyCode: '411528' });
    for (const [who, body] of [[luoshanSeeker, '罗山的消息'], [xixianSeeker, '息县的消息']] as const) {
      await server.db.query(`INSERT INTO message_log (user_id, channel, transport, recipient, subject, body) VALUES ($1, 'SMS', 'log', $2, '测试', $3)`,
        [who.userId, who.phone, body]);
    }
    const LOG = `{ sentMessages(page: { pageSize: 100 }) { total items { body } } }`;
    const bodies = async (c: Client) => ((await c.ok<any>(LOG)).sentMessages.items as Array<{ body: string }>).map((m) => m.body);
    const xixian = await staff(server, adminClient, '411528');
    expect(await bodies(luoshanStaff.client)).toContain('罗山的消息');
    expect(await bodies(luoshanStaff.client)).not.toContain('息县的消息');
    expect(await bodies(xixian.client)).toEqual(['息县的消息']);
    expect((await xixian.client.ok<any>(LOG)).sentMessages.total).toBe(1);
    expect(await bodies(cityStaff.client)).toEqual(expect.arrayContaining(['罗山的消息', '息县的消息']));
  });
});

describe('password reset by SMS code', () => {
  const REQUEST = `mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`;
  const RESET = `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }`;

  it('answers the same for a number with and without an account, sends the code by SMS only', async () => {
    const a = await signUp(server, 'SEEKER');
    const anon = new Client(server.url, { 'x-forwarded-for': '10.9.9.1' });
    expect((await anon.ok<any>(REQUEST, { i: { phone: a.phone } })).requestPasswordReset).toBe(true);
    expect((await anon.ok<any>(REQUEST, { i: { phone: '13999999999' } })).requestPasswordReset).toBe(true);
    const code = await eventually(async () => {
      const [m] = await logged(a.userId);
      const c = /(\d{6})/.exec(m.body)![1];
      return c;
    });
    expect(await count(server, 'notification', 'user_id = $1', [a.userId])).toBe(0);
    // the code is not kept in the clear: not in the delivery once sent, and masked for staff
    expect(await count(server, 'notification_delivery', `user_id = $1 AND params ? 'code'`, [a.userId])).toBe(0);
    const { sentMessages } = await cityStaff.client.ok<any>(`{ sentMessages(page: { pageSize: 100 }) { items { kind body } } }`);
    expect(sentMessages.items.find((m: any) => m.kind === 'PASSWORD_RESET').body).not.toContain(code);

    // a wrong code, and a weak password, are refused naming the field; the right one resets and ends sessions
    const wrong = await anon.fails(RESET, { i: { phone: a.phone, code: code === '000000' ? '111111' : '000000', newPassword: 'Another-Horse-77', confirmPassword: 'Another-Horse-77' } });
    expect(wrong.fields.map((f: any) => f.path)).toEqual(['input.code']);
    const weak = await anon.fails(RESET, { i: { phone: a.phone, code, newPassword: a.phone, confirmPassword: a.phone } });
    expect(weak.fields.map((f: any) => f.path)).toContain('input.newPassword');
    expect((await anon.ok<any>(RESET, { i: { phone: a.phone, code, newPassword: 'Another-Horse-77', confirmPassword: 'Another-Horse-77' } })).resetPassword).toBe(true);
    expect((await a.client.fails(`{ myNotificationPreferences { smsOff } }`)).code).toBe('UNAUTHENTICATED');
    const again = new Client(server.url);
    await again.ok(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { account: a.phone, password: 'Another-Horse-77' } });
    expect((await anon.fails(RESET, { i: { phone: a.phone, code, newPassword: 'Third-Horse-777', confirmPassword: 'Third-Horse-777' } })).fields[0].path).toBe('input.code');
    expect((await anon.fails(REQUEST, { i: { phone: '12345' } })).fields[0].path).toBe('input.phone');
    void PASSWORD;
  });

  it('limits requests per number', async () => {
    const a = await signUp(server, 'SEEKER');
    for (let i = 0; i < 3; i++) await new Client(server.url).ok(REQUEST, { i: { phone: a.phone } });
    expect((await new Client(server.url).fails(REQUEST, { i: { phone: a.phone } })).code).toBe('TOO_MANY_REQUESTS');
  });
});

// The real transports: the Alibaba Cloud SDK, its endpoint pointed at an HTTP server of this test (it fails the
// first tries of a number, and refuses one number for good), and nodemailer against an SMTP receiver of this test.
// The server's clock is set at 23:30 China time on the day of a fair: quiet hours.
describe('SMS by the provider SDK and email by SMTP, retried, in quiet hours', () => {
  const adminUrl = process.env.ZYT_TEST_ADMIN_URL!;
  const dbName = `zhuyetong_${process.env.ZYT_TEST_RUN}_notify_providers`;
  const smsRequests: Array<{ phone: string; template: string; params: Record<string, string>; ok: boolean }> = [];
  const failFirst = new Map<string, number>();
  const refused = new Set<string>();
  const mails: Array<{ to: string[]; raw: string }> = [];
  let http: HttpServer;
  let smtp: SMTPServer;
  let own: { url: string; stop(): Promise<void> };
  let world: TestServer;
  let startsAt: string;

  beforeAll(async () => {
    http = createHttpServer((req, res) => {
      const q = new URL(req.url!, 'http://x').searchParams;
      const phone = q.get('PhoneNumbers') ?? '';
      const left = failFirst.get(phone) ?? 0;
      res.setHeader('content-type', 'application/json');
      req.resume();
      if (left > 0) {
        failFirst.set(phone, left - 1);
        smsRequests.push({ phone, template: q.get('TemplateCode') ?? '', params: JSON.parse(q.get('TemplateParam') ?? '{}'), ok: false });
        res.statusCode = 503;
        res.end(JSON.stringify({ Code: 'ServiceUnavailable', Message: 'try later', RequestId: 'r' }));
        return;
      }
      const ok = !refused.has(phone);
      smsRequests.push({ phone, template: q.get('TemplateCode') ?? '', params: JSON.parse(q.get('TemplateParam') ?? '{}'), ok });
      res.end(JSON.stringify(ok ? { Code: 'OK', Message: 'OK', BizId: `biz-${smsRequests.length}`, RequestId: 'r' }
        : { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: 'invalid number', RequestId: 'r' }));
    });
    const smsPort = await freePort();
    await new Promise<void>((r) => http.listen(smsPort, '127.0.0.1', r));
    smtp = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData(stream, session, done) {
        let raw = '';
        stream.on('data', (c: Buffer) => { raw += c.toString('utf8'); });
        stream.on('end', () => { mails.push({ to: session.envelope.rcptTo.map((a) => a.address), raw: raw.replace(/=\r?\n/g, '') }); done(); });
      },
    });
    const smtpPort = await freePort();
    await new Promise<void>((r) => smtp.listen(smtpPort, '127.0.0.1', r));

    // a fair that began an hour ago; the clock at 23:30 that day, China time
    startsAt = new Date(Date.now() - 3600_000).toISOString();
    const chinaDay = new Date(Date.parse(startsAt) + 8 * 3600_000).toISOString().slice(0, 10);
    await withAdmin(adminUrl, [`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`, `CREATE DATABASE ${dbName} TEMPLATE ${process.env.ZYT_TEST_TEMPLATE_DB}`]);
    const u = new URL(adminUrl);
    u.pathname = `/${dbName}`;
    own = await spawnServer(u.toString(), {
      logFile: 'test-output/e2e-notify-providers-server.log',
      env: {
        NOTIFY_CLOCK: `${chinaDay}T23:30:00+08:00`, NOTIFY_POLL_SECONDS: '0.5', NOTIFY_RETRY_DELAY_SECONDS: '1', NOTIFY_RETRY_DELAY_MAX_SECONDS: '1', NOTIFY_RETRY_LIMIT: '4',
        SMS_PROVIDER: 'aliyun', SMS_ENDPOINT: `127.0.0.1:${smsPort}`, SMS_PROTOCOL: 'http', SMS_ACCESS_KEY_ID: 'test-id', SMS_ACCESS_KEY_SECRET: 'test-secret',
        SMS_TEMPLATES: JSON.stringify({ EVENT_CANCELLED: 'SMS_100', APPLICATION_STATUS: 'SMS_200' }),
        EMAIL_TRANSPORT: 'smtp', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort), EMAIL_FROM: 'Zhuyetong <noreply@example.com>',
      },
    });
    world = { url: own.url, db: new pg.Pool({ connectionString: u.toString(), max: 2 }), close: async () => {} };
  }, 90_000);

  afterAll(async () => {
    await world?.db.end();
    await own?.stop();
    await withAdmin(adminUrl, [`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`]);
    await new Promise((r) => http?.close(r));
    await new Promise((r) => smtp?.close(() => r(undefined)));
  });

  it('a cancellation the same day goes by SMS at night through the SDK, retried after provider errors, sent once; email by SMTP', async () => {
    const adm = await admin(world);
    const luoshan = await staff(world, adm.client, LUOSHAN);
    const eventId = await publishedFair(luoshan.client, fairInput(LUOSHAN, { title: 'Fair to cancel', startsAt }));
    const a = await seeker(world);
    const b = await seeker(world);
    await world.db.query(`UPDATE app_user SET email = $2, locale = 'en' WHERE id = $1`, [a.userId, `seeker${Date.now()}@example.com`]);
    for (const p of [a, b]) await p.client.ok(`mutation($e: ID!) { registerForEvent(eventId: $e) { id } }`, { e: eventId });
    failFirst.set(a.phone, 2);
    refused.add(b.phone);
    await luoshan.client.ok(`mutation($id: ID!) { cancelEvent(id: $id, reason: "Venue flooded") { id } }`, { id: eventId });

    const rowsOf = async (userId: string) => (await world.db.query(
      `SELECT channel, status, attempts, provider_message_id, last_error FROM notification_delivery WHERE user_id = $1 AND kind = 'EVENT_CANCELLED' ORDER BY channel`, [userId])).rows;
    await eventually(async () => expect((await rowsOf(a.userId)).map((r) => r.status)).toEqual(['SENT', 'SENT']), 30_000);
    const [email, sms] = await rowsOf(a.userId);
    expect(sms).toMatchObject({ channel: 'SMS', attempts: 3 });
    expect(sms.provider_message_id).toMatch(/^biz-/);
    expect(email).toMatchObject({ channel: 'EMAIL', attempts: 1 });
    // the SDK's requests: two refused by the provider, one accepted, with the template and the worded parameters
    const toA = smsRequests.filter((r) => r.phone === a.phone);
    expect(toA.map((r) => r.ok)).toEqual([false, false, true]);
    expect(toA[2]).toMatchObject({ template: 'SMS_100', params: { title: 'Fair to cancel', reason: 'Venue flooded' } });
    expect((await world.db.query(`SELECT count(*)::int AS n FROM message_log WHERE user_id = $1 AND channel = 'SMS'`, [a.userId])).rows[0].n).toBe(1);
    // the mail, received by the SMTP server
    const mail = await eventually(async () => {
      const m = mails.find((x) => x.to.includes(`seeker${''}`) || x.raw.includes('Venue flooded'));
      expect(m).toBeDefined();
      return m!;
    });
    expect(mail.raw).toContain('Subject: Event cancelled');
    expect(mail.raw).toContain('Sorry, "Fair to cancel" was cancelled by the organizer. Reason: Venue flooded');

    // a number the provider refuses fails at once, is listed for staff, and can be retried
    await eventually(async () => expect((await rowsOf(b.userId)).map((r) => r.status)).toEqual(['FAILED']), 30_000);
    const { failedDeliveries } = await luoshan.client.ok<any>(`{ failedDeliveries { total items { id channel kind attempts lastError recipientPhone } } }`);
    const failed = failedDeliveries.items.find((f: any) => f.kind === 'EVENT_CANCELLED');
    expect(failed).toMatchObject({ channel: 'SMS', attempts: 1, lastError: expect.stringContaining('isv.MOBILE_NUMBER_ILLEGAL') });
    expect(failed.recipientPhone).toMatch(/\*{4}/);
    expect((await b.client.fails(`mutation($id: ID!) { retryDelivery(id: $id) }`, { id: failed.id })).code).toBe('FORBIDDEN');
    refused.delete(b.phone);
    // staff of another county neither see it nor may retry it
    const xixian = await staff(world, adm.client, '411528');
    expect((await xixian.client.ok<any>(`{ failedDeliveries { total } }`)).failedDeliveries.total).toBe(0);
    expect((await xixian.client.fails(`mutation($id: ID!) { retryDelivery(id: $id) }`, { id: failed.id })).code).toBe('FORBIDDEN');
    expect((await luoshan.client.ok<any>(`mutation($id: ID!) { retryDelivery(id: $id) }`, { id: failed.id })).retryDelivery).toBe(true);
    await eventually(async () => expect((await rowsOf(b.userId)).map((r) => r.status)).toEqual(['SENT']), 30_000);
    // a delivery that is not FAILED cannot be retried: nothing goes twice
    expect((await luoshan.client.fails(`mutation($id: ID!) { retryDelivery(id: $id) }`, { id: failed.id })).code).toBe('NOT_FOUND');
    expect(smsRequests.filter((r) => r.phone === b.phone && r.ok)).toHaveLength(1);

    // an ordinary notice at night: SMS deferred to 08:00 China time, email at once
    const emp = await employer(world);
    const postingId = await publishedPosting(emp);
    const { applyToPosting } = await a.client.ok<any>(`mutation($i: ApplyInput!) { applyToPosting(input: $i) { id } }`, { i: { postingId } });
    await emp.client.ok(MOVE, { i: { applicationId: applyToPosting.id, to: 'REVIEWING' } });
    await eventually(async () => {
      const { rows } = await world.db.query(`SELECT channel, status, not_before FROM notification_delivery WHERE user_id = $1 AND kind = 'APPLICATION_STATUS' ORDER BY channel`, [a.userId]);
      expect(rows.map((r) => [r.channel, r.status])).toEqual([['EMAIL', 'SENT'], ['SMS', 'DEFERRED']]);
      const local = new Date(rows[1].not_before.getTime() + 8 * 3600_000);
      expect(local.getUTCHours()).toBe(8);
    }, 30_000);
    expect(smsRequests.filter((r) => r.template === 'SMS_200')).toHaveLength(0);
  }, 120_000);
});
