// Skills training (plan （十）实施残疾人职业技能提升行动): providers and courses, enrolment (self and on behalf),
// capacity under concurrency, attendance, completion into skills and matching, suggested courses, the talent pool.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LUOSHAN, XIXIAN, admin, count, employer, indexed, publishedPosting, seeker, signUp, staff } from './support/fixtures.js';
import { Client, startTestServer, type TestServer } from './support/server.js';
import {
  ATTEND, COMPLETE, CREATE_COURSE, ENROL, SAVE_PROVIDER, UPDATE_COURSE, WITHDRAW, course, courseInput, inDays, providerInput, today,
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
    const id = await course(luoshan, LUOSHAN, { sessions: 10 });
    const s = await seeker(server, { skills: ['电商客服'], consents: ['SENSITIVE_DATA', 'JOB_MATCHING', 'DISCOVERABLE'] });
    const { enrol } = await s.client.ok<any>(ENROL, { c: id });
    expect((await luoshan.ok<any>(ATTEND, { id: enrol.id, n: 9 })).recordAttendance.sessionsAttended).toBe(9);
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

  it('refuses bad attendance and completion input, and lets only staff managing the course record them', async () => {
    const id = await course(luoshan, LUOSHAN, { sessions: 10 });
    const s = await seeker(server);
    const { enrol } = await s.client.ok<any>(ENROL, { c: id });
    expect((await luoshan.fails(ATTEND, { id: enrol.id, n: 11 }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'sessionsAttended', message: '出勤次数不能超过课程的10次' }] });
    expect((await luoshan.fails(ATTEND, { id: enrol.id, n: -1 })).fields).toEqual([{ path: 'sessionsAttended', message: '出勤次数不能小于0' }]);
    expect((await luoshan.fails(COMPLETE, { id: enrol.id, i: { passed: true, issuedOn: inDays(2) } })).fields).toEqual([{ path: 'input.issuedOn', message: '发证日期不能晚于今天' }]);
    expect((await luoshan.fails(COMPLETE, { id: enrol.id, i: { passed: true, certificateCode: 'x'.repeat(51) } })).fields.map((f) => f.path)).toEqual(['input.certificateCode']);
    for (const who of [xi, s.client, (await employer(server)).client]) {
      expect((await who.fails(ATTEND, { id: enrol.id, n: 3 })).code).toBe('FORBIDDEN');
      expect((await who.fails(COMPLETE, { id: enrol.id, i: { passed: true } })).code).toBe('FORBIDDEN');
    }
    expect((await xi.fails(`query($c: ID!) { courseEnrolments(courseId: $c) { id } }`, { c: id })).code).toBe('FORBIDDEN');
    const { rows } = await server.db.query(`SELECT status, sessions_attended FROM training_enrolment WHERE id = $1`, [enrol.id]);
    expect(rows[0]).toEqual({ status: 'ENROLLED', sessions_attended: 0 });
    const roster = await city.ok<any>(`query($c: ID!) { courseEnrolments(courseId: $c) { id seeker { name } } }`, { c: id });
    expect(roster.courseEnrolments).toEqual([{ id: enrol.id, seeker: { name: '张明' } }]);
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
