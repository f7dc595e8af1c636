// The business licence (营业执照) in the verification evidence: the employer uploads it (type judged by its bytes, at most
// 5 MB, refusals naming the field in the user's language, nothing stored on a refusal), re-uploading replaces it;
// members and the staff who may decide read it, each read audited; nobody else. And each decision in the history
// names who decided: the office and the staff member (full name for staff, 王某 for the employer).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { admin, count, employer, LUOSHAN, PINGQIAO, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let adm: { client: Client };
let city: { client: Client; userId: string };
let luoshan: { client: Client; userId: string };
let pingqiao: { client: Client; userId: string };

beforeAll(async () => {
  server = await startTestServer();
  adm = await admin(server);
  city = await staff(server, adm.client, null);
  luoshan = await staff(server, adm.client, LUOSHAN);
  pingqiao = await staff(server, adm.client, PINGQIAO);
  await server.db.query(`UPDATE app_user SET display_name = '王小明' WHERE id = $1`, [luoshan.userId]);
  await server.db.query(`UPDATE app_user SET display_name = '李娜' WHERE id = $1`, [city.userId]);
});
afterAll(async () => { await server?.close(); });

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000000000500010d0a2db40000000049454e44ae426082', 'hex');
const JPEG = Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), randomBytes(64), Buffer.from('ffd9', 'hex')]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const GIF = Buffer.from('47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b', 'hex');

const tag = () => `zl${randomBytes(4).toString('hex')}`;
const licenceRows = (orgId: string) => count(server, 'organization_licence', 'organization_id = $1', [orgId]);
const reads = (orgId: string) => count(server, 'audit_log', `entity = 'organization' AND entity_id = $1 AND action = 'READ_SENSITIVE' AND field = 'licence'`, [orgId]);

async function upload(client: Client | null, orgId: string, file: Buffer, name: string, locale?: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const headers: Record<string, string> = { ...(client?.cookie ? { cookie: client.cookie } : {}), ...(locale ? { 'x-locale': locale } : {}) };
  const res = await fetch(`${server.url}/imports/organization-licence/${orgId}`, { method: 'POST', body: form, headers });
  return { status: res.status, body: await res.json() as Record<string, any> };
}

