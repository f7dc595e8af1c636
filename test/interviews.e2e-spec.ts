/** @jest-environment-options {"fileServerEnv": {"REMINDER_INTERVAL_SECONDS": "1"}} */
// Interviews: proposing one (China time, place with access or a link, contact by text), accommodations confirmed or
// declined, the seeker's answer, rescheduling and cancelling, the outcome, the interpreter request in the county's
// queue, the .ics file and the day-before reminder; bad input named by field with nothing written; who may act.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DisabilityCategory } from '../server/src/common/domain.js';
import { LUOSHAN, XIXIAN, admin, certificate, count, employer, publishedPosting, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let adminClient: Client;
beforeAll(async () => {
  server = await startTestServer();
  adminClient = (await admin(server)).client;
});
afterAll(async () => { await server?.close(); });

const H = 3_600_000;
const chinaDate = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);
/** A day some days ahead, at a China wall-clock time, written without a zone (the form's way) */
const chinaTime = (daysAhead: number, hhmm: string) => `${chinaDate(new Date(Date.now() + daysAhead * 24 * H))}T${hhmm}`;

const APPLY = `mutation($i: ApplyInput!) { applyToPosting(input: $i) { id } }`;
const SCHEDULE = `mutation($i: ScheduleInterviewInput!) { scheduleInterview(input: $i) { id status startsAt mode place accessFeatures onlineUrl contact calendarUrl
  accommodations { accommodation status arrangement } } }`;
const RESPOND = `mutation($i: RespondToInterviewInput!) { respondToInterview(input: $i) { id status seekerNote } }`;
const CONFIRM = `mutation($i: ConfirmAccommodationInput!) { confirmAccommodation(input: $i) { accommodation status arrangement } }`;
const RESCHEDULE = `mutation($i: RescheduleInterviewInput!) { rescheduleInterview(input: $i) { id status startsAt } }`;
const CANCEL = `mutation($i: CancelInterviewInput!) { cancelInterview(input: $i) { id status cancelReason } }`;
const OUTCOME = `mutation($i: RecordInterviewOutcomeInput!) { recordInterviewOutcome(input: $i) { id status outcome } }`;
const INTERPRETER = `mutation($i: RequestInterpreterInput!) { requestInterpreter(input: $i) { id status countyCode kind } }`;
const HANDLE = `mutation($i: HandleServiceRequestInput!) { handleServiceRequest(input: $i) { id status handledNote } }`;
const KINDS = `{ myNotifications { items { kind title body } } }`;

function plan(over: Record<string, unknown> = {}) {
  return {
    startsAt: chinaTime(3, '09:30'), durationMinutes: 45, mode: 'IN_PERSON', place: '平桥区测试路1号 一楼会议室',
    accessFeatures: ['STEP_FREE_ENTRANCE', 'ACCESSIBLE_TOILET'], accessNote: '正门有坡道', contact: '短信 13900000000', message: '请带上残疾人证', ...over,
  };
}

/** An employer, a deaf seeker of Luoshan who asked for an interpreter and written questions, and the application. */
async function arrange() {
  const e = await employer(server);
  const postingId = await publishedPosting(e);
  const s = await seeker(server, { category: 'HEARING', level: 2, certificateNumber: certificate(DisabilityCategory.HEARING, 2), supportsMust: [], supportsNice: [] });
  const { applyToPosting } = await s.client.ok<any>(APPLY, { i: { postingId, accommodations: ['SIGN_LANGUAGE_INTERPRETER', 'TEXT_INTERVIEW'], accommodationNote: '请安排手语翻译' } });
  return { e, s, applicationId: applyToPosting.id as string };
}

async function scheduled() {
  const x = await arrange();
  const r = await x.e.client.ok<any>(SCHEDULE, { i: { applicationId: x.applicationId, ...plan() } });
  return { ...x, interviewId: r.scheduleInterview.id as string };
}

