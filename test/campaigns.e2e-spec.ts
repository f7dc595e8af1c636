// Campaigns (issue 17; plan 二、主要措施（四）“千企万人助残就业计划”, （七）“万名学子回归工程”): who may define and change
// them and link fairs, postings and placements; bad input refused with the field named and nothing changed; the
// employer told when their posting is linked and shown the campaign on it; and the progress rule of docs/counting.md
// ("Campaigns") on real rows; finding placements to link (names masked); the employers at a linked fair told. Plus the
// 助残类公益性岗位 (（五）: 20-30 posts) marks, counted against a range that is a policy setting.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { admin, count, employer, LUOSHAN, PASSWORD, publishedPosting, seeker, signUp, staff, XIXIAN } from './support/fixtures.js';
import { fairInput, CREATE_FAIR, PUBLISH_FAIR, publishedFair } from './support/fairs.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let adm: Client;
let city: Client;
let cityPhone: string;
let luoshan: Client;
let xixian: Client;
beforeAll(async () => {
  server = await startTestServer();
  adm = (await admin(server)).client;
  const c = await staff(server, adm, null);
  city = c.client; cityPhone = c.phone;
  luoshan = (await staff(server, adm, LUOSHAN)).client;
  xixian = (await staff(server, adm, XIXIAN)).client;
});
afterAll(async () => { await server?.close(); });

const FIELDS = `id nameZh nameEn kind startDate endDate targetPeople targetOrganizations targetSource countyCodes source canManage`;
const CREATE = `mutation($i: CampaignInput!) { createCampaign(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: CampaignInput!) { updateCampaign(id: $id, input: $i) { ${FIELDS} } }`;
const LINK = `mutation($i: CampaignLinkInput!) { linkToCampaign(input: $i) { id } }`;
const UNLINK = `mutation($i: CampaignLinkInput!) { unlinkFromCampaign(input: $i) { id } }`;
const DETAIL = `query($id: ID!, $d: String) { campaign(id: $id) { ${FIELDS}
  progress(asOf: $d) { countedTo people organizations targetPeople peopleShare organizationsShare targetUnverified byCounty { countyCode people organizations } }
  fairs { id } postings { id } placements(asOf: $d) { placementId routes counted excluded organizationName } } }`;

const input = (over: Record<string, unknown> = {}) => ({
  campaignNameZh: '千企万人助残就业计划', campaignNameEn: 'Thousand Enterprises, Ten Thousand People',
  campaignKind: 'THOUSAND_ENTERPRISES', campaignStart: '2026-01-01', campaignEnd: '2026-12-31',
  targetPeople: 100, targetOrganizations: 20, targetSource: null, campaignCounties: [], planSection: '二、主要措施（四）', ...over,
});

