// The structured résumé: the seeker saves and reads it; bad input is refused naming the field (zh and en) with nothing
// written; employers the person applied to see the sections shared with them (audited), nobody else sees it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { admin, count, employer, LUOSHAN, publishedPosting, seeker, signUp, staff, XIXIAN } from './support/fixtures.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.close(); });

const FIELDS = `version updatedAt hiddenSections
  education { school major degree enrolledOn graduatedOn } work { employerName jobTitle startDate endDate duties }
  skills { skill evidence } certificates { certificateKind certificateName issuer issuedOn expiresOn }
  languages { language proficiency } assistiveTech { tool toolNote }
  visibility { education work skills certificates languages assistiveTech }`;
const MY_RESUME = `query { myResume { ${FIELDS} } }`;
const SAVE = `mutation($input: ResumeInput!) { saveResume(input: $input) { ${FIELDS} } }`;
const APPLICANT_RESUME = `query($id: ID!) { applicationsForPosting(postingId: $id) { items { seeker { id resume { ${FIELDS} } } } } }`;
const SEEKER_RESUME = `query($id: ID!) { seeker(id: $id) { id resume { ${FIELDS} } } }`;
const APPLY = `mutation($input: ApplyInput!) { applyToPosting(input: $input) { id } }`;

const VISIBLE = { education: 'APPLIED_EMPLOYERS', work: 'APPLIED_EMPLOYERS', skills: 'APPLIED_EMPLOYERS', certificates: 'APPLIED_EMPLOYERS', languages: 'APPLIED_EMPLOYERS', assistiveTech: 'APPLIED_EMPLOYERS' };

function resumeInput(over: Record<string, unknown> = {}) {
  return {
    education: [{ school: '信阳市特殊教育学校', major: '中医按摩', degree: 'VOCATIONAL', enrolledOn: '2008-09-01', graduatedOn: '2011-07-01' }],
    work: [{ employerName: '罗山县明光盲人按摩中心', jobTitle: '保健按摩师', startDate: '2011-08-01', endDate: null, duties: '每天接待十位左右顾客' }],
    skills: [{ skill: '保健按摩', evidence: '在按摩中心工作十年' }],
    certificates: [{ certificateKind: 'MASSAGE_HEALTH', certificateName: '盲人保健按摩师（中级）', issuer: '中国残联盲人按摩指导中心', issuedOn: '2015-05-20', expiresOn: null }],
    languages: [{ language: '普通话', proficiency: 'NATIVE' }, { language: '中国手语', proficiency: 'BASIC' }],
    assistiveTech: [{ tool: '读屏软件（争渡）', toolNote: '用电脑和手机都靠读屏' }],
    visibility: VISIBLE, ...over,
  };
}

const future = () => { const d = new Date(Date.now() + 40 * 86_400_000); return d.toISOString().slice(0, 10); };

