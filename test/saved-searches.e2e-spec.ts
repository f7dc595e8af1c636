/** @jest-environment-options {"fileServerEnv": {"SAVED_SEARCH_ALERT_INTERVAL_SECONDS": "0", "SAVED_SEARCH_DIGEST_HOUR": "0"}} */
// Saved searches and their alerts: the CRUD with bad input and authorization, and worked alert examples (a new
// matching job is alerted; excluded, applied-to, full and other-words jobs are not; a second run sends nothing; instant
// alerts at every run, the daily digest once a day as one notice per person). The timer is off in this file: the
// administrators' runSavedSearchAlerts runs the alerts that are due, the way the timer does.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { admin, count, employer, indexed, LUOSHAN, publishedPosting, seeker, signUp, XIXIAN } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let adminClient: Client;
let emp: Awaited<ReturnType<typeof employer>>;

beforeAll(async () => {
  server = await startTestServer();
  [{ client: adminClient }, emp] = await Promise.all([admin(server), employer(server)]);
});
afterAll(async () => { await server?.close(); });

const SAVE = `mutation($i: SaveSearchInput!) { saveSearch(input: $i) { id name query frequency path lastAlertedAt
  filter { countyCodes employmentForms reservedOnly category salaryAtLeast } } }`;
const MINE = `{ mySavedSearches { id name frequency lastAlertedAt
  lastAlert { count frequency items { posting { id title } match { eligible reasons { text } } } } } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateSavedSearchInput!) { updateSavedSearch(id: $id, input: $i) { id name frequency } }`;
const DELETE = `mutation($id: ID!) { deleteSavedSearch(id: $id) }`;
const RUN = `mutation { runSavedSearchAlerts }`;
const APPLY = `mutation($i: ApplyInput!) { applyToPosting(input: $i) { id } }`;

const savedCount = (userId: string) => count(server, 'saved_search', 'user_id = $1', [userId]);

