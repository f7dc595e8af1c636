// Registry import over HTTP: upload with the staff cookie, poll the job, check what was (not) written.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { DisabilityCategory } from '../server/src/common/domain.js';
import { SensitiveCrypto } from '../server/src/common/sensitive-crypto.js';
import { loadConfig } from '../server/src/config/config.js';
import { csvText, encodeGbk, REGISTRY_HEADERS, xlsxFile } from '../server/src/reporting/import/testing/registry-files.js';
import { admin, certificate, count, randomBirth, seeker, signUp, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer, uniquePhone } from './support/server.js';

let server: TestServer;
let city: { client: Client; userId: string };
let guangshan: { client: Client; userId: string };
const crypto = new SensitiveCrypto(loadConfig({ NODE_ENV: 'test' }).dataKey);
// counties no other test file counts seekers in, so files running side by side do not disturb each other's totals
const GUANGSHAN = '411522';
const HUANGCHUAN = '411526';
const HUAIBIN = '411527';
const COUNTY_NAMES: Record<string, string> = { [GUANGSHAN]: '光山县', [HUANGCHUAN]: '潢川县', [HUAIBIN]: '淮滨县' };

beforeAll(async () => {
  server = await startTestServer();
  const adm = await admin(server);
  city = await staff(server, adm.client, null);
  guangshan = await staff(server, adm.client, GUANGSHAN);
});
afterAll(async () => { await server?.close(); });

type Row = Record<(typeof REGISTRY_HEADERS)[number], string>;

/** A valid registry row for a new person; gender and birth date follow the certificate number. */
function person(county = GUANGSHAN, over: Partial<Row> = {}): Row {
  const cert = certificate(DisabilityCategory.VISUAL, 2, randomBirth(), county);
  return {
    姓名: '测试人员', 性别: Number(cert[16]) % 2 === 1 ? '男' : '女', 出生日期: `${cert.slice(6, 10)}-${cert.slice(10, 12)}-${cert.slice(12, 14)}`,
    残疾人证号: cert, 残疾类别: '视力', 残疾等级: '二级', 所属县区: COUNTY_NAMES[county], 城乡: '农村', 联系电话: uniquePhone(), 文化程度: '初中',
    毕业院校: '', 毕业年份: '', 就业状态: '未就业', ...over,
  };
}

const table = (rows: Row[]) => [[...REGISTRY_HEADERS], ...rows.map((r) => REGISTRY_HEADERS.map((h) => r[h]))];
const xlsx = (rows: Row[]) => xlsxFile(table(rows));
const profilesOf = (rows: Row[]) => count(server, 'seeker_profile', 'certificate_hash = ANY($1)', [rows.map((r) => crypto.hash(r.残疾人证号))]);

async function upload(client: Client | null, file: Buffer, name: string, validOnly = false) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const res = await fetch(`${server.url}/imports/seekers${validOnly ? '?validOnly=1' : ''}`, {
    method: 'POST', body: form, headers: client?.cookie ? { cookie: client.cookie } : {},
  });
  return { status: res.status, body: await res.json() as { id: string; status: string; code?: string; message?: string } };
}

const JOB = `query($id: ID!) { seekerImport(id: $id) { id status fileName format validOnly progress totalRows processedRows createdCount updatedCount
  unchangedCount errorRows message errorReportUrl problems(page: { pageSize: 100 }) { total items { rowNumber column message } } } }`;

