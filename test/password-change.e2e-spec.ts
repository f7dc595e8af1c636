// A one-time password must be changed at first sign-in: until then the API answers only me, changePassword and
// signOut (PASSWORD_CHANGE_REQUIRED, in the user's language); changing it clears the flag and ends other sessions.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PASSWORD, admin, seeker } from './support/fixtures.js';
import { Client, startTestServer, uniquePhone, type TestServer } from './support/server.js';

let server: TestServer;
let adm: Awaited<ReturnType<typeof admin>>;
beforeAll(async () => {
  server = await startTestServer();
  adm = await admin(server);
});
afterAll(async () => { await server?.close(); });

const CREATE = `mutation($i: CreateStaffInput!) { createStaffUser(input: $i) { id mustChangePassword oneTimePassword } }`;
const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { user { id role mustChangePassword } } }`;
const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { id mustChangePassword } }`;
const ME = `{ me { id mustChangePassword } }`;
const OTHER = `{ placements { total } }`;
const NEW_PASSWORD = '山茶花-开在三月-17';

async function staffWithOneTimePassword() {
  const phone = uniquePhone();
  const created = (await adm.client.ok<any>(CREATE, { i: { displayName: '新来的工作人员', phone, generatePassword: true, scopeCountyCode: '411521' } })).createStaffUser;
  return { phone, id: created.id as string, otp: created.oneTimePassword as string, created };
}
async function signedIn(account: string, password: string, headers: Record<string, string> = {}) {
  const c = new Client(server.url, headers);
  const r = await c.ok<any>(SIGN_IN, { i: { account, password } });
  return { client: c, user: r.signIn.user };
}
const flagOf = async (id: string) => (await server.db.query(`SELECT must_change_password AS f, password_hash AS h FROM app_user WHERE id = $1`, [id])).rows[0];

describe('a one-time password', () => {
  it('sets the flag; until the password is changed every other operation is refused; changing it lets the person in', async () => {
    const s = await staffWithOneTimePassword();
    expect(s.created.mustChangePassword).toBe(true);
    const { client, user } = await signedIn(s.phone, s.otp);
    expect(user).toMatchObject({ role: 'STAFF', mustChangePassword: true });

    expect((await client.ok<any>(ME)).me).toEqual({ id: s.id, mustChangePassword: true });
    const refused = await client.gql(OTHER);
    expect(refused.status).toBe(403);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors![0]).toMatchObject({ message: '请先修改密码：您是用一次性密码登录的，设置自己的新密码后才能继续使用',
      extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    // asked together with me, or hidden in a fragment, or as a mutation: still refused
    expect((await client.fails(`{ me { id } placements { total } }`)).code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await client.fails(`query { ...F } fragment F on Query { staffUsers { total } }`)).code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await client.fails(`mutation { updateMe(input: { displayName: "改名" }) { id } }`)).code).toBe('PASSWORD_CHANGE_REQUIRED');
    const en = new Client(server.url, { 'accept-language': 'en' });
    en.cookie = client.cookie;
    expect((await en.fails(OTHER)).message).toBe('Change your password first: you signed in with a one-time password and must set your own before doing anything else');

    const changed = (await client.ok<any>(CHANGE, { i: { currentPassword: s.otp, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD } })).changePassword;
    expect(changed).toEqual({ id: s.id, mustChangePassword: false });
    expect((await client.ok<any>(OTHER)).placements.total).toBeGreaterThanOrEqual(0);
    expect((await flagOf(s.id)).f).toBe(false);

    // the one-time password no longer opens the account; the new one does, with nothing refused
    expect((await new Client(server.url).fails(SIGN_IN, { i: { account: s.phone, password: s.otp } })).code).toBe('UNAUTHENTICATED');
    const again = await signedIn(s.phone, NEW_PASSWORD);
    expect(again.user.mustChangePassword).toBe(false);
    await again.client.ok(OTHER);
  });

  it('changing the password ends the account\'s other sessions, not this one', async () => {
    const s = await staffWithOneTimePassword();
    const here = await signedIn(s.phone, s.otp);
    const there = await signedIn(s.phone, s.otp);
    await here.client.ok(CHANGE, { i: { currentPassword: s.otp, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD } });
    expect((await there.client.ok<any>(ME)).me).toBeNull();
    expect((await here.client.ok<any>(ME)).me.id).toBe(s.id);
  });

  it('an initial password the administrator chose does not set the flag', async () => {
    const phone = uniquePhone();
    const c = (await adm.client.ok<any>(CREATE, { i: { displayName: '工作人员', phone, password: PASSWORD } })).createStaffUser;
    expect(c).toMatchObject({ mustChangePassword: false, oneTimePassword: null });
    await (await signedIn(phone, PASSWORD)).client.ok(OTHER);
  });
});

describe('changePassword: bad input and authorization change nothing', () => {
  it('a wrong current password, a password against the policy, a mismatch: each named, in the user\'s language', async () => {
    const s = await staffWithOneTimePassword();
    const { client } = await signedIn(s.phone, s.otp);
    const before = await flagOf(s.id);
    const change = (i: Record<string, string>) => client.fails(CHANGE, { i: { currentPassword: s.otp, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, ...i } });

    expect(await change({ currentPassword: 'not-the-password-1' }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.currentPassword', message: '当前密码不正确' }] });
    expect(await change({ newPassword: 'short', confirmPassword: 'short' }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.newPassword', message: '密码长度应为10到128位' }] });
    expect(await change({ newPassword: `Abc${s.phone}`, confirmPassword: `Abc${s.phone}` }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.newPassword', message: '新密码不能是手机号，也不能包含手机号' }] });
    expect(await change({ newPassword: s.otp, confirmPassword: s.otp }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.newPassword', message: '新密码不能与当前密码相同' }] });
    expect(await change({ confirmPassword: `${NEW_PASSWORD}x` }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.confirmPassword', message: '两次输入的新密码不一致' }] });
    const en = new Client(server.url, { 'accept-language': 'en' });
    en.cookie = client.cookie;
    expect((await en.fails(CHANGE, { i: { currentPassword: 'not-the-password-1', newPassword: NEW_PASSWORD, confirmPassword: 'other-password-2' } })).fields)
      .toEqual([{ path: 'input.currentPassword', message: 'The current password is not correct' },
        { path: 'input.confirmPassword', message: 'The two new passwords are not the same' }]);
    expect(await flagOf(s.id)).toEqual(before);
    expect((await client.fails(OTHER)).code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('only the signed-in person changes their own password; anyone may change theirs', async () => {
    const anonymous = await new Client(server.url).fails(CHANGE, { i: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD } });
    expect(anonymous.code).toBe('UNAUTHENTICATED');
    const p = await seeker(server);
    const before = (await server.db.query(`SELECT password_hash FROM app_user WHERE id = $1`, [p.userId])).rows[0];
    expect((await p.client.ok<any>(CHANGE, { i: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD } })).changePassword.mustChangePassword).toBe(false);
    const after = (await server.db.query(`SELECT password_hash FROM app_user WHERE id = $1`, [p.userId])).rows[0];
    expect(after.password_hash).not.toBe(before.password_hash);
  });
});
