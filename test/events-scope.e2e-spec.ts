// County staff and another county's fair: they may look, the server refuses every change with a message that
// says whose fair it is, and nothing changes.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { LUOSHAN, XIXIAN, employer, seeker } from './support/fixtures.js';
import { fairInput, fairsWorld, H } from './support/fairs.js';
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

const input = (over: Record<string, unknown> = {}) => fairInput(LUOSHAN, { endsAt: new Date(Date.now() + 3 * H).toISOString(), ...over });

const CREATE = `mutation($i: EventInput!) { createEvent(input: $i) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishEvent(id: $id) { id status } }`;
const UPDATE = `mutation($id: ID!, $i: EventInput!) { updateEvent(id: $id, input: $i) { id title } }`;
const CANCEL = `mutation($id: ID!, $r: String!) { cancelEvent(id: $id, reason: $r) { id status } }`;
const FINISH = `mutation($id: ID!) { finishEvent(id: $id) { id status } }`;
const INVITE = `mutation($e: ID!, $o: ID!) { inviteToEvent(eventId: $e, organizationId: $o) { id status } }`;
const REGISTER = `mutation($e: ID!) { registerForEvent(eventId: $e) { id ticketCode } }`;
const CHECK_IN = `mutation($e: ID!, $c: String!) { checkInTicket(eventId: $e, ticketCode: $c) { id checkedInAt } }`;
const EVENT = `query($id: ID!) { event(id: $id) { id title status canManage overview { registered } booths { id } } }`;

const READ_ONLY = '这场活动由罗山县残联工作人员管理，您可以查看，但不能修改、取消、邀请单位或签到';

describe('county staff and another county\'s fair', () => {
  it('see it read-only: canManage is false, the managers\' figures are not given', async () => {
    const { createEvent } = await luoshanStaff.ok<any>(CREATE, { i: input() });
    await luoshanStaff.ok(PUBLISH, { id: createEvent.id });
    const mine = await luoshanStaff.ok<any>(EVENT, { id: createEvent.id });
    expect(mine.event).toMatchObject({ canManage: true, overview: { registered: 0 } });
    const theirs = await xiStaff.ok<any>(EVENT, { id: createEvent.id });
    expect(theirs.event).toMatchObject({ status: 'PUBLISHED', canManage: false, overview: null });
    expect((await cityStaff.ok<any>(EVENT, { id: createEvent.id })).event.canManage).toBe(true);
    expect((await new Client(server.url).ok<any>(EVENT, { id: createEvent.id })).event.canManage).toBe(false);
  });

  it('every change is refused as FORBIDDEN, naming who runs the fair, and nothing changes', async () => {
    const { createEvent } = await luoshanStaff.ok<any>(CREATE, { i: input({ title: '只能查看的招聘会' }) });
    const id = createEvent.id as string;
    await luoshanStaff.ok(PUBLISH, { id });
    const emp = await employer(server);
    const person = await seeker(server);
    const { registerForEvent } = await person.client.ok<any>(REGISTER, { e: id });
    const before = (await server.db.query(`SELECT title, status, cancel_reason, updated_at FROM recruitment_event WHERE id = $1`, [id])).rows[0];

    const attempts = [
      xiStaff.fails(UPDATE, { id, i: input({ title: '被改掉的标题' }) }),
      xiStaff.fails(CANCEL, { id, r: '不应取消' }),
      xiStaff.fails(FINISH, { id }),
      xiStaff.fails(INVITE, { e: id, o: emp.organizationId }),
      xiStaff.fails(CHECK_IN, { e: id, c: registerForEvent.ticketCode }),
      xiStaff.fails(`query($e: ID!) { eventRegistrations(eventId: $e) { id } }`, { e: id }),
    ];
    for (const err of await Promise.all(attempts)) expect(err).toMatchObject({ code: 'FORBIDDEN', message: READ_ONLY });

    const after = (await server.db.query(`SELECT title, status, cancel_reason, updated_at FROM recruitment_event WHERE id = $1`, [id])).rows[0];
    expect(after).toEqual(before);
    expect((await server.db.query(`SELECT count(*)::int AS n FROM event_booth WHERE event_id = $1`, [id])).rows[0].n).toBe(0);
    expect((await server.db.query(`SELECT checked_in_at FROM event_registration WHERE id = $1`, [registerForEvent.id])).rows[0].checked_in_at).toBeNull();
    expect((await server.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND detail->>'op' IN ('update', 'transition')`, [id]))
      .rows[0].n).toBe(1); // the publish only
  });

  it('a city-wide fair is refused to county staff in English too', async () => {
    const { createEvent } = await cityStaff.ok<any>(CREATE, { i: input({ countyCode: null, title: '全市招聘会' }) });
    const draft = await xiStaff.fails(UPDATE, { id: createEvent.id, i: input({ countyCode: null }) });
    // a draft of the city is not even visible to a county
    expect(draft.code).toBe('NOT_FOUND');
    await cityStaff.ok(PUBLISH, { id: createEvent.id });
    const english = new Client(server.url, { 'x-locale': 'en' });
    english.cookie = xiStaff.cookie;
    expect(await english.fails(CANCEL, { id: createEvent.id, r: 'no' })).toMatchObject({
      code: 'FORBIDDEN', message: 'This event is run by staff of the city: you can view it but not change, cancel, invite to or check in at it',
    });
  });
});
