// Data for the compliance browser tests, in a county of their own (固始县 411525): a county staff member, registry
// files made at run time (CSV text in the registry's Chinese wording, with or without errors), imports through
// the real upload, and placements that the integrity checks flag.
import { randomInt } from 'node:crypto';
import pg from 'pg';
import { Api, baseUrl, employerWithPosting, organizationInput, postingInput, residentId, seekerWithProfile, staffMember, uniquePhone } from './support/api.js';

export const GUSHI = '411525';
export const GUSHI_NAME = '固始县';

export async function db<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.BROWSER_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A staff member whose account covers 固始县 only. */
export function countyStaff(county = GUSHI): Promise<Api> {
  return staffMember(county, '固始县残联工作人员');
}

export const HEADERS = ['姓名', '性别', '出生日期', '残疾人证号', '残疾类别', '残疾等级', '所属县区', '城乡', '联系电话', '文化程度', '就业状态'] as const;
export type Row = Record<(typeof HEADERS)[number], string>;

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['芳', '强', '敏', '伟', '静', '磊', '洋', '娟', '军', '霞'];
const used = new Set<string>();

/** People of 固始县 with visual disability level 2; certificates unique within the run. */
export function people(n: number): Row[] {
  const rows: Row[] = [];
  while (rows.length < n) {
    const d = new Date(Date.UTC(1970, 0, 1) + randomInt(0, 30 * 365) * 86_400_000).toISOString().slice(0, 10);
    const id = residentId(GUSHI, d.replace(/-/g, ''));
    if (used.has(id.slice(0, 17))) continue;
    used.add(id.slice(0, 17));
    rows.push({
      姓名: `${SURNAMES[rows.length % 10]}${GIVEN[Math.floor(rows.length / 10) % 10]}`, 性别: Number(id[16]) % 2 === 1 ? '男' : '女', 出生日期: d,
      残疾人证号: `${id}12`, 残疾类别: '视力', 残疾等级: '二级', 所属县区: GUSHI_NAME, 城乡: '农村', 联系电话: uniquePhone(), 文化程度: '初中', 就业状态: '未就业',
    });
  }
  return rows;
}

/** The same rows with three mistakes a clerk makes: a wrong check character, a category that contradicts the certificate, an unknown county. */
export function withMistakes(rows: Row[]): Row[] {
  const out = rows.map((r) => ({ ...r }));
  const cert = out[1].残疾人证号;
  const wrong = cert[17] === '0' ? '1' : '0';
  out[1].残疾人证号 = `${cert.slice(0, 17)}${wrong}${cert.slice(18)}`;
  out[2].残疾类别 = '听力';
  out[3].所属县区 = '羊山新区';
  return out;
}

export function csv(rows: Row[]): Buffer {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return Buffer.from([HEADERS.join(','), ...rows.map((r) => HEADERS.map((h) => quote(r[h])).join(','))].join('\r\n') + '\r\n');
}

/** Uploads as the staff member and waits for the job to end; returns its id. */
export async function importFile(staff: Api, file: Buffer, name: string, validOnly = false): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)], { type: 'text/csv' }), name);
  const res = await fetch(`${baseUrl()}/imports/seekers${validOnly ? '?validOnly=1' : ''}`, { method: 'POST', body: form, headers: { cookie: staff.cookie! } });
  const body = await res.json() as { id: string };
  if (res.status !== 202) throw new Error(`upload refused: ${res.status} ${JSON.stringify(body)}`);
  for (let i = 0; i < 300; i++) {
    const { seekerImport } = await staff.gql(`query($id: ID!) { seekerImport(id: $id) { status } }`, { id: body.id });
    if (!['QUEUED', 'VALIDATING', 'WRITING'].includes(seekerImport.status)) return body.id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${body.id} did not finish`);
}

/**
 * A job seeker of 固始县 hired by an employer with no application and let go after 30 days: the checks flag it
 * as a short placement and as a placement with no history. Returns the seeker's name and placement id.
 */
export async function shortPlacement(countyStaffApi: Api, name: string): Promise<{ placementId: string; seekerId: string }> {
  const city = await staffMember();
  const { organizationId } = await employerWithPosting(city, { org: { name: `${name}所在的测试公司` } });
  const birth = `19${randomInt(70, 99)}0${randomInt(1, 9)}1${randomInt(0, 9)}`;
  const seeker = await seekerWithProfile({
    name, countyCode: GUSHI, preferredCounties: [GUSHI], birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`,
    certificateNumber: `${residentId(GUSHI, birth)}12`,
  });
  const { myProfile } = await seeker.gql(`{ myProfile { id } }`);
  const { recordPlacement } = await countyStaffApi.gql(`mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`,
    { i: { seekerId: myProfile.id, organizationId, employmentForm: 'FULL_TIME', startDate: '2026-03-02' } });
  await countyStaffApi.gql(`mutation($id: ID!) { endPlacement(id: $id, endDate: "2026-04-01", reason: RESIGNED) { id } }`, { id: recordPlacement.id });
  return { placementId: recordPlacement.id, seekerId: myProfile.id };
}

