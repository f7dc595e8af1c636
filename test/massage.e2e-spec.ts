// Blind massage (plan （八）实施盲人按摩就业促进行动): staff register clinics and people's massage qualifications with
// their exam and continuing-education records (the person is told), and the blind-massage action line is counted
// from these facts, not from the job title; the dashboard and the quarterly report agree (docs/counting.md).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { admin, count, employer, postingInput, publishedPosting, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

const XINXIAN = '411523';
const GUSHI = '411525';
const SEEDED_PLAN = '0e5c2a2e-2022-4024-a000-000000006900';

let server: TestServer;
let city: Client;
let xx: Client;
let gs: Client;
beforeAll(async () => {
  server = await startTestServer();
  const adm = await admin(server);
  [city, xx, gs] = (await Promise.all([null, XINXIAN, GUSHI].map((c) => staff(server, adm.client, c)))).map((s) => s.client);
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
    expect(await hire(0, shop.organizationId, { postingId: titled })).toBe('PRIVATE');

    // 2. the shop registered as a clinic: its next blind hire counts, whatever the job is called
    const c = (await xx.ok<any>(CLINIC, { i: clinicInput(shop.organizationId) })).registerMassageClinic;
    expect(c).toMatchObject({ kind: 'MEDICAL', countyCode: XINXIAN, medicalInsuranceDesignated: true, organization: { name: '新县光明盲人按摩店' } });
    expect(c.source).toBe('（八）实施盲人按摩就业促进行动');
    expect(await hire(1, shop.organizationId)).toBe('BLIND_MASSAGE');

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
    expect(d.byActionLine).toEqual([{ key: 'BLIND_MASSAGE', count: 3 }, { key: 'PRIVATE', count: 1 }, { key: 'PUBLIC_SECTOR', count: 1 }]);
    const q = (await xx.ok<any>(QUARTERLY, {})).quarterlyReport.rows.find((r: any) => r.countyCode === XINXIAN);
    expect(q.quarter).toBe(5);
    expect(q.byActionLine).toEqual(d.byActionLine);
    expect((await city.ok<any>(DASHBOARD, { c: XINXIAN })).actionPlanDashboard.placements.byActionLine).toEqual(d.byActionLine);
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
    const english = new Client(server.url, { 'accept-language': 'en' });
    english.cookie = xx.cookie;
    expect((await english.fails(QUALIFY, { i: qualificationInput(p.seekerId, { issuer: '' }) })).fields[0].message).toMatch(/issued by/);
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