describe('defining a campaign', () => {
  it('city staff define a city-wide campaign; a county\'s staff one for their county; every staff member reads them all', async () => {
    const { createCampaign: c } = await city.ok<any>(CREATE, { i: input() });
    expect(c).toMatchObject({ nameZh: '千企万人助残就业计划', kind: 'THOUSAND_ENTERPRISES', countyCodes: [], targetSource: null, canManage: true });
    const { createCampaign: l } = await luoshan.ok<any>(CREATE, { i: input({ campaignNameZh: '罗山县万名学子回归', campaignKind: 'GRADUATES_RETURN', campaignCounties: [LUOSHAN], planSection: '二、主要措施（七）' }) });
    expect(l.countyCodes).toEqual([LUOSHAN]);
    const { campaigns } = await xixian.ok<any>(`{ campaigns { id canManage } }`);
    expect(campaigns).toEqual(expect.arrayContaining([{ id: c.id, canManage: false }, { id: l.id, canManage: false }]));
    expect((await luoshan.ok<any>(`query($id: ID!) { campaign(id: $id) { canManage } }`, { id: c.id })).campaign.canManage).toBe(false);
  });

  it('a county\'s staff cannot define a city-wide campaign, one for another county, or change the city\'s: nothing changes', async () => {
    const before = await count(server, 'campaign');
    for (const counties of [[], [XIXIAN], [LUOSHAN, XIXIAN]]) {
      expect((await luoshan.fails(CREATE, { i: input({ campaignCounties: counties }) })).code).toBe('FORBIDDEN');
    }
    const { createCampaign: c } = await city.ok<any>(CREATE, { i: input({ campaignNameZh: '市级行动' }) });
    const r = await luoshan.fails(UPDATE, { id: c.id, i: input({ campaignNameZh: '改名', campaignCounties: [LUOSHAN] }) });
    expect(r.code).toBe('FORBIDDEN');
    expect(r.message).toContain('县区工作人员只能管理本县区的专项行动');
    // and a county's staff cannot hand their own campaign to the city
    const { createCampaign: l } = await luoshan.ok<any>(CREATE, { i: input({ campaignCounties: [LUOSHAN] }) });
    expect((await luoshan.fails(UPDATE, { id: l.id, i: input({ campaignCounties: [] }) })).code).toBe('FORBIDDEN');
    expect(await count(server, 'campaign')).toBe(before + 2);
    expect((await server.db.query(`SELECT name_zh FROM campaign WHERE id = $1`, [c.id])).rows[0].name_zh).toBe('市级行动');
  });

  it('seekers, employers and anonymous people may neither define nor read campaigns', async () => {
    const s = await signUp(server, 'SEEKER');
    const e = await employer(server);
    const before = await count(server, 'campaign');
    expect((await s.client.fails(CREATE, { i: input() })).code).toBe('FORBIDDEN');
    expect((await e.client.fails(CREATE, { i: input() })).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(CREATE, { i: input() })).code).toBe('UNAUTHENTICATED');
    expect((await e.client.fails(`{ campaigns { id } }`)).code).toBe('FORBIDDEN');
    expect(await count(server, 'campaign')).toBe(before);
  });

  it('bad input is refused with every field named, in Chinese and in English, and nothing is written', async () => {
    const before = await count(server, 'campaign');
    const r = await city.fails(CREATE, { i: input({ campaignNameZh: '   ', campaignEnd: '2025-12-31', targetPeople: null, targetOrganizations: null, campaignCounties: ['999999'], planSection: '' }) });
    expect(r.code).toBe('BAD_USER_INPUT');
    expect(r.fields).toEqual(expect.arrayContaining([
      { path: 'input.campaignNameZh', message: expect.stringContaining('中文名称') },
      { path: 'input.planSection', message: expect.stringContaining('方案条目') },
      { path: 'input.campaignEnd', message: '结束日期不能早于开始日期' },
      { path: 'input.targetPeople', message: '请至少填写一项目标：安置人数或参与单位数' },
      { path: 'input.campaignCounties.0', message: '请选择本市的县区' },
    ]));
    expect((await city.fails(CREATE, { i: input({ campaignStart: '2026-02-30' }) })).fields.map((f: any) => f.path)).toEqual(['input.campaignStart']);
    expect((await city.fails(CREATE, { i: input({ targetPeople: 0 }) })).fields.map((f: any) => f.path)).toEqual(['input.targetPeople']);
    expect((await city.fails(CREATE, { i: input({ campaignKind: 'NONSENSE' }) })).code).toBe('BAD_USER_INPUT');
    const en = new Client(server.url, { 'accept-language': 'en' });
    await en.ok(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { account: cityPhone, password: PASSWORD } });
    const r2 = await en.fails(CREATE, { i: input({ targetPeople: null, targetOrganizations: null }) });
    expect(r2.fields).toEqual([{ path: 'input.targetPeople', message: 'Enter at least one target: people to place or organisations to take part' }]);
    const { createCampaign: c } = await city.ok<any>(CREATE, { i: input() });
    expect((await city.fails(UPDATE, { id: c.id, i: input({ campaignNameEn: 'x' }) })).fields.map((f: any) => f.path)).toEqual(['input.campaignNameEn']);
    expect((await city.fails(UPDATE, { id: 'not-a-uuid', i: input() })).code).toBe('BAD_USER_INPUT');
    expect((await city.fails(UPDATE, { id: '00000000-0000-4000-8000-000000000000', i: input() })).code).toBe('NOT_FOUND');
    expect(await count(server, 'campaign')).toBe(before + 1);
    expect((await server.db.query(`SELECT name_en FROM campaign WHERE id = $1`, [c.id])).rows[0].name_en).toBe('Thousand Enterprises, Ten Thousand People');
  });
});