async function finished(client: Client, id: string): Promise<any> {
  const until = Date.now() + 30_000;
  for (;;) {
    const { seekerImport } = await client.ok<any>(JOB, { id });
    if (!['QUEUED', 'VALIDATING', 'WRITING'].includes(seekerImport.status)) return seekerImport;
    if (Date.now() > until) throw new Error(`import ${id} still ${seekerImport.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function imported(client: Client, file: Buffer, name: string, validOnly = false) {
  const { status, body } = await upload(client, file, name, validOnly);
  expect(status).toBe(202);
  expect(body.status).toBe('QUEUED');
  return finished(client, body.id);
}

describe('importing the registry', () => {
  it('imports an .xlsx, and the same file again changes nothing', async () => {
    const rows = [person(GUANGSHAN), person(HUAIBIN, { 残疾类别: '肢体', 残疾人证号: '' }), person(HUANGCHUAN, { 文化程度: '大专', 毕业院校: '信阳职业技术学院', 毕业年份: '2023' })];
    rows[1].残疾人证号 = certificate(DisabilityCategory.PHYSICAL, 2, rows[1].出生日期.replace(/-/g, ''), HUAIBIN);
    rows[1].性别 = Number(rows[1].残疾人证号[16]) % 2 === 1 ? '男' : '女';
    const file = await xlsx(rows);
    const first = await imported(city.client, file, '2025年残疾人名册.xlsx');
    expect(first).toMatchObject({
      status: 'DONE', fileName: '2025年残疾人名册.xlsx', format: 'XLSX', progress: 1, totalRows: 3, processedRows: 3, createdCount: 3,
      updatedCount: 0, unchangedCount: 0, errorRows: 0, message: null, errorReportUrl: null, problems: { total: 0 },
    });
    const { rows: stored } = await server.db.query(
      `SELECT user_id, name, county_code, category, level, education, graduate_year, certificate_masked, certificate_enc
         FROM seeker_profile WHERE certificate_hash = $1`, [crypto.hash(rows[2].残疾人证号)]);
    expect(stored[0]).toMatchObject({ user_id: null, county_code: HUANGCHUAN, category: 'VISUAL', level: 2, education: 'JUNIOR_COLLEGE', graduate_year: 2023 });
    expect(stored[0].certificate_masked).toBe(`${rows[2].残疾人证号.slice(0, 4)}**********${rows[2].残疾人证号.slice(-6)}`);
    expect(crypto.decrypt(stored[0].certificate_enc)).toBe(rows[2].残疾人证号);

    const again = await imported(city.client, file, '2025年残疾人名册.xlsx');
    expect(again).toMatchObject({ status: 'DONE', createdCount: 0, updatedCount: 0, unchangedCount: 3, errorRows: 0 });
    expect(await profilesOf(rows)).toBe(3);

    const { rows: audit } = await server.db.query(
      `SELECT actor_user_id, detail FROM audit_log WHERE entity = 'seeker_import' AND entity_id = $1`, [first.id]);
    expect(audit).toEqual([{ actor_user_id: city.userId, detail: expect.objectContaining({
      op: 'importSeekers', fileName: '2025年残疾人名册.xlsx', status: 'DONE', total: 3, created: 3, updated: 0, unchanged: 0, errorRows: 0,
    }) }]);
  });

  it('imports a CSV that Excel in China saved in GBK', async () => {
    const rows = [person(GUANGSHAN, { 姓名: '王芳', 城乡: '城镇' }), person(GUANGSHAN, { 姓名: '李强', 就业状态: '已就业' })];
    const job = await imported(guangshan.client, encodeGbk(csvText(table(rows))), 'registry.csv');
    expect(job).toMatchObject({ status: 'DONE', format: 'CSV', createdCount: 2, errorRows: 0 });
    const { rows: stored } = await server.db.query(
      `SELECT name, residence, employment_status FROM seeker_profile WHERE certificate_hash = ANY($1) ORDER BY name`, [rows.map((r) => crypto.hash(r.残疾人证号))]);
    expect(stored).toEqual([
      { name: '李强', residence: 'RURAL', employment_status: 'EMPLOYED' }, { name: '王芳', residence: 'URBAN', employment_status: 'UNEMPLOYED' },
    ]);
  });

  it('a changed row updates the registry fields only, never the seeker\'s consents or own data', async () => {
    const s = await seeker(server, { countyCode: HUAIBIN, preferredCounties: [HUAIBIN] });
    const { rows: [before] } = await server.db.query(`SELECT phone, skills, experience, supports_must FROM seeker_profile WHERE id = $1`, [s.seekerId]);
    const consents = await count(server, 'consent_record', 'seeker_id = $1', [s.seekerId]);
    const { rows: [{ enc }] } = await server.db.query(`SELECT certificate_enc AS enc FROM seeker_profile WHERE id = $1`, [s.seekerId]);
    const cert = crypto.decrypt(enc);
    const row = person(HUAIBIN, { 姓名: '张明', 联系电话: '', 就业状态: '已就业', 文化程度: '' });
    Object.assign(row, { 残疾人证号: cert, 出生日期: `${cert.slice(6, 10)}-${cert.slice(10, 12)}-${cert.slice(12, 14)}`, 性别: Number(cert[16]) % 2 ? '男' : '女' });
    const job = await imported(city.client, await xlsx([row]), 'update.xlsx');
    expect(job).toMatchObject({ status: 'DONE', createdCount: 0, updatedCount: 1, unchangedCount: 0 });
    const { rows: [after] } = await server.db.query(
      `SELECT user_id, employment_status, education, phone, skills, experience, supports_must FROM seeker_profile WHERE id = $1`, [s.seekerId]);
    expect(after).toMatchObject({
      user_id: s.userId, employment_status: 'EMPLOYED', education: 'VOCATIONAL', // a blank cell keeps what the profile says
      phone: before.phone, skills: before.skills, experience: before.experience, supports_must: before.supports_must,
    });
    expect(await count(server, 'consent_record', 'seeker_id = $1', [s.seekerId])).toBe(consents);
  });
});

describe('rows with errors', () => {
  function withErrors() {
    const good = person(GUANGSHAN);
    const badCheck = person(GUANGSHAN);
    const last = badCheck.残疾人证号[17];
    badCheck.残疾人证号 = badCheck.残疾人证号.slice(0, 17) + (last === '0' ? '1' : '0') + badCheck.残疾人证号.slice(18);
    const badCategory = person(GUANGSHAN, { 残疾类别: '听力' });
    const badCounty = person(GUANGSHAN, { 所属县区: '羊山新区' });
    return { good, rows: [good, badCheck, badCategory, badCounty] };
  }

  it('refuse the whole file: nothing written, every problem reported, and an error report to correct', async () => {
    const { rows } = withErrors();
    const job = await imported(city.client, await xlsx(rows), 'with-errors.xlsx');
    expect(job).toMatchObject({ status: 'REJECTED', createdCount: 0, updatedCount: 0, errorRows: 3, totalRows: 4 });
    expect(job.message).toBe('有3行存在错误，整个文件未导入。请下载错误报告修改后重新导入，或选择“只导入正确的行”');
    expect(job.problems.items).toEqual([
      { rowNumber: 3, column: '残疾人证号', message: expect.stringMatching(/^残疾人证号第18位（身份证号校验位）应为[\dX]，而不是[\dX]：请核对前17位$/) },
      { rowNumber: 4, column: '残疾类别', message: '残疾类别“听力”与残疾人证号第19位（1，视力）不一致' },
      { rowNumber: 5, column: '所属县区', message: '所属县区“羊山新区”不是本市的县区，请填写县区名称或代码，例如 罗山县 或 411521' },
    ]);
    expect(await profilesOf(rows)).toBe(0);

    const res = await fetch(`${server.url}${job.errorReportUrl}`, { headers: { cookie: city.client.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = wb.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...REGISTRY_HEADERS, '错误说明', '原行号']);
    expect(sheet.rowCount).toBe(4);
    const second = sheet.getRow(3).values as unknown[];
    expect(second[4]).toBe(rows[2].残疾人证号);
    expect(second[14]).toBe('残疾类别“听力”与残疾人证号第19位（1，视力）不一致');
    expect(second[15]).toBe(4);
    expect((await fetch(`${server.url}${job.errorReportUrl}`)).status).toBe(401);
    expect(await count(server, 'audit_log', `entity = 'seeker_import' AND entity_id = $1 AND action = 'READ_SENSITIVE'`, [job.id])).toBe(1);
  });

  it('with validOnly, write the valid rows and report the others', async () => {
    const { good, rows } = withErrors();
    const job = await imported(city.client, await xlsx(rows), 'with-errors.xlsx', true);
    expect(job).toMatchObject({ status: 'DONE', validOnly: true, createdCount: 1, errorRows: 3, problems: { total: 3 } });
    expect(job.errorReportUrl).toBe(`/exports/imports/${job.id}/errors.xlsx`);
    expect(await profilesOf([good])).toBe(1);
    expect(await profilesOf(rows)).toBe(1);
  });

  it('refuse a file missing required columns, naming them', async () => {
    const job = await imported(city.client, Buffer.from(csvText([['姓名', '残疾人证号'], ['张明', certificate()]])), 'short.csv');
    expect(job).toMatchObject({ status: 'REJECTED', message: '缺少必需的列：性别、出生日期、所属县区、城乡', totalRows: null, errorReportUrl: null });
  });
});

describe('who may import', () => {
  it('county staff import rows of their county only, and never change another county\'s profile', async () => {
    const mine = person(GUANGSHAN);
    const theirs = person(HUANGCHUAN);
    const job = await imported(guangshan.client, await xlsx([mine, theirs]), 'two-counties.xlsx');
    expect(job).toMatchObject({ status: 'REJECTED', errorRows: 1 });
    expect(job.problems.items).toEqual([{ rowNumber: 3, column: '所属县区', message: '该行属于潢川县，不在您负责的县区内' }]);
    expect(await profilesOf([mine, theirs])).toBe(0);

    // a person registered in 潢川县 cannot be moved into 光山县 by 光山县 staff
    const moved = person(HUANGCHUAN);
    await imported(city.client, await xlsx([moved]), 'xixian.xlsx');
    const attempt = await imported(guangshan.client, await xlsx([{ ...moved, 所属县区: '光山县' }]), 'move.xlsx', true);
    expect(attempt).toMatchObject({ status: 'DONE', createdCount: 0, updatedCount: 0, errorRows: 1 });
    expect(attempt.problems.items[0].message).toBe('该残疾人证号的档案属于潢川县，不在您负责的县区内');
    const { rows } = await server.db.query(`SELECT county_code FROM seeker_profile WHERE certificate_hash = $1`, [crypto.hash(moved.残疾人证号)]);
    expect(rows).toEqual([{ county_code: HUANGCHUAN }]);
  });

  it('county staff see their county\'s imports only; city staff see all', async () => {
    const cityJob = await imported(city.client, await xlsx([person(HUAIBIN)]), 'city.xlsx');
    const countyJob = await imported(guangshan.client, await xlsx([person(GUANGSHAN)]), 'county.xlsx');
    expect((await guangshan.client.fails(JOB, { id: cityJob.id })).code).toBe('FORBIDDEN');
    const list = `{ seekerImports(page: { pageSize: 100 }) { total items { id } } }`;
    const countyIds = (await guangshan.client.ok<any>(list)).seekerImports.items.map((i: any) => i.id);
    expect(countyIds).toContain(countyJob.id);
    expect(countyIds).not.toContain(cityJob.id);
    const cityIds = (await city.client.ok<any>(list)).seekerImports.items.map((i: any) => i.id);
    expect(cityIds).toEqual(expect.arrayContaining([cityJob.id, countyJob.id]));
    const report = await fetch(`${server.url}/exports/imports/${cityJob.id}/errors.xlsx`, { headers: { cookie: guangshan.client.cookie! } });
    expect(report.status).toBe(403);
  });

  it('refuses users who are not staff, and anonymous uploads', async () => {
    const s = await signUp(server, 'SEEKER');
    const file = await xlsx([person(GUANGSHAN)]);
    const bySeeker = await upload(s.client, file, 'registry.xlsx');
    expect(bySeeker).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect((await upload(null, file, 'registry.xlsx')).status).toBe(401);
    expect((await s.client.fails(`{ seekerImports { total } }`)).code).toBe('FORBIDDEN');
    expect(await count(server, 'seeker_import', 'created_by = $1', [s.userId])).toBe(0);
  });
});

describe('what is uploaded', () => {
  it('refuses a PNG renamed .xlsx by its content, and keeps no job', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000000000500010d0a2db40000000049454e44ae426082', 'hex');
    const r = await upload(city.client, png, 'photo-renamed.xlsx');
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'BAD_USER_INPUT', message: '该文件的内容是PNG文件，不是表格（按内容判断，与文件名无关）：只能导入Excel（.xlsx）或CSV文件' });
    expect(await count(server, 'seeker_import', `file_name = 'photo-renamed.xlsx'`)).toBe(0);
  });

  it('refuses at upload a text file named .csv that starts with %PDF-, naming the field, and keeps no job', async () => {
    const pdf = Buffer.from(`%PDF-1.4\n${REGISTRY_HEADERS.join(',')}\n`, 'utf8');
    const r = await upload(city.client, pdf, 'pdf-named-as.csv');
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'file', message: '该文件的内容是PDF文件，不是表格（按内容判断，与文件名无关）：只能导入Excel（.xlsx）或CSV文件' }],
    });
    expect(await count(server, 'seeker_import', `file_name = 'pdf-named-as.csv'`)).toBe(0);
  });

  it('refuses a file over the size limit, and a request without a file', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x41);
    const r = await upload(city.client, big, 'big.csv');
    expect(r).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: '文件不能超过20MB，请拆分后分批导入' } });
    const none = await fetch(`${server.url}/imports/seekers`, { method: 'POST', body: new FormData(), headers: { cookie: city.client.cookie! } });
    expect(none.status).toBe(400);
    expect(await count(server, 'seeker_import', `file_name = 'big.csv'`)).toBe(0);
  });
});
