// Issue 15, the quarterly submission and priority outreach: the report's outcome sections agree on screen (GraphQL),
// in the dashboard, in the Excel workbook and in the frozen submission; submit → return → resubmit; scope and audit.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { quarterlyFigures } from '../server/src/reporting/dashboard/quarterly-figures.js';
import { admin, count, employer, seeker, signUp, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

const XIXIAN = '411528';
const GUSHI = '411525';
const SEEDED_PLAN = '0e5c2a2e-2022-4024-a000-000000006900';

let server: TestServer;
let city: Client;
let xixian: Client;
let xixianUserId: string;
let xixianColleague: string;
let gushi: Client;
const people: Record<string, string> = {};
const placements: Record<string, string> = {};

const RECORD = `mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`;
const REPORT = `query($y: Int!, $q: Int!, $c: String) { quarterlyReport(year: $y, quarter: $q, countyCode: $c) { exportUrl from to
  rows { countyCode quarter yearToDate planToDate } totals { quarter yearToDate planToDate }
  byActionLine { key count } byForm { key count } byCategory { key count }
  fourOnes { year population checked wantingWork assessed registered served complete checkRate coverageRate }
  graduateCohorts { year wantingAndAble served employed serviceRate employmentRate }
  publicWelfare { disabledHires totalPosts share } retention { months retained left unknown notDue rate } } }`;
const DASHBOARD = `query($c: String) { actionPlanDashboard(countyCode: $c, planId: "${SEEDED_PLAN}") { periodEnd
  graduates { wantingAndAble served employed byCohort { year wantingAndAble served employed serviceRate employmentRate } }
  priorityGroups { group registered employed served } } }`;
const SUBMIT = `mutation($y: Int!, $q: Int!, $c: String!) { submitQuarterlyReport(year: $y, quarter: $q, countyCode: $c) {
  id version status signerName countyCode figures { key value } } }`;
const RETURN = `mutation($id: ID!, $r: String!) { returnQuarterlyReport(id: $id, reason: $r) { id status returnReason version } }`;
const STATES = `query($y: Int!, $q: Int!) { quarterlySubmissions(year: $y, quarter: $q) { countyCode state latest { id version status returnReason } } }`;
const ONE = `query($id: ID!) { quarterlySubmission(id: $id) { id version status figures { key value } } }`;
const COMPARE = `query($a: ID!, $b: ID!) { compareQuarterlySubmissions(fromId: $a, toId: $b) { key before after } }`;
const OUTREACH = `query($c: String, $g: PriorityGroup) { priorityOutreach(countyCode: $c, group: $g) { asOf servedFrom
  counts { countyCode group registered notEmployed notServed listed }
  people { total items { seekerId maskedName countyCode groups employed served reasons } } } }`;

const figure = (figures: Array<{ key: string; value: number | null }>, key: string) => figures.find((f) => f.key === key)?.value;

beforeAll(async () => {
  server = await startTestServer();
  const adm = await admin(server);
  city = (await staff(server, adm.client, null)).client;
  const x = await staff(server, adm.client, XIXIAN);
  xixian = x.client;
  xixianUserId = x.userId;
  xixianColleague = (await staff(server, adm.client, XIXIAN)).userId;
  gushi = (await staff(server, adm.client, GUSHI)).client;

  // g1, g2: graduates of 2024 (they want and can work); p1, p2: priority groups
  const e = await employer(server, { type: 'PRIVATE', countyCode: XIXIAN });
  const grad = { countyCode: XIXIAN, preferredCounties: [XIXIAN], graduateSchool: '信阳师范学院', graduateYear: 2024, education: 'BACHELOR' };
  people.g1 = (await seeker(server, { ...grad, name: '王小明' })).seekerId;
  people.g2 = (await seeker(server, { ...grad, name: '李小红' })).seekerId;
  people.p1 = (await seeker(server, { countyCode: XIXIAN, preferredCounties: [XIXIAN], name: '赵大山', priorityGroups: ['MINIMUM_INCOME'] })).seekerId;
  people.p2 = (await seeker(server, { countyCode: XIXIAN, preferredCounties: [XIXIAN], name: '欧阳春花', priorityGroups: ['MULTIPLE_DISABLED_HOUSEHOLD', 'ELDERLY_PARENTS'] })).seekerId;
  const place = async (who: string, startDate: string, employmentForm = 'FULL_TIME') =>
    (await xixian.ok<{ recordPlacement: { id: string } }>(RECORD, { i: { seekerId: people[who], organizationId: e.organizationId, employmentForm, startDate } })).recordPlacement.id;
  // 31 December 2023 is the day before cohort 2024's year: it does not make g1 employed in that cohort
  placements.g1 = await place('g1', '2023-12-31');
  await xixian.ok(`mutation($id: ID!) { endPlacement(id: $id, endDate: "2024-01-31", reason: RESIGNED) { id } }`, { id: placements.g1 });
  // g2 twice in 2024 (counts once); the first job ended before 6 months (LEFT at 6 months)
  placements.g2a = await place('g2', '2024-04-10');
  await xixian.ok(`mutation($id: ID!) { endPlacement(id: $id, endDate: "2024-05-01", reason: RESIGNED) { id } }`, { id: placements.g2a });
  placements.g2b = await place('g2', '2024-05-20');
  placements.p2 = await place('p2', '2024-04-10', 'PUBLIC_WELFARE');
  // a staff follow-up at 6 months: p2 is still in the job (RETAINED)
  await server.db.query(`INSERT INTO placement_follow_up (placement_id, month, status, source, checked_on) VALUES ($1, 6, 'EMPLOYED', 'STAFF', '2024-10-12')`, [placements.p2]);
  await xixian.ok(`mutation($i: ServiceRecordInput!) { recordService(input: $i) { id } }`,
    { i: { seekerId: people.g1, kind: 'INFORMATION_CHECK', serviceDate: '2024-03-01', intention: 'WANTS_WORK' } });
  await xixian.ok(`mutation { setPublicWelfarePosts(countyCode: "${XIXIAN}", year: 2024, total: 10, source: "县人社局统计") }`);
});
afterAll(async () => { await server?.close(); });

describe('the quarterly report\'s outcome sections', () => {
  it('counts each cohort on its own, retention with the retention rule, and agrees with the dashboard, the casework coverage and the Excel', async () => {
    const r = (await xixian.ok<any>(REPORT, { y: 2024, q: 4 })).quarterlyReport;
    expect(r.graduateCohorts).toEqual([
      { year: 2023, wantingAndAble: 0, served: 0, employed: 0, serviceRate: null, employmentRate: null },
      // g1: served on 1 March 2024, its placement on 31 Dec 2023 is not this cohort's; g2: two placements, once
      { year: 2024, wantingAndAble: 2, served: 1, employed: 1, serviceRate: 0.5, employmentRate: 0.5 },
    ]);
    // started in 2024: g2a left before 6 months, g2b no follow-up (unknown), p2 confirmed at 6 months; none 12 months old
    expect(r.retention).toEqual([
      { months: 6, retained: 1, left: 1, unknown: 1, notDue: 0, rate: 0.3333 },
      { months: 12, retained: 0, left: 0, unknown: 0, notDue: 3, rate: null },
    ]);
    expect(r.publicWelfare).toEqual({ disabledHires: 1, totalPosts: 10, share: 0.1 });
    const [coverage] = (await xixian.ok<any>(`query { fourOnesCoverage(year: 2024) { population checked complete } }`)).fourOnesCoverage;
    expect(r.fourOnes).toMatchObject({ year: 2024, population: coverage.population, checked: coverage.checked, complete: coverage.complete });

    const d = (await xixian.ok<any>(DASHBOARD, {})).actionPlanDashboard;
    expect(d.periodEnd).toBe('2024-12-31');
    expect(d.graduates.byCohort.find((c: any) => c.year === 2024)).toEqual(r.graduateCohorts[1]);
    expect(d.graduates).toMatchObject({ wantingAndAble: 2, served: 1, employed: 1 });

    const res = await fetch(`${server.url}${r.exportUrl}`, { headers: { cookie: xixian.cookie! } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const rows = (wb.getWorksheet('季度报表')!.getSheetValues() as unknown[][]).filter(Boolean);
    // the n rows under a header row, each as its first `width` cells (an empty cell reads as null)
    const after = (header: string, n: number, width: number) => rows.slice(rows.findIndex((row) => row[1] === header) + 1).slice(0, n)
      .map((row) => Array.from({ length: width }, (_, i) => row[i + 1] ?? null));
    const f = r.fourOnes;
    expect(after('劳动年龄内未就业人数', 1, 9)).toEqual([[f.population, f.checked, f.checkRate, f.wantingWork, f.assessed, f.registered, f.served, f.complete, f.coverageRate]]);
    expect(after('毕业年份', 2, 6)[1]).toEqual([2024, 2, 1, 1, 0.5, 0.5]);
    expect(after('安排残疾人', 1, 3)).toEqual([[1, 10, 0.1]]);
    expect(after('月数', 2, 6)).toEqual([[6, 1, 1, 1, 0, 0.3333], [12, 0, 0, 0, 3, null]]);
  });
});

describe('submitting, returning and resubmitting a quarter', () => {
  let v1: any;

  it('freezes exactly the report\'s figures, signed by name, and two submits at once make one version', async () => {
    const r = (await xixian.ok<any>(REPORT, { y: 2024, q: 4 })).quarterlyReport;
    const [a, b] = await Promise.all([xixian.ok<any>(SUBMIT, { y: 2024, q: 4, c: XIXIAN }), xixian.ok<any>(SUBMIT, { y: 2024, q: 4, c: XIXIAN })]);
    v1 = a.submitQuarterlyReport;
    expect(b.submitQuarterlyReport.id).toBe(v1.id);
    expect(v1).toMatchObject({ version: 1, status: 'SUBMITTED', signerName: '残联工作人员', countyCode: XIXIAN });
    expect(v1.figures).toEqual(quarterlyFigures(r));
    expect(figure(v1.figures, 'graduates.2024.employmentRate')).toBe(0.5);
    expect(await count(server, 'quarterly_submission', 'county_code = $1', [XIXIAN])).toBe(1);
    // the city is told
    expect(await count(server, 'notification', `kind = 'QUARTERLY_REPORT_SUBMITTED' AND user_id IN (SELECT id FROM app_user WHERE role = 'STAFF' AND scope_county_code IS NULL)`)).toBeGreaterThan(0);

    const states = (await city.ok<any>(STATES, { y: 2024, q: 4 })).quarterlySubmissions;
    expect(states).toHaveLength(10);
    expect(states.find((s: any) => s.countyCode === XIXIAN)).toEqual({ countyCode: XIXIAN, state: 'SUBMITTED', latest: { id: v1.id, version: 1, status: 'SUBMITTED', returnReason: null } });
    expect(states.find((s: any) => s.countyCode === GUSHI)).toEqual({ countyCode: GUSHI, state: 'NOT_SUBMITTED', latest: null });
  });

  it('refuses an empty reason and a county returning, then returns with a reason and tells the county\'s staff only', async () => {
    expect(await city.fails(RETURN, { id: v1.id, r: '   ' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'reason', message: '请填写退回原因' }] });
    expect((await xixian.fails(RETURN, { id: v1.id, r: '数字有误' })).code).toBe('FORBIDDEN');
    expect((await gushi.fails(RETURN, { id: v1.id, r: '数字有误' })).code).toBe('FORBIDDEN');
    expect((await server.db.query(`SELECT status FROM quarterly_submission WHERE id = $1`, [v1.id])).rows).toEqual([{ status: 'SUBMITTED' }]);

    const returned = (await city.ok<any>(RETURN, { id: v1.id, r: '公益性岗位总数与人社局数字不一致' })).returnQuarterlyReport;
    expect(returned).toEqual({ id: v1.id, status: 'RETURNED', returnReason: '公益性岗位总数与人社局数字不一致', version: 1 });
    const told = (await server.db.query(`SELECT user_id, params FROM notification WHERE kind = 'QUARTERLY_REPORT_RETURNED' ORDER BY user_id`)).rows;
    expect(told.map((n) => n.user_id).sort()).toEqual([xixianUserId, xixianColleague].sort());
    expect(told[0].params).toMatchObject({ county: '息县', year: 2024, quarter: 4, version: 1, reason: '公益性岗位总数与人社局数字不一致' });
    const mine = (await xixian.ok<any>(`query { myNotifications { items { kind title body } } }`)).myNotifications.items;
    expect(mine.find((n: any) => n.kind === 'QUARTERLY_REPORT_RETURNED').body).toContain('公益性岗位总数与人社局数字不一致');
    // only the latest submitted version can be returned
    expect((await city.fails(RETURN, { id: v1.id, r: '再次退回' })).code).toBe('CONFLICT');
  });

  it('keeps the signed figures when a placement changes afterwards; the resubmission is version 2 with the differences', async () => {
    const e = await employer(server, { type: 'STATE_OWNED', countyCode: XIXIAN });
    await xixian.ok(RECORD, { i: { seekerId: people.p1, organizationId: e.organizationId, employmentForm: 'FULL_TIME', startDate: '2024-11-05' } });
    const still = (await xixian.ok<any>(ONE, { id: v1.id })).quarterlySubmission;
    expect(still.figures).toEqual(v1.figures);
    expect(figure(still.figures, 'totals.quarter')).toBe(0);

    const v2 = (await xixian.ok<any>(SUBMIT, { y: 2024, q: 4, c: XIXIAN })).submitQuarterlyReport;
    expect(v2).toMatchObject({ version: 2, status: 'SUBMITTED' });
    const changes = (await city.ok<any>(COMPARE, { a: v1.id, b: v2.id })).compareQuarterlySubmissions;
    expect(changes).toEqual(expect.arrayContaining([
      { key: 'totals.quarter', before: 0, after: 1 },
      { key: `county.${XIXIAN}.quarter`, before: 0, after: 1 },
      { key: 'actionLine.STATE_OWNED', before: null, after: 1 },
    ]));
    expect(changes.every((c: any) => c.before !== c.after)).toBe(true);
    // the county sees its versions, newest first
    const versions = (await xixian.ok<any>(`query { quarterlySubmissionVersions(year: 2024, quarter: 4, countyCode: "${XIXIAN}") { version status } }`)).quarterlySubmissionVersions;
    expect(versions).toEqual([{ version: 2, status: 'SUBMITTED' }, { version: 1, status: 'RETURNED' }]);
  });

  it('refuses bad input without writing anything', async () => {
    const before = await count(server, 'quarterly_submission');
    expect(await xixian.fails(SUBMIT, { y: 2024, q: 5, c: XIXIAN })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'quarter', message: '季度应为1到4' }] });
    expect(await xixian.fails(SUBMIT, { y: 2024, q: 4, c: '000000' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'countyCode', message: '请选择本市的县区' }] });
    expect(await xixian.fails(SUBMIT, { y: 2099, q: 4, c: XIXIAN })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'quarter', message: '2099年第4季度尚未结束，季度结束后才能提交' }] });
    expect(await city.fails(STATES, { y: 2024, q: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'quarter' }] });
    expect(await city.fails(RETURN, { id: '7a4f4d52-0000-4000-8000-000000000000', r: '原因' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await city.fails(RETURN, { id: 'x'.repeat(10), r: '原因' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await count(server, 'quarterly_submission')).toBe(before);
  });

  it('lets only the county\'s own staff sign, and only the county and the city see its versions', async () => {
    const before = await count(server, 'quarterly_submission');
    expect((await gushi.fails(SUBMIT, { y: 2024, q: 4, c: XIXIAN })).code).toBe('FORBIDDEN');
    expect(await city.fails(SUBMIT, { y: 2024, q: 4, c: XIXIAN })).toMatchObject({ code: 'FORBIDDEN', message: '季度报表由本县区残联工作人员签署提交；市级工作人员可以查看和退回' });
    const s = await seeker(server);
    const emp = await signUp(server, 'EMPLOYER');
    for (const c of [s.client, emp.client]) {
      expect((await c.fails(SUBMIT, { y: 2024, q: 4, c: XIXIAN })).code).toBe('FORBIDDEN');
      expect((await c.fails(STATES, { y: 2024, q: 4 })).code).toBe('FORBIDDEN');
    }
    expect((await new Client(server.url).fails(SUBMIT, { y: 2024, q: 4, c: XIXIAN })).code).toBe('UNAUTHENTICATED');
    expect((await gushi.fails(STATES, { y: 2024, q: 4 })).code).toBe('FORBIDDEN');
    expect((await gushi.fails(ONE, { id: v1.id })).code).toBe('FORBIDDEN');
    expect((await gushi.fails(`query { quarterlySubmissionVersions(year: 2024, quarter: 4, countyCode: "${XIXIAN}") { version } }`)).code).toBe('FORBIDDEN');
    expect(await count(server, 'quarterly_submission')).toBe(before);
  });
});

