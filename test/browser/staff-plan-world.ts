// Placements for the action-plan dashboard and the quarterly report, arranged through the API in two counties
// no other browser file places anyone in (息县 and 淮滨县), so their numbers belong to this file alone:
//   息县: 2023 Q1 two (full-time, public-welfare), 2023 Q2 one (full-time); 淮滨县: 2023 Q1 one, 2024 Q3 one.
// The 2022-2024 plan in this file's database also gets targets its text does not set (a year, a county, a county in a
// year; their sources say they are test data), so the dashboard's existing routes show each target against its own
// figure: 2023 city 8, 淮滨县 over the period 2 (2 counted: 100%), 息县 in 2024 2 (none: 0%; 息县 has no period target,
// so its headline figures stay without one).
// Issue 15: 息县's staff submitted 2023 Q2; the city returned it; a "four ones" check recorded afterwards made the
// resubmission version 2 (so the city's page has two versions to compare). A person of two priority groups in 息县,
// not employed and not served this year, is on the outreach list. 淮滨县 submits nothing here: the keyboard journey
// submits its 2024 Q3.
import { createEvent } from './events-world.js';
import { type Api, employerWithPosting, seekerWithProfile, staffMember } from './support/api.js';

export const XIXIAN = '411528';
export const HUAIBIN = '411527';

export interface PlanWorld {
  /** The session cookie value of a city-wide staff member. */
  staff: string;
  staffApi: Api;
  /** A placement in 息县 that ended and was corrected (its page shows a history with changes). */
  placementId: string;
  /** A seeker in 新县 with no placement, for the keyboard-only journey that records a hire (starting 2025: outside the plan). */
  journeySeekerId: string;
  /** Session cookies of staff scoped to 息县 and to 淮滨县 (they sign their county's quarterly report). */
  xixianStaff: string;
  huaibinStaff: Api;
  /** Issue 17: a city campaign over 2023 with 息县's ended placement linked (its page shows progress by county). */
  campaignId: string;
  /** A published fair the campaign journey links (its title is unique to this file). */
  journeyFairTitle: string;
}

/** The massage journey registers this employer (新县, no placements) as a clinic and records this blind person's qualification. */
export const MASSAGE_JOURNEY = { organization: '新县明目盲人推拿中心', person: '周明亮' };

const SUBMIT = `mutation($y: Int!, $q: Int!, $c: String!) { submitQuarterlyReport(year: $y, quarter: $q, countyCode: $c) { id } }`;

/** 息县 2023 Q2: submitted, returned with a reason, then (after a "four ones" check) submitted again as version 2. */
async function arrangeSubmissions(city: Api, xixian: Api): Promise<void> {
  const person = await seekerWithProfile({ countyCode: XIXIAN, preferredCounties: [XIXIAN], priorityGroups: ['MINIMUM_INCOME', 'ELDERLY_PARENTS'] });
  const { myProfile } = await person.gql<{ myProfile: { id: string } }>(`{ myProfile { id } }`);
  const { submitQuarterlyReport: v1 } = await xixian.gql<{ submitQuarterlyReport: { id: string } }>(SUBMIT, { y: 2023, q: 2, c: XIXIAN });
  await city.gql(`mutation($id: ID!) { returnQuarterlyReport(id: $id, reason: "测试数据：请核对“四个一”核查人数") { id } }`, { id: v1.id });
  await xixian.gql(`mutation($i: ServiceRecordInput!) { recordService(input: $i) { id } }`,
    { i: { seekerId: myProfile.id, kind: 'INFORMATION_CHECK', serviceDate: '2023-05-08', intention: 'WANTS_WORK' } });
  await xixian.gql(SUBMIT, { y: 2023, q: 2, c: XIXIAN });
}

const RECORD = `mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`;
const SEEDED_PLAN = '0e5c2a2e-2022-4024-a000-000000006900';
export const TEST_TARGETS = [
  { metric: 'NEW_EMPLOYMENT', targetValue: 8, targetYear: 2023, targetCounty: null, targetSource: '测试数据：2023年全市新增8人（方案文本未设年度目标）' },
  { metric: 'NEW_EMPLOYMENT', targetValue: 2, targetYear: null, targetCounty: HUAIBIN, targetSource: '测试数据：淮滨县三年新增2人（方案文本未分县设定目标）' },
  { metric: 'NEW_EMPLOYMENT', targetValue: 2, targetYear: 2024, targetCounty: XIXIAN, targetSource: '测试数据：息县2024年新增2人（方案文本未分县设定目标）' },
];

/** Adds TEST_TARGETS to the shipped plan, keeping everything its text does say. */
async function addTestTargets(staff: Api): Promise<void> {
  const { plan } = await staff.gql<{ plan: Record<string, any> }>(`query($id: ID!) { plan(id: $id) { title issuingBody documentNumber
    basis { title documentNumber } startDate endDate notes targets { metric value year countyCode actionLine source } } }`, { id: SEEDED_PLAN });
  await staff.gql(`mutation($i: PlanInput!) { savePlan(input: $i) { id } }`, { i: {
    id: SEEDED_PLAN, planTitle: plan.title, issuingBody: plan.issuingBody, documentNumber: plan.documentNumber, notes: plan.notes,
    basis: plan.basis.map((b: any) => ({ basisTitle: b.title, basisNumber: b.documentNumber })), periodStart: plan.startDate, periodEnd: plan.endDate,
    targets: [...plan.targets.map((t: any) => ({ metric: t.metric, targetValue: t.value, targetYear: t.year, targetCounty: t.countyCode,
      targetLine: t.actionLine, targetSource: t.source })), ...TEST_TARGETS],
  } });
}

