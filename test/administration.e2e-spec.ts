// Administration (issue 14): staff accounts managed by administrators only, the audit-log viewer and its filters,
// and each job seeker's own log of who read their sensitive data and why.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { LUOSHAN, PASSWORD, PINGQIAO, XIXIAN, admin, count, seeker, signUp, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer, uniquePhone } from './support/server.js';

let server: TestServer;
let adm: Awaited<ReturnType<typeof admin>>;
let city: Awaited<ReturnType<typeof staff>>;
beforeAll(async () => {
  server = await startTestServer();
  adm = await admin(server);
  city = await staff(server, adm.client, null);
});
afterAll(async () => { await server?.close(); });

const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { user { id role } } }`;
const ME = `{ me { id displayName scopeCountyCode } }`;
const CREATE = `mutation($i: CreateStaffInput!) { createStaffUser(input: $i) { id displayName scopeCountyCode disabledAt oneTimePassword } }`;
const UPDATE = `mutation($u: ID!, $i: UpdateStaffUserInput!) { updateStaffUser(userId: $u, input: $i) { id displayName scopeCountyCode } }`;
const DISABLE = `mutation($u: ID!) { disableStaffUser(userId: $u) { id disabledAt } }`;
const ENABLE = `mutation($u: ID!) { enableStaffUser(userId: $u) { id disabledAt } }`;
const LIST = `query($f: StaffUserFilter, $p: PageInput) { staffUsers(filter: $f, page: $p) { total items { id displayName role scopeCountyCode disabledAt } } }`;
const AUDIT = `query($f: AuditLogFilter, $p: PageInput) { auditLog(filter: $f, page: $p) {
  total items { id action entity entityId actorName actorRole subjectName subjectCountyCode subjectSeekerId field purpose detail } } }`;
const ACCESS = `query($p: PageInput) { myDataAccessLog(page: $p) { total items { at readerRole readerName readerCountyCode readerOrganization data purpose screen } } }`;

async function signIn(phone: string, password = PASSWORD) {
  const c = new Client(server.url);
  await c.ok(SIGN_IN, { i: { account: phone, password } });
  return c;
}
const adminAudits = (userId: string) => count(server, 'audit_log', `action = 'ADMIN_ACTION' AND entity_id = $1`, [userId]);

describe('staff accounts are managed by administrators only', () => {
  it('lists staff and administrators by county, city-wide, status and name', async () => {
    const phone = uniquePhone();
    const lu = await adm.client.ok<any>(CREATE, { i: { displayName: '罗山王小明', phone, password: PASSWORD, scopeCountyCode: LUOSHAN } });
    const xi = await staff(server, adm.client, XIXIAN);
    await adm.client.ok(DISABLE, { u: xi.userId });
    const byCounty = (await adm.client.ok<any>(LIST, { f: { countyCode: LUOSHAN } })).staffUsers;
    expect(byCounty.items.map((u: any) => u.id)).toContain(lu.createStaffUser.id);
    expect(byCounty.items.every((u: any) => u.scopeCountyCode === LUOSHAN)).toBe(true);
    const cityWide = (await adm.client.ok<any>(LIST, { f: { cityWide: true } })).staffUsers.items;
    expect(cityWide.map((u: any) => u.id)).toContain(city.userId);
    expect(cityWide.some((u: any) => u.role === 'ADMIN')).toBe(true);
    expect(cityWide.every((u: any) => u.scopeCountyCode === null)).toBe(true);
    const disabled = (await adm.client.ok<any>(LIST, { f: { status: 'DISABLED' } })).staffUsers.items;
    expect(disabled.map((u: any) => u.id)).toEqual([xi.userId]);
    const active = (await adm.client.ok<any>(LIST, { f: { status: 'ACTIVE' } })).staffUsers.items;
    expect(active.map((u: any) => u.id)).not.toContain(xi.userId);
    expect((await adm.client.ok<any>(LIST, { f: { name: '王小明' } })).staffUsers.items.map((u: any) => u.id)).toEqual([lu.createStaffUser.id]);
    expect((await adm.client.ok<any>(LIST, { f: { name: phone } })).staffUsers.items.map((u: any) => u.id)).toEqual([lu.createStaffUser.id]);
    // seekers and employers are not staff accounts
    const s = await signUp(server, 'SEEKER', '王小明的邻居');
    expect((await adm.client.ok<any>(LIST, { f: { name: '王小明' } })).staffUsers.items.map((u: any) => u.id)).not.toContain(s.userId);
    expect(await adm.client.fails(LIST, { f: { countyCode: '999999' } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.countyCode' }] });
  });

  it('refuses staffUsers and every staff-account mutation to anyone but an administrator, changing nothing', async () => {
    const target = await staff(server, adm.client, LUOSHAN);
    const lu = await staff(server, adm.client, LUOSHAN);
    const s = await signUp(server, 'SEEKER');
    const e = await signUp(server, 'EMPLOYER');
    const anon = new Client(server.url);
    const phone = uniquePhone();
    const before = await adminAudits(target.userId);
    for (const c of [city.client, lu.client, s.client, e.client, anon]) {
      const expected = c === anon ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect((await c.fails(LIST)).code).toBe(expected);
      expect((await c.fails(CREATE, { i: { displayName: '某人', phone, password: PASSWORD } })).code).toBe(expected);
      expect((await c.fails(UPDATE, { u: target.userId, i: { displayName: '改名', scopeCountyCode: XIXIAN } })).code).toBe(expected);
      expect((await c.fails(DISABLE, { u: target.userId })).code).toBe(expected);
      expect((await c.fails(ENABLE, { u: target.userId })).code).toBe(expected);
    }
    expect(await count(server, 'app_user', 'phone = $1', [phone])).toBe(0);
    const { rows } = await server.db.query(`SELECT display_name, scope_county_code, disabled_at FROM app_user WHERE id = $1`, [target.userId]);
    expect(rows[0]).toEqual({ display_name: '残联工作人员', scope_county_code: LUOSHAN, disabled_at: null });
    expect(await adminAudits(target.userId)).toBe(before);
    expect((await target.client.ok<any>(ME)).me.id).toBe(target.userId);
  });
});

describe('creating a staff account', () => {
  it('refuses a weak password, a taken phone, an unknown county and a missing or doubled password, writing nothing', async () => {
    const phone = uniquePhone();
    const base = { displayName: '新同事', phone, scopeCountyCode: LUOSHAN };
    const audits = () => count(server, 'audit_log', `action = 'ADMIN_ACTION' AND detail->>'op' = 'createStaff'`);
    const before = await audits();
    expect(await adm.client.fails(CREATE, { i: { ...base, password: '1234567890' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.password', message: expect.stringContaining('太常见') }] });
    expect(await adm.client.fails(CREATE, { i: { ...base, password: 'short1!' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.password', message: '密码长度应为10到128位' }] });
    expect(await adm.client.fails(CREATE, { i: { ...base, password: `zy${phone}` } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.password' }] });
    expect(await adm.client.fails(CREATE, { i: { ...base, password: PASSWORD, scopeCountyCode: '411599' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.scopeCountyCode', message: '请选择本市的县区' }] });
    expect(await adm.client.fails(CREATE, { i: base }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.password', message: expect.stringContaining('一次性密码') }] });
    expect(await adm.client.fails(CREATE, { i: { ...base, password: PASSWORD, generatePassword: true } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.password' }] });
    expect(await adm.client.fails(CREATE, { i: { ...base, displayName: '', password: PASSWORD } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.displayName' }] });
    expect(await count(server, 'app_user', 'phone = $1', [phone])).toBe(0);
    // the phone of an existing account, whoever it is
    const taken = await signUp(server, 'SEEKER');
    expect(await adm.client.fails(CREATE, { i: { ...base, phone: taken.phone, password: PASSWORD } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.phone', message: '该手机号已注册' }] });
    expect(await count(server, 'app_user', 'phone = $1', [taken.phone])).toBe(1);
    expect(await audits()).toBe(before);
    // in English too, naming the field
    const en = new Client(server.url, { 'accept-language': 'en' });
    en.cookie = adm.client.cookie;
    expect(await en.fails(CREATE, { i: { ...base, password: PASSWORD, scopeCountyCode: '411599' } }))
      .toMatchObject({ fields: [{ path: 'input.scopeCountyCode', message: 'Choose a county of this city' }] });
  });

  it('makes a one-time password shown once: the staff member signs in with it; it is never answered again', async () => {
    const phone = uniquePhone();
    const created = (await adm.client.ok<any>(CREATE, { i: { displayName: '柜台新人', phone, generatePassword: true, scopeCountyCode: PINGQIAO } })).createStaffUser;
    expect(created.oneTimePassword).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    const c = await signIn(phone, created.oneTimePassword);
    expect((await c.ok<any>(ME)).me).toMatchObject({ displayName: '柜台新人', scopeCountyCode: PINGQIAO });
    const listed = (await adm.client.ok<any>(`query($f: StaffUserFilter) { staffUsers(filter: $f) { items { id oneTimePassword } } }`, { f: { name: phone } })).staffUsers.items;
    expect(listed).toEqual([{ id: created.id, oneTimePassword: null }]);
    const { rows } = await server.db.query(`SELECT password_hash FROM app_user WHERE id = $1`, [created.id]);
    expect(rows[0].password_hash).not.toContain(created.oneTimePassword);
    const log = await adm.client.ok<any>(AUDIT, { f: { action: 'ADMIN_ACTION', subject: '柜台新人' } });
    expect(log.auditLog.items[0]).toMatchObject({ entityId: created.id, detail: { op: 'createStaff', oneTimePassword: true, scope: PINGQIAO } });
    expect(JSON.stringify(log)).not.toContain(created.oneTimePassword);
  });
});

describe('changing a staff account', () => {
  it('renames and rescopes; the new county applies on the next request of a live session', async () => {
    const member = await staff(server, adm.client, LUOSHAN);
    const s = await seeker(server, { countyCode: LUOSHAN });
    const SEEKER = `query($id: ID!) { seeker(id: $id) { id } }`;
    expect((await member.client.ok<any>(SEEKER, { id: s.seekerId })).seeker.id).toBe(s.seekerId);
    const changed = (await adm.client.ok<any>(UPDATE, { u: member.userId, i: { displayName: '息县李娜', scopeCountyCode: XIXIAN } })).updateStaffUser;
    expect(changed).toEqual({ id: member.userId, displayName: '息县李娜', scopeCountyCode: XIXIAN });
    expect((await member.client.ok<any>(ME)).me).toMatchObject({ displayName: '息县李娜', scopeCountyCode: XIXIAN });
    expect((await member.client.fails(SEEKER, { id: s.seekerId })).code).toBe('FORBIDDEN');
    // city-wide: null; leaving the field out leaves the scope alone
    await adm.client.ok(UPDATE, { u: member.userId, i: { scopeCountyCode: null } });
    expect((await member.client.ok<any>(ME)).me.scopeCountyCode).toBeNull();
    expect((await member.client.ok<any>(SEEKER, { id: s.seekerId })).seeker.id).toBe(s.seekerId);
    await adm.client.ok(UPDATE, { u: member.userId, i: { displayName: '李娜' } });
    expect((await member.client.ok<any>(ME)).me).toMatchObject({ displayName: '李娜', scopeCountyCode: null });
    const ops = (await adm.client.ok<any>(AUDIT, { f: { action: 'ADMIN_ACTION' }, p: { pageSize: 100 } })).auditLog.items
      .filter((i: any) => i.entityId === member.userId).map((i: any) => i.detail);
    expect(ops).toEqual(expect.arrayContaining([
      expect.objectContaining({ op: 'updateStaff', from: LUOSHAN, to: XIXIAN, nameTo: '息县李娜' }),
      expect.objectContaining({ op: 'updateStaff', from: XIXIAN, to: null }),
      expect.objectContaining({ op: 'updateStaff', nameFrom: '息县李娜', nameTo: '李娜' }),
    ]));
  });

  it('refuses an unknown county, an empty name, a scope for an administrator and a non-staff account, changing nothing', async () => {
    const member = await staff(server, adm.client, LUOSHAN);
    const s = await signUp(server, 'SEEKER');
    const adminId = (await adm.client.ok<any>(ME)).me.id;
    const before = await adminAudits(member.userId);
    expect(await adm.client.fails(UPDATE, { u: member.userId, i: { scopeCountyCode: '000000' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.scopeCountyCode', message: '请选择本市的县区' }] });
    expect(await adm.client.fails(UPDATE, { u: member.userId, i: { displayName: '   ' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.displayName' }] });
    expect(await adm.client.fails(UPDATE, { u: member.userId, i: { displayName: null } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.displayName' }] });
    expect(await adm.client.fails(UPDATE, { u: adminId, i: { scopeCountyCode: LUOSHAN } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.scopeCountyCode', message: '管理员账号不分县区，不能设置负责区域' }] });
    expect((await adm.client.fails(UPDATE, { u: s.userId, i: { displayName: '改名' } })).code).toBe('NOT_FOUND');
    expect((await adm.client.fails(UPDATE, { u: randomUUID(), i: { displayName: '改名' } })).code).toBe('NOT_FOUND');
    expect(await adm.client.fails(UPDATE, { u: 'staff-1', i: { displayName: '改名' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'userId' }] });
    const { rows } = await server.db.query(`SELECT id, display_name, scope_county_code FROM app_user WHERE id = ANY($1) ORDER BY role`, [[member.userId, s.userId, adminId]]);
    expect(rows.map((r: any) => [r.display_name, r.scope_county_code])).toEqual([['管理员', null], ['测试用户', null], ['残联工作人员', LUOSHAN]]);
    expect(await adminAudits(member.userId)).toBe(before);
  });
});

describe('disabling a staff account', () => {
  it('ends their sessions at once and stops sign-in; enabling lets them sign in again', async () => {
    const member = await staff(server, adm.client, LUOSHAN);
    const second = await signIn(member.phone);
    expect((await member.client.ok<any>(ME)).me.id).toBe(member.userId);
    const off = (await adm.client.ok<any>(DISABLE, { u: member.userId })).disableStaffUser;
    expect(off.disabledAt).not.toBeNull();
    expect((await member.client.ok<any>(ME)).me).toBeNull();
    expect((await second.ok<any>(ME)).me).toBeNull();
    expect((await member.client.fails(`{ staffUsers { total } }`)).code).toBe('UNAUTHENTICATED');
    expect(await count(server, 'user_session', 'user_id = $1 AND revoked_at IS NULL', [member.userId])).toBe(0);
    expect(await new Client(server.url).fails(SIGN_IN, { i: { account: member.phone, password: PASSWORD } }))
      .toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('已停用') });
    // the session is not brought back by enabling: they sign in again
    expect((await adm.client.ok<any>(ENABLE, { u: member.userId })).enableStaffUser.disabledAt).toBeNull();
    expect((await member.client.ok<any>(ME)).me).toBeNull();
    expect((await (await signIn(member.phone)).ok<any>(ME)).me.id).toBe(member.userId);
    const ops = (await adm.client.ok<any>(AUDIT, { f: { action: 'ADMIN_ACTION', actor: '管理员' }, p: { pageSize: 100 } })).auditLog.items
      .filter((i: any) => i.entityId === member.userId).map((i: any) => i.detail.op);
    expect(ops.slice(0, 2)).toEqual(['enable', 'disable']);
  });

  it('refuses disabling oneself, a non-staff account and an unknown one', async () => {
    const adminId = (await adm.client.ok<any>(ME)).me.id;
    const s = await signUp(server, 'SEEKER');
    expect(await adm.client.fails(DISABLE, { u: adminId })).toMatchObject({ code: 'FORBIDDEN', message: '不能停用自己的账号' });
    expect((await adm.client.fails(DISABLE, { u: s.userId })).code).toBe('NOT_FOUND');
    expect((await adm.client.fails(ENABLE, { u: randomUUID() })).code).toBe('NOT_FOUND');
    expect(await adm.client.fails(DISABLE, { u: 'x' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'userId' }] });
    expect(await count(server, 'app_user', 'id = ANY($1) AND disabled_at IS NOT NULL', [[adminId, s.userId]])).toBe(0);
    expect((await adm.client.ok<any>(ME)).me.id).toBe(adminId);
    expect((await s.client.ok<any>(ME)).me.id).toBe(s.userId);
  });
});

describe('the audit log', () => {
  it('filters by who acted, whom it is about, kind, dates and county; county staff read only their county', async () => {
    const lu = await adm.client.ok<any>(CREATE, { i: { displayName: '罗山赵六', phone: uniquePhone(), password: PASSWORD, scopeCountyCode: LUOSHAN } });
    const luStaff = await signIn((await server.db.query(`SELECT phone FROM app_user WHERE id = $1`, [lu.createStaffUser.id])).rows[0].phone);
    const xiStaff = await staff(server, adm.client, XIXIAN);
    const a = await seeker(server, { countyCode: LUOSHAN, name: '罗山甲' });
    const b = await seeker(server, { countyCode: XIXIAN, name: '息县乙' });
    const READ = `query Casework($id: ID!) { seeker(id: $id) { id category certificateNumber(purpose: CASEWORK) } }`;
    await luStaff.ok(READ, { id: a.seekerId });
    await xiStaff.client.ok(READ, { id: b.seekerId });

    const bySeeker = (await adm.client.ok<any>(AUDIT, { f: { seekerId: a.seekerId, action: 'READ_SENSITIVE' } })).auditLog;
    expect(bySeeker.items.length).toBeGreaterThanOrEqual(2);
    expect(bySeeker.items.every((i: any) => i.subjectSeekerId === a.seekerId && i.action === 'READ_SENSITIVE')).toBe(true);
    expect(bySeeker.items[0]).toMatchObject({ actorName: '罗山赵六', actorRole: 'STAFF', subjectName: '罗山甲', subjectCountyCode: LUOSHAN });
    expect(bySeeker.items.map((i: any) => [i.field, i.purpose]).sort()).toEqual([['certificateNumber', 'CASEWORK'], ['disability', 'CASEWORK']]);
    expect(bySeeker.items[0].detail).toMatchObject({ operation: 'Casework' });

    const byActor = (await adm.client.ok<any>(AUDIT, { f: { actor: '赵六' } })).auditLog.items;
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((i: any) => i.actorName === '罗山赵六')).toBe(true);
    const bySubject = (await adm.client.ok<any>(AUDIT, { f: { subject: '息县乙' } })).auditLog.items;
    expect(bySubject.length).toBeGreaterThan(0);
    expect(bySubject.every((i: any) => i.subjectName === '息县乙')).toBe(true);
    const byCounty = (await city.client.ok<any>(AUDIT, { f: { countyCode: XIXIAN }, p: { pageSize: 100 } })).auditLog.items;
    expect(byCounty.map((i: any) => i.subjectSeekerId)).toContain(b.seekerId);
    expect(byCounty.every((i: any) => i.subjectCountyCode === XIXIAN)).toBe(true);

    // dates in China time: today holds them, yesterday and tomorrow do not
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const shift = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    expect((await adm.client.ok<any>(AUDIT, { f: { seekerId: a.seekerId, action: 'READ_SENSITIVE', from: today, to: today } })).auditLog.total).toBe(bySeeker.total);
    expect((await adm.client.ok<any>(AUDIT, { f: { seekerId: a.seekerId, action: 'READ_SENSITIVE', to: shift(-1) } })).auditLog.total).toBe(0);
    expect((await adm.client.ok<any>(AUDIT, { f: { seekerId: a.seekerId, action: 'READ_SENSITIVE', from: shift(1) } })).auditLog.total).toBe(0);

    // county staff: their county's entries only, whatever they ask
    const mine = (await luStaff.ok<any>(AUDIT, { p: { pageSize: 100 } })).auditLog.items;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((i: any) => i.subjectCountyCode === LUOSHAN)).toBe(true);
    expect((await luStaff.ok<any>(AUDIT, { f: { seekerId: b.seekerId } })).auditLog.total).toBe(0);
    expect(await luStaff.fails(AUDIT, { f: { countyCode: XIXIAN } })).toMatchObject({ code: 'FORBIDDEN', message: '只能查看本县区的审计日志' });
    // paging
    const page1 = (await adm.client.ok<any>(AUDIT, { p: { page: 1, pageSize: 2 } })).auditLog;
    const page2 = (await adm.client.ok<any>(AUDIT, { p: { page: 2, pageSize: 2 } })).auditLog;
    expect(page1.items).toHaveLength(2);
    expect(page2.items[0].id).not.toBe(page1.items[0].id);
    expect(Number(page2.items[0].id)).toBeLessThan(Number(page1.items[1].id));
  });

  it('refuses job seekers, employers and anonymous readers, and bad filters naming the field', async () => {
    const s = await signUp(server, 'SEEKER');
    const e = await signUp(server, 'EMPLOYER');
    expect((await s.client.fails(AUDIT)).code).toBe('FORBIDDEN');
    expect((await e.client.fails(AUDIT)).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(AUDIT)).code).toBe('UNAUTHENTICATED');
    expect(await adm.client.fails(AUDIT, { f: { from: '2026-02-30' } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.from' }] });
    expect(await adm.client.fails(AUDIT, { f: { from: '2026-03-02', to: '2026-03-01' } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.to' }] });
    expect(await adm.client.fails(AUDIT, { f: { seekerId: 'abc' } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.seekerId' }] });
    expect(await adm.client.fails(AUDIT, { f: { action: 'drop table' } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.action' }] });
    expect(await adm.client.fails(AUDIT, { f: { countyCode: '999999' } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.countyCode' }] });
  });
});

describe('a person\'s own access log', () => {
  it('shows a staff read of their profile, masked and with its purpose, and not other people\'s reads or their own', async () => {
    const reader = await adm.client.ok<any>(CREATE, { i: { displayName: '王小明', phone: uniquePhone(), password: PASSWORD, scopeCountyCode: LUOSHAN } });
    const phone = (await server.db.query(`SELECT phone FROM app_user WHERE id = $1`, [reader.createStaffUser.id])).rows[0].phone;
    const luStaff = await signIn(phone);
    const a = await seeker(server, { countyCode: LUOSHAN });
    const b = await seeker(server, { countyCode: LUOSHAN });
    expect((await a.client.ok<any>(ACCESS)).myDataAccessLog).toEqual({ total: 0, items: [] });
    // the person reads their own certificate: not a read by someone else
    await a.client.ok(`{ myProfile { category certificateNumber(purpose: SELF) } }`);
    await luStaff.ok(`query SeekerServices($id: ID!) { seeker(id: $id) { category certificateNumber(purpose: CASEWORK) } }`, { id: a.seekerId });
    await luStaff.ok(`query SeekerServices($id: ID!) { seeker(id: $id) { category } }`, { id: b.seekerId });
    const log = (await a.client.ok<any>(ACCESS)).myDataAccessLog;
    expect(log.total).toBe(2);
    expect(log.items.map((i: any) => i.data).sort()).toEqual(['CERTIFICATE_NUMBER', 'DISABILITY']);
    for (const item of log.items) {
      expect(item).toMatchObject({ readerRole: 'STAFF', readerName: '王某', readerCountyCode: LUOSHAN, readerOrganization: null, purpose: 'CASEWORK', screen: 'SeekerServices' });
    }
    expect(JSON.stringify(log)).not.toContain('王小明');
    const other = (await b.client.ok<any>(ACCESS)).myDataAccessLog;
    expect(other.items.map((i: any) => i.data)).toEqual(['DISABILITY']);
    // only for job seekers
    expect((await luStaff.fails(ACCESS)).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(ACCESS)).code).toBe('UNAUTHENTICATED');
  });
});
