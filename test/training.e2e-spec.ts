// Skills training (plan （十）实施残疾人职业技能提升行动): providers and courses, enrolment (self and on behalf),
// capacity under concurrency, staff withdrawing a person and cancelling a course, the register (attendance by date),
// completion into skills and matching, suggested courses, the talent pool.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LUOSHAN, XIXIAN, admin, count, employer, indexed, publishedPosting, seeker, signUp, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';
import {
  CANCEL_COURSE, COMPLETE, CREATE_COURSE, ENROL, REGISTER, SAVE_PROVIDER, UPDATE_COURSE, WITHDRAW, WITHDRAW_BY_STAFF, course, courseInput, inDays,
  providerInput, register, today,
} from './support/training.js';

let server: TestServer;
let city: Client;
let luoshan: Client;
let xi: Client;
beforeAll(async () => {
  server = await startTestServer();
  const adm = (await admin(server)).client;
  city = (await staff(server, adm, null)).client;
  luoshan = (await staff(server, adm, LUOSHAN)).client;
  xi = (await staff(server, adm, XIXIAN)).client;
});
afterAll(async () => { await server?.close(); });

const COURSE = `query($id: ID!) { course(id: $id) { id title kind skills capacity enrolledCount hasPlaces subsidyYuan subsidyAmountText
  signLanguage hearingLoop stepFreeRoute county { nameZh } provider { name } canManage myEnrolment { id status } } }`;
const NOTES = `{ myNotifications { items { kind title body } } }`;
// courses that have begun teach skills of their own: a match suggests the soonest courses, and these start first
const begun = { skills: ['手工缝纫'] };

describe('providers and courses', () => {
  it('staff create a course; everyone finds it; an amount no source states reads 待核实', async () => {
    const id = await course(luoshan, LUOSHAN);
    const anon = new Client(server.url);
    const { course: c } = await anon.ok<any>(COURSE, { id });
    expect(c).toMatchObject({ kind: 'NEW_FORMS', capacity: 30, enrolledCount: 0, hasPlaces: true, subsidyYuan: null, subsidyAmountText: '待核实',
      signLanguage: true, hearingLoop: true, county: { nameZh: '罗山县' }, provider: { name: '罗山县残疾人职业培训基地' }, canManage: false, myEnrolment: null });
    const en = await anon.raw({ query: COURSE, variables: { id } }, { 'accept-language': 'en' });
    expect(en.json.data.course.subsidyAmountText).toBe('unverified');
    const list = await anon.ok<any>(`query($f: CourseFilter) { courses(filter: $f) { total items { id } } }`,
      { f: { countyCode: LUOSHAN, skill: '直播', signLanguage: true } });
    expect(list.courses.items.map((x: { id: string }) => x.id)).toContain(id);
    const none = await anon.ok<any>(`query($f: CourseFilter) { courses(filter: $f) { items { id } } }`, { f: { skill: '焊接' } });
    expect(none.courses.items.map((x: { id: string }) => x.id)).not.toContain(id);
    // a stated amount needs its source, and then shows as a figure
    const { saveTrainingProvider: p } = await luoshan.ok<any>(SAVE_PROVIDER, { i: providerInput(LUOSHAN) });
    const stated = await luoshan.ok<any>(CREATE_COURSE, { i: courseInput(p.id, LUOSHAN, { subsidyYuan: 1200, subsidySource: '罗山县残联2026年培训补贴通知（测试）' }) });
    expect(stated.createCourse).toMatchObject({ subsidyYuan: 1200, subsidyAmountText: '1200 元' });
  });

  it('refuses bad courses naming each field, in both languages, and writes nothing', async () => {
    const { saveTrainingProvider: p } = await luoshan.ok<any>(SAVE_PROVIDER, { i: providerInput(LUOSHAN) });
    const title = `不应保存的课程${Date.now()}`;
    const bad = await luoshan.fails(CREATE_COURSE, { i: courseInput(p.id, LUOSHAN, {
      courseTitle: title, endsOn: inDays(1), startsOn: inDays(5), address: '', subsidyYuan: 800, subsidySource: '', certificateLevel: '' }) });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.fields).toEqual(expect.arrayContaining([
      { path: 'input.endsOn', message: '结束日期不能早于开始日期' },
      { path: 'input.address', message: '线下培训请填写地址' },
      { path: 'input.subsidySource', message: expect.stringContaining('待核实') },
      { path: 'input.certificateLevel', message: expect.stringContaining('五级/初级工') },
    ]));
    const shape = await luoshan.fails(CREATE_COURSE, { i: courseInput(p.id, LUOSHAN, { courseTitle: ' ', places: 0, skills: [], startsOn: '2026-02-30' }) });
    expect(shape.fields.map((f) => f.path).sort()).toEqual(['input.courseTitle', 'input.places', 'input.skills', 'input.startsOn']);
    expect(shape.fields.find((f) => f.path === 'input.courseTitle')?.message).toBe('请填写课程名称');
    const en = await luoshan.raw({ query: CREATE_COURSE, variables: { i: courseInput(p.id, LUOSHAN, { places: 0 }) } }, { 'accept-language': 'en' });
    expect(en.json.errors[0].extensions.fields).toEqual([{ path: 'input.places', message: 'places must be at least 1' }]);
    const unknownProvider = await luoshan.fails(CREATE_COURSE, { i: courseInput('00000000-0000-4000-8000-000000000000', LUOSHAN, { courseTitle: title }) });
    expect(unknownProvider.fields).toEqual([{ path: 'input.providerId', message: '请选择已登记的培训机构' }]);
    expect(await count(server, 'training_course', 'title = $1', [title])).toBe(0);
  });

  it('who may create and change a course: staff covering its county', async () => {
    const { saveTrainingProvider: p } = await luoshan.ok<any>(SAVE_PROVIDER, { i: providerInput(LUOSHAN) });
    const title = `越权课程${Date.now()}`;
    expect((await xi.fails(CREATE_COURSE, { i: courseInput(p.id, LUOSHAN, { courseTitle: title }) })).code).toBe('FORBIDDEN');
    expect((await luoshan.fails(CREATE_COURSE, { i: courseInput(p.id, null, { courseTitle: title }) })).code).toBe('FORBIDDEN');
    expect((await (await signUp(server, 'SEEKER')).client.fails(CREATE_COURSE, { i: courseInput(p.id, LUOSHAN, { courseTitle: title }) })).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(CREATE_COURSE, { i: courseInput(p.id, LUOSHAN, { courseTitle: title }) })).code).toBe('UNAUTHENTICATED');
    expect((await xi.fails(SAVE_PROVIDER, { i: providerInput(LUOSHAN, { name: title }) })).code).toBe('FORBIDDEN');
    expect((await xi.fails(SAVE_PROVIDER, { id: p.id, i: providerInput(XIXIAN, { name: title }) })).code).toBe('FORBIDDEN');
    expect(await count(server, 'training_course', 'title = $1', [title])).toBe(0);
    expect(await count(server, 'training_provider', 'name = $1', [title])).toBe(0);
    const id = await course(luoshan, LUOSHAN);
    expect((await xi.fails(UPDATE_COURSE, { id, i: courseInput(p.id, LUOSHAN, { places: 5 }) })).code).toBe('FORBIDDEN');
    expect((await city.ok<any>(UPDATE_COURSE, { id, i: courseInput(p.id, LUOSHAN, { places: 5 }) })).updateCourse.capacity).toBe(5);
  });
});

