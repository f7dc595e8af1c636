// The training data the shared per-route visit needs (plan （十）实施残疾人职业技能提升行动): a provider and a course
// of 罗山县 that has begun, the world's seeker enrolled in it (on its register, present) and having completed another, a
// person who consented to be found who completed it (the talent pool has them), a person staff withdrew from it (the
// roster lists them), the seeker withdrawn by staff from one course and enrolled in another that staff cancelled (my
// courses says why), and a posting asking for a skill the seeker lacks (its match suggests the course).
import { Api, LUOSHAN, postingInput, seekerWithProfile } from './support/api.js';

export interface TrainingWorld { courseId: string; suggestingPostingId: string }

/** A day some days ahead in China, YYYY-MM-DD. */
export function chinaDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function courseInput(providerId: string, over: Record<string, unknown> = {}) {
  return {
    providerId, courseKind: 'NEW_FORMS', courseTitle: '电商客服与直播带货培训班', description: '面向残疾人的网络电商技能培训。\n全程提供手语翻译。',
    skills: ['电商客服', '直播带货'], certificateKind: 'VOCATIONAL', certificateLevel: '五级/初级工', countyCode: LUOSHAN,
    startsOn: chinaDay(3), endsOn: chinaDay(20), schedule: '每周一至周五 9:00-16:00', sessions: 15, mode: 'ONSITE',
    venueName: '罗山县残疾人职业培训基地', address: '罗山县城关镇宝城路1号', stepFreeRoute: true, accessibleToilets: true, hearingLoop: true,
    signLanguage: true, feeYuan: 0, subsidyNote: '培训费、生活费（含交通费）补贴', places: 30, ...over,
  };
}

/** Registers a provider and a course as staff; the course's id. */
export async function createCourse(staff: Api, over: Record<string, unknown> = {}): Promise<string> {
  const { saveTrainingProvider: p } = await staff.gql(`mutation($i: ProviderInput!) { saveTrainingProvider(input: $i) { id } }`,
    { i: { name: '罗山县残疾人职业培训基地', providerKind: 'FEDERATION_BASE', countyCode: LUOSHAN, address: '罗山县城关镇', contactPhone: '0376-2100000' } });
  const { createCourse: c } = await staff.gql(`mutation($i: CourseInput!) { createCourse(input: $i) { id } }`, { i: courseInput(p.id, over) });
  return c.id;
}

export async function enrol(person: Api, courseId: string): Promise<string> {
  const { enrol: e } = await person.gql(`mutation($c: ID!) { enrol(courseId: $c) { id } }`, { c: courseId });
  return e.id;
}

export async function complete(staff: Api, enrolmentId: string, certificateCode = ''): Promise<void> {
  await staff.gql(`mutation($id: ID!, $i: CompletionInput!) { recordCompletion(enrolmentId: $id, input: $i) { id } }`,
    { id: enrolmentId, i: { passed: true, certificateCode: certificateCode || null } });
}

export async function withdraw(staff: Api, enrolmentId: string, reason: string): Promise<void> {
  await staff.gql(`mutation($id: ID!, $r: String!) { withdrawFromCourse(enrolmentId: $id, reason: $r) { id } }`, { id: enrolmentId, r: reason });
}

export async function arrangeTraining(staff: Api, employer: Api, seeker: Api, candidate: Api): Promise<TrainingWorld> {
  // begun two days ago: the roster's register can be recorded
  const courseId = await createCourse(staff, { startsOn: chinaDay(-2) });
  const seekerEnrolment = await enrol(seeker, courseId);
  await withdraw(staff, await enrol(await seekerWithProfile({ name: '李华' }), courseId), '本人已在别处就业，申请退出');
  await staff.gql(`mutation($i: AttendanceRegisterInput!) { recordAttendance(input: $i) { sessionDate } }`,
    { i: { courseId, sessionDate: chinaDay(-1), marks: [{ enrolmentId: seekerEnrolment, present: true }] } });
  // a course the seeker completed: my courses shows a certificate, the résumé page the federation's record
  const massage = await createCourse(staff, { courseTitle: '盲人保健按摩提升培训班', courseKind: 'BLIND_MASSAGE', skills: ['保健按摩'],
    certificateKind: 'MASSAGE_HEALTH', certificateLevel: '中级', signLanguage: false, brailleMaterials: true });
  await complete(staff, await enrol(seeker, massage), 'BM2026000001');
  await complete(staff, await enrol(candidate, courseId), 'S2026411500001');
  const later = { startsOn: chinaDay(10), endsOn: chinaDay(30), skills: ['手工编织'], courseKind: 'CRAFTS' };
  await withdraw(staff, await enrol(seeker, await createCourse(staff, { ...later, courseTitle: '竹编技能培训班' })), '连续三次没有来上课，也联系不上');
  const cancelled = await createCourse(staff, { ...later, courseTitle: '草编技能培训班' });
  await enrol(seeker, cancelled);
  await staff.gql(`mutation($id: ID!, $r: String!) { cancelCourse(id: $id, reason: $r) { id } }`, { id: cancelled, r: '授课老师生病，本期停办，下期另行通知' });
  const { createPosting: p } = await employer.gql(`mutation($i: PostingInput!) { createPosting(input: $i) { id } }`,
    { i: postingInput({ title: '直播电商客服', skills: ['直播带货'], demands: [], reserved: false }) });
  await employer.gql(`mutation($id: ID!) { publishPosting(id: $id) { id } }`, { id: p.id });
  return { courseId, suggestingPostingId: p.id };
}
