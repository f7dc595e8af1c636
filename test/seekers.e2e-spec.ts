import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DisabilityCategory } from '../server/src/common/domain.js';
import {
  LUOSHAN, SAVE_PROFILE, XIXIAN, admin, certificate, count, employer, profileInput, publishedPosting, seeker, signUp, staff,
} from './support/fixtures.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.close(); });

const MY_PROFILE = `{ myProfile { id name category level cannotDo supportsMust consents certificateNumber residentIdNumber age } }`;
const REVEAL = `query($id: ID!, $p: AccessPurpose) { seeker(id: $id) { certificateNumber(purpose: $p) residentIdNumber category } }`;

describe('seeker profile', () => {
  it('saves a profile with a certificate; stores it encrypted and shows it masked', async () => {
    const cert = certificate(DisabilityCategory.VISUAL, 2, undefined, LUOSHAN);
    const s = await seeker(server, { certificateNumber: cert });
    const me = await s.client.ok<any>(MY_PROFILE);
    expect(me.myProfile).toMatchObject({ name: '张明', category: 'VISUAL', level: 2, cannotDo: ['READING_PRINT', 'DRIVING'], consents: ['JOB_MATCHING', 'SENSITIVE_DATA'] });
    expect(me.myProfile.certificateNumber).toBe(`${cert.slice(0, 4)}**********${cert.slice(14)}`);
    expect(me.myProfile.residentIdNumber).toBe(`${cert.slice(0, 4)}**********${cert.slice(14, 18)}`);
    const { rows } = await server.db.query(`SELECT certificate_enc, certificate_hash FROM seeker_profile WHERE id = $1`, [s.seekerId]);
    expect(Buffer.from(rows[0].certificate_enc).toString('latin1')).not.toContain(cert.slice(0, 10));
    expect(rows[0].certificate_hash).toMatch(/^[0-9a-f]{64}$/);
    const own = await s.client.ok<any>(REVEAL, { id: s.seekerId, p: 'SELF' });
    expect(own.seeker.certificateNumber).toBe(cert);
    expect(await count(server, 'audit_log', `entity_id = $1 AND action = 'READ_SENSITIVE' AND field = 'certificateNumber'`, [s.seekerId])).toBe(1);
  });

  it('explains each certificate problem in plain words and writes nothing', async () => {
    const s = await signUp(server, 'SEEKER');
    const good = certificate(DisabilityCategory.HEARING, 3, '19900101');
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ certificateNumber: '4115' }, 'input.certificateNumber', '残疾人证号应为20位：18位身份证号加上类别和等级两位数字'],
      [{ certificateNumber: `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}${good.slice(18)}` }, 'input.certificateNumber', '残疾人证号中的身份证号校验位不正确，请核对前18位'],
      [{ certificateNumber: good, category: 'VISUAL', level: 3 }, 'input.certificateNumber', '残疾人证号中的类别与所选残疾类别不一致'],
      [{ certificateNumber: good, category: 'HEARING', level: 1 }, 'input.certificateNumber', '残疾人证号中的等级与所选残疾等级不一致'],
      [{ certificateNumber: good, category: 'HEARING', level: 3, birthDate: '1991-01-01' }, 'input.birthDate', '出生日期与残疾人证号中的不一致'],
      [{ certificateNumber: good, category: 'HEARING', level: 3, consents: ['JOB_MATCHING'] }, 'input.consents', '保存残疾信息前需要您同意“残疾信息处理”授权'],
      [{ certificateNumber: null, category: 'HEARING', level: null }, 'input.level', '选择残疾类别后请同时选择等级'],
      [{ certificateNumber: null, countyCode: '999999' }, 'input.countyCode', '请选择本市的县区'],
      [{ certificateNumber: null, preferredCounties: [LUOSHAN, '000000'] }, 'input.preferredCounties.1', '请选择本市的县区'],
    ];
    for (const [over, path, message] of cases) {
      const err = await s.client.fails(SAVE_PROFILE, { input: profileInput({ category: 'HEARING', level: 3, ...over }) });
      expect(err.code).toBe('BAD_USER_INPUT');
      expect(err.fields).toContainEqual({ path, message });
    }
    expect(await count(server, 'seeker_profile', 'user_id = $1', [s.userId])).toBe(0);
  });

  it('the reissue suffix (e.g. B1) follows the policy setting certificate.reissueSuffixAccepted', async () => {
    const root = await admin(server);
    const set = (v: boolean) => root.client.ok(
      `mutation($v: JSON!, $n: String) { updatePolicySetting(key: "certificate.reissueSuffixAccepted", value: $v, note: $n) { key } }`,
      { v, n: v ? '恢复：接受补发证号后缀' : '测试：不接受补发证号后缀' });
    const cert = certificate(DisabilityCategory.PHYSICAL, 3);
    const s = await signUp(server, 'SEEKER');
    const input = profileInput({ certificateNumber: `${cert}B1`, category: 'PHYSICAL', level: 3 });
    await set(false);
    try {
      const err = await s.client.fails(SAVE_PROFILE, { input });
      expect(err).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.certificateNumber', message: '残疾人证号应为20位：18位身份证号加上类别和等级两位数字' }] });
      expect(await count(server, 'seeker_profile', 'user_id = $1', [s.userId])).toBe(0);
    } finally {
      await set(true);
    }
    await s.client.ok(SAVE_PROFILE, { input });
    expect(await count(server, 'seeker_profile', 'user_id = $1', [s.userId])).toBe(1);
  });

  it('the same certificate cannot belong to two profiles', async () => {
    const cert = certificate(DisabilityCategory.PHYSICAL, 2);
    await seeker(server, { certificateNumber: cert, category: 'PHYSICAL', level: 2 });
    const s2 = await signUp(server, 'SEEKER');
    const err = await s2.client.fails(SAVE_PROFILE, { input: profileInput({ certificateNumber: cert, category: 'PHYSICAL', level: 2 }) });
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.certificateNumber', message: '该残疾人证号已被其他档案使用' }] });
  });

  it('withdrawing consent to disability data erases it and takes the person out of search', async () => {
    const s = await seeker(server, { consents: ['SENSITIVE_DATA', 'JOB_MATCHING', 'DISCOVERABLE', 'SHARE_WITH_EMPLOYERS'] });
    const r = await s.client.ok<any>(`mutation { setConsent(purpose: SENSITIVE_DATA, granted: false) { category level cannotDo certificateNumber consents } }`);
    expect(r.setConsent).toEqual({ category: null, level: null, cannotDo: [], certificateNumber: null, consents: ['DISCOVERABLE', 'JOB_MATCHING'] });
    const off = await s.client.ok<any>(`mutation { setConsent(purpose: DISCOVERABLE, granted: false) { consents } }`);
    expect(off.setConsent.consents).toEqual(['JOB_MATCHING']);
    const { rows } = await server.db.query(`SELECT op FROM outbox WHERE aggregate = 'seeker' AND aggregate_id = $1 ORDER BY id`, [s.seekerId]);
    expect(rows.map((x: { op: string }) => x.op)).toEqual(['UPSERT', 'UPSERT', 'DELETE']);
    const history = await count(server, 'consent_record', 'seeker_id = $1', [s.seekerId]);
    expect(history).toBe(4 + 3);
  });
});

