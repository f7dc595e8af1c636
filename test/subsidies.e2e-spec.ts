// Issue 17, subsidies and rewards (plan 二（五）（六）（七）（九）（十）, 三（二）（三）): the catalogue with its sources and
// 待核实 marks, what an employer (per hire, and above the quota ratio) and a person may claim and why, applications and
// staff's review with notices both ways, bad input and who may do what; and the match's gap naming the subsidy.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { DisabilityCategory } from '../server/src/common/domain.js';
import { admin, certificate, count, employer, LUOSHAN, PINGQIAO, postingInput, publishedPosting, seeker, signUp, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let luoshan: Client;
let luoshanUserId: string;
let pingqiao: Client;
let emp: Awaited<ReturnType<typeof employer>>;
let otherEmp: Awaited<ReturnType<typeof employer>>;
let rural: Awaited<ReturnType<typeof seeker>>;
let graduate: Awaited<ReturnType<typeof seeker>>;
let jobless: Awaited<ReturnType<typeof seeker>>;
const hires: Record<string, string> = {};
let postingWithoutReader: string;
const lastYear = new Date().getUTCFullYear() - 1;

const CATALOGUE = `{ subsidies { code name claimant claimantStated source eligibility conditionsComplete evaluated funds unverified
  amount { verified amountYuan unit text source } } }`;
const ELIGIBILITY = `query($o: ID, $s: ID) { subsidyEligibility(organizationId: $o, seekerId: $s) { organizationId seekerId quotaYear needsProfile
  hires { placementId personName employmentForm items { subsidy { code } outcome reason why facts { key label value } application { id status } } }
  own { subsidy { code amount { text } } outcome reason why facts { key label value } application { id status } } } }`;
const APPLY = `mutation($i: ApplySubsidyInput!) { applyForSubsidy(input: $i) { id status subsidyCode claimant placementId year countyCode note } }`;
const DECIDE = `mutation($i: DecideSubsidyInput!) { decideSubsidyApplication(input: $i) { id status decisionReason decidedAt } }`;
const QUEUE = `query($f: SubsidyApplicationFilter) { subsidyApplications(filter: $f) { total items { subsidyName applicantName personName why
  facts { label value } application { id status subsidyCode countyCode } } } }`;
const MINE = `{ mySubsidyApplications { subsidyName applicantName application { id status decisionReason } } }`;

type Item = { subsidy: { code: string }; outcome: string; reason: string; why: string; facts: Array<{ key: string; label: string; value: string }> };
const itemOf = (items: Item[], code: string) => items.find((i) => i.subsidy.code === code)!;
const notices = async (kind: string, userIds: string[]) =>
  count(server, 'notification', 'kind = $1 AND user_id = ANY($2)', [kind, userIds]);

beforeAll(async () => {
  server = await startTestServer();
  const adm = await admin(server);
  const ls = await staff(server, adm.client, LUOSHAN);
  luoshan = ls.client;
  luoshanUserId = ls.userId;
  pingqiao = (await staff(server, adm.client, PINGQIAO)).client;
  emp = await employer(server, { countyCode: LUOSHAN, staffCount: 50 });
  otherEmp = await employer(server, { countyCode: LUOSHAN });
  const posting = await publishedPosting(emp, { supports: ['SCREEN_READER', 'BRAILLE'] });
  postingWithoutReader = await publishedPosting(emp, { title: '电话客服', supports: ['FLEXIBLE_HOURS'] });
  rural = await seeker(server, { name: '张明', residence: 'RURAL', certificateNumber: certificate(DisabilityCategory.VISUAL, 2, '19900101'), level: 2 });
  graduate = await seeker(server, { name: '李小红', residence: 'URBAN', education: 'BACHELOR', graduateYear: lastYear - 1, graduateSchool: '信阳师范学院' });
  jobless = await seeker(server, { name: '王芳', residence: 'URBAN', employmentStatus: 'UNEMPLOYED' });
  const record = async (seekerId: string, employmentForm: string, postingId: string | null, contract?: Record<string, unknown>) =>
    (await luoshan.ok<any>(`mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`, { i: {
      seekerId, organizationId: emp.organizationId, postingId, employmentForm, startDate: `${lastYear}-03-01`, evidence: '劳动合同', note: '', contract,
    } })).recordPlacement.id as string;
  hires.rural = await record(rural.seekerId, 'FULL_TIME', posting,
    { contractKind: 'FORMAL_POST', monthlyWage: 3000, socialInsuranceFull: true, partTime: false });
  hires.graduate = await record(graduate.seekerId, 'PUBLIC_WELFARE', null);
  await emp.client.ok(`mutation($i: OrganizationYearInput!) { saveOrganizationYear(input: $i) { year } }`,
    { i: { organizationId: emp.organizationId, year: lastYear, staffCount: 50 } });
});
afterAll(async () => { await server?.close(); });

describe('the catalogue (subsidies)', () => {
  it('lists what the plan names, with its section as the source, and every amount as 待核实 — in both languages', async () => {
    const anon = new Client(server.url);
    const { subsidies } = await anon.ok<any>(CATALOGUE);
    expect(subsidies.length).toBeGreaterThanOrEqual(12);
    for (const s of subsidies) {
      expect(s.source).toMatch(/^《信阳市促进残疾人就业三年行动实施方案（2022-2024年）》[二三]（/);
      expect(s.amount).toEqual({ verified: false, amountYuan: null, unit: null, text: '待核实', source: null });
      expect(s.unverified).toContain('AMOUNT');
    }
    expect(subsidies.find((s: any) => s.code === 'ABOVE_QUOTA_REWARD')).toMatchObject({ name: '超比例安排残疾人就业奖励', claimant: 'EMPLOYER' });
    expect(subsidies.find((s: any) => s.code === 'PUBLIC_WELFARE_POST').unverified).toEqual(['AMOUNT', 'CLAIMANT', 'CONDITIONS']);
    const en = await new Client(server.url, { 'accept-language': 'en' }).ok<any>(CATALOGUE);
    expect(en.subsidies.find((s: any) => s.code === 'WORKPLACE_ADAPTATION')).toMatchObject({
      name: 'Workplace accessibility adaptation subsidy', amount: { text: 'unverified (待核实)' } });
  });

  it('the export writes 待核实 for every amount no source states', async () => {
    const res = await fetch(`${server.url}/exports/subsidies/catalogue.xlsx`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = wb.getWorksheet('补贴和奖励')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '补贴或奖励', '由谁申请', '条件', '金额', '金额依据', '方案依据']);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows.length).toBeGreaterThanOrEqual(12);
    for (const r of rows) expect(r[4]).toBe('待核实');
    expect(rows.find((r) => r[1] === '公益性岗位补贴')![2]).toBe('残疾人本人（待核实）');
  });

  it('shows an amount as a fact only once staff enter it with a unit and a source', async () => {
    const adm = await admin(server);
    const city = (await staff(server, adm.client, null)).client;
    const { policySettings } = await city.ok<any>(`{ policySettings { key value } }`);
    const value = policySettings.find((p: any) => p.key === 'subsidy.amounts').value;
    const UPDATE = `mutation($k: String!, $v: JSON!, $s: String) { updatePolicySetting(key: $k, value: $v, source: $s) { key } }`;
    // an amount without its source is refused, naming the field
    const bad = await city.fails(UPDATE, { k: 'subsidy.amounts', v: { ...value, TRAINING_FEE: { amountYuan: 800, unit: 'ONCE', source: '' } }, s: '测试' });
    expect(bad.code).toBe('BAD_USER_INPUT');
    await city.ok(UPDATE, { k: 'subsidy.amounts', v: { ...value, TRAINING_FEE: { amountYuan: 800, unit: 'ONCE', source: '罗山县残疾人职业培训补贴办法（测试）' } }, s: '测试' });
    const { subsidies } = await new Client(server.url).ok<any>(CATALOGUE);
    expect(subsidies.find((s: any) => s.code === 'TRAINING_FEE').amount).toMatchObject({ verified: true, amountYuan: 800, text: '800元（一次性）' });
    expect(subsidies.find((s: any) => s.code === 'TRAINING_LIVING').amount.text).toBe('待核实');
    await city.ok(UPDATE, { k: 'subsidy.amounts', v: value, s: '测试' });
  });
});

