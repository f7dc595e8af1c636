// The data every scan needs, arranged through the API: a verified employer with a published posting that a
// seeker applied to, a second posting nobody applied to, a draft, and a recruitment fair for the home page.
import { createEvent } from '../events-world.js';
import { arrangeTraining, type TrainingWorld } from '../training-world.js';
import { Api, apply, LUOSHAN, employerWithPosting, organizationInput, postingInput, saveResume, seekerWithProfile, staffMember } from './api.js';

export interface World extends TrainingWorld {
  seeker: string; // session cookie values
  employer: string;
  pendingEmployer: string;
  postingId: string;
  otherPostingId: string;
  draftId: string;
  applicationId: string;
  /** A city-wide staff member (the conversation page as staff in scope see it: the thread can be closed). */
  staff: string;
  /** The published fair (its page has the easy-read summary and read-aloud too). */
  eventId: string;
  /** A 美丽工坊 in the seeker's county (罗山县), with the employer registered as a massage clinic and the seeker's
   *  massage qualification on record (the staff register pages have rows). */
  workshopId: string;
  /** The employer's clinic registration and the seeker's qualification (their change pages). */
  massageClinicId: string;
  massageQualificationId: string;
}

/** A time some days ahead in China time, as the interview form sends it. */
function chinaTimeIn(days: number, hhmm: string): string {
  const day = new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  return `${day}T${hhmm}:00+08:00`;
}

