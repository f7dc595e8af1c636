// Quota and levy over GraphQL: policy settings, organization years, placement contract facts, positions and the
// staff list of organizations below the ratio. Figures follow the defaults in server/policy/henan.json.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DisabilityCategory as C } from '../server/src/common/domain.js';
import { LUOSHAN, PINGQIAO, XIXIAN, admin, certificate, count, employer, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let adminClient: Client;
let cityStaff: Awaited<ReturnType<typeof staff>>;
let luoshanStaff: Awaited<ReturnType<typeof staff>>;
let xixianStaff: Awaited<ReturnType<typeof staff>>;

beforeAll(async () => {
  server = await startTestServer();
  adminClient = (await admin(server)).client;
  [cityStaff, luoshanStaff, xixianStaff] = await Promise.all([
    staff(server, adminClient, null), staff(server, adminClient, LUOSHAN), staff(server, adminClient, XIXIAN),
  ]);
});
afterAll(async () => { await server?.close(); });

const XINXIAN = '411523'; // 新县: no other test file puts organizations there

const POSITION = `query($o: ID!, $y: Int!) { quotaPosition(organizationId: $o, year: $y) {
  year staffCount yearDataEntered averageWage ratioPercent requiredExact required counted countedPeople achievedRatioPercent ratioMet
  atLeastOneApplies atLeastOneMet shortfall socialAverageWage socialAverageWageYear wageCap levyWage wageCapped levyDue
  reductionPayPercent smallEnterpriseExempt levyPayable notes provisional organization { id }
  people { seekerId name severe weight months units counts graduateFullYear reasons placements { placementId contractKind partTime } } } }`;
const SAVE_YEAR = `mutation($i: OrganizationYearInput!) { saveOrganizationYear(input: $i) { organizationId year staffCount averageWage establishedPosts } }`;
const SET_CONTRACT = `mutation($p: ID!, $i: PlacementContractInput!) { setPlacementContract(placementId: $p, input: $i) {
  placementId contractKind contractMonths monthlyWage socialInsuranceFull partTime } }`;
const RECORD = `mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`;
const UPDATE_SETTING = `mutation($k: String!, $v: JSON!, $s: String, $n: String) { updatePolicySetting(key: $k, value: $v, source: $s, note: $n) {
  key value source confirmed updatedBy } }`;
const BELOW = `query($y: Int!, $c: String, $p: PageInput) { organizationsBelowQuota(year: $y, countyCode: $c, page: $p) {
  total items { organizationId staffCount yearDataEntered shortfall levyPayable ratioMet } } }`;

/** A seeker with a certificate of this category and level (birth date follows the certificate). */
async function disabledPerson(level: number, over: Record<string, unknown> = {}, birth?: string) {
  return seeker(server, { certificateNumber: certificate(C.PHYSICAL, level, birth), category: 'PHYSICAL', level, ...over });
}

async function placement(seekerId: string, organizationId: string, startDate: string, employmentForm = 'FULL_TIME'): Promise<string> {
  const r = await cityStaff.client.ok<{ recordPlacement: { id: string } }>(RECORD, { i: { seekerId, organizationId, employmentForm, startDate } });
  return r.recordPlacement.id;
}

const contract = (over: Record<string, unknown> = {}) => ({ contractKind: 'CONTRACT', contractMonths: 36, monthlyWage: 3000, socialInsuranceFull: true, ...over });

describe('policy settings', () => {
  it('staff see every setting with its source; figures to confirm say so; others cannot', async () => {
    const { policySettings } = await luoshanStaff.client.ok<any>(`{ policySettings { key label value source confirmed defaultValue } }`);
    const byKey = Object.fromEntries(policySettings.map((s: any) => [s.key, s]));
    expect(policySettings.length).toBeGreaterThanOrEqual(16);
    for (const s of policySettings) expect(s.source.length).toBeGreaterThan(4);
    expect(byKey['quota.ratioPercent']).toMatchObject({ value: 1.6, confirmed: true, label: '安排残疾人就业比例（%）' });
    expect(byKey['quota.partTimeCounts']).toMatchObject({ value: false, confirmed: false });
    expect(byKey['wage.localSocialAverage'].source).toContain('信阳市统计局');
    expect(byKey['levy.smallEnterpriseExemption'].value).toMatchObject({ maxStaff: 30, validUntil: '2027-12-31' });
    const e = await employer(server);
    expect((await e.client.fails(`{ policySettings { key } }`)).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(`{ policySettings { key } }`)).code).toBe('UNAUTHENTICATED');
  });

  it('only city-wide staff and administrators change a setting; bad values are refused by name and nothing is written', async () => {
    const key = 'wage.localMinimumMonthly';
    const before = await count(server, 'policy_setting_change', 'key = $1', [key]);
    expect(await luoshanStaff.client.fails(UPDATE_SETTING, { k: key, v: { 2024: 1900 } }))
      .toMatchObject({ code: 'FORBIDDEN', message: '政策设定只能由市级工作人员或管理员修改' });
    expect(await cityStaff.client.fails(UPDATE_SETTING, { k: 'quota.ratioPercent', v: 1.4 }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'value', message: '安排比例不能低于全国最低比例1.5%' }] });
    expect(await cityStaff.client.fails(UPDATE_SETTING, { k: 'quota.nationalFloorPercent', v: 1.7 }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'value', message: '全国最低比例不能高于本省安排比例1.6%' }] });
    expect(await cityStaff.client.fails(UPDATE_SETTING, { k: key, v: { 24: 1900, 2025: 'a lot' } })).toMatchObject({
      code: 'BAD_USER_INPUT', fields: [
        { path: 'value.24', message: '信阳市最低工资标准（元/月，按年度）中的“24”不是有效年份（2000到2100之间的四位数）' },
        { path: 'value.2025', message: '信阳市最低工资标准（元/月，按年度）应为数字' },
      ],
    });
    expect(await cityStaff.client.fails(UPDATE_SETTING, { k: 'quota.noSuchRule', v: 1 }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'key', message: '没有名为“quota.noSuchRule”的政策设定' }] });
    expect(await count(server, 'policy_setting_change', 'key = ANY($1)', [[key, 'quota.ratioPercent', 'quota.nationalFloorPercent']])).toBe(before);
    expect(await count(server, 'policy_setting', `key = 'quota.ratioPercent' AND value = '1.6'::jsonb`)).toBe(1);
  });

  it('a change keeps its history and is audited; saving a figure confirms it', async () => {
    const key = 'wage.localMinimumMonthly';
    const { policySettings } = await cityStaff.client.ok<any>(`{ policySettings { key value } }`);
    const old = policySettings.find((s: any) => s.key === key).value;
    const next = { ...old, 2027: 2000 };
    const r = await cityStaff.client.ok<any>(UPDATE_SETTING, { k: key, v: next, s: '河南省人力资源和社会保障厅 2027年最低工资标准通知', n: '新增2027年标准' });
    expect(r.updatePolicySetting).toMatchObject({ key, value: next, confirmed: true, updatedBy: cityStaff.userId, source: '河南省人力资源和社会保障厅 2027年最低工资标准通知' });
    const { policySettingHistory } = await luoshanStaff.client.ok<any>(`query($k: String!) { policySettingHistory(key: $k) { oldValue newValue oldSource newSource note changedBy changedByName } }`, { k: key });
    const names = await server.db.query(`SELECT display_name FROM app_user WHERE id = $1`, [cityStaff.userId]);
    expect(policySettingHistory[0]).toMatchObject({ oldValue: old, newValue: next, note: '新增2027年标准', changedBy: cityStaff.userId, changedByName: names.rows[0].display_name });
    // the list names who saved each setting last; a default from the policy file has no one
    const listed = (await luoshanStaff.client.ok<any>(`{ policySettings { key updatedBy updatedByName } }`)).policySettings;
    expect(listed.find((s: any) => s.key === key)).toMatchObject({ updatedBy: cityStaff.userId, updatedByName: names.rows[0].display_name });
    expect(listed.find((s: any) => s.key === 'quota.workingAge')).toMatchObject({ updatedBy: null, updatedByName: null });
    expect(policySettingHistory[0].oldSource).toContain('信阳市统计局');
    expect(await count(server, 'audit_log', `entity = 'policy_setting' AND entity_id = $1 AND actor_user_id = $2`, [key, cityStaff.userId])).toBe(1);
    // administrators may too; the history is append-only
    await adminClient.ok(UPDATE_SETTING, { k: key, v: old });
    await expect(server.db.query(`DELETE FROM policy_setting_change WHERE key = $1`, [key])).rejects.toThrow('append-only');
  });
});

