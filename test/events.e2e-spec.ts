import { beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { LUOSHAN, XIXIAN, count, employer, publishedPosting, seeker, signUp } from './support/fixtures.js';
import { CREATE_FAIR as CREATE, fairInput, fairsWorld, H, iso, publishedFair } from './support/fairs.js';
import { Client, type TestServer } from './support/server.js';

const world = fairsWorld([LUOSHAN, XIXIAN]);
let server: TestServer;
let cityStaff: Client;
let luoshanStaff: Client;
let xiStaff: Client;
beforeAll(() => {
  ({ server, city: cityStaff } = world);
  [luoshanStaff, xiStaff] = [world.county[LUOSHAN], world.county[XIXIAN]];
});

/** An event happening today (registration open now), as staff would enter it. */
const eventInput = (over: Record<string, unknown> = {}) => fairInput(LUOSHAN, over);

const PUBLISH = `mutation($id: ID!) { publishEvent(id: $id) { id status } }`;
const REGISTER = `mutation($e: ID!, $s: [ServiceRequestInput!]) { registerForEvent(eventId: $e, services: $s) { id status ticketCode waitlistPosition } }`;
const CHECK_IN = `mutation($e: ID!, $c: String!) { checkInTicket(eventId: $e, ticketCode: $c) { id checkedInAt seeker { name } } }`;

const publishedEvent = (over: Record<string, unknown> = {}, by = luoshanStaff): Promise<string> => publishedFair(by, eventInput(over));

describe('staff run events', () => {
  it('create, publish and browse an event with its accessibility details', async () => {
    const id = await publishedEvent({ title: '无障碍细节测试招聘会' });
    const e = await new Client(server.url).ok<any>(`query($id: ID!) { event(id: $id) { title status stepFreeRoute tactilePaving
      serviceOffers { service quantity } county { nameZh } overview { registered } } }`, { id });
    expect(e.event).toMatchObject({ status: 'PUBLISHED', stepFreeRoute: true, tactilePaving: false, county: { nameZh: '罗山县' }, overview: null });
    expect(e.event.serviceOffers).toEqual([{ service: 'GUIDE', quantity: 5 }, { service: 'SIGN_LANGUAGE_INTERPRETER', quantity: 1 }]);
    const list = await new Client(server.url).ok<any>(`{ events(filter: { countyCode: "${LUOSHAN}" }) { items { id } } }`);
    expect(list.events.items.map((x: { id: string }) => x.id)).toContain(id);
  });

  it('refuses bad events naming each field, and writes nothing', async () => {
    const title = `不应保存的招聘会${Date.now()}`;
    const bad = await luoshanStaff.fails(CREATE, { i: eventInput({ title, endsAt: iso(-2 * H), registrationClosesAt: iso(5 * H), address: '', countyCode: LUOSHAN }) });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.fields).toEqual(expect.arrayContaining([
      { path: 'input.endsAt', message: '结束时间必须晚于开始时间' },
      { path: 'input.registrationClosesAt', message: '报名截止时间必须晚于开放时间，且不晚于活动结束' },
      { path: 'input.address', message: '现场招聘会请填写地址' },
    ]));
    expect((await luoshanStaff.fails(CREATE, { i: eventInput({ title, seekerCapacity: 0, startsAt: 'tomorrow' }) })).fields.map((f) => f.path).sort())
      .toEqual(['input.seekerCapacity', 'input.startsAt']);
    expect((await luoshanStaff.fails(CREATE, { i: eventInput({ title, countyCode: XIXIAN }) })).code).toBe('FORBIDDEN');
    expect((await luoshanStaff.fails(CREATE, { i: eventInput({ title, countyCode: null }) })).code).toBe('FORBIDDEN');
    expect((await (await signUp(server, 'SEEKER')).client.fails(CREATE, { i: eventInput({ title }) })).code).toBe('FORBIDDEN');
    expect(await count(server, 'recruitment_event', 'title = $1', [title])).toBe(0);
  });

  it('capacity cannot go below the registrations; raising it promotes the waiting list', async () => {
    const id = await publishedEvent({ seekerCapacity: 1 });
    const a = await seeker(server);
    const b = await seeker(server);
    await a.client.ok(REGISTER, { e: id });
    expect((await b.client.ok<any>(REGISTER, { e: id })).registerForEvent).toMatchObject({ status: 'WAITLISTED', ticketCode: null, waitlistPosition: 1 });
    const UPDATE = `mutation($id: ID!, $i: EventInput!) { updateEvent(id: $id, input: $i) { seekerCapacity registeredCount } }`;
    const hr = await count(server, 'event_registration', `event_id = $1 AND status = 'REGISTERED'`, [id]);
    expect(hr).toBe(1);
    await luoshanStaff.ok(UPDATE, { id, i: eventInput({ seekerCapacity: 2 }) });
    const mine = await b.client.ok<any>(`{ myEventRegistrations { status event { id } } }`);
    expect(mine.myEventRegistrations.find((r: any) => r.event.id === id).status).toBe('REGISTERED');
    const err = await luoshanStaff.fails(UPDATE, { id, i: eventInput({ seekerCapacity: 1 }) });
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.seekerCapacity', message: '座位数不能少于已报名的2人' }] });
  });

  it('cancelling an event tells everyone registered', async () => {
    const id = await publishedEvent();
    const s = await seeker(server);
    await s.client.ok(REGISTER, { e: id });
    expect((await luoshanStaff.fails(`mutation($id: ID!) { cancelEvent(id: $id, reason: " ") { id } }`, { id })).code).toBe('BAD_USER_INPUT');
    await luoshanStaff.ok(`mutation($id: ID!) { cancelEvent(id: $id, reason: "场地维修") { status } }`, { id });
    const n = await s.client.ok<any>(`{ myNotifications { unread items { kind title body } } }`);
    expect(n.myNotifications.items[0]).toMatchObject({ kind: 'EVENT_CANCELLED', title: '招聘会已取消' });
    expect(n.myNotifications.items[0].body).toContain('场地维修');
    expect((await s.client.fails(REGISTER, { e: id })).code).toBe('CONFLICT');
  });
});

