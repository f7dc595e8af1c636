// Quota and levy arranged through the API for the quota scans and journeys, in 新县 (411523), a county no
// other browser file puts organizations in: a private enterprise with a level-2 disabled employee on a qualifying
// contract (counts as two) and a part-time one (does not count), its year's figures entered; a second one for the
// employer journey with no figures for the year yet and an employee whose contract facts are missing; an employer without an organization; city and county staff.
// Quota review (issue 15): the first organization's pack submitted (for the review page), a third organization's pack
// left for the keyboard journey to fill in and submit, and a fourth's confirmed (for the certification office's list).
import {
  Api, certificate, organizationInput, randomBirth, seekerWithProfile, staffMember, verifyOrganization,
} from './support/api.js';

export const XINXIAN = '411523';

/** The year the screens show first: the previous one (the levy is declared for the year before). */
export const QUOTA_YEAR = new Date().getUTCFullYear() - 1;

export interface QuotaWorld {
  staff: Api;
  countyStaff: Api;
  /** an organization with figures and people, for the scans */
  scanEmployer: Api;
  scanOrganizationId: string;
  scanOrganizationName: string;
  /** the organization of the keyboard journey: no figures for the year yet */
  journeyEmployer: Api;
  journeyOrganizationId: string;
  journeyOrganizationName: string;
  /** an employer who has not registered an organization */
  newEmployer: Api;
  /** the scan organization's submitted quota-review pack */
  scanPackId: string;
  /** the organization whose pack the keyboard journey fills in, downloads and submits (300 staff, average wage 60,000) */
  reviewEmployer: Api;
  reviewOrganizationName: string;
  /** an organization whose pack county staff have confirmed */
  confirmedOrganizationName: string;
  /** an employer with a finding staff confirmed (a placement that ended within 3 months), for its genuineness page */
  findingEmployer: Api;
  /** Subsidies (issue 17): an employer with a rural person in a public-welfare post (50 staff: above the ratio), for the journey */
  subsidyEmployer: Api;
  subsidyOrganizationName: string;
  /** a person without work in the county (training subsidies) */
  subsidySeeker: Api;
}

async function organization(staff: Api, name: string, staffCount: number) {
  const employer = await Api.signUp('EMPLOYER', '陈经理');
  const { createOrganization } = await employer.gql(`mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`,
    { i: organizationInput({ name, countyCode: XINXIAN, address: '新县新集镇将军路1号', staffCount, type: 'PRIVATE' }) });
  await verifyOrganization(staff, createOrganization.id);
  return { employer, organizationId: createOrganization.id as string };
}