describe('linking and the employer', () => {
  it('linking a posting tells its employer once and shows the campaign on the posting, to that employer only; unlinking tells them too', async () => {
    const { createCampaign: c } = await city.ok<any>(CREATE, { i: input({ campaignNameZh: '链接测试行动', campaignNameEn: 'Link test' }) });
    const emp = await employer(server, { countyCode: LUOSHAN });
    const other = await employer(server, { countyCode: LUOSHAN });
    const postingId = await publishedPosting(emp);
    const notices = () => count(server, 'notification', `user_id = $1 AND kind = 'CAMPAIGN_POSTING_LINKED'`, [emp.userId]);
    await city.ok(LINK, { i: { campaignId: c.id, postingId } });
    await city.ok(LINK, { i: { campaignId: c.id, postingId } }); // twice: one link, one notice
    expect(await notices()).toBe(1);
    expect(await count(server, 'campaign_posting', 'campaign_id = $1', [c.id])).toBe(1);
    const badge = `query($id: ID!) { posting(id: $id) { campaigns { nameZh nameEn } } }`;
    expect((await emp.client.ok<any>(badge, { id: postingId })).posting.campaigns).toEqual([{ nameZh: '链接测试行动', nameEn: 'Link test' }]);
    expect((await other.client.ok<any>(badge, { id: postingId })).posting.campaigns).toEqual([]);
    await city.ok(UNLINK, { i: { campaignId: c.id, postingId } });
    await city.ok(UNLINK, { i: { campaignId: c.id, postingId } }); // not linked any more: nothing to tell
    expect(await count(server, 'notification', `user_id = $1 AND kind = 'CAMPAIGN_POSTING_UNLINKED'`, [emp.userId])).toBe(1);
    expect((await emp.client.ok<any>(badge, { id: postingId })).posting.campaigns).toEqual([]);
  });

  it('only staff running the campaign may link; the item must be in its counties; exactly one item; unknown items are not found', async () => {
    const { createCampaign: l } = await luoshan.ok<any>(CREATE, { i: input({ campaignCounties: [LUOSHAN] }) });
    const empL = await employer(server, { countyCode: LUOSHAN });
    const inLuoshan = await publishedPosting(empL);
    const inXixian = await publishedPosting(empL, { countyCode: XIXIAN });
    const before = await count(server, 'campaign_posting');
    expect((await xixian.fails(LINK, { i: { campaignId: l.id, postingId: inLuoshan } })).code).toBe('FORBIDDEN');
    expect((await empL.client.fails(LINK, { i: { campaignId: l.id, postingId: inLuoshan } })).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(LINK, { i: { campaignId: l.id, postingId: inLuoshan } })).code).toBe('UNAUTHENTICATED');
    const mismatch = await luoshan.fails(LINK, { i: { campaignId: l.id, postingId: inXixian } });
    expect(mismatch.fields).toEqual([{ path: 'input.postingId', message: '该项目不在这项专项行动覆盖的县区内' }]);
    expect((await luoshan.fails(LINK, { i: { campaignId: l.id } })).fields).toEqual([{ path: 'input.eventId', message: '请只选择一项：一场招聘会、一个职位或一条就业登记' }]);
    expect((await luoshan.fails(LINK, { i: { campaignId: l.id, postingId: inLuoshan, eventId: inLuoshan } })).code).toBe('BAD_USER_INPUT');
    expect((await luoshan.fails(LINK, { i: { campaignId: l.id, postingId: 'x' } })).code).toBe('BAD_USER_INPUT');
    expect((await luoshan.fails(LINK, { i: { campaignId: l.id, placementId: '00000000-0000-4000-8000-000000000000' } })).code).toBe('NOT_FOUND');
    expect((await luoshan.fails(UNLINK, { i: { campaignId: l.id, postingId: inLuoshan, eventId: inLuoshan } })).code).toBe('BAD_USER_INPUT');
    expect((await xixian.fails(UNLINK, { i: { campaignId: l.id, postingId: inLuoshan } })).code).toBe('FORBIDDEN');
    expect(await count(server, 'campaign_posting')).toBe(before);
    expect(await count(server, 'notification', `user_id = $1 AND kind = 'CAMPAIGN_POSTING_LINKED'`, [empL.userId])).toBe(0);
  });

  it('linking a fair tells the employers taking part in it (approved booths), once, in their language; unlinking tells them too', async () => {
    const { createCampaign: c } = await city.ok<any>(CREATE, { i: input({ campaignNameZh: '招聘会通知行动', campaignNameEn: 'Fair notice test' }) });
    const fairId = await publishedFair(city, fairInput(LUOSHAN, { title: '罗山县助残专场（行动测试）' }));
    const [taking, applied] = [await employer(server, { countyCode: LUOSHAN }), await employer(server, { countyCode: LUOSHAN })];
    await server.db.query(`INSERT INTO event_booth (event_id, organization_id, status) VALUES ($1, $2, 'APPROVED'), ($1, $3, 'APPLIED')`,
      [fairId, taking.organizationId, applied.organizationId]);
    const told = (e: { userId: string }, kind: string) => count(server, 'notification', `user_id = $1 AND kind = $2`, [e.userId, kind]);
    await city.ok(LINK, { i: { campaignId: c.id, eventId: fairId } });
    await city.ok(LINK, { i: { campaignId: c.id, eventId: fairId } }); // twice: one link, one notice
    expect([await told(taking, 'CAMPAIGN_EVENT_LINKED'), await told(applied, 'CAMPAIGN_EVENT_LINKED')]).toEqual([1, 0]);
    const NOTES = `{ myNotifications(page: { pageSize: 5 }) { items { kind body } } }`;
    expect((await taking.client.ok<any>(NOTES)).myNotifications.items[0]).toEqual({ kind: 'CAMPAIGN_EVENT_LINKED',
      body: '残联工作人员已将您参加的招聘会「罗山县助残专场（行动测试）」列入“招聘会通知行动”。在这场招聘会上的招聘计入这项专项行动。' });
    const en = Object.assign(new Client(server.url, { 'accept-language': 'en' }), { cookie: taking.client.cookie });
    expect((await en.ok<any>(NOTES)).myNotifications.items[0].body).toContain('added the fair "罗山县助残专场（行动测试）", where you take part, to the campaign "Fair notice test"');
    await city.ok(UNLINK, { i: { campaignId: c.id, eventId: fairId } });
    await city.ok(UNLINK, { i: { campaignId: c.id, eventId: fairId } });
    expect([await told(taking, 'CAMPAIGN_EVENT_UNLINKED'), await told(applied, 'CAMPAIGN_EVENT_UNLINKED')]).toEqual([1, 0]);
    // staff of another county may not link it to the city's campaign, and tell nobody
    expect((await xixian.fails(LINK, { i: { campaignId: c.id, eventId: fairId } })).code).toBe('FORBIDDEN');
    expect(await told(taking, 'CAMPAIGN_EVENT_LINKED')).toBe(1);
  });

  it('a published fair links to a campaign and is listed on it; a draft fair is not found', async () => {
    const { createCampaign: c } = await city.ok<any>(CREATE, { i: input({ campaignNameZh: '招聘会行动' }) });
    const { createEvent: draft } = await city.ok<any>(CREATE_FAIR, { i: fairInput(LUOSHAN) });
    expect((await city.fails(LINK, { i: { campaignId: c.id, eventId: draft.id } })).code).toBe('NOT_FOUND');
    await city.ok(PUBLISH_FAIR, { id: draft.id });
    await city.ok(LINK, { i: { campaignId: c.id, eventId: draft.id } });
    expect((await city.ok<any>(DETAIL, { id: c.id })).campaign.fairs).toEqual([{ id: draft.id }]);
  });
});

