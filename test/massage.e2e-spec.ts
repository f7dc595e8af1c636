// Blind massage (plan （八）实施盲人按摩就业促进行动): staff register clinics and people's massage qualifications with
// their exam and continuing-education records (the person is told), and the blind-massage action line is counted
// from these facts, not from the job title; the dashboard and the quarterly report agree (docs/counting.md).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { admin, count, employer, postingInput, publishedPosting, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

const XINXIAN = '411523';
const GUSHI = '411525';
const GUANGSHAN = '411522';
const SEEDED_PLAN = '0e5c2a2e-2022-4024-a000-000000006900';

let server: TestServer;
let city: Client;
let xx: Client;
let gs: Client;
let gsh: Client;
beforeAll(async () => {
  server = await startTestServer();
  const adm = await admin(server);
  [city, xx, gs, gsh] = (await Promise.all([null, XINXIAN, GUSHI, GUANGSHAN].map((c) => staff(server, adm.client, c)))).map((s) => s.client);
});
afterAll(async () => { await server?.close(); });

const CLINIC = `mutation($i: MassageClinicInput!) { registerMassageClinic(input: $i) { id kind registrationNumber countyCode medicalInsuranceDesignated
  source organization { name } } }`;
const QUALIFY = `mutation($i: MassageQualificationInput!) { recordMassageQualification(input: $i) { id kind skillLevel issuedOn person { id } } }`;
const RECORD_EXAM = `mutation($i: MassageRecordInput!) { addMassageRecord(input: $i) { id kind heldOn hours passed } }`;
const RECORD = `mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id actionLine } }`;
const NOTES = `{ myNotifications(page: { pageSize: 50 }) { items { kind title body } } }`;
const DASHBOARD = `query($c: String) { actionPlanDashboard(countyCode: $c, planId: "${SEEDED_PLAN}") { placements { total byActionLine { key count } } } }`;
const QUARTERLY = `query($c: String) { quarterlyReport(year: 2024, quarter: 2, countyCode: $c) { rows { countyCode quarter byActionLine { key count } } } }`;

const UPDATE_CLINIC = `mutation($id: ID!, $i: MassageClinicUpdateInput!) { updateMassageClinic(id: $id, input: $i) { id kind registrationNumber
  medicalInsuranceDesignated registeredOn endedOn } }`;
const UPDATE_QUALIFICATION = `mutation($id: ID!, $i: MassageQualificationUpdateInput!) { updateMassageQualification(id: $id, input: $i) {
  id kind skillLevel issuer issuedOn } }`;
const LINE = `query($id: ID!) { placement(id: $id) { actionLine history { kind reason changes { field from to } } } }`;
const QUARTER = (year: number, quarter: number) => `query($c: String) { quarterlyReport(year: ${year}, quarter: ${quarter}, countyCode: $c) {
  rows { countyCode quarter byActionLine { key count } } } }`;
const clinicUpdate = (over: Record<string, unknown> = {}) => ({
  kind: 'MEDICAL', registrationNumber: 'PDY4115230001', address: '', medicalInsuranceDesignated: true, registeredOn: '2021-03-01', endedOn: null, ...over,
});
const english = (c: Client) => Object.assign(new Client(server.url, { 'accept-language': 'en' }), { cookie: c.cookie });

const clinicInput = (organizationId: string, over: Record<string, unknown> = {}) => ({
  organizationId, kind: 'MEDICAL', registrationNumber: 'PDY4115230001', address: '', medicalInsuranceDesignated: true, registeredOn: '2021-03-01', ...over,
});
const qualificationInput = (seekerId: string, over: Record<string, unknown> = {}) => ({
  seekerId, kind: 'MEDICAL_MASSAGE_CERTIFICATE', skillLevel: null, issuer: '河南省卫生健康委员会', issuedOn: '2020-11-10', ...over,
});

