// What the training e2e files share: a provider and a course as staff would enter them (plan （十）).
import type { Client } from './server.js';

export const SAVE_PROVIDER = `mutation($id: ID, $i: ProviderInput!) { saveTrainingProvider(id: $id, input: $i) { id name countyCode } }`;
export const CREATE_COURSE = `mutation($i: CourseInput!) { createCourse(input: $i) { id title capacity enrolledCount subsidyYuan subsidyAmountText } }`;
export const UPDATE_COURSE = `mutation($id: ID!, $i: CourseInput!) { updateCourse(id: $id, input: $i) { id capacity enrolledCount } }`;
export const ENROL = `mutation($c: ID!, $s: ID) { enrol(courseId: $c, seekerId: $s) { id status seekerId onBehalf { staffName office } } }`;
export const WITHDRAW = `mutation($id: ID!) { withdrawEnrolment(enrolmentId: $id) { id status } }`;
export const REGISTER = `mutation($i: AttendanceRegisterInput!) { recordAttendance(input: $i) { sessionDate present absent marks { enrolmentId present } } }`;
export const WITHDRAW_BY_STAFF = `mutation($id: ID!, $r: String!) { withdrawFromCourse(enrolmentId: $id, reason: $r) {
  id status withdrawReason withdrawnBy { staffName office } } }`;
export const CANCEL_COURSE = `mutation($id: ID!, $r: String!) { cancelCourse(id: $id, reason: $r) { id cancelledAt cancelReason } }`;

/** The register of one date: each enrolment id with true (present) or false (absent). */
export const register = (courseId: string, sessionDate: string, marks: Array<[string, boolean]>) =>
  ({ i: { courseId, sessionDate, marks: marks.map(([enrolmentId, present]) => ({ enrolmentId, present })) } });
export const COMPLETE = `mutation($id: ID!, $i: CompletionInput!) { recordCompletion(enrolmentId: $id, input: $i) {
  id status certificateKind certificateLevel certificateNumber certificateIssuedOn } }`;

export const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
export const inDays = (n: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + n * 86_400_000));

export function providerInput(countyCode: string | null, over: Record<string, unknown> = {}) {
  return { name: '罗山县残疾人职业培训基地', providerKind: 'FEDERATION_BASE', countyCode, address: '罗山县城关镇', contactPhone: '0376-2100000', ...over };
}

export function courseInput(providerId: string, countyCode: string | null, over: Record<string, unknown> = {}) {
  return {
    providerId, courseKind: 'NEW_FORMS', courseTitle: '电商客服与直播带货培训班', description: '面向残疾人的网络电商技能培训',
    skills: ['电商客服', '直播带货'], certificateKind: 'VOCATIONAL', certificateLevel: '五级/初级工', countyCode,
    startsOn: inDays(3), endsOn: inDays(20), schedule: '每周一至周五 9:00-16:00', sessions: 15, mode: 'ONSITE',
    venueName: '罗山县残疾人职业培训基地', address: '罗山县城关镇宝城路1号', stepFreeRoute: true, accessibleToilets: true,
    hearingLoop: true, signLanguage: true, brailleMaterials: false, feeYuan: 0,
    subsidyNote: '培训费、生活费（含交通费）补贴（（十）实施残疾人职业技能提升行动）', places: 30, ...over,
  };
}

/** Registers a provider and a course as `by`; the course's id. */
export async function course(by: Client, countyCode: string | null, over: Record<string, unknown> = {}): Promise<string> {
  const { saveTrainingProvider: p } = await by.ok<any>(SAVE_PROVIDER, { i: providerInput(countyCode) });
  const { createCourse } = await by.ok<any>(CREATE_COURSE, { i: courseInput(p.id, countyCode, over) });
  return createCourse.id;
}
