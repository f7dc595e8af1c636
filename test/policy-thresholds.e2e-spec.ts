// The thresholds policy sets are read from the policy settings, not from the code: worked examples where changing
// the setting changes the result — the "at least one" rule's 50 posts, the quota ratio, the graduates' window.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DisabilityCategory as C } from '../server/src/common/domain.js';
import { admin, certificate, employer, seeker, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let cityStaff: Client;

beforeAll(async () => {
  server = await startTestServer();
  cityStaff = (await staff(server, (await admin(server)).client, null)).client;
});
afterAll(async () => { await server?.close(); });

const POSITION = `query($o: ID!, $y: Int!) { quotaPosition(organizationId: $o, year: $y) {
  requiredExact required atLeastOneApplies atLeastOneMet people { seekerId months units graduateFullYear } } }`;
const SAVE_YEAR = `mutation($i: OrganizationYearInput!) { saveOrganizationYear(input: $i) { year } }`;
const SETTINGS = `{ policySettings { key value } }`;
const UPDATE = `mutation($k: String!, $v: JSON!, $n: String) { updatePolicySetting(key: $k, value: $v, note: $n) { key value } }`;

async function setting(key: string): Promise<any> {
  const { policySettings } = await cityStaff.ok<any>(SETTINGS);
  return policySettings.find((s: { key: string }) => s.key === key).value;
}

/** Runs the body with a setting changed, then puts the old value back (other tests read the defaults). */
async function withSetting(key: string, value: unknown, body: () => Promise<void>) {
  const old = await setting(key);
  await cityStaff.ok(UPDATE, { k: key, v: value, n: '测试：改变门槛看结果是否随之改变' });
  try {
    await body();
  } finally {
    await cityStaff.ok(UPDATE, { k: key, v: old, n: '测试结束，恢复原值' });
  }
}

describe('thresholds come from the policy settings', () => {
  it('"at least one": a city agency with 55 established posts is covered at 50 posts, not once the setting says 60', async () => {
    const e = await employer(server, { type: 'GOVERNMENT_AGENCY', staffCount: 55 });
    await e.client.ok(SAVE_YEAR, { i: { organizationId: e.organizationId, year: 2024, staffCount: 55, establishedPosts: 55, administrativeLevel: 'CITY' } });
    const position = async () => (await cityStaff.ok<any>(POSITION, { o: e.organizationId, y: 2024 })).quotaPosition;
    expect(await setting('quota.atLeastOne')).toMatchObject({ agencyMinPosts: 50, institutionMinPosts: 63 });
    expect(await position()).toMatchObject({ atLeastOneApplies: true, atLeastOneMet: false });
    await withSetting('quota.atLeastOne', { ...(await setting('quota.atLeastOne')), agencyMinPosts: 60 }, async () => {
      expect(await position()).toMatchObject({ atLeastOneApplies: false, atLeastOneMet: null });
    });
    expect((await position()).atLeastOneApplies).toBe(true);
  });

  it('"at least one": a public institution with 62 posts is not covered at 63, and is once the setting says 60', async () => {
    const e = await employer(server, { type: 'PUBLIC_INSTITUTION', staffCount: 62 });
    await e.client.ok(SAVE_YEAR, { i: { organizationId: e.organizationId, year: 2024, staffCount: 62, establishedPosts: 62 } });
    const applies = async () => (await cityStaff.ok<any>(POSITION, { o: e.organizationId, y: 2024 })).quotaPosition.atLeastOneApplies;
    expect(await applies()).toBe(false);
    await withSetting('quota.atLeastOne', { ...(await setting('quota.atLeastOne')), institutionMinPosts: 60 }, async () => {
      expect(await applies()).toBe(true);
    });
  });

  it('the quota ratio: 200 staff need 3.2 people at 1.6%, and 4 at 2%', async () => {
    const e = await employer(server, { staffCount: 200 });
    await e.client.ok(SAVE_YEAR, { i: { organizationId: e.organizationId, year: 2024, staffCount: 200, averageWage: 60000 } });
    const required = async () => (await cityStaff.ok<any>(POSITION, { o: e.organizationId, y: 2024 })).quotaPosition.requiredExact;
    expect(await required()).toBe(3.2);
    await withSetting('quota.ratioPercent', 2, async () => {
      expect(await required()).toBe(4);
    });
    expect(await required()).toBe(3.2);
  });

  it('the graduates\' window: a 2023 graduate hired in 2024 counts for the whole year only once the window is a year', async () => {
    const e = await employer(server, { staffCount: 100 });
    await e.client.ok(SAVE_YEAR, { i: { organizationId: e.organizationId, year: 2024, staffCount: 100, averageWage: 60000 } });
    const grad = await seeker(server, { certificateNumber: certificate(C.PHYSICAL, 4, '20010315'), category: 'PHYSICAL', level: 4,
      education: 'BACHELOR', graduateSchool: '信阳师范大学', graduateYear: 2023 });
    const { recordPlacement } = await cityStaff.ok<any>(`mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`,
      { i: { seekerId: grad.seekerId, organizationId: e.organizationId, employmentForm: 'FULL_TIME', startDate: '2024-07-01' } });
    await e.client.ok(`mutation($p: ID!, $i: PlacementContractInput!) { setPlacementContract(placementId: $p, input: $i) { placementId } }`,
      { p: recordPlacement.id, i: { contractKind: 'CONTRACT', contractMonths: 24, monthlyWage: 4000, socialInsuranceFull: true } });
    const person = async () => (await cityStaff.ok<any>(POSITION, { o: e.organizationId, y: 2024 })).quotaPosition.people
      .find((p: { seekerId: string }) => p.seekerId === grad.seekerId);
    // graduated the year before the hire: outside a window of 0 years, so July to December only
    expect(await setting('quota.newGraduate')).toMatchObject({ graduatedWithinYears: 0 });
    expect(await person()).toMatchObject({ graduateFullYear: false, months: 6 });
    await withSetting('quota.newGraduate', { ...(await setting('quota.newGraduate')), graduatedWithinYears: 1 }, async () => {
      expect(await person()).toMatchObject({ graduateFullYear: true, months: 12 });
    });
  });

  it('a levy capped at the unconfirmed social average wage is said to rest on an estimated wage, until staff confirm it', async () => {
    const e = await employer(server, { staffCount: 300 });
    // 200,000 a year is above twice the 2024 social average (72,900 × 2): the levy wage is the cap
    await e.client.ok(SAVE_YEAR, { i: { organizationId: e.organizationId, year: 2024, staffCount: 300, averageWage: 200000 } });
    const LEVY = `query($o: ID!, $y: Int!) { quotaPosition(organizationId: $o, year: $y) { wageCapped levyPayable wageEstimated } }`;
    const levy = async () => (await cityStaff.ok<any>(LEVY, { o: e.organizationId, y: 2024 })).quotaPosition;
    expect(await levy()).toMatchObject({ wageCapped: true, wageEstimated: true });
    // saving the figure unchanged confirms it
    await cityStaff.ok(UPDATE, { k: 'wage.localSocialAverage', v: await setting('wage.localSocialAverage'), n: '已按统计公报核对' });
    expect(await levy()).toMatchObject({ wageCapped: true, wageEstimated: false });
    // an organization whose own wage is below the cap: its own figure, never an estimate
    const low = await employer(server, { staffCount: 300 });
    await low.client.ok(SAVE_YEAR, { i: { organizationId: low.organizationId, year: 2024, staffCount: 300, averageWage: 50000 } });
    expect((await cityStaff.ok<any>(LEVY, { o: low.organizationId, y: 2024 })).quotaPosition).toMatchObject({ wageCapped: false, wageEstimated: false });
  });
});
