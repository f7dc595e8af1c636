// Recruitment-event rules beyond the happy paths in events.e2e-spec.ts: the booth life cycle (invite, accept,
// change postings, withdraw and apply again), fairs for some employer types, what may still change once a fair
// is finished, cancelling after check-in, finishing before the start, and times told in China's clock. Every
// refusal is checked for its code, its field or message in Chinese, and for the rows it could have written.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { count, employer, publishedPosting, seeker } from './support/fixtures.js';
import { fairInput, fairsWorld, H, iso, publishedFair } from './support/fairs.js';
import { Client, type TestServer } from './support/server.js';

// 商城县: no other e2e file arranges events there
const SHANGCHENG = '411524';
const XIXIAN = '411528';

const world = fairsWorld([SHANGCHENG, XIXIAN]);
let server: TestServer;
let scStaff: Client;
let xiStaff: Client;
beforeAll(() => {
  ({ server } = world);
  [scStaff, xiStaff] = [world.county[SHANGCHENG], world.county[XIXIAN]];
});

const eventInput = (over: Record<string, unknown> = {}) => fairInput(SHANGCHENG, {
  endsAt: iso(3 * H), registrationClosesAt: iso(2 * H), quietRoom: false,
  services: [{ service: 'SIGN_LANGUAGE_INTERPRETER', quantity: 2 }, { service: 'GUIDE', quantity: 2 }], seekerCapacity: 20, boothLimit: 5, ...over,
});

const CREATE = `mutation($i: EventInput!) { createEvent(input: $i) { id } }`;
const UPDATE = `mutation($id: ID!, $i: EventInput!) { updateEvent(id: $id, input: $i) { id title endsAt } }`;
const PUBLISH = `mutation($id: ID!) { publishEvent(id: $id) { id status } }`;
const FINISH = `mutation($id: ID!) { finishEvent(id: $id) { id status } }`;
const REGISTER = `mutation($e: ID!, $s: [ServiceRequestInput!]) { registerForEvent(eventId: $e, services: $s) { id status ticketCode } }`;
const SERVICES = `mutation($r: ID!, $s: [ServiceRequestInput!]!) { updateEventServiceRequests(registrationId: $r, services: $s) { id } }`;
const CANCEL_REG = `mutation($r: ID!) { cancelEventRegistration(registrationId: $r) { id status } }`;
const CHECK_IN = `mutation($e: ID!, $c: String!) { checkInTicket(eventId: $e, ticketCode: $c) { id } }`;
const INVITE = `mutation($e: ID!, $o: ID!) { inviteToEvent(eventId: $e, organizationId: $o) { id status } }`;
const ACCEPT = `mutation($b: ID!, $p: [ID!]!) { acceptBoothInvitation(boothId: $b, postingIds: $p) { id status postingIds } }`;
const SET_POSTINGS = `mutation($b: ID!, $p: [ID!]!) { setBoothPostings(boothId: $b, postingIds: $p) { id postingIds } }`;
const WITHDRAW = `mutation($b: ID!) { withdrawBooth(boothId: $b) { id status } }`;
const APPLY = `mutation($i: BoothInput!) { applyForBooth(input: $i) { id status } }`;
const DECIDE = `mutation($b: ID!, $ok: Boolean!, $r: String) { decideBooth(boothId: $b, approve: $ok, reason: $r) { id status } }`;

const publishedEvent = (over: Record<string, unknown> = {}): Promise<string> => publishedFair(scStaff, eventInput(over));

const eventRow = async (id: string) => (await server.db.query(
  `SELECT status, title, ends_at, registered_count, booth_count FROM recruitment_event WHERE id = $1`, [id])).rows[0];
const boothRow = async (id: string) => (await server.db.query(`SELECT status, posting_ids, decided_at FROM event_booth WHERE id = $1`, [id])).rows[0];
const registrationRow = async (id: string) => (await server.db.query(
  `SELECT status, checked_in_at, cancelled_at FROM event_registration WHERE id = $1`, [id])).rows[0];
