import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { XIXIAN, admin, count, employer, seeker as makeSeeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

// 新县: no other test file puts seekers there, so coverage and "missing" lists hold only this file's people
const XINXIAN = '411523';
const seeker = (srv: TestServer, over: Record<string, unknown> = {}) => makeSeeker(srv, { countyCode: XINXIAN, preferredCounties: [XINXIAN], ...over });

let server: TestServer;
let lu: { client: Client; userId: string };
let xi: { client: Client; userId: string };
let city: { client: Client; userId: string };
beforeAll(async () => {
  server = await startTestServer();
  const adm = await admin(server);
  lu = await staff(server, adm.client, XINXIAN);
  xi = await staff(server, adm.client, XIXIAN);
  city = await staff(server, adm.client, null);
});
afterAll(async () => { await server?.close(); });

const RECORD = `mutation($i: ServiceRecordInput!) { recordService(input: $i) { id year kind intention } }`;
const year = new Date().getFullYear();
const day = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);

describe('the four ones', () => {
  it('records services, counts coverage per county and lists who still lacks a service', async () => {
    const county = XINXIAN;
    const before = (await lu.client.ok<any>(`query($y: Int!) { fourOnesCoverage(year: $y) { countyCode population checked wantingWork assessed complete } }`, { y: year }))
      .fourOnesCoverage.find((r: any) => r.countyCode === county) ?? { population: 0, checked: 0, wantingWork: 0, assessed: 0, complete: 0 };
    const [a, b, c] = await Promise.all([seeker(server), seeker(server), seeker(server)]);
    await lu.client.ok(RECORD, { i: { seekerId: a.seekerId, kind: 'INFORMATION_CHECK', serviceDate: day(3), intention: 'WANTS_WORK', notes: '电话核查' } });
    await lu.client.ok(RECORD, { i: { seekerId: a.seekerId, kind: 'ABILITY_ASSESSMENT', serviceDate: day(2), outcome: '适合按摩类岗位' } });
    await lu.client.ok(RECORD, { i: { seekerId: b.seekerId, kind: 'INFORMATION_CHECK', serviceDate: day(1), intention: 'NOT_SEEKING' } });
    const after = (await lu.client.ok<any>(`query($y: Int!) { fourOnesCoverage(year: $y) { countyCode population checked wantingWork assessed complete } }`, { y: year }))
      .fourOnesCoverage.find((r: any) => r.countyCode === county);
    expect(after.population - before.population).toBe(3);
    expect(after.checked - before.checked).toBe(2);
    expect(after.wantingWork - before.wantingWork).toBe(1);
    expect(after.assessed - before.assessed).toBe(1);
    expect(after.complete - before.complete).toBe(1); // b (not seeking) has all they are due; a still lacks two
    const missingCheck = await lu.client.ok<any>(`query($y: Int!) { seekersMissingService(year: $y, kind: INFORMATION_CHECK, page: { pageSize: 100 }) { total items { id } } }`, { y: year });
    const ids = missingCheck.seekersMissingService.items.map((s: any) => s.id);
    expect(ids).toContain(c.seekerId);
    expect(ids).not.toContain(a.seekerId);
    const missingService = await lu.client.ok<any>(`query($y: Int!) { seekersMissingService(year: $y, kind: EMPLOYMENT_SERVICE, page: { pageSize: 100 }) { items { id } } }`, { y: year });
    const ms = missingService.seekersMissingService.items.map((s: any) => s.id);
    expect(ms).toContain(a.seekerId);
    expect(ms).not.toContain(b.seekerId);
    const records = await lu.client.ok<any>(`query($s: ID!) { serviceRecords(seekerId: $s) { kind intention staffName } }`, { s: a.seekerId });
    expect(records.serviceRecords.map((r: any) => r.kind)).toEqual(['ABILITY_ASSESSMENT', 'INFORMATION_CHECK']);
    expect(records.serviceRecords[0].staffName).toEqual(expect.any(String));
    expect(records.serviceRecords[0].staffName.length).toBeGreaterThan(0);
    const cityView = await city.client.ok<any>(`query($y: Int!) { fourOnesCoverage(year: $y) { countyCode } }`, { y: year });
    expect(cityView.fourOnesCoverage.length).toBeGreaterThanOrEqual(1);
    expect((await lu.client.fails(`query($y: Int!) { fourOnesCoverage(year: $y, countyCode: "${XIXIAN}") { countyCode } }`, { y: year })).code).toBe('FORBIDDEN');
  });

  it('refuses bad records and other counties, writing nothing', async () => {
    const s = await seeker(server);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ kind: 'INFORMATION_CHECK', serviceDate: day(1) }, 'input.intention'],
      [{ kind: 'NEED_REGISTRATION', serviceDate: day(-5) }, 'input.serviceDate'],
      [{ kind: 'NEED_REGISTRATION', serviceDate: '2024-13-01' }, 'input.serviceDate'],
      [{ kind: 'NAP', serviceDate: day(1) }, 'i.kind'], // refused by GraphQL coercion, which names the variable
    ];
    for (const [i, path] of cases) {
      const err = await lu.client.fails(RECORD, { i: { seekerId: s.seekerId, ...i } });
      expect(err.code).toBe('BAD_USER_INPUT');
      expect(err.fields.map((f) => f.path)).toContain(path);
    }
    expect((await xi.client.fails(RECORD, { i: { seekerId: s.seekerId, kind: 'EMPLOYMENT_SERVICE', serviceDate: day(1) } })).code).toBe('FORBIDDEN');
    expect((await s.client.fails(RECORD, { i: { seekerId: s.seekerId, kind: 'EMPLOYMENT_SERVICE', serviceDate: day(1) } })).code).toBe('FORBIDDEN');
    expect(await count(server, 'service_record', 'seeker_id = $1', [s.seekerId])).toBe(0);
  });

  it('assigns a job coach who must be staff', async () => {
    const s = await seeker(server);
    const e = await employer(server);
    expect((await lu.client.fails(`mutation($s: ID!, $c: ID!) { assignJobCoach(seekerId: $s, coachUserId: $c) }`, { s: s.seekerId, c: e.userId })).fields[0].path).toBe('coachUserId');
    expect((await lu.client.ok<any>(`mutation($s: ID!, $c: ID!) { assignJobCoach(seekerId: $s, coachUserId: $c) }`, { s: s.seekerId, c: lu.userId })).assignJobCoach).toBe(true);
    expect(await count(server, 'job_coach_assignment', 'seeker_id = $1 AND coach_user_id = $2', [s.seekerId, lu.userId])).toBe(1);
  });

  it('lists who may coach the person: active staff of their county first, then the whole city; never another county\'s', async () => {
    const s = await seeker(server);
    const CANDIDATES = `query($s: ID!) { coachCandidates(seekerId: $s) { userId name countyCode } }`;
    const { coachCandidates } = await lu.client.ok<any>(CANDIDATES, { s: s.seekerId });
    const ids = coachCandidates.map((c: any) => c.userId);
    expect(ids).toContain(lu.userId);
    expect(ids).toContain(city.userId);
    expect(ids).not.toContain(xi.userId);
    const firstCity = coachCandidates.findIndex((c: any) => c.countyCode === null);
    expect(coachCandidates.slice(0, firstCity).every((c: any) => c.countyCode === XINXIAN)).toBe(true);
    expect(coachCandidates.slice(firstCity).every((c: any) => c.countyCode === null)).toBe(true);
    expect((await xi.client.fails(CANDIDATES, { s: s.seekerId })).code).toBe('FORBIDDEN');
    expect((await lu.client.fails(`mutation($s: ID!, $c: ID!) { assignJobCoach(seekerId: $s, coachUserId: $c) }`, { s: s.seekerId, c: xi.userId })).fields[0].path).toBe('coachUserId');
    expect(await count(server, 'job_coach_assignment', 'seeker_id = $1', [s.seekerId])).toBe(0);
  });

  it('tells who the job coach is, only to staff covering the seeker', async () => {
    const s = await seeker(server);
    const COACH = `query($s: ID!) { jobCoach(seekerId: $s) { coachUserId coachName assignedAt } }`;
    expect((await lu.client.ok<any>(COACH, { s: s.seekerId })).jobCoach).toBeNull();
    await lu.client.ok(`mutation($s: ID!, $c: ID!) { assignJobCoach(seekerId: $s, coachUserId: $c) }`, { s: s.seekerId, c: city.userId });
    const { jobCoach } = await lu.client.ok<any>(COACH, { s: s.seekerId });
    expect(jobCoach.coachUserId).toBe(city.userId);
    expect(typeof jobCoach.coachName).toBe('string');
    expect((await xi.client.fails(COACH, { s: s.seekerId })).code).toBe('FORBIDDEN');
    expect((await s.client.fails(COACH, { s: s.seekerId })).code).toBe('FORBIDDEN');
    expect((await lu.client.fails(COACH, { s: 'not-an-id' })).code).toBe('BAD_USER_INPUT');
  });
});