describe('the blind-massage line from facts', () => {
  it('counts a blind person at a registered clinic, or qualified in a massage job; not a title saying 按摩; the reports agree', async () => {
    const shop = await employer(server, { countyCode: XINXIAN, name: '新县光明盲人按摩店' });
    const hospital = await employer(server, { countyCode: XINXIAN, type: 'PUBLIC_INSTITUTION', name: '新县中医院' });
    const people = await Promise.all([0, 1, 2, 3].map(() => seeker(server, { countyCode: XINXIAN, preferredCounties: [XINXIAN], residence: 'URBAN' })));
    const hire = async (i: number, organizationId: string, extra: Record<string, unknown> = {}) => (await xx.ok<any>(RECORD, { i: {
      seekerId: people[i].seekerId, organizationId, employmentForm: 'FULL_TIME', startDate: '2024-04-15', ...extra } })).recordPlacement.actionLine;

    // 1. a posting titled 盲人按摩师 asking for 按摩, at a shop not registered as a clinic, a person with no qualification: not blind massage
    const titled = await publishedPosting(shop, postingInput({ countyCode: XINXIAN, title: '盲人按摩师', skills: ['按摩'] }));
    const titledHire = (await xx.ok<any>(RECORD, { i: { seekerId: people[0].seekerId, organizationId: shop.organizationId, employmentForm: 'FULL_TIME',
      startDate: '2024-04-15', postingId: titled } })).recordPlacement;
    expect(titledHire.actionLine).toBe('PRIVATE');

    // 2. the shop registered as a clinic: its next blind hire counts, whatever the job is called, and so does the one
    //    recorded before (the facts now say so: docs/counting.md)
    const c = (await xx.ok<any>(CLINIC, { i: clinicInput(shop.organizationId) })).registerMassageClinic;
    expect(c).toMatchObject({ kind: 'MEDICAL', countyCode: XINXIAN, medicalInsuranceDesignated: true, organization: { name: '新县光明盲人按摩店' } });
    expect(c.source).toBe('（八）实施盲人按摩就业促进行动');
    expect(await hire(1, shop.organizationId)).toBe('BLIND_MASSAGE');
    expect((await xx.ok<any>(`query($id: ID!) { placement(id: $id) { actionLine } }`, { id: titledHire.id })).placement.actionLine).toBe('BLIND_MASSAGE');

    // 3. a qualified person in a massage job at a hospital (a posting asking for 推拿, titled 康复理疗岗) counts
    await xx.ok(QUALIFY, { i: qualificationInput(people[2].seekerId) });
    const rehab = await publishedPosting(hospital, postingInput({ countyCode: XINXIAN, title: '康复理疗岗', skills: ['推拿', '中医基础'] }));
    expect(await hire(2, hospital.organizationId, { postingId: rehab })).toBe('BLIND_MASSAGE');

    // 4. qualified, but the hospital job with no posting is not said to be massage work: the hospital's own line; said so: blind massage
    await xx.ok(QUALIFY, { i: qualificationInput(people[3].seekerId, { kind: 'HEALTH_MASSAGE_SKILL_LEVEL', skillLevel: 4 }) });
    expect(await hire(3, hospital.organizationId)).toBe('PUBLIC_SECTOR');
    const second = await seeker(server, { countyCode: XINXIAN, residence: 'URBAN' });
    await xx.ok(QUALIFY, { i: qualificationInput(second.seekerId) });
    expect((await xx.ok<any>(RECORD, { i: { seekerId: second.seekerId, organizationId: hospital.organizationId, employmentForm: 'FULL_TIME',
      startDate: '2024-05-20', massageRole: true } })).recordPlacement.actionLine).toBe('BLIND_MASSAGE');

    // the dashboard and the quarterly report count the same placements under the line
    const d = (await xx.ok<any>(DASHBOARD, {})).actionPlanDashboard.placements;
    expect(d.total).toBe(5);
    expect(d.byActionLine).toEqual([{ key: 'BLIND_MASSAGE', count: 4 }, { key: 'PUBLIC_SECTOR', count: 1 }]);
    const q = (await xx.ok<any>(QUARTERLY, {})).quarterlyReport.rows.find((r: any) => r.countyCode === XINXIAN);
    expect(q.quarter).toBe(5);
    expect(q.byActionLine).toEqual(d.byActionLine);
    expect((await city.ok<any>(DASHBOARD, { c: XINXIAN })).actionPlanDashboard.placements.byActionLine).toEqual(d.byActionLine);
  });
});

