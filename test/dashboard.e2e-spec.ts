import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { admin, employer, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

// 商城县: no other test file places anyone there, so its numbers are this file's alone
const SHANGCHENG = '411524';
const GUSHI = '411525';

let server: TestServer;
let city: Client;
let shangcheng: Client;
beforeAll(async () => {
  server = await startTestServer();
  const adm = await admin(server);
  city = (await staff(server, adm.client, null)).client;
  shangcheng = (await staff(server, adm.client, SHANGCHENG)).client;
});
afterAll(async () => { await server?.close(); });

// the 2022-2024 plan (ended: these placements are its), asked for by id; the plan in force is plans.e2e-spec.ts's
const SEEDED_PLAN = '0e5c2a2e-2022-4024-a000-000000006900';
const DASHBOARD = `query($c: String, $p: ID = "${SEEDED_PLAN}") { actionPlanDashboard(countyCode: $c, planId: $p) { countyCode target elapsedShare achievedShare planStatus plan { title startDate endDate }
  placements { total byCounty { key count } byActionLine { key count } byForm { key count } byQuarter { year quarter count } byYear { key count } byCategory { key count } }
  graduates { wantingAndAble served employed serviceRate employmentRate } publicWelfare { disabledHires totalPosts share } } }`;
const QUARTERLY = `query($y: Int!, $q: Int!, $c: String) { quarterlyReport(year: $y, quarter: $q, countyCode: $c) { exportUrl
  totals { quarter yearToDate planToDate } rows { countyCode countyName quarter yearToDate planToDate byActionLine { key count } } } }`;

describe('the action-plan dashboard and the quarterly report', () => {
  it('counts placements every way the plan reports them, and the quarterly export equals the dashboard', async () => {
    const e = await employer(server, { type: 'STATE_OWNED', countyCode: SHANGCHENG });
    const people = await Promise.all([1, 2, 3].map(() => seeker(server, { countyCode: SHANGCHENG, preferredCounties: [SHANGCHENG] })));
    const RECORD = `mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`;
    const dates = ['2023-02-10', '2023-03-20', '2023-11-05'];
    for (const [i, p] of people.entries()) {
      await shangcheng.ok(RECORD, { i: { seekerId: p.seekerId, organizationId: e.organizationId, employmentForm: i === 2 ? 'PUBLIC_WELFARE' : 'FULL_TIME', startDate: dates[i] } });
    }
    await shangcheng.ok(`mutation { setPublicWelfarePosts(countyCode: "${SHANGCHENG}", year: 2023, total: 10, source: "县人社局统计") }`);

    const d = (await shangcheng.ok<any>(DASHBOARD, {})).actionPlanDashboard;
    expect(d).toMatchObject({ countyCode: SHANGCHENG, target: null, achievedShare: null, planStatus: 'ENDED',
      plan: { title: '信阳市促进残疾人就业三年行动实施方案（2022-2024年）', startDate: '2022-01-01', endDate: '2024-12-31' } });
    expect(d.elapsedShare).toBe(1);
    expect(d.placements.total).toBe(3);
    expect(d.placements.byCounty).toEqual([{ key: SHANGCHENG, count: 3 }]);
    expect(d.placements.byActionLine).toEqual([{ key: 'HARD_TO_EMPLOY', count: 1 }, { key: 'STATE_OWNED', count: 2 }]);
    expect(d.placements.byForm).toEqual([{ key: 'FULL_TIME', count: 2 }, { key: 'PUBLIC_WELFARE', count: 1 }]);
    expect(d.placements.byCategory).toEqual([{ key: 'VISUAL', count: 3 }]);
    expect(d.placements.byYear).toEqual([{ key: '2023', count: 3 }]);
    expect(d.placements.byQuarter).toHaveLength(12);
    expect(d.placements.byQuarter.filter((q: any) => q.count > 0)).toEqual([{ year: 2023, quarter: 1, count: 2 }, { year: 2023, quarter: 4, count: 1 }]);
    expect(d.publicWelfare).toEqual({ disabledHires: 1, totalPosts: 10, share: 0.1 });

    const cityView = (await city.ok<any>(DASHBOARD, {})).actionPlanDashboard;
    expect(cityView).toMatchObject({ countyCode: null, target: 6900 });
    expect(cityView.placements.byCounty).toHaveLength(10);
    expect(cityView.placements.byCounty.find((c: any) => c.key === SHANGCHENG).count).toBe(3);
    expect((await city.ok<any>(DASHBOARD, { c: SHANGCHENG })).actionPlanDashboard.placements.total).toBe(3);

    const q1 = (await shangcheng.ok<any>(QUARTERLY, { y: 2023, q: 1 })).quarterlyReport;
    expect(q1.rows).toEqual([{ countyCode: SHANGCHENG, countyName: '商城县', quarter: 2, yearToDate: 2, planToDate: 2,
      byActionLine: [{ key: 'STATE_OWNED', count: 2 }] }]);
    const q4 = (await shangcheng.ok<any>(QUARTERLY, { y: 2023, q: 4 })).quarterlyReport;
    expect(q4.totals).toEqual({ quarter: 1, yearToDate: 3, planToDate: 3 });
    // the export holds the dashboard's numbers
    for (const [q, report] of [[1, q1], [4, q4]] as const) {
      const res = await fetch(`${server.url}${report.exportUrl}`, { headers: { cookie: shangcheng.cookie! } });
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      const sheet = wb.getWorksheet('季度报表')!;
      expect((sheet.getRow(3).values as unknown[]).slice(1, 6)).toEqual(['县区', '县区代码', '本季度新增就业', '本年累计', '方案期累计']);
      const row = (sheet.getRow(4).values as unknown[]).slice(1, 6);
      const fromDashboard = d.placements.byQuarter.find((x: any) => x.year === 2023 && x.quarter === q).count;
      expect(row).toEqual(['商城县', SHANGCHENG, fromDashboard, report.rows[0].yearToDate, report.rows[0].planToDate]);
    }
  });

  it('keeps county staff to their county and refuses bad input', async () => {
    expect((await shangcheng.fails(DASHBOARD, { c: GUSHI })).code).toBe('FORBIDDEN');
    expect((await city.fails(DASHBOARD, { c: '000000' })).fields[0]).toEqual({ path: 'countyCode', message: '请选择本市的县区' });
    expect((await shangcheng.fails(QUARTERLY, { y: 2023, q: 5 })).fields[0].path).toBe('quarter');
    expect((await shangcheng.fails(`mutation { setPublicWelfarePosts(countyCode: "${GUSHI}", year: 2023, total: 5) }`)).code).toBe('FORBIDDEN');
    expect(await shangcheng.fails(`mutation { setPublicWelfarePosts(countyCode: "${SHANGCHENG}", year: 2023, total: -5) }`))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'total', message: '新增公益性岗位数不能小于0' }] });
    expect(await shangcheng.fails(`mutation { setPublicWelfarePosts(countyCode: "${SHANGCHENG}", year: 2023, total: 2000000) }`))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'total', message: '新增公益性岗位数不能大于1000000' }] });
    // the figure reported earlier stands
    expect((await server.db.query(`SELECT value FROM plan_figure WHERE county_code = $1 AND year = 2023 AND key = 'PUBLIC_WELFARE_POSTS_TOTAL'`, [SHANGCHENG])).rows)
      .toEqual([{ value: 10 }]);
    const e = await employer(server);
    expect((await e.client.fails(DASHBOARD, {})).code).toBe('FORBIDDEN');
    expect((await fetch(`${server.url}/exports/reports/quarterly.xlsx?year=2023&quarter=1`, { headers: { cookie: e.client.cookie! } })).status).toBe(403);
    expect((await fetch(`${server.url}/exports/reports/quarterly.xlsx?year=2023&quarter=1`)).status).toBe(401);
  });
});