describe('enrolment', () => {
  it('a seeker enrols, cannot enrol twice, withdraws (the place is freed) and may enrol again', async () => {
    const id = await course(luoshan, LUOSHAN, { places: 2 });
    const s = await seeker(server);
    const { enrol } = await s.client.ok<any>(ENROL, { c: id });
    expect(enrol).toMatchObject({ status: 'ENROLLED', onBehalf: null });
    expect((await s.client.fails(ENROL, { c: id }))).toMatchObject({ code: 'CONFLICT', message: '您已报名这门课程' });
    expect((await s.client.ok<any>(COURSE, { id })).course).toMatchObject({ enrolledCount: 1, myEnrolment: { status: 'ENROLLED' } });
    await s.client.ok(WITHDRAW, { id: enrol.id });
    expect((await s.client.ok<any>(COURSE, { id })).course.enrolledCount).toBe(0);
    expect((await s.client.fails(WITHDRAW, { id: enrol.id })).code).toBe('CONFLICT');
    expect((await s.client.ok<any>(ENROL, { c: id })).enrol).toMatchObject({ id: enrol.id, status: 'ENROLLED' });
    const mine = await s.client.ok<any>(`{ myEnrolments { id status course { id title } } }`);
    expect(mine.myEnrolments).toEqual([{ id: enrol.id, status: 'ENROLLED', course: { id, title: '电商客服与直播带货培训班' } }]);
  });

  it('who may enrol and withdraw: the person; not anonymous, not employers, not another person', async () => {
    const id = await course(luoshan, LUOSHAN);
    expect((await new Client(server.url).fails(ENROL, { c: id })).code).toBe('UNAUTHENTICATED');
    expect((await (await employer(server)).client.fails(ENROL, { c: id })).code).toBe('FORBIDDEN');
    expect((await (await signUp(server, 'SEEKER')).client.fails(ENROL, { c: id })).code).toBe('FORBIDDEN'); // no profile yet
    const s = await seeker(server);
    const other = await seeker(server);
    const { enrol } = await s.client.ok<any>(ENROL, { c: id });
    expect((await other.client.fails(WITHDRAW, { id: enrol.id })).code).toBe('NOT_FOUND');
    expect((await s.client.fails(ENROL, { c: 'not-an-id' })).code).toBe('BAD_USER_INPUT');
    expect((await s.client.fails(ENROL, { c: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
    expect(await count(server, 'training_enrolment', 'course_id = $1', [id])).toBe(1);
  });

  it('a closed course takes no enrolment', async () => {
    const { saveTrainingProvider: p } = await luoshan.ok<any>(SAVE_PROVIDER, { i: providerInput(LUOSHAN) });
    const { createCourse } = await luoshan.ok<any>(CREATE_COURSE, { i: courseInput(p.id, LUOSHAN, { open: false }) });
    const s = await seeker(server);
    expect(await s.client.fails(ENROL, { c: createCourse.id })).toMatchObject({ code: 'CONFLICT', message: '这门课程当前不接受报名' });
  });

  it('staff enrol a person who consented, and the person is told; without consent or out of county they may not', async () => {
    const id = await course(luoshan, LUOSHAN);
    const s = await seeker(server, { consents: ['SENSITIVE_DATA', 'JOB_MATCHING', 'ACT_ON_BEHALF'] });
    const without = await seeker(server);
    expect((await luoshan.fails(ENROL, { c: id, s: without.seekerId })).code).toBe('FORBIDDEN');
    expect((await xi.fails(ENROL, { c: id, s: s.seekerId })).code).toBe('FORBIDDEN');
    expect((await (await employer(server)).client.fails(ENROL, { c: id, s: s.seekerId })).code).toBe('FORBIDDEN');
    expect(await count(server, 'training_enrolment', 'course_id = $1', [id])).toBe(0);
    const { enrol } = await luoshan.ok<any>(ENROL, { c: id, s: s.seekerId });
    expect(enrol).toMatchObject({ status: 'ENROLLED', seekerId: s.seekerId, onBehalf: { office: '罗山县残联' } });
    const notes = (await s.client.ok<any>(NOTES)).myNotifications.items;
    expect(notes[0]).toMatchObject({ kind: 'ENROLLED_ON_BEHALF', title: '残联工作人员代您报名了培训' });
    expect(notes[0].body).toContain('电商客服与直播带货培训班');
    expect((await luoshan.fails(ENROL, { c: id, s: s.seekerId })).message).toContain('已报名这门课程');
  });

  it('never overbooks: 16 people at once for 5 places give 5 enrolments', async () => {
    const id = await course(luoshan, LUOSHAN, { places: 5 });
    const people = await Promise.all(Array.from({ length: 16 }, () => seeker(server)));
    const results = await Promise.all(people.map((p) => p.client.gql(ENROL, { c: id })));
    const ok = results.filter((r) => r.data?.enrol);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(5);
    expect(refused).toHaveLength(11);
    for (const r of refused) expect(r.errors![0]).toMatchObject({ message: '这门课程名额已满', extensions: { code: 'CONFLICT' } });
    expect(await count(server, 'training_enrolment', `course_id = $1 AND status = 'ENROLLED'`, [id])).toBe(5);
    const { rows } = await server.db.query(`SELECT enrolled_count FROM training_course WHERE id = $1`, [id]);
    expect(rows[0].enrolled_count).toBe(5);
  });

  it('capacity cannot go below the enrolments', async () => {
    const { saveTrainingProvider: p } = await luoshan.ok<any>(SAVE_PROVIDER, { i: providerInput(LUOSHAN) });
    const { createCourse: c } = await luoshan.ok<any>(CREATE_COURSE, { i: courseInput(p.id, LUOSHAN, { places: 3 }) });
    for (const s of await Promise.all([seeker(server), seeker(server)])) await s.client.ok(ENROL, { c: c.id });
    const err = await luoshan.fails(UPDATE_COURSE, { id: c.id, i: courseInput(p.id, LUOSHAN, { places: 1 }) });
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.places', message: '名额不能少于已报名的2人' }] });
  });
});

describe('attendance and completion', () => {
  it('staff record attendance and a completion; skills join the profile, the certificate its record, the person is told', async () => {
    const id = await course(luoshan, LUOSHAN, { sessions: 10, startsOn: inDays(-3), places: 1 });
    const s = await seeker(server, { skills: ['电商客服'], consents: ['SENSITIVE_DATA', 'JOB_MATCHING', 'DISCOVERABLE'] });
    const { enrol } = await s.client.ok<any>(ENROL, { c: id });
    expect((await luoshan.ok<any>(REGISTER, register(id, today(), [[enrol.id, true]]))).recordAttendance).toMatchObject({ present: 1, absent: 0 });
    const before = await count(server, 'outbox', `aggregate = 'seeker' AND aggregate_id = $1`, [s.seekerId]);
    const { recordCompletion } = await luoshan.ok<any>(COMPLETE, { id: enrol.id, i: { passed: true, certificateCode: 'S202641150001' } });
    expect(recordCompletion).toMatchObject({ status: 'COMPLETED', certificateKind: 'VOCATIONAL', certificateLevel: '五级/初级工',
      certificateNumber: 'S202641150001', certificateIssuedOn: today() });
    const me = await s.client.ok<any>(`{ myProfile { skills trainingCertificates { courseTitle certificateKind certificateLevel certificateNumber skills } } }`);
    expect(me.myProfile.skills).toEqual(['电商客服', '直播带货']);
    expect(me.myProfile.trainingCertificates).toEqual([{ courseTitle: '电商客服与直播带货培训班', certificateKind: 'VOCATIONAL',
      certificateLevel: '五级/初级工', certificateNumber: 'S202641150001', skills: ['电商客服', '直播带货'] }]);
    // the search feed queued the person for the index (skills feed the seekers index)
    expect(await count(server, 'outbox', `aggregate = 'seeker' AND aggregate_id = $1`, [s.seekerId])).toBeGreaterThan(before);
    const note = (await s.client.ok<any>(NOTES)).myNotifications.items[0];
    expect(note).toMatchObject({ kind: 'TRAINING_COMPLETION_RECORDED', title: '培训结业情况已记录' });
    expect(note.body).toBe('培训课程「电商客服与直播带货培训班」：您已结业。证书：职业技能等级证书 五级/初级工。学到的技能已加入您的档案，匹配岗位时会算上。');
    const en = await s.client.raw({ query: NOTES }, { 'accept-language': 'en' });
    expect(en.json.data.myNotifications.items[0].body).toContain('Certificate: vocational skill level certificate 五级/初级工.');
    // recorded once: a second completion and a withdrawal are refused
    expect((await luoshan.fails(COMPLETE, { id: enrol.id, i: { passed: false } })).code).toBe('CONFLICT');
    expect((await s.client.fails(WITHDRAW, { id: enrol.id })).code).toBe('CONFLICT');
  });

  it('refuses bad completion input, and lets only staff managing the course record it', async () => {
    const id = await course(luoshan, LUOSHAN, { sessions: 10 });
    const s = await seeker(server);
    const { enrol } = await s.client.ok<any>(ENROL, { c: id });
    expect((await luoshan.fails(COMPLETE, { id: enrol.id, i: { passed: true, issuedOn: inDays(2) } })).fields).toEqual([{ path: 'input.issuedOn', message: '发证日期不能晚于今天' }]);
    expect((await luoshan.fails(COMPLETE, { id: enrol.id, i: { passed: true, certificateCode: 'x'.repeat(51) } })).fields.map((f) => f.path)).toEqual(['input.certificateCode']);
    for (const who of [xi, s.client, (await employer(server)).client]) {
      expect((await who.fails(COMPLETE, { id: enrol.id, i: { passed: true } })).code).toBe('FORBIDDEN');
    }
    expect((await xi.fails(`query($c: ID!) { courseEnrolments(courseId: $c) { id } }`, { c: id })).code).toBe('FORBIDDEN');
    const { rows } = await server.db.query(`SELECT status FROM training_enrolment WHERE id = $1`, [enrol.id]);
    expect(rows[0]).toEqual({ status: 'ENROLLED' });
    const roster = await city.ok<any>(`query($c: ID!) { courseEnrolments(courseId: $c) { id seeker { name } } }`, { c: id });
    expect(roster.courseEnrolments).toEqual([{ id: enrol.id, seeker: { name: '张明' } }]);
  });
});

/** The first error of a request made in English. */
const inEnglish = async (who: Client, query: string, variables: Record<string, unknown>) =>
  (await who.raw({ query, variables }, { 'accept-language': 'en' })).json.errors[0];
const seats = async (courseId: string) => (await server.db.query(`SELECT enrolled_count FROM training_course WHERE id = $1`, [courseId])).rows[0].enrolled_count;
const MINE = `{ myEnrolments { id status withdrawReason withdrawnBy { office } attendance { attended held percent absentOn }
  course { id cancelledAt cancelReason } } }`;

describe('staff withdraw a person from a course', () => {
  it('staff of the course\'s county withdraw a person with the reason: the place is freed, the person is told and sees it', async () => {
    const id = await course(luoshan, LUOSHAN, { places: 1 });
    const s = await seeker(server, { name: '赵小兰' });
    const waiting = await seeker(server);
    const { enrol } = await s.client.ok<any>(ENROL, { c: id });
    expect((await waiting.client.fails(ENROL, { c: id })).message).toBe('这门课程名额已满');
    const { withdrawFromCourse: w } = await luoshan.ok<any>(WITHDRAW_BY_STAFF, { id: enrol.id, r: '连续三次缺课，经本人同意退出' });
    expect(w).toMatchObject({ status: 'WITHDRAWN', withdrawReason: '连续三次缺课，经本人同意退出', withdrawnBy: { office: '罗山县残联' } });
    expect(await seats(id)).toBe(0);
    expect((await waiting.client.ok<any>(ENROL, { c: id })).enrol.status).toBe('ENROLLED');
    const note = (await s.client.ok<any>(NOTES)).myNotifications.items[0];
    expect(note).toEqual({ kind: 'TRAINING_WITHDRAWN', title: '残联工作人员为您办理了退出培训',
      body: '罗山县残联为您办理了退出培训课程「电商客服与直播带货培训班」。原因：连续三次缺课，经本人同意退出。如有疑问请联系残联工作人员。' });
    const en = (await s.client.raw({ query: NOTES }, { 'accept-language': 'en' })).json.data.myNotifications.items[0];
    expect(en.body).toBe('Luoshan County DPF withdrew you from the course "电商客服与直播带货培训班". Reason: 连续三次缺课，经本人同意退出. Please contact federation staff with any questions.');
    expect((await s.client.ok<any>(MINE)).myEnrolments).toEqual([expect.objectContaining({ id: enrol.id, status: 'WITHDRAWN',
      withdrawReason: '连续三次缺课，经本人同意退出', withdrawnBy: { office: '罗山县残联' } })]);
    // city staff may too; enrolling again clears the withdrawal
    const again = (await s.client.ok<any>(`mutation($c: ID!) { enrol(courseId: $c) { id } }`, { c: (await course(luoshan, LUOSHAN)) })).enrol;
    expect((await city.ok<any>(WITHDRAW_BY_STAFF, { id: again.id, r: '报名信息有误' })).withdrawFromCourse.withdrawnBy.office).toBe('信阳市残联');
  });

  it('refuses an empty or too long reason (both languages), a completed enrolment and a second withdrawal; nothing changes', async () => {
    const id = await course(luoshan, LUOSHAN);
    const s = await seeker(server, { name: '孙立' });
    const done = await seeker(server, { name: '周敏' });
    const { enrol } = await s.client.ok<any>(ENROL, { c: id });
    const { enrol: finished } = await done.client.ok<any>(ENROL, { c: id });
    await luoshan.ok(COMPLETE, { id: finished.id, i: { passed: true } });
    const notes = await count(server, 'notification', `kind = 'TRAINING_WITHDRAWN'`);
    expect(await luoshan.fails(WITHDRAW_BY_STAFF, { id: enrol.id, r: '   ' })).toMatchObject({ code: 'BAD_USER_INPUT',
      fields: [{ path: 'reason', message: '请填写让学员退出的原因（会告诉本人）' }] });
    expect((await inEnglish(luoshan, WITHDRAW_BY_STAFF, { id: enrol.id, r: '' })).extensions.fields).toEqual([{ path: 'reason', message: 'Enter why the person is withdrawn (they are told)' }]);
    expect((await luoshan.fails(WITHDRAW_BY_STAFF, { id: enrol.id, r: '因'.repeat(501) })).fields).toEqual([{ path: 'reason', message: '原因最多500个字' }]);
    expect((await inEnglish(luoshan, WITHDRAW_BY_STAFF, { id: enrol.id, r: '因'.repeat(501) })).extensions.fields[0].message).toBe('reason must be at most 500 characters');
    expect(await luoshan.fails(WITHDRAW_BY_STAFF, { id: finished.id, r: '已就业' })).toMatchObject({ code: 'CONFLICT', message: '周敏的结业情况已记录，不能再办理退出' });
    expect((await inEnglish(luoshan, WITHDRAW_BY_STAFF, { id: finished.id, r: '已就业' })).message).toBe('The result of 周敏 is recorded: they cannot be withdrawn');
    expect((await luoshan.fails(WITHDRAW_BY_STAFF, { id: 'not-an-id', r: '已就业' })).code).toBe('BAD_USER_INPUT');
    expect((await luoshan.fails(WITHDRAW_BY_STAFF, { id: '00000000-0000-4000-8000-000000000000', r: '已就业' })).code).toBe('NOT_FOUND');
    expect((await server.db.query(`SELECT status FROM training_enrolment WHERE id = ANY($1) ORDER BY status`, [[enrol.id, finished.id]])).rows)
      .toEqual([{ status: 'COMPLETED' }, { status: 'ENROLLED' }]);
    expect(await seats(id)).toBe(2);
    expect(await count(server, 'notification', `kind = 'TRAINING_WITHDRAWN'`)).toBe(notes);
    await luoshan.ok(WITHDRAW_BY_STAFF, { id: enrol.id, r: '本人要求' });
    expect(await luoshan.fails(WITHDRAW_BY_STAFF, { id: enrol.id, r: '本人要求' })).toMatchObject({ code: 'CONFLICT', message: '孙立已经退出这门课程' });
    expect(await seats(id)).toBe(1);
  });

  it('who may withdraw a person: staff of the course\'s county or the city; not the person, an employer, another county\'s staff', async () => {
    const id = await course(luoshan, LUOSHAN);
    const s = await seeker(server);
    const { enrol } = await s.client.ok<any>(ENROL, { c: id });
    for (const who of [xi, s.client, (await employer(server)).client]) {
      expect((await who.fails(WITHDRAW_BY_STAFF, { id: enrol.id, r: '越权' })).code).toBe('FORBIDDEN');
    }
    expect((await new Client(server.url).fails(WITHDRAW_BY_STAFF, { id: enrol.id, r: '越权' })).code).toBe('UNAUTHENTICATED');
    // a city-wide course: only city staff manage it
    const cityCourse = await course(city, null);
    const { enrol: e2 } = await s.client.ok<any>(ENROL, { c: cityCourse });
    expect((await luoshan.fails(WITHDRAW_BY_STAFF, { id: e2.id, r: '越权' })).code).toBe('FORBIDDEN');
    expect(await count(server, 'training_enrolment', `id = ANY($1) AND status = 'ENROLLED'`, [[enrol.id, e2.id]])).toBe(2);
    expect(await count(server, 'notification', `kind = 'TRAINING_WITHDRAWN' AND user_id = (SELECT user_id FROM seeker_profile WHERE id = $1)`, [s.seekerId])).toBe(0);
  });

  it('a place is freed once and taken once: staff and the person withdraw at the same moment; then many want it', async () => {
    const id = await course(luoshan, LUOSHAN, { places: 3 });
    const people = await Promise.all(Array.from({ length: 14 }, () => seeker(server)));
    const ids: string[] = [];
    for (const p of people.slice(0, 3)) ids.push((await p.client.ok<any>(ENROL, { c: id })).enrol.id);
    const both = await Promise.all([luoshan.gql(WITHDRAW_BY_STAFF, { id: ids[0], r: '已在别处就业' }), people[0].client.gql(WITHDRAW, { id: ids[0] })]);
    expect(both.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual(['CONFLICT']);
    expect(await seats(id)).toBe(2);
    const wave = await Promise.all(people.slice(3, 9).map((p) => p.client.gql(ENROL, { c: id })));
    expect(wave.filter((r) => r.data?.enrol)).toHaveLength(1);
    expect(await seats(id)).toBe(3);
    // two more freed while five more ask: never beyond the places, and the count is the rows
    const mixed = await Promise.all([luoshan.gql(WITHDRAW_BY_STAFF, { id: ids[1], r: '搬家' }), city.gql(WITHDRAW_BY_STAFF, { id: ids[2], r: '身体原因' }),
      ...people.slice(9).map((p) => p.client.gql(ENROL, { c: id }))]);
    expect(mixed.slice(0, 2).every((r) => r.data?.withdrawFromCourse)).toBe(true);
    const taken = mixed.slice(2).filter((r) => r.data?.enrol).length;
    expect(taken).toBeLessThanOrEqual(2);
    const enrolled = await count(server, 'training_enrolment', `course_id = $1 AND status = 'ENROLLED'`, [id]);
    expect(enrolled).toBe(1 + taken);
    expect(await seats(id)).toBe(enrolled);
  });
});

describe('cancelling a course', () => {
  it('staff cancel with the reason: it leaves the list, takes nobody, its page says so, everyone enrolled is told', async () => {
    const id = await course(luoshan, LUOSHAN, { skills: ['取消测试技能'] });
    const a = await seeker(server);
    const b = await seeker(server, { consents: ['SENSITIVE_DATA', 'JOB_MATCHING', 'ACT_ON_BEHALF'] });
    const { enrol } = await a.client.ok<any>(ENROL, { c: id });
    await luoshan.ok(ENROL, { c: id, s: b.seekerId });
    const reason = '授课老师生病，本期停办，下期开班另行通知';
    const { cancelCourse } = await luoshan.ok<any>(CANCEL_COURSE, { id, r: reason });
    expect(cancelCourse).toMatchObject({ cancelReason: reason, cancelledAt: expect.any(String) });
    const anon = new Client(server.url);
    const listed = await anon.ok<any>(`query($f: CourseFilter) { courses(filter: $f) { items { id } } }`, { f: { skill: '取消测试技能' } });
    expect(listed.courses.items).toEqual([]);
    const staffList = await luoshan.ok<any>(`{ courses(filter: { includeClosed: true, skill: "取消测试技能" }) { items { id cancelReason } } }`);
    expect(staffList.courses.items).toContainEqual({ id, cancelReason: reason });
    expect((await anon.ok<any>(`query($id: ID!) { course(id: $id) { cancelReason } }`, { id })).course.cancelReason).toBe(reason);
    for (const p of [a, b]) {
      const note = (await p.client.ok<any>(NOTES)).myNotifications.items[0];
      expect(note).toMatchObject({ kind: 'COURSE_CANCELLED', title: '培训课程已取消' });
      expect(note.body).toBe(`很抱歉，您报名的培训课程「电商客服与直播带货培训班」（${inDays(3)}开课）已取消。原因：${reason}`);
    }
    expect((await a.client.raw({ query: NOTES }, { 'accept-language': 'en' })).json.data.myNotifications.items[0].body)
      .toBe(`Sorry, the course "电商客服与直播带货培训班" you enrolled in (starting ${inDays(3)}) is cancelled. Reason: ${reason}`);
    expect((await a.client.ok<any>(MINE)).myEnrolments[0]).toMatchObject({ status: 'COURSE_CANCELLED', course: { id, cancelReason: reason } });
    // nothing more happens to it
    const c = await seeker(server);
    expect(await c.client.fails(ENROL, { c: id })).toMatchObject({ code: 'CONFLICT', message: '这门课程已取消，不能再报名、修改或记录' });
    expect((await inEnglish(c.client, ENROL, { c: id })).message).toBe('This course is cancelled: it takes no enrolment, change or record');
    expect((await a.client.fails(WITHDRAW, { id: enrol.id })).message).toBe('这门课程已取消，不能再报名、修改或记录');
    expect((await luoshan.fails(WITHDRAW_BY_STAFF, { id: enrol.id, r: '不来了' })).code).toBe('CONFLICT');
    expect((await luoshan.fails(COMPLETE, { id: enrol.id, i: { passed: true } })).code).toBe('CONFLICT');
    const { saveTrainingProvider: p } = await luoshan.ok<any>(SAVE_PROVIDER, { i: providerInput(LUOSHAN) });
    expect((await luoshan.fails(UPDATE_COURSE, { id, i: courseInput(p.id, LUOSHAN) })).code).toBe('CONFLICT');
    expect(await seats(id)).toBe(2);
  });

  it('refuses an empty reason (both languages), cancelling twice, a finished course and one with results; nothing changes', async () => {
    const id = await course(luoshan, LUOSHAN);
    expect(await luoshan.fails(CANCEL_COURSE, { id, r: ' ' })).toMatchObject({ code: 'BAD_USER_INPUT',
      fields: [{ path: 'reason', message: '请填写取消课程的原因（会告诉已报名的学员）' }] });
    expect((await inEnglish(luoshan, CANCEL_COURSE, { id, r: '' })).extensions.fields).toEqual([{ path: 'reason', message: 'Enter why the course is cancelled (everyone enrolled is told)' }]);
    expect((await luoshan.fails(CANCEL_COURSE, { id, r: '因'.repeat(501) })).fields).toEqual([{ path: 'reason', message: '原因最多500个字' }]);
    await luoshan.ok(CANCEL_COURSE, { id, r: '场地维修' });
    expect(await luoshan.fails(CANCEL_COURSE, { id, r: '场地维修' })).toMatchObject({ code: 'CONFLICT', message: `这门课程已于${today()}取消，不能再次取消` });
    expect((await inEnglish(luoshan, CANCEL_COURSE, { id, r: '场地维修' })).message).toBe(`This course was already cancelled on ${today()}`);
    const ended = await course(luoshan, LUOSHAN, { startsOn: inDays(-20), endsOn: inDays(-2) });
    expect(await luoshan.fails(CANCEL_COURSE, { id: ended, r: '不办了' })).toMatchObject({ code: 'CONFLICT', message: `这门课程已于${inDays(-2)}结束，不能取消` });
    expect((await inEnglish(luoshan, CANCEL_COURSE, { id: ended, r: '不办了' })).message).toBe(`This course ended on ${inDays(-2)}: it cannot be cancelled`);
    const withResults = await course(luoshan, LUOSHAN);
    const s = await seeker(server);
    const { enrol } = await s.client.ok<any>(ENROL, { c: withResults });
    await luoshan.ok(COMPLETE, { id: enrol.id, i: { passed: false } });
    expect(await luoshan.fails(CANCEL_COURSE, { id: withResults, r: '不办了' })).toMatchObject({ code: 'CONFLICT', message: '这门课程已记录学员结业情况，不能取消' });
    expect(await count(server, 'training_course', 'id = ANY($1) AND cancelled_at IS NOT NULL', [[ended, withResults]])).toBe(0);
    expect((await server.db.query(`SELECT cancel_reason FROM training_course WHERE id = $1`, [id])).rows[0].cancel_reason).toBe('场地维修');
  });

  it('who may cancel: staff of the course\'s county or the city; not seekers, employers, another county\'s staff', async () => {
    const id = await course(luoshan, LUOSHAN);
    for (const who of [xi, (await seeker(server)).client, (await employer(server)).client]) {
      expect((await who.fails(CANCEL_COURSE, { id, r: '越权' })).code).toBe('FORBIDDEN');
    }
    expect((await new Client(server.url).fails(CANCEL_COURSE, { id, r: '越权' })).code).toBe('UNAUTHENTICATED');
    const cityCourse = await course(city, null);
    expect((await luoshan.fails(CANCEL_COURSE, { id: cityCourse, r: '越权' })).code).toBe('FORBIDDEN');
    expect(await count(server, 'training_course', 'id = ANY($1) AND cancelled_at IS NOT NULL', [[id, cityCourse]])).toBe(0);
    expect((await city.ok<any>(CANCEL_COURSE, { id, r: '市里统一调整' })).cancelCourse.cancelReason).toBe('市里统一调整');
  });
});

describe('the register: attendance by date', () => {
  const ROSTER = `query($c: ID!) { courseEnrolments(courseId: $c) { id attendance { attended held percent absentOn } } }`;
  const SESSIONS = `query($c: ID!) { courseRegister(courseId: $c) { sessionDate present absent } }`;
  const d = (n: number) => inDays(n);

  it('the figure derives from the register: the worked example of docs/counting.md on real rows', async () => {
    const id = await course(luoshan, LUOSHAN, { startsOn: d(-10), endsOn: d(10), ...begun });
    const zhang = await seeker(server, { name: '张强' });
    const li = await seeker(server, { name: '李四' });
    const wang = await seeker(server, { name: '王五' });
    const z = (await zhang.client.ok<any>(ENROL, { c: id })).enrol.id;
    const w = (await wang.client.ok<any>(ENROL, { c: id })).enrol.id;
    await luoshan.ok(REGISTER, register(id, d(-6), [[z, true], [w, true]]));
    await luoshan.ok(REGISTER, register(id, d(-5), [[z, true], [w, true]]));
    await luoshan.ok(WITHDRAW_BY_STAFF, { id: w, r: '已在别处就业' });
    const l = (await li.client.ok<any>(ENROL, { c: id })).enrol.id;
    await luoshan.ok(REGISTER, register(id, d(-3), [[z, false], [l, true]]));
    const last = await luoshan.ok<any>(REGISTER, register(id, d(-2), [[l, false], [z, true]]));
    expect(last.recordAttendance).toEqual({ sessionDate: d(-2), present: 1, absent: 1,
      marks: [{ enrolmentId: z, present: true }, { enrolmentId: l, present: false }].sort((x, y) => (x.enrolmentId < y.enrolmentId ? -1 : 1)) });
    const figures = Object.fromEntries((await luoshan.ok<any>(ROSTER, { c: id })).courseEnrolments.map((e: any) => [e.id, e.attendance]));
    expect(figures).toEqual({
      [z]: { attended: 3, held: 4, percent: 75, absentOn: [d(-3)] },
      [l]: { attended: 1, held: 2, percent: 50, absentOn: [d(-2)] },
      [w]: { attended: 2, held: 2, percent: 100, absentOn: [] },
    });
    expect((await zhang.client.ok<any>(MINE)).myEnrolments[0].attendance).toEqual({ attended: 3, held: 4, percent: 75, absentOn: [d(-3)] });
    expect((await luoshan.ok<any>(SESSIONS, { c: id })).courseRegister).toEqual([
      { sessionDate: d(-2), present: 1, absent: 1 }, { sessionDate: d(-3), present: 1, absent: 1 },
      { sessionDate: d(-5), present: 2, absent: 0 }, { sessionDate: d(-6), present: 2, absent: 0 }]);
    // saving a date again replaces its marks
    await luoshan.ok(REGISTER, register(id, d(-3), [[z, true], [l, true]]));
    expect((await zhang.client.ok<any>(MINE)).myEnrolments[0].attendance).toMatchObject({ attended: 4, held: 4, percent: 100 });
    expect(await count(server, 'training_session', 'course_id = $1', [id])).toBe(4);
  });

  it('refuses a date outside the course or ahead, a person not on the course, a withdrawn one, a missing one (both languages); nothing recorded', async () => {
    const id = await course(luoshan, LUOSHAN, { startsOn: d(-10), endsOn: d(10), sessions: 2, ...begun });
    const a = await seeker(server, { name: '陈一' });
    const b = await seeker(server, { name: '陈二' });
    const ea = (await a.client.ok<any>(ENROL, { c: id })).enrol.id;
    const eb = (await b.client.ok<any>(ENROL, { c: id })).enrol.id;
    await luoshan.ok(WITHDRAW_BY_STAFF, { id: eb, r: '本人要求' });
    const elsewhere = (await a.client.ok<any>(ENROL, { c: await course(luoshan, LUOSHAN) })).enrol.id;
    const outside = await luoshan.fails(REGISTER, register(id, d(-11), [[ea, true]]));
    expect(outside).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.sessionDate', message: `上课日期应在课程的${d(-10)}至${d(10)}之间` }] });
    expect((await inEnglish(luoshan, REGISTER, register(id, d(-11), [[ea, true]]))).extensions.fields)
      .toEqual([{ path: 'input.sessionDate', message: `The session date must be within the course's dates, ${d(-10)} to ${d(10)}` }]);
    expect((await luoshan.fails(REGISTER, register(id, d(1), [[ea, true]]))).fields).toEqual([{ path: 'input.sessionDate', message: '上课日期不能晚于今天' }]);
    expect((await inEnglish(luoshan, REGISTER, register(id, d(1), [[ea, true]]))).extensions.fields[0].message).toBe('session date cannot be in the future');
    expect((await luoshan.fails(REGISTER, register(id, '2026-02-30', [[ea, true]]))).fields).toEqual([{ path: 'input.sessionDate', message: '上课日期应为日期，例如 2025-03-01' }]);
    const people = await luoshan.fails(REGISTER, register(id, d(-1), [[ea, true], [eb, true], [elsewhere, false]]));
    expect(people.fields).toEqual([
      { path: 'input.marks.1.enrolmentId', message: '陈二已退出这门课程，不能记录出勤' },
      { path: 'input.marks.2.enrolmentId', message: '这条报名不是这门课程的学员' }]);
    expect((await inEnglish(luoshan, REGISTER, register(id, d(-1), [[ea, true], [eb, true]]))).extensions.fields)
      .toEqual([{ path: 'input.marks.1.enrolmentId', message: '陈二 has withdrawn from this course: attendance cannot be recorded' }]);
    expect((await inEnglish(luoshan, REGISTER, register(id, d(-1), [[ea, true], [elsewhere, true]]))).extensions.fields)
      .toEqual([{ path: 'input.marks.1.enrolmentId', message: 'This enrolment is not of this course' }]);
    const c = await seeker(server, { name: '陈三' });
    const ec = (await c.client.ok<any>(ENROL, { c: id })).enrol.id;
    expect((await luoshan.fails(REGISTER, register(id, d(-1), [[ea, true]]))).fields)
      .toEqual([{ path: 'input.marks', message: '请为每位在读学员标记出勤或缺勤，还没有标记：陈三' }]);
    expect((await inEnglish(luoshan, REGISTER, register(id, d(-1), [[ea, true]]))).extensions.fields[0].message).toBe('Mark everyone enrolled present or absent; not yet marked: 陈三');
    expect((await luoshan.fails(REGISTER, register(id, d(-1), [[ea, true], [ec, true], [ea, false]]))).fields)
      .toEqual([{ path: 'input.marks.2.enrolmentId', message: '陈一被标记了两次，请只标记一次' }]);
    expect((await luoshan.fails(REGISTER, register(id, d(-1), []))).fields).toEqual([{ path: 'input.marks', message: '出勤登记至少要有1项' }]);
    expect(await count(server, 'training_session', 'course_id = $1', [id])).toBe(0);
    expect(await count(server, 'training_attendance', 'course_id = $1', [id])).toBe(0);
    // no more dates than the course's sessions, and the course keeps its recorded dates and sessions
    await luoshan.ok(REGISTER, register(id, d(-4), [[ea, true], [ec, true]]));
    await luoshan.ok(REGISTER, register(id, d(-3), [[ea, true], [ec, false]]));
    expect((await luoshan.fails(REGISTER, register(id, d(-2), [[ea, true], [ec, true]]))).fields[0].message)
      .toBe('这门课程共2次课，已记录2天的考勤，不能再加日期；可以修改已记录的日期，或先修改课次');
    const { saveTrainingProvider: p } = await luoshan.ok<any>(SAVE_PROVIDER, { i: providerInput(LUOSHAN) });
    const moved = await luoshan.fails(UPDATE_COURSE, { id, i: courseInput(p.id, LUOSHAN, { startsOn: d(-3), endsOn: d(10), sessions: 1, ...begun }) });
    expect(moved.fields).toEqual([
      { path: 'input.startsOn', message: `${d(-4)}已记录考勤，课程日期须包含这一天` },
      { path: 'input.sessions', message: '课次不能少于已记录考勤的2次' }]);
    expect(await count(server, 'training_session', 'course_id = $1', [id])).toBe(2);
  });

  it('who may record and read the register: staff managing the course; not seekers, employers, another county\'s staff', async () => {
    const id = await course(luoshan, LUOSHAN, { startsOn: d(-5), ...begun });
    const s = await seeker(server);
    const e = (await s.client.ok<any>(ENROL, { c: id })).enrol.id;
    for (const who of [xi, s.client, (await employer(server)).client]) {
      expect((await who.fails(REGISTER, register(id, today(), [[e, true]]))).code).toBe('FORBIDDEN');
      expect((await who.fails(SESSIONS, { c: id })).code).toBe('FORBIDDEN');
    }
    expect((await new Client(server.url).fails(REGISTER, register(id, today(), [[e, true]]))).code).toBe('UNAUTHENTICATED');
    expect(await count(server, 'training_session', 'course_id = $1', [id])).toBe(0);
    expect((await city.ok<any>(REGISTER, register(id, today(), [[e, false]]))).recordAttendance).toMatchObject({ present: 0, absent: 1 });
  });
});

describe('training counts in matching', () => {
  const MY_MATCH = `query($id: ID!) { posting(id: $id) { myMatch { score gaps { code text suggestedCourses { id title } } } } }`;
  const CANDIDATES = `query($id: ID!) { candidates(postingId: $id) { items { seekerId skills match { score } } } }`;

  it('a skill gap suggests the course; completing it moves the person up the job\'s candidates', async () => {
    const emp = await employer(server);
    const postingId = await publishedPosting(emp, { title: '电商直播客服', skills: ['电商客服', '直播带货'], demands: [], supports: ['SCREEN_READER'] });
    const consents = ['SENSITIVE_DATA', 'JOB_MATCHING', 'DISCOVERABLE'];
    const a = await seeker(server, { skills: ['电商客服'], consents });
    const b = await seeker(server, { skills: [], consents });
    // the soonest to start: suggestions are the soonest few (other tests' courses teach these skills too)
    const id = await course(luoshan, LUOSHAN, { courseTitle: '直播带货与电商客服实训班', startsOn: inDays(1) });
    await indexed(server, [a.seekerId, b.seekerId]);
    const rank = async () => (await emp.client.ok<any>(CANDIDATES, { id: postingId })).candidates.items
      .filter((i: { seekerId: string }) => [a.seekerId, b.seekerId].includes(i.seekerId)).map((i: { seekerId: string }) => i.seekerId);
    expect(await rank()).toEqual([a.seekerId, b.seekerId]);

    // the seeker's own match names the gap and, in a field of its own, the course that closes it
    const m = (await b.client.ok<any>(MY_MATCH, { id: postingId })).posting.myMatch;
    const gap = m.gaps.find((g: { code: string }) => g.code === 'SKILLS_MISSING');
    expect(gap.text).toBe('尚缺技能：电商客服、直播带货');
    expect(gap.suggestedCourses.map((c: { id: string }) => c.id)).toContain(id);
    for (const g of m.gaps.filter((x: { code: string }) => x.code !== 'SKILLS_MISSING')) expect(g.suggestedCourses).toEqual([]);

    const { enrol } = await b.client.ok<any>(ENROL, { c: id });
    await luoshan.ok(COMPLETE, { id: enrol.id, i: { passed: true } });
    await indexed(server, [b.seekerId]);
    expect(await rank()).toEqual([b.seekerId, a.seekerId]);
    const after = (await b.client.ok<any>(MY_MATCH, { id: postingId })).posting.myMatch;
    expect(after.score).toBeGreaterThan(m.score);
    expect(after.gaps.map((g: { code: string }) => g.code)).not.toContain('SKILLS_MISSING');
  });
});

describe('the talent pool', () => {
  const POOL = `query($f: TalentPoolFilter) { talentPool(filter: $f) { total items { seekerId displayName countyCode skills employmentStatus
    certificates { courseTitle certificateKind certificateLevel certificateNumber } } } }`;

  it('staff see trained people of their counties; employers only those who consented to be found, masked; seekers not at all', async () => {
    const id = await course(luoshan, LUOSHAN, { skills: ['盲人保健按摩'], courseKind: 'BLIND_MASSAGE', certificateKind: 'MASSAGE_HEALTH', certificateLevel: '初级' });
    const found = await seeker(server, { name: '欧阳晓东', consents: ['SENSITIVE_DATA', 'JOB_MATCHING', 'DISCOVERABLE'] });
    const hidden = await seeker(server, { name: '王小红' });
    for (const s of [found, hidden]) {
      const { enrol } = await s.client.ok<any>(ENROL, { c: id });
      await luoshan.ok(COMPLETE, { id: enrol.id, i: { passed: true, certificateCode: 'BM-0001' } });
    }
    const filter = { f: { skill: '盲人保健按摩', certificateKind: 'MASSAGE_HEALTH', countyCode: LUOSHAN } };
    const staffView = (await luoshan.ok<any>(POOL, filter)).talentPool.items;
    expect(staffView.map((i: { seekerId: string }) => i.seekerId).sort()).toEqual([found.seekerId, hidden.seekerId].sort());
    expect(staffView.find((i: { seekerId: string }) => i.seekerId === found.seekerId)).toMatchObject({
      displayName: '欧阳晓东', employmentStatus: 'UNEMPLOYED', certificates: [{ certificateKind: 'MASSAGE_HEALTH', certificateLevel: '初级', certificateNumber: 'BM-0001' }] });
    expect((await xi.ok<any>(POOL, filter)).talentPool.total).toBe(0);
    const emp = await employer(server);
    const employerView = (await emp.client.ok<any>(POOL, filter)).talentPool;
    expect(employerView.items).toEqual([{ seekerId: found.seekerId, displayName: '欧阳**', countyCode: LUOSHAN, skills: expect.arrayContaining(['盲人保健按摩']),
      employmentStatus: null, certificates: [{ courseTitle: '电商客服与直播带货培训班', certificateKind: 'MASSAGE_HEALTH', certificateLevel: '初级', certificateNumber: null }] }]);
    expect((await found.client.fails(POOL, filter)).code).toBe('FORBIDDEN');
    expect((await new Client(server.url).fails(POOL, filter)).code).toBe('UNAUTHENTICATED');
    expect((await luoshan.fails(POOL, { f: { countyCode: '999999' } })).fields).toEqual([{ path: 'filter.countyCode', message: '请选择本市的县区' }]);
    // an employer cannot read the certificates through the profile either
    expect((await emp.client.gql(`query($id: ID!) { seeker(id: $id) { trainingCertificates { courseTitle } } }`, { id: found.seekerId })).errors?.[0].extensions?.code)
      .toMatch(/FORBIDDEN|NOT_FOUND/);
  });
});