describe('facts recorded after the placement (docs/counting.md, worked example)', () => {
  it('a clinic registered later counts the earlier hire; a line staff chose stays; an end date before the job takes it out; the reports agree', async () => {
    const shop = await employer(server, { countyCode: GUANGSHAN, name: '光山县明心盲人按摩店' });
    const hospital = await employer(server, { countyCode: GUANGSHAN, type: 'PUBLIC_INSTITUTION', name: '光山县人民医院' });
    const people = await Promise.all([0, 1, 2, 3].map(() => seeker(server, { countyCode: GUANGSHAN, preferredCounties: [GUANGSHAN], residence: 'URBAN' })));
    const hire = async (i: number, organizationId: string, extra: Record<string, unknown> = {}) => (await gsh.ok<any>(RECORD, { i: {
      seekerId: people[i].seekerId, organizationId, employmentForm: 'FULL_TIME', startDate: '2024-04-10', ...extra } })).recordPlacement;
    const lineOf = async (id: string) => (await gsh.ok<any>(LINE, { id })).placement;
    const reports = async () => {
      const d = (await gsh.ok<any>(DASHBOARD, {})).actionPlanDashboard.placements.byActionLine;
      const q = (await gsh.ok<any>(QUARTER(2024, 2), {})).quarterlyReport.rows.find((r: any) => r.countyCode === GUANGSHAN).byActionLine;
      return { d, q };
    };

    // 1. placements first: the shop is no clinic yet, nobody is qualified
    const first = await hire(0, shop.organizationId);
    const chosen = await hire(1, shop.organizationId, { actionLine: 'PRIVATE' });
    const atHospital = await hire(2, hospital.organizationId, { massageRole: true, startDate: '2024-05-02' });
    expect([first.actionLine, chosen.actionLine, atHospital.actionLine]).toEqual(['PRIVATE', 'PRIVATE', 'PUBLIC_SECTOR']);
    expect((await reports()).d).toEqual([{ key: 'PRIVATE', count: 2 }, { key: 'PUBLIC_SECTOR', count: 1 }]);

    // 2. the shop is registered as a clinic afterwards: the hire the rule placed moves at once, the one staff chose does not
    const clinic = (await gsh.ok<any>(CLINIC, { i: clinicInput(shop.organizationId, { registrationNumber: 'PDY4115220007' }) })).registerMassageClinic;
    const moved = await lineOf(first.id);
    expect(moved.actionLine).toBe('BLIND_MASSAGE');
    expect(moved.history.at(-1)).toMatchObject({ kind: 'CORRECTED', changes: [{ field: 'actionLine', from: 'PRIVATE', to: 'BLIND_MASSAGE' }],
      reason: expect.stringContaining('PDY4115220007') });
    expect((await lineOf(chosen.id)).actionLine).toBe('PRIVATE');

    // 3. a qualification recorded afterwards, issued before the job began, in a job said to be massage work: counts too;
    //    one issued after the start does not
    await gsh.ok(QUALIFY, { i: qualificationInput(people[2].seekerId, { issuedOn: '2024-06-01' }) });
    expect((await lineOf(atHospital.id)).actionLine).toBe('PUBLIC_SECTOR');
    const q = (await gsh.ok<any>(`{ massageQualifications { items { id person { id } } } }`)).massageQualifications.items
      .find((x: any) => x.person.id === people[2].seekerId);
    await gsh.ok(UPDATE_QUALIFICATION, { id: q.id, i: { kind: 'MEDICAL_MASSAGE_CERTIFICATE', skillLevel: null, issuer: '河南省卫生健康委员会', issuedOn: '2023-12-20' } });
    expect((await lineOf(atHospital.id)).actionLine).toBe('BLIND_MASSAGE');
    let r = await reports();
    expect(r.d).toEqual([{ key: 'BLIND_MASSAGE', count: 2 }, { key: 'PRIVATE', count: 1 }]);
    expect(r.q).toEqual(r.d);

    // 4. the clinic ended: a hire after its last day is not blind massage; a hire that began while it worked still is,
    //    until its last day is put before that hire began
    await gsh.ok(UPDATE_CLINIC, { id: clinic.id, i: clinicUpdate({ registrationNumber: 'PDY4115220007', endedOn: '2024-04-30' }) });
    expect((await lineOf(first.id)).actionLine).toBe('BLIND_MASSAGE');
    expect((await hire(3, shop.organizationId, { startDate: '2024-05-15' })).actionLine).toBe('PRIVATE');
    await gsh.ok(UPDATE_CLINIC, { id: clinic.id, i: clinicUpdate({ registrationNumber: 'PDY4115220007', endedOn: '2024-04-01' }) });
    expect((await lineOf(first.id)).actionLine).toBe('PRIVATE');
    r = await reports();
    expect(r.d).toEqual([{ key: 'BLIND_MASSAGE', count: 1 }, { key: 'PRIVATE', count: 3 }]);
    expect(r.q).toEqual(r.d);
    expect((await city.ok<any>(DASHBOARD, { c: GUANGSHAN })).actionPlanDashboard.placements.byActionLine).toEqual(r.d);
  });
});