describe('seekers register', () => {
  it('a graduate fair tells a non-graduate why they cannot register', async () => {
    const year = new Date().getFullYear();
    const id = await publishedEvent({ kind: 'GRADUATE', title: '残疾人高校毕业生双选会', graduationYears: [year, year - 1] });
    const notGrad = await seeker(server);
    const q = `query($id: ID!) { event(id: $id) { eligibility { eligible reasons } } }`;
    expect((await notGrad.client.ok<any>(q, { id })).event.eligibility).toEqual({ eligible: false, reasons: ['这场双选会面向残疾人高校毕业生，您的档案中还没有毕业信息'] });
    const err = await notGrad.client.fails(REGISTER, { e: id });
    expect(err).toMatchObject({ code: 'FORBIDDEN', message: '您不符合报名条件：这场双选会面向残疾人高校毕业生，您的档案中还没有毕业信息' });
    const old = await seeker(server, { graduateSchool: '信阳师范大学', graduateYear: 2015 });
    expect((await old.client.fails(REGISTER, { e: id })).message).toContain(`这场双选会面向${year}、${year - 1}年毕业生`);
    const grad = await seeker(server, { graduateSchool: '信阳师范大学', graduateYear: year });
    expect((await grad.client.ok<any>(REGISTER, { e: id, s: [{ service: 'SIGN_LANGUAGE_INTERPRETER', notes: '需要现场手语' }] })).registerForEvent.status).toBe('REGISTERED');
    expect((await grad.client.fails(REGISTER, { e: id })).message).toBe('您已报名该招聘会');
    const n = await grad.client.ok<any>(`{ myNotifications { items { kind title } } }`);
    expect(n.myNotifications.items[0]).toEqual({ kind: 'REGISTRATION_CONFIRMED', title: '报名成功' });
  });

  it('registration only while it is open', async () => {
    const id = await publishedEvent({ startsAt: iso(30 * H), endsAt: iso(34 * H), registrationOpensAt: iso(10 * H), registrationClosesAt: iso(20 * H) });
    const err = await (await seeker(server)).client.fails(REGISTER, { e: id });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/^报名时间为/);
  });

  it('200 concurrent registrations for 50 seats: exactly 50 registered, 150 waiting in arrival order; cancellations promote exactly', async () => {
    const id = await publishedEvent({ seekerCapacity: 50 });
    const people = await Promise.all(Array.from({ length: 200 }, () => seeker(server)));
    const results = await Promise.all(people.map((p) => p.client.gql<any>(REGISTER, { e: id })));
    expect(results.every((r) => !r.errors)).toBe(true);
    const statuses = results.map((r) => r.data.registerForEvent.status);
    expect(statuses.filter((s) => s === 'REGISTERED')).toHaveLength(50);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(150);
    const { rows } = await server.db.query(`SELECT id, status, arrival::int FROM event_registration WHERE event_id = $1 ORDER BY arrival`, [id]);
    expect(rows.slice(0, 50).every((r: any) => r.status === 'REGISTERED')).toBe(true);
    expect(rows.slice(50).every((r: any) => r.status === 'WAITLISTED')).toBe(true);
    expect(rows.map((r: any) => r.arrival)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const { rows: [ev] } = await server.db.query(`SELECT registered_count FROM recruitment_event WHERE id = $1`, [id]);
    expect(ev.registered_count).toBe(50);
    // five seated people cancel at once: the first five on the waiting list take their seats
    const seatedIdx = results.map((r, i) => (r.data.registerForEvent.status === 'REGISTERED' ? i : -1)).filter((i) => i >= 0).slice(0, 5);
    await Promise.all(seatedIdx.map((i) => people[i].client.ok(`mutation($r: ID!) { cancelEventRegistration(registrationId: $r) { status } }`,
      { r: results[i].data.registerForEvent.id })));
    const after = (await server.db.query(`SELECT status, arrival::int FROM event_registration WHERE event_id = $1 ORDER BY arrival`, [id])).rows;
    expect(after.filter((r: any) => r.status === 'REGISTERED')).toHaveLength(50);
    expect(after.filter((r: any) => r.status === 'WAITLISTED').map((r: any) => r.arrival)).toEqual(Array.from({ length: 145 }, (_, i) => i + 56));
    expect(after.filter((r: any) => r.status === 'REGISTERED').map((r: any) => r.arrival).sort((a: number, b: number) => a - b).slice(-5)).toEqual([51, 52, 53, 54, 55]);
    expect((await server.db.query(`SELECT registered_count FROM recruitment_event WHERE id = $1`, [id])).rows[0].registered_count).toBe(50);
    const promotedNote = await people[results.findIndex((r) => r.data.registerForEvent.waitlistPosition === 1)].client.ok<any>(`{ myNotifications { items { kind } } }`);
    expect(promotedNote.myNotifications.items[0].kind).toBe('PROMOTED');
  }, 60_000);
});

