/** @jest-environment-options {"fileServerEnv": {"REMINDER_INTERVAL_SECONDS": "1"}} */
// Retention (issue 15): the SQL rule agrees with retentionAt on a worked dataset (31 Jan + 1 month, ended the day
// before and on the due date, a person with two placements, an excluded placement), the figures by breakdown, the
// funnel on a worked dataset, staff follow-ups (bad input by field, wrong role, other county), the check-in run
// (sent once) and its answers (only the person or the employer; "left" tells the county's staff).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DisabilityCategory } from '../server/src/common/domain.js';
import { FollowUpStatus, RetentionState } from '../server/src/outcomes/outcomes-vocab.js';
import { funnelCounts, type FunnelPerson } from '../server/src/outcomes/retention/funnel.js';
import { followUpSummaryJoin, retentionAt, retentionStateSql } from '../server/src/outcomes/retention/retention.js';
import { LUOSHAN, PINGQIAO, XIXIAN, admin, certificate, count, creditCode, employer, publishedPosting, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

const XINXIAN = '411523';
const SHANGCHENG = '411524';
const GUSHI = '411525';

let server: TestServer;
let adm: { client: Client };
let lu: { client: Client; userId: string };
let xi: { client: Client; userId: string };
let ping: { client: Client; userId: string };
let city: { client: Client; userId: string };
beforeAll(async () => {
  server = await startTestServer();
  adm = await admin(server);
  [lu, xi, ping, city] = await Promise.all([staff(server, adm.client, LUOSHAN), staff(server, adm.client, XIXIAN), staff(server, adm.client, PINGQIAO), staff(server, adm.client, null)]);
});
afterAll(async () => { await server?.close(); });

const day = (d: number) => new Date(Date.now() + 8 * 3_600_000 - d * 86_400_000).toISOString().slice(0, 10);

/** A person written straight into the database (no account), registered at `createdAt`. */
async function person(county: string, category: string, level: number, createdAt = '2024-06-01T00:00:00+08:00'): Promise<string> {
  const { rows } = await server.db.query(
    `INSERT INTO seeker_profile (name, gender, birth_date, county_code, residence, category, level, created_at)
     VALUES ('回访测试', 'MALE', '1990-01-01', $1, 'RURAL', $2, $3, $4) RETURNING id`, [county, category, level, createdAt]);
  return rows[0].id;
}

async function organization(county: string, type = 'PRIVATE'): Promise<string> {
  const { rows } = await server.db.query(
    `INSERT INTO organization (name, credit_code, type, county_code, staff_count) VALUES ('回访测试单位', $1, $2, $3, 50) RETURNING id`,
    [creditCode(), type, county]);
  return rows[0].id;
}

async function placement(seekerId: string, orgId: string, county: string, startDate: string, o: { endDate?: string; excluded?: boolean; form?: string; line?: string } = {}): Promise<string> {
  const { rows } = await server.db.query(
    `INSERT INTO placement (seeker_id, organization_id, employment_form, start_date, end_date, action_line, county_code, source, excluded_at, excluded_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'EXTERNAL', $8, CASE WHEN $8::timestamptz IS NULL THEN NULL ELSE '核实为虚假就业' END) RETURNING id`,
    [seekerId, orgId, o.form ?? 'FULL_TIME', startDate, o.endDate ?? null, o.line ?? 'PRIVATE', county, o.excluded ? new Date() : null]);
  return rows[0].id;
}

async function answer(placementId: string, month: number, status: FollowUpStatus, source = 'STAFF', leftOn: string | null = null) {
  await server.db.query(`INSERT INTO placement_follow_up (placement_id, month, status, source, checked_on, left_on) VALUES ($1, $2, $3, $4, '2025-12-01', $5)`,
    [placementId, month, status, source, leftOn]);
}

describe('the retention rule in SQL and in code', () => {
  // worked dataset (cohort: starts 1 Jan to 31 Mar 2025; states on 31 Dec 2025)
  const facts: Array<{ id: string; startDate: string; endDate: string | null; followUps: Array<{ month: number; status: FollowUpStatus; leftOn: string | null }> }> = [];
  beforeAll(async () => {
    const [priv, state] = [await organization(XINXIAN), await organization(XINXIAN, 'STATE_OWNED')];
    const add = async (seekerId: string, org: string, county: string, startDate: string, o: { endDate?: string; excluded?: boolean; form?: string } = {},
      followUps: Array<{ month: number; status: FollowUpStatus; leftOn: string | null; source?: string }> = []) => {
      const id = await placement(seekerId, org, county, startDate, o);
      for (const f of followUps) await answer(id, f.month, f.status, f.source, f.leftOn);
      if (!o.excluded) facts.push({ id, startDate, endDate: o.endDate ?? null, followUps });
    };
    const a = await person(XINXIAN, 'VISUAL', 2);
    const b = await person(XINXIAN, 'HEARING', 3);
    const c = await person(XINXIAN, 'PHYSICAL', 1);
    const d = await person(SHANGCHENG, 'VISUAL', 1);
    const e = await person(XINXIAN, 'MENTAL', 2);
    const f = await person(XINXIAN, 'PHYSICAL', 4);
    // A: 31 Jan + 6 months = 31 Jul; the staff's 6-month "still employed" shows it lasted to 3 and 6 months
    await add(a, priv, XINXIAN, '2025-01-31', {}, [{ month: 6, status: FollowUpStatus.EMPLOYED, leftOn: null }]);
    // B: 15 Feb + 6 months = 15 Aug; ended the day before: left at 6 months, retained at 3
    await add(b, state, XINXIAN, '2025-02-15', { endDate: '2025-08-14', form: 'PART_TIME' });
    // C: ended on the 6-month date itself: retained at 6
    await add(c, priv, XINXIAN, '2025-02-15', { endDate: '2025-08-15' });
    // D: two placements, each against its own start: the first left by 3 months, the second unknown
    await add(d, priv, SHANGCHENG, '2025-01-10', { endDate: '2025-03-20' });
    await add(d, priv, SHANGCHENG, '2025-03-25');
    // E: confirmed as not genuine: counts nowhere
    await add(e, priv, XINXIAN, '2025-03-01', { excluded: true }, [{ month: 6, status: FollowUpStatus.EMPLOYED, leftOn: null }]);
    // F: the person said they left on 1 May, no end date recorded: left at 3 months (10 Jun)
    await add(f, priv, XINXIAN, '2025-03-10', {}, [{ month: 3, status: FollowUpStatus.LEFT, leftOn: '2025-05-01', source: 'SEEKER' }]);
  });

  it('gives each placement the same state as retentionAt, at every month and on edge dates', async () => {
    const dates = ['2025-02-27', '2025-02-28', '2025-04-30', '2025-08-14', '2025-08-15', '2025-12-31', '2026-01-31'];
    const months = [1, 3, 6, 12];
    const { rows } = await server.db.query(
      `SELECT p.id, m.months, d.as_of::text AS "asOf", ${retentionStateSql('p', 'f', 'm.months', 'd.as_of')} AS state
         FROM placement p ${followUpSummaryJoin('p', 'f')} CROSS JOIN unnest($2::int[]) AS m(months) CROSS JOIN unnest($3::date[]) AS d(as_of)
        WHERE p.id = ANY($1::uuid[])`, [facts.map((f) => f.id), months, dates]);
    expect(rows).toHaveLength(facts.length * months.length * dates.length);
    for (const r of rows) {
      const f = facts.find((x) => x.id === r.id)!;
      expect([r.id, r.months, r.asOf, r.state]).toEqual([r.id, r.months, r.asOf, retentionAt(f, f.followUps, r.months, r.asOf)]);
    }
    // 31 Jan + 1 month = 28 Feb
    expect(rows.filter((r) => r.id === facts[0].id && r.months === 1).map((r) => [r.asOf, r.state]).slice(0, 2))
      .toEqual([['2025-02-27', RetentionState.NOT_DUE], ['2025-02-28', RetentionState.RETAINED]]);
  });

  const RETENTION = `query($f: RetentionFilter!) { retention(filter: $f) { asOf countyCode months
    total { months due retained left unknown rate }
    byCounty { key counts { months due retained left unknown rate } } byCategory { key counts { months due retained } }
    byLevel { key counts { months due retained } } byForm { key counts { months due retained left } }
    byEmployerType { key counts { months due retained left } } byActionLine { key counts { months due } } } }`;
  const cohort = { from: '2025-01-01', to: '2025-03-31', asOf: '2025-12-31' };

  it('counts retention at 3, 6 and 12 months in total and by each breakdown', async () => {
    const r = (await city.client.ok<any>(RETENTION, { f: cohort })).retention;
    expect(r.months).toEqual([3, 6, 12]);
    expect(r.total).toEqual([
      { months: 3, due: 6, retained: 3, left: 2, unknown: 1, rate: 0.5 }, // A, B, C retained; D1, F left; D2 unknown
      { months: 6, due: 6, retained: 2, left: 3, unknown: 1, rate: 0.3333 }, // A, C retained; B, D1, F left; D2 unknown
      { months: 12, due: 0, retained: 0, left: 0, unknown: 0, rate: null }, // none has reached 12 months by 31 Dec
    ]);
    const six = (groups: any[], key: string) => groups.find((g) => g.key === key)?.counts.find((c: any) => c.months === 6);
    expect(six(r.byCounty, SHANGCHENG)).toEqual({ months: 6, due: 2, retained: 0, left: 1, unknown: 1, rate: 0 });
    expect(six(r.byCounty, XINXIAN)).toMatchObject({ due: 4, retained: 2, left: 2 });
    expect(six(r.byCategory, 'VISUAL')).toMatchObject({ due: 3, retained: 1 });
    expect(six(r.byCategory, 'MENTAL')).toBeUndefined(); // the excluded placement's person
    expect(six(r.byLevel, '1')).toMatchObject({ due: 3, retained: 1 });
    expect(six(r.byForm, 'PART_TIME')).toEqual({ months: 6, due: 1, retained: 0, left: 1 });
    expect(six(r.byEmployerType, 'STATE_OWNED')).toEqual({ months: 6, due: 1, retained: 0, left: 1 });
    expect(six(r.byActionLine, 'PRIVATE')).toEqual({ months: 6, due: 6 });
    // on an earlier date fewer are due: on 30 Apr only A (31 Jan + 3 months) and D1 (10 Apr) have reached 3 months
    const early = (await city.client.ok<any>(RETENTION, { f: { ...cohort, asOf: '2025-04-30' } })).retention;
    expect(early.total[0]).toEqual({ months: 3, due: 2, retained: 1, left: 1, unknown: 0, rate: 0.5 });
  });

  it('keeps county staff to their county and refuses other roles and bad filters, naming the field', async () => {
    const mine = (await xi.client.ok<any>(RETENTION, { f: cohort })).retention;
    expect(mine.countyCode).toBe(XIXIAN);
    expect(mine.total[1].due).toBe(0);
    expect((await xi.client.fails(RETENTION, { f: { ...cohort, countyCode: XINXIAN } })).code).toBe('FORBIDDEN');
    const s = await seeker(server);
    expect((await s.client.fails(RETENTION, { f: cohort })).code).toBe('FORBIDDEN');
    const backwards = await city.client.fails(RETENTION, { f: { ...cohort, from: '2025-04-01' } });
    expect(backwards.code).toBe('BAD_USER_INPUT');
    expect(backwards.fields.map((x) => x.path)).toContain('filter.to');
    const impossible = await city.client.fails(RETENTION, { f: { ...cohort, to: '2025-02-30' } });
    expect(impossible.code).toBe('BAD_USER_INPUT');
  });
});

describe('the outcome funnel', () => {
  const FUNNEL = `query($f: RetentionFilter!) { outcomeFunnel(filter: $f) { registered active applied interviewed hired due6 retained6 due12 retained12 } }`;
  const MOVE = `mutation($i: MoveApplicationInput!) { moveApplication(input: $i) { id status } }`;
  const APPLY = `mutation($i: ApplyInput!) { applyToPosting(input: $i) { id } }`;

  it('counts people once per step on a worked dataset, as funnel.ts does', async () => {
    const period = { from: day(30), to: day(0), asOf: day(-400) };
    const e = await employer(server, { countyCode: GUSHI });
    const postingId = await publishedPosting(e, { countyCode: GUSHI, openings: 5 });
    // S1: registered, did nothing (no account); S4: a placement confirmed as not genuine; S5: registered after the period
    await person(GUSHI, 'VISUAL', 2, `${day(60)}T10:00:00+08:00`);
    const s4 = await person(GUSHI, 'VISUAL', 2, `${day(60)}T10:00:00+08:00`);
    await placement(s4, e.organizationId, GUSHI, day(10), { excluded: true });
    await person(GUSHI, 'VISUAL', 2, `${day(-1)}T10:00:00+08:00`);
    // S2 applied; S3 applied, reached the interview stage, was hired twice in the period and is still employed at 12 months
    const s2 = await seeker(server, { countyCode: GUSHI, preferredCounties: [GUSHI] });
    await s2.client.ok(APPLY, { i: { postingId } });
    const s3 = await seeker(server, { countyCode: GUSHI, preferredCounties: [GUSHI], certificateNumber: certificate(DisabilityCategory.HEARING, 3), category: 'HEARING', level: 3 });
    const app = (await s3.client.ok<any>(APPLY, { i: { postingId } })).applyToPosting.id;
    for (const to of ['REVIEWING', 'INTERVIEW']) await e.client.ok(MOVE, { i: { applicationId: app, to } });
    await placement(s3.seekerId, e.organizationId, GUSHI, day(20), { endDate: day(15) });
    const second = await placement(s3.seekerId, e.organizationId, GUSHI, day(10));
    await answer(second, 12, FollowUpStatus.EMPLOYED);
    const f = (await city.client.ok<any>(FUNNEL, { f: { ...period, countyCode: GUSHI } })).outcomeFunnel;
    expect(f).toEqual({ registered: 4, active: 2, applied: 2, interviewed: 1, hired: 1, due6: 1, retained6: 1, due12: 1, retained12: 1 });
    // the same people as facts for the pure rule
    const today = day(0);
    const people: FunnelPerson[] = [
      { registeredOn: day(60) },
      { registeredOn: day(60), placements: [{ startDate: day(10), endDate: null, excluded: true }] },
      { registeredOn: day(-1) },
      { registeredOn: today, signedInOn: [today], appliedOn: [today] },
      { registeredOn: today, signedInOn: [today], appliedOn: [today], interviewedOn: [today],
        placements: [{ startDate: day(20), endDate: day(15) }, { startDate: day(10), endDate: null, followUps: [{ month: 12, status: FollowUpStatus.EMPLOYED, leftOn: null }] }] },
    ];
    const c = funnelCounts(people, period);
    expect(f).toEqual({ registered: c.REGISTERED, active: c.ACTIVE, applied: c.APPLIED, interviewed: c.INTERVIEWED, hired: c.HIRED,
      due6: c.DUE_6, retained6: c.RETAINED_6, due12: c.DUE_12, retained12: c.RETAINED_12 });
    // county staff elsewhere cannot look at this county; an employer cannot look at all
    expect((await lu.client.fails(FUNNEL, { f: { ...period, countyCode: GUSHI } })).code).toBe('FORBIDDEN');
    expect((await e.client.fails(FUNNEL, { f: period })).code).toBe('FORBIDDEN');
    const bad = await city.client.fails(FUNNEL, { f: { ...period, countyCode: '999999' } });
    expect(bad.fields.map((x) => x.path)).toContain('filter.countyCode');
  });
});

const RECORD_PLACEMENT = `mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id startDate } }`;
const FOLLOW_UP = `mutation($i: RecordFollowUpInput!) { recordPlacementFollowUp(input: $i) { id month status source checkedOn leftOn } }`;

async function hire(startDaysAgo: number) {
  const e = await employer(server, { countyCode: PINGQIAO });
  const s = await seeker(server);
  const { recordPlacement } = await lu.client.ok<any>(RECORD_PLACEMENT, { i: {
    seekerId: s.seekerId, organizationId: e.organizationId, employmentForm: 'FULL_TIME', startDate: day(startDaysAgo), note: '', evidence: '看过劳动合同',
  } });
  return { e, s, placementId: recordPlacement.id as string };
}

describe('recording a follow-up', () => {
  it('refuses bad input naming the field, and writes nothing', async () => {
    const { e, s, placementId } = await hire(100);
    const ok = { placementId, month: 3, status: 'EMPLOYED', checkedOn: day(1), note: '' };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ month: 2 }, 'input.month'],
      [{ checkedOn: day(-1) }, 'input.checkedOn'],
      [{ checkedOn: day(101) }, 'input.checkedOn'],
      [{ status: 'LEFT' }, 'input.leftOn'],
      [{ status: 'LEFT', leftOn: day(-2) }, 'input.leftOn'],
      [{ status: 'LEFT', leftOn: day(120) }, 'input.leftOn'],
      [{ leftOn: day(5) }, 'input.leftOn'],
      [{ checkedOn: '2026-02-30' }, 'input.checkedOn'],
    ];
    for (const [over, path] of cases) {
      const err = await lu.client.fails(FOLLOW_UP, { i: { ...ok, ...over } });
      expect([over, err.code]).toEqual([over, 'BAD_USER_INPUT']);
      expect(err.fields.map((f) => f.path)).toContain(path);
    }
    expect(await count(server, 'placement_follow_up', 'placement_id = $1', [placementId])).toBe(0);
    expect(await count(server, 'placement', 'id = $1 AND end_date IS NULL', [placementId])).toBe(1);    // nor tells anyone anything
    expect(await count(server, 'notification', `user_id = ANY($1) AND kind IN ('FOLLOW_UP_RECORDED', 'EMPLOYER_FOLLOW_UP_RECORDED')`, [[s.userId, e.userId]])).toBe(0);
  });

  it('lets staff of the person\'s or the employer\'s county record it; not another county, not the person or employer', async () => {
    const { e, s, placementId } = await hire(100);
    const i = { placementId, month: 3, status: 'EMPLOYED', checkedOn: day(2), note: '电话回访' };
    expect((await xi.client.fails(FOLLOW_UP, { i })).code).toBe('FORBIDDEN');
    expect((await s.client.fails(FOLLOW_UP, { i })).code).toBe('FORBIDDEN');
    expect((await e.client.fails(FOLLOW_UP, { i })).code).toBe('FORBIDDEN');
    expect(await count(server, 'placement_follow_up', 'placement_id = $1', [placementId])).toBe(0);
    expect(await count(server, 'notification', `user_id = ANY($1) AND kind IN ('FOLLOW_UP_RECORDED', 'EMPLOYER_FOLLOW_UP_RECORDED')`, [[s.userId, e.userId]])).toBe(0);
    expect((await lu.client.ok<any>(FOLLOW_UP, { i })).recordPlacementFollowUp).toMatchObject({ month: 3, status: 'EMPLOYED', source: 'STAFF' });
    // the employer's county (平桥) records the same month again: it replaces the answer
    expect((await ping.client.ok<any>(FOLLOW_UP, { i: { ...i, status: 'UNREACHABLE', checkedOn: day(1) } })).recordPlacementFollowUp.status).toBe('UNREACHABLE');
    expect(await count(server, 'placement_follow_up', 'placement_id = $1', [placementId])).toBe(1);
  });

  it('ends the placement when staff record that the person left, with its history entry; the list shows what is due', async () => {
    const { placementId } = await hire(100);
    const LIST = `query($f: FollowUpListFilter) { placementFollowUps(filter: $f, page: { pageSize: 100 }) { total items { placementId months { month dueDate done overdue } answers { month source status } } } }`;
    const before = (await lu.client.ok<any>(LIST, { f: { overdueOnly: true } })).placementFollowUps.items.find((r: any) => r.placementId === placementId);
    expect(before.months.map((m: any) => [m.month, m.done, m.overdue])).toEqual([[1, false, true], [3, false, true], [6, false, false], [12, false, false]]);
    expect((await xi.client.ok<any>(LIST, {})).placementFollowUps.items.map((r: any) => r.placementId)).not.toContain(placementId);
    await lu.client.ok(FOLLOW_UP, { i: { placementId, month: 1, status: 'EMPLOYED', checkedOn: day(60), note: '' } });
    await lu.client.ok(FOLLOW_UP, { i: { placementId, month: 3, status: 'LEFT', checkedOn: day(1), leftOn: day(10), endReason: 'RESIGNED', note: '本人辞职' } });
    const { rows } = await server.db.query(`SELECT end_date::text AS "endDate", end_reason AS "endReason" FROM placement WHERE id = $1`, [placementId]);
    expect(rows[0]).toEqual({ endDate: day(10), endReason: 'RESIGNED' });
    expect(await count(server, 'placement_change', `placement_id = $1 AND kind = 'ENDED'`, [placementId])).toBe(1);
    // settled, and the later months are after the end: off the list
    const after = (await lu.client.ok<any>(LIST, {})).placementFollowUps.items.map((r: any) => r.placementId);
    expect(after).not.toContain(placementId);
  });
});