describe('proposing an interview', () => {
  it('the employer proposes a time in China time with place, access and contact; the application moves to the interview stage; the seeker is told', async () => {
    const { e, s, applicationId } = await arrange();
    const startsAt = chinaTime(3, '09:30');
    const r = await e.client.ok<any>(SCHEDULE, { i: { applicationId, ...plan({ startsAt }) } });
    const i = r.scheduleInterview;
    expect(i).toMatchObject({ status: 'PROPOSED', mode: 'IN_PERSON', accessFeatures: ['STEP_FREE_ENTRANCE', 'ACCESSIBLE_TOILET'], contact: '短信 13900000000' });
    // 09:30 in Xinyang is 01:30 UTC
    expect(new Date(i.startsAt).toISOString()).toBe(new Date(`${startsAt}:00+08:00`).toISOString());
    expect(i.accommodations).toEqual([
      { accommodation: 'SIGN_LANGUAGE_INTERPRETER', status: 'OPEN', arrangement: '' },
      { accommodation: 'TEXT_INTERVIEW', status: 'OPEN', arrangement: '' },
    ]);
    const mine = await s.client.ok<any>(`{ myApplications { items { status history { toStatus } interviews { id place status } } } }`);
    expect(mine.myApplications.items[0]).toMatchObject({ status: 'INTERVIEW', interviews: [{ id: i.id, status: 'PROPOSED' }] });
    expect(mine.myApplications.items[0].history.map((h: any) => h.toStatus)).toEqual(['SUBMITTED', 'INTERVIEW']);
    const n = (await s.client.ok<any>(KINDS)).myNotifications.items;
    expect(n[0]).toMatchObject({ kind: 'INTERVIEW_PROPOSED', title: '用人单位邀请您面试' });
    expect(n[0].body).toContain('09:30');
    // one open interview per application
    expect((await e.client.fails(SCHEDULE, { i: { applicationId, ...plan() } })).code).toBe('CONFLICT');
  });

  it('an online interview needs a web link', async () => {
    const { e, applicationId } = await arrange();
    const r = await e.client.ok<any>(SCHEDULE, { i: { applicationId, ...plan({ mode: 'ONLINE', place: '', onlineUrl: 'https://meeting.example.cn/room/42' }) } });
    expect(r.scheduleInterview).toMatchObject({ mode: 'ONLINE', onlineUrl: 'https://meeting.example.cn/room/42' });
  });

  it('refuses bad plans naming the field, in Chinese and English, and writes nothing', async () => {
    const { e, applicationId } = await arrange();
    const english = new Client(server.url, { 'accept-language': 'en' });
    english.cookie = e.client.cookie;
    const before = await count(server, 'interview');
    const past = await e.client.fails(SCHEDULE, { i: { applicationId, ...plan({ startsAt: chinaTime(-1, '09:00') }) } });
    expect(past).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.startsAt', message: '面试时间应晚于现在' }] });
    expect((await english.fails(SCHEDULE, { i: { applicationId, ...plan({ startsAt: chinaTime(-1, '09:00') }) } })).fields)
      .toEqual([{ path: 'input.startsAt', message: 'The interview time must be in the future' }]);
    const noPlace = await e.client.fails(SCHEDULE, { i: { applicationId, ...plan({ place: '  ' }) } });
    expect(noPlace.fields).toEqual([{ path: 'input.place', message: '现场面试请填写面试地点' }]);
    const noLink = await english.fails(SCHEDULE, { i: { applicationId, ...plan({ mode: 'ONLINE', place: '' }) } });
    expect(noLink.fields).toEqual([{ path: 'input.onlineUrl', message: 'Enter the link of an online interview' }]);
    const badUrl = await e.client.fails(SCHEDULE, { i: { applicationId, ...plan({ mode: 'ONLINE', onlineUrl: 'javascript:alert(1)' }) } });
    expect(badUrl.fields).toEqual([{ path: 'input.onlineUrl', message: '线上网址应为以 https:// 开头的网址' }]);
    const noContact = await e.client.fails(SCHEDULE, { i: { applicationId, ...plan({ contact: '' }) } });
    expect(noContact.fields).toEqual([{ path: 'input.contact', message: '请填写文字联系方式' }]);
    const badTime = await e.client.fails(SCHEDULE, { i: { applicationId, ...plan({ startsAt: '2026-02-30T09:00' }) } });
    expect(badTime.fields[0].path).toBe('input.startsAt');
    const tooLong = await e.client.fails(SCHEDULE, { i: { applicationId, ...plan({ durationMinutes: 600 }) } });
    expect(tooLong.fields).toEqual([{ path: 'input.durationMinutes', message: '面试时长（分钟）不能大于480' }]);
    expect(await count(server, 'interview')).toBe(before);
    expect(await count(server, 'application', `id = $1 AND status = 'SUBMITTED'`, [applicationId])).toBe(1);
  });

  it('only the posting\'s employer (and staff covering the posting) may propose; the seeker, other employers and other counties may not', async () => {
    const { e, s, applicationId } = await arrange();
    const other = await employer(server);
    expect((await other.client.fails(SCHEDULE, { i: { applicationId, ...plan() } })).code).toBe('NOT_FOUND');
    expect((await s.client.fails(SCHEDULE, { i: { applicationId, ...plan() } })).code).toBe('FORBIDDEN');
    const xixian = await staff(server, adminClient, XIXIAN);
    expect((await xixian.client.fails(SCHEDULE, { i: { applicationId, ...plan() } })).code).toBe('NOT_FOUND');
    expect(await count(server, 'interview', 'application_id = $1', [applicationId])).toBe(0);
    // staff covering the posting's county may propose for the employer; it is on the record
    const luoshan = await staff(server, adminClient, LUOSHAN);
    const r = await luoshan.client.ok<any>(SCHEDULE, { i: { applicationId, ...plan() } });
    expect(await count(server, 'audit_log', `entity = 'interview' AND entity_id = $1 AND action = 'STAFF_ACTION'`, [r.scheduleInterview.id])).toBe(1);
    expect((await e.client.ok<any>(`query($id: ID!) { application(id: $id) { status interviews { id } } }`, { id: applicationId })).application)
      .toEqual({ status: 'INTERVIEW', interviews: [{ id: r.scheduleInterview.id }] });
  });
});