describe('check-in', () => {
  it('staff in scope check a ticket in once, on the event day', async () => {
    const id = await publishedEvent();
    const s = await seeker(server);
    const reg = await s.client.ok<any>(REGISTER, { e: id });
    const code = reg.registerForEvent.ticketCode;
    expect(code).toMatch(/^[A-Z2-9]{10}$/);
    const qr = await s.client.ok<any>(`{ myEventRegistrations { ticketQrSvg } }`);
    expect(qr.myEventRegistrations[0].ticketQrSvg).toMatch(/^<svg/);
    expect((await xiStaff.fails(CHECK_IN, { e: id, c: code })).code).toBe('FORBIDDEN');
    expect((await s.client.fails(CHECK_IN, { e: id, c: code })).code).toBe('FORBIDDEN');
    expect((await luoshanStaff.fails(CHECK_IN, { e: id, c: 'NOPE2345' }))).toMatchObject({ code: 'BAD_USER_INPUT', message: '找不到这张票，请核对票号' });
    const ok = await luoshanStaff.ok<any>(CHECK_IN, { e: id, c: code.toLowerCase() });
    expect(ok.checkInTicket).toMatchObject({ seeker: { name: '张明' } });
    const again = await cityStaff.fails(CHECK_IN, { e: id, c: code });
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toMatch(/^这张票已于.+签到，不能重复签到$/);
  });

  it('is refused on another day', async () => {
    const id = await publishedEvent({ startsAt: iso(72 * H), endsAt: iso(74 * H), registrationOpensAt: iso(-1 * H), registrationClosesAt: iso(70 * H) });
    const s = await seeker(server);
    const reg = await s.client.ok<any>(REGISTER, { e: id });
    const err = await luoshanStaff.fails(CHECK_IN, { e: id, c: reg.registerForEvent.ticketCode });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/^只能在招聘会举办当天签到/);
  });
});