async function place(staff: Api, county: string, organizationId: string, startDate: string, employmentForm = 'FULL_TIME'): Promise<string> {
  const seeker = await seekerWithProfile({ countyCode: county, preferredCounties: [county] });
  const { myProfile } = await seeker.gql<{ myProfile: { id: string } }>(`{ myProfile { id } }`);
  const { recordPlacement } = await staff.gql<{ recordPlacement: { id: string } }>(RECORD, { i: { seekerId: myProfile.id, organizationId, employmentForm, startDate } });
  return recordPlacement.id;
}

let arranged: Promise<PlanWorld> | null = null;

/** Arranged once; only staff-plan.browser-spec.ts places people in these counties. */
export function arrangePlanWorld(): Promise<PlanWorld> {
  arranged ??= (async () => {
    const staff = await staffMember();
    const xi = await employerWithPosting(staff, {
      org: { name: '息县国有农业发展有限公司', type: 'STATE_OWNED', countyCode: XIXIAN, address: '息县城关镇谯楼街1号' },
      posting: { countyCode: XIXIAN, address: '息县城关镇谯楼街1号', title: '仓库记账员' },
    });
    const huai = await employerWithPosting(staff, {
      org: { name: '淮滨县民营电商服务中心', type: 'PRIVATE', countyCode: HUAIBIN, address: '淮滨县城关镇淮河路8号' },
      posting: { countyCode: HUAIBIN, address: '淮滨县城关镇淮河路8号', title: '网店客服' },
    });
    await place(staff, XIXIAN, xi.organizationId, '2023-02-10');
    await place(staff, XIXIAN, xi.organizationId, '2023-03-20', 'PUBLIC_WELFARE');
    const placementId = await place(staff, XIXIAN, xi.organizationId, '2023-05-06');
    // ended and corrected: neither changes a count (an ended placement still counts where it started)
    await staff.gql(`mutation($id: ID!) { endPlacement(id: $id, endDate: "2023-11-30", reason: CONTRACT_ENDED, note: "合同到期未续签") { id } }`, { id: placementId });
    await staff.gql(`mutation($id: ID!, $i: CorrectPlacementInput!) { correctPlacement(id: $id, input: $i) { id } }`,
      { id: placementId, i: { evidence: '查看了劳动合同和社保缴费记录', reason: '补录核实依据' } });
    await place(staff, HUAIBIN, huai.organizationId, '2023-01-16');
    await place(staff, HUAIBIN, huai.organizationId, '2024-08-01');
    await addTestTargets(staff);
    const journey = await seekerWithProfile({ countyCode: '411523', preferredCounties: ['411523'] });
    const { myProfile } = await journey.gql<{ myProfile: { id: string } }>(`{ myProfile { id } }`);
    const xixian = await staffMember(XIXIAN, '息县工作人员');
    const huaibin = await staffMember(HUAIBIN, '淮滨县工作人员');
    await arrangeSubmissions(staff, xixian);
    // issue 17: a campaign (plan 二（四）) with one placement linked, and a fair for the keyboard journey to link
    const { createCampaign } = await staff.gql<{ createCampaign: { id: string } }>(`mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }`, { i: {
      campaignNameZh: '千企万人助残就业计划（测试）', campaignNameEn: 'Thousand Enterprises (test)', campaignKind: 'THOUSAND_ENTERPRISES',
      campaignStart: '2023-01-01', campaignEnd: '2023-12-31', targetPeople: 4, targetOrganizations: 2, targetSource: null, campaignCounties: [],
      planSection: '二、主要措施（四）' } });
    await staff.gql(`mutation($i: CampaignLinkInput!) { linkToCampaign(input: $i) { id } }`, { i: { campaignId: createCampaign.id, placementId } });
    // one of the federation's 助残类公益性岗位 (plan 二（五）), recorded: the campaigns page lists it with its unmark button
    const welfare = await employerWithPosting(staff, {
      org: { name: '息县残疾人就业服务中心', type: 'SOCIAL_ORG', countyCode: XIXIAN, address: '息县城关镇谯楼街2号' },
      posting: { countyCode: XIXIAN, address: '息县城关镇谯楼街2号', title: '残疾人就业辅导员', employmentForm: 'PUBLIC_WELFARE' },
    });
    await staff.gql(`mutation($id: ID!) { markWelfarePost(postingId: $id) }`, { id: welfare.postingId });
    // the blind-massage journey's employer and person (plan （八）), in 新县 where nobody is placed
    await employerWithPosting(staff, { org: { name: MASSAGE_JOURNEY.organization, type: 'PRIVATE', countyCode: '411523', address: '新县新集镇将军路3号' },
      posting: { countyCode: '411523', address: '新县新集镇将军路3号', title: '保健按摩师' } });
    await seekerWithProfile({ name: MASSAGE_JOURNEY.person, countyCode: '411523', preferredCounties: ['411523'] });
    const journeyFairTitle = '专项行动测试专场招聘会';
    await createEvent(staff, { title: journeyFairTitle });
    return { staff: staff.session, staffApi: staff, placementId, journeySeekerId: myProfile.id, xixianStaff: xixian.session, huaibinStaff: huaibin,
      campaignId: createCampaign.id, journeyFairTitle };
  })();
  return arranged;
}