/** A disabled employee hired at the start of the year before QUOTA_YEAR, with the contract facts given. */
async function employee(staff: Api, employer: Api, organizationId: string, level: number, form: 'FULL_TIME' | 'PART_TIME' | 'PUBLIC_WELFARE',
  contract: Record<string, unknown> | null, name: string) {
  const birth = randomBirth();
  const seeker = await seekerWithProfile({
    name, level, category: 'PHYSICAL', certificateNumber: certificate(4, level, birth), cannotDo: [], supportsMust: [], supportsNice: [],
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`, countyCode: XINXIAN, preferredCounties: [XINXIAN],
  });
  const { myProfile } = await seeker.gql(`{ myProfile { id } }`);
  const { recordPlacement } = await staff.gql(`mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id } }`,
    { i: { seekerId: myProfile.id, organizationId, employmentForm: form, startDate: `${QUOTA_YEAR - 1}-01-01` } });
  if (contract) {
    await employer.gql(`mutation($p: ID!, $i: PlacementContractInput!) { setPlacementContract(placementId: $p, input: $i) { placementId } }`,
      { p: recordPlacement.id, i: contract });
  }
  return recordPlacement.id as string;
}

/** The employer states 12 insurance months for the placement and submits the year's pack; its id. */
async function submitPack(employer: Api, organizationId: string, placementId: string): Promise<string> {
  await employer.gql(`mutation($p: ID!, $y: Int!) { setInsuranceMonths(placementId: $p, year: $y, months: 12) { year } }`, { p: placementId, y: QUOTA_YEAR });
  const { submitQuotaReviewPack } = await employer.gql(`mutation($o: ID!, $y: Int!) { submitQuotaReviewPack(organizationId: $o, year: $y) { id } }`,
    { o: organizationId, y: QUOTA_YEAR });
  return submitQuotaReviewPack.id as string;
}

const saveYear = (employer: Api, organizationId: string, staffCount: number, averageWage: number) => employer.gql(
  `mutation($i: OrganizationYearInput!) { saveOrganizationYear(input: $i) { year } }`, { i: { organizationId, year: QUOTA_YEAR, staffCount, averageWage } });

export async function arrangeQuotaWorld(): Promise<QuotaWorld> {
  const staff = await staffMember();
  const tag = String(Date.now() % 100_000);
  const scanOrganizationName = `新县茶油加工有限公司${tag}`;
  const journeyOrganizationName = `新县板栗食品有限公司${tag}`;
  const reviewOrganizationName = `新县竹编工艺有限公司${tag}`;
  const confirmedOrganizationName = `新县红茶有限公司${tag}`;
  const [countyStaff, scan, journey, newEmployer, review, confirmed] = await Promise.all([
    staffMember(XINXIAN, '新县残联工作人员'),
    organization(staff, scanOrganizationName, 260),
    // large, so that its levy puts it near the top of the county's list
    organization(staff, journeyOrganizationName, 200),
    Api.signUp('EMPLOYER', '周经理'),
    organization(staff, reviewOrganizationName, 300),
    organization(staff, confirmedOrganizationName, 80),
  ]);
  const qualifying = { contractKind: 'CONTRACT', contractMonths: 36, monthlyWage: 3000, socialInsuranceFull: true };
  const [scanCounted, , , , , confirmedJob] = await Promise.all([
    employee(staff, scan.employer, scan.organizationId, 2, 'FULL_TIME', qualifying, '吴芳'),
    employee(staff, scan.employer, scan.organizationId, 3, 'PART_TIME', { ...qualifying, contractMonths: 12, monthlyWage: 2500 }, '郑强'),
    employee(staff, journey.employer, journey.organizationId, 2, 'FULL_TIME', qualifying, '刘洋'),
    // no contract facts yet: does not count until the employer enters them
    employee(staff, journey.employer, journey.organizationId, 3, 'FULL_TIME', null, '孙丽'),
    employee(staff, review.employer, review.organizationId, 2, 'FULL_TIME', qualifying, '何静'),
    employee(staff, confirmed.employer, confirmed.organizationId, 3, 'FULL_TIME', qualifying, '马超'),
  ]);
  await Promise.all([
    saveYear(scan.employer, scan.organizationId, 260, 62000),
    saveYear(review.employer, review.organizationId, 300, 60000),
    saveYear(confirmed.employer, confirmed.organizationId, 80, 55000),
  ]);
  const [scanPackId, confirmedPackId] = await Promise.all([
    submitPack(scan.employer, scan.organizationId, scanCounted),
    submitPack(confirmed.employer, confirmed.organizationId, confirmedJob),
  ]);
  await countyStaff.gql(`mutation($id: ID!) { confirmQuotaReviewPack(id: $id) { id } }`, { id: confirmedPackId });
  const finding = await organization(staff, `新县山茶油有限公司${tag}`, 50);
  const shortJob = await employee(staff, finding.employer, finding.organizationId, 3, 'FULL_TIME', qualifying, '钱军');
  await finding.employer.gql(`mutation($id: ID!, $d: String!) { endPlacement(id: $id, endDate: $d, reason: RESIGNED) { id } }`,
    { id: shortJob, d: `${QUOTA_YEAR - 1}-02-15` });
  await staff.gql(`mutation { runIntegrityChecks { shortPlacements } }`);
  const { integrityFlags } = await staff.gql(`query($o: ID!) { integrityFlags(filter: { organizationId: $o, kind: SHORT_PLACEMENT }) { items { id } } }`,
    { o: finding.organizationId });
  await staff.gql(`mutation($id: ID!) { decideIntegrityFlag(id: $id, confirmed: true, note: "核实：入职六周即离职，岗位为挂名安排") { id } }`,
    { id: integrityFlags.items[0].id });
  // subsidies (issue 17): the county registered the scan employer's 就业帮扶车间 where 吴芳 (rural) works, and the
  // employer applied for its support (the county's review queue has it); another employer, its hire in a public-welfare
  // post, is left for the keyboard journey
  const { createWorkshop } = await countyStaff.gql(`mutation($i: WorkshopInput!) { createWorkshop(input: $i) { id } }`, { i: {
    kind: 'SUPPORT_WORKSHOP', name: `新县茶油加工就业帮扶车间${tag}`, countyCode: XINXIAN, town: '新集镇', address: '新县新集镇将军路1号', capacity: 20,
    supports: ['STEP_FREE_ACCESS'], accessibilityNote: '', workKinds: ['茶油灌装'], homeBased: false, description: '', contactName: '陈经理',
    contactPhone: '0376-2988001', organizationId: scan.organizationId } });
  await countyStaff.gql(`mutation($p: ID!, $w: ID) { linkPlacementToWorkshop(placementId: $p, workshopId: $w) { id } }`, { p: scanCounted, w: createWorkshop.id });
  await scan.employer.gql(`mutation($i: ApplySubsidyInput!) { applyForSubsidy(input: $i) { id } }`,
    { i: { subsidyCode: 'WORKSHOP_BASE_SUPPORT', workshopId: createWorkshop.id, note: '吴芳在本单位茶油加工车间工作' } });
  const subsidyOrganizationName = `新县帮扶车间有限公司${tag}`;
  const subsidy = await organization(staff, subsidyOrganizationName, 50);
  await employee(staff, subsidy.employer, subsidy.organizationId, 2, 'PUBLIC_WELFARE', qualifying, '林红');
  const subsidySeeker = await seekerWithProfile({ name: '黄伟', countyCode: XINXIAN, preferredCounties: [XINXIAN] });
  return {
    subsidyEmployer: subsidy.employer, subsidyOrganizationName, subsidySeeker,
    findingEmployer: finding.employer,
    scanPackId, reviewEmployer: review.employer, reviewOrganizationName, confirmedOrganizationName,
    staff, countyStaff, scanEmployer: scan.employer, scanOrganizationId: scan.organizationId, scanOrganizationName,
    journeyEmployer: journey.employer, journeyOrganizationId: journey.organizationId, journeyOrganizationName, newEmployer,
  };
}

export type QuotaWho = 'staff' | 'countyStaff' | 'scanEmployer' | 'newEmployer' | 'reviewEmployer' | 'findingEmployer' | 'subsidyEmployer' | 'subsidySeeker';

export interface QuotaRoute { name: string; who: QuotaWho; path: (w: QuotaWorld) => string; variant?: true }

export const QUOTA_ROUTES: readonly QuotaRoute[] = [
  { name: 'employer-quota', who: 'scanEmployer', path: () => '/employer/quota' },
  { name: 'employer-quota-no-organization', variant: true, who: 'newEmployer', path: () => '/employer/quota' },
  { name: 'staff-quota', who: 'staff', path: () => `/staff/quota?year=${QUOTA_YEAR}&county=${XINXIAN}` },
  { name: 'staff-quota-organization', who: 'staff', path: (w) => `/staff/quota?year=${QUOTA_YEAR}&county=${XINXIAN}&org=${w.scanOrganizationId}` },
  { name: 'staff-quota-county-staff', variant: true, who: 'countyStaff', path: () => `/staff/quota?year=${QUOTA_YEAR}` },
  { name: 'staff-policy', who: 'staff', path: () => '/staff/policy' },
  { name: 'staff-policy-setting', variant: true, who: 'staff', path: () => '/staff/policy?key=wage.localSocialAverage' },
  // structured values as labelled fields: dates and tiers; lists to tick and yes/no
  { name: 'staff-policy-reductions', variant: true, who: 'staff', path: () => '/staff/policy?key=levy.reductions' },
  { name: 'staff-policy-at-least-one', variant: true, who: 'staff', path: () => '/staff/policy?key=quota.atLeastOne' },
  { name: 'staff-policy-county-staff', variant: true, who: 'countyStaff', path: () => '/staff/policy?key=quota.ratioPercent' },
  // the quota-review pack (issue 15): the employer's page to fill in, submitted, and printable; staff's queue, review
  // page and the confirmed list
  { name: 'employer-quota-review', who: 'reviewEmployer', path: () => `/employer/quota-review?year=${QUOTA_YEAR}` },
  { name: 'employer-quota-review-submitted', variant: true, who: 'scanEmployer', path: () => `/employer/quota-review?year=${QUOTA_YEAR}` },
  { name: 'employer-quota-review-print', who: 'scanEmployer', path: () => `/employer/quota-review/print?year=${QUOTA_YEAR}` },
  { name: 'staff-quota-review-queue', who: 'countyStaff', path: () => '/staff/quota-review' },
  { name: 'staff-quota-review', who: 'countyStaff', path: (w) => `/staff/quota-review/${w.scanPackId}` },
  { name: 'staff-quota-review-confirmed', who: 'staff', path: () => `/staff/quota-review/confirmed?year=${QUOTA_YEAR}` },
  // the employer's own genuineness figures (issue 15), in the year its two employees started (figures with n / d)
  { name: 'employer-genuineness', who: 'scanEmployer', path: () => `/employer/genuineness?period=${QUOTA_YEAR - 1}` },
  // with a finding staff confirmed, as the employer reads it
  { name: 'employer-genuineness-finding', who: 'findingEmployer', path: () => `/employer/genuineness?period=${QUOTA_YEAR - 1}` },
  // subsidies (issue 17): the catalogue with its 待核实 marks, the employer's page (with an application sent; and with
  // forms to apply), the person's page and the county's review queue
  { name: 'subsidies-catalogue', who: 'staff', path: () => '/subsidies' },
  { name: 'employer-subsidies', who: 'subsidyEmployer', path: () => '/employer/subsidies' },
  { name: 'employer-subsidies-applied', variant: true, who: 'scanEmployer', path: () => '/employer/subsidies' },
  { name: 'my-subsidies', who: 'subsidySeeker', path: () => '/my-subsidies' },
  { name: 'staff-subsidies', who: 'countyStaff', path: () => '/staff/subsidies' },
];

export function quotaSession(w: QuotaWorld, who: QuotaWho): string {
  return w[who].session;
}