describe('progress on real rows (docs/counting.md "Campaigns")', () => {
  const RECORD = `mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`;

  it('counts each person once under their first genuine linked placement in the period and county; organisations once', async () => {
    const { createCampaign: c } = await luoshan.ok<any>(CREATE, { i: input({ campaignNameZh: '进度测试', campaignCounties: [LUOSHAN], targetPeople: 4, targetOrganizations: 2, targetSource: '罗山县残联通知' }) });
    const emp = await employer(server, { countyCode: LUOSHAN });
    const emp2 = await employer(server, { countyCode: LUOSHAN });
    const postingId = await publishedPosting(emp, { openings: 10 });
    await luoshan.ok(LINK, { i: { campaignId: c.id, postingId } });
    const person = async () => (await seeker(server, { countyCode: LUOSHAN, preferredCounties: [LUOSHAN] })).seekerId as string;
    const [a, b, d, e] = [await person(), await person(), await person(), await person()];
    const place = async (seekerId: string, startDate: string, over: Record<string, unknown> = {}) =>
      (await luoshan.ok<any>(RECORD, { i: { seekerId, organizationId: emp.organizationId, employmentForm: 'FULL_TIME', startDate, ...over } })).recordPlacement.id as string;
    // a: through the linked posting in March, and again directly in May: one person, counted under March's
    const a1 = await place(a, '2026-03-02', { postingId });
    const a2 = await place(a, '2026-05-01');
    await luoshan.ok(LINK, { i: { campaignId: c.id, placementId: a2 } });
    // b: linked directly, with another employer (so it takes part too)
    const b1 = await place(b, '2026-06-01', { organizationId: emp2.organizationId });
    await luoshan.ok(LINK, { i: { campaignId: c.id, placementId: b1 } });
    // d: through the posting, but confirmed not genuine: counts nowhere
    const d1 = await place(d, '2026-04-01', { postingId });
    await server.db.query(`UPDATE placement SET excluded_at = now(), excluded_reason = '测试' WHERE id = $1`, [d1]);
    // e: through the posting but before the period
    await place(e, '2025-12-31', { postingId });
    const { campaign } = await city.ok<any>(DETAIL, { id: c.id, d: '2026-12-06' });
    expect(campaign.progress).toEqual({
      countedTo: '2026-12-06', people: 2, organizations: 2, targetPeople: 4, peopleShare: 0.5, organizationsShare: 1, targetUnverified: false,
      byCounty: [{ countyCode: LUOSHAN, people: 2, organizations: 2 }],
    });
    const rows = Object.fromEntries(campaign.placements.map((p: any) => [p.placementId, p]));
    expect(rows[a1]).toMatchObject({ routes: ['POSTING'], counted: true });
    expect(rows[a2]).toMatchObject({ routes: ['DIRECT'], counted: false });
    expect(rows[b1]).toMatchObject({ routes: ['DIRECT'], counted: true });
    expect(rows[d1]).toMatchObject({ counted: false, excluded: true });
    // as of a day before b's start, b is not yet counted
    expect((await city.ok<any>(DETAIL, { id: c.id, d: '2026-05-31' })).campaign.progress).toMatchObject({ countedTo: '2026-05-31', people: 1 });
    expect((await city.fails(DETAIL, { id: c.id, d: '2026-W01' })).fields).toEqual([{ path: 'asOf', message: expect.any(String) }]);
  });

  it('campaigns running on a date show on the dashboard section: the city sees all, a county its own and the city\'s', async () => {
    const q = `query($d: String) { campaignsInProgress(asOf: $d) { nameZh countyCodes } }`;
    const cityList = (await city.ok<any>(q, { d: '2026-07-01' })).campaignsInProgress;
    const xixianList = (await xixian.ok<any>(q, { d: '2026-07-01' })).campaignsInProgress;
    expect(cityList.some((c: any) => c.countyCodes.includes(LUOSHAN))).toBe(true);
    expect(xixianList.every((c: any) => c.countyCodes.length === 0 || c.countyCodes.includes(XIXIAN))).toBe(true);
    expect(xixianList.length).toBeGreaterThan(0);
    expect((await city.ok<any>(q, { d: '2030-01-01' })).campaignsInProgress).toEqual([]);
  });
});

