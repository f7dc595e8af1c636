// One vocabulary, in the reader's language: the vocabulary query, match reasons as codes with parameters, notices worded
// for their recipient (not for whoever caused them), and county names.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LUOSHAN, XIXIAN, admin, count, employer, publishedPosting, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let staffZh: Client;
let staffEn: Client;
beforeAll(async () => {
  server = await startTestServer();
  const adm = await admin(server);
  staffZh = (await staff(server, adm.client, LUOSHAN)).client;
  staffEn = inLanguage(staffZh, 'en');
});
afterAll(async () => { await server?.close(); });

/** The same session, asking in another language. */
function inLanguage(c: Client, locale: 'zh-CN' | 'en'): Client {
  const other = new Client(server.url, { 'x-locale': locale });
  other.cookie = c.cookie;
  return other;
}

const VOCABULARY = `query($l: String) { vocabulary(locale: $l) { locale demands { code label easyRead removedBy } supports { code label easyRead } } }`;

describe('the vocabulary query', () => {
  it('answers every demand and support with words in the request language, and which support removes which demand', async () => {
    const zh = (await new Client(server.url).ok<any>(VOCABULARY)).vocabulary;
    const en = (await new Client(server.url, { 'x-locale': 'en' }).ok<any>(VOCABULARY)).vocabulary;
    expect(zh.locale).toBe('zh-CN');
    expect(en.locale).toBe('en');
    expect(zh.demands).toHaveLength(13);
    expect(zh.supports).toHaveLength(18);
    expect(zh.demands.find((d: any) => d.code === 'VOICE_CALLS')).toEqual({
      code: 'VOICE_CALLS', label: '打电话', easyRead: '要打电话', removedBy: ['TEXT_COMMUNICATION', 'SIGN_LANGUAGE'],
    });
    expect(en.supports.find((s: any) => s.code === 'REMOTE_WORK')).toEqual({ code: 'REMOTE_WORK', label: 'Remote work', easyRead: 'working from home' });
    // an explicit language wins over the header (the client caches one answer per language)
    expect((await new Client(server.url).ok<any>(VOCABULARY, { l: 'en' })).vocabulary.supports[0].label).toBe('Step-free access');
  });
});

