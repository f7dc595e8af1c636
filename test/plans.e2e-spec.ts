// Action plans as data (issue 14): the shipped 2022-2024 plan exactly as its text names it, savePlan's rules and who
// may use it, and the dashboard and the quarterly report following the plan in force on a date: an ended plan's final
// result, and with no plan in force, this year against the last plan's yearly pace (derived, and said to be).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { admin, count, employer, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

// 光山县: no other e2e file in this database places anyone (each file has its own database anyway)
const GUANGSHAN = '411522';
const SEEDED = '0e5c2a2e-2022-4024-a000-000000006900';
const TITLE = '信阳市促进残疾人就业三年行动实施方案（2022-2024年）';
const TODAY = '2026-12-06';

let server: TestServer;
let adm: Client;
let city: Client;
let county: Client;
beforeAll(async () => {
  server = await startTestServer();
  adm = (await admin(server)).client;
  city = (await staff(server, adm, null)).client;
  county = (await staff(server, adm, GUANGSHAN)).client;
});
afterAll(async () => { await server?.close(); });

const PLAN_FIELDS = `id title issuingBody documentNumber basis { title documentNumber } startDate endDate notes
  targets { metric value year countyCode actionLine source }`;
const PLANS = `{ plans { ${PLAN_FIELDS} } }`;
const SAVE = `mutation($i: PlanInput!) { savePlan(input: $i) { ${PLAN_FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deletePlan(id: $id) }`;
const DASHBOARD = `query($c: String, $p: ID, $d: String) { actionPlanDashboard(countyCode: $c, planId: $p, asOf: $d) {
  asOf planStatus noPlanInForce periodStart periodEnd elapsedShare target achievedShare
  graduateServiceRateTarget graduateEmploymentRateTarget publicWelfareShareTarget
  yearlyPace { perYear expectedToDate total months achievedShare }
  plan { id title } placements { total byYear { key count } } } }`;
const QUARTERLY = `query($y: Int, $q: Int, $p: ID, $d: String) { quarterlyReport(year: $y, quarter: $q, planId: $p, asOf: $d) {
  year quarter exportUrl plan { id title issuingBody documentNumber } totals { quarter yearToDate planToDate } } }`;

const goodPlan = (over: Record<string, unknown> = {}) => ({
  planTitle: '信阳市促进残疾人就业行动方案（2025-2027年）',
  basis: [{ basisTitle: '河南省促进残疾人就业行动方案', basisNumber: null }],
  periodStart: '2025-01-01', periodEnd: '2027-12-31',
  targets: [{ metric: 'NEW_EMPLOYMENT', targetValue: 9000, targetSource: '一、任务目标' }],
  ...over,
});

async function snapshot() {
  return { plans: await count(server, 'action_plan'), targets: await count(server, 'action_plan_target'),
    rows: (await server.db.query(`SELECT id, title, start_date::text, end_date::text FROM action_plan ORDER BY id`)).rows };
}

async function place(startDate: string) {
  const e = await employer(server, { countyCode: GUANGSHAN });
  const p = await seeker(server, { countyCode: GUANGSHAN, preferredCounties: [GUANGSHAN] });
  await county.ok(`mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`,
    { i: { seekerId: p.seekerId, organizationId: e.organizationId, employmentForm: 'FULL_TIME', startDate } });
}