describe('an organization\'s quota position', () => {
  it('counts who qualifies, explains who does not, and estimates the levy with the cap and the reduction', async () => {
    const e = await employer(server, { staffCount: 300, countyCode: PINGQIAO });
    await e.client.ok(SAVE_YEAR, { i: { organizationId: e.organizationId, year: 2024, staffCount: 300, averageWage: 200000 } });
    const severe = await disabledPerson(1);
    const partTime = await disabledPerson(3);
    const graduate = await disabledPerson(4, { education: 'BACHELOR', graduateSchool: '信阳师范大学', graduateYear: 2024 }, '20020315');
    const dispatched = await disabledPerson(3);
    const shortContract = await disabledPerson(3);
    const undescribed = await disabledPerson(3);
    const ids = {
      severe: await placement(severe.seekerId, e.organizationId, '2023-05-01'),
      partTime: await placement(partTime.seekerId, e.organizationId, '2023-01-01', 'PART_TIME'),
      graduate: await placement(graduate.seekerId, e.organizationId, '2024-07-01'),
      dispatched: await placement(dispatched.seekerId, e.organizationId, '2024-01-01'),
      shortContract: await placement(shortContract.seekerId, e.organizationId, '2024-01-01'),
    };
    await placement(undescribed.seekerId, e.organizationId, '2024-03-01');
    await e.client.ok(SET_CONTRACT, { p: ids.severe, i: contract() });
    const pt = await e.client.ok<any>(SET_CONTRACT, { p: ids.partTime, i: contract({ contractMonths: 12, monthlyWage: 2500 }) });
    expect(pt.setPlacementContract).toMatchObject({ contractKind: 'CONTRACT', monthlyWage: 2500, partTime: true });
    await e.client.ok(SET_CONTRACT, { p: ids.graduate, i: contract({ contractMonths: 24, monthlyWage: 4000 }) });
    await e.client.ok(SET_CONTRACT, { p: ids.dispatched, i: contract({ contractKind: 'DISPATCHED', contractMonths: 24, monthlyWage: 3500 }) });
    await e.client.ok(SET_CONTRACT, { p: ids.shortContract, i: contract({ contractMonths: 6 }) });

    // counted: level 1 (2) + graduate hired in July, kept on (1, whole year) + dispatched (1) = 4
    // required 300 × 1.6% = 4.8; shortfall 0.8; ratio 4 / 300 = 1.33% ≥ 1% → pay 50%
    // wage min(200,000, 2 × 72,900) = 145,800; due 0.8 × 145,800 = 116,640.00; payable 58,320.00
    const { quotaPosition: q } = await e.client.ok<any>(POSITION, { o: e.organizationId, y: 2024 });
    expect(q).toMatchObject({
      year: 2024, staffCount: 300, yearDataEntered: true, ratioPercent: 1.6, requiredExact: 4.8, required: 4.8, counted: 4, countedPeople: 3,
      achievedRatioPercent: 1.3333, ratioMet: false, atLeastOneApplies: false, atLeastOneMet: null, shortfall: 0.8,
      socialAverageWage: 72900, socialAverageWageYear: 2024, wageCap: 145800, levyWage: 145800, wageCapped: true,
      levyDue: 116640, reductionPayPercent: 50, smallEnterpriseExempt: false, levyPayable: 58320, provisional: false, notes: [],
      organization: { id: e.organizationId },
    });
    const person = (id: string) => q.people.find((p: any) => p.seekerId === id);
    expect(person(severe.seekerId)).toMatchObject({ name: '张明', severe: true, weight: 2, months: 12, units: 2, counts: true, reasons: [] });
    expect(person(graduate.seekerId)).toMatchObject({ months: 12, units: 1, graduateFullYear: true });
    expect(person(dispatched.seekerId)).toMatchObject({ units: 1, counts: true, placements: [{ contractKind: 'DISPATCHED' }] });
    expect(person(partTime.seekerId)).toMatchObject({ counts: false, units: 0, reasons: ['PART_TIME'] });
    expect(person(shortContract.seekerId)).toMatchObject({ counts: false, reasons: ['CONTRACT_TOO_SHORT'] });
    expect(person(undescribed.seekerId)).toMatchObject({ counts: false, reasons: ['CONTRACT_FACTS_MISSING'], placements: [{ contractKind: null }] });
    expect(q.people.slice(0, 3).every((p: any) => p.counts)).toBe(true);
    // reading the people is a sensitive read for quota review
    expect(await count(server, 'audit_log', `action = 'READ_SENSITIVE' AND purpose = 'QUOTA_REVIEW' AND entity_id = $1`, [severe.seekerId])).toBe(1);

    // staff decide part-time work counts: the part-time employee now counts, 5 / 300 = 1.67% meets the ratio
    await cityStaff.client.ok(UPDATE_SETTING, { k: 'quota.partTimeCounts', v: true });
    try {
      const after = (await cityStaff.client.ok<any>(POSITION, { o: e.organizationId, y: 2024 })).quotaPosition;
      expect(after).toMatchObject({ counted: 5, ratioMet: true, shortfall: 0, levyDue: 0, levyPayable: 0 });
    } finally {
      await cityStaff.client.ok(UPDATE_SETTING, { k: 'quota.partTimeCounts', v: false });
    }
  });

  it('an organization with no figures for the year is estimated from its profile, without a levy', async () => {
    const e = await employer(server, { staffCount: 40, countyCode: PINGQIAO });
    const { quotaPosition: q } = await e.client.ok<any>(POSITION, { o: e.organizationId, y: 2024 });
    // 40 × 1.6% = 0.64 → the obligation is one person; the shortfall stays 0.64
    expect(q).toMatchObject({ yearDataEntered: false, staffCount: 40, requiredExact: 0.64, required: 1, shortfall: 0.64, levyDue: null, ratioMet: false });
    expect(q.notes).toEqual(expect.arrayContaining(['NO_YEAR_DATA', 'WAGE_NOT_ENTERED']));
    // the current year is provisional
    const thisYear = new Date().getUTCFullYear();
    expect((await e.client.ok<any>(POSITION, { o: e.organizationId, y: thisYear })).quotaPosition.provisional).toBe(true);
  });

  it('only the organization\'s members and staff covering its county see it', async () => {
    const e = await employer(server, { countyCode: PINGQIAO });
    const vars = { o: e.organizationId, y: 2024 };
    expect((await (await employer(server)).client.fails(POSITION, vars)).code).toBe('FORBIDDEN');
    expect(await luoshanStaff.client.fails(POSITION, vars)).toMatchObject({ code: 'FORBIDDEN', message: '该记录不在您负责的区域内' });
    expect((await (await seeker(server)).client.fails(POSITION, vars)).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(POSITION, vars)).code).toBe('UNAUTHENTICATED');
    expect((await cityStaff.client.ok<any>(POSITION, vars)).quotaPosition.organization.id).toBe(e.organizationId);
    expect((await adminClient.ok<any>(POSITION, vars)).quotaPosition.staffCount).toBe(120);
    expect((await e.client.fails(POSITION, { o: e.organizationId, y: 1999 }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'year' }] });
    expect((await e.client.fails(POSITION, { o: 'nope', y: 2024 })).code).toBe('BAD_USER_INPUT');
    expect((await cityStaff.client.fails(POSITION, { o: '00000000-0000-4000-8000-000000000000', y: 2024 })).code).toBe('NOT_FOUND');
  });
});