describe('the graduate ledger and follow-ups: one source of truth', () => {
  const ENTRY = `mutation($i: LedgerEntryInput!) { addLedgerEntry(input: $i) { id } }`;
  it('a ledger follow-up is the placement\'s staff follow-up; a "left" without the last day is refused and nothing is written', async () => {
    const { s, placementId } = await hire(100);
    const entry = { seekerId: s.seekerId, kind: 'FOLLOW_UP', entryDate: day(1), followUpMonth: 3, placementId, notes: '' };
    const bad = await lu.client.fails(ENTRY, { i: { ...entry, followUpStatus: 'LEFT' } });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.fields.map((f) => f.path)).toEqual(['input.leftOn']);
    expect(await count(server, 'ledger_entry', 'placement_id = $1', [placementId])).toBe(0);
    expect(await count(server, 'placement_follow_up', 'placement_id = $1', [placementId])).toBe(0);
    expect((await xi.client.fails(ENTRY, { i: entry })).code).toBe('FORBIDDEN');
    await lu.client.ok(ENTRY, { i: { ...entry, followUpMonth: 1, entryDate: day(50) } });
    const { rows } = await server.db.query(
      `SELECT month, status, source, checked_on::text AS "checkedOn" FROM placement_follow_up WHERE placement_id = $1`, [placementId]);
    expect(rows).toEqual([{ month: 1, status: 'EMPLOYED', source: 'STAFF', checkedOn: day(50) }]);
  });
});