describe('clinics, qualifications and records', () => {
  it('tells the person of each qualification and record, in words', async () => {
    const p = await seeker(server, { countyCode: XINXIAN });
    const q = (await xx.ok<any>(QUALIFY, { i: qualificationInput(p.seekerId) })).recordMassageQualification;
    expect(q).toMatchObject({ kind: 'MEDICAL_MASSAGE_CERTIFICATE', skillLevel: null, issuedOn: '2020-11-10', person: { id: p.seekerId } });
    await xx.ok(RECORD_EXAM, { i: { qualificationId: q.id, kind: 'EXAM', heldOn: '2020-09-12', passed: true, note: '' } });
    const ce = (await xx.ok<any>(RECORD_EXAM, { i: { qualificationId: q.id, kind: 'CONTINUING_EDUCATION', heldOn: '2024-06-20', hours: 24, passed: true, note: '' } })).addMassageRecord;
    expect(ce).toMatchObject({ kind: 'CONTINUING_EDUCATION', hours: 24, passed: null });
    const bodies = (await p.client.ok<any>(NOTES)).myNotifications.items.filter((n: any) => n.kind === 'MASSAGE_QUALIFICATION_RECORDED').map((n: any) => n.body);
    expect(bodies).toHaveLength(3);
    expect(bodies.join('\n')).toContain('盲人医疗按摩人员资格证');
    expect(bodies.join('\n')).toContain('考试，通过');
    expect(bodies.join('\n')).toContain('继续教育24学时');
    const list = (await xx.ok<any>(`{ massageQualifications { total items { id records { kind } } } }`)).massageQualifications;
    expect(list.items.find((x: any) => x.id === q.id).records.map((r: any) => r.kind)).toEqual(['CONTINUING_EDUCATION', 'EXAM']);
    // 固始 staff do not see 新县's register
    expect((await gs.ok<any>(`{ massageQualifications { total } massageClinics { total } }`))).toEqual({ massageQualifications: { total: 0 }, massageClinics: { total: 0 } });
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const shop = await employer(server, { countyCode: XINXIAN });
    const p = await seeker(server, { countyCode: XINXIAN });
    const before = await Promise.all(['massage_clinic', 'massage_qualification', 'massage_record'].map((t) => count(server, t)));
    const badClinic = await xx.fails(CLINIC, { i: clinicInput(shop.organizationId, { registrationNumber: 'P1', registeredOn: '2099-01-01' }) });
    expect(badClinic.code).toBe('BAD_USER_INPUT');
    expect(badClinic.fields.map((f: any) => f.message).join(' ')).toContain('登记证号');
    expect((await xx.fails(CLINIC, { i: clinicInput(shop.organizationId, { registeredOn: '2099-01-01' }) })).fields[0].message).toContain('登记日期不能晚于今天');
    expect((await xx.fails(CLINIC, { i: clinicInput(shop.organizationId, { registeredOn: '2024-02-30' }) })).code).toBe('BAD_USER_INPUT');
    const noLevel = await xx.fails(QUALIFY, { i: qualificationInput(p.seekerId, { kind: 'HEALTH_MASSAGE_SKILL_LEVEL' }) });
    expect(noLevel.fields[0]).toMatchObject({ path: 'input.skillLevel', message: expect.stringContaining('一级到五级') });
    expect((await xx.fails(QUALIFY, { i: qualificationInput(p.seekerId, { skillLevel: 3 }) })).fields[0].message).toContain('没有等级');
    expect((await xx.fails(QUALIFY, { i: qualificationInput(p.seekerId, { skillLevel: 9, kind: 'HEALTH_MASSAGE_SKILL_LEVEL' }) })).code).toBe('BAD_USER_INPUT');
    expect((await english(xx).fails(QUALIFY, { i: qualificationInput(p.seekerId, { issuer: '' }) })).fields[0].message).toMatch(/issued by/);
    const q = (await xx.ok<any>(QUALIFY, { i: qualificationInput(p.seekerId) })).recordMassageQualification;
    expect((await xx.fails(QUALIFY, { i: qualificationInput(p.seekerId) })).fields[0].message).toContain('已登记过');
    expect((await xx.fails(RECORD_EXAM, { i: { qualificationId: q.id, kind: 'EXAM', heldOn: '2024-01-01', note: '' } })).fields[0].path).toBe('input.passed');
    expect((await xx.fails(RECORD_EXAM, { i: { qualificationId: q.id, kind: 'CONTINUING_EDUCATION', heldOn: '2024-01-01', note: '' } })).fields[0].path).toBe('input.hours');
    const after = await Promise.all(['massage_clinic', 'massage_qualification', 'massage_record'].map((t) => count(server, t)));
    expect(after).toEqual([before[0], before[1] + 1, before[2]]);
    await xx.ok(CLINIC, { i: clinicInput(shop.organizationId) });
    expect((await xx.fails(CLINIC, { i: clinicInput(shop.organizationId) })).fields[0].message).toContain('已登记为按摩机构');
  });

  it('lets staff of the county and the city only', async () => {
    const shop = await employer(server, { countyCode: XINXIAN });
    const p = await seeker(server, { countyCode: XINXIAN });
    const before = await Promise.all(['massage_clinic', 'massage_qualification'].map((t) => count(server, t)));
    for (const [who, code] of [[new Client(server.url), 'UNAUTHENTICATED'], [p.client, 'FORBIDDEN'], [shop.client, 'FORBIDDEN'], [gs, 'FORBIDDEN']] as const) {
      expect((await who.fails(CLINIC, { i: clinicInput(shop.organizationId) })).code).toBe(code);
      expect((await who.fails(QUALIFY, { i: qualificationInput(p.seekerId) })).code).toBe(code);
    }
    expect((await p.client.fails(`{ massageClinics { total } }`)).code).toBe('FORBIDDEN');
    expect(await Promise.all(['massage_clinic', 'massage_qualification'].map((t) => count(server, t)))).toEqual(before);
    const q = (await city.ok<any>(QUALIFY, { i: qualificationInput(p.seekerId) })).recordMassageQualification;
    expect((await gs.fails(RECORD_EXAM, { i: { qualificationId: q.id, kind: 'EXAM', heldOn: '2024-01-01', passed: true, note: '' } })).code).toBe('FORBIDDEN');
    expect((await gs.fails(`query($id: ID!) { massageQualification(id: $id) { id } }`, { id: q.id })).code).toBe('NOT_FOUND');
    expect((await city.ok<any>(CLINIC, { i: clinicInput(shop.organizationId) })).registerMassageClinic.countyCode).toBe(XINXIAN);
  });
});

