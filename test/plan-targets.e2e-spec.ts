// Every target a plan sets, against its own figure (issue 14), as worked examples: a year's target against the people
// newly employed in that year, a county's against that county's, a county-and-year target against that county in that
// year, an action line's against that line's; people counted once and a confirmed fake left out (docs/counting.md).
// A county the plan sets nothing for gets no target of its own (no share of the city total is invented), and the
// quarterly report shows its year's target where the plan sets one.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { admin, employer, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

const GUANGSHAN = '411522';
const XIXIAN = '411528';
const LUOSHAN = '411521';
const TODAY = '2026-12-06';

let server: TestServer;
let city: Client;
let gs: Client;
let ls: Client;
let planId: string;

const SAVE = `mutation($i: PlanInput!) { savePlan(input: $i) { id } }`;
const RECORD = `mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`;
const FLAGS = `query { integrityFlags(filter: { kind: NO_HISTORY }, page: { pageSize: 100 }) { items { id placementIds } } }`;
const DECIDE = `mutation($id: ID!, $n: String!) { decideIntegrityFlag(id: $id, confirmed: true, note: $n) { status } }`;
const PROGRESS = `metric target year countyCode actionLine source from to figure achievedShare met`;
const DASHBOARD = `query($c: String, $p: ID, $d: String) { actionPlanDashboard(countyCode: $c, planId: $p, asOf: $d) {
  countyCode target placements { total } targetProgress { ${PROGRESS} } } }`;
const QUARTERLY = `query($y: Int!, $q: Int!, $c: String, $p: ID) { quarterlyReport(year: $y, quarter: $q, countyCode: $c, planId: $p) {
  totals { yearToDate } yearTarget { ${PROGRESS} } } }`;

const TARGETS = [
  { metric: 'NEW_EMPLOYMENT', targetValue: 10, targetSource: '一、总体目标：两年新增残疾人就业不少于10人' },
  { metric: 'NEW_EMPLOYMENT', targetValue: 3, targetYear: 2025, targetSource: '一、年度目标：2025年新增3人' },
  { metric: 'NEW_EMPLOYMENT', targetValue: 5, targetYear: 2026, targetSource: '一、年度目标：2026年新增5人' },
  { metric: 'NEW_EMPLOYMENT', targetValue: 2, targetCounty: GUANGSHAN, targetSource: '附件：光山县两年新增2人' },
  { metric: 'NEW_EMPLOYMENT', targetValue: 4, targetYear: 2026, targetCounty: XIXIAN, targetSource: '附件：息县2026年新增4人' },
  { metric: 'NEW_EMPLOYMENT', targetValue: 4, targetLine: 'RURAL', targetSource: '二、（六）农村残疾人就业4人' },
  { metric: 'GRADUATE_EMPLOYMENT_RATE', targetValue: 95, targetSource: '二、（七）毕业生就业率95%以上' },
];