describe('who sees a seeker', () => {
  it('staff in scope see the unmasked number only with a purpose, and each such read is audited', async () => {
    const s = await seeker(server);
    const adm = await admin(server);
    const lu = await staff(server, adm.client, LUOSHAN);
    const city = await staff(server, adm.client, null);
    const xi = await staff(server, adm.client, XIXIAN);
    const masked = await lu.client.ok<any>(REVEAL, { id: s.seekerId });
    expect(masked.seeker.certificateNumber).toContain('**********');
    expect(masked.seeker.category).toBe('VISUAL');
    const full = await city.client.ok<any>(REVEAL, { id: s.seekerId, p: 'CASEWORK' });
    expect(full.seeker.certificateNumber).toHaveLength(20);
    expect((await lu.client.fails(REVEAL, { id: s.seekerId, p: 'SELF' })).code).toBe('FORBIDDEN');
    expect((await xi.client.fails(REVEAL, { id: s.seekerId })).code).toBe('FORBIDDEN');
    const { rows } = await server.db.query(
      `SELECT field, purpose FROM audit_log WHERE entity_id = $1 AND action = 'READ_SENSITIVE' ORDER BY id`, [s.seekerId]);
    expect(rows).toEqual(expect.arrayContaining([
      { field: 'certificateNumber', purpose: 'CASEWORK' },
      { field: 'disability', purpose: 'STAFF' },
    ]));
    const list = await xi.client.ok<any>(`{ seekers(filter: { query: "张明" }) { items { countyCode } } }`);
    expect(list.seekers.items.every((x: { countyCode: string }) => x.countyCode === XIXIAN)).toBe(true);
  });

  it('an employer sees an applicant, but disability data only if the applicant agreed to share it', async () => {
    const e = await employer(server);
    const postingId = await publishedPosting(e);
    const sharing = await seeker(server, { consents: ['SENSITIVE_DATA', 'SHARE_WITH_EMPLOYERS'] });
    const private_ = await seeker(server);
    for (const s of [sharing, private_]) {
      await s.client.ok(`mutation($i: ApplyInput!) { applyToPosting(input: $i) { id } }`, { i: { postingId } });
    }
    const q = `query($p: ID!) { applicationsForPosting(postingId: $p) { items { seeker { id name phone category supportsMust certificateNumber priorityGroups } } } }`;
    const res = await e.client.ok<any>(q, { p: postingId });
    const byId = Object.fromEntries(res.applicationsForPosting.items.map((i: any) => [i.seeker.id, i.seeker]));
    expect(byId[sharing.seekerId]).toMatchObject({ name: '张明', category: 'VISUAL', supportsMust: ['SCREEN_READER'], certificateNumber: null, priorityGroups: null });
    expect(byId[sharing.seekerId].phone).toMatch(/^1\d{10}$/);
    expect(byId[private_.seekerId]).toMatchObject({ category: null, supportsMust: null, certificateNumber: null });
    expect(await count(server, 'audit_log', `entity_id = $1 AND field = 'disability' AND purpose = 'EMPLOYER'`, [sharing.seekerId])).toBe(1);
    const stranger = await employer(server);
    const err = await stranger.client.fails(`query($id: ID!) { seeker(id: $id) { name } }`, { id: sharing.seekerId });
    expect(err.code).toBe('NOT_FOUND');
  });
});