describe('the shipped plan', () => {
  it('is the 2022-2024 plan exactly as its text names it: no issuing body or number of its own, 豫政办〔2022〕106号 as its basis, one city total', async () => {
    const { plans } = await county.ok<any>(PLANS);
    expect(plans).toEqual([{
      id: SEEDED,
      title: TITLE,
      issuingBody: null,
      documentNumber: null,
      basis: [{ title: '河南省人民政府办公厅关于印发<河南省促进残疾人就业三年行动实施方案（2022-2024年）>的通知', documentNumber: '豫政办〔2022〕106号' }],
      startDate: '2022-01-01',
      endDate: '2024-12-31',
      notes: '文本未载明发文机关和文号；方案只设全市三年总目标，未设年度、县区或行动方向的人数目标。',
      targets: [
        { metric: 'NEW_EMPLOYMENT', value: 6900, year: null, countyCode: null, actionLine: null, source: '一、任务目标：2022—2024年共实现全市城乡新增残疾人就业不少于6900人' },
        { metric: 'PUBLIC_WELFARE_SHARE', value: 10, year: null, countyCode: null, actionLine: null, source: '二、主要措施（五）：各地新开发的公益性岗位应按照不低于10%的比例优先安排残疾人就业' },
        { metric: 'GRADUATE_SERVICE_RATE', value: 100, year: null, countyCode: null, actionLine: null, source: '二、主要措施（七）：有就业意愿就业能力的应届残疾人高校毕业生服务率100%' },
        { metric: 'GRADUATE_EMPLOYMENT_RATE', value: 95, year: null, countyCode: null, actionLine: null, source: '二、主要措施（七）：有就业意愿就业能力的应届残疾人高校毕业生就业率95%以上' },
      ],
    }]);
    // no per-year, per-county or per-line target the text does not set
    expect(plans[0].targets.filter((t: any) => t.year || t.countyCode || t.actionLine)).toEqual([]);
    expect((await city.ok<any>(`query($id: ID!) { plan(id: $id) { title status } }`, { id: SEEDED })).plan).toEqual({ title: TITLE, status: 'ENDED' });
  });
});

