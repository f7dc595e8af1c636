import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LUOSHAN, admin, count, employer, organizationInput, seeker, signUp, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.close(); });

describe('the signed-in user', () => {
  const UPDATE_ME = `mutation($i: UpdateMeInput!) { updateMe(input: $i) { displayName locale } }`;

  it('changes their name and language; bad values are refused and change nothing', async () => {
    const { client, userId } = await signUp(server, 'SEEKER', '原名');
    expect((await client.ok<any>(UPDATE_ME, { i: { displayName: '新名字', locale: 'en' } })).updateMe).toEqual({ displayName: '新名字', locale: 'en' });
    const bad = await client.fails(UPDATE_ME, { i: { displayName: '', locale: 'fr' } });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.fields.map((f) => f.path).sort()).toEqual(['input.displayName', 'input.locale']);
    const { rows } = await server.db.query(`SELECT display_name, locale FROM app_user WHERE id = $1`, [userId]);
    expect(rows[0]).toEqual({ display_name: '新名字', locale: 'en' });
    expect((await new Client(server.url).fails(UPDATE_ME, { i: { displayName: 'x' } })).code).toBe('UNAUTHENTICATED');
  });
});

describe('administration', () => {
  it('refuses an unknown county or a non-staff account for a staff scope, and an admin disabling themself', async () => {
    const adm = await admin(server);
    const member = await staff(server, adm.client, null);
    const s = await signUp(server, 'SEEKER');
    const SCOPE = `mutation($u: ID!, $c: String) { setStaffScope(userId: $u, countyCode: $c) { scopeCountyCode } }`;
    expect((await adm.client.fails(SCOPE, { u: member.userId, c: '000000' }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'countyCode', message: '请选择本市的县区' }] });
    expect((await adm.client.fails(SCOPE, { u: s.userId, c: LUOSHAN }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ message: '只有工作人员账号可以设置负责区域' }] });
    expect((await adm.client.fails(SCOPE, { u: 'nope', c: LUOSHAN }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'userId' }] });
    expect((await member.client.fails(SCOPE, { u: member.userId, c: LUOSHAN })).code).toBe('FORBIDDEN');
    const { rows } = await server.db.query(`SELECT scope_county_code FROM app_user WHERE id = $1`, [member.userId]);
    expect(rows[0].scope_county_code).toBeNull();
    const me = await adm.client.ok<any>(`{ me { id } }`);
    expect((await adm.client.fails(`mutation($u: ID!) { setUserDisabled(userId: $u, disabled: true) { id } }`, { u: me.me.id })).code).toBe('FORBIDDEN');
  });
});

describe('organization edits', () => {
  const UPDATE = `mutation($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { name staffCount: privateDetails { staffCount } verificationStatus } }`;

  it('a member edits the organization; changing a verified identity asks for verification again', async () => {
    const e = await employer(server, { countyCode: LUOSHAN });
    const adm = await admin(server);
    const lu = await staff(server, adm.client, LUOSHAN);
    await lu.client.ok(`mutation($i: VerifyOrganizationInput!) { verifyOrganization(input: $i) { id } }`,
      { i: { organizationId: e.organizationId, status: 'VERIFIED', note: '' } });
    const { rows } = await server.db.query(`SELECT credit_code FROM organization WHERE id = $1`, [e.organizationId]);
    const same = organizationInput({ countyCode: LUOSHAN, creditCode: rows[0].credit_code, staffCount: 150 });
    const r1 = await e.client.ok<any>(UPDATE, { id: e.organizationId, input: same });
    expect(r1.updateOrganization).toMatchObject({ staffCount: { staffCount: 150 }, verificationStatus: 'VERIFIED' });
    const r2 = await e.client.ok<any>(UPDATE, { id: e.organizationId, input: { ...same, name: '改名后的公司' } });
    expect(r2.updateOrganization).toMatchObject({ name: '改名后的公司', verificationStatus: 'PENDING' });
  });

  it('refuses bad edits and changes nothing', async () => {
    const e = await employer(server);
    const bad = await e.client.fails(UPDATE, { id: e.organizationId, input: organizationInput({ name: 'x', staffCount: -1, creditCode: '123' }) });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.fields.map((f) => f.path).sort()).toEqual(['input.name', 'input.staffCount']);
    const bad2 = await e.client.fails(UPDATE, { id: e.organizationId, input: organizationInput({ creditCode: '123' }) });
    expect(bad2.fields).toEqual([{ path: 'input.creditCode', message: expect.stringContaining('统一社会信用代码') }]);
    expect(await count(server, 'organization', `id = $1 AND staff_count = 120`, [e.organizationId])).toBe(1);
  });
});

describe('placements end', () => {
  it('staff or the employer record the end date; a date before the start is refused', async () => {
    const adm = await admin(server);
    const lu = await staff(server, adm.client, LUOSHAN);
    const e = await employer(server);
    const s = await seeker(server);
    const rec = await lu.client.ok<any>(`mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`,
      { i: { seekerId: s.seekerId, organizationId: e.organizationId, employmentForm: 'PART_TIME', startDate: '2023-06-01' } });
    const END = `mutation($id: ID!, $d: String!) { endPlacement(id: $id, endDate: $d, reason: CONTRACT_ENDED) { endDate } }`;
    const id = rec.recordPlacement.id;
    expect((await e.client.fails(END, { id, d: '2023-05-01' }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'endDate', message: '结束日期不能早于开始日期' }] });
    expect((await e.client.fails(END, { id, d: 'soon' }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'endDate' }] });
    expect((await (await employer(server)).client.fails(END, { id, d: '2023-09-01' })).code).toBe('NOT_FOUND');
    expect((await s.client.fails(END, { id, d: '2023-09-01' })).code).toBe('FORBIDDEN');
    expect((await e.client.ok<any>(END, { id, d: '2023-09-01' })).endPlacement.endDate).toBe('2023-09-01');
  });
});

describe('every protected operation refuses anonymous callers', () => {
  const protectedOps: Array<[string, Record<string, unknown>]> = [
    ['{ myProfile { id } }', {}],
    ['{ myOrganization { id } }', {}],
    ['{ myApplications { total } }', {}],
    ['{ seekers { total } }', {}],
    ['{ placements { total } }', {}],
    ['{ auditLog { total } }', {}],
    ['query($id: ID!) { seeker(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }],
    ['query($id: ID!) { application(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }],
    ['mutation { setConsent(purpose: DISCOVERABLE, granted: true) { id } }', {}],
    ['mutation($id: ID!) { withdrawApplication(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }],
    ['mutation($id: ID!) { publishPosting(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }],
  ];
  it.each(protectedOps)('%s', async (query, variables) => {
    expect((await new Client(server.url).fails(query, variables)).code).toBe('UNAUTHENTICATED');
  });
});