describe('what an employer may claim, and why', () => {
  it('per hire: adaptation for the screen reader it offers and rural-base support for a rural hire; the social-insurance subsidy for a public-welfare post', async () => {
    const { subsidyEligibility: e } = await emp.client.ok<any>(ELIGIBILITY);
    expect(e.organizationId).toBe(emp.organizationId);
    const r = e.hires.find((h: any) => h.placementId === hires.rural);
    expect(r.personName).toBe('张*');
    expect(itemOf(r.items, 'WORKPLACE_ADAPTATION')).toMatchObject({ outcome: 'ELIGIBLE', reason: 'fundedSupportsOffered' });
    expect(itemOf(r.items, 'WORKPLACE_ADAPTATION').facts[0]).toMatchObject({ label: '提供的无障碍支持', value: '读屏软件、盲文材料' });
    expect(itemOf(r.items, 'WORKSHOP_BASE_SUPPORT')).toMatchObject({ outcome: 'ELIGIBLE', facts: [{ label: '城乡', value: '农村' }] });
    expect(itemOf(r.items, 'PUBLIC_WELFARE_INSURANCE').outcome).toBe('NOT_ELIGIBLE');
    const g = e.hires.find((h: any) => h.placementId === hires.graduate);
    expect(itemOf(g.items, 'PUBLIC_WELFARE_INSURANCE')).toMatchObject({ outcome: 'ELIGIBLE', why: '此人在公益性岗位就业' });
    expect(itemOf(g.items, 'INTERNSHIP_BASE').outcome).toBe('ELIGIBLE');
    expect(itemOf(g.items, 'WORKPLACE_ADAPTATION').reason).toBe('noPosting');
    // no disability detail reaches the employer through these facts
    expect(JSON.stringify(e)).not.toMatch(/视力|VISUAL|残疾等级|certificate/);
  });

  it('above the quota ratio (三（三）): 50 staff × 1.6% → 1 required; one level-2 person from March counts 2 × 10/12 → the reward', async () => {
    const { subsidyEligibility: e } = await emp.client.ok<any>(ELIGIBILITY);
    expect(e.quotaYear).toBe(lastYear);
    const own = itemOf(e.own, 'ABOVE_QUOTA_REWARD');
    expect(own).toMatchObject({ outcome: 'ELIGIBLE', reason: 'aboveQuota' });
    expect(Object.fromEntries(own.facts.map((f) => [f.key, f.value]))).toMatchObject({ staffCount: '50', required: '1', counted: '1.67', ratioPercent: '1.6' });
    // another employer: 120 staff on its profile, nobody counted → below, so no reward
    const other = (await otherEmp.client.ok<any>(ELIGIBILITY)).subsidyEligibility;
    expect(itemOf(other.own, 'ABOVE_QUOTA_REWARD')).toMatchObject({ outcome: 'NOT_ELIGIBLE', reason: 'notAboveQuota' });
  });

  it('the county\'s staff may look; another county, another employer and a seeker may not', async () => {
    expect((await luoshan.ok<any>(ELIGIBILITY, { o: emp.organizationId })).subsidyEligibility.hires).toHaveLength(2);
    expect((await pingqiao.fails(ELIGIBILITY, { o: emp.organizationId })).code).toBe('FORBIDDEN');
    expect((await otherEmp.client.fails(ELIGIBILITY, { o: emp.organizationId })).code).toBe('FORBIDDEN');
    expect((await rural.client.fails(ELIGIBILITY, { o: emp.organizationId })).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(ELIGIBILITY)).code).toBe('UNAUTHENTICATED');
  });
});