describe('saving searches', () => {
  it('a seeker saves a search with a name made from its words and filters, daily by default, and lists it', async () => {
    const s = await signUp(server, 'SEEKER');
    const { saveSearch } = await s.client.ok<any>(SAVE, { i: { query: ' 按摩 ', filter: { countyCodes: [LUOSHAN], reservedOnly: true, employmentForms: [] } } });
    expect(saveSearch).toMatchObject({
      name: '按摩 · 罗山县（另有1个条件）', query: '按摩', frequency: 'DAILY', lastAlertedAt: null,
      filter: { countyCodes: [LUOSHAN], employmentForms: [], reservedOnly: true, category: null, salaryAtLeast: null },
      path: `/jobs?q=${encodeURIComponent('按摩')}&county=${LUOSHAN}&reserved=1`,
    });
    const english = new Client(server.url, { 'accept-language': 'en' });
    english.cookie = s.client.cookie;
    const named = (await english.ok<any>(SAVE, { i: { name: '  Massage near home ', frequency: 'INSTANT' } })).saveSearch;
    expect(named).toMatchObject({ name: 'Massage near home', query: '', frequency: 'INSTANT', path: '/jobs' });
    expect((await english.ok<any>(SAVE, { i: { filter: { countyCodes: [XIXIAN] } } })).saveSearch.name).toBe('Xi County');
    const mine = (await s.client.ok<any>(MINE)).mySavedSearches;
    expect(mine.map((x: any) => x.id)).toEqual(expect.arrayContaining([saveSearch.id, named.id]));
    expect(mine).toHaveLength(3);
  });

  it('bad input is refused naming the field, in Chinese and English, and nothing is written', async () => {
    const s = await signUp(server, 'SEEKER');
    const english = new Client(server.url, { 'accept-language': 'en' });
    english.cookie = s.client.cookie;
    const cases: Array<[Record<string, unknown>, string, string, string]> = [
      [{ filter: { countyCodes: [LUOSHAN, '110101'] } }, 'input.filter.countyCodes.1', '请选择本市的县区', 'Choose a county of this city'],
      [{ name: '   ' }, 'input.name', '请填写名称', 'Enter name'],
      [{ name: '名'.repeat(61) }, 'input.name', '名称最多60个字', 'name must be at most 60 characters'],
      [{ query: '按'.repeat(51) }, 'input.query', '关键词最多50个字', 'search words must be at most 50 characters'],
      [{ filter: { near: { latitude: 32.1, longitude: 114.1, radiusKm: 5 } } }, 'input.filter.near', '保存的搜索不能保留地点范围，请去掉这个条件再保存',
        'A saved search cannot keep the distance from a place: remove it and save again'],
    ];
    for (const [input, path, zh, en] of cases) {
      expect(await s.client.fails(SAVE, { i: input })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path, message: zh }] });
      expect(await english.fails(SAVE, { i: input })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path, message: en }] });
    }
    // an unknown code of a vocabulary is refused by the schema itself
    expect((await s.client.fails(SAVE, { i: { filter: { supportsAll: ['TELEPATHY'] } } })).code).toBe('BAD_USER_INPUT');
    expect((await s.client.fails(SAVE, { i: { frequency: 'HOURLY' } })).code).toBe('BAD_USER_INPUT');
    expect(await savedCount(s.userId)).toBe(0);
  });

  it('a person keeps at most 20 saved searches; the 21st is refused and not written', async () => {
    const s = await signUp(server, 'SEEKER');
    for (let i = 0; i < 20; i++) await s.client.ok(SAVE, { i: { name: `搜索${i}` } });
    const refused = await s.client.fails(SAVE, { i: { name: '再来一个' } });
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input', message: expect.stringContaining('最多可以保存20个搜索') }] });
    expect(await savedCount(s.userId)).toBe(20);
  });

  it('renames, changes the frequency and deletes; bad names are refused and change nothing', async () => {
    const s = await signUp(server, 'SEEKER');
    const { id } = (await s.client.ok<any>(SAVE, { i: { query: '客服' } })).saveSearch;
    expect((await s.client.ok<any>(UPDATE, { id, i: { name: '在家做客服', frequency: 'INSTANT' } })).updateSavedSearch)
      .toEqual({ id, name: '在家做客服', frequency: 'INSTANT' });
    expect((await s.client.ok<any>(UPDATE, { id, i: { frequency: 'DAILY' } })).updateSavedSearch).toEqual({ id, name: '在家做客服', frequency: 'DAILY' });
    expect(await s.client.fails(UPDATE, { id, i: { name: '' } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.name', message: '请填写名称' }] });
    expect((await s.client.fails(UPDATE, { id, i: { name: null } })).code).toBe('BAD_USER_INPUT');
    const english = new Client(server.url, { 'accept-language': 'en' });
    english.cookie = s.client.cookie;
    expect(await english.fails(UPDATE, { id, i: { name: 'x'.repeat(61) } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.name', message: 'name must be at most 60 characters' }] });
    const { rows } = await server.db.query(`SELECT name, frequency FROM saved_search WHERE id = $1`, [id]);
    expect(rows[0]).toEqual({ name: '在家做客服', frequency: 'DAILY' });
    expect((await s.client.ok<any>(DELETE, { id })).deleteSavedSearch).toBe(id);
    expect(await savedCount(s.userId)).toBe(0);
    expect((await s.client.fails(DELETE, { id })).code).toBe('NOT_FOUND');
  });

  it('only seekers save searches, and each sees, changes and deletes only their own', async () => {
    const [owner, other] = await Promise.all([signUp(server, 'SEEKER'), signUp(server, 'SEEKER')]);
    const { id } = (await owner.client.ok<any>(SAVE, { i: { query: '按摩' } })).saveSearch;
    const anonymous = new Client(server.url);
    expect((await anonymous.fails(SAVE, { i: { query: '按摩' } })).code).toBe('UNAUTHENTICATED');
    expect((await anonymous.fails(MINE)).code).toBe('UNAUTHENTICATED');
    expect((await anonymous.fails(DELETE, { id })).code).toBe('UNAUTHENTICATED');
    expect(await emp.client.fails(SAVE, { i: { query: '按摩' } })).toMatchObject({ code: 'FORBIDDEN' });
    expect((await emp.client.fails(MINE)).code).toBe('FORBIDDEN');
    expect((await adminClient.fails(MINE)).code).toBe('FORBIDDEN');
    expect((await emp.client.fails(UPDATE, { id, i: { name: '偷看' } })).code).toBe('FORBIDDEN');
    expect((await other.client.ok<any>(MINE)).mySavedSearches).toEqual([]);
    expect((await other.client.fails(UPDATE, { id, i: { name: '偷看' } })).code).toBe('NOT_FOUND');
    expect((await other.client.fails(DELETE, { id })).code).toBe('NOT_FOUND');
    expect((await other.client.fails(DELETE, { id: randomUUID() })).code).toBe('NOT_FOUND');
    expect((await owner.client.ok<any>(MINE)).mySavedSearches).toEqual([expect.objectContaining({ id, name: '按摩' })]);
    // only administrators run the alerts by hand
    expect((await owner.client.fails(RUN)).code).toBe('FORBIDDEN');
    expect((await emp.client.fails(RUN)).code).toBe('FORBIDDEN');
    expect(await savedCount(owner.userId)).toBe(1);
  });
});


async function alertsOf(userId: string): Promise<Array<{ count: number; titles: string; searches: string; link: string }>> {
  const { rows } = await server.db.query(
    `SELECT params FROM notification WHERE user_id = $1 AND kind = 'NEW_MATCHING_JOBS' ORDER BY created_at, id`, [userId]);
  return rows.map((r) => r.params);
}

async function postingsOfAlerts(savedSearchId: string): Promise<string[][]> {
  const { rows } = await server.db.query(`SELECT posting_ids FROM saved_search_alert WHERE saved_search_id = $1 ORDER BY created_at`, [savedSearchId]);
  return rows.map((r) => r.posting_ids);
}

describe('alerts', () => {
  // a blind seeker (needs a screen reader, cannot read print) who consented to matching, with an instant alert for 推拿
  let blind: Awaited<ReturnType<typeof seeker>>;
  let instantId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    blind = await seeker(server);
    instantId = (await blind.client.ok<any>(SAVE, { i: { name: '推拿', query: '推拿', filter: { countyCodes: [LUOSHAN] }, frequency: 'INSTANT' } })).saveSearch.id;
    const post = (over: Record<string, unknown>) => publishedPosting(emp, { countyCode: LUOSHAN, ...over });
    [ids.fits, ids.excluded, ids.applied, ids.full, ids.otherWords, ids.otherCounty] = await Promise.all([
      post({ title: '盲人推拿师', skills: ['推拿'] }),
      // needs print reading and offers no screen reader: a hard constraint rules it out for her
      post({ title: '推拿店收银员', demands: ['READING_PRINT'], supports: [] }),
      post({ title: '推拿保健师', skills: ['推拿'] }),
      post({ title: '推拿理疗师', openings: 1 }),
      post({ title: '电话客服', description: '接听客户来电，解答问题，记录工单。', skills: ['客服'] }),
      post({ title: '推拿师（息县）', countyCode: XIXIAN }),
    ]);
    await blind.client.ok(APPLY, { i: { postingId: ids.applied } });
    // the one opening is taken (as a hire records it); the index may still say it is open: the rows decide
    await server.db.query(`UPDATE posting SET hired_count = 1 WHERE id = $1`, [ids.full]);
    await indexed(server, Object.values(ids));
  });

  it('a newly published job that matches and passes her hard constraints is alerted, with why it fits; the others are not', async () => {
    const sent = (await adminClient.ok<any>(RUN)).runSavedSearchAlerts;
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(await postingsOfAlerts(instantId)).toEqual([[ids.fits]]);
    const notices = await alertsOf(blind.userId);
    expect(notices).toEqual([expect.objectContaining({ count: 1, titles: '盲人推拿师', searches: '推拿', link: `/jobs?q=${encodeURIComponent('推拿')}&county=${LUOSHAN}` })]);
    const mine = (await blind.client.ok<any>(MINE)).mySavedSearches.find((x: any) => x.id === instantId);
    expect(mine.lastAlertedAt).not.toBeNull();
    expect(mine.lastAlert).toMatchObject({ count: 1, frequency: 'INSTANT', items: [{ posting: { id: ids.fits, title: '盲人推拿师' }, match: { eligible: true } }] });
    expect(mine.lastAlert.items[0].match.reasons.map((r: any) => r.text)).toEqual(expect.arrayContaining([expect.stringContaining('读屏')]));
    // the notice reads in her language
    const { rows } = await server.db.query(`SELECT id FROM notification WHERE user_id = $1 AND kind = 'NEW_MATCHING_JOBS'`, [blind.userId]);
    expect(rows).toHaveLength(1);
    const page = (await blind.client.ok<any>(`{ myNotifications { items { kind title body } } }`)).myNotifications.items;
    expect(page.find((n: any) => n.kind === 'NEW_MATCHING_JOBS')).toMatchObject({ title: '有1个新职位符合您保存的搜索', body: expect.stringContaining('盲人推拿师') });
  });

  it('running again sends nothing new', async () => {
    await adminClient.ok(RUN);
    expect(await alertsOf(blind.userId)).toHaveLength(1);
    expect(await postingsOfAlerts(instantId)).toHaveLength(1);
  });

  it('instant alerts come at the next run; the daily digest once a day, one notice per person for all their searches', async () => {
    const daily = await seeker(server);
    const [massage, service] = await Promise.all([
      daily.client.ok<any>(SAVE, { i: { query: '按摩' } }), daily.client.ok<any>(SAVE, { i: { query: '客服', filter: { countyCodes: [LUOSHAN] } } }),
    ]).then((r) => r.map((x) => x.saveSearch.id as string));
    const fresh = await publishedPosting(emp, { title: '推拿按摩师（新）', countyCode: LUOSHAN });
    await indexed(server, [fresh]);
    await adminClient.ok(RUN);
    // instant: the new job at once
    expect((await postingsOfAlerts(instantId)).at(-1)).toEqual([fresh]);
    expect(await alertsOf(blind.userId)).toHaveLength(2);
    // daily: nothing on the day the searches were saved
    expect(await alertsOf(daily.userId)).toEqual([]);
    // a day later (the cursor moved back a day, as tomorrow's run would find it): one digest of both searches
    await server.db.query(`UPDATE saved_search SET checked_until = checked_until - interval '1 day', created_at = created_at - interval '1 day' WHERE user_id = $1`, [daily.userId]);
    await adminClient.ok(RUN);
    const digest = await alertsOf(daily.userId);
    expect(digest).toHaveLength(1);
    const listed = [...(await postingsOfAlerts(massage)), ...(await postingsOfAlerts(service))].flat();
    // every job she can take that matches either search, once (the one in 息县 matches 按摩, which names no county);
    // never the excluded or full ones
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual([ids.fits, ids.applied, ids.otherCounty, ids.otherWords, fresh].sort());
    expect(await postingsOfAlerts(service)).toEqual([[ids.otherWords]]);
    expect(digest[0]).toMatchObject({ count: 5, link: '/saved-searches' });
    expect(digest[0].searches.split('、').sort()).toEqual(['按摩', '客服 · 罗山县'].sort());
    await adminClient.ok(RUN);
    expect(await alertsOf(daily.userId)).toHaveLength(1);
  });

  it('a deleted saved search is never alerted', async () => {
    const s = await seeker(server);
    const { id } = (await s.client.ok<any>(SAVE, { i: { query: '推拿', frequency: 'INSTANT' } })).saveSearch;
    await s.client.ok(DELETE, { id });
    const later = await publishedPosting(emp, { title: '推拿师（删除后）', countyCode: LUOSHAN });
    await indexed(server, [later]);
    await adminClient.ok(RUN);
    expect(await alertsOf(s.userId)).toEqual([]);
  });
});