beforeAll(async () => {
  server = await startTestServer();
  const adm = (await admin(server)).client;
  [city, gs, ls] = (await Promise.all([null, GUANGSHAN, LUOSHAN].map((c) => staff(server, adm, c)))).map((s) => s.client);
  planId = (await city.ok<any>(SAVE, { i: {
    planTitle: '测试市促进残疾人就业行动方案（2025-2026年）', basis: [], periodStart: '2025-01-01', periodEnd: '2026-12-31', targets: TARGETS,
  } })).savePlan.id;

  // the people, and what the counting rule makes of them:
  //   A 光山: 2025-03-01 (rural), again 2025-06-01 (private)  → once, 2025, 光山, rural
  //   B 光山: 2025-04-01, confirmed not genuine                 → nowhere
  //   C 息县: 2025-05-01 (private)                              → 2025, 息县
  //   D 息县: 2026-02-01 (rural)                                → 2026, 息县, rural
  //   E 光山: 2025-07-01, again 2026-04-01                      → once, 2025, 光山 (not again in 2026)
  //   F 息县: 2026-05-01                                         → 2026, 息县
  const [gsOrg, xiOrg] = await Promise.all([employer(server, { countyCode: GUANGSHAN }), employer(server, { countyCode: XIXIAN })]);
  const person = (county: string) => seeker(server, { countyCode: county, preferredCounties: [county] });
  const [a, b, c, d, e, f] = await Promise.all([GUANGSHAN, GUANGSHAN, XIXIAN, XIXIAN, GUANGSHAN, XIXIAN].map(person));
  const place = async (p: { seekerId: string }, org: { organizationId: string }, startDate: string, actionLine = 'PRIVATE') =>
    (await city.ok<any>(RECORD, { i: { seekerId: p.seekerId, organizationId: org.organizationId, employmentForm: 'FULL_TIME', startDate, actionLine } })).recordPlacement.id as string;
  await place(a, gsOrg, '2025-03-01', 'RURAL');
  await place(a, gsOrg, '2025-06-01');
  const fake = await place(b, gsOrg, '2025-04-01');
  await place(c, xiOrg, '2025-05-01');
  await place(d, xiOrg, '2026-02-01', 'RURAL');
  await place(e, gsOrg, '2025-07-01');
  await place(e, gsOrg, '2026-04-01');
  await place(f, xiOrg, '2026-05-01');
  await city.ok(`mutation { runIntegrityChecks { noHistory } }`);
  const flag = (await city.ok<any>(FLAGS)).integrityFlags.items.find((x: any) => x.placementIds.includes(fake));
  expect((await city.ok<any>(DECIDE, { id: flag.id, n: '回访核实：本人从未到岗' })).decideIntegrityFlag.status).toBe('CONFIRMED');
});
afterAll(async () => { await server?.close(); });

const dashboard = async (client: Client, vars: Record<string, unknown> = {}) =>
  (await client.ok<any>(DASHBOARD, { p: planId, d: TODAY, ...vars })).actionPlanDashboard;
const of = (rows: any[], pick: (t: any) => boolean) => rows.filter(pick).map((t) => [t.figure, t.achievedShare, t.met]);