describe('changing a clinic or a qualification', () => {
  const notes = async (c: Client, kind: string) => (await c.ok<any>(NOTES)).myNotifications.items.filter((n: any) => n.kind === kind);

  it('saves the change, audits each field, and tells the employer or the person in their language', async () => {
    const shop = await employer(server, { countyCode: XINXIAN, name: '新县康乐保健按摩店' });
    const p = await seeker(server, { countyCode: XINXIAN });
    const c = (await xx.ok<any>(CLINIC, { i: clinicInput(shop.organizationId, { kind: 'HEALTH', registrationNumber: 'JY4115230099' }) })).registerMassageClinic;
    expect((await notes(shop.client, 'MASSAGE_CLINIC_RECORDED'))[0].body).toContain('登记了“新县康乐保健按摩店”的盲人按摩机构登记：盲人保健按摩店，登记证号JY4115230099，正在营业');
    const saved = (await xx.ok<any>(UPDATE_CLINIC, { id: c.id, i: clinicUpdate({ kind: 'HEALTH', registrationNumber: 'JY4115230100', medicalInsuranceDesignated: false,
      endedOn: '2024-12-31' }) })).updateMassageClinic;
    expect(saved).toMatchObject({ registrationNumber: 'JY4115230100', medicalInsuranceDesignated: false, endedOn: '2024-12-31' });
    const told = await notes(shop.client, 'MASSAGE_CLINIC_RECORDED');
    expect(told[0].body).toContain('更新了“新县康乐保健按摩店”的盲人按摩机构登记：盲人保健按摩店，登记证号JY4115230100，2024-12-31起不再营业');
    expect((await notes(english(shop.client), 'MASSAGE_CLINIC_RECORDED'))[0].body).toContain('updated the blind-massage clinic registration of "新县康乐保健按摩店"');
    const { rows: [audit] } = await server.db.query(`SELECT detail FROM audit_log WHERE entity = 'massageClinic' AND entity_id = $1 AND detail->>'op' = 'update'`, [c.id]);
    expect(audit.detail).toMatchObject({ fields: ['registrationNumber', 'medicalInsuranceDesignated', 'endedOn'], from: { registrationNumber: 'JY4115230099' } });

    const q = (await xx.ok<any>(QUALIFY, { i: qualificationInput(p.seekerId, { kind: 'HEALTH_MASSAGE_SKILL_LEVEL', skillLevel: 4 }) })).recordMassageQualification;
    expect((await xx.ok<any>(UPDATE_QUALIFICATION, { id: q.id, i: { kind: 'HEALTH_MASSAGE_SKILL_LEVEL', skillLevel: 3, issuer: '信阳市人力资源和社会保障局',
      issuedOn: '2022-06-30' } })).updateMassageQualification).toMatchObject({ skillLevel: 3, issuer: '信阳市人力资源和社会保障局', issuedOn: '2022-06-30' });
    expect((await notes(p.client, 'MASSAGE_QUALIFICATION_RECORDED'))[0].body).toContain('已更正为2022-06-30由信阳市人力资源和社会保障局发证');
    expect((await notes(english(p.client), 'MASSAGE_QUALIFICATION_RECORDED'))[0].body).toContain('corrected to: issued by 信阳市人力资源和社会保障局 on 2022-06-30');
    expect(await count(server, 'audit_log', `entity = 'massageQualification' AND entity_id = $1 AND detail->>'op' = 'update'`, [q.id])).toBe(1);
  });

  it('refuses bad input naming the field in Chinese and English, and changes nothing', async () => {
    const shop = await employer(server, { countyCode: XINXIAN });
    const p = await seeker(server, { countyCode: XINXIAN });
    const c = (await xx.ok<any>(CLINIC, { i: clinicInput(shop.organizationId) })).registerMassageClinic;
    const q = (await xx.ok<any>(QUALIFY, { i: qualificationInput(p.seekerId) })).recordMassageQualification;
    await xx.ok(QUALIFY, { i: qualificationInput(p.seekerId, { kind: 'HEALTH_MASSAGE_SKILL_LEVEL', skillLevel: 5 }) });
    const rowsBefore = await server.db.query(`SELECT c.*, q.* FROM massage_clinic c, massage_qualification q WHERE c.id = $1 AND q.id = $2`, [c.id, q.id]);
    const clinicFails: Array<[Record<string, unknown>, string, RegExp, RegExp]> = [
      [{ registrationNumber: 'P1' }, 'input.registrationNumber', /登记证号/, /registration number/],
      [{ endedOn: '2020-01-01' }, 'input.endedOn', /停业日期不能早于登记日期/, /cannot be before the date it was registered/],
      [{ endedOn: '2099-01-01' }, 'input.endedOn', /停业日期不能晚于今天/, /date closed cannot be after today/],
      [{ endedOn: '2024-02-30' }, 'input.endedOn', /停业日期应为日期/, /date closed must be a date/],
      [{}, 'input', /没有要更正的内容/, /Nothing to correct/],
    ];
    for (const [over, path, zh, en] of clinicFails) {
      const i = clinicUpdate(over);
      expect((await xx.fails(UPDATE_CLINIC, { id: c.id, i })).fields[0]).toMatchObject({ path, message: expect.stringMatching(zh) });
      expect((await english(xx).fails(UPDATE_CLINIC, { id: c.id, i })).fields[0]).toMatchObject({ path, message: expect.stringMatching(en) });
    }
    const qualification = (over: Record<string, unknown>) => ({ kind: 'MEDICAL_MASSAGE_CERTIFICATE', skillLevel: null, issuer: '河南省卫生健康委员会', issuedOn: '2020-11-10', ...over });
    const qualificationFails: Array<[Record<string, unknown>, string, RegExp, RegExp]> = [
      [{ skillLevel: 2 }, 'input.skillLevel', /没有等级/, /has no level/],
      [{ issuer: ' ' }, 'input.issuer', /发证机构/, /issued by/],
      [{ issuedOn: '2099-01-01' }, 'input.issuedOn', /发证日期不能晚于今天/, /date of issue cannot be after today/],
      [{ kind: 'HEALTH_MASSAGE_SKILL_LEVEL', skillLevel: 4 }, 'input.kind', /已登记过/, /already has this kind/],
      [{}, 'input', /没有要更正的内容/, /Nothing to correct/],
    ];
    for (const [over, path, zh, en] of qualificationFails) {
      const i = qualification(over);
      expect((await xx.fails(UPDATE_QUALIFICATION, { id: q.id, i })).fields[0]).toMatchObject({ path, message: expect.stringMatching(zh) });
      expect((await english(xx).fails(UPDATE_QUALIFICATION, { id: q.id, i })).fields[0]).toMatchObject({ path, message: expect.stringMatching(en) });
    }
    expect((await server.db.query(`SELECT c.*, q.* FROM massage_clinic c, massage_qualification q WHERE c.id = $1 AND q.id = $2`, [c.id, q.id])).rows)
      .toEqual(rowsBefore.rows);
  });

  it('lets staff of the county and the city only', async () => {
    const shop = await employer(server, { countyCode: XINXIAN });
    const p = await seeker(server, { countyCode: XINXIAN });
    const c = (await xx.ok<any>(CLINIC, { i: clinicInput(shop.organizationId) })).registerMassageClinic;
    const q = (await xx.ok<any>(QUALIFY, { i: qualificationInput(p.seekerId) })).recordMassageQualification;
    const clinicChange = clinicUpdate({ registrationNumber: 'PDY4115239999' });
    const qualificationChange = { kind: 'MEDICAL_MASSAGE_CERTIFICATE', skillLevel: null, issuer: '别的机构', issuedOn: '2020-11-10' };
    for (const [who, code] of [[new Client(server.url), 'UNAUTHENTICATED'], [p.client, 'FORBIDDEN'], [shop.client, 'FORBIDDEN'], [gs, 'FORBIDDEN']] as const) {
      expect((await who.fails(UPDATE_CLINIC, { id: c.id, i: clinicChange })).code).toBe(code);
      expect((await who.fails(UPDATE_QUALIFICATION, { id: q.id, i: qualificationChange })).code).toBe(code);
    }
    expect(await count(server, 'massage_clinic', `id = $1 AND registration_number = 'PDY4115230001'`, [c.id])).toBe(1);
    expect(await count(server, 'massage_qualification', `id = $1 AND issuer = '河南省卫生健康委员会'`, [q.id])).toBe(1);
    expect((await xx.fails(UPDATE_CLINIC, { id: '00000000-0000-4000-8000-000000000000', i: clinicChange })).code).toBe('NOT_FOUND');
    expect((await city.ok<any>(UPDATE_CLINIC, { id: c.id, i: clinicChange })).updateMassageClinic.registrationNumber).toBe('PDY4115239999');
    expect((await city.ok<any>(UPDATE_QUALIFICATION, { id: q.id, i: qualificationChange })).updateMassageQualification.issuer).toBe('别的机构');
  });
});
