// Recruitment events arranged through the API for the event scans and journeys: an upcoming fair with an
// approved booth, interpreters on offer and a registered seeker; a graduate fair the seeker may not attend; a
// full fair with the seeker on its waiting list; one happening today (for check-in); a draft, a cancelled
// and a finished one; an invitation and a booth application waiting for staff.
import { randomInt } from 'node:crypto';
import type { Page } from 'playwright-core';
import { Api, apply, certificate, employerWithPosting, LUOSHAN, postingInput, seekerWithProfile, staffMember } from './support/api.js';

const ZONE_OFFSET = '+08:00';
const DAY = 86_400_000;

/** The calendar date in China Standard Time, some days from today. */
export function chinaDate(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * DAY));
}

/** An instant as the API takes it: a date some days from today at a time of day, China Standard Time. */
export function chinaTime(days: number, hhmm: string): string {
  return `${chinaDate(days)}T${hhmm}:00${ZONE_OFFSET}`;
}

export function eventInput(over: Record<string, unknown> = {}) {
  return {
    kind: 'GENERAL', mode: 'ONSITE', title: '信阳市残疾人就业专场招聘会', organizer: '信阳市残疾人联合会', countyCode: null,
    description: '二十多家单位带来适合残疾人的岗位。现场有手语翻译和引导员。请带上残疾人证。',
    startsAt: chinaTime(10, '09:00'), endsAt: chinaTime(10, '16:00'),
    registrationOpensAt: chinaTime(-3, '09:00'), registrationClosesAt: chinaTime(9, '18:00'),
    venueName: '信阳市残疾人综合服务中心', address: '浉河区新华西路18号', latitude: 32.1285, longitude: 114.0913, onlineUrl: '',
    stepFreeRoute: true, accessibleToilets: true, tactilePaving: true, quietRoom: true, accessibleParking: false, seating: true,
    accessibilityNote: '无障碍入口在东门，电梯可到二楼。',
    services: [{ service: 'SIGN_LANGUAGE_INTERPRETER', quantity: 4 }, { service: 'GUIDE', quantity: 2 }, { service: 'LARGE_PRINT_MATERIALS', quantity: 50 }],
    graduationYears: [], targetCategories: [], targetCounties: [], targetOrganizationTypes: [],
    seekerCapacity: 50, boothLimit: 10, openToBoothApplications: true, ...over,
  };
}

