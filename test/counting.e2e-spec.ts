// The counting rule (docs/counting.md) as worked examples: people counted once, under their first genuine placement
// in the counting period; a placement confirmed as not genuine leaves every figure; a cleared flag and an ended
// placement keep counting. Each figure is read where staff read it: dashboard, quarterly report, its export, quota.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { DisabilityCategory as C } from '../server/src/common/domain.js';
import { admin, certificate, employer, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

const GUANGSHAN = '411522'; // 光山县: this file's people and employers
const XIXIAN = '411528';

let server: TestServer;
let city: Client;
let gs: Client;
let xi: Client;
beforeAll(async () => {
  server = await startTestServer();
  const adm = await admin(server);
  [city, gs, xi] = (await Promise.all([null, GUANGSHAN, XIXIAN].map((c) => staff(server, adm.client, c)))).map((s) => s.client);
});
afterAll(async () => { await server?.close(); });

// the figures of the 2022–2024 plan (shipped with the migrations): the placements below fall in its period
const PLAN_2022_2024 = '0e5c2a2e-2022-4024-a000-000000006900';
const DASHBOARD = `query($c: String, $p: ID) { actionPlanDashboard(countyCode: $c, planId: $p) { placements { total byCounty { key count } byActionLine { key count }
  byForm { key count } byYear { key count } byQuarter { year quarter count } } graduates { employed } } }`;
const QUARTERLY = `query($y: Int!, $q: Int!, $c: String) { quarterlyReport(year: $y, quarter: $q, countyCode: $c) { exportUrl
  totals { quarter yearToDate planToDate } rows { countyCode quarter yearToDate planToDate byActionLine { key count } } } }`;
const RECORD = `mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id counted } }`;
const END = `mutation($id: ID!, $d: String!, $r: PlacementEndReason!, $n: String) { endPlacement(id: $id, endDate: $d, reason: $r, note: $n) { id endDate endReason } }`;
const CORRECT = `mutation($id: ID!, $i: CorrectPlacementInput!) { correctPlacement(id: $id, input: $i) { id startDate actionLine
  history { kind reason actorName changes { field from to } } } }`;
const PLACEMENT = `query($id: ID!) { placement(id: $id) { counted excludedReason history { kind reason actorName createdAt changes { field from to } } } }`;
const FLAGS = `query { integrityFlags(filter: { kind: NO_HISTORY }, page: { pageSize: 100 }) { items { id placementIds } } }`;
const DECIDE = `mutation($id: ID!, $c: Boolean!, $n: String!, $g: [ID!]) { decideIntegrityFlag(id: $id, confirmed: $c, note: $n, notGenuine: $g) { status } }`;
const POSITION = `query($o: ID!, $y: Int!) { quotaPosition(organizationId: $o, year: $y) { counted countedPeople } }`;
const CONTRACT = { contractKind: 'CONTRACT', contractMonths: 36, monthlyWage: 3000, socialInsuranceFull: true };

async function record(i: Record<string, unknown>, client = gs): Promise<string> {
  return (await client.ok<any>(RECORD, { i: { employmentForm: 'FULL_TIME', ...i } })).recordPlacement.id;
}
const dashboard = async (c: Client = gs, county?: string) => (await c.ok<any>(DASHBOARD, { c: county, p: PLAN_2022_2024 })).actionPlanDashboard.placements;
const quarterly = async (y: number, q: number, c: Client = gs) => (await c.ok<any>(QUARTERLY, { y, q })).quarterlyReport;
const inQuarter = (d: any, y: number, q: number) => d.byQuarter.find((x: any) => x.year === y && x.quarter === q).count;
const countyOf = (d: any, code = GUANGSHAN) => d.byCounty.find((x: any) => x.key === code).count;

/** The county's row of the quarterly export: quarter, year to date, plan to date. */
async function exportRow(report: any, client = gs): Promise<unknown[]> {
  const res = await fetch(`${server.url}${report.exportUrl}`, { headers: { cookie: client.cookie! } });
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const sheet = wb.getWorksheet('季度报表')!;
  for (let r = 4; r <= sheet.rowCount; r++) {
    const v = sheet.getRow(r).values as unknown[];
    if (v[2] === GUANGSHAN) return v.slice(3, 6);
  }
  throw new Error('no row for the county');
}

describe('people counted once', () => {
  it('one person with three placements in the plan counts once, under the first; the register keeps all three', async () => {
    const [org1, org2] = await Promise.all([employer(server, { countyCode: GUANGSHAN }), employer(server, { countyCode: GUANGSHAN, type: 'STATE_OWNED' })]);
    const [a, b] = await Promise.all([seeker(server, { countyCode: GUANGSHAN }), seeker(server, { countyCode: GUANGSHAN })]);
    const before = await dashboard();
    await record({ seekerId: a.seekerId, organizationId: org1.organizationId, startDate: '2022-02-10', actionLine: 'PRIVATE' });
    await record({ seekerId: a.seekerId, organizationId: org2.organizationId, startDate: '2022-05-01', actionLine: 'STATE_OWNED', employmentForm: 'PART_TIME' });
    await record({ seekerId: a.seekerId, organizationId: org1.organizationId, startDate: '2023-03-01', actionLine: 'PRIVATE' });
    await record({ seekerId: b.seekerId, organizationId: org2.organizationId, startDate: '2022-05-15', actionLine: 'STATE_OWNED' });

    const d = await dashboard();
    expect(d.total - before.total).toBe(2); // a and b, not four placements
    expect(countyOf(d) - countyOf(before)).toBe(2);
    expect(inQuarter(d, 2022, 1) - inQuarter(before, 2022, 1)).toBe(1); // a, under the first placement
    expect(inQuarter(d, 2022, 2) - inQuarter(before, 2022, 2)).toBe(1); // b only: a's second placement adds nothing
    expect(inQuarter(d, 2023, 1)).toBe(inQuarter(before, 2023, 1)); // a's third: nothing
    const line = (x: any, k: string) => x.byActionLine.find((c: any) => c.key === k)?.count ?? 0;
    expect(line(d, 'PRIVATE') - line(before, 'PRIVATE')).toBe(1);
    expect(line(d, 'STATE_OWNED') - line(before, 'STATE_OWNED')).toBe(1);
    const form = (x: any, k: string) => x.byForm.find((c: any) => c.key === k)?.count ?? 0;
    expect(form(d, 'PART_TIME')).toBe(form(before, 'PART_TIME')); // the second placement's form is not counted
    // the figures add up: counties to the city, quarters to the total
    expect(d.byCounty.reduce((n: number, c: any) => n + c.count, 0)).toBe(d.total);
    expect(d.byQuarter.reduce((n: number, c: any) => n + c.count, 0)).toBe(d.total);
    const cityView = await dashboard(city);
    expect(countyOf(cityView)).toBe(countyOf(d));

    // the quarterly report and its export say the same
    const q2 = await quarterly(2022, 2);
    const row = q2.rows.find((r: any) => r.countyCode === GUANGSHAN);
    expect(row.quarter).toBe(inQuarter(d, 2022, 2));
    expect(row.yearToDate).toBe(inQuarter(d, 2022, 1) + inQuarter(d, 2022, 2));
    expect(await exportRow(q2)).toEqual([row.quarter, row.yearToDate, row.planToDate]);
    const q23 = await quarterly(2023, 1);
    const row23 = q23.rows.find((r: any) => r.countyCode === GUANGSHAN);
    expect(row23.quarter).toBe(0); // a was counted in 2022 for the plan; the 2023 placement adds nothing
    expect(row23.planToDate).toBe(countyOf(d));
    expect(await exportRow(q23)).toEqual([0, row23.yearToDate, row23.planToDate]);

    const list = await gs.ok<any>(`query($s: ID!) { placements(filter: { seekerId: $s }) { total } }`, { s: a.seekerId });
    expect(list.placements.total).toBe(3);
  });
});

describe('fakes never', () => {
  it('a confirmed fake leaves every figure (dashboard, county, quarterly, export, quota); a cleared flag keeps counting', async () => {
    const org = await employer(server, { countyCode: GUANGSHAN, staffCount: 300 });
    const fake = await seeker(server, { countyCode: GUANGSHAN, certificateNumber: certificate(C.PHYSICAL, 3), category: 'PHYSICAL', level: 3 });
    const real = await seeker(server, { countyCode: GUANGSHAN, certificateNumber: certificate(C.PHYSICAL, 3), category: 'PHYSICAL', level: 3 });
    const before = await dashboard();
    const beforeQ3 = await quarterly(2024, 3);
    const fakeId = await record({ seekerId: fake.seekerId, organizationId: org.organizationId, startDate: '2024-08-01', actionLine: 'PRIVATE', contract: CONTRACT });
    const realId = await record({ seekerId: real.seekerId, organizationId: org.organizationId, startDate: '2024-08-20', actionLine: 'PRIVATE', contract: CONTRACT });

    const withBoth = await dashboard();
    expect(withBoth.total - before.total).toBe(2);
    const q3Both = await quarterly(2024, 3);
    expect(q3Both.totals.quarter - beforeQ3.totals.quarter).toBe(2);
    expect((await gs.ok<any>(POSITION, { o: org.organizationId, y: 2024 })).quotaPosition.countedPeople).toBe(2);

    // both were recorded with no application or fair behind them: the integrity checks flag them
    await gs.ok(`mutation { runIntegrityChecks { noHistory } }`);
    const flags = (await gs.ok<any>(FLAGS)).integrityFlags.items;
    const flagOf = (p: string) => flags.find((f: any) => f.placementIds.includes(p)).id;
    expect((await gs.ok<any>(DECIDE, { id: flagOf(fakeId), c: true, n: '回访核实：本人从未到岗，为挂名安置' })).decideIntegrityFlag.status).toBe('CONFIRMED');
    expect((await gs.ok<any>(DECIDE, { id: flagOf(realId), c: false, n: '已看到劳动合同和社保缴费记录' })).decideIntegrityFlag.status).toBe('CLEARED');

    const after = await dashboard();
    expect(after.total).toBe(withBoth.total - 1);
    expect(countyOf(after)).toBe(countyOf(withBoth) - 1);
    expect(inQuarter(after, 2024, 3)).toBe(inQuarter(withBoth, 2024, 3) - 1);
    const cityAfter = await dashboard(city);
    expect(countyOf(cityAfter)).toBe(countyOf(after));
    const q3 = await quarterly(2024, 3);
    expect(q3.totals).toEqual({ quarter: q3Both.totals.quarter - 1, yearToDate: q3Both.totals.yearToDate - 1, planToDate: q3Both.totals.planToDate - 1 });
    const cityQ3 = await quarterly(2024, 3, city);
    expect(cityQ3.rows.find((r: any) => r.countyCode === GUANGSHAN).quarter).toBe(q3.totals.quarter);
    expect(await exportRow(q3)).toEqual([q3.totals.quarter, q3.totals.yearToDate, q3.totals.planToDate]);
    expect(await exportRow(cityQ3, city)).toEqual([q3.totals.quarter, q3.totals.yearToDate, q3.totals.planToDate]);
    expect((await gs.ok<any>(POSITION, { o: org.organizationId, y: 2024 })).quotaPosition.countedPeople).toBe(1);

    // the placements stay on record; their history says what happened, by whom and why
    const f = (await gs.ok<any>(PLACEMENT, { id: fakeId })).placement;
    expect(f).toMatchObject({ counted: false, excludedReason: '回访核实：本人从未到岗，为挂名安置' });
    expect(f.history.map((h: any) => h.kind)).toEqual(['RECORDED', 'EXCLUDED']);
    expect(f.history[1]).toMatchObject({ reason: '回访核实：本人从未到岗，为挂名安置', actorName: '残联工作人员' });
    // employed only on paper: the four ones count the person among those still to serve; the real hire stays employed
    const status = async (id: string) => (await server.db.query(`SELECT employment_status FROM seeker_profile WHERE id = $1`, [id])).rows[0].employment_status;
    expect(await status(fake.seekerId)).toBe('UNEMPLOYED');
    expect(await status(real.seekerId)).toBe('EMPLOYED');
    const r = (await gs.ok<any>(PLACEMENT, { id: realId })).placement;
    expect(r.counted).toBe(true);
    expect(r.history.map((h: any) => h.kind)).toEqual(['RECORDED', 'FLAG_CLEARED']);
    // and the register can list the excluded ones
    const excluded = await gs.ok<any>(`query { placements(filter: { excluded: true }) { items { id } } }`);
    expect(excluded.placements.items.map((p: any) => p.id)).toEqual([fakeId]);
  });

  it('when the fake was the first placement, the person counts under their next genuine one; of a double count staff name the fake', async () => {
    const [org1, org2] = await Promise.all([employer(server, { countyCode: GUANGSHAN }), employer(server, { countyCode: GUANGSHAN })]);
    const p = await seeker(server, { countyCode: GUANGSHAN });
    const first = await record({ seekerId: p.seekerId, organizationId: org1.organizationId, startDate: '2022-07-01', actionLine: 'PRIVATE' });
    const before = await dashboard();
    const second = await record({ seekerId: p.seekerId, organizationId: org2.organizationId, startDate: '2022-10-01', actionLine: 'RURAL' });
    expect((await dashboard()).total).toBe(before.total);
    await gs.ok(`mutation { runIntegrityChecks { doubleCounted } }`);
    const dbl = (await gs.ok<any>(`query { integrityFlags(filter: { kind: DOUBLE_COUNTED }) { items { id placementIds } } }`)).integrityFlags.items
      .find((x: any) => x.placementIds.includes(first));
    expect(await gs.fails(DECIDE, { id: dbl.id, c: true, n: '核实', g: [fakeIdNotInFlag()] }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'notGenuine', message: '所选的就业登记不属于该风险提示' }] });
    expect(await gs.fails(DECIDE, { id: dbl.id, c: false, n: '核实', g: [first] }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'notGenuine' }] });
    await gs.ok(DECIDE, { id: dbl.id, c: true, n: '第一家单位为挂名，第二家真实用工', g: [first] });
    expect((await gs.ok<any>(PLACEMENT, { id: second })).placement.counted).toBe(true);
    const after = await dashboard();
    expect(after.total).toBe(before.total);
    expect(inQuarter(after, 2022, 3)).toBe(inQuarter(before, 2022, 3) - 1);
    expect(inQuarter(after, 2022, 4)).toBe(inQuarter(before, 2022, 4) + 1);
    const line = (x: any, k: string) => x.byActionLine.find((c: any) => c.key === k)?.count ?? 0;
    expect(line(after, 'RURAL')).toBe(line(before, 'RURAL') + 1);
  });
});