describe('finding placements to link', () => {
  const RECORD = `mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`;
  const FIND = `query($c: ID!, $q: String!) { campaignPlacementChoices(campaignId: $c, query: $q) { total
    items { placementId personName organizationName countyCode startDate linked excluded } } }`;

  it('finds placements in the campaign\'s counties and the staff member\'s by person or employer name, the name masked; linking shows', async () => {
    const { createCampaign: c } = await luoshan.ok<any>(CREATE, { i: input({ campaignNameZh: '查找测试', campaignCounties: [LUOSHAN] }) });
    const emp = await employer(server, { countyCode: LUOSHAN, name: '罗山县茶香食品有限公司' });
    const person = await seeker(server, { countyCode: LUOSHAN, name: '欧阳明月' });
    const elsewhere = await seeker(server, { countyCode: XIXIAN, name: '欧阳明星' });
    const here = (await luoshan.ok<any>(RECORD, { i: { seekerId: person.seekerId, organizationId: emp.organizationId, employmentForm: 'FULL_TIME', startDate: '2026-03-01' } })).recordPlacement.id;
    await xixian.ok(RECORD, { i: { seekerId: elsewhere.seekerId, organizationId: emp.organizationId, employmentForm: 'FULL_TIME', startDate: '2026-03-01' } });
    const byPerson = (await luoshan.ok<any>(FIND, { c: c.id, q: '欧阳明' })).campaignPlacementChoices;
    expect(byPerson).toEqual({ total: 1, items: [{ placementId: here, personName: '欧阳**', organizationName: '罗山县茶香食品有限公司', countyCode: LUOSHAN,
      startDate: '2026-03-01', linked: false, excluded: false }] });
    expect((await luoshan.ok<any>(FIND, { c: c.id, q: '茶香' })).campaignPlacementChoices.items.map((x: any) => x.placementId)).toEqual([here]);
    expect((await luoshan.ok<any>(FIND, { c: c.id, q: '100%' })).campaignPlacementChoices.total).toBe(0);
    await luoshan.ok(LINK, { i: { campaignId: c.id, placementId: here } });
    expect((await luoshan.ok<any>(FIND, { c: c.id, q: '茶香' })).campaignPlacementChoices.items[0].linked).toBe(true);
    // a city-wide campaign, found by city staff: both counties' placements
    const { createCampaign: cityWide } = await city.ok<any>(CREATE, { i: input({ campaignNameZh: '全市查找测试' }) });
    expect((await city.ok<any>(FIND, { c: cityWide.id, q: '欧阳明' })).campaignPlacementChoices.total).toBe(2);
  });

  it('refuses empty or long words naming the field, in Chinese and English; only staff running the campaign may search', async () => {
    const { createCampaign: c } = await luoshan.ok<any>(CREATE, { i: input({ campaignNameZh: '查找权限测试', campaignCounties: [LUOSHAN] }) });
    expect((await luoshan.fails(FIND, { c: c.id, q: '  ' })).fields).toEqual([{ path: 'query', message: '关键词长度应在1到50个字之间' }]);
    const en = Object.assign(new Client(server.url, { 'accept-language': 'en' }), { cookie: luoshan.cookie });
    expect((await en.fails(FIND, { c: c.id, q: '字'.repeat(51) })).fields).toEqual([{ path: 'query', message: expect.stringMatching(/search words/) }]);
    expect((await xixian.fails(FIND, { c: c.id, q: '张' })).code).toBe('FORBIDDEN');
    const e = await employer(server, { countyCode: LUOSHAN });
    expect((await e.client.fails(FIND, { c: c.id, q: '张' })).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(FIND, { c: c.id, q: '张' })).code).toBe('UNAUTHENTICATED');
    expect((await luoshan.fails(FIND, { c: '00000000-0000-4000-8000-000000000000', q: '张' })).code).toBe('NOT_FOUND');
  });
});