describe('the seeker answers', () => {
  it('accepts, or asks for another time with a note; the employer is told', async () => {
    const { e, s, interviewId } = await scheduled();
    const noNote = await s.client.fails(RESPOND, { i: { interviewId, response: 'ASK_NEW_TIME', seekerNote: ' ' } });
    expect(noNote).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.seekerNote', message: '请写明您方便的时间' }] });
    expect((await e.client.fails(RESPOND, { i: { interviewId, response: 'ACCEPT' } })).code).toBe('FORBIDDEN');
    expect((await (await seeker(server)).client.fails(RESPOND, { i: { interviewId, response: 'ACCEPT' } })).code).toBe('NOT_FOUND');
    expect(await count(server, 'interview', `id = $1 AND status = 'PROPOSED'`, [interviewId])).toBe(1);
    const asked = await s.client.ok<any>(RESPOND, { i: { interviewId, response: 'ASK_NEW_TIME', seekerNote: '周四下午都可以' } });
    expect(asked.respondToInterview).toMatchObject({ status: 'NEW_TIME_ASKED', seekerNote: '周四下午都可以' });
    const kinds = (await e.client.ok<any>(KINDS)).myNotifications.items.map((n: any) => n.kind);
    expect(kinds).toContain('INTERVIEW_NEW_TIME_ASKED');
    // the employer moves it; the seeker answers again and accepts
    const moved = await e.client.ok<any>(RESCHEDULE, { i: { interviewId, ...plan({ startsAt: chinaTime(4, '15:00') }), reason: '按您的要求改到周四下午' } });
    expect(moved.rescheduleInterview.status).toBe('PROPOSED');
    expect((await s.client.ok<any>(KINDS)).myNotifications.items[0].kind).toBe('INTERVIEW_RESCHEDULED');
    const ok = await s.client.ok<any>(RESPOND, { i: { interviewId, response: 'ACCEPT' } });
    expect(ok.respondToInterview.status).toBe('ACCEPTED');
    expect((await e.client.ok<any>(KINDS)).myNotifications.items[0].kind).toBe('INTERVIEW_ACCEPTED');
  });
});

