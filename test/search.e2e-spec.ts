// Search, matching, recommendations and candidates over GraphQL, with the index kept by the server's outbox relay.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { DisabilityCategory } from '../server/src/common/domain.js';
import {
  certificate, count, employer, indexed, LUOSHAN, PINGQIAO, postingInput, profileInput, publishedPosting, SAVE_PROFILE, seeker, signUp,
  XIXIAN,
} from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.close(); });

const SEARCH = `query($q: String, $f: PostingSearchFilter, $s: PostingSearchSort, $p: PageInput) {
  searchPostings(query: $q, filter: $f, sort: $s, page: $p) {
    total page pageSize relaxed matched
    facets { counties { value label count } employmentForms { value count } organizationTypes { value count } supports { value count } reserved { value count } }
    items { relevance posting { id title countyCode skills description demands supports organization { name } }
            match { score eligible reasons { code text } gaps { code text blocking subsidy closedBy } } }
  } }`;
const RECOMMENDED = `query($p: PageInput) { recommendedPostings(page: $p) {
  total matched items { posting { id title demands supports } match { score eligible reasons { text } gaps { text } } } } }`;
const CANDIDATES = `query($id: ID!, $p: PageInput) { candidates(postingId: $id, page: $p) {
  total items { seekerId maskedName countyCode ageRange education skills match { score eligible reasons { code text } gaps { code text } } } } }`;
const CLOSE = `mutation($id: ID!) { closePosting(id: $id) { id status } }`;
const UPDATE = `mutation($id: ID!, $input: PostingInput!) { updatePosting(id: $id, input: $input) { id } }`;
const CONSENT = `mutation($p: ConsentPurpose!, $g: Boolean!) { setConsent(purpose: $p, granted: $g) { id } }`;

type Hit = { relevance: number; posting: { id: string; title: string; countyCode: string; skills: string[]; description: string; demands: string[]; supports: string[]; organization: { name: string } }; match: any };


async function allHits(client: Client, variables: Record<string, unknown>): Promise<{ hits: Hit[]; total: number }> {
  const hits: Hit[] = [];
  for (let page = 1; page <= 10; page++) {
    const r = (await client.ok<any>(SEARCH, { ...variables, p: { page, pageSize: 100 } })).searchPostings;
    hits.push(...r.items);
    if (hits.length >= r.total || !r.items.length) return { hits, total: r.total };
  }
  return { hits, total: hits.length };
}

const tag = () => `zq${randomBytes(4).toString('hex')}`;

function deafProfile() {
  return profileInput({
    name: '刘静', certificateNumber: certificate(DisabilityCategory.HEARING, 3), category: 'HEARING', level: 3, skills: ['电商客服', '电脑打字'],
    experience: '做过两年网店客服', cannotDo: ['VOICE_CALLS', 'HEARING_ALARMS'], supportsMust: ['TEXT_COMMUNICATION'], supportsNice: ['SIGN_LANGUAGE'],
    preferredForms: ['FULL_TIME', 'HOME_BASED'], preferredCounties: [PINGQIAO], countyCode: PINGQIAO,
  });
}