describe('助残类公益性岗位 (plan 二、主要措施（五）)', () => {
  const MARK = `mutation($id: ID!) { markWelfarePost(postingId: $id) }`;
  const UNMARK = `mutation($id: ID!) { unmarkWelfarePost(postingId: $id) }`;
  const SUMMARY = `{ welfarePosts { count planMin planMax planSource postings { id } } }`;

  it('staff of the posting\'s county mark a public-welfare posting; the employer is told; the count stands against 20-30', async () => {
    const emp = await employer(server, { countyCode: LUOSHAN });
    const post = await publishedPosting(emp, { employmentForm: 'PUBLIC_WELFARE', title: '残疾人就业辅导员' });
    const fullTime = await publishedPosting(emp);
    expect((await luoshan.fails(MARK, { id: fullTime })).fields).toEqual([{ path: 'postingId', message: '只有就业形式为“公益性岗位”的职位才能登记为助残类公益性岗位' }]);
    expect((await xixian.fails(MARK, { id: post })).code).toBe('FORBIDDEN');
    expect((await emp.client.fails(MARK, { id: post })).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(MARK, { id: post })).code).toBe('UNAUTHENTICATED');
    expect((await luoshan.fails(MARK, { id: 'nope' })).code).toBe('BAD_USER_INPUT');
    expect(await count(server, 'welfare_post_mark')).toBe(0);
    expect((await luoshan.ok<any>(MARK, { id: post })).markWelfarePost).toBe(true);
    await luoshan.ok(MARK, { id: post });
    expect(await count(server, 'notification', `user_id = $1 AND kind = 'WELFARE_POST_MARKED'`, [emp.userId])).toBe(1);
    const { welfarePosts } = await xixian.ok<any>(SUMMARY);
    expect(welfarePosts).toMatchObject({ count: 1, planMin: 20, planMax: 30, postings: [{ id: post }] });
    expect(welfarePosts.planSource).toContain('二、主要措施（五）');
    expect((await emp.client.ok<any>(`query($id: ID!) { posting(id: $id) { welfarePost } }`, { id: post })).posting.welfarePost).toBe(true);
    expect((await emp.client.fails(SUMMARY)).code).toBe('FORBIDDEN');
    expect((await xixian.fails(UNMARK, { id: post })).code).toBe('FORBIDDEN');
    expect((await luoshan.ok<any>(UNMARK, { id: post })).unmarkWelfarePost).toBe(false);
    await luoshan.ok(UNMARK, { id: post });
    expect(await count(server, 'notification', `user_id = $1 AND kind = 'WELFARE_POST_UNMARKED'`, [emp.userId])).toBe(1);
  });
});