describe('accommodations', () => {
  it('the employer confirms with how it is arranged, or declines with a reason; the seeker is told in words', async () => {
    const { e, s, interviewId } = await scheduled();
    const c = await e.client.ok<any>(CONFIRM, { i: { interviewId, accommodation: 'SIGN_LANGUAGE_INTERPRETER', status: 'CONFIRMED', arrangement: '已请县残联安排手语翻译' } });
    expect(c.confirmAccommodation).toEqual({ accommodation: 'SIGN_LANGUAGE_INTERPRETER', status: 'CONFIRMED', arrangement: '已请县残联安排手语翻译' });
    const n = (await s.client.ok<any>(KINDS)).myNotifications.items[0];
    expect(n).toMatchObject({ kind: 'INTERVIEW_ACCOMMODATION' });
    expect(n.body).toContain('“手语翻译”：已安排');
    const d = await e.client.ok<any>(CONFIRM, { i: { interviewId, accommodation: 'TEXT_INTERVIEW', status: 'DECLINED', arrangement: '面试为实操考核，由手语翻译协助' } });
    expect(d.confirmAccommodation.status).toBe('DECLINED');
  });

  it('refuses a decline without a reason and an accommodation not asked for, naming the field; only the employer side may answer', async () => {
    const { e, s, interviewId } = await scheduled();
    const english = new Client(server.url, { 'accept-language': 'en' });
    english.cookie = e.client.cookie;
    expect((await e.client.fails(CONFIRM, { i: { interviewId, accommodation: 'TEXT_INTERVIEW', status: 'DECLINED', arrangement: '' } })).fields)
      .toEqual([{ path: 'input.arrangement', message: '无法安排时请写明原因' }]);
    expect((await english.fails(CONFIRM, { i: { interviewId, accommodation: 'QUIET_ROOM', status: 'CONFIRMED' } })).fields)
      .toEqual([{ path: 'input.accommodation', message: 'The job seeker did not ask for this accommodation' }]);
    expect((await e.client.fails(CONFIRM, { i: { interviewId, accommodation: 'TEXT_INTERVIEW', status: 'OPEN' } })).fields[0].path).toBe('input.status');
    expect((await s.client.fails(CONFIRM, { i: { interviewId, accommodation: 'TEXT_INTERVIEW', status: 'CONFIRMED' } })).code).toBe('FORBIDDEN');
    expect((await (await employer(server)).client.fails(CONFIRM, { i: { interviewId, accommodation: 'TEXT_INTERVIEW', status: 'CONFIRMED' } })).code).toBe('NOT_FOUND');
    expect(await count(server, 'interview_accommodation', `interview_id = $1 AND status <> 'OPEN'`, [interviewId])).toBe(0);
  });

  it('an interpreter request lands in the queue of the seeker\'s county; its staff arrange it, other counties do not see it', async () => {
    const { e, s, interviewId } = await scheduled();
    const luoshan = await staff(server, adminClient, LUOSHAN);
    const xixian = await staff(server, adminClient, XIXIAN);
    const r = await e.client.ok<any>(INTERPRETER, { i: { interviewId, note: '面试约40分钟' } });
    expect(r.requestInterpreter).toMatchObject({ status: 'OPEN', countyCode: LUOSHAN, kind: 'SIGN_LANGUAGE_INTERPRETER' });
    expect((await e.client.fails(INTERPRETER, { i: { interviewId } })).code).toBe('CONFLICT');
    expect((await s.client.fails(INTERPRETER, { i: { interviewId } })).code).toBe('FORBIDDEN');
    expect((await luoshan.client.ok<any>(KINDS)).myNotifications.items.map((n: any) => n.kind)).toContain('SERVICE_REQUESTED');
    const q = `{ serviceRequests { request { id } seekerName postingTitle } }`;
    expect((await luoshan.client.ok<any>(q)).serviceRequests.map((x: any) => x.request.id)).toContain(r.requestInterpreter.id);
    expect((await xixian.client.ok<any>(q)).serviceRequests.map((x: any) => x.request.id)).not.toContain(r.requestInterpreter.id);
    expect((await xixian.client.fails(HANDLE, { i: { requestId: r.requestInterpreter.id, status: 'ARRANGED', handledNote: '派王老师' } })).code).toBe('NOT_FOUND');
    expect((await luoshan.client.fails(HANDLE, { i: { requestId: r.requestInterpreter.id, status: 'ARRANGED', handledNote: '' } })).fields)
      .toEqual([{ path: 'input.handledNote', message: '请填写处理说明' }]);
    expect((await e.client.fails(HANDLE, { i: { requestId: r.requestInterpreter.id, status: 'ARRANGED', handledNote: 'x' } })).code).toBe('FORBIDDEN');
    const h = await luoshan.client.ok<any>(HANDLE, { i: { requestId: r.requestInterpreter.id, status: 'ARRANGED', handledNote: '派王老师到场' } });
    expect(h.handleServiceRequest).toMatchObject({ status: 'ARRANGED', handledNote: '派王老师到场' });
    expect((await e.client.ok<any>(KINDS)).myNotifications.items[0].kind).toBe('SERVICE_REQUEST_HANDLED');
    expect(await count(server, 'audit_log', `entity = 'service_request' AND entity_id = $1`, [r.requestInterpreter.id])).toBe(1);
  });

  it('staff see their county\'s upcoming interviews with accommodations still open', async () => {
    const { e, interviewId } = await scheduled();
    const luoshan = await staff(server, adminClient, LUOSHAN);
    const xixian = await staff(server, adminClient, XIXIAN);
    const q = `{ countyInterviews { interview { id } openAccommodations seekerName } }`;
    const rows = (await luoshan.client.ok<any>(q)).countyInterviews;
    expect(rows.find((x: any) => x.interview.id === interviewId)).toMatchObject({ openAccommodations: ['SIGN_LANGUAGE_INTERPRETER', 'TEXT_INTERVIEW'] });
    expect((await xixian.client.ok<any>(q)).countyInterviews.map((x: any) => x.interview.id)).not.toContain(interviewId);
    expect((await e.client.fails(q)).code).toBe('FORBIDDEN');
    for (const accommodation of ['SIGN_LANGUAGE_INTERPRETER', 'TEXT_INTERVIEW']) {
      await e.client.ok(CONFIRM, { i: { interviewId, accommodation, status: 'CONFIRMED', arrangement: '已安排' } });
    }
    expect((await luoshan.client.ok<any>(q)).countyInterviews.map((x: any) => x.interview.id)).not.toContain(interviewId);
  });
});