describe('employers at events', () => {
  const APPLY = `mutation($i: BoothInput!) { applyForBooth(input: $i) { id status } }`;
  const DECIDE = `mutation($b: ID!, $ok: Boolean!, $r: String) { decideBooth(boothId: $b, approve: $ok, reason: $r) { id status declineReason } }`;

  it('booths never exceed the limit, even when approved at once; postings must be the employer\'s own', async () => {
    const id = await publishedEvent({ boothLimit: 2 });
    const emps = await Promise.all([1, 2, 3, 4].map(() => employer(server)));
    const other = await publishedPosting(await employer(server));
    const own = await publishedPosting(emps[0]);
    const wrong = await emps[0].client.fails(APPLY, { i: { eventId: id, postingIds: [own, other] } });
    expect(wrong).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.postingIds.1', message: '只能附加本单位已发布的职位' }] });
    const booths = [];
    for (const e of emps) booths.push((await e.client.ok<any>(APPLY, { i: { eventId: id, postingIds: e === emps[0] ? [own] : [] } })).applyForBooth.id);
    expect((await emps[0].client.fails(APPLY, { i: { eventId: id } })).code).toBe('CONFLICT');
    const decided = await Promise.all(booths.map((b) => luoshanStaff.gql<any>(DECIDE, { b, ok: true })));
    expect(decided.filter((r) => !r.errors)).toHaveLength(2);
    expect(decided.filter((r) => r.errors?.[0].message === '展位已满（共2个）')).toHaveLength(2);
    expect((await server.db.query(`SELECT booth_count FROM recruitment_event WHERE id = $1`, [id])).rows[0].booth_count).toBe(2);
    const pending = booths.find((_, i) => decided[i].errors)!;
    expect((await luoshanStaff.fails(DECIDE, { b: pending, ok: false, r: '' })).fields[0].path).toBe('reason');
    expect((await luoshanStaff.ok<any>(DECIDE, { b: pending, ok: false, r: '展位已满' })).decideBooth).toMatchObject({ status: 'DECLINED', declineReason: '展位已满' });
  });

  it('an employer sees its booth, postings and event applicants; outcomes and the Excel export add up', async () => {
    const id = await publishedEvent();
    const e = await employer(server);
    const postingId = await publishedPosting(e, { openings: 5 });
    const { applyForBooth } = await e.client.ok<any>(APPLY, { i: { eventId: id, postingIds: [postingId] } });
    await luoshanStaff.ok(DECIDE, { b: applyForBooth.id, ok: true });
    const mine = await e.client.ok<any>(`{ myBooths { status event { title } postings { id reserved } applicants { id } } }`);
    expect(mine.myBooths[0]).toMatchObject({ status: 'APPROVED', postings: [{ id: postingId, reserved: true }], applicants: [] });
    const [s1, s2, s3] = await Promise.all([seeker(server), seeker(server), seeker(server)]);
    const notRegistered = await s3.client.fails(`mutation($i: ApplyInput!) { applyToPosting(input: $i) { id } }`, { i: { postingId, eventId: id } });
    expect(notRegistered).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.eventId', message: '您没有报名该招聘会' }] });
    const appIds: string[] = [];
    for (const s of [s1, s2]) {
      const reg = await s.client.ok<any>(REGISTER, { e: id, s: [{ service: 'SIGN_LANGUAGE_INTERPRETER', notes: '' }] });
      await luoshanStaff.ok(CHECK_IN, { e: id, c: reg.registerForEvent.ticketCode });
      appIds.push((await s.client.ok<any>(`mutation($i: ApplyInput!) { applyToPosting(input: $i) { id eventId } }`, { i: { postingId, eventId: id } })).applyToPosting.id);
    }
    const MOVE = `mutation($i: MoveApplicationInput!) { moveApplication(input: $i) { status } }`;
    for (const to of ['INTERVIEW', 'OFFERED', 'HIRED']) await e.client.ok(MOVE, { i: { applicationId: appIds[0], to } });
    await e.client.ok(MOVE, { i: { applicationId: appIds[1], to: 'INTERVIEW' } });
    const withApplicants = await e.client.ok<any>(`{ myBooths { applicants { id eventId seeker { name } } } }`);
    expect(withApplicants.myBooths[0].applicants.map((x: any) => x.id).sort()).toEqual([...appIds].sort());
    const outsider = await (await employer(server)).client.ok<any>(`query($id: ID!) { event(id: $id) { booths { applicants { id } } } }`, { id });
    expect(outsider.event.booths[0].applicants).toBeNull();
    const q = `query($id: ID!) { event(id: $id) { overview { registered checkedIn services { service requested offered shortage } booths { approved limit } }
      outcomes { registered attended applications interviews offers hires exportUrl employers { organizationId applications interviews offers hires } } } }`;
    const r = await luoshanStaff.ok<any>(q, { id });
    expect(r.event.overview).toMatchObject({ registered: 2, checkedIn: 2, booths: { approved: 1, limit: 10 } });
    expect(r.event.overview.services).toContainEqual({ service: 'SIGN_LANGUAGE_INTERPRETER', requested: 2, offered: 1, shortage: 1 });
    expect(r.event.outcomes).toMatchObject({ registered: 2, attended: 2, applications: 2, interviews: 2, offers: 1, hires: 1 });
    expect(r.event.outcomes.employers).toEqual([{ organizationId: e.organizationId, applications: 2, interviews: 2, offers: 1, hires: 1 }]);
    expect((await e.client.ok<any>(q, { id })).event.outcomes).toBeNull();

    const res = await fetch(`${server.url}${r.event.outcomes.exportUrl}`, { headers: { cookie: luoshanStaff.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = wb.getWorksheet('用人单位')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '用人单位', '投递简历数', '面试人数', '录用意向数', '实际录用人数']);
    expect((sheet.getRow(2).values as unknown[]).slice(2)).toEqual([2, 2, 1, 1]);
    const denied = await fetch(`${server.url}${r.event.outcomes.exportUrl}`, { headers: { cookie: e.client.cookie! } });
    expect(denied.status).toBe(403);
    expect((await fetch(`${server.url}${r.event.outcomes.exportUrl}`)).status).toBe(401);
  });
});

describe('reminders', () => {
  it('everyone registered for tomorrow\'s event gets one reminder', async () => {
    const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + 24 * H));
    const id = await publishedEvent({
      startsAt: `${tomorrow}T10:00:00+08:00`, endsAt: `${tomorrow}T16:00:00+08:00`, registrationOpensAt: iso(-1 * H), registrationClosesAt: `${tomorrow}T09:00:00+08:00`,
    });
    const s = await seeker(server);
    await s.client.ok(REGISTER, { e: id });
    let kinds: string[] = [];
    for (let i = 0; i < 50 && !kinds.includes('EVENT_REMINDER'); i++) {
      await new Promise((r) => setTimeout(r, 200));
      kinds = (await s.client.ok<any>(`{ myNotifications { items { kind } } }`)).myNotifications.items.map((n: any) => n.kind);
    }
    expect(kinds.filter((k) => k === 'EVENT_REMINDER')).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1500));
    const again = (await s.client.ok<any>(`{ myNotifications { items { kind } } }`)).myNotifications.items.map((n: any) => n.kind);
    expect(again.filter((k: string) => k === 'EVENT_REMINDER')).toHaveLength(1);
    expect((await s.client.ok<any>(`mutation { markNotificationsRead }`)).markNotificationsRead).toBeGreaterThanOrEqual(2);
    expect((await s.client.ok<any>(`{ myNotifications(unreadOnly: true) { unread } }`)).myNotifications.unread).toBe(0);
  });
});