describe('searchPostings', () => {
  it('罗山按摩, searched by a blind seeker, returns massage jobs in 罗山县 first, each with reasons', async () => {
    const clinic = await employer(server, { name: '罗山县光明盲人按摩中心', type: 'SOCIAL_ORG', countyCode: LUOSHAN, address: '罗山县城关镇' });
    const massage1 = await publishedPosting(clinic, { title: '盲人保健按摩师', skills: ['保健按摩', '推拿'] });
    const massage2 = await publishedPosting(clinic, { title: '推拿理疗师', skills: ['推拿'], employmentForm: 'PART_TIME' });
    const elsewhere = await employer(server, { name: '息县足道养生馆', countyCode: XIXIAN, address: '息县城关镇' });
    const xiMassage = await publishedPosting(elsewhere, { title: '足疗按摩师', countyCode: XIXIAN, address: '息县城关镇文化路2号', latitude: 32.34, longitude: 114.74 });
    const shop = await employer(server, { name: '罗山县茶乡网络科技有限公司', countyCode: LUOSHAN });
    const other = await publishedPosting(shop, { title: '网店客服', skills: ['电商客服'], description: '回复买家咨询，处理售后问题。', supports: ['TEXT_COMMUNICATION'] });
    await indexed(server, [massage1, massage2, xiMassage, other]);

    const blind = await seeker(server); // VISUAL, 罗山县, needs a screen reader, cannot read print or drive; consents to matching
    const { hits, total } = await allHits(blind.client, { q: '罗山按摩' });
    expect(total).toBeGreaterThanOrEqual(2);
    const ids = hits.map((h) => h.posting.id);
    expect(ids).toEqual(expect.arrayContaining([massage1, massage2]));
    expect(ids).not.toContain(other);
    const isMassage = (h: Hit) => /按摩|推拿/.test([h.posting.title, ...h.posting.skills, h.posting.description, h.posting.organization.name].join(' '));
    const luoshanMassage = (h: Hit) => h.posting.countyCode === LUOSHAN && isMassage(h);
    expect(luoshanMassage(hits[0])).toBe(true);
    const firstOther = hits.findIndex((h) => !luoshanMassage(h));
    if (firstOther >= 0) expect(hits.slice(firstOther).some(luoshanMassage)).toBe(false);
    if (ids.includes(xiMassage)) expect(ids.indexOf(xiMassage)).toBeGreaterThan(ids.indexOf(massage1));
    for (const h of hits) {
      expect(h.match).not.toBeNull();
      expect(h.match.reasons.length).toBeGreaterThan(0);
    }
    const mine = hits.find((h) => h.posting.id === massage1)!;
    expect(mine.match).toMatchObject({ eligible: true });
    expect(mine.match.reasons.map((r: { text: string }) => r.text)).toEqual(expect.arrayContaining(['提供读屏软件', '无需阅读纸质材料']));
  });

  it('filters, facets, sorts and pages; anonymous visitors get no match', async () => {
    const t = tag();
    const e = await employer(server, { type: 'PLATFORM' });
    const pingqiao = { countyCode: PINGQIAO, address: '平桥区测试路1号' };
    const a = await publishedPosting(e, { ...pingqiao, title: `${t}包装工`, latitude: 32.10, longitude: 114.12, employmentForm: 'FULL_TIME', salaryMin: 2000, salaryMax: 3000, reserved: false, supports: ['STEP_FREE_ACCESS'] });
    const b = await publishedPosting(e, { ...pingqiao, title: `${t}包装工`, latitude: 32.11, longitude: 114.13, employmentForm: 'HOME_BASED', salaryMin: 2500, salaryMax: 5000, reserved: true, supports: ['STEP_FREE_ACCESS', 'REMOTE_WORK'] });
    const c = await publishedPosting(e, { title: `${t}包装工`, countyCode: XIXIAN, address: '息县城关镇', latitude: 32.34, longitude: 114.74, employmentForm: 'FULL_TIME', salaryMin: 3000, salaryMax: 4000, reserved: true, supports: ['SCREEN_READER'] });
    await indexed(server, [a, b, c]);
    const anon = new Client(server.url);

    const all = (await anon.ok<any>(SEARCH, { q: t })).searchPostings;
    expect(all).toMatchObject({ total: 3, matched: false, relaxed: false });
    expect(all.items.every((i: Hit) => i.match === null)).toBe(true);
    const facet = (name: string, value: string) => all.facets[name].find((x: { value: string }) => x.value === value)?.count;
    expect(facet('counties', PINGQIAO)).toBe(2);
    expect(facet('counties', XIXIAN)).toBe(1);
    expect(facet('counties', LUOSHAN)).toBe(0);
    expect(all.facets.counties.find((x: { value: string }) => x.value === PINGQIAO).label).toBe('平桥区');
    expect(facet('employmentForms', 'HOME_BASED')).toBe(1);
    expect(facet('organizationTypes', 'PLATFORM')).toBe(3);
    expect(facet('supports', 'STEP_FREE_ACCESS')).toBe(2);
    expect(facet('reserved', 'true')).toBe(2);

    const only = async (f: Record<string, unknown>, s?: string) =>
      (await anon.ok<any>(SEARCH, { q: t, f, s })).searchPostings.items.map((i: Hit) => i.posting.id);
    expect(await only({ countyCodes: [PINGQIAO] })).toEqual(expect.arrayContaining([a, b]));
    expect(await only({ countyCodes: [PINGQIAO], reservedOnly: true })).toEqual([b]);
    expect(await only({ supportsAll: ['STEP_FREE_ACCESS', 'REMOTE_WORK'] })).toEqual([b]);
    expect(await only({ remoteOnly: true })).toEqual([b]);
    expect(await only({ salaryAtLeast: 3500 })).toEqual(expect.arrayContaining([b, c]));
    expect(await only({ near: { latitude: 32.34, longitude: 114.74, radiusKm: 15 } })).toEqual([c]);
    expect(await only({}, 'SALARY')).toEqual([b, c, a]);
    expect(await only({ near: { latitude: 32.34, longitude: 114.74, radiusKm: 200 } }, 'DISTANCE')).toEqual([c, b, a]);
    const page2 = (await anon.ok<any>(SEARCH, { q: t, s: 'SALARY', p: { page: 2, pageSize: 2 } })).searchPostings;
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items.map((i: Hit) => i.posting.id)).toEqual([a]);
  });

  it('keeps the index true: an edit is searchable by its new words, a closed posting disappears', async () => {
    const t = tag();
    const e = await employer(server);
    const id = await publishedPosting(e, { title: `${t}分拣员` });
    await indexed(server, [id]);
    const anon = new Client(server.url);
    const ids = async (q: string) => (await anon.ok<any>(SEARCH, { q })).searchPostings.items.map((i: Hit) => i.posting.id);
    expect(await ids(`${t}分拣`)).toEqual([id]);
    await e.client.ok(UPDATE, { id, input: postingInput({ title: `${t}仓库理货员` }) });
    await indexed(server, [id]);
    expect(await ids(`${t}理货`)).toEqual([id]);
    expect(await ids(`${t}分拣`)).toEqual([]);
    await e.client.ok(CLOSE, { id });
    await indexed(server, [id]);
    expect(await ids(t)).toEqual([]);
  });

  it('finds jobs typed with a wrong character, in traditional characters, or in pinyin', async () => {
    const t = tag();
    const e = await employer(server);
    const id = await publishedPosting(e, { title: `会计${t}`, skills: ['会计', 'Excel'], description: '负责记账、报销审核和纳税申报。', countyCode: PINGQIAO });
    await indexed(server, [id]);
    const anon = new Client(server.url);
    for (const q of [`會計 ${t}`, `会记 ${t}`, `kuaiji ${t}`]) {
      const r = (await anon.ok<any>(SEARCH, { q })).searchPostings;
      expect(r.items.map((i: Hit) => i.posting.id)).toContain(id);
    }
  });

  it('refuses bad input with field paths', async () => {
    const anon = new Client(server.url);
    const county = await anon.fails(SEARCH, { f: { countyCodes: [PINGQIAO, '999999'] } });
    expect(county).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.countyCodes.1', message: '请选择本市的县区' }] });
    const long = await anon.fails(SEARCH, { q: '按'.repeat(51) });
    expect(long).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'query' }] });
    const best = await anon.fails(SEARCH, { s: 'BEST_MATCH' });
    expect(best).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'sort' }] });
    const far = await anon.fails(SEARCH, { f: { near: { latitude: 95, longitude: 114, radiusKm: 10 } } });
    expect(far).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.near.latitude' }] });
    expect((await anon.fails(SEARCH, { s: 'DISTANCE' })).fields).toEqual([expect.objectContaining({ path: 'filter.near' })]);
  });

  it('costs a bounded number of SQL statements for a full page (no N+1)', async () => {
    const blind = await seeker(server);
    const { queries, result } = await blind.client.queryCount(SEARCH, { q: '按摩', p: { pageSize: 20 } });
    expect((result.data as any).searchPostings.items.length).toBeGreaterThan(1);
    expect(queries).toBeLessThanOrEqual(12);
  });
});

