// The employer's quota-review pack (issue 15) over GraphQL and HTTP: the pack's figures are quotaPosition's and the
// Excel's; submit, return with a reason, resubmit as a new version, confirm; notices to the other side; the snapshot
// stays as submitted; bad input and who may do what.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { DisabilityCategory as C } from '../server/src/common/domain.js';
import { LUOSHAN, PINGQIAO, admin, certificate, count, employer, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let cityStaff: Awaited<ReturnType<typeof staff>>;
let pingqiaoStaff: Awaited<ReturnType<typeof staff>>;
let luoshanStaff: Awaited<ReturnType<typeof staff>>;

beforeAll(async () => {
  server = await startTestServer();
  const adminClient = (await admin(server)).client;
  [cityStaff, pingqiaoStaff, luoshanStaff] = await Promise.all([
    staff(server, adminClient, null), staff(server, adminClient, PINGQIAO), staff(server, adminClient, LUOSHAN),
  ]);
});
afterAll(async () => { await server?.close(); });

const YEAR = 2025;
const POSITION = `query($o: ID!, $y: Int!) { quotaPosition(organizationId: $o, year: $y) {
  staffCount required counted shortfall levyWage levyDue reductionPayPercent levyPayable achievedRatioPercent
  people { seekerId units months } } }`;
const PACK_FIELDS = `id version status organizationName year provisional returnReason submittedByName reviewedByName
  lines { key label value rule }
  people { seekerId name certificateNumber level weight monthsEmployed monthsCounted insuranceMonths insuranceShort units counts reasons
    placements { placementId monthsEmployed insuranceMonths contractKind } }
  submissions { id version status returnReason }`;
const PACK = `query($o: ID!, $y: Int!) { quotaReviewPack(organizationId: $o, year: $y) { ${PACK_FIELDS} } }`;
const SUBMISSION = `query($id: ID!) { quotaReviewSubmission(id: $id) { ${PACK_FIELDS} } }`;
const SET_MONTHS = `mutation($p: ID!, $y: Int!, $m: Int!) { setInsuranceMonths(placementId: $p, year: $y, months: $m) { placementId year insuranceMonths } }`;
const SUBMIT = `mutation($o: ID!, $y: Int!) { submitQuotaReviewPack(organizationId: $o, year: $y) { id version status } }`;
const CONFIRM = `mutation($id: ID!) { confirmQuotaReviewPack(id: $id) { id status reviewedByName } }`;
const RETURN = `mutation($id: ID!, $r: String!) { returnQuotaReviewPack(id: $id, reason: $r) { id status returnReason } }`;
const QUEUE = `query($c: String) { quotaReviewQueue(countyCode: $c) { total items { id organizationId version status counted } } }`;
const CONFIRMED = `query($y: Int!, $c: String) { confirmedQuotaReviewPacks(year: $y, countyCode: $c) { total items { id organizationName version required counted shortfall levyPayable } } }`;
const RECORD = `mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`;
const SET_CONTRACT = `mutation($p: ID!, $i: PlacementContractInput!) { setPlacementContract(placementId: $p, input: $i) { placementId } }`;
const SAVE_YEAR = `mutation($i: OrganizationYearInput!) { saveOrganizationYear(input: $i) { year } }`;
const contract = (over: Record<string, unknown> = {}) => ({ contractKind: 'CONTRACT', contractMonths: 36, monthlyWage: 3000, socialInsuranceFull: true, ...over });

/**
 * An employer in Pingqiao with 300 staff and an average wage of 90,000 in 2025, and two disabled employees: level 1
 * all year (counts 2) and level 3 from 1 July (counts 6/12).
 */
async function employerWithPeople() {
  const e = await employer(server, { staffCount: 300, countyCode: PINGQIAO });
  await e.client.ok(SAVE_YEAR, { i: { organizationId: e.organizationId, year: YEAR, staffCount: 300, averageWage: 90000 } });
  const severe = await seeker(server, { certificateNumber: certificate(C.PHYSICAL, 1), category: 'PHYSICAL', level: 1 });
  const half = await seeker(server, { certificateNumber: certificate(C.PHYSICAL, 3), category: 'PHYSICAL', level: 3 });
  const place = async (seekerId: string, startDate: string) => (await cityStaff.client.ok<any>(RECORD,
    { i: { seekerId, organizationId: e.organizationId, employmentForm: 'FULL_TIME', startDate } })).recordPlacement.id as string;
  const severeJob = await place(severe.seekerId, '2024-03-01');
  const halfJob = await place(half.seekerId, `${YEAR}-07-01`);
  await e.client.ok(SET_CONTRACT, { p: severeJob, i: contract() });
  await e.client.ok(SET_CONTRACT, { p: halfJob, i: contract() });
  return { ...e, severe, half, severeJob, halfJob };
}

const line = (pack: any, key: string) => pack.lines.find((l: any) => l.key === key);
const notices = (userId: string, kind: string) => count(server, 'notification', 'user_id = $1 AND kind = $2', [userId, kind]);

async function download(client: Client, path: string): Promise<{ status: number; wb: ExcelJS.Workbook | null }> {
  const res = await fetch(`${server.url}${path}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
  if (res.status !== 200) return { status: res.status, wb: null };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  return { status: 200, wb };
}

describe('the pack', () => {
  /** The position, the pack and the live Excel for the employer's year, as each reader gets them. */
  async function threeWays(e: Awaited<ReturnType<typeof employerWithPeople>>) {
    const { quotaPosition: q } = await e.client.ok<any>(POSITION, { o: e.organizationId, y: YEAR });
    const { quotaReviewPack: p } = await e.client.ok<any>(PACK, { o: e.organizationId, y: YEAR });
    const { status, wb } = await download(e.client, `/exports/quota-review/pack.xlsx?organization=${e.organizationId}&year=${YEAR}`);
    expect(status).toBe(200);
    const sheet = wb!.getWorksheet('年审表')!;
    expect(sheet.getRow(4).getCell(1).value).toBe('姓名');
    const rows = (sheet.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    return { q, p, rows };
  }
  /** The pack's lines are the position's figures, and the Excel's lines are the pack's. */
  function agree({ q, p, rows }: Awaited<ReturnType<typeof threeWays>>) {
    const values = Object.fromEntries(p.lines.map((l: any) => [l.key, l.value]));
    expect(values).toMatchObject({
      STAFF_COUNT: q.staffCount, REQUIRED: q.required, COUNTED: q.counted, SHORTFALL: q.shortfall, LEVY_WAGE: q.levyWage,
      LEVY_DUE: q.levyDue, REDUCTION: q.reductionPayPercent, LEVY_PAYABLE: q.levyPayable, ACHIEVED_RATIO: q.achievedRatioPercent,
    });
    for (const x of q.people) expect(p.people.find((y: any) => y.seekerId === x.seekerId).units).toBe(x.units);
    for (const l of p.lines) expect(rows.find((r) => r[0] === l.label)![1]).toBe(l.value ?? '');
  }

  it('shows quotaPosition\'s figures line by line with the rules, the people with months and insurance, and the Excel the same', async () => {
    const e = await employerWithPeople();
    await e.client.ok(SET_MONTHS, { p: e.severeJob, y: YEAR, m: 12 });
    expect((await e.client.ok<any>(SET_MONTHS, { p: e.halfJob, y: YEAR, m: 6 })).setInsuranceMonths).toEqual({ placementId: e.halfJob, year: YEAR, insuranceMonths: 6 });
    const all = await threeWays(e);
    const { q, p, rows } = all;
    // required 300 × 1.6% = 4.8; counted 2 + 0.5 = 2.5; short 2.3; wage 90,000 (below the cap); due 207,000;
    // ratio 2.5 / 300 = 0.83% < 1%: 90% payable = 186,300
    expect(q).toMatchObject({ staffCount: 300, required: 4.8, counted: 2.5, shortfall: 2.3, levyDue: 207000, levyPayable: 186300 });
    agree(all);
    expect(line(p, 'REQUIRED')).toMatchObject({ label: '应安排人数', rule: '在职职工人数300 × 1.6% = 4.8人，不取整' });
    expect(line(p, 'LEVY_PAYABLE').rule).toBe('应缴207000元 × 90%，保留两位小数');
    expect(line(p, 'COUNTED').rule).toContain('社保缴纳月数少于本年在职月数的不计入');
    expect(p).toMatchObject({ status: 'DRAFT', id: null, version: null, provisional: false, submissions: [] });
    const person = (id: string) => p.people.find((x: any) => x.seekerId === id);
    expect(person(e.severe.seekerId)).toMatchObject({ level: 1, weight: 2, monthsEmployed: 12, monthsCounted: 12, insuranceMonths: 12, units: 2, counts: true, insuranceShort: false });
    expect(person(e.half.seekerId)).toMatchObject({ level: 3, weight: 1, monthsEmployed: 6, monthsCounted: 6, insuranceMonths: 6, units: 0.5, insuranceShort: false });
    expect(person(e.severe.seekerId).certificateNumber).toMatch(/\*/);
    // reading the people is audited as a quota review
    expect(await count(server, 'audit_log', `action = 'READ_SENSITIVE' AND purpose = 'QUOTA_REVIEW' AND field = 'quotaReview' AND entity_id = $1`, [e.severe.seekerId])).toBe(2);
    // the Excel: Chinese headers, the same people and lines
    expect(rows.find((r) => r[0] === '应安排人数')).toEqual(['应安排人数', 4.8, '在职职工人数300 × 1.6% = 4.8人，不取整']);
    const halfRow = rows.find((r) => r[0] === person(e.half.seekerId).name && r[8] === 6)!;
    expect(halfRow.slice(7, 14)).toEqual([6, 6, 6, 1, 0.5, '是', '']);
    expect(rows.some((r) => String(r[0]).startsWith('单位负责人（签字）'))).toBe(true);
  });

  it('insurance short of the months employed: the person counts 0 with the reason, and the position, pack, Excel and levy follow', async () => {
    const e = await employerWithPeople();
    await e.client.ok(SET_MONTHS, { p: e.severeJob, y: YEAR, m: 12 });
    await e.client.ok(SET_MONTHS, { p: e.halfJob, y: YEAR, m: 5 }); // employed July-December: 6 months, insured 5
    const all = await threeWays(e);
    // counted 2 (the level-1 employee) only; short 4.8 − 2 = 2.8; due 2.8 × 90,000 = 252,000; ratio 0.67% < 1%: 90% = 226,800
    expect(all.q).toMatchObject({ counted: 2, shortfall: 2.8, levyDue: 252000, reductionPayPercent: 90, levyPayable: 226800 });
    agree(all);
    const half = all.p.people.find((x: any) => x.seekerId === e.half.seekerId);
    expect(half).toMatchObject({ monthsEmployed: 6, insuranceMonths: 5, monthsCounted: 0, units: 0, counts: false, insuranceShort: true, reasons: ['INSURANCE_MONTHS_SHORT'] });
    expect(all.q.people.find((x: any) => x.seekerId === e.half.seekerId)).toMatchObject({ units: 0, months: 0 });
    const halfRow = all.rows.find((r) => r[0] === half.name && r[8] === 5)!;
    expect(halfRow.slice(7, 14)).toEqual([6, 5, 0, 1, 0, '否', '社保缴纳月数少于本年在职月数，不计入']);
    // months not yet entered: shown as missing (the Excel says so) and the pack is not submitted
    await server.db.query(`DELETE FROM placement_year_fact WHERE placement_id = $1`, [e.halfJob]);
    const missing = await threeWays(e);
    agree(missing);
    expect(missing.q.counted).toBe(2.5);
    expect(missing.p.people.find((x: any) => x.seekerId === e.half.seekerId)).toMatchObject({ insuranceMonths: null, counts: true });
    expect(missing.rows.find((r) => r[0] === half.name && r[8] === '')![13]).toBe('社保缴纳月数未填，提交前须填写');
    expect(await e.client.fails(SUBMIT, { o: e.organizationId, y: YEAR })).toMatchObject({
      code: 'BAD_USER_INPUT', fields: [{ path: 'insuranceMonths', message: '请先填写每位计入人员的社保缴纳月数（还有1人未填）' }] });
  });
});

describe('submitting and reviewing', () => {
  it('submit, return with a reason, correct and resubmit as version 2, confirm: each side hears; the snapshot stays as submitted', async () => {
    const e = await employerWithPeople();
    await e.client.ok(SET_MONTHS, { p: e.severeJob, y: YEAR, m: 12 });
    await e.client.ok(SET_MONTHS, { p: e.halfJob, y: YEAR, m: 5 });
    const v1 = (await e.client.ok<any>(SUBMIT, { o: e.organizationId, y: YEAR })).submitQuotaReviewPack;
    expect(v1).toMatchObject({ version: 1, status: 'SUBMITTED' });
    expect(await notices(pingqiaoStaff.userId, 'QUOTA_REVIEW_SUBMITTED')).toBeGreaterThanOrEqual(1);
    expect(await notices(cityStaff.userId, 'QUOTA_REVIEW_SUBMITTED')).toBeGreaterThanOrEqual(1);
    expect(await notices(luoshanStaff.userId, 'QUOTA_REVIEW_SUBMITTED')).toBe(0);
    expect((await pingqiaoStaff.client.ok<any>(QUEUE, {})).quotaReviewQueue.items.map((i: any) => i.id)).toContain(v1.id);
    expect((await luoshanStaff.client.ok<any>(QUEUE, {})).quotaReviewQueue.items.map((i: any) => i.id)).not.toContain(v1.id);
    // under review, the figures behind it stay
    expect(await e.client.fails(SET_MONTHS, { p: e.halfJob, y: YEAR, m: 6 })).toMatchObject({ code: 'CONFLICT' });

    const returned = (await pingqiaoStaff.client.ok<any>(RETURN, { id: v1.id, r: '  七月入职人员的社保月数与社保记录不一致  ' })).returnQuotaReviewPack;
    expect(returned).toMatchObject({ status: 'RETURNED', returnReason: '七月入职人员的社保月数与社保记录不一致' });
    expect(await notices(e.userId, 'QUOTA_REVIEW_RETURNED')).toBe(1);
    const { rows: [n] } = await server.db.query(`SELECT params FROM notification WHERE user_id = $1 AND kind = 'QUOTA_REVIEW_RETURNED'`, [e.userId]);
    expect(n.params).toMatchObject({ year: YEAR, reason: '七月入职人员的社保月数与社保记录不一致' });
    const live = (await e.client.ok<any>(PACK, { o: e.organizationId, y: YEAR })).quotaReviewPack;
    expect(live).toMatchObject({ status: 'RETURNED', returnReason: '七月入职人员的社保月数与社保记录不一致', submissions: [{ version: 1, status: 'RETURNED' }] });

    await e.client.ok(SET_MONTHS, { p: e.halfJob, y: YEAR, m: 6 });
    const v2 = (await e.client.ok<any>(SUBMIT, { o: e.organizationId, y: YEAR })).submitQuotaReviewPack;
    expect(v2).toMatchObject({ version: 2, status: 'SUBMITTED' });
    const confirmed = (await pingqiaoStaff.client.ok<any>(CONFIRM, { id: v2.id })).confirmQuotaReviewPack;
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', reviewedByName: '残联工作人员' });
    expect(await notices(e.userId, 'QUOTA_REVIEW_CONFIRMED')).toBe(1);
    expect(await count(server, 'audit_log', `action = 'STAFF_ACTION' AND entity = 'quota_review_pack' AND entity_id = $1`, [v2.id])).toBe(1);

    // the old version is kept as it was
    const old = (await e.client.ok<any>(SUBMISSION, { id: v1.id })).quotaReviewSubmission;
    expect(old).toMatchObject({ version: 1, status: 'RETURNED', submissions: [{ version: 2, status: 'CONFIRMED' }, { version: 1, status: 'RETURNED' }] });
    expect(old.people.find((x: any) => x.seekerId === e.half.seekerId).insuranceMonths).toBe(5);

    // a later correction of a placement changes the live pack, not the snapshot
    await cityStaff.client.ok(SET_CONTRACT, { p: e.severeJob, i: contract({ monthlyWage: 1000 }) });
    const after = (await e.client.ok<any>(PACK, { o: e.organizationId, y: YEAR })).quotaReviewPack;
    expect(line(after, 'COUNTED').value).toBe(0.5);
    const frozen = (await pingqiaoStaff.client.ok<any>(SUBMISSION, { id: v2.id })).quotaReviewSubmission;
    expect(line(frozen, 'COUNTED').value).toBe(2.5);
    expect(frozen.people.find((x: any) => x.seekerId === e.severe.seekerId)).toMatchObject({ counts: true, units: 2, reasons: [] });

    // the certification office's list and its Excel
    const list = (await pingqiaoStaff.client.ok<any>(CONFIRMED, { y: YEAR })).confirmedQuotaReviewPacks;
    const item = list.items.find((i: any) => i.id === v2.id);
    expect(item).toMatchObject({ version: 2, required: 4.8, counted: 2.5, shortfall: 2.3, levyPayable: 186300 });
    expect((await luoshanStaff.client.ok<any>(CONFIRMED, { y: YEAR })).confirmedQuotaReviewPacks.items.map((i: any) => i.id)).not.toContain(v2.id);
    const { wb } = await download(pingqiaoStaff.client, `/exports/quota-review/confirmed.xlsx?year=${YEAR}`);
    const rows = (wb!.getWorksheet('已确认年审表')!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(rows[1].slice(0, 3)).toEqual(['单位名称', '县区代码', '版本']);
    expect(rows.find((r) => r[0] === item.organizationName && r[2] === 2)!.slice(7)).toEqual([4.8, 2.5, 2.3, 186300]);
    // the version's Excel is the snapshot
    const version = await download(e.client, `/exports/quota-review/pack.xlsx?id=${v2.id}`);
    const vRows = (version.wb!.getWorksheet('年审表')!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(vRows.find((r) => r[0] === '已安排人数（计入）')![1]).toBe(2.5);
  });

  it('two submits at once make one version', async () => {
    const e = await employerWithPeople();
    await e.client.ok(SET_MONTHS, { p: e.severeJob, y: YEAR, m: 12 });
    await e.client.ok(SET_MONTHS, { p: e.halfJob, y: YEAR, m: 6 });
    const results = await Promise.all([1, 2, 3].map(() => e.client.gql(SUBMIT, { o: e.organizationId, y: YEAR })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual(['CONFLICT', 'CONFLICT']);
    expect(await count(server, 'quota_review_pack', 'organization_id = $1', [e.organizationId])).toBe(1);
  });
});

describe('bad input changes nothing and is named', () => {
  it('insurance months out of range or above the months employed, years out of range, missing months, no reason, twice', async () => {
    const e = await employerWithPeople();
    const facts = () => count(server, 'placement_year_fact', 'placement_id = ANY($1)', [[e.severeJob, e.halfJob]]);
    expect(await e.client.fails(SET_MONTHS, { p: e.severeJob, y: YEAR, m: 13 }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'months', message: '社保缴纳月数不能大于12' }] });
    expect(await e.client.fails(SET_MONTHS, { p: e.severeJob, y: YEAR, m: -1 })).toMatchObject({ fields: [{ path: 'months' }] });
    expect(await e.client.fails(SET_MONTHS, { p: e.halfJob, y: YEAR, m: 7 }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'months', message: '社保缴纳月数不能多于2025年在职月数（6个月）' }] });
    expect(await e.client.fails(SET_MONTHS, { p: e.halfJob, y: 1949, m: 1 })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'year' }] });
    expect(await e.client.fails(SET_MONTHS, { p: e.halfJob, y: 2099, m: 1 })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'year' }] });
    expect(await facts()).toBe(0);
    // nothing stated yet: the pack cannot be submitted
    expect(await e.client.fails(SUBMIT, { o: e.organizationId, y: YEAR })).toMatchObject({
      code: 'BAD_USER_INPUT', fields: [{ path: 'insuranceMonths', message: '请先填写每位计入人员的社保缴纳月数（还有2人未填）' }] });
    // the current year is not over
    const thisYear = new Date().getUTCFullYear();
    expect(await e.client.fails(SUBMIT, { o: e.organizationId, y: thisYear })).toMatchObject({ code: 'BAD_USER_INPUT', fields: expect.arrayContaining([{ path: 'year', message: `${thisYear}年尚未结束，年审表须在年度结束后提交` }]) });
    expect(await e.client.fails(SUBMIT, { o: e.organizationId, y: 2014 })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'year' }] });
    expect(await count(server, 'quota_review_pack', 'organization_id = $1', [e.organizationId])).toBe(0);

    await e.client.ok(SET_MONTHS, { p: e.severeJob, y: YEAR, m: 12 });
    await e.client.ok(SET_MONTHS, { p: e.halfJob, y: YEAR, m: 6 });
    const v1 = (await e.client.ok<any>(SUBMIT, { o: e.organizationId, y: YEAR })).submitQuotaReviewPack;
    expect(await e.client.fails(SUBMIT, { o: e.organizationId, y: YEAR }))
      .toMatchObject({ code: 'CONFLICT', message: '2025年度的年审表已经提交，正在审核或已确认，不能重复提交' });
    expect(await pingqiaoStaff.client.fails(RETURN, { id: v1.id, r: '   ' }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'reason', message: '请填写原因' }] });
    expect(await pingqiaoStaff.client.fails(RETURN, { id: v1.id, r: '理'.repeat(1001) })).toMatchObject({ fields: [{ path: 'reason' }] });
    expect(await count(server, 'quota_review_pack', `id = $1 AND status = 'SUBMITTED'`, [v1.id])).toBe(1);
    await pingqiaoStaff.client.ok(CONFIRM, { id: v1.id });
    expect(await pingqiaoStaff.client.fails(CONFIRM, { id: v1.id })).toMatchObject({ code: 'CONFLICT', message: '该年审表已经审核过了' });
    expect(await pingqiaoStaff.client.fails(RETURN, { id: v1.id, r: '迟到的退回' })).toMatchObject({ code: 'CONFLICT' });
    expect(await e.client.fails(SUBMIT, { o: e.organizationId, y: YEAR })).toMatchObject({ code: 'CONFLICT' });
    expect(await e.client.fails(CONFIRM, { id: 'not-an-id' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await pingqiaoStaff.client.fails(CONFIRMED, { y: YEAR, c: '999999' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'countyCode' }] });
  });
});

describe('who may do what', () => {
  it('another employer, staff of another county, a seeker and nobody are refused; nothing changes', async () => {
    const e = await employerWithPeople();
    await e.client.ok(SET_MONTHS, { p: e.severeJob, y: YEAR, m: 12 });
    await e.client.ok(SET_MONTHS, { p: e.halfJob, y: YEAR, m: 6 });
    const other = await employer(server, { countyCode: PINGQIAO });
    const person = await seeker(server);
    const anonymous = new Client(server.url);
    const vars = { o: e.organizationId, y: YEAR };

    expect((await other.client.fails(PACK, vars)).code).toBe('FORBIDDEN');
    expect((await other.client.fails(SUBMIT, vars)).code).toBe('FORBIDDEN');
    expect((await other.client.fails(SET_MONTHS, { p: e.halfJob, y: YEAR, m: 1 })).code).toBe('NOT_FOUND');
    expect(await luoshanStaff.client.fails(PACK, vars)).toMatchObject({ code: 'FORBIDDEN', message: '该记录不在您负责的区域内' });
    expect((await luoshanStaff.client.fails(SET_MONTHS, { p: e.halfJob, y: YEAR, m: 1 })).code).toBe('FORBIDDEN'); // the employer states them
    expect((await person.client.fails(PACK, vars)).code).toBe('FORBIDDEN');
    expect((await person.client.fails(SET_MONTHS, { p: e.halfJob, y: YEAR, m: 1 })).code).toBe('FORBIDDEN');
    expect((await person.client.fails(SUBMIT, vars)).code).toBe('FORBIDDEN');
    expect((await pingqiaoStaff.client.fails(SUBMIT, vars)).code).toBe('FORBIDDEN'); // the employer submits its own pack
    expect((await anonymous.fails(SUBMIT, vars)).code).toBe('UNAUTHENTICATED');
    expect(await count(server, 'placement_year_fact', 'placement_id = $1 AND insurance_months = 1', [e.halfJob])).toBe(0);

    const v1 = (await e.client.ok<any>(SUBMIT, vars)).submitQuotaReviewPack;
    expect(await luoshanStaff.client.fails(CONFIRM, { id: v1.id })).toMatchObject({ code: 'FORBIDDEN', message: '该记录不在您负责的区域内' });
    expect((await luoshanStaff.client.fails(RETURN, { id: v1.id, r: '不在本县' })).code).toBe('FORBIDDEN');
    expect((await e.client.fails(CONFIRM, { id: v1.id })).code).toBe('FORBIDDEN');
    expect((await person.client.fails(CONFIRM, { id: v1.id })).code).toBe('FORBIDDEN');
    expect((await other.client.fails(SUBMISSION, { id: v1.id })).code).toBe('NOT_FOUND');
    expect((await luoshanStaff.client.fails(SUBMISSION, { id: v1.id })).code).toBe('NOT_FOUND');
    expect((await luoshanStaff.client.fails(QUEUE, { c: PINGQIAO })).code).toBe('FORBIDDEN');
    expect((await e.client.fails(QUEUE, {})).code).toBe('FORBIDDEN');
    expect((await person.client.fails(CONFIRMED, { y: YEAR })).code).toBe('FORBIDDEN');
    expect(await count(server, 'quota_review_pack', `id = $1 AND status = 'SUBMITTED'`, [v1.id])).toBe(1);
    // city-wide staff act everywhere
    expect((await cityStaff.client.ok<any>(SUBMISSION, { id: v1.id })).quotaReviewSubmission.version).toBe(1);

    expect((await download(other.client, `/exports/quota-review/pack.xlsx?id=${v1.id}`)).status).toBe(404);
    expect((await download(luoshanStaff.client, `/exports/quota-review/pack.xlsx?organization=${e.organizationId}&year=${YEAR}`)).status).toBe(403);
    expect((await download(anonymous, `/exports/quota-review/pack.xlsx?id=${v1.id}`)).status).toBe(401);
    expect((await download(e.client, `/exports/quota-review/confirmed.xlsx?year=${YEAR}`)).status).toBe(403);
    expect((await download(pingqiaoStaff.client, `/exports/quota-review/pack.xlsx?id=nope`)).status).toBe(400);
  });
});