function fakeIdNotInFlag(): string {
  return '00000000-0000-4000-8000-000000000001';
}

describe('ended and corrected placements', () => {
  it('an ended placement stays counted in the period it started; the end and its reason are in the history', async () => {
    const org = await employer(server, { countyCode: GUANGSHAN });
    const p = await seeker(server, { countyCode: GUANGSHAN });
    const id = await record({ seekerId: p.seekerId, organizationId: org.organizationId, startDate: '2023-04-03', actionLine: 'PRIVATE' });
    const before = await dashboard();
    const ended = (await gs.ok<any>(END, { id, d: '2023-06-30', r: 'RESIGNED', n: '本人返乡' })).endPlacement;
    expect(ended).toMatchObject({ endDate: '2023-06-30', endReason: 'RESIGNED' });
    expect(await dashboard()).toEqual(before);
    const h = (await gs.ok<any>(PLACEMENT, { id })).placement.history;
    expect(h[1]).toMatchObject({ kind: 'ENDED', reason: '本人返乡', changes: [{ field: 'endDate', from: null, to: '2023-06-30' }, { field: 'endReason', from: null, to: 'RESIGNED' }] });
    expect(await gs.fails(END, { id, d: '2023-07-30', r: 'RESIGNED' })).toMatchObject({ code: 'CONFLICT', message: '该就业登记已于2023-06-30离职' });
  });

  it('a correction moves the count with the record and keeps the values before and after, who, when and why', async () => {
    const org = await employer(server, { countyCode: GUANGSHAN });
    const org2 = await employer(server, { countyCode: GUANGSHAN, name: '光山县羽绒服饰有限公司' });
    const p = await seeker(server, { countyCode: GUANGSHAN });
    const id = await record({ seekerId: p.seekerId, organizationId: org.organizationId, startDate: '2024-01-15', actionLine: 'PRIVATE' });
    const before = await dashboard();
    const c = (await gs.ok<any>(CORRECT, { id, i: { startDate: '2024-04-15', organizationId: org2.organizationId, reason: '录入时日期和单位填错，以劳动合同为准' } })).correctPlacement;
    expect(c.startDate).toBe('2024-04-15');
    expect(c.history.at(-1)).toEqual({ kind: 'CORRECTED', reason: '录入时日期和单位填错，以劳动合同为准', actorName: '残联工作人员', changes: [
      { field: 'organization', from: '信阳测试电子商务有限公司', to: '光山县羽绒服饰有限公司' }, { field: 'startDate', from: '2024-01-15', to: '2024-04-15' },
    ] });
    const after = await dashboard();
    expect(after.total).toBe(before.total);
    expect(inQuarter(after, 2024, 1)).toBe(inQuarter(before, 2024, 1) - 1);
    expect(inQuarter(after, 2024, 2)).toBe(inQuarter(before, 2024, 2) + 1);
  });
});

