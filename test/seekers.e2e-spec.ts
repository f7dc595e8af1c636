import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DisabilityCategory } from '../server/src/common/domain.js';
import {
  LUOSHAN, SAVE_PROFILE, XIXIAN, admin, certificate, count, employer, profileInput, publishedPosting, seeker, signUp, staff,
} from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

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
      [{ certificateNumber: '4115' }, 'input.certificateNumber', '残疾人证号应为20位（18位身份证号加类别、等级两位数字），现在是4位'],
      [{ certificateNumber: `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}${good.slice(18)}` }, 'input.certificateNumber',
        `残疾人证号第18位（身份证号校验位）应为${good[17]}，而不是${good[17] === '0' ? '1' : '0'}：请核对前17位`],
      [{ certificateNumber: `${good.slice(0, 15)}O${good.slice(16)}` }, 'input.certificateNumber', '残疾人证号第16位“O”应为数字'],
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

  it('a certificate number typed in full-width digits (a Chinese keyboard) is converted and taken, as the import does', async () => {
    const s = await signUp(server, 'SEEKER');
    const cert = certificate(DisabilityCategory.HEARING, 3);
    const fullWidth = [...cert].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(''); // 0-9, X → ０-９, Ｘ
    expect([...fullWidth]).toHaveLength(20);
    const birthDate = `${cert.slice(6, 10)}-${cert.slice(10, 12)}-${cert.slice(12, 14)}`;
    const saved = await s.client.ok<any>(SAVE_PROFILE, { input: profileInput({ certificateNumber: fullWidth, birthDate, category: 'HEARING', level: 3 }) });
    expect(saved.saveMyProfile).toMatchObject({ category: 'HEARING', level: 3 });
    const own = await s.client.ok<any>(REVEAL, { id: saved.saveMyProfile.id, p: 'SELF' });
    expect(own.seeker.certificateNumber).toBe(cert);
    // and in English, a wrong character is named with its position
    const en = new Client(server.url, { 'accept-language': 'en' });
    en.cookie = s.client.cookie;
    const err = await en.fails(SAVE_PROFILE, { input: profileInput({ certificateNumber: `${cert.slice(0, 4)}Ｏ${cert.slice(5)}`, birthDate, category: 'HEARING', level: 3 }) });
    expect(err.fields).toEqual([{ path: 'input.certificateNumber', message: 'Character 5 of the certificate number, "O", must be a digit' }]);
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
      expect(err).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.certificateNumber', message: '残疾人证号只填前20位，不要填补发号（现在是22位）' }] });
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

  it('a save that leaves the certificate out keeps it, so category, level and birth date must still match it; a mismatch writes nothing', async () => {
    const cert = certificate(DisabilityCategory.VISUAL, 2);
    const s = await seeker(server, { certificateNumber: cert });
    const birthDate = `${cert.slice(6, 10)}-${cert.slice(10, 12)}-${cert.slice(12, 14)}`;
    const withoutCertificate = (over: Record<string, unknown>) => {
      const input: Record<string, unknown> = profileInput({ birthDate, ...over });
      delete input.certificateNumber;
      return input;
    };
    const row = async () => (await server.db.query(`SELECT * FROM seeker_profile WHERE id = $1`, [s.seekerId])).rows[0];
    const writes = async () => [await count(server, 'outbox', 'aggregate_id = $1', [s.seekerId]), await count(server, 'consent_record', 'seeker_id = $1', [s.seekerId])];
    const before = await row();
    const writesBefore = await writes();
    const category = '所选残疾类别与已保存的残疾人证号不一致（证号第19位为1，即视力残疾）；如已换证，请同时填写新的残疾人证号';
    const level = '所选残疾等级与已保存的残疾人证号不一致（证号第20位为2，即2级）；如已换证，请同时填写新的残疾人证号';
    const cases: Array<[Record<string, unknown>, Array<{ path: string; message: string }>]> = [
      [{ category: 'HEARING', level: 3, name: '改名' }, [{ path: 'input.category', message: category }, { path: 'input.level', message: level }]],
      [{ category: 'VISUAL', level: 3 }, [{ path: 'input.level', message: level }]],
      [{ category: 'HEARING', level: 2 }, [{ path: 'input.category', message: category }]],
      [{ birthDate: '1960-06-06' }, [{ path: 'input.birthDate', message: '出生日期与残疾人证号中的不一致' }]],
    ];
    for (const [over, fields] of cases) {
      const err = await s.client.fails(SAVE_PROFILE, { input: withoutCertificate(over) });
      expect(err.code).toBe('BAD_USER_INPUT');
      expect(err.fields).toEqual(fields);
    }
    const english = new Client(server.url, { 'accept-language': 'en' });
    english.cookie = s.client.cookie;
    expect((await english.fails(SAVE_PROFILE, { input: withoutCertificate({ category: 'HEARING', level: 2 }) })).fields).toEqual([{
      path: 'input.category',
      message: 'The category does not match the saved certificate number (character 19 is 1: visual); if the certificate changed, enter the new number too',
    }]);
    expect(await row()).toEqual(before);
    expect(await writes()).toEqual(writesBefore);

    // matching values are saved with the number kept; no category at all takes the certificate's
    const same = await s.client.ok<any>(SAVE_PROFILE, { input: withoutCertificate({ category: 'VISUAL', level: 2, name: '张明明' }) });
    expect(same.saveMyProfile).toMatchObject({ name: '张明明', category: 'VISUAL', level: 2, certificateNumber: before.certificate_masked });
    const none = await s.client.ok<any>(SAVE_PROFILE, { input: withoutCertificate({ category: null, level: null }) });
    expect(none.saveMyProfile).toMatchObject({ category: 'VISUAL', level: 2, certificateNumber: before.certificate_masked });
    expect((await row()).certificate_hash).toBe(before.certificate_hash);
    // a new certificate is how the category changes
    const reissued = certificate(DisabilityCategory.HEARING, 3, cert.slice(6, 14));
    const changed = await s.client.ok<any>(SAVE_PROFILE, { input: profileInput({ certificateNumber: reissued, category: 'HEARING', level: 3 }) });
    expect(changed.saveMyProfile).toMatchObject({ category: 'HEARING', level: 3 });
  });

  it('refuses a school without a graduation year (and the reverse) and a support both needed and only wanted, naming the field', async () => {
    const s = await signUp(server, 'SEEKER');
    const cases: Array<[Record<string, unknown>, Array<{ path: string; message: string }>]> = [
      [{ graduateSchool: '信阳师范大学', graduateYear: null }, [{ path: 'input.graduateYear', message: '填写了毕业院校，请同时填写毕业年份' }]],
      [{ graduateSchool: '   ', graduateYear: 2023 }, [{ path: 'input.graduateSchool', message: '填写了毕业年份，请同时填写毕业院校' }]],
      [{ supportsMust: ['SCREEN_READER', 'BRAILLE'], supportsNice: ['FLEXIBLE_HOURS', 'BRAILLE'] },
        [{ path: 'input.supportsNice.1', message: '“盲文材料”已列在必需的支持中，不能同时列为希望有的支持' }]],
    ];
    for (const [over, fields] of cases) {
      const err = await s.client.fails(SAVE_PROFILE, { input: profileInput(over) });
      expect(err.code).toBe('BAD_USER_INPUT');
      expect(err.fields).toEqual(fields);
    }
    expect(await count(server, 'seeker_profile', 'user_id = $1', [s.userId])).toBe(0);
    await s.client.ok(SAVE_PROFILE, { input: profileInput({ graduateSchool: '信阳师范大学', graduateYear: 2023 }) });
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
      { field: 'disability', purpose: 'CASEWORK' },
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
    expect(await count(server, 'audit_log', `entity_id = $1 AND field = 'disability' AND purpose = 'APPLICATION_REVIEW'`, [sharing.seekerId])).toBe(1);
    const stranger = await employer(server);
    const err = await stranger.client.fails(`query($id: ID!) { seeker(id: $id) { name } }`, { id: sharing.seekerId });
    expect(err.code).toBe('NOT_FOUND');
  });
});