describe('match reasons', () => {
  it('come as codes with parameters, and as text rendered from them in the reader\'s language', async () => {
    const emp = await employer(server);
    const title = `居家文字客服${Date.now()}`;
    const id = await publishedPosting(emp, { title, employmentForm: 'HOME_BASED', demands: ['VOICE_CALLS'], supports: ['SCREEN_READER', 'TEXT_COMMUNICATION'] });
    const until = Date.now() + 15_000;
    while (await count(server, 'outbox', 'aggregate_id = $1 AND processed_at IS NULL', [id]) > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    const blind = await seeker(server, { cannotDo: ['READING_PRINT', 'VOICE_CALLS'] });
    const Q = `query($q: String) { searchPostings(query: $q) { items { posting { id } match { reasons { code params { name values } text } } } } }`;
    const hitIn = async (c: Client) => (await c.ok<any>(Q, { q: title })).searchPostings.items.find((h: any) => h.posting.id === id);
    const zh = await hitIn(blind.client);
    const en = await hitIn(inLanguage(blind.client, 'en'));
    const removed = zh.match.reasons.find((r: any) => r.code === 'DEMAND_REMOVED');
    expect(removed).toEqual({ code: 'DEMAND_REMOVED', params: [{ name: 'demand', values: ['VOICE_CALLS'] }, { name: 'supports', values: ['TEXT_COMMUNICATION'] }], text: '需要打电话，已提供文字沟通' });
    expect(en.match.reasons.find((r: any) => r.code === 'DEMAND_REMOVED').text).toBe('involves phone calls; text communication is offered');
    expect(en.match.reasons.find((r: any) => r.code === 'DEMAND_ABSENT').text).toBe('does not involve reading printed text');
    expect(zh.match.reasons.find((r: any) => r.code === 'REMOTE').text).toBe('可远程办公');
  });
});

describe('notices are worded for their recipient', () => {
  const iso = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
  const CREATE = `mutation($i: EventInput!) { createEvent(input: $i) { id } }`;
  const APPLY = `mutation($i: BoothInput!) { applyForBooth(input: $i) { id } }`;
  const DECIDE = `mutation($b: ID!, $ok: Boolean!, $r: String) { decideBooth(boothId: $b, approve: $ok, reason: $r) { id status } }`;
  const NOTICES = `{ myNotifications { items { kind title body } } }`;

  async function event(title: string, over: Record<string, unknown> = {}): Promise<string> {
    const { createEvent } = await staffZh.ok<any>(CREATE, { i: {
      kind: 'GENERAL', mode: 'ONSITE', title, description: '现场提供手语翻译', organizer: '罗山县残疾人联合会', countyCode: LUOSHAN,
      startsAt: iso(24), endsAt: iso(27), registrationOpensAt: iso(-48), registrationClosesAt: iso(23), venueName: '罗山县人力资源市场',
      address: '罗山县城关镇宝城路', stepFreeRoute: true, accessibleToilets: true, quietRoom: true, services: [], seekerCapacity: 50, boothLimit: 10, ...over,
    } });
    await staffZh.ok(`mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: createEvent.id });
    return createEvent.id;
  }

  it('a booth decision made by English-speaking staff reaches a Chinese-speaking employer in Chinese, and in English when it reads in English', async () => {
    const title = `罗山县春风行动招聘会${Date.now()}`;
    const eventId = await event(title);
    const declined = await employer(server);
    const approved = await employer(server);
    const b1 = (await declined.client.ok<any>(APPLY, { i: { eventId } })).applyForBooth.id;
    const b2 = (await approved.client.ok<any>(APPLY, { i: { eventId } })).applyForBooth.id;
    await staffEn.ok(DECIDE, { b: b1, ok: false, r: '展位已满' });
    await staffEn.ok(DECIDE, { b: b2, ok: true });

    const zh = (await declined.client.ok<any>(NOTICES)).myNotifications.items[0];
    expect(zh).toEqual({ kind: 'BOOTH_DECIDED', title: '展位申请结果', body: `“${title}”的展位申请：未获批准（展位已满）` });
    expect((await approved.client.ok<any>(NOTICES)).myNotifications.items[0].body).toBe(`“${title}”的展位申请：已批准`);
    const en = (await inLanguage(declined.client, 'en').ok<any>(NOTICES)).myNotifications.items[0];
    expect(en).toEqual({ kind: 'BOOTH_DECIDED', title: 'Booth decision', body: `Your booth at "${title}": declined (展位已满)` });
    // stored as codes and parameters, not as the staff member's words
    const stored = await server.db.query(`SELECT params FROM notification n JOIN organization_member m ON m.user_id = n.user_id
      WHERE m.organization_id = $1 AND n.kind = 'BOOTH_DECIDED'`, [declined.organizationId]);
    expect(stored.rows[0].params).toEqual({ title, decisionKey: 'booth.declinedBecause', reason: '展位已满' });
  });
});

describe('county names follow the reader\'s language', () => {
  it('in the county list and in an event\'s eligibility reasons', async () => {
    const en = new Client(server.url, { 'x-locale': 'en' });
    const counties = (await en.ok<any>(`{ counties { code name nameZh } }`)).counties;
    expect(counties.find((c: any) => c.code === LUOSHAN)).toEqual({ code: LUOSHAN, name: 'Luoshan County', nameZh: '罗山县' });
    expect((await new Client(server.url).ok<any>(`{ counties { code name } }`)).counties.find((c: any) => c.code === LUOSHAN).name).toBe('罗山县');

    const { createEvent } = await staffZh.ok<any>(`mutation($i: EventInput!) { createEvent(input: $i) { id } }`, { i: {
      kind: 'TARGETED', mode: 'ONSITE', title: `息县专场${Date.now()}`, description: '现场', organizer: '残联', countyCode: LUOSHAN,
      startsAt: new Date(Date.now() + 86400_000).toISOString(), endsAt: new Date(Date.now() + 90000_000).toISOString(),
      registrationOpensAt: new Date(Date.now() - 86400_000).toISOString(), registrationClosesAt: new Date(Date.now() + 80000_000).toISOString(),
      venueName: '罗山县人力资源市场', address: '罗山县城关镇宝城路', targetCounties: [XIXIAN], services: [], seekerCapacity: 10, boothLimit: 2,
    } });
    await staffZh.ok(`mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: createEvent.id });
    const s = await seeker(server); // lives in 罗山县
    const Q = `query($id: ID!) { event(id: $id) { eligibility { eligible reasons } } }`;
    expect((await inLanguage(s.client, 'en').ok<any>(Q, { id: createEvent.id })).event.eligibility)
      .toEqual({ eligible: false, reasons: ['This fair is for residents of Xi County'] });
    expect((await s.client.ok<any>(Q, { id: createEvent.id })).event.eligibility.reasons).toEqual(['这场专场招聘面向息县的居民']);
  });
});

describe('the application life cycle is the server\'s', () => {
  it('each reader is told where an application may go next, so the client keeps no copy of the table', async () => {
    const emp = await employer(server);
    const postingId = await publishedPosting(emp);
    const s = await seeker(server);
    const { applyToPosting } = await s.client.ok<any>(`mutation($i: ApplyInput!) { applyToPosting(input: $i) { id status moves } }`, { i: { postingId } });
    expect(applyToPosting).toMatchObject({ status: 'SUBMITTED', moves: ['WITHDRAWN'] });
    const forEmployer = await emp.client.ok<any>(`query($p: ID!) { applicationsForPosting(postingId: $p) { items { id moves } } }`, { p: postingId });
    expect(forEmployer.applicationsForPosting.items[0].moves).toEqual(['REVIEWING', 'INTERVIEW', 'REJECTED']);
    const MOVE = `mutation($i: MoveApplicationInput!) { moveApplication(input: $i) { status moves } }`;
    expect((await emp.client.ok<any>(MOVE, { i: { applicationId: applyToPosting.id, to: 'OFFERED' } }).catch(() => null))).toBeNull();
    expect((await emp.client.ok<any>(MOVE, { i: { applicationId: applyToPosting.id, to: 'INTERVIEW' } })).moveApplication)
      .toEqual({ status: 'INTERVIEW', moves: ['OFFERED', 'REJECTED'] });
  });
});