export async function runChecks(staff: Api): Promise<void> {
  await staff.gql(`mutation { runIntegrityChecks { shortPlacements } }`);
}

/** A company of 固始县 just registered (waiting to be verified) with one published posting whose title holds `word`. */
export async function newCompany(name: string, word: string): Promise<{ organizationId: string; postingId: string; title: string; employer: Api }> {
  const employer = await Api.signUp('EMPLOYER', '赵经理');
  const { createOrganization } = await employer.gql(`mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`,
    { i: organizationInput({ name, countyCode: GUSHI, address: '固始县城关镇测试路9号' }) });
  const title = `电商客服${word}`;
  const { createPosting } = await employer.gql(`mutation($i: PostingInput!) { createPosting(input: $i) { id } }`,
    { i: postingInput({ title, skills: [word], countyCode: GUSHI, address: '固始县城关镇测试路9号', latitude: 32.17, longitude: 115.65 }) });
  await employer.gql(`mutation($id: ID!) { publishPosting(id: $id) { id } }`, { id: createPosting.id });
  return { organizationId: createOrganization.id, postingId: createPosting.id, title, employer };
}

/** A 1×1 PNG: the smallest image the licence upload takes. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000000000500010d0a2db40000000049454e44ae426082', 'hex');

/** The employer uploads its business licence through the real upload. */
export async function uploadLicence(employer: Api, organizationId: string): Promise<void> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PNG)]), '营业执照.png');
  const res = await fetch(`${baseUrl()}/imports/organization-licence/${organizationId}`, { method: 'POST', body: form, headers: { cookie: employer.cookie! } });
  if (res.status !== 200) throw new Error(`licence upload: ${res.status} ${await res.text()}`);
}

/**
 * An employer of 固始县 whose reserved posting was published long ago and whose three placements (early in 2026,
 * inside the 12 months the checks judge) each ended within a month: the genuineness figures show early endings and
 * low retention, and the checks flag them. One placement is paid 1,000 yuan a month (below the minimum wage).
 */
export async function genuinenessEmployer(name: string): Promise<{ organizationId: string }> {
  const city = await staffMember();
  const { organizationId, postingId } = await employerWithPosting(city, {
    org: { name, countyCode: GUSHI, address: '固始县城关镇测试路12号' },
    posting: { title: '预留岗位：仓库记账员', countyCode: GUSHI, address: '固始县城关镇测试路12号', latitude: 32.17, longitude: 115.65, openings: 4 },
  });
  await db(`UPDATE posting SET published_at = '2025-12-10T02:00:00Z' WHERE id = $1`, [postingId]);
  for (const [i, start] of ['2026-02-02', '2026-02-03', '2026-02-04'].entries()) {
    const birth = `19${randomInt(70, 99)}0${randomInt(1, 9)}1${randomInt(0, 9)}`;
    const seeker = await seekerWithProfile({
      name: `${SURNAMES[i]}${GIVEN[i + 3]}`, countyCode: GUSHI, birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`,
      certificateNumber: `${residentId(GUSHI, birth)}12`,
    });
    const { myProfile } = await seeker.gql(`{ myProfile { id } }`);
    await db(`INSERT INTO placement (seeker_id, organization_id, posting_id, employment_form, start_date, end_date, end_reason, action_line,
                                     county_code, source, monthly_wage)
              VALUES ($1, $2, $3, 'FULL_TIME', $4, '2026-03-01', 'RESIGNED', 'PRIVATE', $5, 'EXTERNAL', $6)`,
      [myProfile.id, organizationId, i === 0 ? postingId : null, start, GUSHI, i === 0 ? 1000 : 3000]);
  }
  return { organizationId };
}