describe('myResume and saveResume', () => {
  it('a new seeker has an empty résumé visible to employers they apply to; saving stores every section', async () => {
    const s = await seeker(server);
    const empty = (await s.client.ok<any>(MY_RESUME)).myResume;
    expect(empty).toMatchObject({ version: 0, updatedAt: null, education: [], work: [], visibility: VISIBLE });
    const saved = (await s.client.ok<any>(SAVE, { input: resumeInput() })).saveResume;
    expect(saved.version).toBe(1);
    expect(saved.certificates[0]).toMatchObject({ certificateKind: 'MASSAGE_HEALTH', issuedOn: '2015-05-20', expiresOn: null });
    expect(saved.languages.map((l: any) => l.language)).toEqual(['普通话', '中国手语']);
    const again = (await s.client.ok<any>(SAVE, { input: resumeInput({ skills: [{ skill: '  推拿  ', evidence: '' }] }) })).saveResume;
    expect(again.version).toBe(2);
    expect(again.skills).toEqual([{ skill: '推拿', evidence: '' }]);
    expect((await s.client.ok<any>(MY_RESUME)).myResume.skills).toEqual([{ skill: '推拿', evidence: '' }]);
  });

  it('refuses bad input naming the field, in Chinese and English, and writes nothing', async () => {
    const s = await seeker(server);
    const cases: Array<[Record<string, unknown>, string, RegExp, RegExp]> = [
      [{ work: [{ employerName: '某公司', jobTitle: '客服', startDate: '2020-05-01', endDate: '2019-01-01', duties: '' }] }, 'input.work.0.endDate', /结束日期不能早于开始日期/, /end date cannot be before/],
      [{ work: [{ employerName: '某公司', jobTitle: '客服', startDate: future(), endDate: null, duties: '' }] }, 'input.work.0.startDate', /入职日期不能晚于今天/, /start date cannot be in the future/],
      [{ certificates: [{ certificateKind: 'VOCATIONAL', certificateName: '电工证', issuer: '', issuedOn: '2020-01-01', expiresOn: '2019-01-01' }] }, 'input.certificates.0.expiresOn', /有效期至不能早于发证日期/, /expiry date cannot be before/],
      [{ skills: [{ skill: '   ', evidence: '' }] }, 'input.skills.0.skill', /请填写技能/, /Enter skill/],
      [{ languages: Array.from({ length: 11 }, () => ({ language: '普通话', proficiency: 'GOOD' })) }, 'input.languages', /语言最多/, /languages/],
    ];
    for (const [over, path, zh, en] of cases) {
      const r = await s.client.gql(SAVE, { input: resumeInput(over) });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const field = (r.errors![0].extensions!.fields as any[]).find((f) => f.path === path);
      expect(field?.message).toMatch(zh);
      const e = await s.client.raw({ query: SAVE, variables: { input: resumeInput(over) } }, { 'accept-language': 'en' });
      expect((e.json.errors[0].extensions.fields as any[]).find((f) => f.path === path)?.message).toMatch(en);
    }
    expect(await count(server, 'resume', 'seeker_id = $1', [s.seekerId])).toBe(0);
  });

  it('only seekers with a profile save one; employers and anonymous callers are refused', async () => {
    const emp = await employer(server);
    expect((await emp.client.gql(SAVE, { input: resumeInput() })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bare = await signUp(server, 'SEEKER');
    expect((await bare.client.gql(SAVE, { input: resumeInput() })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const before = await count(server, 'resume');
    const { Client } = await import('./support/server.js');
    expect((await new Client(server.url).gql(SAVE, { input: resumeInput() })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count(server, 'resume')).toBe(before);
  });
});

describe('who sees the résumé', () => {
  it('the employer the person applied to sees the shared sections (audited); the private ones and, without consent, the assistive technology stay hidden', async () => {
    const s = await seeker(server);
    await s.client.ok(SAVE, { input: resumeInput({ visibility: { ...VISIBLE, work: 'PRIVATE' } }) });
    const emp = await employer(server, { countyCode: LUOSHAN });
    const postingId = await publishedPosting(emp);
    await s.client.ok(APPLY, { input: { postingId, note: '', accommodations: [], accommodationNote: '' } });
    const auditsBefore = await count(server, 'audit_log', `entity_id = $1 AND field = 'resume'`, [s.seekerId]);
    const items = (await emp.client.ok<any>(APPLICANT_RESUME, { id: postingId })).applicationsForPosting.items;
    const r = items[0].seeker.resume;
    expect(r.education).toHaveLength(1);
    expect(r.certificates[0].certificateName).toBe('盲人保健按摩师（中级）');
    expect(r.work).toEqual([]);
    expect(r.assistiveTech).toEqual([]); // no consent to share disability data with employers
    expect(r.hiddenSections).toEqual(expect.arrayContaining(['work', 'assistiveTech']));
    expect(await count(server, 'audit_log', `entity_id = $1 AND field = 'resume' AND action = 'READ_SENSITIVE'`, [s.seekerId])).toBe(auditsBefore + 1);

    // with the consent to share, the assistive technology is shown too
    await s.client.ok(`mutation { setConsent(purpose: SENSITIVE_DATA, granted: true) { id } }`);
    await s.client.ok(`mutation { setConsent(purpose: SHARE_WITH_EMPLOYERS, granted: true) { id } }`);
    const shared = (await emp.client.ok<any>(APPLICANT_RESUME, { id: postingId })).applicationsForPosting.items[0].seeker.resume;
    expect(shared.assistiveTech[0].tool).toBe('读屏软件（争渡）');
  });

  it('staff in scope read it all; staff of another county and other employers do not', async () => {
    const s = await seeker(server); // 罗山县
    await s.client.ok(SAVE, { input: resumeInput({ visibility: { ...VISIBLE, skills: 'PRIVATE' } }) });
    const adm = await admin(server);
    const inScope = await staff(server, adm.client, LUOSHAN);
    const mine = (await inScope.client.ok<any>(SEEKER_RESUME, { id: s.seekerId })).seeker.resume;
    expect(mine.skills).toHaveLength(1);
    const other = await staff(server, adm.client, XIXIAN);
    const refused = await other.client.gql(SEEKER_RESUME, { id: s.seekerId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // an employer the person never applied to: the applicants list of its own posting does not list them
    const stranger = await employer(server);
    const postingId = await publishedPosting(stranger);
    const items = (await stranger.client.ok<any>(APPLICANT_RESUME, { id: postingId })).applicationsForPosting.items;
    expect(items).toEqual([]);
    expect((await stranger.client.gql(SEEKER_RESUME, { id: s.seekerId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
