import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PASSWORD, admin, count, signUp, staff, LUOSHAN, XIXIAN } from './support/fixtures.js';
import { Client, startTestServer, type TestServer, uniquePhone } from './support/server.js';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { user { id role displayName phone } expiresAt } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id role } } }`;
const ME = `{ me { id role scopeCountyCode } }`;

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.close(); });

describe('sign-up and sign-in', () => {
  it('signs up a seeker, sets an http-only session cookie and knows who they are', async () => {
    const client = new Client(server.url);
    const phone = uniquePhone();
    const { status, json, headers } = await client.raw({ query: SIGN_UP, variables: { input: { role: 'SEEKER', displayName: '小王', phone, password: PASSWORD } } });
    expect(status).toBe(200);
    expect(json.data.signUp.user).toMatchObject({ role: 'SEEKER', displayName: '小王', phone });
    expect(headers.get('set-cookie')).toMatch(/zyt_session=[^;]+;.*HttpOnly/i);
    expect(headers.get('set-cookie')).toMatch(/SameSite=Lax/i);
    const me = await client.ok<{ me: { id: string; role: string } }>(ME);
    expect(me.me).toMatchObject({ id: json.data.signUp.user.id, role: 'SEEKER' });
    const { rows: stored } = await server.db.query(`SELECT password_hash FROM app_user WHERE phone = $1`, [phone]);
    expect(stored[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it('refuses bad input naming each field, in Chinese by default, and writes nothing', async () => {
    const before = await count(server, 'app_user', `phone = '12345' OR display_name = ''`);
    const err = await new Client(server.url).fails(SIGN_UP, { input: { role: 'SEEKER', displayName: '', phone: '12345', password: 'short' } });
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.fields).toEqual(expect.arrayContaining([
      { path: 'input.displayName', message: '请填写姓名或称呼' },
      { path: 'input.phone', message: '手机号应为11位手机号码' },
      { path: 'input.password', message: '密码长度应为10到128位' },
    ]));
    expect(await count(server, 'app_user', `phone = '12345' OR display_name = ''`)).toBe(before);
  });

  it('answers in English when asked', async () => {
    const err = await new Client(server.url, { 'accept-language': 'en-GB,en;q=0.9' })
      .fails(SIGN_UP, { input: { role: 'SEEKER', displayName: '小王', password: PASSWORD } });
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.fields).toEqual([{ path: 'input.phone', message: 'Enter a mobile number or an email address' }]);
  });

  it('refuses staff and admin roles at sign-up', async () => {
    const err = await new Client(server.url).fails(SIGN_UP, { input: { role: 'ADMIN', displayName: 'x', phone: uniquePhone(), password: PASSWORD } });
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.fields[0].path).toBe('input.role');
  });

  it('refuses a phone number that is already registered', async () => {
    const { phone } = await signUp(server, 'SEEKER');
    const before = await count(server, 'app_user', 'phone = $1', [phone]);
    const err = await new Client(server.url).fails(SIGN_UP, { input: { role: 'EMPLOYER', displayName: 'x', phone, password: PASSWORD } });
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.phone', message: '该手机号已注册' }] });
    expect(await count(server, 'app_user', 'phone = $1', [phone])).toBe(before);
    expect(before).toBe(1);
  });

  it('signs in with phone or email and refuses a wrong password without saying which part was wrong', async () => {
    const email = `user${Date.now()}@example.com`;
    await new Client(server.url).ok(SIGN_UP, { input: { role: 'EMPLOYER', displayName: '李', email: email.toUpperCase(), password: PASSWORD } });
    const c = new Client(server.url);
    await c.ok(SIGN_IN, { input: { account: email, password: PASSWORD } });
    expect((await c.ok<{ me: { role: string } }>(ME)).me.role).toBe('EMPLOYER');
    const wrong = await new Client(server.url).fails(SIGN_IN, { input: { account: email, password: 'wrong-password' } });
    const unknown = await new Client(server.url).fails(SIGN_IN, { input: { account: 'nobody@example.com', password: 'wrong-password' } });
    expect(wrong).toMatchObject({ code: 'UNAUTHENTICATED', message: '账号或密码不正确' });
    expect(unknown).toMatchObject({ code: 'UNAUTHENTICATED', message: '账号或密码不正确' });
  });

  it('rate-limits repeated sign-in attempts on one account with its own error code', async () => {
    const { phone } = await signUp(server, 'SEEKER');
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await new Client(server.url).gql(SIGN_IN, { input: { account: phone, password: 'wrong-password' } });
      codes.push(String(r.errors?.[0]?.extensions?.code));
    }
    expect(codes.slice(0, 10).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(10)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });
});

describe('sessions end when they should', () => {
  it('sign-out ends the session on the server, not just the cookie', async () => {
    const { client } = await signUp(server, 'SEEKER');
    const stolenCookie = client.cookie;
    expect(await client.ok(`mutation { signOut }`)).toEqual({ signOut: true });
    const replay = new Client(server.url);
    replay.cookie = stolenCookie;
    expect((await replay.ok<{ me: null }>(ME)).me).toBeNull();
  });

  it('an expired or idle session is refused', async () => {
    const { client, userId } = await signUp(server, 'SEEKER');
    await server.db.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [userId]);
    expect((await client.ok<{ me: null }>(ME)).me).toBeNull();
    const again = await signUp(server, 'SEEKER');
    await server.db.query(`UPDATE user_session SET last_seen_at = now() - interval '3 hours' WHERE user_id = $1`, [again.userId]);
    expect((await again.client.ok<{ me: null }>(ME)).me).toBeNull();
  });

  it('tells the client when the sign-in lapses; asking (like any request) extends the idle window', async () => {
    const STATUS = `{ sessionStatus { idleTimeoutSeconds idleExpiresAt expiresAt } }`;
    type Status = { sessionStatus: { idleTimeoutSeconds: number; idleExpiresAt: string; expiresAt: string } | null };
    expect((await new Client(server.url).ok<Status>(STATUS)).sessionStatus).toBeNull();
    const { client, userId } = await signUp(server, 'SEEKER');
    const { rows: [stored] } = await server.db.query(`SELECT expires_at FROM user_session WHERE user_id = $1`, [userId]);
    const first = (await client.ok<Status>(STATUS)).sessionStatus!;
    // the default idle timeout: 120 minutes
    expect(first.idleTimeoutSeconds).toBe(7200);
    expect(Math.abs(Date.parse(first.idleExpiresAt) - (Date.now() + 7200_000))).toBeLessThan(5000);
    expect(Date.parse(first.expiresAt)).toBe(new Date(stored.expires_at).getTime());
    // 100 minutes idle: 20 left; asking again gives the full 120 back, in the table too
    await server.db.query(`UPDATE user_session SET last_seen_at = now() - interval '100 minutes' WHERE user_id = $1`, [userId]);
    const later = (await client.ok<Status>(STATUS)).sessionStatus!;
    expect(Math.abs(Date.parse(later.idleExpiresAt) - (Date.now() + 7200_000))).toBeLessThan(5000);
    const { rows: [seen] } = await server.db.query(`SELECT now() - last_seen_at < interval '10 seconds' AS fresh FROM user_session WHERE user_id = $1`, [userId]);
    expect(seen.fresh).toBe(true);
    // the hard end comes first when it is nearer than the idle window
    await server.db.query(`UPDATE user_session SET expires_at = now() + interval '30 minutes' WHERE user_id = $1`, [userId]);
    const near = (await client.ok<Status>(STATUS)).sessionStatus!;
    expect(near.idleExpiresAt).toBe(near.expiresAt);
    expect(Math.abs(Date.parse(near.expiresAt) - (Date.now() + 1800_000))).toBeLessThan(5000);
    // a background poll (the unread count) is answered but does not keep an idle sign-in alive
    await server.db.query(`UPDATE user_session SET last_seen_at = now() - interval '100 minutes' WHERE user_id = $1`, [userId]);
    const polled = await client.raw({ query: ME }, { 'x-background': '1' });
    expect(polled.json.data.me).toMatchObject({ role: 'SEEKER' });
    const { rows: [still] } = await server.db.query(`SELECT now() - last_seen_at > interval '99 minutes' AS idle FROM user_session WHERE user_id = $1`, [userId]);
    expect(still.idle).toBe(true);
    // past the idle window: signed out, nothing to report
    await server.db.query(`UPDATE user_session SET last_seen_at = now() - interval '121 minutes' WHERE user_id = $1`, [userId]);
    expect((await client.ok<Status>(STATUS)).sessionStatus).toBeNull();
  });

  it('requests in quick succession slide the idle window once: a slide younger than 30 s is not written again', async () => {
    const STATUS = `{ sessionStatus { idleExpiresAt } }`;
    const { client, userId } = await signUp(server, 'SEEKER');
    const seenAt = async () => (await server.db.query(`SELECT last_seen_at FROM user_session WHERE user_id = $1`, [userId])).rows[0].last_seen_at as Date;
    await server.db.query(`UPDATE user_session SET last_seen_at = now() - interval '10 seconds' WHERE user_id = $1`, [userId]);
    const ten = await seenAt();
    const status = (await client.ok<{ sessionStatus: { idleExpiresAt: string } }>(STATUS)).sessionStatus;
    expect((await seenAt()).getTime()).toBe(ten.getTime());
    // the status says when the window really ends: 120 minutes after the stored slide, not after this request
    expect(Date.parse(status.idleExpiresAt)).toBe(ten.getTime() + 7200_000);
    await server.db.query(`UPDATE user_session SET last_seen_at = now() - interval '40 seconds' WHERE user_id = $1`, [userId]);
    await client.ok(ME);
    expect(Date.now() - (await seenAt()).getTime()).toBeLessThan(10_000);
  });

  it('disabling an account ends its sessions; a staff member\'s new county applies on the next request', async () => {
    const adm = await admin(server);
    const member = await staff(server, adm.client, LUOSHAN);
    expect((await member.client.ok<{ me: { scopeCountyCode: string } }>(ME)).me.scopeCountyCode).toBe(LUOSHAN);
    await adm.client.ok(`mutation($u: ID!, $c: String) { setStaffScope(userId: $u, countyCode: $c) { id } }`, { u: member.userId, c: XIXIAN });
    expect((await member.client.ok<{ me: { scopeCountyCode: string } }>(ME)).me.scopeCountyCode).toBe(XIXIAN);
    await adm.client.ok(`mutation($u: ID!) { setUserDisabled(userId: $u, disabled: true) { id disabledAt } }`, { u: member.userId });
    expect((await member.client.ok<{ me: null }>(ME)).me).toBeNull();
    const signIn = await new Client(server.url).fails(SIGN_IN, { input: { account: member.phone, password: PASSWORD } });
    expect(signIn.code).toBe('FORBIDDEN');
  });
});

describe('administration is for administrators', () => {
  it('refuses staff creation by others and unknown counties, writing nothing', async () => {
    const seeker = await signUp(server, 'SEEKER');
    const input = { displayName: '某人', phone: uniquePhone(), password: PASSWORD, scopeCountyCode: null };
    expect((await seeker.client.fails(`mutation($i: CreateStaffInput!) { createStaffUser(input: $i) { id } }`, { i: input })).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(`mutation($i: CreateStaffInput!) { createStaffUser(input: $i) { id } }`, { i: input })).code).toBe('UNAUTHENTICATED');
    const adm = await admin(server);
    const bad = await adm.client.fails(`mutation($i: CreateStaffInput!) { createStaffUser(input: $i) { id } }`, { i: { ...input, scopeCountyCode: '999999' } });
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.scopeCountyCode', message: '请选择本市的县区' }] });
    expect(await count(server, 'app_user', 'phone = $1', [input.phone])).toBe(0);
  });

  it('records admin actions in the append-only audit log', async () => {
    const adm = await admin(server);
    const member = await staff(server, adm.client, null);
    const log = await adm.client.ok<{ auditLog: { items: Array<{ action: string; detail: { op: string } }> } }>(
      `query($e: String) { auditLog(entityId: $e) { items { action detail } } }`, { e: member.userId });
    expect(log.auditLog.items[0]).toMatchObject({ action: 'ADMIN_ACTION', detail: { op: 'createStaff' } });
    await expect(server.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(server.db.query(`UPDATE audit_log SET action = 'X'`)).rejects.toThrow(/append-only/);
  });
});