describe('full, past-deadline and applied postings', () => {
  const MOVE = `mutation($i: MoveApplicationInput!) { moveApplication(input: $i) { id status } }`;
  const APPLY = `mutation($input: ApplyInput!) { applyToPosting(input: $input) { id } }`;
  const FULL_SEARCH = `query($q: String, $f: PostingSearchFilter) { searchPostings(query: $q, filter: $f, page: { page: 1, pageSize: 50 }) {
    total items { applied posting { id openingsLeft status } } } }`;

  it('a posting whose last opening is taken through the product is left out, and shown (with no openings left) when full ones are asked for', async () => {
    const t = tag();
    const e = await employer(server);
    const id = await publishedPosting(e, { title: `${t}包装工`, openings: 1 });
    const open = await publishedPosting(e, { title: `${t}质检员`, openings: 2 });
    const s = await seeker(server);
    const { applyToPosting } = await s.client.ok<any>(APPLY, { input: { postingId: id, note: '', accommodations: [], accommodationNote: '' } });
    for (const to of ['REVIEWING', 'OFFERED', 'HIRED']) await e.client.ok(MOVE, { i: { applicationId: applyToPosting.id, to } });
    await indexed(server, [id, open]);
    const anon = new Client(server.url);
    const byDefault = (await anon.ok<any>(FULL_SEARCH, { q: t })).searchPostings;
    expect(byDefault.items.map((i: any) => i.posting.id)).toEqual([open]);
    const withFull = (await anon.ok<any>(FULL_SEARCH, { q: t, f: { includeFull: true } })).searchPostings;
    expect(withFull.items.map((i: any) => i.posting.id).sort()).toEqual([id, open].sort());
    expect(withFull.items.find((i: any) => i.posting.id === id).posting).toMatchObject({ openingsLeft: 0, status: 'CLOSED' });
    // the seeker who applied sees both marked as applied where they did
    const mine = (await s.client.ok<any>(FULL_SEARCH, { q: t, f: { includeFull: true } })).searchPostings.items;
    expect(mine.find((i: any) => i.posting.id === id).applied).toBe(true);
    expect(mine.find((i: any) => i.posting.id === open).applied).toBe(false);
    expect(withFull.items.every((i: any) => i.applied === false)).toBe(true);
  });

  it('a posting past its deadline is left out, even when full ones are asked for', async () => {
    const t = tag();
    const e = await employer(server);
    const id = await publishedPosting(e, { title: `${t}保洁员` });
    await server.db.query(`UPDATE posting SET deadline = (now() AT TIME ZONE 'Asia/Shanghai')::date - 1 WHERE id = $1`, [id]);
    await server.db.query(`INSERT INTO outbox (aggregate, aggregate_id, op) VALUES ('posting', $1, 'UPSERT')`, [id]);
    await indexed(server, [id]);
    const anon = new Client(server.url);
    expect((await anon.ok<any>(FULL_SEARCH, { q: t })).searchPostings.total).toBe(0);
    expect((await anon.ok<any>(FULL_SEARCH, { q: t, f: { includeFull: true } })).searchPostings.total).toBe(0);
  });

  it('recommendations leave out jobs the seeker applied to and full ones', async () => {
    const e = await employer(server, { countyCode: LUOSHAN });
    const applied = await publishedPosting(e, { title: '盲人推拿师（已申请）' });
    const full = await publishedPosting(e, { title: '盲人推拿师（已招满）', openings: 1 });
    const fresh = await publishedPosting(e, { title: '盲人推拿师（可申请）' });
    const other = await seeker(server);
    const { applyToPosting } = await other.client.ok<any>(APPLY, { input: { postingId: full, note: '', accommodations: [], accommodationNote: '' } });
    for (const to of ['REVIEWING', 'OFFERED', 'HIRED']) await e.client.ok(MOVE, { i: { applicationId: applyToPosting.id, to } });
    const s = await seeker(server);
    await s.client.ok(APPLY, { input: { postingId: applied, note: '', accommodations: [], accommodationNote: '' } });
    await indexed(server, [applied, full, fresh]);
    const ids: string[] = [];
    for (let page = 1; page <= 10; page++) {
      const r = (await s.client.ok<any>(RECOMMENDED, { p: { page, pageSize: 100 } })).recommendedPostings;
      ids.push(...r.items.map((i: any) => i.posting.id));
      if (ids.length >= r.total || !r.items.length) break;
    }
    expect(ids).toContain(fresh);
    expect(ids).not.toContain(applied);
    expect(ids).not.toContain(full);
  });

  it('the job page gives a signed-in seeker who consented the same reasons and gaps as search; nobody else gets them', async () => {
    const e = await employer(server, { countyCode: LUOSHAN });
    const t = tag();
    const id = await publishedPosting(e, { title: `${t}按摩师` });
    await indexed(server, [id]);
    const s = await seeker(server);
    const DETAIL = `query($id: ID!) { posting(id: $id) { id myMatch { score eligible reasons { code text } gaps { code text } } } }`;
    const page = (await s.client.ok<any>(DETAIL, { id })).posting.myMatch;
    const hit = (await s.client.ok<any>(SEARCH, { q: t })).searchPostings.items.find((i: Hit) => i.posting.id === id);
    expect(page).toEqual({ score: hit.match.score, eligible: hit.match.eligible, reasons: hit.match.reasons, gaps: hit.match.gaps.map((g: any) => ({ code: g.code, text: g.text })) });
    expect(page.reasons.length).toBeGreaterThan(0);
    expect((await new Client(server.url).ok<any>(DETAIL, { id })).posting.myMatch).toBeNull();
    expect((await e.client.ok<any>(DETAIL, { id })).posting.myMatch).toBeNull();
  });
});