export async function createEvent(staff: Api, over: Record<string, unknown> = {}, { publish = true } = {}): Promise<string> {
  const { createEvent: e } = await staff.gql(`mutation($i: EventInput!) { createEvent(input: $i) { id } }`, { i: eventInput(over) });
  if (publish) await staff.gql(`mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: e.id });
  return e.id as string;
}

export async function register(seeker: Api, eventId: string, services: Array<{ service: string; notes?: string }> = []) {
  const { registerForEvent } = await seeker.gql(`mutation($e: ID!, $s: [ServiceRequestInput!]!) {
    registerForEvent(eventId: $e, services: $s) { id status } }`, { e: eventId, s: services.map((s) => ({ notes: '', ...s })) });
  return registerForEvent as { id: string; status: string };
}

export async function ticketOf(seeker: Api, eventId: string): Promise<string> {
  const { myEventRegistrations } = await seeker.gql(`{ myEventRegistrations { ticketCode event { id } } }`);
  return (myEventRegistrations as Array<{ ticketCode: string; event: { id: string } }>).find((r) => r.event.id === eventId)!.ticketCode;
}

export async function applyForBooth(employer: Api, eventId: string, postingIds: string[], note = '') {
  const { applyForBooth: b } = await employer.gql(`mutation($i: BoothInput!) { applyForBooth(input: $i) { id } }`, { i: { eventId, postingIds, note } });
  return b.id as string;
}

export async function decideBooth(staff: Api, boothId: string, approve: boolean, reason?: string) {
  await staff.gql(`mutation($b: ID!, $a: Boolean!, $r: String) { decideBooth(boothId: $b, approve: $a, reason: $r) { id } }`, { b: boothId, a: approve, r: reason ?? null });
}

/** A seeker with a profile and a certificate nobody else has (a random birth date keeps them apart). */
export async function seekerWith(over: Record<string, unknown> = {}, categoryDigit = 1, level = 2): Promise<Api> {
  const y = 1975 + randomInt(0, 25);
  const m = String(1 + randomInt(0, 12)).padStart(2, '0');
  const d = String(1 + randomInt(0, 28)).padStart(2, '0');
  return seekerWithProfile({ birthDate: `${y}-${m}-${d}`, certificateNumber: certificate(categoryDigit, level, `${y}${m}${d}`), level, ...over });
}

/** A deaf graduate of this year: may attend graduate fairs. */
export async function graduateSeeker(over: Record<string, unknown> = {}): Promise<Api> {
  return seekerWith({ ...graduateProfile(), ...over }, 2, 3);
}

export function graduateProfile(over: Record<string, unknown> = {}) {
  return { category: 'HEARING', level: 3, education: 'BACHELOR', graduateYear: Number(chinaDate().slice(0, 4)), graduateSchool: '信阳师范大学',
    cannotDo: ['VOICE_CALLS'], supportsMust: ['TEXT_COMMUNICATION'], supportsNice: ['SIGN_LANGUAGE'], ...over };
}

export interface EventsWorld {
  staff: string; // session cookie values
  /** Staff of 息县: every event of the world belongs to the city or another county, so they only look. */
  countyStaff: string;
  seeker: string;
  employer: string;
  /** An employer with no organization yet. */
  newEmployer: string;
  /** A seeker with no profile yet. */
  newSeeker: string;
  mainEventId: string;
  /** Open for registration; the world's seeker is not registered. */
  openEventId: string;
  graduateEventId: string;
  fullEventId: string;
  todayEventId: string;
  draftEventId: string;
  cancelledEventId: string;
  finishedEventId: string;
  approvedBoothId: string;
  invitedBoothId: string;
  atBoothPostingId: string;
}

export async function arrangeEventsWorld(): Promise<EventsWorld> {
  const staff = await staffMember();
  const { employer, organizationId, postingId } = await employerWithPosting(staff);
  const { createPosting: second } = await employer.gql(`mutation($i: PostingInput!) { createPosting(input: $i) { id } }`,
    { i: postingInput({ title: '数据录入员', reserved: false }) });
  await employer.gql(`mutation($id: ID!) { publishPosting(id: $id) { id } }`, { id: second.id });
  const other = await employerWithPosting(staff, { org: { name: '信阳光明盲人按摩中心', type: 'SOCIAL_ORG' }, posting: { title: '保健按摩师' } });
  const seeker = await seekerWith();

  const mainEventId = await createEvent(staff);
  const openEventId = await createEvent(staff, { title: '平桥区残疾人灵活就业招聘会', mode: 'HYBRID', onlineUrl: 'https://meeting.example.cn/pingqiao',
    countyCode: '411503', services: [{ service: 'REAL_TIME_CAPTIONS', quantity: 1 }], tactilePaving: false, quietRoom: false,
    startsAt: chinaTime(12, '09:00'), endsAt: chinaTime(12, '12:00') });
  const graduateEventId = await createEvent(staff, { kind: 'GRADUATE', title: '残疾人高校毕业生双选会', graduationYears: [Number(chinaDate().slice(0, 4))],
    targetOrganizationTypes: ['STATE_OWNED', 'PRIVATE'] });
  const fullEventId = await createEvent(staff, { kind: 'TARGETED', title: '视力残疾人按摩专场', seekerCapacity: 1, targetCategories: ['VISUAL'], targetCounties: [LUOSHAN] });
  const todayEventId = await createEvent(staff, { title: '今天的现场招聘会', startsAt: chinaTime(-1, '09:00'), endsAt: chinaTime(1, '23:55'),
    registrationOpensAt: chinaTime(-2, '09:00'), registrationClosesAt: chinaTime(1, '23:55') });
  const draftEventId = await createEvent(staff, { title: '草稿：罗山县专场招聘会', countyCode: LUOSHAN }, { publish: false });
  const cancelledEventId = await createEvent(staff, { title: '已取消的招聘会' });
  await staff.gql(`mutation($id: ID!) { cancelEvent(id: $id, reason: "场地维修，改期另行通知") { id } }`, { id: cancelledEventId });
  const finishedEventId = await createEvent(staff, { title: '上个月的招聘会', startsAt: chinaTime(-30, '09:00'), endsAt: chinaTime(-30, '16:00'),
    registrationOpensAt: chinaTime(-45, '09:00'), registrationClosesAt: chinaTime(-31, '18:00') });

  // the main fair: the employer's booth approved with both postings, another employer waiting for a decision
  const approvedBoothId = await applyForBooth(employer, mainEventId, [postingId, second.id], '需要一张桌子和电源');
  await decideBooth(staff, approvedBoothId, true);
  await applyForBooth(other.employer, mainEventId, [other.postingId], '');
  // the seeker registered with an interpreter, and applied at the fair
  await register(seeker, mainEventId, [{ service: 'SIGN_LANGUAGE_INTERPRETER', notes: '我用通用手语' }, { service: 'GUIDE' }]);
  await seeker.gql(`mutation($i: ApplyInput!) { applyToPosting(input: $i) { id } }`,
    { i: { postingId, eventId: mainEventId, note: '在招聘会上申请', accommodations: [], accommodationNote: '' } });
  await register(seeker, todayEventId);
  // the full fair: someone else holds the only seat, the seeker waits
  const first = await seekerWith({ name: '李华' });
  await register(first, fullEventId);
  await register(seeker, fullEventId);
  // an invitation to the open fair for the employer
  const { inviteToEvent } = await staff.gql(`mutation($e: ID!, $o: ID!) { inviteToEvent(eventId: $e, organizationId: $o) { id } }`,
    { e: openEventId, o: organizationId });
  await staff.gql(`mutation($id: ID!) { finishEvent(id: $id) { id } }`, { id: finishedEventId });
  // a plain application elsewhere keeps the applications page of the seeker realistic
  await apply(await seekerWith({ name: '赵强' }), other.postingId);

  const countyStaff = await staffMember('411528', '息县残联工作人员');
  const newSeeker = await Api.signUp('SEEKER', '新用户');
  const newEmployer = await Api.signUp('EMPLOYER', '新单位');
  return {
    staff: staff.session, countyStaff: countyStaff.session, seeker: seeker.session, employer: employer.session, newEmployer: newEmployer.session, newSeeker: newSeeker.session,
    mainEventId, openEventId, graduateEventId, fullEventId, todayEventId, draftEventId, cancelledEventId, finishedEventId,
    approvedBoothId, invitedBoothId: inviteToEvent.id as string, atBoothPostingId: second.id as string,
  };
}

export type EventsWho = 'anonymous' | 'seeker' | 'employer' | 'staff' | 'countyStaff' | 'newSeeker' | 'newEmployer';
export interface EventsRoute {
  name: string; who: EventsWho; path: (w: EventsWorld) => string;
  /** Another state of a screen the list visits in full: the default mode only (RouteCheckOptions.variant). */
  variant?: true;
  /** What the page must show (checked in the same visit, before the scans). */
  expectPage?: (page: Page) => Promise<void>;
}

/** Another county's fair: said to be view-only, with no control that the server would refuse. */
async function readOnlyFair(page: Page) {
  await page.getByText(/这场招聘会由平桥区残联工作人员管理|This job fair is run by staff of Pingqiao/).waitFor();
  for (const name of [/^(修改|Edit)/, /^(取消招聘会|Cancel)/, /^(邀请|Invite)/]) {
    if (await page.getByRole('button', { name }).count() + await page.getByRole('link', { name }).count()) throw new Error(`a control for managers is shown: ${name}`);
  }
  if (await page.locator('a[href$="/check-in"], a[href$="/registrations"], #invite-org').count()) throw new Error('a link to a manager\'s tool is shown');
}

/** Every event route, as the person who would see it (plus the gates others meet). */
export const EVENT_ROUTES: readonly EventsRoute[] = [
  { name: 'events', who: 'anonymous', path: () => '/events' },
  { name: 'events-filtered', variant: true, who: 'anonymous', path: () => '/events?kind=GENERAL&mode=ONSITE&county=411503' },
  { name: 'events-none-found', variant: true, who: 'anonymous', path: () => `/events?kind=GRADUATE&from=${chinaDate(400)}` },
  { name: 'event-detail', who: 'anonymous', path: (w) => `/events/${w.mainEventId}` },
  { name: 'event-detail-registered', who: 'seeker', path: (w) => `/events/${w.mainEventId}` },
  { name: 'event-detail-not-eligible', variant: true, who: 'seeker', path: (w) => `/events/${w.graduateEventId}` },
  { name: 'event-detail-waitlisted', variant: true, who: 'seeker', path: (w) => `/events/${w.fullEventId}` },
  { name: 'event-detail-hybrid', variant: true, who: 'seeker', path: (w) => `/events/${w.openEventId}` },
  { name: 'event-detail-no-profile', variant: true, who: 'newSeeker', path: (w) => `/events/${w.openEventId}` },
  { name: 'event-detail-employer', variant: true, who: 'employer', path: (w) => `/events/${w.mainEventId}` },
  { name: 'event-detail-cancelled', variant: true, who: 'anonymous', path: (w) => `/events/${w.cancelledEventId}` },
  { name: 'event-register', who: 'seeker', path: (w) => `/events/${w.openEventId}/register` },
  { name: 'event-register-edit', variant: true, who: 'seeker', path: (w) => `/events/${w.mainEventId}/register` },
  { name: 'event-register-no-profile', variant: true, who: 'newSeeker', path: (w) => `/events/${w.openEventId}/register` },
  { name: 'event-apply', who: 'seeker', path: (w) => `/events/${w.mainEventId}/apply/${w.atBoothPostingId}` },
  { name: 'my-events', who: 'seeker', path: () => '/my-events' },
  { name: 'my-events-empty', variant: true, who: 'newSeeker', path: () => '/my-events' },
  { name: 'notifications', who: 'seeker', path: () => '/notifications' },
  { name: 'notifications-empty', variant: true, who: 'newEmployer', path: () => '/notifications' },
  { name: 'notifications-gate', variant: true, who: 'anonymous', path: () => '/notifications' },
  // notifications on every channel (issue 12): the account page with notice choices for each role, password reset
  // by SMS code, and staff's messages-sent screen (failed deliveries with their retry button, the message log)
  { name: 'account-seeker', who: 'seeker', path: () => '/account' },
  { name: 'account-employer', variant: true, who: 'newEmployer', path: () => '/account' },
  { name: 'account-staff', who: 'staff', path: () => '/account' },
  { name: 'forgot-password', who: 'anonymous', path: () => '/forgot-password' },
  { name: 'reset-password', who: 'anonymous', path: () => '/reset-password?phone=13800000000' },
  { name: 'staff-deliveries', who: 'staff', path: () => '/staff/deliveries' },
  { name: 'employer-events', who: 'employer', path: () => '/employer/events' },
  { name: 'employer-events-no-organization', variant: true, who: 'newEmployer', path: () => '/employer/events' },
  { name: 'booth-apply', who: 'employer', path: (w) => `/employer/events/${w.graduateEventId}/booth` },
  { name: 'booth-approved', who: 'employer', path: (w) => `/employer/booths/${w.approvedBoothId}` },
  { name: 'booth-invited', variant: true, who: 'employer', path: (w) => `/employer/booths/${w.invitedBoothId}` },
  { name: 'staff-events', who: 'staff', path: () => '/staff/events' },
  { name: 'staff-events-drafts', variant: true, who: 'staff', path: () => '/staff/events?status=DRAFT' },
  { name: 'staff-events-finished', variant: true, who: 'staff', path: () => '/staff/events?status=FINISHED' },
  { name: 'staff-event-new', who: 'staff', path: () => '/staff/events/new' },
  { name: 'staff-event-edit', who: 'staff', path: (w) => `/staff/events/${w.draftEventId}/edit` },
  { name: 'staff-event', who: 'staff', path: (w) => `/staff/events/${w.mainEventId}` },
  { name: 'staff-event-draft', variant: true, who: 'staff', path: (w) => `/staff/events/${w.draftEventId}` },
  { name: 'staff-event-cancelled', variant: true, who: 'staff', path: (w) => `/staff/events/${w.cancelledEventId}` },
  { name: 'staff-registrations', who: 'staff', path: (w) => `/staff/events/${w.mainEventId}/registrations` },
  { name: 'staff-registrations-waitlist', variant: true, who: 'staff', path: (w) => `/staff/events/${w.fullEventId}/registrations?status=WAITLISTED` },
  { name: 'staff-check-in', who: 'staff', path: (w) => `/staff/events/${w.todayEventId}/check-in` },
  { name: 'staff-outcomes', who: 'staff', path: (w) => `/staff/events/${w.finishedEventId}/outcomes` },
  { name: 'staff-outcomes-live', variant: true, who: 'staff', path: (w) => `/staff/events/${w.mainEventId}/outcomes` },
  { name: 'staff-event-other-county', variant: true, who: 'countyStaff', path: (w) => `/staff/events/${w.openEventId}`, expectPage: readOnlyFair },
  { name: 'staff-events-other-county', variant: true, who: 'countyStaff', path: () => '/staff/events',
    expectPage: async (page) => { await page.getByRole('cell', { name: /平桥区残联（只能查看）|Pingqiao District federation \(view only\)/ }).first().waitFor(); } },
  { name: 'staff-check-in-other-county', variant: true, who: 'countyStaff', path: (w) => `/staff/events/${w.todayEventId}/check-in`,
    expectPage: async (page) => {
      await page.getByText(/只能查看|View only/).first().waitFor();
      if (await page.locator('#checkin-code').count()) throw new Error('the check-in form is shown to staff of another county');
    } },
  { name: 'staff-gate-sign-in', who: 'anonymous', path: () => '/staff/events' },
  { name: 'staff-gate-wrong-role', variant: true, who: 'seeker', path: () => '/staff/events' },
];

export function sessionOf(w: EventsWorld, who: EventsWho): string | undefined {
  return who === 'anonymous' ? undefined : w[who];
}
