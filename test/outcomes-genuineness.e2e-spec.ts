// Genuineness of reserved posts and placements (issue 15): the figures on a worked dataset (the examples of
// server/src/outcomes/genuineness/genuineness.spec.ts, counted by the SQL), the integrity flags raised from them, and
// who may read them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LUOSHAN, XIXIAN, admin, employer, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let city: Client;
let lu: Client;
let xi: Client;
beforeAll(async () => {
  server = await startTestServer();
  const adm = await admin(server);
  [city, lu, xi] = (await Promise.all([null, LUOSHAN, XIXIAN].map((c) => staff(server, adm.client, c)))).map((s) => s.client);
});
afterAll(async () => { await server?.close(); });

const FIGURE = 'numerator denominator rate cases thresholdPercent pastThreshold';
const FIGURES = `query($f: GenuinenessFilter!) { employerGenuineness(filter: $f) { total page pageSize items {
  organizationId organizationName countyCode concerns timeToFill { medianDays postings }
  fillRate { ${FIGURE} } interviewRate { ${FIGURE} } retention6 { ${FIGURE} } endedWithin3Months { ${FIGURE} }
  belowMinimumWage { ${FIGURE} } insuranceMonths { ${FIGURE} }
  postings { postingId title publishedOn daysToFill fillRate { numerator denominator rate } interviewRate { numerator denominator rate } } } } }`;
const RUN = `mutation { runIntegrityChecks { lowFillRate lowInterviewRate lowRetention earlyEndings insuranceGaps payBelowMinimum } }`;
const FLAGS = `query($f: IntegrityFlagFilter) { integrityFlags(filter: $f, page: { pageSize: 100 }) { items { id kind status organizationId placementIds details } } }`;
const DECIDE = `mutation($id: ID!, $n: String!) { decideIntegrityFlag(id: $id, confirmed: true, note: $n) { status } }`;
const UPDATE = `mutation($k: String!, $v: JSON!, $n: String) { updatePolicySetting(key: $k, value: $v, note: $n) { key } }`;
const SETTINGS = `{ policySettings { key value } }`;

const figures = async (c: Client, f: Record<string, unknown>) => (await c.ok<any>(FIGURES, { f })).employerGenuineness;
const NOTES = `{ myNotifications(page: { pageSize: 50 }) { items { kind title body } } }`;
const notes = async (c: Client, kind: string) => (await c.ok<any>(NOTES)).myNotifications.items.filter((n: any) => n.kind === kind);

async function posting(org: string, county: string, o: { openings: number; published: string; reserved?: boolean; title?: string }): Promise<string> {
  const { rows } = await server.db.query(
    `INSERT INTO posting (organization_id, title, description, county_code, address, employment_form, openings, reserved, status, published_at)
     VALUES ($1, $2, '为残疾人预留的岗位，负责资料整理。', $3, '测试路1号', 'FULL_TIME', $4, $5, 'PUBLISHED', ($6::date)::timestamp AT TIME ZONE 'Asia/Shanghai')
     RETURNING id`, [org, o.title ?? '预留岗位文员', county, o.openings, o.reserved ?? true, o.published]);
  return rows[0].id;
}

/** Applications made on a date; `interviewed` of them reached INTERVIEW on the given date. */
async function applications(postingId: string, made: string, n: number, interviewed: number, interviewedOn: string): Promise<void> {
  for (let i = 0; i < n; i++) {
    const s = (await seeker(server)).seekerId;
    const { rows } = await server.db.query(
      `INSERT INTO application (seeker_id, posting_id, created_at) VALUES ($1, $2, ($3::date + time '10:00') AT TIME ZONE 'Asia/Shanghai') RETURNING id`,
      [s, postingId, made]);
    if (i < interviewed) {
      await server.db.query(
        `INSERT INTO application_status_change (application_id, from_status, to_status, created_at)
         VALUES ($1, 'SUBMITTED', 'INTERVIEW', ($2::date + time '10:00') AT TIME ZONE 'Asia/Shanghai')`, [rows[0].id, interviewedOn]);
    }
  }
}