describe('recommendedPostings', () => {
  it('a deaf seeker is never recommended a job that needs voice calls without text communication', async () => {
    const e = await employer(server, { countyCode: PINGQIAO });
    const calls = await publishedPosting(e, { title: '电话回访专员', countyCode: PINGQIAO, demands: ['VOICE_CALLS'], supports: ['SCREEN_READER', 'STEP_FREE_ACCESS'], skills: ['普通话'] });
    const callsWithText = await publishedPosting(e, { title: '客户回访专员', countyCode: PINGQIAO, demands: ['VOICE_CALLS'], supports: ['TEXT_COMMUNICATION'], skills: ['电脑打字'] });
    const textOnly = await publishedPosting(e, { title: '电商客服（文字）', countyCode: PINGQIAO, employmentForm: 'HOME_BASED', demands: ['FAST_PACE'], supports: ['TEXT_COMMUNICATION', 'REMOTE_WORK'], skills: ['电商客服', '电脑打字'] });
    await indexed(server, [calls, callsWithText, textOnly]);

    const deaf = await signUp(server, 'SEEKER', '刘静');
    await deaf.client.ok(SAVE_PROFILE, { input: deafProfile() });
    const items: any[] = [];
    for (let page = 1; page <= 10; page++) {
      const r = (await deaf.client.ok<any>(RECOMMENDED, { p: { page, pageSize: 100 } })).recommendedPostings;
      items.push(...r.items);
      if (items.length >= r.total) break;
    }
    const ids = items.map((i) => i.posting.id);
    expect(ids).not.toContain(calls);
    expect(ids).toEqual(expect.arrayContaining([callsWithText, textOnly]));
    for (const i of items) {
      expect(i.posting.demands.includes('VOICE_CALLS') && !i.posting.supports.includes('TEXT_COMMUNICATION')).toBe(false);
      expect(i.match.eligible).toBe(true);
      expect(i.match.reasons.length).toBeGreaterThan(0);
    }
    const scores = items.map((i) => i.match.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    const phone = (await deaf.client.ok<any>(SEARCH, { q: '电话回访专员' })).searchPostings.items.find((i: Hit) => i.posting.id === calls);
    expect(phone.match.eligible).toBe(false);
    expect(phone.match.gaps.map((g: { text: string }) => g.text)).toContain('需要打电话；如提供文字沟通或手语沟通即可消除此障碍');
  });

  it('asked again, recommendations follow at once a change of the profile, an application, and a new or closed job', async () => {
    // the ranking is kept between requests (PostingsSearchService.rankingStamp): each change below must show on the next request
    const e = await employer(server, { countyCode: XIXIAN });
    const sewing = await publishedPosting(e, { title: '缝纫工（计件）', countyCode: XIXIAN, demands: [], supports: ['TEXT_COMMUNICATION'], skills: ['缝纫'] });
    const typing = await publishedPosting(e, { title: '录入员（文字沟通）', countyCode: XIXIAN, demands: [], supports: ['TEXT_COMMUNICATION'], skills: ['电脑打字'] });
    await indexed(server, [sewing, typing]);
    const deaf = await signUp(server, 'SEEKER', '刘静');
    await deaf.client.ok(SAVE_PROFILE, { input: { ...deafProfile(), countyCode: XIXIAN, preferredCounties: [XIXIAN], skills: ['电脑打字'] } });
    const ranking = async () => {
      const items: any[] = [];
      for (let page = 1; page <= 10; page++) {
        const r = (await deaf.client.ok<any>(RECOMMENDED, { p: { page, pageSize: 100 } })).recommendedPostings;
        items.push(...r.items);
        if (items.length >= r.total) break;
      }
      return items.map((i) => i.posting.id as string);
    };
    const before = await ranking();
    expect(await ranking()).toEqual(before);
    expect(before.indexOf(typing)).toBeLessThan(before.indexOf(sewing));
    // the person's skills change: sewing now fits better than typing, on the very next request
    await deaf.client.ok(SAVE_PROFILE, { input: { ...deafProfile(), countyCode: XIXIAN, preferredCounties: [XIXIAN], skills: ['缝纫'] } });
    const after = await ranking();
    expect(after.indexOf(sewing)).toBeLessThan(after.indexOf(typing));
    // applied to: no longer recommended
    await deaf.client.ok(`mutation($i: ApplyInput!) { applyToPosting(input: $i) { id } }`, { i: { postingId: sewing } });
    expect(await ranking()).not.toContain(sewing);
    // closed: gone once the relay applied it; a new job: there once indexed
    await e.client.ok(CLOSE, { id: typing });
    const sorting = await publishedPosting(e, { title: '分拣员（文字沟通）', countyCode: XIXIAN, demands: [], supports: ['TEXT_COMMUNICATION'], skills: ['缝纫'] });
    await indexed(server, [typing, sorting]);
    const last = await ranking();
    expect(last).not.toContain(typing);
    expect(last).toContain(sorting);
  });

  it('needs a signed-in seeker with a profile and consent to job matching', async () => {
    expect((await new Client(server.url).fails(RECOMMENDED)).code).toBe('UNAUTHENTICATED');
    const noProfile = await signUp(server, 'SEEKER');
    expect((await noProfile.client.fails(RECOMMENDED)).code).toBe('FORBIDDEN');
    const noConsent = await seeker(server, { consents: ['SENSITIVE_DATA'] });
    const err = await noConsent.client.fails(RECOMMENDED);
    expect(err).toMatchObject({ code: 'FORBIDDEN', message: '请先在档案中开启“岗位匹配”授权，才能按匹配度推荐职位' });
    expect((await noConsent.client.ok<any>(SEARCH, { q: '按摩' })).searchPostings.matched).toBe(false);
    const emp = await employer(server);
    expect((await emp.client.fails(RECOMMENDED)).code).toBe('FORBIDDEN');
  });
});

describe('candidates', () => {
  it('the employer sees only seekers who consented to be found, masked, with reasons that reveal no disability', async () => {
    const e = await employer(server, { countyCode: PINGQIAO });
    const job = await publishedPosting(e, { title: '网店文字客服', countyCode: PINGQIAO, employmentForm: 'HOME_BASED', demands: [], supports: ['TEXT_COMMUNICATION', 'REMOTE_WORK'], skills: ['电商客服'] });
    const found = await signUp(server, 'SEEKER', '欧阳晓东');
    const { saveMyProfile: f } = await found.client.ok<any>(SAVE_PROFILE, { input: { ...deafProfile(), name: '欧阳晓东', consents: ['SENSITIVE_DATA', 'JOB_MATCHING', 'DISCOVERABLE'] } });
    const hidden = await signUp(server, 'SEEKER', '刘静');
    const { saveMyProfile: h } = await hidden.client.ok<any>(SAVE_PROFILE, { input: deafProfile() });
    await indexed(server, [job, f.id, h.id]);

    const list = async () => (await e.client.ok<any>(CANDIDATES, { id: job, p: { pageSize: 100 } })).candidates;
    const r = await list();
    const mine = r.items.find((c: { seekerId: string }) => c.seekerId === f.id);
    expect(mine).toMatchObject({ maskedName: '欧阳**', countyCode: PINGQIAO, skills: ['电商客服', '电脑打字'], match: { eligible: true } });
    expect(mine.ageRange).toMatch(/^\d0-\d9$/);
    expect(r.items.map((c: { seekerId: string }) => c.seekerId)).not.toContain(h.id);
    const words = JSON.stringify(r.items.map((c: any) => c.match));
    for (const w of ['听', '聋', '文字沟通', '手语', 'HEARING', '打电话']) expect(words).not.toContain(w);
    expect(mine.match.reasons[0]).toMatchObject({ code: 'NEEDS_MET' });
    expect(await count(server, 'audit_log', `entity = 'seeker' AND entity_id = $1 AND purpose = 'CANDIDATE_MATCH'`, [f.id])).toBeGreaterThanOrEqual(1);

    // withdrawing consent hides the person at once (PostgreSQL is checked), and the relay removes them from the index
    await found.client.ok(CONSENT, { p: 'DISCOVERABLE', g: false });
    expect((await list()).items.map((c: { seekerId: string }) => c.seekerId)).not.toContain(f.id);
    await indexed(server, [f.id]);
    const stillIndexed = await count(server, 'outbox', `aggregate_id = $1 AND op = 'DELETE' AND processed_at IS NOT NULL`, [f.id]);
    expect(stillIndexed).toBe(1);
  });

  it('is for the posting\'s employer only', async () => {
    const e = await employer(server);
    const job = await publishedPosting(e);
    const other = await employer(server);
    expect((await other.client.fails(CANDIDATES, { id: job })).code).toBe('FORBIDDEN');
    const s = await seeker(server);
    expect((await s.client.fails(CANDIDATES, { id: job })).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(CANDIDATES, { id: job })).code).toBe('UNAUTHENTICATED');
    expect((await e.client.fails(CANDIDATES, { id: 'not-a-uuid' })).code).toBe('BAD_USER_INPUT');
  });
});
