// Issue 17, subsidies and rewards (plan 二（四）（五）（六）（七）（九）（十）, 三（二）（三）): the catalogue with its sources and
// 待核实 marks, what an employer (per hire, per workshop or base of the register it runs, above the quota ratio) and a
// person (per course of the training register) may claim and why, and what cannot be judged here; applications,
// staff's review and the applicant's withdrawal with notices to each side (the hired person too), bad input, who may
// do what, and a withdrawal racing a decision; and the match's gap naming the subsidy.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { DisabilityCategory } from '../server/src/common/domain.js';
import { admin, certificate, count, employer, LUOSHAN, PINGQIAO, postingInput, publishedPosting, seeker, signUp, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';
import { COMPLETE, ENROL, course, inDays } from './support/training.js';

let server: TestServer;
let luoshan: Client;
let luoshanUserId: string;
let pingqiao: Client;
let pingqiaoUserId: string;
let emp: Awaited<ReturnType<typeof employer>>;
let otherEmp: Awaited<ReturnType<typeof employer>>;
let rural: Awaited<ReturnType<typeof seeker>>;
let graduate: Awaited<ReturnType<typeof seeker>>;
let jobless: Awaited<ReturnType<typeof seeker>>;
let dropout: Awaited<ReturnType<typeof seeker>>;
const hires: Record<string, string> = {};
let postingWithoutReader: string;
let workshopId: string;
let courseTitle: string;
let enrolmentId: string;
let dropoutEnrolmentId: string;
const lastYear = new Date().getUTCFullYear() - 1;

const CATALOGUE = `{ subsidies { code name claimant claimFor claimantStated source eligibility conditionsComplete evaluated funds unverified
  amount { verified amountYuan unit text source } } }`;
const ITEM = 'subsidy { code } placementId workshopId enrolmentId subjectName outcome reason why facts { key label value } application { id status }';
const ELIGIBILITY = `query($o: ID, $s: ID) { subsidyEligibility(organizationId: $o, seekerId: $s) { organizationId seekerId quotaYear needsProfile
  hires { placementId personName employmentForm items { ${ITEM} } } own { ${ITEM} } } }`;
const APPLY = `mutation($i: ApplySubsidyInput!) { applyForSubsidy(input: $i) { id status subsidyCode claimant placementId workshopId enrolmentId year countyCode note } }`;
const DECIDE = `mutation($i: DecideSubsidyInput!) { decideSubsidyApplication(input: $i) { id status decisionReason decidedAt } }`;
const WITHDRAW = `mutation($i: WithdrawSubsidyInput!) { withdrawSubsidyApplication(input: $i) { id status withdrawnAt decidedAt } }`;
const QUEUE = `query($f: SubsidyApplicationFilter) { subsidyApplications(filter: $f) { total items { subsidyName applicantName personName subjectName why
  facts { label value } application { id status subsidyCode countyCode } } } }`;
const MINE = `{ mySubsidyApplications { subsidyName applicantName subjectName application { id status decisionReason withdrawnAt } } }`;
const NOTES = `{ myNotifications(page: { pageSize: 50 }) { items { kind title body } } }`;

type Item = { subsidy: { code: string }; workshopId: string | null; enrolmentId: string | null; subjectName: string | null; outcome: string;
  reason: string; why: string; facts: Array<{ key: string; label: string; value: string }>; application: { id: string; status: string } | null };
const itemOf = (items: Item[], code: string) => items.find((i) => i.subsidy.code === code)!;
const notices = async (kind: string, userIds: string[]) => count(server, 'notification', 'kind = $1 AND user_id = ANY($2)', [kind, userIds]);
const english = (c: Client) => Object.assign(new Client(server.url, { 'accept-language': 'en' }), { cookie: c.cookie });
const ownItems = async (c: Client) => (await c.ok<any>(ELIGIBILITY)).subsidyEligibility.own as Item[];

beforeAll(async () => {
  server = await startTestServer();
  const adm = await admin(server);
  const ls = await staff(server, adm.client, LUOSHAN);
  luoshan = ls.client;
  luoshanUserId = ls.userId;
  const pq = await staff(server, adm.client, PINGQIAO);
  pingqiao = pq.client;
  pingqiaoUserId = pq.userId;
  emp = await employer(server, { countyCode: LUOSHAN, staffCount: 50 });
  otherEmp = await employer(server, { countyCode: LUOSHAN, type: 'PUBLIC_INSTITUTION', name: '罗山县测试事业单位' });
  const posting = await publishedPosting(emp, { supports: ['SCREEN_READER', 'BRAILLE'] });
  postingWithoutReader = await publishedPosting(emp, { title: '电话客服', supports: ['FLEXIBLE_HOURS'] });
  rural = await seeker(server, { name: '张明', residence: 'RURAL', certificateNumber: certificate(DisabilityCategory.VISUAL, 2, '19900101'), level: 2 });
  graduate = await seeker(server, { name: '李小红', residence: 'URBAN', education: 'BACHELOR', graduateYear: lastYear - 1, graduateSchool: '信阳师范学院' });
  jobless = await seeker(server, { name: '王芳', residence: 'URBAN', employmentStatus: 'UNEMPLOYED' });
  dropout = await seeker(server, { name: '赵强', residence: 'URBAN', employmentStatus: 'UNEMPLOYED' });
  const record = async (seekerId: string, employmentForm: string, postingId: string | null, contract?: Record<string, unknown>) =>
    (await luoshan.ok<any>(`mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`, { i: {
      seekerId, organizationId: emp.organizationId, postingId, employmentForm, startDate: `${lastYear}-03-01`, evidence: '劳动合同', note: '', contract,
    } })).recordPlacement.id as string;
  hires.rural = await record(rural.seekerId, 'FULL_TIME', posting,
    { contractKind: 'FORMAL_POST', monthlyWage: 3000, socialInsuranceFull: true, partTime: false });
  hires.graduate = await record(graduate.seekerId, 'PUBLIC_WELFARE', null);
  await emp.client.ok(`mutation($i: OrganizationYearInput!) { saveOrganizationYear(input: $i) { year } }`,
    { i: { organizationId: emp.organizationId, year: lastYear, staffCount: 50 } });
  // the register (server/src/workshops): the employer runs a 就业帮扶车间 where the rural hire works
  workshopId = (await luoshan.ok<any>(`mutation($i: WorkshopInput!) { createWorkshop(input: $i) { id } }`, { i: {
    kind: 'SUPPORT_WORKSHOP', name: '罗山县周党镇就业帮扶车间', countyCode: LUOSHAN, town: '周党镇', address: '罗山县周党镇茶场路2号', capacity: 10,
    supports: ['STEP_FREE_ACCESS'], accessibilityNote: '', workKinds: ['茶叶包装'], homeBased: false, description: '', contactName: '周主任',
    contactPhone: '0376-2100001', organizationId: emp.organizationId } })).createWorkshop.id;
  await luoshan.ok(`mutation($p: ID!, $w: ID) { linkPlacementToWorkshop(placementId: $p, workshopId: $w) { id } }`, { p: hires.rural, w: workshopId });
  // the training register (server/src/training): a course that began five days ago, 800 yuan, with two people enrolled
  courseTitle = '电商客服与直播带货培训班';
  const courseId = await course(luoshan, LUOSHAN, { startsOn: inDays(-5), endsOn: inDays(20), feeYuan: 800 });
  enrolmentId = (await jobless.client.ok<any>(ENROL, { c: courseId })).enrol.id;
  dropoutEnrolmentId = (await dropout.client.ok<any>(ENROL, { c: courseId })).enrol.id;
  await luoshan.ok(COMPLETE, { id: dropoutEnrolmentId, i: { passed: false } });
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
    expect(subsidies.find((s: any) => s.code === 'ABOVE_QUOTA_REWARD')).toMatchObject({ name: '超比例安排残疾人就业奖励', claimant: 'EMPLOYER', claimFor: 'SELF' });
    expect(subsidies.find((s: any) => s.code === 'PUBLIC_WELFARE_POST').unverified).toEqual(['AMOUNT', 'CLAIMANT', 'CONDITIONS']);
    expect(subsidies.find((s: any) => s.code === 'ASSISTED_EMPLOYMENT_SUPPORT')).toMatchObject({ claimFor: 'WORKSHOP', name: '辅助性就业机构和美丽工坊扶持' });
    expect(subsidies.find((s: any) => s.code === 'TRAINING_FEE').claimFor).toBe('COURSE');
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
  it('per hire: adaptation for the screen reader it offers; the social-insurance subsidy for a public-welfare post', async () => {
    const { subsidyEligibility: e } = await emp.client.ok<any>(ELIGIBILITY);
    expect(e.organizationId).toBe(emp.organizationId);
    const r = e.hires.find((h: any) => h.placementId === hires.rural);
    expect(r.personName).toBe('张*');
    expect(itemOf(r.items, 'WORKPLACE_ADAPTATION')).toMatchObject({ outcome: 'ELIGIBLE', reason: 'fundedSupportsOffered' });
    expect(itemOf(r.items, 'WORKPLACE_ADAPTATION').facts[0]).toMatchObject({ label: '提供的无障碍支持', value: '读屏软件、盲文材料' });
    expect(itemOf(r.items, 'PUBLIC_WELFARE_INSURANCE').outcome).toBe('NOT_ELIGIBLE');
    expect(r.items.map((i: Item) => i.subsidy.code)).not.toContain('WORKSHOP_BASE_SUPPORT');
    const g = e.hires.find((h: any) => h.placementId === hires.graduate);
    expect(itemOf(g.items, 'PUBLIC_WELFARE_INSURANCE')).toMatchObject({ outcome: 'ELIGIBLE', why: '此人在公益性岗位就业' });
    expect(itemOf(g.items, 'INTERNSHIP_BASE').outcome).toBe('ELIGIBLE');
    expect(itemOf(g.items, 'WORKPLACE_ADAPTATION').reason).toBe('noPosting');
    // no disability detail reaches the employer through these facts
    expect(JSON.stringify(e)).not.toMatch(/视力|VISUAL|残疾等级|certificate/);
  });

  it('二（六）: the 就业帮扶车间 it runs in the register, a rural person working there → its support, naming the workshop record', async () => {
    const own = await ownItems(emp.client);
    const w = itemOf(own, 'WORKSHOP_BASE_SUPPORT');
    expect(w).toMatchObject({ outcome: 'ELIGIBLE', reason: 'workshopEmploysRural', workshopId, subjectName: '罗山县周党镇就业帮扶车间' });
    expect(w.facts.map((f) => [f.label, f.value])).toEqual([['工坊或基地', '罗山县周党镇就业帮扶车间'], ['类型', '就业帮扶车间'],
      ['本单位在此在岗的人员', '1'], ['其中农村残疾人', '1']]);
    // no 阳光家园 or 美丽工坊 of its own: it says so
    expect(itemOf(own, 'ASSISTED_EMPLOYMENT_SUPPORT')).toMatchObject({ outcome: 'NOT_ELIGIBLE', reason: 'noWorkshop', workshopId: null });
    const en = await ownItems(english(emp.client));
    expect(itemOf(en, 'WORKSHOP_BASE_SUPPORT').facts[1]).toMatchObject({ label: 'Kind', value: 'employment support workshop' });
  });

  it('三（二）: the tax relief of an enterprise cannot be judged here (待核实: ask the county federation); an institution is no enterprise', async () => {
    const tax = itemOf(await ownItems(emp.client), 'CONCENTRATED_EMPLOYMENT_TAX');
    expect(tax).toMatchObject({ outcome: 'UNDETERMINED', reason: 'concentratedUnjudged', facts: [{ label: '单位类型', value: '民营企业' }] });
    expect(tax.why).toMatch(/^无法判断：.*待核实，请向县残联咨询$/);
    expect(itemOf(await ownItems(english(emp.client)), 'CONCENTRATED_EMPLOYMENT_TAX').why).toMatch(/^Cannot be judged: .*ask the county federation$/);
    expect(itemOf(await ownItems(otherEmp.client), 'CONCENTRATED_EMPLOYMENT_TAX')).toMatchObject({ outcome: 'NOT_ELIGIBLE', reason: 'notEnterprise' });
  });

  it('above the quota ratio (三（三）): 50 staff × 1.6% → 1 required; one level-2 person from March counts 2 × 10/12 → the reward', async () => {
    const { subsidyEligibility: e } = await emp.client.ok<any>(ELIGIBILITY);
    expect(e.quotaYear).toBe(lastYear);
    const own = itemOf(e.own, 'ABOVE_QUOTA_REWARD');
    expect(own).toMatchObject({ outcome: 'ELIGIBLE', reason: 'aboveQuota' });
    expect(Object.fromEntries(own.facts.map((f) => [f.key, f.value]))).toMatchObject({ staffCount: '50', required: '1', counted: '1.67', ratioPercent: '1.6' });
    // another employer: 120 staff on its profile, nobody counted → below, so no reward
    expect(itemOf(await ownItems(otherEmp.client), 'ABOVE_QUOTA_REWARD')).toMatchObject({ outcome: 'NOT_ELIGIBLE', reason: 'notAboveQuota' });
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
  it('二（十）: training subsidies for the course they took while without work, naming the course; graduate grants for a graduate (二（七））', async () => {
    const j = (await jobless.client.ok<any>(ELIGIBILITY)).subsidyEligibility;
    expect(j.seekerId).toBe(jobless.seekerId);
    const fee = itemOf(j.own, 'TRAINING_FEE');
    expect(fee).toMatchObject({ outcome: 'ELIGIBLE', reason: 'trainedWhileSeeking', enrolmentId, subjectName: courseTitle });
    expect(Object.fromEntries(fee.facts.map((f) => [f.label, f.value]))).toMatchObject({ 培训课程: courseTitle, 报名状态: '已报名', 开课时的就业: '无', 培训费: '800元' });
    expect(itemOf(j.own, 'GRADUATE_JOB_SEEKING')).toMatchObject({ outcome: 'NOT_ELIGIBLE', reason: 'notGraduate' });
    const g = (await graduate.client.ok<any>(ELIGIBILITY)).subsidyEligibility;
    expect(itemOf(g.own, 'GRADUATE_JOB_SEEKING').outcome).toBe('ELIGIBLE');
    expect(itemOf(g.own, 'PUBLIC_WELFARE_POST')).toMatchObject({ outcome: 'ELIGIBLE', reason: 'inPublicWelfarePost' });
    // no course in the register: apply once they take one
    expect(itemOf(g.own, 'TRAINING_FEE')).toMatchObject({ outcome: 'NOT_ELIGIBLE', reason: 'noCourse', enrolmentId: null });
    // a course not completed cannot be judged here
    const d = (await dropout.client.ok<any>(ELIGIBILITY)).subsidyEligibility;
    expect(itemOf(d.own, 'TRAINING_LIVING')).toMatchObject({ outcome: 'UNDETERMINED', reason: 'courseNotCompleted' });
    // staff of the person's county see it; another county's do not; someone without a profile is told to fill one in
    expect((await luoshan.ok<any>(ELIGIBILITY, { s: jobless.seekerId })).subsidyEligibility.own.length).toBeGreaterThan(0);
    expect((await pingqiao.fails(ELIGIBILITY, { s: jobless.seekerId })).code).toBe('FORBIDDEN');
    expect((await rural.client.fails(ELIGIBILITY, { s: jobless.seekerId })).code).toBe('NOT_FOUND');
    const fresh = await signUp(server, 'SEEKER');
    expect((await fresh.client.ok<any>(ELIGIBILITY)).subsidyEligibility).toMatchObject({ needsProfile: true, own: [] });
  });

  it('二（六）: 乡村公益性岗位补贴 — a rural person in work cannot be judged here (待核实: ask the county federation); an urban one is not eligible', async () => {
    const r = itemOf(await ownItems(rural.client), 'RURAL_PUBLIC_WELFARE_POST');
    expect(r).toMatchObject({ outcome: 'UNDETERMINED', reason: 'ruralCareUnrecorded' });
    expect(r.why).toMatch(/^无法判断：.*待核实，请向县残联咨询$/);
    expect(itemOf(await ownItems(english(rural.client)), 'RURAL_PUBLIC_WELFARE_POST').why).toMatch(/^Cannot be judged: .*ask the county federation$/);
    expect(itemOf(await ownItems(graduate.client), 'RURAL_PUBLIC_WELFARE_POST')).toMatchObject({ outcome: 'NOT_ELIGIBLE', reason: 'notRural' });
  });
});

describe('applying (applyForSubsidy)', () => {
  const ids: Record<string, string> = {};

  it('an employer applies for a hire: the county\'s staff are told, and the hired person (which employer, which subsidy, their job); twice is refused', async () => {
    const before = await notices('SUBSIDY_APPLIED', [luoshanUserId]);
    const { applyForSubsidy: a } = await emp.client.ok<any>(APPLY, { i: { subsidyCode: 'WORKPLACE_ADAPTATION', placementId: hires.rural, note: '已安装读屏软件' } });
    ids.adaptation = a.id;
    expect(a).toMatchObject({ status: 'SUBMITTED', claimant: 'EMPLOYER', placementId: hires.rural, workshopId: null, countyCode: LUOSHAN, note: '已安装读屏软件' });
    expect(await notices('SUBSIDY_APPLIED', [luoshanUserId])).toBe(before + 1);
    const told = (await rural.client.ok<any>(NOTES)).myNotifications.items.filter((n: any) => n.kind === 'SUBSIDY_FOR_YOUR_JOB');
    expect(told).toEqual([{ kind: 'SUBSIDY_FOR_YOUR_JOB', title: '为您的工作申请的补贴',
      body: `信阳测试电子商务有限公司为您在该单位的工作（${lastYear}-03-01起）申请了“无障碍改造补贴”，由县残联审核。如果您并不在该单位工作，请告诉县残联。` }]);
    const en = (await english(rural.client).ok<any>(NOTES)).myNotifications.items.find((n: any) => n.kind === 'SUBSIDY_FOR_YOUR_JOB');
    expect(en).toMatchObject({ title: 'A subsidy claimed for your job',
      body: `信阳测试电子商务有限公司 applied for "Workplace accessibility adaptation subsidy" for your job there (since ${lastYear}-03-01); the county federation reviews it. If you do not work there, please tell the county federation.` });
    // nobody else's data and no amount
    expect(JSON.stringify(told)).not.toMatch(/元|李|王|readers|读屏/);
    expect((await emp.client.fails(APPLY, { i: { subsidyCode: 'WORKPLACE_ADAPTATION', placementId: hires.rural } })).code).toBe('CONFLICT');
    const { subsidyEligibility: e } = await emp.client.ok<any>(ELIGIBILITY);
    expect(itemOf(e.hires.find((h: any) => h.placementId === hires.rural).items, 'WORKPLACE_ADAPTATION')).toMatchObject({ application: { id: a.id, status: 'SUBMITTED' } });
    // the reward above the ratio is for the employer itself, for the quota year
    expect((await emp.client.ok<any>(APPLY, { i: { subsidyCode: 'ABOVE_QUOTA_REWARD' } })).applyForSubsidy).toMatchObject({ year: lastYear, placementId: null });
  });

  it('for the workshop it runs (the application names the record; nobody\'s job is claimed, so no person is told) and for a graduate hire', async () => {
    const personNotices = await notices('SUBSIDY_FOR_YOUR_JOB', [rural.userId]);
    const { applyForSubsidy: w } = await emp.client.ok<any>(APPLY, { i: { subsidyCode: 'WORKSHOP_BASE_SUPPORT', workshopId } });
    ids.workshop = w.id;
    expect(w).toMatchObject({ status: 'SUBMITTED', workshopId, placementId: null, year: null });
    expect(await notices('SUBSIDY_FOR_YOUR_JOB', [rural.userId])).toBe(personNotices);
    expect(itemOf(await ownItems(emp.client), 'WORKSHOP_BASE_SUPPORT').application).toEqual({ id: w.id, status: 'SUBMITTED' });
    ids.internship = (await emp.client.ok<any>(APPLY, { i: { subsidyCode: 'INTERNSHIP_BASE', placementId: hires.graduate } })).applyForSubsidy.id;
    ids.welfare = (await emp.client.ok<any>(APPLY, { i: { subsidyCode: 'PUBLIC_WELFARE_INSURANCE', placementId: hires.graduate } })).applyForSubsidy.id;
    expect(await notices('SUBSIDY_FOR_YOUR_JOB', [graduate.userId])).toBe(2);
  });

  it('refuses bad input with the field named, in the reader\'s language, and changes nothing', async () => {
    const rows = await count(server, 'subsidy_application');
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ subsidyCode: 'PUBLIC_WELFARE_INSURANCE' }, 'input.placementId', /请选择为哪一次招用申请/],
      [{ subsidyCode: 'ABOVE_QUOTA_REWARD', placementId: hires.rural }, 'input.placementId', /不针对某一次招用/],
      [{ subsidyCode: 'WORKSHOP_BASE_SUPPORT' }, 'input.workshopId', /请选择为哪一个工坊或基地申请/],
      [{ subsidyCode: 'WORKSHOP_BASE_SUPPORT', placementId: hires.rural }, 'input.placementId', /不针对某一次招用/],
      [{ subsidyCode: 'WORKPLACE_ADAPTATION', placementId: hires.graduate, workshopId }, 'input.workshopId', /不针对工坊或基地/],
      [{ subsidyCode: 'INTERNSHIP_BASE', placementId: hires.rural }, 'input.subsidyCode', /不符合申请条件：不是高校毕业生/],
      [{ subsidyCode: 'ASSISTED_EMPLOYMENT_SUPPORT', workshopId }, 'input.subsidyCode', /不符合申请条件：这个工坊或基地的类型不在这项扶持的范围内/],
      [{ subsidyCode: 'TRAINING_FEE' }, 'input.subsidyCode', /这项补贴由残疾人本人申请/],
      [{ subsidyCode: 'CONCENTRATED_EMPLOYMENT_TAX' }, 'input.subsidyCode', /当面核对/],
      [{ subsidyCode: 'WORKPLACE_ADAPTATION', placementId: hires.rural, note: '长'.repeat(501) }, 'input.note', /最多500个字/],
      [{ subsidyCode: 'WORKPLACE_ADAPTATION', placementId: 'not-a-uuid' }, 'input.placementId', /格式不正确/],
      [{ subsidyCode: 'WORKSHOP_BASE_SUPPORT', workshopId: 'not-a-uuid' }, 'input.workshopId', /格式不正确/],
    ];
    for (const [i, field, message] of cases) {
      const r = await emp.client.fails(APPLY, { i });
      expect(r.code).toBe('BAD_USER_INPUT');
      expect(r.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path: field, message: expect.stringMatching(message) })]));
    }
    const unknown = await emp.client.gql(APPLY, { i: { subsidyCode: 'NO_SUCH_SUBSIDY' } });
    expect(unknown.errors?.length).toBeGreaterThan(0);
    const en = english(emp.client);
    expect((await en.fails(APPLY, { i: { subsidyCode: 'PUBLIC_WELFARE_INSURANCE' } })).fields[0].message).toMatch(/Choose the hire this is for/);
    expect((await en.fails(APPLY, { i: { subsidyCode: 'WORKSHOP_BASE_SUPPORT' } })).fields[0]).toMatchObject({ path: 'input.workshopId', message: expect.stringMatching(/Choose the workshop or base/) });
    // a person: the course is named, nothing else; a course they did not complete cannot be judged here
    const person: Array<[Client, Record<string, unknown>, string, RegExp]> = [
      [jobless.client, { subsidyCode: 'TRAINING_FEE' }, 'input.enrolmentId', /请选择为哪一门培训课程申请/],
      [jobless.client, { subsidyCode: 'GRADUATE_JOB_SEEKING', enrolmentId }, 'input.enrolmentId', /不针对培训课程/],
      [jobless.client, { subsidyCode: 'TRAINING_FEE', enrolmentId, workshopId }, 'input.workshopId', /不针对工坊或基地/],
      [jobless.client, { subsidyCode: 'TRAINING_FEE', enrolmentId: 'nope' }, 'input.enrolmentId', /格式不正确/],
      [dropout.client, { subsidyCode: 'TRAINING_LIVING', enrolmentId: dropoutEnrolmentId }, 'input.subsidyCode', /^无法判断：.*请向县残联咨询，暂不能在线申请$/],
      [rural.client, { subsidyCode: 'RURAL_PUBLIC_WELFARE_POST' }, 'input.subsidyCode', /当面核对/],
    ];
    for (const [c, i, field, message] of person) {
      const r = await c.fails(APPLY, { i });
      expect(r.code).toBe('BAD_USER_INPUT');
      expect(r.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path: field, message: expect.stringMatching(message) })]));
    }
    expect((await english(jobless.client).fails(APPLY, { i: { subsidyCode: 'TRAINING_FEE' } })).fields[0].message).toMatch(/Choose the course this is for/);
    expect((await english(dropout.client).fails(APPLY, { i: { subsidyCode: 'TRAINING_LIVING', enrolmentId: dropoutEnrolmentId } })).fields[0].message)
      .toMatch(/^Cannot be judged: .*It cannot be applied for online$/);
    expect(await count(server, 'subsidy_application')).toBe(rows);
  });

  it('only the employer of the hire or the workshop, and the person themself for their own course, may apply', async () => {
    const rows = await count(server, 'subsidy_application');
    // another employer's hire and workshop are not found for them
    expect((await otherEmp.client.fails(APPLY, { i: { subsidyCode: 'PUBLIC_WELFARE_INSURANCE', placementId: hires.graduate } })).code).toBe('NOT_FOUND');
    expect((await otherEmp.client.fails(APPLY, { i: { subsidyCode: 'WORKSHOP_BASE_SUPPORT', workshopId } })).code).toBe('NOT_FOUND');
    expect((await luoshan.fails(APPLY, { i: { subsidyCode: 'TRAINING_FEE', enrolmentId } })).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(APPLY, { i: { subsidyCode: 'TRAINING_FEE', enrolmentId } })).code).toBe('UNAUTHENTICATED');
    // a person cannot claim an employer's subsidy, name a hire, or claim for another person's course
    expect((await rural.client.fails(APPLY, { i: { subsidyCode: 'WORKPLACE_ADAPTATION' } })).fields[0].path).toBe('input.subsidyCode');
    expect((await rural.client.fails(APPLY, { i: { subsidyCode: 'TRAINING_FEE', placementId: hires.rural, enrolmentId } })).fields[0].path).toBe('input.placementId');
    expect((await rural.client.fails(APPLY, { i: { subsidyCode: 'TRAINING_FEE', enrolmentId } })).code).toBe('NOT_FOUND');
    const fresh = await signUp(server, 'SEEKER');
    expect((await fresh.client.fails(APPLY, { i: { subsidyCode: 'TRAINING_FEE', enrolmentId } })).fields[0].message).toMatch(/请先填写求职档案/);
    expect(await count(server, 'subsidy_application')).toBe(rows);
  });

  it('a person applies for a training subsidy for their course; a graduate grant they do not qualify for is refused', async () => {
    const { applyForSubsidy: a } = await jobless.client.ok<any>(APPLY, { i: { subsidyCode: 'TRAINING_FEE', enrolmentId } });
    ids.training = a.id;
    expect(a).toMatchObject({ status: 'SUBMITTED', claimant: 'PERSON', countyCode: LUOSHAN, enrolmentId });
    expect((await jobless.client.fails(APPLY, { i: { subsidyCode: 'TRAINING_FEE', enrolmentId } })).code).toBe('CONFLICT');
    expect((await jobless.client.fails(APPLY, { i: { subsidyCode: 'GRADUATE_JOB_SEEKING' } })).fields[0].message).toMatch(/不是高校毕业生/);
    const { mySubsidyApplications } = await jobless.client.ok<any>(MINE);
    expect(mySubsidyApplications).toEqual([expect.objectContaining({ subsidyName: '培训费补贴', applicantName: '王*', subjectName: courseTitle })]);
  });

  describe('review (decideSubsidyApplication)', () => {
    it('the county\'s queue shows who applied, for what and why; another county sees none', async () => {
      const { subsidyApplications: q } = await luoshan.ok<any>(QUEUE, { f: { status: 'SUBMITTED' } });
      expect(q.total).toBe(6);
      const a = q.items.find((x: any) => x.application.id === ids.adaptation);
      expect(a).toMatchObject({ subsidyName: '无障碍改造补贴', applicantName: '信阳测试电子商务有限公司', personName: '张*', subjectName: null });
      expect(a.why).toMatch(/可补贴的改造/);
      expect(q.items.find((x: any) => x.application.id === ids.workshop)).toMatchObject({ subjectName: '罗山县周党镇就业帮扶车间', personName: null });
      expect((await pingqiao.ok<any>(QUEUE)).subsidyApplications.total).toBe(0);
      expect((await pingqiao.fails(QUEUE, { f: { countyCode: LUOSHAN } })).code).toBe('FORBIDDEN');
      expect((await emp.client.fails(QUEUE)).code).toBe('FORBIDDEN');
      expect((await luoshan.fails(QUEUE, { f: { countyCode: '999999' } })).code).toBe('BAD_USER_INPUT');
    });

    it('a page out of range is bad input naming the field, in either language (it once reached the database)', async () => {
      const PAGED = 'query($p: PageInput) { subsidyApplications(page: $p) { total } }';
      const zh = await luoshan.fails(PAGED, { p: { page: 1, pageSize: -1 } });
      expect(zh.code).toBe('BAD_USER_INPUT');
      expect(zh.fields[0].path).toBe('page.pageSize');
      const en = await english(luoshan).fails(PAGED, { p: { page: 0, pageSize: 10 } });
      expect(en.code).toBe('BAD_USER_INPUT');
      expect(en.fields[0]).toMatchObject({ path: 'page.page', message: expect.stringMatching(/[A-Za-z]/) });
    });

    it('refuses bad input and anyone but the county\'s staff, and changes nothing', async () => {
      expect((await luoshan.fails(DECIDE, { i: { applicationId: ids.adaptation, approve: false, reason: '  ' } })).fields[0]).toMatchObject({ path: 'input.reason', message: '驳回时请写明原因' });
      expect((await luoshan.fails(DECIDE, { i: { applicationId: ids.adaptation, approve: true, reason: '长'.repeat(501) } })).fields[0].path).toBe('input.reason');
      expect((await luoshan.fails(DECIDE, { i: { applicationId: 'nope', approve: true } })).fields[0].path).toBe('input.applicationId');
      expect((await luoshan.fails(DECIDE, { i: { applicationId: '00000000-0000-4000-8000-000000000000', approve: true } })).code).toBe('NOT_FOUND');
      expect((await pingqiao.fails(DECIDE, { i: { applicationId: ids.adaptation, approve: true } })).code).toBe('FORBIDDEN');
      expect((await emp.client.fails(DECIDE, { i: { applicationId: ids.adaptation, approve: true } })).code).toBe('FORBIDDEN');
      expect((await jobless.client.fails(DECIDE, { i: { applicationId: ids.adaptation, approve: true } })).code).toBe('FORBIDDEN');
      expect(await count(server, 'subsidy_application', `id = $1 AND status = 'SUBMITTED'`, [ids.adaptation])).toBe(1);
    });

    it('approves: the employer\'s members are told, and the hired person (it pays for their workplace); deciding again is refused', async () => {
      const before = await notices('SUBSIDY_APPROVED', [emp.userId]);
      const { decideSubsidyApplication: d } = await luoshan.ok<any>(DECIDE, { i: { applicationId: ids.adaptation, approve: true, reason: '材料齐全' } });
      expect(d).toMatchObject({ status: 'APPROVED', decisionReason: '材料齐全' });
      expect(await notices('SUBSIDY_APPROVED', [emp.userId])).toBe(before + 1);
      const told = (await rural.client.ok<any>(NOTES)).myNotifications.items.filter((n: any) => n.kind === 'SUBSIDY_FOR_YOUR_JOB');
      expect(told[0].body).toBe(`县残联批准了信阳测试电子商务有限公司为您在该单位的工作（${lastYear}-03-01起）申请的“无障碍改造补贴”。`);
      // staff's note is the employer's, not the person's
      expect(told[0].body).not.toContain('材料齐全');
      expect((await luoshan.fails(DECIDE, { i: { applicationId: ids.adaptation, approve: false, reason: '重复' } })).code).toBe('CONFLICT');
      const { mySubsidyApplications } = await emp.client.ok<any>(MINE);
      expect(mySubsidyApplications.find((x: any) => x.application.id === ids.adaptation).application.status).toBe('APPROVED');
    });

    it('a decision on a base\'s own subsidy changes nothing in the hired person\'s job: they are not told of it', async () => {
      const before = await notices('SUBSIDY_FOR_YOUR_JOB', [graduate.userId]);
      await luoshan.ok(DECIDE, { i: { applicationId: ids.internship, approve: false, reason: '单位未认定为就业实习基地' } });
      expect(await notices('SUBSIDY_FOR_YOUR_JOB', [graduate.userId])).toBe(before);
      expect(await notices('SUBSIDY_REJECTED', [emp.userId])).toBe(1);
    });

    it('rejects with a reason: the person is told why, and may apply again', async () => {
      await luoshan.ok(DECIDE, { i: { applicationId: ids.training, approve: false, reason: '缺少培训结业名单' } });
      const { rows } = await server.db.query(`SELECT params FROM notification WHERE kind = 'SUBSIDY_REJECTED' AND user_id = $1`, [jobless.userId]);
      expect(rows[0].params).toMatchObject({ subsidyZh: '培训费补贴', reason: '缺少培训结业名单' });
      const { myNotifications: notifications } = await jobless.client.ok<any>(NOTES);
      expect(notifications.items.find((n: any) => n.kind === 'SUBSIDY_REJECTED')).toMatchObject({ title: '补贴申请未通过', body: '您申请的“培训费补贴”未通过，原因：缺少培训结业名单。' });
      ids.training = (await jobless.client.ok<any>(APPLY, { i: { subsidyCode: 'TRAINING_FEE', enrolmentId } })).applyForSubsidy.id;
    });
  });

  describe('withdrawing (withdrawSubsidyApplication)', () => {
    it('refuses bad input in both languages, and anyone but the applicant, and changes nothing', async () => {
      const waiting = await count(server, 'subsidy_application', `status = 'SUBMITTED'`);
      expect((await emp.client.fails(WITHDRAW, { i: { applicationId: 'nope' } })).fields).toEqual([{ path: 'input.applicationId', message: expect.stringMatching(/申请.*格式不正确/) }]);
      expect((await english(emp.client).fails(WITHDRAW, { i: { applicationId: 'nope' } })).fields[0]).toMatchObject({ path: 'input.applicationId', message: expect.stringMatching(/application/) });
      expect((await emp.client.fails(WITHDRAW, { i: { applicationId: '00000000-0000-4000-8000-000000000000' } })).code).toBe('NOT_FOUND');
      // another employer, the person the claim is about, another person, staff, nobody signed in
      expect((await otherEmp.client.fails(WITHDRAW, { i: { applicationId: ids.welfare } })).code).toBe('NOT_FOUND');
      expect((await graduate.client.fails(WITHDRAW, { i: { applicationId: ids.welfare } })).code).toBe('NOT_FOUND');
      expect((await rural.client.fails(WITHDRAW, { i: { applicationId: ids.training } })).code).toBe('NOT_FOUND');
      expect((await emp.client.fails(WITHDRAW, { i: { applicationId: ids.training } })).code).toBe('NOT_FOUND');
      expect((await luoshan.fails(WITHDRAW, { i: { applicationId: ids.welfare } })).code).toBe('FORBIDDEN');
      expect((await new Client(server.url).fails(WITHDRAW, { i: { applicationId: ids.welfare } })).code).toBe('UNAUTHENTICATED');
      expect(await count(server, 'subsidy_application', `status = 'SUBMITTED'`)).toBe(waiting);
    });

    it('an employer withdraws a waiting claim for a hire: the county\'s staff are told, and the person; it may be made again', async () => {
      const staffBefore = await notices('SUBSIDY_WITHDRAWN', [luoshanUserId]);
      const { withdrawSubsidyApplication: w } = await emp.client.ok<any>(WITHDRAW, { i: { applicationId: ids.welfare } });
      expect(w).toMatchObject({ id: ids.welfare, status: 'WITHDRAWN', decidedAt: null });
      expect(w.withdrawnAt).toBeTruthy();
      expect(await notices('SUBSIDY_WITHDRAWN', [luoshanUserId])).toBe(staffBefore + 1);
      expect(await notices('SUBSIDY_WITHDRAWN', [pingqiaoUserId])).toBe(0);
      const staffNote = (await luoshan.ok<any>(NOTES)).myNotifications.items.find((n: any) => n.kind === 'SUBSIDY_WITHDRAWN');
      expect(staffNote).toMatchObject({ title: '补贴申请已撤回', body: '信阳测试电子商务有限公司撤回了“公益性岗位社保补贴”的申请，无需再审核。' });
      const told = (await graduate.client.ok<any>(NOTES)).myNotifications.items.filter((n: any) => n.kind === 'SUBSIDY_FOR_YOUR_JOB');
      expect(told[0].body).toBe(`信阳测试电子商务有限公司撤回了为您在该单位的工作（${lastYear}-03-01起）申请的“公益性岗位社保补贴”。`);
      const en = (await english(graduate.client).ok<any>(NOTES)).myNotifications.items.find((n: any) => n.kind === 'SUBSIDY_FOR_YOUR_JOB');
      expect(en.body).toBe(`信阳测试电子商务有限公司 withdrew its application for "Social-insurance subsidy for public-welfare posts" for your job there (since ${lastYear}-03-01).`);
      // the employer's list shows it withdrawn; the hire's card offers it again
      expect((await emp.client.ok<any>(MINE)).mySubsidyApplications.find((x: any) => x.application.id === ids.welfare).application.status).toBe('WITHDRAWN');
      const { subsidyEligibility: e } = await emp.client.ok<any>(ELIGIBILITY);
      expect(itemOf(e.hires.find((h: any) => h.placementId === hires.graduate).items, 'PUBLIC_WELFARE_INSURANCE').application).toBeNull();
      // staff cannot decide it now; withdrawing again says so
      expect(await luoshan.fails(DECIDE, { i: { applicationId: ids.welfare, approve: true } })).toMatchObject({ code: 'CONFLICT', message: '申请人已经撤回了这份申请，无需审核' });
      expect(await emp.client.fails(WITHDRAW, { i: { applicationId: ids.welfare } })).toMatchObject({ code: 'CONFLICT', message: '这份申请已经撤回了' });
      ids.welfare = (await emp.client.ok<any>(APPLY, { i: { subsidyCode: 'PUBLIC_WELFARE_INSURANCE', placementId: hires.graduate } })).applyForSubsidy.id;
    });

    it('a decided application cannot be withdrawn: a clear error in the reader\'s language, nothing changed', async () => {
      expect(await emp.client.fails(WITHDRAW, { i: { applicationId: ids.adaptation } })).toMatchObject({ code: 'CONFLICT', message: '这份申请已经审核（已批准），不能撤回' });
      expect((await english(emp.client).fails(WITHDRAW, { i: { applicationId: ids.internship } })).message)
        .toBe('This application has already been decided (rejected) and cannot be withdrawn');
      expect(await count(server, 'subsidy_application', `id = $1 AND status = 'APPROVED' AND withdrawn_at IS NULL`, [ids.adaptation])).toBe(1);
    });

    it('a person withdraws their own: the county\'s staff are told', async () => {
      const before = await notices('SUBSIDY_WITHDRAWN', [luoshanUserId]);
      expect((await jobless.client.ok<any>(WITHDRAW, { i: { applicationId: ids.training } })).withdrawSubsidyApplication.status).toBe('WITHDRAWN');
      expect(await notices('SUBSIDY_WITHDRAWN', [luoshanUserId])).toBe(before + 1);
      const note = (await luoshan.ok<any>(NOTES)).myNotifications.items.find((n: any) => n.kind === 'SUBSIDY_WITHDRAWN');
      expect(note.body).toBe('王*撤回了“培训费补贴”的申请，无需再审核。');
    });

    it('withdrawn and decided at the same moment: exactly one wins, and only its side is told', async () => {
      for (let round = 0; round < 6; round++) {
        const id = (await jobless.client.ok<any>(APPLY, { i: { subsidyCode: 'TRAINING_FEE', enrolmentId } })).applyForSubsidy.id;
        const [staffBefore, personBefore] = await Promise.all([notices('SUBSIDY_WITHDRAWN', [luoshanUserId]), notices('SUBSIDY_REJECTED', [jobless.userId])]);
        const [w, d] = await Promise.all([
          jobless.client.gql(WITHDRAW, { i: { applicationId: id } }),
          luoshan.gql(DECIDE, { i: { applicationId: id, approve: false, reason: '同时处理' } }),
        ]);
        const withdrawn = !w.errors;
        expect(withdrawn).toBe(!!d.errors);
        const loser = withdrawn ? d : w;
        expect(loser.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
        expect(loser.errors![0].message).toBe(withdrawn ? '申请人已经撤回了这份申请，无需审核' : '这份申请已经审核（未通过），不能撤回');
        const { rows } = await server.db.query(`SELECT status, withdrawn_at, decided_at FROM subsidy_application WHERE id = $1`, [id]);
        expect(rows[0]).toMatchObject(withdrawn ? { status: 'WITHDRAWN', decided_at: null } : { status: 'REJECTED', withdrawn_at: null });
        expect(await notices('SUBSIDY_WITHDRAWN', [luoshanUserId])).toBe(staffBefore + (withdrawn ? 1 : 0));
        expect(await notices('SUBSIDY_REJECTED', [jobless.userId])).toBe(personBefore + (withdrawn ? 0 : 1));
      }
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