describe('check-ins', () => {
  const KINDS = `{ myNotifications(page: { pageSize: 50 }) { items { kind title } } }`;
  const MINE = `{ myCheckIns { placementId month answer organizationName personName } }`;
  const ANSWER = `mutation($p: ID!, $m: Int!, $y: Boolean!, $l: String) { answerPlacementCheckIn(placementId: $p, month: $m, stillEmployed: $y, leftOn: $l) { status source leftOn } }`;
  const kinds = async (c: Client) => (await c.ok<any>(KINDS)).myNotifications.items.map((n: any) => n.kind) as string[];

  it('the run asks the person and the employer once; only they may answer; "left" tells the county\'s staff', async () => {
    const { e, s, placementId } = await hire(40);
    let got: string[] = [];
    for (let i = 0; i < 50 && !got.includes('PLACEMENT_CHECK_IN'); i++) {
      await new Promise((r) => setTimeout(r, 200));
      got = await kinds(s.client);
    }
    await new Promise((r) => setTimeout(r, 2500)); // two more runs: nothing sent twice
    expect((await kinds(s.client)).filter((k) => k === 'PLACEMENT_CHECK_IN')).toHaveLength(1);
    expect((await kinds(e.client)).filter((k) => k === 'EMPLOYER_CHECK_IN')).toHaveLength(1);
    expect(await count(server, 'placement_check_in', 'placement_id = $1', [placementId])).toBe(1);
    expect((await s.client.ok<any>(MINE)).myCheckIns).toEqual([expect.objectContaining({ placementId, month: 1, answer: null })]);
    expect((await e.client.ok<any>(MINE)).myCheckIns).toEqual([expect.objectContaining({ placementId, month: 1 })]);

    // only the person and the employer
    const other = await seeker(server);
    const otherEmployer = await employer(server);
    expect((await other.client.fails(ANSWER, { p: placementId, m: 1, y: true })).code).toBe('NOT_FOUND');
    expect((await otherEmployer.client.fails(ANSWER, { p: placementId, m: 1, y: true })).code).toBe('NOT_FOUND');
    expect((await lu.client.fails(ANSWER, { p: placementId, m: 1, y: true })).code).toBe('FORBIDDEN');
    const noDate = await s.client.fails(ANSWER, { p: placementId, m: 1, y: false });
    expect(noDate.fields.map((f) => f.path)).toEqual(['leftOn']);
    expect((await s.client.fails(ANSWER, { p: placementId, m: 2, y: true })).fields.map((f) => f.path)).toEqual(['month']);
    // 40 days in: the 3-month check-in has not opened
    expect((await s.client.fails(ANSWER, { p: placementId, m: 3, y: true })).fields.map((f) => f.path)).toEqual(['month']);
    expect(await count(server, 'placement_follow_up', 'placement_id = $1', [placementId])).toBe(0);

    // the person says they left: kept as their answer, staff told, the placement not ended
    expect((await s.client.ok<any>(ANSWER, { p: placementId, m: 1, y: false, l: day(5) })).answerPlacementCheckIn)
      .toEqual({ status: 'LEFT', source: 'SEEKER', leftOn: day(5) });
    expect(await kinds(lu.client)).toContain('CHECK_IN_LEFT_REPORTED');
    expect(await kinds(xi.client)).not.toContain('CHECK_IN_LEFT_REPORTED');
    expect(await count(server, 'placement', 'id = $1 AND end_date IS NULL', [placementId])).toBe(1);
    // the employer confirms it: the placement ends on that day
    expect((await e.client.ok<any>(ANSWER, { p: placementId, m: 1, y: false, l: day(5) })).answerPlacementCheckIn.source).toBe('EMPLOYER');
    const { rows } = await server.db.query(`SELECT end_date::text AS d FROM placement WHERE id = $1`, [placementId]);
    expect(rows[0].d).toBe(day(5));
    expect((await s.client.ok<any>(MINE)).myCheckIns[0].answer).toBe('LEFT');
  });
});

