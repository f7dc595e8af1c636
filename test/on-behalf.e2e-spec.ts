// Acting for a person (代办): the person's consent, the county rule, the owning features' rules, the audit rows,
// and what the person is told, in Chinese and in English.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  LUOSHAN, XIXIAN, admin, certificate, count, employer, profileInput, publishedPosting, seeker, staff,
} from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let adminClient: Client;
let cityStaff: { client: Client; userId: string };
let luoshanStaff: { client: Client; userId: string };
let xiStaff: { client: Client; userId: string };
beforeAll(async () => {
  server = await startTestServer();
  adminClient = (await admin(server)).client;
  cityStaff = await staff(server, adminClient, null);
  luoshanStaff = await staff(server, adminClient, LUOSHAN);
  xiStaff = await staff(server, adminClient, XIXIAN);
  await server.db.query(`UPDATE app_user SET display_name = '王某' WHERE id = $1`, [luoshanStaff.userId]);
  await server.db.query(`UPDATE app_user SET display_name = '李某' WHERE id = $1`, [cityStaff.userId]);
});
afterAll(async () => { await server?.close(); });

const H = 3600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

const APPLY_FOR = `mutation($s: ID!, $i: ApplyInput!) { applyOnBehalf(seekerId: $s, input: $i) { id status seekerId onBehalf { staffName office } } }`;
const REGISTER_FOR = `mutation($s: ID!, $e: ID!, $sv: [ServiceRequestInput!]) {
  registerOnBehalf(seekerId: $s, eventId: $e, services: $sv) { id status waitlistPosition services { service notes } onBehalf { staffName office } } }`;
const UPDATE_FOR = `mutation($s: ID!, $i: SeekerProfileInput!) { updateProfileOnBehalf(seekerId: $s, input: $i) { id skills experience consents } }`;
const CONSENT = `mutation($p: ConsentPurpose!, $g: Boolean!) { setConsent(purpose: $p, granted: $g) { id consents } }`;
const NOTES = `{ myNotifications { items { kind title body eventId } } }`;
const ACTS = `{ actsOnMyBehalf { total items { kind staffName office text targetId } } }`;

/** A seeker of Luoshan (unless told) who agreed that staff may act for them. */
async function consenting(over: Record<string, unknown> = {}) {
  const s = await seeker(server, { consents: ['SENSITIVE_DATA', 'JOB_MATCHING', 'ACT_ON_BEHALF'], ...over });
  return s;
}