describe('rescheduling, cancelling and the outcome', () => {
  it('rescheduling needs a reason and a valid plan, and only the employer side may do it', async () => {
    const { e, s, interviewId } = await scheduled();
    const bad = await e.client.fails(RESCHEDULE, { i: { interviewId, ...plan({ startsAt: chinaTime(-2, '10:00') }), reason: '' } });
    expect(bad.fields).toEqual([{ path: 'input.startsAt', message: '面试时间应晚于现在' }, { path: 'input.reason', message: '请填写原因' }]);
    expect((await s.client.fails(RESCHEDULE, { i: { interviewId, ...plan(), reason: '改期' } })).code).toBe('FORBIDDEN');
    expect((await (await employer(server)).client.fails(RESCHEDULE, { i: { interviewId, ...plan(), reason: '改期' } })).code).toBe('NOT_FOUND');
    const { rows } = await server.db.query(`SELECT starts_at FROM interview WHERE id = $1`, [interviewId]);
    expect(new Date(rows[0].starts_at).toISOString()).toBe(new Date(`${chinaTime(3, '09:30')}:00+08:00`).toISOString());
  });

  it('either side cancels with a reason the other reads; a cancelled interview cannot change', async () => {
    const { e, s, interviewId } = await scheduled();
    expect((await s.client.fails(CANCEL, { i: { interviewId, reason: '' } })).fields).toEqual([{ path: 'input.reason', message: '请填写原因' }]);
    expect((await (await seeker(server)).client.fails(CANCEL, { i: { interviewId, reason: '不去了' } })).code).toBe('NOT_FOUND');
    const c = await s.client.ok<any>(CANCEL, { i: { interviewId, reason: '已找到其他工作' } });
    expect(c.cancelInterview).toMatchObject({ status: 'CANCELLED', cancelReason: '已找到其他工作' });
    const n = (await e.client.ok<any>(KINDS)).myNotifications.items[0];
    expect(n.kind).toBe('INTERVIEW_CANCELLED');
    expect(n.body).toContain('已找到其他工作');
    expect((await e.client.fails(RESPOND, { i: { interviewId, response: 'ACCEPT' } })).code).toBe('FORBIDDEN');
    expect((await s.client.fails(RESPOND, { i: { interviewId, response: 'ACCEPT' } })).code).toBe('CONFLICT');
    expect((await e.client.fails(RESCHEDULE, { i: { interviewId, ...plan(), reason: '再约' } })).code).toBe('CONFLICT');
  });

  it('the employer records the outcome once the interview has taken place', async () => {
    const { e, s, interviewId } = await scheduled();
    expect((await e.client.fails(OUTCOME, { i: { interviewId, outcome: 'ATTENDED' } })).fields)
      .toEqual([{ path: 'input.outcome', message: '面试时间还没到，不能记录为已参加或未到场' }]);
    expect((await s.client.fails(OUTCOME, { i: { interviewId, outcome: 'NO_SHOW' } })).code).toBe('FORBIDDEN');
    await server.db.query(`UPDATE interview SET starts_at = now() - interval '2 hours' WHERE id = $1`, [interviewId]);
    const r = await e.client.ok<any>(OUTCOME, { i: { interviewId, outcome: 'ATTENDED', outcomeNote: '表现很好' } });
    expect(r.recordInterviewOutcome).toMatchObject({ status: 'DONE', outcome: 'ATTENDED' });
    expect((await s.client.ok<any>(KINDS)).myNotifications.items[0].body).toContain('已参加');
    expect((await e.client.fails(OUTCOME, { i: { interviewId, outcome: 'NO_SHOW' } })).code).toBe('CONFLICT');
  });
});