const servicesOf = async (registrationId: string) => (await server.db.query(
  `SELECT service, notes FROM event_service_request WHERE registration_id = $1 ORDER BY service`, [registrationId])).rows;

describe('the booth life cycle', () => {
  it('staff invite an organization; an unknown organization or another county\'s staff are refused and nothing is written', async () => {
    const id = await publishedEvent();
    const e = await employer(server);
    const unknown = await scStaff.fails(INVITE, { e: id, o: '00000000-0000-4000-8000-000000000000' });
    expect(unknown).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'organizationId' }] });
    expect(unknown.fields[0].message).toMatch(/[\u4e00-\u9fff]/);
    expect((await xiStaff.fails(INVITE, { e: id, o: e.organizationId })).code).toBe('FORBIDDEN');
    expect((await e.client.fails(INVITE, { e: id, o: e.organizationId })).code).toBe('FORBIDDEN');
    expect(await count(server, 'event_booth', 'event_id = $1', [id])).toBe(0);
    const { inviteToEvent } = await scStaff.ok<any>(INVITE, { e: id, o: e.organizationId });
    expect(inviteToEvent.status).toBe('INVITED');
    // twice is refused: one booth record per organization
    expect((await scStaff.fails(INVITE, { e: id, o: e.organizationId })).code).toBe('CONFLICT');
    expect(await count(server, 'event_booth', 'event_id = $1', [id])).toBe(1);
  });

  it('the employer accepts with its own published postings only; the booth counts once', async () => {
    const id = await publishedEvent({ boothLimit: 1 });
    const e = await employer(server);
    const own = await publishedPosting(e);
    const theirs = await publishedPosting(await employer(server));
    const { inviteToEvent: booth } = await scStaff.ok<any>(INVITE, { e: id, o: e.organizationId });

    const wrong = await e.client.fails(ACCEPT, { b: booth.id, p: [theirs] });
    expect(wrong).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.postingIds.0', message: '只能附加本单位已发布的职位' }] });
    expect(await boothRow(booth.id)).toMatchObject({ status: 'INVITED', posting_ids: [] });
    expect((await eventRow(id)).booth_count).toBe(0);
    // someone else's booth is not theirs to answer
    expect((await (await employer(server)).client.fails(ACCEPT, { b: booth.id, p: [] })).code).toBe('NOT_FOUND');

    expect((await e.client.ok<any>(ACCEPT, { b: booth.id, p: [own] })).acceptBoothInvitation).toMatchObject({ status: 'APPROVED', postingIds: [own] });
    expect((await eventRow(id)).booth_count).toBe(1);
    const twice = await e.client.fails(ACCEPT, { b: booth.id, p: [own] });
    expect(twice.code).toBe('CONFLICT');
    expect(twice.message).toMatch(/^展位不能从/);
    expect((await eventRow(id)).booth_count).toBe(1);

    // the only booth is taken: a second invitation cannot be accepted
    const other = await employer(server);
    const { inviteToEvent: second } = await scStaff.ok<any>(INVITE, { e: id, o: other.organizationId });
    expect(await other.client.fails(ACCEPT, { b: second.id, p: [] })).toMatchObject({ code: 'CONFLICT', message: '展位已满（共1个）' });
    expect(await boothRow(second.id)).toMatchObject({ status: 'INVITED' });
  });

  it('the postings on a booth change to the employer\'s published ones only', async () => {
    const id = await publishedEvent();
    const e = await employer(server);
    const [a, b] = [await publishedPosting(e), await publishedPosting(e, { title: '客服专员' })];
    const { applyForBooth } = await e.client.ok<any>(APPLY, { i: { eventId: id, postingIds: [a] } });
    const { createPosting: draft } = await e.client.ok<any>(`mutation($input: PostingInput!) { createPosting(input: $input) { id } }`,
      { input: { title: '草稿职位', description: '还没有发布的职位，不能放到展位上。', countyCode: SHANGCHENG, address: '商城县', employmentForm: 'FULL_TIME',
        openings: 1, salaryMin: 2000, salaryMax: 3000, educationRequired: 'NONE', skills: [], reserved: false, demands: [], supports: [], suitableCategories: [] } });
    const bad = await e.client.fails(SET_POSTINGS, { b: applyForBooth.id, p: [b, draft.id] });
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.postingIds.1', message: '只能附加本单位已发布的职位' }] });
    const malformed = await e.client.fails(SET_POSTINGS, { b: applyForBooth.id, p: ['not-an-id'] });
    expect(malformed).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.postingIds.0' }] });
    expect((await boothRow(applyForBooth.id)).posting_ids).toEqual([a]);
    expect((await (await employer(server)).client.fails(SET_POSTINGS, { b: applyForBooth.id, p: [] })).code).toBe('NOT_FOUND');
    expect((await e.client.ok<any>(SET_POSTINGS, { b: applyForBooth.id, p: [b, a] })).setBoothPostings.postingIds).toEqual([b, a]);
  });

  it('withdrawing frees the booth; withdrawing twice is refused; the organization may apply again', async () => {
    const id = await publishedEvent();
    const e = await employer(server);
    const posting = await publishedPosting(e);
    const { applyForBooth } = await e.client.ok<any>(APPLY, { i: { eventId: id, postingIds: [posting] } });
    await scStaff.ok(DECIDE, { b: applyForBooth.id, ok: true });
    expect((await eventRow(id)).booth_count).toBe(1);
    expect((await e.client.ok<any>(WITHDRAW, { b: applyForBooth.id })).withdrawBooth.status).toBe('WITHDRAWN');
    expect((await eventRow(id)).booth_count).toBe(0);
    const again = await e.client.fails(WITHDRAW, { b: applyForBooth.id });
    expect(again.code).toBe('CONFLICT');
    expect((await eventRow(id)).booth_count).toBe(0);
    expect((await (await employer(server)).client.fails(WITHDRAW, { b: applyForBooth.id })).code).toBe('NOT_FOUND');

    const reapplied = (await e.client.ok<any>(APPLY, { i: { eventId: id, postingIds: [] } })).applyForBooth;
    expect(reapplied).toEqual({ id: applyForBooth.id, status: 'APPLIED' });
    expect(await boothRow(applyForBooth.id)).toMatchObject({ status: 'APPLIED', posting_ids: [], decided_at: null });
    expect(await count(server, 'event_booth', 'event_id = $1', [id])).toBe(1);
  });

  it('a fair for some employer types refuses other types, in words, and writes no booth', async () => {
    const id = await publishedEvent({ kind: 'TARGETED', targetOrganizationTypes: ['STATE_OWNED', 'PUBLIC_INSTITUTION'] });
    const privateFirm = await employer(server, { type: 'PRIVATE' });
    const refused = await privateFirm.client.fails(APPLY, { i: { eventId: id, postingIds: [] } });
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: '这场专场招聘只面向国有企业、事业单位' });
    const invited = await scStaff.fails(INVITE, { e: id, o: privateFirm.organizationId });
    expect(invited).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'organizationId', message: '这场专场招聘只面向国有企业、事业单位' }] });
    expect(await count(server, 'event_booth', 'event_id = $1', [id])).toBe(0);
    const english = new Client(server.url, { 'accept-language': 'en' });
    english.cookie = privateFirm.client.cookie;
    expect((await english.fails(APPLY, { i: { eventId: id, postingIds: [] } })).message).toBe('This fair is only for state-owned enterprises, public institutions');

    const stateOwned = await employer(server, { type: 'STATE_OWNED' });
    expect((await stateOwned.client.ok<any>(APPLY, { i: { eventId: id, postingIds: [] } })).applyForBooth.status).toBe('APPLIED');
  });

  it('an unknown or unpublished posting is refused on its field and no booth is written', async () => {
    const id = await publishedEvent();
    const e = await employer(server);
    const unknown = await e.client.fails(APPLY, { i: { eventId: id, postingIds: ['00000000-0000-4000-8000-000000000000'] } });
    expect(unknown).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.postingIds.0', message: '只能附加本单位已发布的职位' }] });
    expect(await count(server, 'event_booth', 'event_id = $1', [id])).toBe(0);
  });
});