describe('organization years', () => {
  it('the employer saves its own figures, and saving again updates them', async () => {
    const e = await employer(server);
    const i = { organizationId: e.organizationId, year: 2023, staffCount: 118, averageWage: 61234.5, establishedPosts: null };
    expect((await e.client.ok<any>(SAVE_YEAR, { i })).saveOrganizationYear).toMatchObject({ year: 2023, staffCount: 118, averageWage: 61234.5 });
    await e.client.ok(SAVE_YEAR, { i: { ...i, staffCount: 121 } });
    const { organizationYears } = await e.client.ok<any>(`query($o: ID!) { organizationYears(organizationId: $o) { year staffCount } }`, { o: e.organizationId });
    expect(organizationYears).toEqual([{ year: 2023, staffCount: 121 }]);
    expect(await count(server, 'audit_log', `entity = 'organization_year' AND entity_id = $1`, [e.organizationId])).toBe(0); // employers are not audited
  });

  it('refuses bad figures with field messages and writes nothing', async () => {
    const e = await employer(server);
    const i = { organizationId: e.organizationId, year: 2024, staffCount: 100, averageWage: 50000 };
    expect(await e.client.fails(SAVE_YEAR, { i: { ...i, year: 1999, staffCount: -1, averageWage: 123.456 } })).toMatchObject({
      code: 'BAD_USER_INPUT', fields: [
        { path: 'input.year', message: '年度不能小于2015' },
        { path: 'input.staffCount', message: '职工人数不能小于0' },
        { path: 'input.averageWage', message: '职工年平均工资应为数字，最多保留两位小数' },
      ],
    });
    const next = new Date().getUTCFullYear() + 2;
    expect(await e.client.fails(SAVE_YEAR, { i: { ...i, year: next } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.year', message: `年度不能大于${next - 1}` }] });
    expect(await e.client.fails(SAVE_YEAR, { i: { ...i, administrativeLevel: 'GALACTIC' } })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await e.client.fails(SAVE_YEAR, { i: { ...i, organizationId: '00000000-0000-4000-8000-000000000000' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.organizationId', message: '找不到该用人单位' }] });
    expect(await count(server, 'organization_year', 'organization_id = $1', [e.organizationId])).toBe(0);
  });

  it('another employer and staff of another county cannot save; staff in scope can, audited', async () => {
    const e = await employer(server, { countyCode: LUOSHAN });
    const i = { organizationId: e.organizationId, year: 2024, staffCount: 80, averageWage: 45000 };
    expect((await (await employer(server)).client.fails(SAVE_YEAR, { i })).code).toBe('FORBIDDEN');
    expect((await xixianStaff.client.fails(SAVE_YEAR, { i })).code).toBe('FORBIDDEN');
    expect((await (await seeker(server)).client.fails(SAVE_YEAR, { i })).code).toBe('FORBIDDEN');
    expect(await count(server, 'organization_year', 'organization_id = $1', [e.organizationId])).toBe(0);
    await luoshanStaff.client.ok(SAVE_YEAR, { i });
    expect(await count(server, 'audit_log', `entity = 'organization_year' AND entity_id = $1 AND actor_user_id = $2`, [e.organizationId, luoshanStaff.userId])).toBe(1);
  });
});

describe('placement contract facts', () => {
  it('refuse bad input and write nothing; another employer and staff of another county cannot see the placement', async () => {
    const e = await employer(server, { countyCode: PINGQIAO });
    const s = await disabledPerson(3); // lives in 罗山县
    const id = await placement(s.seekerId, e.organizationId, '2024-01-01');
    expect(await e.client.fails(SET_CONTRACT, { p: id, i: contract({ contractMonths: null }) }))
      .toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.contractMonths', message: '签订劳动合同或劳务派遣的，请填写合同期限（月）' }] });
    expect(await e.client.fails(SET_CONTRACT, { p: id, i: contract({ monthlyWage: -5, contractMonths: 0 }) })).toMatchObject({
      code: 'BAD_USER_INPUT', fields: [{ path: 'input.contractMonths', message: '合同期限（月）不能小于1' }, { path: 'input.monthlyWage', message: '月工资不能小于0' }],
    });
    expect((await e.client.fails(SET_CONTRACT, { p: id, i: contract({ contractKind: 'FREELANCE' }) })).code).toBe('BAD_USER_INPUT');
    expect((await (await employer(server)).client.fails(SET_CONTRACT, { p: id, i: contract() })).code).toBe('NOT_FOUND');
    expect((await xixianStaff.client.fails(SET_CONTRACT, { p: id, i: contract() })).code).toBe('NOT_FOUND');
    expect(await count(server, 'placement', 'id = $1 AND contract_kind IS NULL AND monthly_wage IS NULL', [id])).toBe(1);
    // staff of the person's county may describe it (they recorded it), audited; a formal post needs no term
    const r = await luoshanStaff.client.ok<any>(SET_CONTRACT, { p: id, i: contract({ contractKind: 'FORMAL_POST', contractMonths: null, partTime: false }) });
    expect(r.setPlacementContract).toMatchObject({ contractKind: 'FORMAL_POST', contractMonths: null, partTime: false, socialInsuranceFull: true });
    expect(await count(server, 'audit_log', `entity = 'placement' AND entity_id = $1 AND detail->>'op' = 'setContract'`, [id])).toBe(1);
  });
});

describe('organizations below the ratio', () => {
  it('lists those below the ratio in the staff member\'s area, the largest estimated levy first', async () => {
    const big = await employer(server, { countyCode: XINXIAN, staffCount: 100 });
    const small = await employer(server, { countyCode: XINXIAN, staffCount: 40 });
    const met = await employer(server, { countyCode: XINXIAN, staffCount: 20, type: 'SOCIAL_ORG' });
    const undeclared = await employer(server, { countyCode: XINXIAN, staffCount: 60 });
    await big.client.ok(SAVE_YEAR, { i: { organizationId: big.organizationId, year: 2024, staffCount: 100, averageWage: 80000 } });
    await small.client.ok(SAVE_YEAR, { i: { organizationId: small.organizationId, year: 2024, staffCount: 40, averageWage: 50000 } });
    await met.client.ok(SAVE_YEAR, { i: { organizationId: met.organizationId, year: 2024, staffCount: 20, averageWage: 40000 } });
    const worker = await disabledPerson(3);
    await met.client.ok(SET_CONTRACT, { p: await placement(worker.seekerId, met.organizationId, '2023-06-01'), i: contract({ monthlyWage: 2600 }) });

    const { organizationsBelowQuota: page } = await cityStaff.client.ok<any>(BELOW, { y: 2024, c: XINXIAN, p: { pageSize: 100 } });
    const mine = page.items.filter((x: any) => [big, small, met, undeclared].some((o) => o.organizationId === x.organizationId));
    // big: 1.6 × 80,000 × 90% = 115,200.00; small: 0.64 × 50,000 × 90% = 28,800.00; undeclared: no wage, last
    expect(mine).toEqual([
      { organizationId: big.organizationId, staffCount: 100, yearDataEntered: true, shortfall: 1.6, levyPayable: 115200, ratioMet: false },
      { organizationId: small.organizationId, staffCount: 40, yearDataEntered: true, shortfall: 0.64, levyPayable: 28800, ratioMet: false },
      { organizationId: undeclared.organizationId, staffCount: 60, yearDataEntered: false, shortfall: 0.96, levyPayable: null, ratioMet: false },
    ]);
    expect(page.total).toBeGreaterThanOrEqual(3);
  });

  it('county staff see their county only; employers cannot list', async () => {
    const luoshanOrg = await employer(server, { countyCode: LUOSHAN, staffCount: 50 });
    const { organizationsBelowQuota: page } = await luoshanStaff.client.ok<any>(BELOW, { y: 2024, p: { pageSize: 100 } });
    expect(page.items.map((x: any) => x.organizationId)).toContain(luoshanOrg.organizationId);
    const counties = await server.db.query(`SELECT DISTINCT county_code FROM organization WHERE id = ANY($1)`, [page.items.map((x: any) => x.organizationId)]);
    expect(counties.rows.map((r) => r.county_code)).toEqual([LUOSHAN]);
    expect(await luoshanStaff.client.fails(BELOW, { y: 2024, c: PINGQIAO })).toMatchObject({ code: 'FORBIDDEN', message: '该记录不在您负责的区域内' });
    expect(await cityStaff.client.fails(BELOW, { y: 2024, c: '999999' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'countyCode' }] });
    expect((await luoshanOrg.client.fails(BELOW, { y: 2024 })).code).toBe('FORBIDDEN');
  });
});