export async function arrangeWorld(): Promise<World> {
  const staff = await staffMember();
  const { employer, postingId } = await employerWithPosting(staff);
  const eventId = await createEvent(staff);
  const { createPosting: other } = await employer.gql(`mutation($i: PostingInput!) { createPosting(input: $i) { id } }`, {
    i: postingInput({ title: '数据录入员', reserved: false, demands: ['PROLONGED_STANDING'], supports: ['ADJUSTABLE_WORKSTATION', 'FLEXIBLE_HOURS'],
      salaryMin: null, salaryMax: null, deadline: null, relaxedAge: true, relaxationNote: '年龄放宽到50岁' }),
  });
  await employer.gql(`mutation($id: ID!) { publishPosting(id: $id) { id } }`, { id: other.id });
  const { createPosting: draft } = await employer.gql(`mutation($i: PostingInput!) { createPosting(input: $i) { id } }`,
    { i: postingInput({ title: '仓库记录员（草稿）' }) });
  const seeker = await seekerWithProfile();
  const applicationId = await apply(seeker, postingId);
  // an interview proposed for that application with the seeker's accommodation still to be answered, and a message
  // from the employer: the conversation page then offers accept, another time, cancel, answer and report
  await employer.gql(`mutation($i: ScheduleInterviewInput!) { scheduleInterview(input: $i) { id } }`, { i: {
    applicationId, startsAt: chinaTimeIn(4, '09:30'), durationMinutes: 45, mode: 'IN_PERSON', place: '平桥区工区路8号 一楼会议室',
    accessFeatures: ['STEP_FREE_ENTRANCE', 'ACCESSIBLE_TOILET'], accessNote: '正门有坡道', contact: '短信 13900000000', message: '请带上残疾人证',
  } });
  await employer.gql(`mutation($i: SendMessageInput!) { sendMessage(input: $i) { unread } }`,
    { i: { applicationId, body: '您好，面试材料我们会提前发给您读屏用的电子版。' } });
  // a second seeker who agreed to be found and has not been invited: the candidates page offers the invitation
  const candidate = await seekerWithProfile();
  await candidate.gql(`mutation { setConsent(purpose: DISCOVERABLE, granted: true) { id } }`);
  // a résumé (the CV, the applicant page) and an invitation to apply for the other posting (the applications page)
  await saveResume(seeker);
  await seeker.gql(`mutation { setConsent(purpose: DISCOVERABLE, granted: true) { id } }`);
  const { myProfile } = await seeker.gql(`query { myProfile { id } }`);
  await employer.gql(`mutation($i: InviteToApplyInput!) { inviteToApply(input: $i) { id } }`,
    { i: { postingId: other.id, seekerId: myProfile.id, note: '店里有读屏电脑，欢迎来申请。' } });
  await seeker.gql(`mutation($i: SaveSearchInput!) { saveSearch(input: $i) { id } }`, { i: { query: '客服', filter: { reservedOnly: true } } });
  // skills training (issue 17): a course the seeker is enrolled in, a trained person in the talent pool
  const training = await arrangeTraining(staff, employer, seeker, candidate);
  // issue 17: the posting is in a campaign, so the employer's postings page shows its badge
  const { createCampaign } = await staff.gql(`mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }`, { i: {
    campaignNameZh: '千企万人助残就业计划', campaignNameEn: 'Thousand Enterprises, Ten Thousand People', campaignKind: 'THOUSAND_ENTERPRISES',
    campaignStart: `${new Date().getFullYear()}-01-01`, campaignEnd: `${new Date().getFullYear()}-12-31`, targetPeople: 10, campaignCounties: [], planSection: '二、主要措施（四）' } });
  await staff.gql(`mutation($i: CampaignLinkInput!) { linkToCampaign(input: $i) { id } }`, { i: { campaignId: createCampaign.id, postingId } });
  // workshops and blind massage (issue 17): a workshop near the seeker; the employer a clinic; the seeker qualified
  const { createWorkshop: workshop } = await staff.gql(`mutation($i: WorkshopInput!) { createWorkshop(input: $i) { id } }`, { i: {
    kind: 'BEAUTIFUL_WORKSHOP', name: '罗山县竹编美丽工坊', countyCode: LUOSHAN, town: '龙山街道', address: '罗山县龙山街道竹竿路6号', capacity: 12,
    supports: ['FLEXIBLE_HOURS', 'REMOTE_WORK', 'WRITTEN_INSTRUCTIONS'], accessibilityNote: '材料送到家门口，成品上门收取。', workKinds: ['竹编', '草编'],
    homeBased: true, description: '居家编织竹篮和草帽，按件计酬，师傅上门教。', contactName: '罗主任', contactPhone: '0376-2112345', organizationId: null } });
  const { myProfile: me } = await seeker.gql(`query { myProfile { id } }`);
  const { myOrganization: org } = await employer.gql(`query { myOrganization { id } }`);
  const { registerMassageClinic: clinic } = await staff.gql(`mutation($i: MassageClinicInput!) { registerMassageClinic(input: $i) { id } }`, { i: {
    organizationId: org.id, kind: 'HEALTH', registrationNumber: 'JY4115030001', address: '', medicalInsuranceDesignated: false, registeredOn: '2021-05-10' } });
  const { recordMassageQualification: q } = await staff.gql(`mutation($i: MassageQualificationInput!) { recordMassageQualification(input: $i) { id } }`,
    { i: { seekerId: me.id, kind: 'HEALTH_MASSAGE_SKILL_LEVEL', skillLevel: 4, issuer: '河南省残疾人联合会职业技能鉴定站', issuedOn: '2019-06-28' } });
  await staff.gql(`mutation($i: MassageRecordInput!) { addMassageRecord(input: $i) { id } }`,
    { i: { qualificationId: q.id, kind: 'CONTINUING_EDUCATION', heldOn: '2024-06-20', hours: 24, note: '' } });
  const pending = await Api.signUp('EMPLOYER', '王主任');
  await pending.gql(`mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`, { i: organizationInput({ name: '信阳待核验商贸有限公司' }) });
  return {
    seeker: seeker.session, employer: employer.session, pendingEmployer: pending.session, postingId,
    otherPostingId: other.id, draftId: draft.id, applicationId, staff: staff.session, eventId, workshopId: workshop.id, ...training,
    massageClinicId: clinic.id, massageQualificationId: q.id,
  };
}