describe('the range of 助残类公益性岗位 is a policy setting', () => {
  const SET = `mutation($v: JSON!, $s: String) { updatePolicySetting(key: "welfare.planRange", value: $v, source: $s) { key value source } }`;
  const SUMMARY = `{ welfarePosts { planMin planMax planSource } }`;

  it('city staff change it with its source and the count is measured against it; bad input and county staff are refused, nothing changed', async () => {
    const before = (await city.ok<any>(SUMMARY)).welfarePosts;
    expect(before).toMatchObject({ planMin: 20, planMax: 30, planSource: expect.stringContaining('根据各级残联需求开发20-30个') });
    const bad = await city.fails(SET, { v: { minPosts: 30, maxPosts: 20 } });
    expect(bad.fields).toEqual([{ path: 'value.maxPosts', message: '残联开发的助残类公益性岗位数（个）的上限不能小于下限30' }]);
    const en = Object.assign(new Client(server.url, { 'accept-language': 'en' }), { cookie: city.cookie });
    expect((await en.fails(SET, { v: { minPosts: 30, maxPosts: 20 } })).fields[0].message).toMatch(/upper end of Disability-service public-welfare posts/);
    expect((await city.fails(SET, { v: { minPosts: 0, maxPosts: 20 } })).fields[0].path).toBe('value.minPosts');
    expect((await city.fails(SET, { v: { minPosts: 20 } })).fields[0].path).toBe('value.maxPosts');
    expect((await luoshan.fails(SET, { v: { minPosts: 25, maxPosts: 35 } })).code).toBe('FORBIDDEN');
    expect((await city.ok<any>(SUMMARY)).welfarePosts).toEqual(before);
    await city.ok(SET, { v: { minPosts: 25, maxPosts: 35 }, s: '信阳市残联2025年助残类公益性岗位开发计划' });
    expect((await xixian.ok<any>(SUMMARY)).welfarePosts).toEqual({ planMin: 25, planMax: 35, planSource: '信阳市残联2025年助残类公益性岗位开发计划' });
  });
});