describe('the dashboard and the quarterly report follow the plan in force', () => {
  it('with no plan in force on the date, says so and measures this year against the last plan\'s derived yearly pace', async () => {
    await place('2026-03-10');
    await place('2026-11-20');
    await place('2024-05-01'); // the old plan's, not this year's
    const d = (await city.ok<any>(DASHBOARD, { d: TODAY })).actionPlanDashboard;
    expect(d).toMatchObject({
      asOf: TODAY, noPlanInForce: true, planStatus: null, periodStart: '2026-01-01', periodEnd: TODAY, target: null, achievedShare: null,
      plan: { id: SEEDED, title: TITLE }, placements: { total: 2, byYear: [{ key: '2026', count: 2 }] },
      // 6900 over the plan's 36 months is 2300 a year; by 6 December (340 of 365 days) 2142.5, rounded up
      yearlyPace: { perYear: 2300, expectedToDate: 2143, total: 6900, months: 36, achievedShare: 0.0009 },
    });
    // the county view has no pace: the plan sets no county target
    expect((await county.ok<any>(DASHBOARD, { d: TODAY })).actionPlanDashboard).toMatchObject({ noPlanInForce: true, yearlyPace: null, placements: { total: 2 } });
    // the quarterly report opens on the current quarter; no plan covers it, so there is no "plan to date"
    const q = (await city.ok<any>(QUARTERLY, { d: TODAY })).quarterlyReport;
    expect(q).toMatchObject({ year: 2026, quarter: 4, plan: null, totals: { quarter: 1, yearToDate: 2, planToDate: null } });
  });

  it('on a date inside the 2022-2024 plan, opens on it; looked at later, it shows its final result', async () => {
    const during = (await city.ok<any>(DASHBOARD, { d: '2023-07-02' })).actionPlanDashboard;
    expect(during).toMatchObject({ noPlanInForce: false, planStatus: 'IN_FORCE', plan: { id: SEEDED }, target: 6900, periodEnd: '2023-07-02',
      graduateServiceRateTarget: 1, graduateEmploymentRateTarget: 0.95, publicWelfareShareTarget: 0.1, yearlyPace: null });
    expect(during.elapsedShare).toBeCloseTo(0.5, 2);
    const ended = (await city.ok<any>(DASHBOARD, { p: SEEDED, d: TODAY })).actionPlanDashboard;
    expect(ended).toMatchObject({ planStatus: 'ENDED', elapsedShare: 1, target: 6900, periodStart: '2022-01-01', periodEnd: '2024-12-31',
      placements: { total: 1 }, achievedShare: 0.0001 });
  });

  it('follows a new plan city staff enter for the period that includes today, and the quarterly export prints each plan\'s exact title', async () => {
    const { savePlan } = await city.ok<any>(SAVE, { i: goodPlan() });
    expect(savePlan).toMatchObject({ title: '信阳市促进残疾人就业行动方案（2025-2027年）', issuingBody: null, documentNumber: null,
      targets: [{ metric: 'NEW_EMPLOYMENT', value: 9000, year: null, countyCode: null, actionLine: null, source: '一、任务目标' }] });
    const d = (await city.ok<any>(DASHBOARD, { d: TODAY })).actionPlanDashboard;
    expect(d).toMatchObject({ noPlanInForce: false, planStatus: 'IN_FORCE', plan: { id: savePlan.id }, target: 9000, yearlyPace: null,
      periodStart: '2025-01-01', periodEnd: TODAY, placements: { total: 2 } });
    const q = (await city.ok<any>(QUARTERLY, { d: TODAY })).quarterlyReport;
    expect(q).toMatchObject({ year: 2026, quarter: 4, plan: { id: savePlan.id }, totals: { planToDate: 2 } });

    const old = (await city.ok<any>(QUARTERLY, { y: 2024, q: 2 })).quarterlyReport;
    expect(old.plan).toEqual({ id: SEEDED, title: TITLE, issuingBody: null, documentNumber: null });
    const res = await fetch(`${server.url}${old.exportUrl}`, { headers: { cookie: city.cookie! } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = wb.getWorksheet('季度报表')!;
    expect(sheet.getRow(1).getCell(1).value).toBe(`${TITLE} 实施情况季度报表（2024年第2季度，2024-04-01至2024-06-30）`);
    expect(sheet.getRow(2).getCell(1).value).toBe('发文机关：文本未载明；文号：文本未载明；依据：《河南省人民政府办公厅关于印发<河南省促进残疾人就业三年行动实施方案（2022-2024年）>的通知》'
      + '（豫政办〔2022〕106号）；方案期：2022-01-01至2024-12-31；新增就业目标：不少于6900人');
    // no workbook anywhere prints the old, wrong name or the issuer the text does not state
    const text = JSON.stringify([1, 2].map((r) => sheet.getRow(r).values));
    expect(text).not.toMatch(/三年行动方案（|人民政府办公室印发/);
  });
});

describe('savePlan', () => {
  const field = async (over: Record<string, unknown>, c: Client = city) => {
    const before = await snapshot();
    const e = await c.fails(SAVE, { i: goodPlan({ periodStart: '2030-01-01', periodEnd: '2030-12-31', ...over }) });
    expect(await snapshot()).toEqual(before);
    return e;
  };

  it('refuses bad input naming the field, and changes nothing', async () => {
    expect(await field({ periodEnd: '2029-12-31' })).toMatchObject({ code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.periodEnd', message: '方案结束日期必须晚于开始日期' }] });
    expect((await field({ periodEnd: '2030-01-01' })).fields).toEqual([{ path: 'input.periodEnd', message: '方案结束日期必须晚于开始日期' }]);
    expect((await field({ periodStart: '2030-02-30' })).fields).toEqual([{ path: 'input.periodStart', message: '方案开始日期应为日期，例如 2025-03-01' }]);
    expect((await field({ planTitle: '   ' })).fields).toEqual([{ path: 'input.planTitle', message: '请填写方案名称' }]);
    expect((await field({ targets: [] })).fields).toEqual([{ path: 'input.targets', message: '请至少填写一项方案文本设定的目标' }]);
    expect((await field({ targets: [{ metric: 'NEW_EMPLOYMENT', targetValue: 0, targetSource: '一' + '、任务目标' }] })).fields)
      .toEqual([{ path: 'input.targets.0.targetValue', message: '目标数值应为大于0的整数' }]);
    expect((await field({ targets: [{ metric: 'NEW_EMPLOYMENT', targetValue: -5, targetSource: '一、任务目标' }] })).fields[0].path).toBe('input.targets.0.targetValue');
    expect((await field({ targets: [{ metric: 'GRADUATE_EMPLOYMENT_RATE', targetValue: 120, targetSource: '二（七）' }] })).fields)
      .toEqual([{ path: 'input.targets.0.targetValue', message: '目标数值不能大于100' }]);
    expect((await field({ targets: [{ metric: 'NEW_EMPLOYMENT', targetValue: 100, targetCounty: '000000', targetSource: '一、任务目标' }] })).fields)
      .toEqual([{ path: 'input.targets.0.targetCounty', message: '请选择本市的县区' }]);
    expect((await field({ targets: [{ metric: 'NEW_EMPLOYMENT', targetValue: 100, targetYear: 2031, targetSource: '一、任务目标' }] })).fields)
      .toEqual([{ path: 'input.targets.0.targetYear', message: '目标年份应在方案期内（2030年到2030年）' }]);
    expect((await field({ targets: [{ metric: 'NEW_EMPLOYMENT', targetValue: 100, targetSource: '' }] })).fields)
      .toEqual([{ path: 'input.targets.0.targetSource', message: '请填写目标出处' }]);
    expect((await field({ targets: [{ metric: 'NEW_EMPLOYMENT', targetValue: 100, targetSource: '一' }, { metric: 'NEW_EMPLOYMENT', targetValue: 200, targetSource: '二、' }] }))
      .fields.map((f: any) => f.path)).toEqual(['input.targets.0.targetSource', 'input.targets.1.metric']);
    // overlapping another plan: refused, naming the plan it overlaps (one plan in force on any day)
    expect((await field({ periodStart: '2024-07-01', periodEnd: '2025-06-30' })).fields)
      .toEqual([{ path: 'input.periodStart', message: `方案期与《${TITLE}》（2022-01-01至2024-12-31）重叠：同一天只能有一个方案在实施` }]);
    // an unknown plan to change
    expect((await field({ id: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
    // in English, too
    const en = new Client(server.url, { 'accept-language': 'en' });
    en.cookie = city.cookie;
    expect((await en.fails(SAVE, { i: goodPlan({ periodStart: '2030-01-01', periodEnd: '2029-01-01' }) })).fields)
      .toEqual([{ path: 'input.periodEnd', message: 'The plan\'s last day must be after its first day' }]);
  });

  it('is for city-wide staff and administrators only: seekers, employers, county staff and anonymous callers are refused', async () => {
    const s = await seeker(server);
    const e = await employer(server);
    expect((await field({}, s.client)).code).toBe('FORBIDDEN');
    expect((await field({}, e.client)).code).toBe('FORBIDDEN');
    expect(await field({}, county)).toMatchObject({ code: 'FORBIDDEN', message: '行动方案只能由市级工作人员或管理员录入和修改' });
    expect((await field({}, new Client(server.url))).code).toBe('UNAUTHENTICATED');
    expect((await s.client.fails(PLANS)).code).toBe('FORBIDDEN');
    expect((await county.fails(DELETE, { id: SEEDED })).code).toBe('FORBIDDEN');
    // an administrator may
    const { savePlan } = await adm.ok<any>(SAVE, { i: goodPlan({ periodStart: '2031-01-01', periodEnd: '2031-12-31' }) });
    expect(savePlan.title).toBe('信阳市促进残疾人就业行动方案（2025-2027年）');
    expect(await count(server, 'audit_log', `entity = 'action_plan' AND entity_id = $1`, [savePlan.id])).toBe(1);
    // a plan not yet begun may be deleted; one whose period has begun may not
    expect((await adm.ok<any>(DELETE, { id: savePlan.id })).deletePlan).toBe(true);
    expect(await count(server, 'action_plan', 'id = $1', [savePlan.id])).toBe(0);
    expect(await city.fails(DELETE, { id: SEEDED })).toMatchObject({ code: 'CONFLICT' });
    expect(await count(server, 'action_plan', 'id = $1', [SEEDED])).toBe(1);
  });

  it('changes a plan in place: its own period never counts as an overlap, and its targets are replaced', async () => {
    const { savePlan } = await city.ok<any>(SAVE, { i: goodPlan({ periodStart: '2032-01-01', periodEnd: '2033-12-31' }) });
    const changed = (await city.ok<any>(SAVE, { i: goodPlan({ id: savePlan.id, periodStart: '2032-01-01', periodEnd: '2034-12-31', documentNumber: '信政办〔2031〕9号',
      targets: [{ metric: 'NEW_EMPLOYMENT', targetValue: 3000, targetYear: 2032, targetSource: '一、任务目标（2032年）' },
        { metric: 'NEW_EMPLOYMENT', targetValue: 400, targetCounty: GUANGSHAN, targetSource: '附表' }] }) })).savePlan;
    expect(changed).toMatchObject({ id: savePlan.id, endDate: '2034-12-31', documentNumber: '信政办〔2031〕9号',
      targets: [{ value: 3000, year: 2032, countyCode: null }, { value: 400, year: null, countyCode: GUANGSHAN }] });
    expect(await count(server, 'action_plan_target', 'plan_id = $1', [savePlan.id])).toBe(2);
    // a county target the text sets is the county's target on the dashboard
    expect((await county.ok<any>(DASHBOARD, { p: savePlan.id, d: '2032-06-30' })).actionPlanDashboard).toMatchObject({ planStatus: 'IN_FORCE', target: 400 });
  });
});