describe('what a person may claim (subsidyEligibility for a person)', () => {
  it('training subsidies for a working-age person without work (二（十）); graduate grants for a graduate (二（七））', async () => {
    const j = (await jobless.client.ok<any>(ELIGIBILITY)).subsidyEligibility;
    expect(j.seekerId).toBe(jobless.seekerId);
    expect(itemOf(j.own, 'TRAINING_FEE')).toMatchObject({ outcome: 'ELIGIBLE', reason: 'trainingTarget' });
    expect(itemOf(j.own, 'GRADUATE_JOB_SEEKING')).toMatchObject({ outcome: 'NOT_ELIGIBLE', reason: 'notGraduate' });
    const g = (await graduate.client.ok<any>(ELIGIBILITY)).subsidyEligibility;
    expect(itemOf(g.own, 'GRADUATE_JOB_SEEKING').outcome).toBe('ELIGIBLE');
    expect(itemOf(g.own, 'PUBLIC_WELFARE_POST')).toMatchObject({ outcome: 'ELIGIBLE', reason: 'inPublicWelfarePost' });
    // staff of the person's county see it; another county's do not; someone without a profile is told to fill one in
    expect((await luoshan.ok<any>(ELIGIBILITY, { s: jobless.seekerId })).subsidyEligibility.own.length).toBeGreaterThan(0);
    expect((await pingqiao.fails(ELIGIBILITY, { s: jobless.seekerId })).code).toBe('FORBIDDEN');
    expect((await rural.client.fails(ELIGIBILITY, { s: jobless.seekerId })).code).toBe('NOT_FOUND');
    const fresh = await signUp(server, 'SEEKER');
    expect((await fresh.client.ok<any>(ELIGIBILITY)).subsidyEligibility).toMatchObject({ needsProfile: true, own: [] });
  });
});