describe('the graduate ledger', () => {
  const LEDGER = `query($f: GraduateLedgerFilter) { graduateLedger(filter: $f, page: { pageSize: 100 }) { total items { seekerId plan { status plan } contacts referrals placementStart followUps { month dueDate done overdue } } } }`;
  const ENTRY = `mutation($i: LedgerEntryInput!) { addLedgerEntry(input: $i) { id kind followUpMonth } }`;

  it('keeps a plan, contacts and follow-ups after placement, and lists who is overdue', async () => {
    const g = await seeker(server, { graduateSchool: '信阳师范大学', graduateYear: 2023 });
    const notGrad = await seeker(server);
    expect((await lu.client.fails(`mutation($i: GraduatePlanInput!) { saveGraduatePlan(input: $i) { status } }`,
      { i: { seekerId: notGrad.seekerId, status: 'CONTACTING' } })).fields[0].message).toBe('该求职者没有毕业信息，不在毕业生台账中');
    await lu.client.ok(`mutation($i: GraduatePlanInput!) { saveGraduatePlan(input: $i) { status } }`,
      { i: { seekerId: g.seekerId, status: 'PLAN_MADE', plan: '推荐参加双选会，联系盲人按摩店' } });
    await lu.client.ok(ENTRY, { i: { seekerId: g.seekerId, kind: 'CONTACT', entryDate: day(300), notes: '电话联系' } });
    await lu.client.ok(ENTRY, { i: { seekerId: g.seekerId, kind: 'REFERRAL', entryDate: day(250) } });
    const e = await employer(server);
    const { recordPlacement } = await lu.client.ok<any>(`mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`,
      { i: { seekerId: g.seekerId, organizationId: e.organizationId, employmentForm: 'FULL_TIME', startDate: day(120) } });
    const missingMonth = await lu.client.fails(ENTRY, { i: { seekerId: g.seekerId, kind: 'FOLLOW_UP', entryDate: day(90), placementId: recordPlacement.id } });
    expect(missingMonth.fields[0].path).toBe('input.followUpMonth');
    await lu.client.ok(ENTRY, { i: { seekerId: g.seekerId, kind: 'FOLLOW_UP', entryDate: day(88), followUpMonth: 1, placementId: recordPlacement.id } });
    expect((await lu.client.fails(ENTRY, { i: { seekerId: g.seekerId, kind: 'FOLLOW_UP', entryDate: day(60), followUpMonth: 1, placementId: recordPlacement.id } })).code).toBe('CONFLICT');
    const ledger = await lu.client.ok<any>(LEDGER, { f: { graduateYear: 2023 } });
    const row = ledger.graduateLedger.items.find((r: any) => r.seekerId === g.seekerId);
    expect(row).toMatchObject({ plan: { status: 'PLAN_MADE' }, contacts: 1, referrals: 1, placementStart: day(120) });
    expect(row.followUps.map((f: any) => [f.month, f.done, f.overdue])).toEqual([[1, true, false], [3, false, true], [6, false, false], [12, false, false]]);
    const overdue = await lu.client.ok<any>(LEDGER, { f: { overdueOnly: true } });
    expect(overdue.graduateLedger.items.map((r: any) => r.seekerId)).toContain(g.seekerId);
    const one = await lu.client.ok<any>(LEDGER, { f: { seekerId: g.seekerId } });
    expect(one.graduateLedger.items.map((r: any) => r.seekerId)).toEqual([g.seekerId]);
    expect((await lu.client.fails(LEDGER, { f: { seekerId: 'nope' } })).code).toBe('BAD_USER_INPUT');
    const other = await xi.client.ok<any>(LEDGER, { f: { graduateYear: 2023 } });
    expect(other.graduateLedger.items.map((r: any) => r.seekerId)).not.toContain(g.seekerId);
  });
});