describe('finishing a fair', () => {
  it('cannot happen before the fair starts; the status stands', async () => {
    const id = await publishedEvent({ startsAt: iso(72 * H), endsAt: iso(76 * H), registrationClosesAt: iso(70 * H) });
    const early = await scStaff.fails(FINISH, { id });
    expect(early.code).toBe('CONFLICT');
    expect(early.message).toMatch(/^招聘会还没有开始（\d{4}-\d{2}-\d{2} \d{2}:\d{2}开始），不能结束$/);
    expect((await eventRow(id)).status).toBe('PUBLISHED');
    expect((await xiStaff.fails(FINISH, { id })).code).toBe('FORBIDDEN');
  });

  it('after it, the fair\'s record stands: registrations, services and booths no longer change', async () => {
    const id = await publishedEvent();
    const s = await seeker(server);
    const reg = (await s.client.ok<any>(REGISTER, { e: id, s: [{ service: 'GUIDE', notes: '' }] })).registerForEvent;
    const e = await employer(server);
    const posting = await publishedPosting(e);
    const { applyForBooth: applied } = await e.client.ok<any>(APPLY, { i: { eventId: id, postingIds: [posting] } });

    expect((await scStaff.ok<any>(FINISH, { id })).finishEvent.status).toBe('FINISHED');
    expect((await scStaff.fails(FINISH, { id })).code).toBe('CONFLICT');
    const before = await eventRow(id);

    const closed = '这场招聘会已结束或已取消，不能再修改';
    expect(await s.client.fails(CANCEL_REG, { r: reg.id })).toMatchObject({ code: 'CONFLICT', message: closed });
    expect(await s.client.fails(SERVICES, { r: reg.id, s: [] })).toMatchObject({ code: 'CONFLICT', message: closed });
    expect(await scStaff.fails(DECIDE, { b: applied.id, ok: true })).toMatchObject({ code: 'CONFLICT', message: closed });
    expect(await e.client.fails(SET_POSTINGS, { b: applied.id, p: [] })).toMatchObject({ code: 'CONFLICT', message: closed });
    expect(await e.client.fails(WITHDRAW, { b: applied.id })).toMatchObject({ code: 'CONFLICT', message: closed });

    expect(await registrationRow(reg.id)).toMatchObject({ status: 'REGISTERED', cancelled_at: null });
    expect(await servicesOf(reg.id)).toEqual([{ service: 'GUIDE', notes: '' }]);
    expect(await boothRow(applied.id)).toMatchObject({ status: 'APPLIED', posting_ids: [posting] });
    expect(await eventRow(id)).toEqual(before);
  });
});