describe('the calendar file and the reminder', () => {
  it('the .ics file has the time in UTC matching China time, for the two sides only', async () => {
    const { e, s, interviewId } = await scheduled();
    const url = `${server.url}/exports/interviews/${interviewId}.ics`;
    const res = await fetch(url, { headers: { cookie: s.client.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const text = await res.text();
    // 09:30 China time = 01:30 UTC on the same day
    const day = chinaTime(3, '09:30').slice(0, 10).replace(/-/g, '');
    expect(text).toContain(`DTSTART:${day}T013000Z`);
    expect(text).toContain('DURATION:PT45M');
    expect(text).toContain('北京时间');
    expect((await fetch(url, { headers: { cookie: e.client.cookie! } })).status).toBe(200);
    expect((await fetch(url, { headers: { cookie: (await employer(server)).client.cookie! } })).status).toBe(404);
    expect((await fetch(url)).status).toBe(401);
  });

  it('both sides get one reminder the day before (China time)', async () => {
    const { e, s, applicationId } = await arrange();
    await e.client.ok<any>(SCHEDULE, { i: { applicationId, ...plan({ startsAt: chinaTime(1, '10:00') }) } });
    let kinds: string[] = [];
    for (let i = 0; i < 50 && !kinds.includes('INTERVIEW_REMINDER'); i++) {
      await new Promise((r) => setTimeout(r, 200));
      kinds = (await s.client.ok<any>(KINDS)).myNotifications.items.map((n: any) => n.kind);
    }
    expect(kinds.filter((k) => k === 'INTERVIEW_REMINDER')).toHaveLength(1);
    expect((await e.client.ok<any>(KINDS)).myNotifications.items.map((n: any) => n.kind)).toContain('INTERVIEW_REMINDER');
    expect(await count(server, 'interview', 'application_id = $1 AND reminded_at IS NOT NULL', [applicationId])).toBe(1);
  });
});
