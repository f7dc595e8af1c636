// Staff choose a recorded hire's action line, and correct the employer of a placement: the change is kept in its
// history and the quota figures follow (the old employer's counted disabled employees drop by one, the new one's rise).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DisabilityCategory as C } from '../server/src/common/domain.js';
import { admin, certificate, employer, publishedPosting, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

const GUANGSHAN = '411522';
const XIXIAN = '411528';

let server: TestServer;
let gs: Client;
let xi: Client;
let city: Client;
beforeAll(async () => {
  server = await startTestServer();
  const adm = await admin(server);
  [city, gs, xi] = (await Promise.all([null, GUANGSHAN, XIXIAN].map((c) => staff(server, adm.client, c)))).map((s) => s.client);
});
afterAll(async () => { await server?.close(); });

const RECORD = `mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id actionLine organization { id } } }`;
const CORRECT = `mutation($id: ID!, $i: CorrectPlacementInput!) { correctPlacement(id: $id, input: $i) { id organization { id name }
  history { kind reason actorName changes { field from to } } } }`;
const POSITION = `query($o: ID!, $y: Int!) { quotaPosition(organizationId: $o, year: $y) { counted countedPeople } }`;
const CONTRACT = { contractKind: 'CONTRACT', contractMonths: 36, monthlyWage: 3000, socialInsuranceFull: true };

const position = async (org: string) => (await gs.ok<any>(POSITION, { o: org, y: 2024 })).quotaPosition;
const snapshot = async (id: string) => (await server.db.query(
  `SELECT p.*, (SELECT count(*) FROM placement_change c WHERE c.placement_id = p.id) AS entries FROM placement p WHERE p.id = $1`, [id])).rows[0];

describe('recording a hire: the action line', () => {
  it('is derived from the facts when left out, and is the one staff chose when given', async () => {
    const org = await employer(server, { countyCode: GUANGSHAN, type: 'STATE_OWNED' });
    const a = await seeker(server, { countyCode: GUANGSHAN });
    const b = await seeker(server, { countyCode: GUANGSHAN });
    const base = { organizationId: org.organizationId, employmentForm: 'FULL_TIME', startDate: '2024-03-01' };
    // a state-owned employer: 国有企业 line by default
    expect((await gs.ok<any>(RECORD, { i: { ...base, seekerId: a.seekerId } })).recordPlacement.actionLine).toBe('STATE_OWNED');
    // staff know the hire came through the rural line (农村残疾人就业)
    expect((await gs.ok<any>(RECORD, { i: { ...base, seekerId: b.seekerId, actionLine: 'RURAL' } })).recordPlacement.actionLine).toBe('RURAL');
  });
});

describe('correcting a placement\'s employer', () => {
  it('moves the quota figure from the old employer to the new and keeps the change in the history', async () => {
    const oldOrg = await employer(server, { countyCode: GUANGSHAN, staffCount: 300 });
    const newOrg = await employer(server, { countyCode: GUANGSHAN, staffCount: 200, name: '光山县羽绒服饰有限公司' });
    const p = await seeker(server, { countyCode: GUANGSHAN, certificateNumber: certificate(C.PHYSICAL, 3), category: 'PHYSICAL', level: 3 });
    const id = (await gs.ok<any>(RECORD, { i: { seekerId: p.seekerId, organizationId: oldOrg.organizationId, employmentForm: 'FULL_TIME',
      startDate: '2024-01-01', contract: CONTRACT } })).recordPlacement.id;
    // level 3, a 36-month contract, insured, employed the whole of 2024: one person counted as one
    const oldBefore = await position(oldOrg.organizationId);
    const newBefore = await position(newOrg.organizationId);
    expect(oldBefore).toEqual({ counted: 1, countedPeople: 1 });
    expect(newBefore).toEqual({ counted: 0, countedPeople: 0 });

    const c = (await gs.ok<any>(CORRECT, { id, i: { organizationId: newOrg.organizationId, reason: '劳动合同的用人单位是羽绒服饰公司' } })).correctPlacement;
    expect(c.organization).toEqual({ id: newOrg.organizationId, name: '光山县羽绒服饰有限公司' });
    expect(c.history.at(-1)).toEqual({ kind: 'CORRECTED', reason: '劳动合同的用人单位是羽绒服饰公司', actorName: '残联工作人员', changes: [
      { field: 'organization', from: '信阳测试电子商务有限公司', to: '光山县羽绒服饰有限公司' },
    ] });
    const oldAfter = await position(oldOrg.organizationId);
    const newAfter = await position(newOrg.organizationId);
    expect(oldAfter).toEqual({ counted: 0, countedPeople: 0 });
    expect(newAfter).toEqual({ counted: 1, countedPeople: 1 });
    // the new employer now sees the placement; the old one no longer does
    const mine = `query { placements { items { id } } }`;
    expect((await newOrg.client.ok<any>(mine)).placements.items.map((x: any) => x.id)).toContain(id);
    expect((await oldOrg.client.ok<any>(mine)).placements.items.map((x: any) => x.id)).not.toContain(id);
  });

  it('refuses an unknown organization, the same employer, a hire through a posting, and anyone not in scope, changing nothing', async () => {
    const org = await employer(server, { countyCode: GUANGSHAN });
    const other = await employer(server, { countyCode: GUANGSHAN });
    const p = await seeker(server, { countyCode: GUANGSHAN });
    const id = (await gs.ok<any>(RECORD, { i: { seekerId: p.seekerId, organizationId: org.organizationId, employmentForm: 'FULL_TIME', startDate: '2024-05-01' } }))
      .recordPlacement.id;
    const before = await snapshot(id);
    const move = (organizationId: string) => ({ id, i: { organizationId, reason: '改单位' } });
    expect(await gs.fails(CORRECT, move('00000000-0000-4000-8000-000000000009')))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.organizationId', message: '找不到该用人单位' }] });
    expect(await gs.fails(CORRECT, move(org.organizationId)))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.organizationId', message: '所选单位就是现在登记的用人单位，请选择另一个单位' }] });
    const en = new Client(server.url, { 'accept-language': 'en' });
    en.cookie = gs.cookie;
    expect((await en.fails(CORRECT, move(org.organizationId))).fields[0].message).toBe('That is the employer already on record: choose another one');
    expect((await gs.fails(CORRECT, move('not-an-id'))).code).toBe('BAD_USER_INPUT');
    expect((await xi.fails(CORRECT, move(other.organizationId))).code).toBe('NOT_FOUND');
    expect((await org.client.fails(CORRECT, move(other.organizationId))).code).toBe('FORBIDDEN');
    expect((await other.client.fails(CORRECT, move(other.organizationId))).code).toBe('FORBIDDEN');
    expect((await p.client.fails(CORRECT, move(other.organizationId))).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(CORRECT, move(other.organizationId))).code).toBe('UNAUTHENTICATED');
    expect(await snapshot(id)).toEqual(before);

    // a hire through one of the employer's postings stays with that employer
    const postingOrg = await employer(server, { countyCode: GUANGSHAN });
    const posting = await publishedPosting(postingOrg, { countyCode: GUANGSHAN });
    const q = await seeker(server, { countyCode: GUANGSHAN });
    const viaPosting = (await gs.ok<any>(RECORD, { i: { seekerId: q.seekerId, organizationId: postingOrg.organizationId, postingId: posting,
      employmentForm: 'FULL_TIME', startDate: '2024-05-01' } })).recordPlacement.id;
    expect(await gs.fails(CORRECT, { id: viaPosting, i: { organizationId: other.organizationId, reason: '改单位' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.organizationId' }] });

    // city staff may move it
    expect((await city.ok<any>(CORRECT, move(other.organizationId))).correctPlacement.organization.id).toBe(other.organizationId);
  });
});