describe('a seeker\'s registration', () => {
  it('changes its services; bad notes or someone else\'s registration change nothing', async () => {
    const id = await publishedEvent();
    const s = await seeker(server);
    const tooLong = await s.client.fails(REGISTER, { e: id, s: [{ service: 'GUIDE', notes: '' }, { service: 'SIGN_LANGUAGE_INTERPRETER', notes: '长'.repeat(501) }] });
    expect(tooLong).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'services.1.notes' }] });
    expect(await count(server, 'event_registration', 'event_id = $1', [id])).toBe(0);
    const reg = (await s.client.ok<any>(REGISTER, { e: id, s: [{ service: 'SIGN_LANGUAGE_INTERPRETER', notes: '通用手语' }] })).registerForEvent;
    const long = await s.client.fails(SERVICES, { r: reg.id, s: [{ service: 'GUIDE', notes: '长'.repeat(501) }] });
    expect(long.code).toBe('BAD_USER_INPUT');
    expect(long.fields[0].path).toBe('services.0.notes');
    expect(long.fields[0].message).toMatch(/[\u4e00-\u9fff]/);
    const other = await seeker(server);
    expect((await other.client.fails(SERVICES, { r: reg.id, s: [] })).code).toBe('NOT_FOUND');
    expect(await servicesOf(reg.id)).toEqual([{ service: 'SIGN_LANGUAGE_INTERPRETER', notes: '通用手语' }]);

    await s.client.ok(SERVICES, { r: reg.id, s: [{ service: 'GUIDE', notes: '从东门进' }, { service: 'SIGN_LANGUAGE_INTERPRETER', notes: '' }] });
    expect(await servicesOf(reg.id)).toEqual([{ service: 'GUIDE', notes: '从东门进' }, { service: 'SIGN_LANGUAGE_INTERPRETER', notes: '' }]);
  });

  it('cannot be cancelled by someone else, nor after check-in; the seat stays taken', async () => {
    const id = await publishedEvent();
    const s = await seeker(server);
    const reg = (await s.client.ok<any>(REGISTER, { e: id })).registerForEvent;
    expect((await (await seeker(server)).client.fails(CANCEL_REG, { r: reg.id })).code).toBe('NOT_FOUND');
    await scStaff.ok(CHECK_IN, { e: id, c: reg.ticketCode });
    const late = await s.client.fails(CANCEL_REG, { r: reg.id });
    expect(late).toMatchObject({ code: 'CONFLICT', message: '您已经签到，不能再取消报名' });
    expect(await registrationRow(reg.id)).toMatchObject({ status: 'REGISTERED', cancelled_at: null });
    expect((await eventRow(id)).registered_count).toBe(1);
  });

  it('a check-in on another day leaves the ticket unused', async () => {
    const id = await publishedEvent({ startsAt: iso(72 * H), endsAt: iso(74 * H), registrationClosesAt: iso(70 * H) });
    const s = await seeker(server);
    const reg = (await s.client.ok<any>(REGISTER, { e: id })).registerForEvent;
    expect((await scStaff.fails(CHECK_IN, { e: id, c: reg.ticketCode })).code).toBe('CONFLICT');
    expect((await registrationRow(reg.id)).checked_in_at).toBeNull();
  });

  it('outside the registration window the times are told on China\'s clock and nothing is written', async () => {
    // opens tomorrow at 09:00 in Xinyang
    const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + 24 * H));
    const id = await publishedEvent({
      startsAt: iso(96 * H), endsAt: iso(100 * H), registrationOpensAt: `${tomorrow}T09:00:00+08:00`, registrationClosesAt: iso(90 * H),
    });
    const s = await seeker(server);
    const early = await s.client.fails(REGISTER, { e: id });
    expect(early.code).toBe('CONFLICT');
    expect(early.message).toMatch(new RegExp(`^报名时间为${tomorrow} 09:00至\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$`));
    expect(await count(server, 'event_registration', 'event_id = $1', [id])).toBe(0);
    expect((await eventRow(id)).registered_count).toBe(0);
  });
});

describe('staff editing a fair', () => {
  it('an end before the start, or publishing twice, is refused and the fair stays as it was', async () => {
    const id = await publishedEvent();
    const before = await eventRow(id);
    const bad = await scStaff.fails(UPDATE, { id, i: eventInput({ title: '改过的名称', startsAt: iso(5 * H), endsAt: iso(4 * H) }) });
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', fields: expect.arrayContaining([{ path: 'input.endsAt', message: '结束时间必须晚于开始时间' }]) });
    expect(await eventRow(id)).toEqual(before);
    const again = await scStaff.fails(PUBLISH, { id });
    expect(again.code).toBe('CONFLICT');
    expect(await eventRow(id)).toEqual(before);
    expect((await xiStaff.fails(UPDATE, { id, i: eventInput({ title: '别的县改的' }) })).code).toBe('FORBIDDEN');
    expect(await eventRow(id)).toEqual(before);
  });
});