describe('a follow-up staff record is told, and settles the check-ins', () => {
  const NOTES = `{ myNotifications(page: { pageSize: 50 }) { items { kind title body } } }`;
  const MINE = `{ myCheckIns { placementId month answer recordedByStaff staffLeftOn } }`;
  const ANSWER = `mutation($p: ID!, $m: Int!, $y: Boolean!, $l: String) { answerPlacementCheckIn(placementId: $p, month: $m, stillEmployed: $y, leftOn: $l) { status } }`;
  const notes = async (c: Client, kind: string) => (await c.ok<any>(NOTES)).myNotifications.items.filter((n: any) => n.kind === kind);
  async function asked(c: Client) {
    for (let i = 0; i < 50; i++) {
      if ((await c.ok<any>(MINE)).myCheckIns.length) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('no check-in was sent');
  }

  it('"still employed": the person and the employer hear what was recorded; the month\'s check-in is settled for both, not asked again', async () => {
    const { e, s, placementId } = await hire(40);
    await asked(s.client);
    await asked(e.client);
    await lu.client.ok(FOLLOW_UP, { i: { placementId, month: 1, status: 'EMPLOYED', checkedOn: day(1), note: '电话回访，内部记录' } });
    const [toPerson] = await notes(s.client, 'FOLLOW_UP_RECORDED');
    expect(toPerson.body).toContain('第1个月的回访：仍在岗');
    expect(toPerson.body).not.toContain('内部记录'); // staff's working note stays with staff
    const [toEmployer] = await notes(e.client, 'EMPLOYER_FOLLOW_UP_RECORDED');
    expect(toEmployer.body).toContain('仍在岗');
    expect(await notes(xi.client, 'FOLLOW_UP_RECORDED')).toEqual([]);
    // the check-in shows what staff recorded; answering it again is refused and writes nothing
    expect((await s.client.ok<any>(MINE)).myCheckIns).toEqual([{ placementId, month: 1, answer: null, recordedByStaff: 'EMPLOYED', staffLeftOn: null }]);
    expect((await e.client.ok<any>(MINE)).myCheckIns[0]).toMatchObject({ recordedByStaff: 'EMPLOYED', answer: null });
    expect(await s.client.fails(ANSWER, { p: placementId, m: 1, y: false, l: day(3) }))
      .toMatchObject({ code: 'CONFLICT', message: '残联工作人员已记录第1个月的回访，不用再回答。如有变化，请联系残联' });
    expect((await e.client.fails(ANSWER, { p: placementId, m: 1, y: true })).code).toBe('CONFLICT');
    expect(await count(server, 'placement_follow_up', `placement_id = $1 AND source <> 'STAFF'`, [placementId])).toBe(0);
    expect(await count(server, 'notification', `kind = 'CHECK_IN_LEFT_REPORTED' AND params->>'placementId' = $1`, [placementId])).toBe(0);
    // the run does not ask again for the month
    await new Promise((r) => setTimeout(r, 1500));
    expect(await count(server, 'notification', `user_id = $1 AND kind = 'PLACEMENT_CHECK_IN'`, [s.userId])).toBe(1);
  });

  it('"left": both hear the last day, the employer that the placement ended and no longer counts; in English for an English reader', async () => {
    const { e, s, placementId } = await hire(40);
    await ping.client.ok(FOLLOW_UP, { i: { placementId, month: 1, status: 'LEFT', checkedOn: day(1), leftOn: day(5), endReason: 'RESIGNED', note: '' } });
    const [toPerson] = await notes(s.client, 'FOLLOW_UP_RECORDED');
    expect(toPerson.body).toContain(`已于${day(5)}离职`);
    const [toEmployer] = await notes(e.client, 'EMPLOYER_FOLLOW_UP_RECORDED');
    expect(toEmployer.body).toContain(`已于${day(5)}离职；这条就业登记已于当日结束，此后的月份不再计入按比例就业`);
    const en = new Client(server.url, { 'accept-language': 'en' });
    en.cookie = s.client.cookie;
    expect((await en.ok<any>(NOTES)).myNotifications.items.find((n: any) => n.kind === 'FOLLOW_UP_RECORDED').body).toContain(`left on ${day(5)}`);
    // the check-in is settled whenever it comes: the run (every second here) may have asked before staff recorded the
    // month, or asks after; either way no check-in of this placement is left asking
    await new Promise((r) => setTimeout(r, 1500));
    const asking = (await s.client.ok<any>(MINE)).myCheckIns.filter((c: any) => c.placementId === placementId && c.answer === null && !c.recordedByStaff);
    expect(asking).toEqual([]);
  });
});

describe('the follow-up summary the figures read (kept by a trigger on placement_follow_up)', () => {
  /** Placements whose summary row differs from their follow-ups as they stand (none, when the trigger keeps it). */
  async function mismatches(): Promise<string[]> {
    const { rows } = await server.db.query(
      `SELECT p.id FROM placement p
         LEFT JOIN placement_follow_up_summary s ON s.placement_id = p.id
         LEFT JOIN (SELECT placement_id, min(left_on) FILTER (WHERE status = 'LEFT') AS left_on,
                           max(month) FILTER (WHERE status = 'EMPLOYED') AS employed_month
                      FROM placement_follow_up GROUP BY placement_id) a ON a.placement_id = p.id
        WHERE s.left_on IS DISTINCT FROM a.left_on OR s.employed_month IS DISTINCT FROM a.employed_month`);
    return rows.map((r) => r.id);
  }

  /** The SQL rule (reading the summary) and retentionAt (reading the raw follow-ups) on one placement, every month and date. */
  async function expectRuleAgrees(placementId: string) {
    const { rows: [p] } = await server.db.query(`SELECT start_date::text AS "startDate", end_date::text AS "endDate" FROM placement WHERE id = $1`, [placementId]);
    const { rows: followUps } = await server.db.query(
      `SELECT month, status, left_on::text AS "leftOn" FROM placement_follow_up WHERE placement_id = $1`, [placementId]);
    const dates = [day(300), day(200), day(100), day(0)];
    const { rows } = await server.db.query(
      `SELECT m.months, d.as_of::text AS "asOf", ${retentionStateSql('p', 'f', 'm.months', 'd.as_of')} AS state
         FROM placement p ${followUpSummaryJoin('p', 'f')} CROSS JOIN unnest($2::int[]) AS m(months) CROSS JOIN unnest($3::date[]) AS d(as_of)
        WHERE p.id = $1`, [placementId, [1, 3, 6, 12], dates]);
    expect(rows).toHaveLength(16);
    for (const r of rows) expect([r.months, r.asOf, r.state]).toEqual([r.months, r.asOf, retentionAt(p, followUps, r.months, r.asOf)]);
    return rows.filter((r) => r.asOf === day(0)).map((r) => r.state);
  }

  it('stays equal to the follow-ups through every write: recorded, replaced, two answers to a month, ended, deleted', async () => {
    const { placementId } = await hire(400);
    // no follow-up yet: unknown at every month that is due
    expect(await expectRuleAgrees(placementId)).toEqual(['UNKNOWN', 'UNKNOWN', 'UNKNOWN', 'UNKNOWN']);
    // staff: still employed at 6 months (recordPlacementFollowUp inserts)
    await lu.client.ok(FOLLOW_UP, { i: { placementId, month: 6, status: 'EMPLOYED', checkedOn: day(200), note: '' } });
    expect(await expectRuleAgrees(placementId)).toEqual(['RETAINED', 'RETAINED', 'RETAINED', 'UNKNOWN']);
    // the same month and source again (the upsert replaces the answer): nobody reached
    await ping.client.ok(FOLLOW_UP, { i: { placementId, month: 6, status: 'UNREACHABLE', checkedOn: day(199), note: '' } });
    expect(await expectRuleAgrees(placementId)).toEqual(['UNKNOWN', 'UNKNOWN', 'UNKNOWN', 'UNKNOWN']);
    // two answers to the 12-month follow-up: the employer says still employed, the person says they left 250 days in
    await server.db.query(`INSERT INTO placement_follow_up (placement_id, month, status, source, checked_on) VALUES ($1, 12, 'EMPLOYED', 'EMPLOYER', $2)`, [placementId, day(30)]);
    expect(await expectRuleAgrees(placementId)).toEqual(['RETAINED', 'RETAINED', 'RETAINED', 'RETAINED']);
    await server.db.query(`INSERT INTO placement_follow_up (placement_id, month, status, source, checked_on, left_on) VALUES ($1, 12, 'LEFT', 'SEEKER', $2, $3)`,
      [placementId, day(29), day(150)]);
    expect(await expectRuleAgrees(placementId)).toEqual(['RETAINED', 'RETAINED', 'RETAINED', 'LEFT']);
    expect(await mismatches()).toEqual([]);
    // staff confirm the person left earlier, 60 days in: the placement ends (an end date) and the summary follows
    await lu.client.ok(FOLLOW_UP, { i: { placementId, month: 12, status: 'LEFT', checkedOn: day(20), leftOn: day(340), endReason: 'RESIGNED', note: '' } });
    expect(await count(server, 'placement', 'id = $1 AND end_date IS NOT NULL', [placementId])).toBe(1);
    expect(await expectRuleAgrees(placementId)).toEqual(['RETAINED', 'LEFT', 'LEFT', 'LEFT']);
    // a follow-up removed, and one changed in place: recounted from what is left
    await server.db.query(`DELETE FROM placement_follow_up WHERE placement_id = $1 AND source = 'STAFF' AND month = 12`, [placementId]);
    await server.db.query(`UPDATE placement_follow_up SET left_on = $2 WHERE placement_id = $1 AND source = 'SEEKER'`, [placementId, day(320)]);
    expect(await mismatches()).toEqual([]);
    await expectRuleAgrees(placementId);
    expect(await expectRuleAgrees(placementId)).toEqual(['RETAINED', 'LEFT', 'LEFT', 'LEFT']);
  });

  it('goes with a deleted placement (its follow-ups cascade) without refusing the delete', async () => {
    const id = await placement(await person(XINXIAN, 'VISUAL', 2), await organization(XINXIAN), XINXIAN, '2025-01-10');
    await answer(id, 3, FollowUpStatus.EMPLOYED);
    expect(await count(server, 'placement_follow_up_summary', 'placement_id = $1 AND employed_month = 3', [id])).toBe(1);
    await server.db.query(`DELETE FROM placement WHERE id = $1`, [id]);
    expect(await count(server, 'placement_follow_up_summary', 'placement_id = $1', [id])).toBe(0);
  });

  it('matches the follow-ups of every placement this file wrote (staff, ledger, check-ins, direct inserts)', async () => {
    expect(await count(server, 'placement_follow_up_summary')).toBeGreaterThan(5);
    expect(await mismatches()).toEqual([]);
  });
});
