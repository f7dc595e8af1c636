// Accounts and what strangers can learn: common passwords and the mobile number refused at sign-up, X-Forwarded-For
// believed only behind a configured proxy, organizations not verified and staff notes hidden from anonymous callers.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { admin, count, employer, PINGQIAO, publishedPosting, staff } from './support/fixtures.js';
import { spawnServer } from './support/harness.mjs';
import { Client, startTestServer, type TestServer, uniquePhone } from './support/server.js';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.close(); });

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;

describe('new passwords', () => {
  const refused = async (password: string, phone: string, locale = 'zh-CN') => {
    const err = await new Client(server.url, { 'accept-language': locale })
      .fails(SIGN_UP, { input: { role: 'SEEKER', displayName: '小王', phone, password } });
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(await count(server, 'app_user', 'phone = $1', [phone])).toBe(0);
    return err.fields;
  };

  it('need at least 10 characters', async () => {
    expect(await refused('Abc-12345', uniquePhone())).toEqual([{ path: 'input.password', message: '密码长度应为10到128位' }]);
  });

  it('are refused when common, here or in China, with a message naming the field in the user\'s language', async () => {
    for (const p of ['1234567890', 'qwertyuiop', '123456789a', 'woaini1314', 'Password123']) {
      expect(await refused(p, uniquePhone())).toEqual([{ path: 'input.password', message: '密码太常见，很容易被猜到，请换一个（几个词连在一起就很好记）' }]);
    }
    expect(await refused('qwertyuiop', uniquePhone(), 'en'))
      .toEqual([{ path: 'input.password', message: 'This password is too common and easy to guess: choose another (a few words together are easy to remember)' }]);
  });

  it('are refused when they are or contain the mobile number', async () => {
    const phone = uniquePhone();
    expect(await refused(phone, phone)).toEqual([{ path: 'input.password', message: '密码不能是手机号，也不能包含手机号' }]);
    expect(await refused(`zm${phone}!`, phone)).toEqual([{ path: 'input.password', message: '密码不能是手机号，也不能包含手机号' }]);
  });

  it('a long uncommon password is taken', async () => {
    await new Client(server.url).ok(SIGN_UP, { input: { role: 'SEEKER', displayName: '小王', phone: uniquePhone(), password: '红灯笼 tea kettle 7' } });
  });
});

describe('X-Forwarded-For and the per-address sign-in limit', () => {
  // a server of its own with a small address limit, on this file's database; each attempt names another account,
  // so only the address limit can bite
  const attempts = async (trustProxy: string, forwardedFor: (i: number) => string) => {
    const s = await spawnServer(process.env.E2E_DATABASE_URL!, {
      env: { TRUST_PROXY: trustProxy, RATE_LIMIT_ADDRESS_PER_MINUTE: '3' },
      logFile: `test-output/e2e-server-trust-proxy-${trustProxy}.log`,
    });
    try {
      const codes: string[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await new Client(s.url, { 'x-forwarded-for': forwardedFor(i) })
          .gql(SIGN_IN, { input: { account: uniquePhone(), password: 'wrong-password-1' } });
        codes.push(String(r.errors?.[0]?.extensions?.code));
      }
      return codes;
    } finally {
      await s.stop();
    }
  };

  it('is not believed by default: a client cannot escape the limit by sending another address each time', async () => {
    // the same (real) address every time, whatever the header says
    const codes = await attempts('off', (i) => `203.0.113.${i + 1}`);
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  }, 90_000);

  it('is believed from a configured proxy (TRUST_PROXY=loopback): each client address has its own limit', async () => {
    const spread = await attempts('loopback', (i) => `198.51.100.${i + 1}`);
    expect(spread.every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    const one = await attempts('loopback', () => '198.51.100.200');
    expect(one.slice(3)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  }, 120_000);
});

describe('organizations not verified, and staff notes', () => {
  const ORG = `query($id: ID!) { organization(id: $id) { id name verificationStatus verificationNote } }`;
  const POSTING_ORG = `query($id: ID!) { posting(id: $id) { id organization { name verificationNote } } }`;

  it('an anonymous caller sees neither a pending or rejected organization nor any staff note; members and staff do', async () => {
    const e = await employer(server, {}, { verified: false });
    const postingId = await publishedPosting(e);
    const anonymous = new Client(server.url);
    // pending
    expect((await anonymous.fails(ORG, { id: e.organizationId })).code).toBe('NOT_FOUND');
    // rejected, with a note
    const adm = await admin(server);
    const st = await staff(server, adm.client, PINGQIAO);
    await st.client.ok(`mutation($i: VerifyOrganizationInput!) { verifyOrganization(input: $i) { id } }`,
      { i: { organizationId: e.organizationId, status: 'REJECTED', note: '营业执照与名称不符' } });
    const refused = await anonymous.fails(ORG, { id: e.organizationId });
    expect(refused.code).toBe('NOT_FOUND');
    expect(JSON.stringify(refused.all)).not.toContain('营业执照');
    const viaPosting = await anonymous.gql(POSTING_ORG, { id: postingId });
    expect(JSON.stringify(viaPosting)).not.toContain('营业执照');
    const otherEmployer = await employer(server);
    expect((await otherEmployer.client.fails(ORG, { id: e.organizationId })).code).toBe('NOT_FOUND');
    // the organization's own members and the staff covering it see it, note and all
    expect((await e.client.ok<any>(ORG, { id: e.organizationId })).organization).toMatchObject({ verificationStatus: 'REJECTED', verificationNote: '营业执照与名称不符' });
    expect((await st.client.ok<any>(ORG, { id: e.organizationId })).organization.verificationNote).toBe('营业执照与名称不符');
    // verified: anyone sees it, still without the staff's note
    await st.client.ok(`mutation($i: VerifyOrganizationInput!) { verifyOrganization(input: $i) { id } }`,
      { i: { organizationId: e.organizationId, status: 'VERIFIED', note: '已核对营业执照' } });
    expect((await anonymous.ok<any>(ORG, { id: e.organizationId })).organization).toMatchObject({ verificationStatus: 'VERIFIED', verificationNote: null });
    expect((await anonymous.ok<any>(POSTING_ORG, { id: postingId })).posting.organization.verificationNote).toBeNull();
  });
});