describe('each target against its own figure', () => {
  it('the city: the total, each year, each county that has a target, the county-and-year and the line', async () => {
    const d = await dashboard(city);
    expect(d.placements.total).toBe(5); // A, C, D, E, F: not B (a fake), and A and E once each
    expect(d.targetProgress).toEqual([
      { metric: 'NEW_EMPLOYMENT', target: 10, year: null, countyCode: null, actionLine: null, source: TARGETS[0].targetSource,
        from: '2025-01-01', to: TODAY, figure: 5, achievedShare: 0.5, met: false },
      // 2025: A (two placements, once), C, E; B's placement was confirmed not genuine
      { metric: 'NEW_EMPLOYMENT', target: 3, year: 2025, countyCode: null, actionLine: null, source: TARGETS[1].targetSource,
        from: '2025-01-01', to: '2025-12-31', figure: 3, achievedShare: 1, met: true },
      // 2026: D and F; E's 2026 placement adds nothing (E counted in 2025)
      { metric: 'NEW_EMPLOYMENT', target: 5, year: 2026, countyCode: null, actionLine: null, source: TARGETS[2].targetSource,
        from: '2026-01-01', to: TODAY, figure: 2, achievedShare: 0.4, met: false },
      // 光山 over the period: A and E (not B)
      { metric: 'NEW_EMPLOYMENT', target: 2, year: null, countyCode: GUANGSHAN, actionLine: null, source: TARGETS[3].targetSource,
        from: '2025-01-01', to: TODAY, figure: 2, achievedShare: 1, met: true },
      // 息县 in 2026 (it has both): D and F, not C (2025)
      { metric: 'NEW_EMPLOYMENT', target: 4, year: 2026, countyCode: XIXIAN, actionLine: null, source: TARGETS[4].targetSource,
        from: '2026-01-01', to: TODAY, figure: 2, achievedShare: 0.5, met: false },
      // the rural line: A (under their first placement, which is rural) and D
      { metric: 'NEW_EMPLOYMENT', target: 4, year: null, countyCode: null, actionLine: 'RURAL', source: TARGETS[5].targetSource,
        from: '2025-01-01', to: TODAY, figure: 2, achievedShare: 0.5, met: false },
      // no graduates in this database: no rate to compare, said as null rather than 0%
      { metric: 'GRADUATE_EMPLOYMENT_RATE', target: 95, year: null, countyCode: null, actionLine: null, source: TARGETS[6].targetSource,
        from: '2025-01-01', to: TODAY, figure: null, achievedShare: null, met: null },
    ]);
  });

  it('a county sees its own targets only; a county the plan sets nothing for gets none, not a share of the city\'s', async () => {
    const g = await dashboard(gs);
    expect(g.countyCode).toBe(GUANGSHAN);
    expect(of(g.targetProgress, () => true)).toEqual([[2, 1, true]]);
    expect(g.target).toBe(2); // its own period target is also the headline target

    const x = await dashboard(city, { c: XIXIAN });
    expect(x.targetProgress.map((t: any) => [t.year, t.countyCode, t.figure, t.achievedShare])).toEqual([[2026, XIXIAN, 2, 0.5]]);
    expect(x.target).toBeNull(); // 息县 has a target for 2026, none for the period

    const l = await dashboard(ls);
    expect(l.targetProgress).toEqual([]);
    expect(l.target).toBeNull();
  });

  it('as of a day before 2026, the 2026 targets have not begun: no range and nothing counted', async () => {
    const d = await dashboard(city, { d: '2025-06-30' });
    expect(of(d.targetProgress, (t) => t.year === 2025)).toEqual([[2, 0.6667, false]]); // A (March) and C (May)
    expect(d.targetProgress.filter((t: any) => t.year === 2026).map((t: any) => [t.from, t.to, t.figure, t.achievedShare]))
      .toEqual([[null, null, 0, 0], [null, null, 0, 0]]);
  });
});

describe('the quarterly report shows its year\'s target', () => {
  it('the city: the year to date against the year\'s target', async () => {
    const q = (await city.ok<any>(QUARTERLY, { y: 2025, q: 2, p: planId })).quarterlyReport;
    expect(q.totals.yearToDate).toBe(2); // A and C; B is a fake
    expect(q.yearTarget).toEqual({ metric: 'NEW_EMPLOYMENT', target: 3, year: 2025, countyCode: null, actionLine: null,
      source: TARGETS[1].targetSource, from: '2025-01-01', to: '2025-06-30', figure: 2, achievedShare: 0.6667, met: false });
    const q4 = (await city.ok<any>(QUARTERLY, { y: 2026, q: 2, p: planId })).quarterlyReport;
    expect([q4.yearTarget.target, q4.yearTarget.figure, q4.yearTarget.achievedShare]).toEqual([5, 2, 0.4]);
  });

  it('a county: its own year target where the plan sets one, else none', async () => {
    const x = (await city.ok<any>(QUARTERLY, { y: 2026, q: 1, c: XIXIAN, p: planId })).quarterlyReport;
    expect([x.yearTarget.target, x.yearTarget.countyCode, x.yearTarget.figure, x.yearTarget.achievedShare]).toEqual([4, XIXIAN, 1, 0.25]); // D
    const g = (await gs.ok<any>(QUARTERLY, { y: 2025, q: 4, p: planId })).quarterlyReport;
    expect(g.totals.yearToDate).toBe(2);
    expect(g.yearTarget).toBeNull(); // 光山's target is for the period, not for 2025
  });

  it('county staff cannot read another county\'s targets', async () => {
    expect(await gs.fails(DASHBOARD, { c: XIXIAN, p: planId, d: TODAY })).toMatchObject({ code: 'FORBIDDEN' });
  });
});