async function publishedEvent(over: Record<string, unknown> = {}): Promise<string> {
  const { createEvent } = await luoshanStaff.client.ok<any>(`mutation($i: EventInput!) { createEvent(input: $i) { id } }`, { i: {
    kind: 'GENERAL', mode: 'ONSITE', title: '罗山县残疾人专场招聘会', description: '现场提供手语翻译', organizer: '罗山县残疾人联合会',
    countyCode: LUOSHAN, startsAt: iso(72 * H), endsAt: iso(74 * H), registrationOpensAt: iso(-48 * H), registrationClosesAt: iso(48 * H),
    venueName: '罗山县人力资源市场', address: '罗山县城关镇宝城路', stepFreeRoute: true, accessibleToilets: true, quietRoom: true,
    services: [{ service: 'SIGN_LANGUAGE_INTERPRETER', quantity: 1 }], seekerCapacity: 50, boothLimit: 10, ...over,
  } });
  await luoshanStaff.client.ok(`mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: createEvent.id });
  return createEvent.id;
}

async function englishNotes(client: Client) {
  const r = await client.raw({ query: NOTES }, { 'accept-language': 'en' });
  return r.json.data.myNotifications.items as Array<{ kind: string; title: string; body: string }>;
}

describe('the consent', () => {
  it('is the person\'s own: given and withdrawn with its time, shown among their consents', async () => {
    const s = await seeker(server);
    expect((await s.client.ok<any>(CONSENT, { p: 'ACT_ON_BEHALF', g: true })).setConsent.consents).toContain('ACT_ON_BEHALF');
    expect((await s.client.ok<any>(CONSENT, { p: 'ACT_ON_BEHALF', g: false })).setConsent.consents).not.toContain('ACT_ON_BEHALF');
    const { rows } = await server.db.query(
      `SELECT granted, recorded_at, recorded_by FROM consent_record WHERE seeker_id = $1 AND purpose = 'ACT_ON_BEHALF' ORDER BY id`, [s.seekerId]);
    expect(rows.map((r) => r.granted)).toEqual([true, false]);
    expect(rows.every((r) => r.recorded_at instanceof Date && r.recorded_by === s.userId)).toBe(true);
  });

  it('staff cannot give it for the person: consents in an on-behalf profile update are refused', async () => {
    const s = await consenting();
    const err = await luoshanStaff.client.fails(UPDATE_FOR, { s: s.seekerId, i: profileInput({ consents: ['SENSITIVE_DATA', 'ACT_ON_BEHALF', 'DISCOVERABLE'] }) });
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.consents', message: '授权只能由本人给予或撤回，代为修改资料时不能更改' }] });
    expect(await count(server, 'consent_record', `seeker_id = $1 AND purpose = 'DISCOVERABLE'`, [s.seekerId])).toBe(0);
  });
});

describe('applying for a person', () => {
  it('county staff apply for a person who consented: the rules of applying, the mark, the audit row and the notice in both languages', async () => {
    const postingId = await publishedPosting(await employer(server), { title: '盲人保健按摩师' });
    const s = await consenting();
    const r = await luoshanStaff.client.ok<any>(APPLY_FOR, { s: s.seekerId, i: { postingId, note: '本人在窗口口述意愿' } });
    expect(r.applyOnBehalf).toMatchObject({ status: 'SUBMITTED', seekerId: s.seekerId, onBehalf: { staffName: '王某', office: '罗山县残联' } });

    // the person sees it on their applications, marked with who did it
    const mine = await s.client.ok<any>(`{ myApplications { items { id onBehalf { staffName office } posting { title } } } }`);
    expect(mine.myApplications.items).toEqual([{ id: r.applyOnBehalf.id, onBehalf: { staffName: '王某', office: '罗山县残联' }, posting: { title: '盲人保健按摩师' } }]);
    const en = await s.client.raw({ query: `{ myApplications { items { onBehalf { office } } } }` }, { 'accept-language': 'en' });
    expect(en.json.data.myApplications.items[0].onBehalf.office).toBe('Luoshan County DPF');

    // a duplicate is refused with the person's name, and nothing is written twice
    expect(await luoshanStaff.client.fails(APPLY_FOR, { s: s.seekerId, i: { postingId } }))
      .toMatchObject({ code: 'CONFLICT', message: '张明已申请过该职位' });
    expect(await s.client.fails(`mutation($i: ApplyInput!) { applyToPosting(input: $i) { id } }`, { i: { postingId } }))
      .toMatchObject({ code: 'CONFLICT', message: '您已申请过该职位' });
    expect(await count(server, 'application', 'posting_id = $1', [postingId])).toBe(1);

    const { rows: audit } = await server.db.query(
      `SELECT actor_user_id, actor_role, entity, detail FROM audit_log WHERE entity_id = $1 AND purpose = 'ON_BEHALF'`, [s.seekerId]);
    expect(audit).toEqual([{ actor_user_id: luoshanStaff.userId, actor_role: 'STAFF', entity: 'seeker',
      detail: expect.objectContaining({ onBehalf: 'APPLIED_ON_BEHALF', target: 'application', targetId: r.applyOnBehalf.id }) }]);

    const notes = (await s.client.ok<any>(NOTES)).myNotifications.items;
    expect(notes).toContainEqual(expect.objectContaining({
      kind: 'APPLIED_ON_BEHALF', title: '残联工作人员代您申请了职位',
      body: '罗山县残联 王某 代您申请了「盲人保健按摩师」。您可以在“我的申请”中查看或撤回。',
    }));
    expect(await englishNotes(s.client)).toContainEqual(expect.objectContaining({
      kind: 'APPLIED_ON_BEHALF', body: 'Luoshan County DPF, 王某, applied for you to "盲人保健按摩师". You can see or withdraw it under My applications.',
    }));

    // and in the person's list of acts done for them
    const acts = (await s.client.ok<any>(ACTS)).actsOnMyBehalf;
    expect(acts).toEqual({ total: 1, items: [{ kind: 'APPLIED_ON_BEHALF', staffName: '王某', office: '罗山县残联', targetId: r.applyOnBehalf.id,
      text: '罗山县残联 王某 代您申请了「盲人保健按摩师」。您可以在“我的申请”中查看或撤回。' }] });
  });

  it('city staff may act for a person of any county, in the city\'s name; administrators too', async () => {
    const postingId = await publishedPosting(await employer(server));
    const s = await consenting({ countyCode: XIXIAN, preferredCounties: [] });
    const r = await cityStaff.client.ok<any>(APPLY_FOR, { s: s.seekerId, i: { postingId } });
    expect(r.applyOnBehalf.onBehalf).toEqual({ staffName: '李某', office: '信阳市残联' });
    const other = await publishedPosting(await employer(server));
    expect((await adminClient.ok<any>(APPLY_FOR, { s: s.seekerId, i: { postingId: other } })).applyOnBehalf.status).toBe('SUBMITTED');
  });

  it('without the consent, from another county, or as another role: FORBIDDEN, with words, and nothing written', async () => {
    const postingId = await publishedPosting(await employer(server));
    const noConsent = await seeker(server);
    const s = await consenting();
    const before = await count(server, 'application', 'posting_id = $1', [postingId]);
    const auditBefore = await count(server, 'audit_log', `purpose = 'ON_BEHALF'`);

    expect(await luoshanStaff.client.fails(APPLY_FOR, { s: noConsent.seekerId, i: { postingId } })).toMatchObject({
      code: 'FORBIDDEN', message: '张明尚未同意“残联工作人员可以代我办理”，不能代为办理。请本人在档案中开启此项授权' });
    const en = await luoshanStaff.client.raw({ query: APPLY_FOR, variables: { s: noConsent.seekerId, i: { postingId } } }, { 'accept-language': 'en' });
    expect(en.json.errors[0]).toMatchObject({ message: '张明 has not agreed that federation staff may act for them. They can agree to it in their profile', extensions: { code: 'FORBIDDEN' } });
    expect((await xiStaff.client.fails(APPLY_FOR, { s: s.seekerId, i: { postingId } }))).toMatchObject({ code: 'FORBIDDEN', message: '该记录不在您负责的区域内' });
    expect((await s.client.fails(APPLY_FOR, { s: s.seekerId, i: { postingId } }))).toMatchObject({ code: 'FORBIDDEN', message: '此操作仅限残联工作人员或管理员使用' });
    const emp = await employer(server);
    expect((await emp.client.fails(APPLY_FOR, { s: s.seekerId, i: { postingId } })).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(APPLY_FOR, { s: s.seekerId, i: { postingId } })).code).toBe('UNAUTHENTICATED');

    // withdrawn consent stops the next act
    await s.client.ok(CONSENT, { p: 'ACT_ON_BEHALF', g: false });
    expect((await luoshanStaff.client.fails(APPLY_FOR, { s: s.seekerId, i: { postingId } })).code).toBe('FORBIDDEN');

    expect(await count(server, 'application', 'posting_id = $1', [postingId])).toBe(before);
    expect(await count(server, 'audit_log', `purpose = 'ON_BEHALF'`)).toBe(auditBefore);
  });

  it('bad input: the field is named, nothing is written', async () => {
    const s = await consenting();
    const postingId = await publishedPosting(await employer(server));
    expect((await luoshanStaff.client.fails(APPLY_FOR, { s: 'not-a-uuid', i: { postingId } })).code).toBe('BAD_USER_INPUT');
    expect(await luoshanStaff.client.fails(APPLY_FOR, { s: s.seekerId, i: { postingId: 'x' } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.postingId' }] });
    expect(await luoshanStaff.client.fails(APPLY_FOR, { s: s.seekerId, i: { postingId: '00000000-0000-4000-8000-000000000000' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.postingId', message: '找不到该职位' }] });
    expect(await luoshanStaff.client.fails(APPLY_FOR, { s: s.seekerId, i: { postingId, note: 'x'.repeat(2001) } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.note' }] });
    expect((await luoshanStaff.client.fails(APPLY_FOR, { s: '00000000-0000-4000-8000-000000000000', i: { postingId } })).code).toBe('NOT_FOUND');
    expect(await count(server, 'application', 'seeker_id = $1', [s.seekerId])).toBe(0);
  });
});

describe('registering a person for a fair', () => {
  it('a seat while there is one, then the waiting list; services kept; the notice says who and what', async () => {
    const eventId = await publishedEvent({ seekerCapacity: 1, title: '罗山县春风行动专场' });
    const first = await consenting();
    const second = await consenting();
    const a = await luoshanStaff.client.ok<any>(REGISTER_FOR, { s: first.seekerId, e: eventId, sv: [{ service: 'SIGN_LANGUAGE_INTERPRETER', notes: '需要手语' }] });
    expect(a.registerOnBehalf).toMatchObject({ status: 'REGISTERED', services: [{ service: 'SIGN_LANGUAGE_INTERPRETER', notes: '需要手语' }],
      onBehalf: { staffName: '王某', office: '罗山县残联' } });
    const b = await luoshanStaff.client.ok<any>(REGISTER_FOR, { s: second.seekerId, e: eventId });
    expect(b.registerOnBehalf).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });

    expect(await luoshanStaff.client.fails(REGISTER_FOR, { s: first.seekerId, e: eventId })).toMatchObject({ code: 'CONFLICT', message: '张明已报名该招聘会' });
    expect(await count(server, 'event_registration', 'event_id = $1', [eventId])).toBe(2);

    const mine = await first.client.ok<any>(`{ myEventRegistrations { id onBehalf { staffName office } } }`);
    expect(mine.myEventRegistrations).toEqual([{ id: a.registerOnBehalf.id, onBehalf: { staffName: '王某', office: '罗山县残联' } }]);
    const notes = (await first.client.ok<any>(NOTES)).myNotifications.items;
    expect(notes).toEqual([expect.objectContaining({ kind: 'REGISTERED_ON_BEHALF', eventId,
      body: expect.stringMatching(/^罗山县残联 王某 代您报名了「罗山县春风行动专场」（.+）：已为您保留名额，请凭电子票入场。$/) })]);
    expect((await englishNotes(second.client))[0].body)
      .toMatch(/^Luoshan County DPF, 王某, registered you for "罗山县春风行动专场" \(.+\): it is full, and you are number 1 on the waiting list\.$/);
    expect(await count(server, 'audit_log', `entity_id = $1 AND purpose = 'ON_BEHALF' AND detail->>'target' = 'registration'`, [second.seekerId])).toBe(1);
  });

  it('the person\'s eligibility still applies; authorization and bad input are refused, nothing written', async () => {
    const graduatesOnly = await publishedEvent({ kind: 'TARGETED', targetCategories: ['HEARING'] });
    const s = await consenting();
    expect(await luoshanStaff.client.fails(REGISTER_FOR, { s: s.seekerId, e: graduatesOnly }))
      .toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/^张明不符合报名条件：/) });
    const eventId = await publishedEvent();
    const noConsent = await seeker(server);
    expect((await luoshanStaff.client.fails(REGISTER_FOR, { s: noConsent.seekerId, e: eventId })).code).toBe('FORBIDDEN');
    expect((await xiStaff.client.fails(REGISTER_FOR, { s: s.seekerId, e: eventId })).message).toBe('该记录不在您负责的区域内');
    expect((await s.client.fails(REGISTER_FOR, { s: s.seekerId, e: eventId })).code).toBe('FORBIDDEN');
    expect((await luoshanStaff.client.fails(REGISTER_FOR, { s: s.seekerId, e: 'nope' })).code).toBe('BAD_USER_INPUT');
    expect((await luoshanStaff.client.fails(REGISTER_FOR, { s: s.seekerId, e: eventId, sv: [{ service: 'TELEPATHY', notes: '' }] })).code).toBe('BAD_USER_INPUT');
    expect((await luoshanStaff.client.fails(REGISTER_FOR, { s: s.seekerId, e: eventId, sv: [{ service: 'GUIDE', notes: 'x'.repeat(501) }] })).code).toBe('BAD_USER_INPUT');
    expect((await luoshanStaff.client.fails(REGISTER_FOR, { s: s.seekerId, e: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
    expect(await count(server, 'event_registration', 'seeker_id = ANY($1)', [[s.seekerId, noConsent.seekerId]])).toBe(0);
  });
});

describe('updating a person\'s profile for them', () => {
  it('changes the profile with the person\'s consents kept, audited with the fields changed, and tells the person', async () => {
    const cert = certificate();
    const s = await consenting({ certificateNumber: cert });
    const input = profileInput({ certificateNumber: cert, skills: ['按摩', '电话客服'], experience: '在罗山县按摩店工作五年' });
    delete (input as Record<string, unknown>).consents;
    delete (input as Record<string, unknown>).certificateNumber;
    const r = await luoshanStaff.client.ok<any>(UPDATE_FOR, { s: s.seekerId, i: input });
    expect(r.updateProfileOnBehalf).toMatchObject({ skills: ['按摩', '电话客服'], experience: '在罗山县按摩店工作五年',
      consents: ['ACT_ON_BEHALF', 'JOB_MATCHING', 'SENSITIVE_DATA'] });
    const { rows } = await server.db.query(`SELECT detail FROM audit_log WHERE entity_id = $1 AND purpose = 'ON_BEHALF'`, [s.seekerId]);
    expect(rows[0].detail).toMatchObject({ onBehalf: 'PROFILE_UPDATED_ON_BEHALF', params: expect.objectContaining({ changed: expect.stringContaining('skills') }) });
    expect((await s.client.ok<any>(NOTES)).myNotifications.items).toContainEqual(expect.objectContaining({
      kind: 'PROFILE_UPDATED_ON_BEHALF', body: '罗山县残联 王某 代您修改了求职档案。请在“我的档案”中核对。' }));
  });

  it('authorization and bad input: refused with words, the profile unchanged', async () => {
    const cert = certificate();
    const s = await consenting({ certificateNumber: cert });
    const noConsent = await seeker(server, { certificateNumber: null });
    const input = { ...profileInput({ certificateNumber: cert, experience: '改过' }), consents: undefined, certificateNumber: undefined };
    expect((await luoshanStaff.client.fails(UPDATE_FOR, { s: noConsent.seekerId, i: input })).code).toBe('FORBIDDEN');
    expect((await xiStaff.client.fails(UPDATE_FOR, { s: s.seekerId, i: input })).code).toBe('FORBIDDEN');
    expect((await s.client.fails(UPDATE_FOR, { s: s.seekerId, i: input })).code).toBe('FORBIDDEN');
    expect(await luoshanStaff.client.fails(UPDATE_FOR, { s: s.seekerId, i: { ...input, countyCode: '999999' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.countyCode' }] });
    expect((await luoshanStaff.client.fails(UPDATE_FOR, { s: s.seekerId, i: { ...input, name: '' } })).code).toBe('BAD_USER_INPUT');
    const { rows } = await server.db.query(`SELECT experience FROM seeker_profile WHERE id = ANY($1)`, [[s.seekerId, noConsent.seekerId]]);
    expect(rows.map((r) => r.experience)).toEqual(['在盲人按摩店工作三年', '在盲人按摩店工作三年']);
  });

  it('actsOnMyBehalf is the person\'s own: other roles are refused', async () => {
    expect((await luoshanStaff.client.fails(ACTS)).code).toBe('FORBIDDEN');
    const s = await seeker(server);
    expect((await s.client.ok<any>(ACTS)).actsOnMyBehalf).toEqual({ total: 0, items: [] });
  });
});

describe('a consent signed on paper', () => {
  const RECORD = `mutation($s: ID!, $g: Boolean!, $d: String!) { recordSignedConsentOnBehalf(seekerId: $s, granted: $g, signedOn: $d) { id consents } }`;
  const today = () => new Date().toISOString().slice(0, 10);

  it('county staff record it with the date signed; then they may act for the person; withdrawn the same way', async () => {
    const s = await seeker(server);
    const postingId = await publishedPosting(await employer(server));
    const r = await luoshanStaff.client.ok<any>(RECORD, { s: s.seekerId, g: true, d: today() });
    expect(r.recordSignedConsentOnBehalf.consents).toContain('ACT_ON_BEHALF');
    const { rows } = await server.db.query(
      `SELECT granted, evidence, signed_on::text AS signed_on, recorded_by FROM consent_record WHERE seeker_id = $1 AND purpose = 'ACT_ON_BEHALF'`, [s.seekerId]);
    expect(rows).toEqual([{ granted: true, evidence: 'SIGNED_PAPER', signed_on: today(), recorded_by: luoshanStaff.userId }]);
    expect(await count(server, 'audit_log', `entity_id = $1 AND action = 'CONSENT' AND detail->>'evidence' = 'SIGNED_PAPER'`, [s.seekerId])).toBe(1);
    expect((await luoshanStaff.client.ok<any>(APPLY_FOR, { s: s.seekerId, i: { postingId } })).applyOnBehalf.status).toBe('SUBMITTED');

    await luoshanStaff.client.ok(RECORD, { s: s.seekerId, g: false, d: today() });
    const other = await publishedPosting(await employer(server));
    expect((await luoshanStaff.client.fails(APPLY_FOR, { s: s.seekerId, i: { postingId: other } })).code).toBe('FORBIDDEN');
  });

  it('authorization and bad input: refused, nothing recorded', async () => {
    const s = await seeker(server);
    expect((await xiStaff.client.fails(RECORD, { s: s.seekerId, g: true, d: today() })).message).toBe('该记录不在您负责的区域内');
    expect((await s.client.fails(RECORD, { s: s.seekerId, g: true, d: today() })).code).toBe('FORBIDDEN');
    const emp = await employer(server);
    expect((await emp.client.fails(RECORD, { s: s.seekerId, g: true, d: today() })).code).toBe('FORBIDDEN');
    // tomorrow in China (the server's today is China's: from 00:00 to 08:00 there UTC's tomorrow is China's today)
    const tomorrow = new Date(Date.now() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
    expect(await luoshanStaff.client.fails(RECORD, { s: s.seekerId, g: true, d: tomorrow }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'signedOn', message: '签署日期不能晚于今天' }] });
    expect((await luoshanStaff.client.fails(RECORD, { s: s.seekerId, g: true, d: '2026-02-30' })).code).toBe('BAD_USER_INPUT');
    expect((await luoshanStaff.client.fails(RECORD, { s: 'x', g: true, d: today() })).code).toBe('BAD_USER_INPUT');
    expect(await count(server, 'consent_record', `seeker_id = $1 AND purpose = 'ACT_ON_BEHALF'`, [s.seekerId])).toBe(0);
  });
});