describe('placement mutations: bad input and authorization change nothing', () => {
  const snapshot = async (id: string) => (await server.db.query(
    `SELECT p.*, (SELECT count(*) FROM placement_change c WHERE c.placement_id = p.id) AS entries FROM placement p WHERE p.id = $1`, [id])).rows[0];

  it('recordPlacement', async () => {
    const org = await employer(server, { countyCode: GUANGSHAN });
    const p = await seeker(server, { countyCode: GUANGSHAN });
    const n = async () => (await server.db.query(`SELECT count(*)::int AS n FROM placement WHERE seeker_id = $1`, [p.seekerId])).rows[0].n;
    const i = { seekerId: p.seekerId, organizationId: org.organizationId, employmentForm: 'FULL_TIME', startDate: '2024-05-01' };
    expect(await gs.fails(RECORD, { i: { ...i, contract: { ...CONTRACT, contractMonths: null } } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.contract.contractMonths', message: '签订劳动合同或劳务派遣的，请填写合同期限（月）' }] });
    expect((await gs.fails(RECORD, { i: { ...i, startDate: '2024-02-30' } })).fields[0].path).toBe('input.startDate');
    expect((await gs.fails(RECORD, { i: { ...i, contract: { ...CONTRACT, monthlyWage: -5 } } })).code).toBe('BAD_USER_INPUT');
    expect(await xi.fails(RECORD, { i })).toMatchObject({ code: 'FORBIDDEN', message: '该记录不在您负责的区域内' });
    expect((await org.client.fails(RECORD, { i })).code).toBe('FORBIDDEN');
    expect((await p.client.fails(RECORD, { i })).code).toBe('FORBIDDEN');
    expect(await n()).toBe(0);
    const ok = (await gs.ok<any>(`mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { contractKind contractMonths monthlyWage socialInsuranceFull evidence } }`,
      { i: { ...i, contract: CONTRACT, evidence: '查看了劳动合同原件' } })).recordPlacement;
    expect(ok).toEqual({ contractKind: 'CONTRACT', contractMonths: 36, monthlyWage: 3000, socialInsuranceFull: true, evidence: '查看了劳动合同原件' });
  });

  it('endPlacement', async () => {
    const org = await employer(server, { countyCode: GUANGSHAN });
    const p = await seeker(server, { countyCode: GUANGSHAN });
    const id = await record({ seekerId: p.seekerId, organizationId: org.organizationId, startDate: '2024-05-01' });
    const before = await snapshot(id);
    expect(await gs.fails(END, { id, d: '2024-09-01', r: 'OTHER', n: '  ' }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'note', message: '离职原因为“其他”时，请在说明中写明原因' }] });
    expect((await gs.fails(END, { id, d: '2024-09-01', r: 'BORED' })).code).not.toBe('INTERNAL_SERVER_ERROR');
    expect((await gs.fails(`mutation($id: ID!) { endPlacement(id: $id, endDate: "2024-09-01") { id } }`, { id })).code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(await gs.fails(END, { id, d: '2024-04-01', r: 'RESIGNED' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'endDate' }] });
    expect((await xi.fails(END, { id, d: '2024-09-01', r: 'RESIGNED' })).code).toBe('NOT_FOUND');
    expect((await p.client.fails(END, { id, d: '2024-09-01', r: 'RESIGNED' })).code).toBe('FORBIDDEN');
    expect((await (await employer(server)).client.fails(END, { id, d: '2024-09-01', r: 'RESIGNED' })).code).toBe('NOT_FOUND');
    expect(await snapshot(id)).toEqual(before);
    expect((await org.client.ok<any>(END, { id, d: '2024-09-01', r: 'CONTRACT_ENDED' })).endPlacement.endReason).toBe('CONTRACT_ENDED');
  });

  it('correctPlacement', async () => {
    const org = await employer(server, { countyCode: GUANGSHAN });
    const p = await seeker(server, { countyCode: GUANGSHAN });
    const id = await record({ seekerId: p.seekerId, organizationId: org.organizationId, startDate: '2024-05-01', actionLine: 'PRIVATE' });
    const before = await snapshot(id);
    expect(await gs.fails(CORRECT, { id, i: { startDate: '2024-05-02', reason: ' ' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.reason', message: '请填写更正原因（更正会保留在变更记录中）' }] });
    expect(await gs.fails(CORRECT, { id, i: { startDate: '2024-05-01', actionLine: 'PRIVATE', reason: '核对' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input', message: '没有要更正的内容：所填的值与现有记录相同' }] });
    expect(await gs.fails(CORRECT, { id, i: { endDate: '2024-06-01', reason: '补录' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.endDate', message: '该就业登记尚未离职，不能更正离职日期或离职原因' }] });
    expect((await gs.fails(CORRECT, { id, i: { actionLine: 'SKILLS', reason: '改项目' } })).fields[0].path).toBe('input.actionLine');
    expect((await gs.fails(CORRECT, { id, i: { startDate: null, reason: '改日期' } })).fields[0].path).toBe('input.startDate');
    expect((await gs.fails(CORRECT, { id, i: { organizationId: '00000000-0000-4000-8000-000000000009', reason: '改单位' } })).fields[0])
      .toEqual({ path: 'input.organizationId', message: '找不到该用人单位' });
    expect((await xi.fails(CORRECT, { id, i: { startDate: '2024-05-02', reason: '改日期' } })).code).toBe('NOT_FOUND');
    expect((await org.client.fails(CORRECT, { id, i: { startDate: '2024-05-02', reason: '改日期' } })).code).toBe('FORBIDDEN');
    expect((await p.client.fails(CORRECT, { id, i: { startDate: '2024-05-02', reason: '改日期' } })).code).toBe('FORBIDDEN');
    expect(await snapshot(id)).toEqual(before);
    const ok = (await city.ok<any>(CORRECT, { id, i: { employmentForm: 'PART_TIME', reason: '实际为非全日制' } })).correctPlacement;
    expect(ok.history.at(-1).changes).toEqual([{ field: 'employmentForm', from: 'FULL_TIME', to: 'PART_TIME' }]);
  });
});