async function read(client: Client | null, orgId: string) {
  const res = await fetch(`${server.url}/exports/organization-licence/${orgId}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

const ORG = `query($id: ID!) { organization(id: $id) { id licence { mimeType byteSize fileName uploadedAt url } } }`;
const HISTORY = `query($id: ID!) { organization(id: $id) { verificationHistory { decision deciderOffice deciderName } } }`;
const MINE = `{ myOrganization { id verificationStatus licence { mimeType url } verificationHistory { decision deciderOffice deciderName } } }`;
const DECIDE = `mutation($i: OrganizationDecisionInput!) { decideOrganization(input: $i) { id verificationStatus } }`;
const RESUBMIT = `mutation($id: ID!) { resubmitOrganization(id: $id) { id verificationStatus } }`;

describe('uploading the licence', () => {
  it('takes a PNG, a JPEG or a PDF judged by its bytes (whatever the name), and a new upload replaces the old', async () => {
    const emp = await employer(server, { countyCode: LUOSHAN, name: `执照公司${tag()}` }, { verified: false });
    const png = await upload(emp.client, emp.organizationId, PNG, '营业执照.png');
    expect(png).toMatchObject({ status: 200, body: { mimeType: 'image/png', byteSize: PNG.length, fileName: '营业执照.png', url: `/exports/organization-licence/${emp.organizationId}` } });
    // a JPEG whose name says .pdf is a JPEG
    expect(await upload(emp.client, emp.organizationId, JPEG, 'scan.pdf')).toMatchObject({ status: 200, body: { mimeType: 'image/jpeg', byteSize: JPEG.length } });
    expect(await upload(emp.client, emp.organizationId, PDF, 'licence')).toMatchObject({ status: 200, body: { mimeType: 'application/pdf' } });
    expect(await licenceRows(emp.organizationId)).toBe(1);
    const r = await read(emp.client, emp.organizationId);
    expect(r.status).toBe(200);
    expect(r.bytes.equals(PDF)).toBe(true);
    expect((await emp.client.ok<any>(MINE)).myOrganization.licence).toEqual({ mimeType: 'application/pdf', url: `/exports/organization-licence/${emp.organizationId}` });
  });

  it('refuses other kinds, empty and oversized files and a missing file, naming the field in the user\'s language, and keeps the old licence', async () => {
    const emp = await employer(server, { countyCode: LUOSHAN, name: `执照公司${tag()}` }, { verified: false });
    await upload(emp.client, emp.organizationId, PNG, 'ok.png');
    const gif = await upload(emp.client, emp.organizationId, GIF, 'named.png');
    expect(gif).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT',
      fields: [{ path: 'licence', message: '营业执照只能是JPEG、PNG图片或PDF文件：该文件的内容是GIF文件（按内容判断，与文件名无关）' }] } });
    const text = await upload(emp.client, emp.organizationId, Buffer.from('这不是执照\n'), 'licence.jpg');
    expect(text.body.message).toBe('营业执照只能是JPEG、PNG图片或PDF文件：该文件的内容不是图片或PDF（按内容判断，与文件名无关）');
    const en = await upload(emp.client, emp.organizationId, Buffer.from('not a licence'), 'licence.jpg', 'en');
    expect(en.body.message).toBe('The business licence must be a JPEG or PNG image or a PDF: this file\'s content is neither (judged by its content, whatever its name)');
    const big = await upload(emp.client, emp.organizationId, Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]), 'big.png');
    expect(big).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: '营业执照文件不能超过5MB，请压缩图片或降低扫描分辨率后再上传' } });
    const bigEn = await upload(emp.client, emp.organizationId, Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]), 'big.png', 'en');
    expect(bigEn.body.message).toBe('The business licence file must be at most 5 MB; make the image smaller or scan at a lower resolution');
    expect((await upload(emp.client, emp.organizationId, Buffer.alloc(0), 'empty.png')).body.message).toBe('营业执照文件是空的，请重新选择');
    const none = await fetch(`${server.url}/imports/organization-licence/${emp.organizationId}`, { method: 'POST', body: new FormData(), headers: { cookie: emp.client.cookie! } });
    expect(none.status).toBe(400);
    expect(((await none.json()) as any).message).toBe('请选择营业执照文件（JPEG、PNG图片或PDF）');
    // the first licence is still there, unchanged
    const kept = await server.db.query(`SELECT mime_type, file_name, content FROM organization_licence WHERE organization_id = $1`, [emp.organizationId]);
    expect(kept.rows).toHaveLength(1);
    expect(kept.rows[0]).toMatchObject({ mime_type: 'image/png', file_name: 'ok.png' });
    expect(Buffer.from(kept.rows[0].content).equals(PNG)).toBe(true);
  });

  it('is for the organization\'s own employer only: another employer, a seeker, staff and anonymous are refused and nothing is stored', async () => {
    const emp = await employer(server, { countyCode: LUOSHAN, name: `执照公司${tag()}` }, { verified: false });
    const other = await employer(server, { countyCode: LUOSHAN, name: `别家公司${tag()}` });
    const s = await seeker(server);
    expect((await upload(other.client, emp.organizationId, PNG, 'x.png')).status).toBe(403);
    expect((await upload(s.client, emp.organizationId, PNG, 'x.png')).status).toBe(403);
    expect((await upload(luoshan.client, emp.organizationId, PNG, 'x.png')).status).toBe(403);
    expect((await upload(null, emp.organizationId, PNG, 'x.png')).status).toBe(401);
    expect((await upload(emp.client, 'not-an-id', PNG, 'x.png')).status).toBe(404);
    expect(await licenceRows(emp.organizationId)).toBe(0);
  });
});

describe('reading the licence', () => {
  it('is for members and the staff who may decide (its county\'s, the city\'s), each read audited; everyone else is refused', async () => {
    const emp = await employer(server, { countyCode: LUOSHAN, name: `执照公司${tag()}` }, { verified: false });
    const other = await employer(server, { countyCode: LUOSHAN, name: `别家公司${tag()}` });
    const s = await seeker(server);
    expect((await read(luoshan.client, emp.organizationId)).status).toBe(404); // nothing uploaded yet
    await upload(emp.client, emp.organizationId, PNG, '营业执照.png');
    const before = await reads(emp.organizationId);
    for (const c of [luoshan.client, city.client, adm.client]) {
      const r = await read(c, emp.organizationId);
      expect(r.status).toBe(200);
      expect(r.bytes.equals(PNG)).toBe(true);
      expect(r.headers.get('content-type')).toBe('image/png');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('cache-control')).toBe('no-store');
      expect(r.headers.get('content-disposition')).toMatch(/^attachment;/);
    }
    expect(await reads(emp.organizationId)).toBe(before + 3);
    const audit = await server.db.query(`SELECT actor_user_id, purpose FROM audit_log WHERE entity = 'organization' AND entity_id = $1 AND field = 'licence' ORDER BY id`, [emp.organizationId]);
    expect(audit.rows[0]).toEqual({ actor_user_id: luoshan.userId, purpose: 'VERIFICATION' });
    const refusedFrom = await reads(emp.organizationId);
    expect((await read(pingqiao.client, emp.organizationId)).status).toBe(403);
    expect((await read(other.client, emp.organizationId)).status).toBe(403);
    expect((await read(s.client, emp.organizationId)).status).toBe(403);
    expect((await read(null, emp.organizationId)).status).toBe(401);
    expect(await reads(emp.organizationId)).toBe(refusedFrom);
    // the facts in the evidence follow the same rule
    expect((await luoshan.client.ok<any>(ORG, { id: emp.organizationId })).organization.licence).toMatchObject({ mimeType: 'image/png', fileName: '营业执照.png' });
    expect((await city.client.ok<any>(ORG, { id: emp.organizationId })).organization.licence).not.toBeNull();
    // (an organization not yet verified is not found by them at all)
    for (const c of [pingqiao.client, other.client, s.client]) expect((await c.gql<any>(ORG, { id: emp.organizationId })).data?.organization?.licence ?? null).toBeNull();
    expect((await new Client(server.url).gql<any>(ORG, { id: emp.organizationId })).data?.organization?.licence ?? null).toBeNull();
  });
});

describe('the history names who decided', () => {
  it('as office and name for staff, office and 王某 for the employer; a new licence and resubmitting go back to the queue', async () => {
    const emp = await employer(server, { countyCode: LUOSHAN, name: `执照公司${tag()}` }, { verified: false });
    await upload(emp.client, emp.organizationId, PNG, 'blurry.png');
    await luoshan.client.ok(DECIDE, { i: { organizationId: emp.organizationId, decision: 'REQUEST_INFO', note: '执照照片看不清，请重新上传' } });
    // the employer replaces the licence and resubmits
    expect((await upload(emp.client, emp.organizationId, PDF, 'scan.pdf')).status).toBe(200);
    expect((await emp.client.ok<any>(RESUBMIT, { id: emp.organizationId })).resubmitOrganization.verificationStatus).toBe('PENDING');
    await city.client.ok(DECIDE, { i: { organizationId: emp.organizationId, decision: 'APPROVE', note: '' } });
    expect((await luoshan.client.ok<any>(ORG, { id: emp.organizationId })).organization.licence.mimeType).toBe('application/pdf');

    const forStaff = (await luoshan.client.ok<any>(HISTORY, { id: emp.organizationId })).organization.verificationHistory;
    expect(forStaff).toEqual([
      { decision: 'REQUEST_INFO', deciderOffice: '罗山县残联', deciderName: '王小明' },
      { decision: 'RESUBMIT', deciderOffice: null, deciderName: null },
      { decision: 'APPROVE', deciderOffice: '信阳市残联', deciderName: '李娜' },
    ]);
    const forEmployer = (await emp.client.ok<any>(MINE)).myOrganization.verificationHistory;
    expect(forEmployer).toEqual([
      { decision: 'REQUEST_INFO', deciderOffice: '罗山县残联', deciderName: '王某' },
      { decision: 'RESUBMIT', deciderOffice: null, deciderName: null },
      { decision: 'APPROVE', deciderOffice: '信阳市残联', deciderName: '李某' },
    ]);
    const en = await emp.client.raw({ query: MINE }, { 'x-locale': 'en' });
    expect(en.json.data.myOrganization.verificationHistory[0]).toEqual({ decision: 'REQUEST_INFO', deciderOffice: 'Luoshan County DPF', deciderName: '王某' });
    // the office is the one the staff member decided for, even after their county changes
    await server.db.query(`UPDATE app_user SET scope_county_code = $2 WHERE id = $1`, [luoshan.userId, PINGQIAO]);
    try {
      const later = (await city.client.ok<any>(HISTORY, { id: emp.organizationId })).organization.verificationHistory;
      expect(later[0].deciderOffice).toBe('罗山县残联');
    } finally {
      await server.db.query(`UPDATE app_user SET scope_county_code = $2 WHERE id = $1`, [luoshan.userId, LUOSHAN]);
    }
  });
});