export type Who = 'anonymous' | 'seeker' | 'employer' | 'pendingEmployer' | 'newSeeker' | 'newEmployer' | 'staff';

export interface RouteCase { name: string; who: Who; path: (w: World) => string; variant?: true }

/** Every route of the client, as the person who would see it (plus the gates others meet). */
export const ROUTES: readonly RouteCase[] = [
  { name: 'home', path: () => '/', who: 'anonymous' },
  { name: 'home-signed-in', path: () => '/', who: 'seeker' },
  { name: 'sign-in', path: () => '/sign-in', who: 'anonymous' },
  { name: 'sign-up', path: () => '/sign-up', who: 'anonymous' },
  { name: 'jobs', path: () => '/jobs', who: 'anonymous' },
  { name: 'jobs-filtered', variant: true, path: () => '/jobs?q=%E5%AE%A2%E6%9C%8D&reserved=1&supports=SCREEN_READER', who: 'anonymous' },
  { name: 'job-detail', path: (w) => `/jobs/${w.postingId}`, who: 'anonymous' },
  { name: 'job-detail-applied', variant: true, path: (w) => `/jobs/${w.postingId}`, who: 'seeker' },
  { name: 'job-detail-relaxed', variant: true, path: (w) => `/jobs/${w.otherPostingId}`, who: 'seeker' },
  { name: 'not-found', path: () => '/no-such-page', who: 'anonymous' },
  { name: 'gate-sign-in', path: () => '/applications', who: 'anonymous' },
  { name: 'gate-wrong-role', variant: true, path: () => '/employer/postings', who: 'seeker' },
  { name: 'apply', path: (w) => `/jobs/${w.otherPostingId}/apply`, who: 'seeker' },
  { name: 'apply-without-profile', variant: true, path: (w) => `/jobs/${w.otherPostingId}/apply`, who: 'newSeeker' },
  { name: 'applications', path: () => '/applications', who: 'seeker' },
  { name: 'applications-empty', variant: true, path: () => '/applications', who: 'newSeeker' },
  { name: 'saved-searches', path: () => '/saved-searches', who: 'seeker' },
  { name: 'saved-searches-empty', variant: true, path: () => '/saved-searches', who: 'newSeeker' },
  { name: 'profile', path: () => '/profile', who: 'seeker' },
  { name: 'profile-empty', variant: true, path: () => '/profile', who: 'newSeeker' },
  { name: 'resume', path: () => '/profile/resume', who: 'seeker' },
  { name: 'resume-print', path: () => '/profile/resume/print', who: 'seeker' },
  { name: 'jobs-with-full', variant: true, path: () => '/jobs?full=1', who: 'anonymous' },
  ...(['consent', 'about', 'disability', 'needs', 'skills', 'preferences', 'review'] as const)
    .map((step) => ({ name: `profile-wizard-${step}`, path: () => `/profile/edit?step=${step}`, who: 'seeker' as Who })),
  { name: 'organization', path: () => '/employer/organization', who: 'employer' },
  { name: 'organization-new', variant: true, path: () => '/employer/organization', who: 'newEmployer' },
  { name: 'postings', path: () => '/employer/postings', who: 'employer' },
  { name: 'postings-pending', variant: true, path: () => '/employer/postings', who: 'pendingEmployer' },
  { name: 'posting-new', path: () => '/employer/postings/new', who: 'employer' },
  { name: 'posting-edit', path: (w) => `/employer/postings/${w.draftId}/edit`, who: 'employer' },
  { name: 'applicants', path: (w) => `/employer/postings/${w.postingId}/applicants`, who: 'employer' },
  // interviews and messages (issue 13): the application's interview and thread for each side, and the invitation form
  { name: 'application-conversation', path: (w) => `/applications/${w.applicationId}`, who: 'seeker' },
  { name: 'application-conversation-employer', variant: true, path: (w) => `/applications/${w.applicationId}`, who: 'employer' },
  { name: 'schedule-interview', path: (w) => `/employer/applications/${w.applicationId}/interview`, who: 'employer' },
  { name: 'candidates', path: (w) => `/employer/postings/${w.postingId}/candidates`, who: 'employer' },
  // staff in scope read the thread (each read logged) and may close it
  { name: 'application-conversation-staff', variant: true, path: (w) => `/applications/${w.applicationId}`, who: 'staff' },
  // skills training and the talent pool (issue 17)
  { name: 'training', path: () => '/training', who: 'anonymous' },
  { name: 'training-filtered', variant: true, path: () => '/training?skill=%E7%9B%B4%E6%92%AD&signLanguage=1&county=411521', who: 'anonymous' },
  { name: 'course-detail', path: (w) => `/training/${w.courseId}`, who: 'anonymous' },
  { name: 'course-detail-enrolled', variant: true, path: (w) => `/training/${w.courseId}`, who: 'seeker' },
  { name: 'job-detail-suggested-courses', variant: true, path: (w) => `/jobs/${w.suggestingPostingId}`, who: 'seeker' },
  { name: 'my-courses', path: () => '/my-courses', who: 'seeker' },
  { name: 'my-courses-empty', variant: true, path: () => '/my-courses', who: 'newSeeker' },
  { name: 'employer-talent', path: () => '/employer/talent', who: 'employer' },
  { name: 'staff-training', path: () => '/staff/training', who: 'staff' },
  { name: 'staff-course-new', path: () => '/staff/training/new', who: 'staff' },
  { name: 'staff-course-edit', variant: true, path: (w) => `/staff/training/${w.courseId}/edit`, who: 'staff' },
  { name: 'staff-course-roster', path: (w) => `/staff/training/${w.courseId}/roster`, who: 'staff' },
  { name: 'staff-talent-pool', path: () => '/staff/talent-pool', who: 'staff' },
  // workshops and bases (issue 17; plan （四）（五）（六）): places to work for everyone, the seeker's county first; the
  // staff register by county, its form, and blind massage (（八）): clinics and qualifications
  { name: 'workshops', path: () => '/workshops', who: 'anonymous' },
  { name: 'workshops-filtered', variant: true, path: () => '/workshops?county=&home=1&supports=REMOTE_WORK', who: 'anonymous' },
  { name: 'workshops-near-me', variant: true, path: () => '/workshops', who: 'seeker' },
  { name: 'workshop-detail', path: (w) => `/workshops/${w.workshopId}`, who: 'anonymous' },
  { name: 'staff-workshops', path: () => '/staff/workshops?county=411521', who: 'staff' },
  { name: 'staff-workshop-new', path: () => '/staff/workshops/new', who: 'staff' },
  { name: 'staff-workshop-edit', variant: true, path: (w) => `/staff/workshops/${w.workshopId}/edit`, who: 'staff' },
  { name: 'staff-massage', path: () => '/staff/massage', who: 'staff' },
  // changing a clinic and correcting a qualification: the register page's forms again (the clinic's with the day it closed)
  { name: 'staff-massage-clinic-edit', variant: true, path: (w) => `/staff/massage/clinics/${w.massageClinicId}`, who: 'staff' },
  { name: 'staff-massage-qualification-edit', variant: true, path: (w) => `/staff/massage/qualifications/${w.massageQualificationId}`, who: 'staff' },
];

/** The session for a route: fresh accounts are made on demand (a new seeker has no profile yet). */
const fresh = new WeakMap<World, Partial<Record<Who, string>>>();

export async function sessionFor(w: World, who: Who): Promise<string | undefined> {
  if (who === 'anonymous') return undefined;
  if (who !== 'newSeeker' && who !== 'newEmployer') return w[who];
  const made = fresh.get(w) ?? {};
  fresh.set(w, made);
  made[who] ??= (await Api.signUp(who === 'newSeeker' ? 'SEEKER' : 'EMPLOYER', who === 'newSeeker' ? '新用户' : '新单位')).session;
  return made[who];
}