describe('applying (applyForSubsidy)', () => {
  let adaptation: string;

  it('an employer applies for a hire; the county\'s staff are told; applying twice is refused', async () => {
    const before = await notices('SUBSIDY_APPLIED', [luoshanUserId]);
    const { applyForSubsidy: a } = await emp.client.ok<any>(APPLY, { i: { subsidyCode: 'WORKPLACE_ADAPTATION', placementId: hires.rural, note: '已安装读屏软件' } });
    adaptation = a.id;
    expect(a).toMatchObject({ status: 'SUBMITTED', claimant: 'EMPLOYER', placementId: hires.rural, countyCode: LUOSHAN, note: '已安装读屏软件' });
    expect(await notices('SUBSIDY_APPLIED', [luoshanUserId])).toBe(before + 1);
    expect((await emp.client.fails(APPLY, { i: { subsidyCode: 'WORKPLACE_ADAPTATION', placementId: hires.rural } })).code).toBe('CONFLICT');
    const { subsidyEligibility: e } = await emp.client.ok<any>(ELIGIBILITY);
    expect(itemOf(e.hires.find((h: any) => h.placementId === hires.rural).items, 'WORKPLACE_ADAPTATION')).toMatchObject({ application: { id: a.id, status: 'SUBMITTED' } });
    // the reward above the ratio is for the employer itself, for the quota year
    expect((await emp.client.ok<any>(APPLY, { i: { subsidyCode: 'ABOVE_QUOTA_REWARD' } })).applyForSubsidy).toMatchObject({ year: lastYear, placementId: null });
  });

  it('refuses bad input with the field named, in the reader\'s language, and changes nothing', async () => {
    const rows = await count(server, 'subsidy_application');
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ subsidyCode: 'WORKSHOP_BASE_SUPPORT' }, 'input.placementId', /请选择为哪一次招用申请/],
      [{ subsidyCode: 'ABOVE_QUOTA_REWARD', placementId: hires.rural }, 'input.placementId', /不针对某一次招用/],
      [{ subsidyCode: 'INTERNSHIP_BASE', placementId: hires.rural }, 'input.subsidyCode', /不符合申请条件：不是高校毕业生/],
      [{ subsidyCode: 'TRAINING_FEE' }, 'input.subsidyCode', /这项补贴由残疾人本人申请/],
      [{ subsidyCode: 'CONCENTRATED_EMPLOYMENT_TAX' }, 'input.subsidyCode', /当面核对/],
      [{ subsidyCode: 'WORKSHOP_BASE_SUPPORT', placementId: hires.rural, note: '长'.repeat(501) }, 'input.note', /最多500个字/],
      [{ subsidyCode: 'WORKSHOP_BASE_SUPPORT', placementId: 'not-a-uuid' }, 'input.placementId', /格式不正确/],
    ];
    for (const [i, field, message] of cases) {
      const r = await emp.client.fails(APPLY, { i });
      expect(r.code).toBe('BAD_USER_INPUT');
      expect(r.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path: field, message: expect.stringMatching(message) })]));
    }
    const unknown = await emp.client.gql(APPLY, { i: { subsidyCode: 'NO_SUCH_SUBSIDY' } });
    expect(unknown.errors?.length).toBeGreaterThan(0);
    const en = await new Client(server.url, { 'accept-language': 'en' });
    en.cookie = emp.client.cookie;
    const r = await en.fails(APPLY, { i: { subsidyCode: 'WORKSHOP_BASE_SUPPORT' } });
    expect(r.fields[0].message).toMatch(/Choose the hire this is for/);
    expect(await count(server, 'subsidy_application')).toBe(rows);
  });

  it('only the employer of the hire and the person themself may apply', async () => {
    const rows = await count(server, 'subsidy_application');
    // another employer's hire is not found for them
    expect((await otherEmp.client.fails(APPLY, { i: { subsidyCode: 'WORKSHOP_BASE_SUPPORT', placementId: hires.rural } })).code).toBe('NOT_FOUND');
    expect((await luoshan.fails(APPLY, { i: { subsidyCode: 'TRAINING_FEE' } })).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(APPLY, { i: { subsidyCode: 'TRAINING_FEE' } })).code).toBe('UNAUTHENTICATED');
    // a person cannot claim an employer's subsidy nor name a hire
    expect((await rural.client.fails(APPLY, { i: { subsidyCode: 'WORKPLACE_ADAPTATION' } })).fields[0].path).toBe('input.subsidyCode');
    expect((await rural.client.fails(APPLY, { i: { subsidyCode: 'TRAINING_FEE', placementId: hires.rural } })).fields[0].path).toBe('input.placementId');
    const fresh = await signUp(server, 'SEEKER');
    expect((await fresh.client.fails(APPLY, { i: { subsidyCode: 'TRAINING_FEE' } })).fields[0].message).toMatch(/请先填写求职档案/);
    expect(await count(server, 'subsidy_application')).toBe(rows);
  });

  it('a person applies for a training subsidy; a graduate grant they do not qualify for is refused', async () => {
    const { applyForSubsidy: a } = await jobless.client.ok<any>(APPLY, { i: { subsidyCode: 'TRAINING_FEE' } });
    expect(a).toMatchObject({ status: 'SUBMITTED', claimant: 'PERSON', countyCode: LUOSHAN });
    expect((await jobless.client.fails(APPLY, { i: { subsidyCode: 'GRADUATE_JOB_SEEKING' } })).fields[0].message).toMatch(/不是高校毕业生/);
    const { mySubsidyApplications } = await jobless.client.ok<any>(MINE);
    expect(mySubsidyApplications).toEqual([expect.objectContaining({ subsidyName: '培训费补贴', applicantName: '王*' })]);
  });

  describe('review (decideSubsidyApplication)', () => {
    it('the county\'s queue shows who applied and why; another county sees none', async () => {
      const { subsidyApplications: q } = await luoshan.ok<any>(QUEUE, { f: { status: 'SUBMITTED' } });
      expect(q.total).toBe(3);
      const a = q.items.find((x: any) => x.application.id === adaptation);
      expect(a).toMatchObject({ subsidyName: '无障碍改造补贴', applicantName: '信阳测试电子商务有限公司', personName: '张*' });
      expect(a.why).toMatch(/可补贴的改造/);
      expect((await pingqiao.ok<any>(QUEUE)).subsidyApplications.total).toBe(0);
      expect((await pingqiao.fails(QUEUE, { f: { countyCode: LUOSHAN } })).code).toBe('FORBIDDEN');
      expect((await emp.client.fails(QUEUE)).code).toBe('FORBIDDEN');
      expect((await luoshan.fails(QUEUE, { f: { countyCode: '999999' } })).code).toBe('BAD_USER_INPUT');
    });

    it('refuses bad input and anyone but the county\'s staff, and changes nothing', async () => {
      expect((await luoshan.fails(DECIDE, { i: { applicationId: adaptation, approve: false, reason: '  ' } })).fields[0]).toMatchObject({ path: 'input.reason', message: '驳回时请写明原因' });
      expect((await luoshan.fails(DECIDE, { i: { applicationId: adaptation, approve: true, reason: '长'.repeat(501) } })).fields[0].path).toBe('input.reason');
      expect((await luoshan.fails(DECIDE, { i: { applicationId: 'nope', approve: true } })).fields[0].path).toBe('input.applicationId');
      expect((await luoshan.fails(DECIDE, { i: { applicationId: '00000000-0000-4000-8000-000000000000', approve: true } })).code).toBe('NOT_FOUND');
      expect((await pingqiao.fails(DECIDE, { i: { applicationId: adaptation, approve: true } })).code).toBe('FORBIDDEN');
      expect((await emp.client.fails(DECIDE, { i: { applicationId: adaptation, approve: true } })).code).toBe('FORBIDDEN');
      expect((await jobless.client.fails(DECIDE, { i: { applicationId: adaptation, approve: true } })).code).toBe('FORBIDDEN');
      expect(await count(server, 'subsidy_application', `id = $1 AND status = 'SUBMITTED'`, [adaptation])).toBe(1);
    });

    it('approves: the employer\'s members are told; deciding again is refused', async () => {
      const before = await notices('SUBSIDY_APPROVED', [emp.userId]);
      const { decideSubsidyApplication: d } = await luoshan.ok<any>(DECIDE, { i: { applicationId: adaptation, approve: true, reason: '材料齐全' } });
      expect(d).toMatchObject({ status: 'APPROVED', decisionReason: '材料齐全' });
      expect(await notices('SUBSIDY_APPROVED', [emp.userId])).toBe(before + 1);
      expect((await luoshan.fails(DECIDE, { i: { applicationId: adaptation, approve: false, reason: '重复' } })).code).toBe('CONFLICT');
      const { mySubsidyApplications } = await emp.client.ok<any>(MINE);
      expect(mySubsidyApplications.find((x: any) => x.application.id === adaptation).application.status).toBe('APPROVED');
    });

    it('rejects with a reason: the person is told why, and may apply again', async () => {
      const id = (await jobless.client.ok<any>(MINE)).mySubsidyApplications[0].application.id;
      await luoshan.ok(DECIDE, { i: { applicationId: id, approve: false, reason: '尚未参加培训' } });
      const { rows } = await server.db.query(`SELECT params FROM notification WHERE kind = 'SUBSIDY_REJECTED' AND user_id = $1`, [jobless.userId]);
      expect(rows[0].params).toMatchObject({ subsidyZh: '培训费补贴', reason: '尚未参加培训' });
      const { myNotifications: notifications } = await jobless.client.ok<any>(`{ myNotifications { items { kind title body } } }`);
      expect(notifications.items.find((n: any) => n.kind === 'SUBSIDY_REJECTED')).toMatchObject({ title: '补贴申请未通过', body: '您申请的“培训费补贴”未通过，原因：尚未参加培训。' });
      expect((await jobless.client.ok<any>(APPLY, { i: { subsidyCode: 'TRAINING_FEE' } })).applyForSubsidy.status).toBe('SUBMITTED');
    });
  });
});

describe('a match names the subsidy that would pay for the missing support', () => {
  it('a seeker who needs a screen reader sees 无障碍改造补贴 against that gap', async () => {
    const { posting } = await jobless.client.ok<any>(`query($id: ID!) { posting(id: $id) { myMatch { gaps { code closedBy fundingHints { code name } } } } }`,
      { id: postingWithoutReader });
    const gap = posting.myMatch.gaps.find((g: any) => g.code === 'SUPPORT_MISSING');
    expect(gap.closedBy).toEqual(['SCREEN_READER']);
    expect(gap.fundingHints).toEqual([{ code: 'WORKPLACE_ADAPTATION', name: '无障碍改造补贴' }]);
    expect(postingInput().supports).toContain('SCREEN_READER');
  });
});