interface P { seeker: string; start: string; end?: string | null; posting?: string | null; wage?: number | null; partTime?: boolean; excluded?: boolean }
async function placement(org: string, county: string, p: P): Promise<string> {
  const { rows } = await server.db.query(
    `INSERT INTO placement (seeker_id, organization_id, posting_id, employment_form, start_date, end_date, end_reason, action_line, county_code,
                            source, monthly_wage, part_time, excluded_at, excluded_reason)
     VALUES ($1, $2, $3, 'FULL_TIME', $4, $5, CASE WHEN $5::date IS NULL THEN NULL ELSE 'RESIGNED' END, 'PRIVATE', $6, 'EXTERNAL', $7, $8,
             CASE WHEN $9 THEN now() END, CASE WHEN $9 THEN '核实为虚假安置' END) RETURNING id`,
    [p.seeker, org, p.posting ?? null, p.start, p.end ?? null, county, p.wage ?? null, p.partTime ?? null, p.excluded ?? false]);
  return rows[0].id;
}

describe('employer genuineness figures', () => {
  let orgA: string;
  let empA: Awaited<ReturnType<typeof employer>>;
  let p1: string;
  let p2: string;

  beforeAll(async () => {
    empA = await employer(server, { countyCode: LUOSHAN, name: '罗山县甲公司' });
    orgA = empA.organizationId;
    const [s1, s2, s3, s4, s5] = await Promise.all([0, 1, 2, 3, 4].map(async () => (await seeker(server)).seekerId));
    // reserved postings: two old enough to judge on 2025-12-31 (published by 2025-10-02), one too young, one not reserved
    p1 = await posting(orgA, LUOSHAN, { openings: 2, published: '2025-01-01', title: '预留岗位文员一' });
    p2 = await posting(orgA, LUOSHAN, { openings: 3, published: '2025-03-01', title: '预留岗位文员二' });
    await posting(orgA, LUOSHAN, { openings: 1, published: '2025-11-01', title: '太新的预留岗位' });
    await posting(orgA, LUOSHAN, { openings: 5, published: '2025-01-01', reserved: false, title: '普通岗位' });
    // applications: p1 4 by the period's end (1 interviewed), 1 after it; p2 1 (interviewed)
    await applications(p1, '2025-02-01', 4, 1, '2025-02-10');
    await applications(p1, '2026-01-05', 1, 1, '2026-01-06');
    await applications(p2, '2025-03-10', 1, 1, '2025-03-15');
    // placements: s1 placed twice (from p1 and from p2); s2's from p1 was confirmed not genuine
    const pl1 = await placement(orgA, LUOSHAN, { seeker: s1, start: '2025-03-02', end: '2025-06-02', posting: p1, wage: 1700 });
    await placement(orgA, LUOSHAN, { seeker: s2, start: '2025-04-01', posting: p1, wage: 1000, excluded: true });
    const pl3 = await placement(orgA, LUOSHAN, { seeker: s1, start: '2025-05-01', posting: p2, wage: 1900 });
    await placement(orgA, LUOSHAN, { seeker: s3, start: '2025-01-31', end: '2025-04-29' });
    const pl6 = await placement(orgA, LUOSHAN, { seeker: s4, start: '2025-07-15', wage: 2500 });
    await placement(orgA, LUOSHAN, { seeker: s5, start: '2025-09-01', wage: 800, partTime: true });
    await placement(orgA, LUOSHAN, { seeker: s5, start: '2024-12-31' }); // before the period
    await server.db.query(`INSERT INTO placement_follow_up (placement_id, month, status, source, checked_on) VALUES ($1, 6, 'EMPLOYED', 'STAFF', '2025-11-02')`, [pl3]);
    await server.db.query(`INSERT INTO placement_year_fact (placement_id, year, insurance_months) VALUES ($1, 2025, 6), ($2, 2025, 12)`, [pl3, pl6]);
    expect(pl1).toBeTruthy();
  });

  it('counts each figure as defined, over genuine placements only, as of the period\'s end', async () => {
    const page = await figures(lu, { from: '2025-01-01', to: '2025-12-31', organizationId: orgA });
    expect(page.total).toBe(1);
    const [a] = page.items;
    const f = (numerator: number, denominator: number, rate: number | null, cases: number, thresholdPercent: number, pastThreshold: boolean | null) =>
      ({ numerator, denominator, rate, cases, thresholdPercent, pastThreshold });
    // p1: 1 genuine placement of 2 openings; p2: 1 of 3. Two postings: fewer than minCases (3), so not judged
    expect(a.fillRate).toEqual(f(2, 5, 0.4, 2, 20, null));
    // p1: 1 of the 4 applications made by 31 Dec interviewed; p2: 1 of 1
    expect(a.interviewRate).toEqual(f(2, 5, 0.4, 5, 20, false));
    // 2 Mar → 2 May is 60 days (p1), 1 Mar → 1 May is 61 (p2)
    expect(a.timeToFill).toEqual({ medianDays: 60.5, postings: 2 });
    // due at 6 months by 31 Dec: 2 Mar (left 2 Jun), 1 May (employed at 6 months), 31 Jan (left 29 Apr)
    expect(a.retention6).toEqual(f(1, 3, 0.3333, 3, 50, true));
    // five placements past their 3-month date; only 31 Jan → 29 Apr ended before it (2 Mar → 2 Jun ended on it)
    expect(a.endedWithin3Months).toEqual(f(1, 5, 0.2, 5, 50, false));
    // wages stated, full time: 1,700 (below 2025's 1,900), 1,900, 2,500; the part-time 800 is not compared
    expect(a.belowMinimumWage).toEqual(f(1, 3, 0.3333, 3, 100, true));
    // 1 May: 6 months insured of May–Dec (8); 15 Jul: 12 stated, 6 employed (Jul–Dec) so 6 of 6
    expect(a.insuranceMonths).toEqual(f(12, 14, 0.8571, 2, 100, null));
    expect(a.concerns).toBe(2);
    expect(a.postings).toEqual([
      { postingId: p1, title: '预留岗位文员一', publishedOn: '2025-01-01', daysToFill: 60, fillRate: { numerator: 1, denominator: 2, rate: 0.5 },
        interviewRate: { numerator: 1, denominator: 4, rate: 0.25 } },
      { postingId: p2, title: '预留岗位文员二', publishedOn: '2025-03-01', daysToFill: 61, fillRate: { numerator: 1, denominator: 3, rate: 0.3333 },
        interviewRate: { numerator: 1, denominator: 1, rate: 1 } },
    ]);
  });

  it('the employer reads its own figures, and nobody else\'s', async () => {
    const own = await figures(empA.client, { from: '2025-01-01', to: '2025-12-31' });
    expect(own.items.map((e: any) => e.organizationId)).toEqual([orgA]);
    const other = await employer(server, { countyCode: LUOSHAN });
    expect((await other.client.fails(FIGURES, { f: { from: '2025-01-01', to: '2025-12-31', organizationId: orgA } })).code).toBe('FORBIDDEN');
    expect((await other.client.ok<any>(FIGURES, { f: { from: '2025-01-01', to: '2025-12-31' } })).employerGenuineness.items).toEqual([]);
    // a county filter does not widen an employer's view, and what it reads says where staff would look
    expect((await other.client.ok<any>(FIGURES, { f: { from: '2025-01-01', to: '2025-12-31', countyCode: LUOSHAN } })).employerGenuineness.items).toEqual([]);
    const MINE = `query($f: GenuinenessFilter!) { employerGenuineness(filter: $f) { items { organizationId minCases minPostingAgeDays retention6 { thresholdPercent } } } }`;
    expect((await empA.client.ok<any>(MINE, { f: { from: '2025-01-01', to: '2025-12-31', countyCode: LUOSHAN } })).employerGenuineness.items)
      .toEqual([{ organizationId: orgA, minCases: 3, minPostingAgeDays: expect.any(Number), retention6: { thresholdPercent: 50 } }]);
    const s = await seeker(server);
    expect((await s.client.fails(FIGURES, { f: { from: '2025-01-01', to: '2025-12-31' } })).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(FIGURES, { f: { from: '2025-01-01', to: '2025-12-31' } })).code).toBe('UNAUTHENTICATED');
  });

  it('county staff see their county only; city staff see every county', async () => {
    const pingqiao = await employer(server, { name: '平桥区乙公司' }); // in Pingqiao (411503)
    const s = await seeker(server);
    await placement(pingqiao.organizationId, '411503', { seeker: s.seekerId, start: '2025-06-01' });
    const inLuoshan = await figures(lu, { from: '2025-01-01', to: '2025-12-31', page: { page: 1, pageSize: 100 } });
    expect(inLuoshan.items.every((e: any) => e.countyCode === LUOSHAN)).toBe(true);
    expect(inLuoshan.items.map((e: any) => e.organizationId)).toContain(orgA);
    const all = await figures(city, { from: '2025-01-01', to: '2025-12-31', page: { page: 1, pageSize: 100 } });
    expect(all.items.map((e: any) => e.organizationId)).toEqual(expect.arrayContaining([orgA, pingqiao.organizationId]));
    // worst first: the most figures past their threshold first
    const concerns = all.items.map((e: any) => e.concerns);
    expect(concerns).toEqual([...concerns].sort((x, y) => y - x));
    expect((await xi.fails(FIGURES, { f: { from: '2025-01-01', to: '2025-12-31', countyCode: LUOSHAN } })).code).toBe('FORBIDDEN');
    expect((await xi.fails(FIGURES, { f: { from: '2025-01-01', to: '2025-12-31', organizationId: orgA } })).code).toBe('FORBIDDEN');
    expect((await xi.ok<any>(FIGURES, { f: { from: '2025-01-01', to: '2025-12-31' } })).employerGenuineness.items
      .map((e: any) => e.organizationId)).not.toContain(orgA);
    const onlyPingqiao = await figures(city, { from: '2025-01-01', to: '2025-12-31', countyCode: '411503', page: { page: 1, pageSize: 100 } });
    expect(onlyPingqiao.items.map((e: any) => e.organizationId)).toContain(pingqiao.organizationId);
    expect(onlyPingqiao.items.map((e: any) => e.organizationId)).not.toContain(orgA);
  });

  it('refuses bad dates, counties and pages, naming the field', async () => {
    const bad = async (f: Record<string, unknown>) => lu.fails(FIGURES, { f: { from: '2025-01-01', to: '2025-12-31', ...f } });
    expect(await bad({ from: '2025-02-30' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.from', message: expect.stringContaining('开始日期') }] });
    expect(await bad({ to: '2025-W01' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.to' }] });
    expect(await bad({ from: '2026-01-01' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.to', message: '结束日期不能早于开始日期' }] });
    expect(await bad({ from: '2019-01-01' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.from', message: '开始日期与结束日期相隔不能超过5年' }] });
    expect((await city.fails(FIGURES, { f: { from: '2025-01-01', to: '2025-12-31', countyCode: '999999' } })))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.countyCode', message: '请选择本市的县区' }] });
    const page = await bad({ page: { page: 0, pageSize: 20 } });
    expect(page.code).toBe('BAD_USER_INPUT');
    expect(page.fields[0].path).toMatch(/page/);
    expect(await bad({ organizationId: 'not-a-uuid' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.organizationId' }] });
  });
});

describe('genuineness flags', () => {
  // starts in the first quarter of 2026: inside the 12 months a run on or after 2026-12-07 judges (until 2027-02)
  const starts = ['2026-02-02', '2026-02-03', '2026-02-04'];
  let orgC: string;
  let orgD: string;
  let employerC: Client;
  let placementsC: string[];
  let placementsD: string[];

  beforeAll(async () => {
    const c = await employer(server, { countyCode: LUOSHAN, name: '罗山县丙公司' });
    [orgC, employerC] = [c.organizationId, c.client];
    orgD = (await employer(server, { countyCode: LUOSHAN, name: '罗山县丁公司' })).organizationId;
    const people = await Promise.all([0, 1, 2, 3, 4].map(async () => (await seeker(server)).seekerId));
    // C: three placements, each ended within a month; one paid 1,000 a month. D: two such (fewer than minCases)
    placementsC = await Promise.all(starts.map((start, i) =>
      placement(orgC, LUOSHAN, { seeker: people[i], start, end: '2026-03-01', wage: i === 0 ? 1000 : 3000 })));
    placementsD = await Promise.all(starts.slice(0, 2).map((start, i) => placement(orgD, LUOSHAN, { seeker: people[3 + i], start, end: '2026-03-01' })));
  });

  it('raise flags past the thresholds with their evidence, not below minCases, once', async () => {
    const first = (await lu.ok<any>(RUN)).runIntegrityChecks;
    expect(first.earlyEndings).toBeGreaterThanOrEqual(1);
    const flags = (await lu.ok<any>(FLAGS, { f: { organizationId: orgC } })).integrityFlags.items;
    const early = flags.find((f: any) => f.kind === 'EARLY_ENDINGS');
    expect([...early.placementIds].sort()).toEqual([...placementsC].sort());
    expect(early.details).toMatchObject({ figure: 'endedWithin3Months', numerator: 3, denominator: 3, percent: 100, cases: 3, minCases: 3,
      thresholdPercent: 50, direction: 'above', to: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(flags.find((f: any) => f.kind === 'LOW_RETENTION').details).toMatchObject({ numerator: 0, denominator: 3, thresholdPercent: 50 });
    const pay = flags.filter((f: any) => f.kind === 'PAY_BELOW_MINIMUM');
    expect(pay.map((f: any) => f.placementIds)).toEqual([[placementsC[0]]]);
    expect(pay[0].details).toMatchObject({ monthlyWage: 1000, minimum: 1900, thresholdPercent: 100, startDate: '2026-02-02' });
    // D has two cases: not judged
    const d = (await lu.ok<any>(FLAGS, { f: { organizationId: orgD } })).integrityFlags.items.map((f: any) => f.kind);
    expect(d).not.toContain('EARLY_ENDINGS');
    expect(d).not.toContain('LOW_RETENTION');
    // county staff elsewhere see none of them
    expect((await xi.ok<any>(FLAGS, { f: { organizationId: orgC } })).integrityFlags.items).toEqual([]);
    // the county's staff hear of the new flags (one notice for the run, with how many); staff elsewhere do not
    const raised = await notes(lu, 'INTEGRITY_FLAGS_RAISED');
    expect(raised).toHaveLength(1);
    expect(raised[0].body).toMatch(/^核查发现罗山县有\d+条新的虚假安置风险提示/);
    expect(await server.db.query(`SELECT 1 FROM notification n JOIN app_user u ON u.id = n.user_id
      WHERE n.kind = 'INTEGRITY_FLAGS_RAISED' AND n.params->>'countyCode' = $1 AND u.scope_county_code IS DISTINCT FROM $1`, [LUOSHAN])).toMatchObject({ rowCount: 0 });
    // the employer is not told of an open flag: nothing is decided yet
    expect(await notes(employerC, 'INTEGRITY_FINDING_CONFIRMED')).toEqual([]);
    // again: nothing new, and nobody is told again
    expect((await lu.ok<any>(RUN)).runIntegrityChecks).toEqual({
      lowFillRate: 0, lowInterviewRate: 0, lowRetention: 0, earlyEndings: 0, insuranceGaps: 0, payBelowMinimum: 0 });
    expect(await notes(lu, 'INTEGRITY_FLAGS_RAISED')).toHaveLength(1);
  });

  it('changing the setting changes what is flagged', async () => {
    const { policySettings } = await city.ok<any>(SETTINGS);
    const before = policySettings.find((s: any) => s.key === 'outcomes.genuineness').value;
    expect((await lu.fails(UPDATE, { k: 'outcomes.genuineness', v: { ...before, minCases: 2 }, n: '县级工作人员不能改' })).code).toBe('FORBIDDEN');
    await city.ok(UPDATE, { k: 'outcomes.genuineness', v: { ...before, minCases: 2 }, n: '小单位也核查' });
    try {
      expect((await lu.ok<any>(RUN)).runIntegrityChecks.earlyEndings).toBe(1);
      const d = (await lu.ok<any>(FLAGS, { f: { organizationId: orgD, kind: 'EARLY_ENDINGS' } })).integrityFlags.items;
      expect(d.map((f: any) => [...f.placementIds].sort())).toEqual([[...placementsD].sort()]);
      expect(d[0].details).toMatchObject({ minCases: 2, cases: 2 });
    } finally {
      await city.ok(UPDATE, { k: 'outcomes.genuineness', v: before, n: '恢复' });
    }
  });

  it('a confirmed finding leaves every count: the figures and the quarterly report drop', async () => {
    const QUARTERLY = `query($c: String) { quarterlyReport(year: 2026, quarter: 1, countyCode: $c) { totals { quarter } } }`;
    const before = (await lu.ok<any>(QUARTERLY, { c: LUOSHAN })).quarterlyReport.totals.quarter;
    const [early] = (await lu.ok<any>(FLAGS, { f: { organizationId: orgC, kind: 'EARLY_ENDINGS' } })).integrityFlags.items;
    expect((await xi.fails(DECIDE, { id: early.id, n: '核实为虚假安置' })).code).toBe('FORBIDDEN');
    expect(await notes(employerC, 'INTEGRITY_FINDING_CONFIRMED')).toEqual([]);
    expect((await lu.ok<any>(DECIDE, { id: early.id, n: '核实为虚假安置：挂名三人' })).decideIntegrityFlag.status).toBe('CONFIRMED');
    // the employer is told what was found, the evidence, staff's note, and that the placements leave the counts
    const [told] = await notes(employerC, 'INTEGRITY_FINDING_CONFIRMED');
    expect(told.body).toContain('罗山县残联核实了对“罗山县丙公司”的核查提示“3个月内离职多”，确认属实。');
    expect(told.body).toMatch(/至\d{4}-\d{2}-\d{2}，3个月内离职占比为100%（3 \/ 3），高于最高值50%。/);
    expect(told.body).toContain('处理说明：核实为虚假安置：挂名三人。涉及的3条就业登记不再计入任何统计');
    // and reads the finding on its own page; nobody else does
    const FINDINGS = `{ myIntegrityFindings { kind finding evidence note placementsExcluded } }`;
    expect((await employerC.ok<any>(FINDINGS)).myIntegrityFindings).toEqual([{ kind: 'EARLY_ENDINGS', finding: '3个月内离职多',
      evidence: expect.stringMatching(/3个月内离职占比为100%（3 \/ 3），高于最高值50%。$/), note: '核实为虚假安置：挂名三人', placementsExcluded: 3 }]);
    const otherEmployer = await employer(server, { countyCode: LUOSHAN });
    expect((await otherEmployer.client.ok<any>(FINDINGS)).myIntegrityFindings).toEqual([]);
    expect((await lu.fails(FINDINGS)).code).toBe('FORBIDDEN');
    expect((await (await seeker(server)).client.fails(FINDINGS)).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(FINDINGS)).code).toBe('UNAUTHENTICATED');
    const after = (await lu.ok<any>(QUARTERLY, { c: LUOSHAN })).quarterlyReport.totals.quarter;
    expect(before - after).toBe(3);
    const [c] = (await figures(lu, { from: '2026-01-01', to: '2026-06-30', organizationId: orgC })).items ?? [];
    expect(c).toBeUndefined(); // no genuine placement left in the period: the employer has nothing to count
  });

  it('a cleared flag tells the employer nothing; a refused decision tells nobody', async () => {
    const [pay] = (await lu.ok<any>(FLAGS, { f: { organizationId: orgC, kind: 'PAY_BELOW_MINIMUM' } })).integrityFlags.items;
    const before = await notes(employerC, 'INTEGRITY_FINDING_CONFIRMED');
    const CLEAR = `mutation($id: ID!, $n: String!) { decideIntegrityFlag(id: $id, confirmed: false, note: $n) { status } }`;
    expect((await lu.fails(CLEAR, { id: pay.id, n: '  ' })).code).toBe('BAD_USER_INPUT');
    expect((await xi.fails(DECIDE, { id: pay.id, n: '核实' })).code).toBe('FORBIDDEN');
    expect((await lu.ok<any>(CLEAR, { id: pay.id, n: '工资为试用期折算，已核实' })).decideIntegrityFlag.status).toBe('CLEARED');
    expect(await notes(employerC, 'INTEGRITY_FINDING_CONFIRMED')).toHaveLength(before.length);
    expect((await employerC.ok<any>(`{ myIntegrityFindings { kind } }`)).myIntegrityFindings).toEqual([{ kind: 'EARLY_ENDINGS' }]);
  });
});