describe('priority outreach', () => {
  it('lists the county\'s people of the groups not employed or not served this year, masked, with the reasons, and audits each read', async () => {
    const o = (await xixian.ok<any>(OUTREACH, {})).priorityOutreach;
    expect(o.servedFrom).toBe(`${o.asOf.slice(0, 4)}-01-01`);
    // p1 (placed since 2024-11-05, never served) and p2 (placed, not served this year): both listed as not served
    expect(o.people.items).toEqual(expect.arrayContaining([
      { seekerId: people.p1, maskedName: '赵**', countyCode: XIXIAN, groups: ['MINIMUM_INCOME'], employed: true, served: false, reasons: ['NOT_SERVED'] },
      { seekerId: people.p2, maskedName: '欧阳**', countyCode: XIXIAN, groups: ['MULTIPLE_DISABLED_HOUSEHOLD', 'ELDERLY_PARENTS'], employed: true, served: false, reasons: ['NOT_SERVED'] },
    ]));
    expect(o.people.total).toBe(2);
    expect(o.counts).toEqual(expect.arrayContaining([{ countyCode: XIXIAN, group: 'ELDERLY_PARENTS', registered: 1, notEmployed: 0, notServed: 1, listed: 1 }]));
    const audited = (await server.db.query(`SELECT entity_id FROM audit_log WHERE action = 'READ_SENSITIVE' AND field = 'priorityGroups' AND actor_user_id = $1`, [xixianUserId])).rows;
    expect(audited.map((a) => a.entity_id).sort()).toEqual([people.p1, people.p2].sort());

    // served this year: p2 drops off the list; the group filter narrows it
    const today = o.asOf;
    await xixian.ok(`mutation($i: ServiceRecordInput!) { recordService(input: $i) { id } }`,
      { i: { seekerId: people.p2, kind: 'INFORMATION_CHECK', serviceDate: today, intention: 'WANTS_WORK' } });
    expect((await xixian.ok<any>(OUTREACH, {})).priorityOutreach.people.items.map((p: any) => p.seekerId)).toEqual([people.p1]);
    expect((await xixian.ok<any>(OUTREACH, { g: 'ELDERLY_PARENTS' })).priorityOutreach.people.total).toBe(0);
    const groups = (await xixian.ok<any>(`query { actionPlanDashboard(asOf: "${today}") { priorityGroups { group registered employed served } } }`)).actionPlanDashboard.priorityGroups;
    expect(groups).toEqual([
      { group: 'MINIMUM_INCOME', registered: 1, employed: 1, served: 0 },
      { group: 'MULTIPLE_DISABLED_HOUSEHOLD', registered: 1, employed: 1, served: 1 },
      { group: 'ELDERLY_PARENTS', registered: 1, employed: 1, served: 1 },
      { group: 'POVERTY_MONITORING', registered: 0, employed: 0, served: 0 },
    ]);
  });

  it('keeps county staff to their county and refuses other roles', async () => {
    expect((await gushi.fails(OUTREACH, { c: XIXIAN })).code).toBe('FORBIDDEN');
    expect((await gushi.ok<any>(OUTREACH, {})).priorityOutreach.people.total).toBe(0);
    expect((await city.ok<any>(OUTREACH, { c: XIXIAN })).priorityOutreach.people.total).toBe(1);
    expect(await city.fails(OUTREACH, { c: '000000' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'countyCode' }] });
    const s = await seeker(server);
    expect((await s.client.fails(OUTREACH, {})).code).toBe('FORBIDDEN');
  });
});
