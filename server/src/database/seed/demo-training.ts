// Demo skills training (plan （十）实施残疾人职业技能提升行动; （六） rural practical training; （八） blind massage):
// providers and courses in several counties (their subsidy amounts unverified: 待核实, no source states them), the demo
// seekers enrolled, and a finished course whose completions fill the talent pool, with its register (the dates it met,
// who was present: the attendance figures derive from it). Inside the demo transaction.
import type { EntityManager } from 'typeorm';
import { queryRows } from '../sql.js';

const DAY = 86_400_000;
const day = (now: Date, days: number) => new Date(now.getTime() + days * DAY + 8 * 3_600_000).toISOString().slice(0, 10);
const SUBSIDY = '培训费、生活费（含交通费）补贴（（十）实施残疾人职业技能提升行动）；标准待当地文件明确';

interface DemoCourse {
  key: string; provider: string; kind: string; title: string; description: string; skills: string[]; certificateKind: string | null;
  certificateLevel: string; countyCode: string | null; starts: number; ends: number; schedule: string; sessions: number; mode: string;
  venueName: string; address: string; capacity: number; access: string[]; delivery: string[];
}

const PROVIDERS: Array<{ key: string; name: string; kind: string; countyCode: string | null; address: string; phone: string }> = [
  { key: 'city', name: '信阳市残疾人职业培训基地', kind: 'FEDERATION_BASE', countyCode: null, address: '浉河区新华西路残疾人综合服务中心三楼', phone: '0376-6200001' },
  { key: 'massage', name: '信阳市盲人按摩规范化实训基地', kind: 'FEDERATION_BASE', countyCode: null, address: '平桥区平桥大道残疾人康复中心一楼', phone: '0376-6200002' },
  { key: 'luoshan', name: '罗山县残疾人职业培训基地', kind: 'FEDERATION_BASE', countyCode: '411521', address: '罗山县城关镇宝城路1号', phone: '0376-2100000' },
  { key: 'tea', name: '浉河区茶叶技术培训学校', kind: 'VOCATIONAL_SCHOOL', countyCode: '411502', address: '浉河区董家河镇', phone: '0376-6300003' },
];

const COURSES: DemoCourse[] = [
  { key: 'massage', provider: 'massage', kind: 'BLIND_MASSAGE', title: '盲人保健按摩提升培训班', description: '面向有就业愿望的盲人，免费开展保健按摩技能提升培训（（八）实施盲人按摩就业促进行动）。提供盲文和有声教材。',
    skills: ['保健按摩', '推拿'], certificateKind: 'MASSAGE_HEALTH', certificateLevel: '中级', countyCode: null, starts: 10, ends: 40,
    schedule: '每周一至周五 8:30-16:30', sessions: 20, mode: 'ONSITE', venueName: '盲人按摩实训基地', address: '平桥区平桥大道残疾人康复中心一楼',
    capacity: 20, access: ['step_free_route', 'accessible_toilets', 'tactile_paving'], delivery: ['braille_materials', 'large_print'] },
  { key: 'ecommerce', provider: 'luoshan', kind: 'NEW_FORMS', title: '电商客服与直播带货培训班', description: '学习网店文字客服、直播带货和电脑打字。全程手语翻译，教室装有助听环路。',
    skills: ['电商客服', '直播带货', '电脑打字'], certificateKind: 'VOCATIONAL', certificateLevel: '五级/初级工', countyCode: '411521', starts: 5, ends: 25,
    schedule: '每周一至周五 9:00-16:00', sessions: 15, mode: 'ONSITE', venueName: '罗山县残疾人职业培训基地', address: '罗山县城关镇宝城路1号',
    capacity: 30, access: ['step_free_route', 'accessible_toilets', 'hearing_loop'], delivery: ['sign_language', 'captions'] },
  { key: 'tea', provider: 'tea', kind: 'RURAL_PRACTICAL', title: '信阳毛尖种植与加工实用技术培训', description: '农村残疾人免费学习茶园管理、采茶和茶叶加工（（六）实施农村残疾人就业帮扶行动：每个农村困难残疾人家庭至少1人免费接受培训）。',
    skills: ['采茶', '茶叶加工', '种植'], certificateKind: 'OTHER', certificateLevel: '', countyCode: '411502', starts: 15, ends: 30,
    schedule: '每周二、四 8:00-12:00', sessions: 8, mode: 'ONSITE', venueName: '董家河镇茶叶合作社', address: '浉河区董家河镇车云山村',
    capacity: 40, access: ['step_free_route'], delivery: ['large_print'] },
  { key: 'business', provider: 'city', kind: 'ENTREPRENEURSHIP', title: '残疾人创业培训（网上课程）', description: '在网上学习开店、记账和申请创业扶持。视频都有字幕。',
    skills: ['创业经营', '记账'], certificateKind: 'OTHER', certificateLevel: '', countyCode: null, starts: 7, ends: 37,
    schedule: '每周三 19:00-21:00（网上直播，可回看）', sessions: 10, mode: 'ONLINE', venueName: '', address: '',
    capacity: 100, access: [], delivery: ['captions'] },
  { key: 'weaving', provider: 'city', kind: 'CRAFTS', title: '手工编织（非遗）技能培训', description: '学习传统竹编和手工编织，作品可由美丽工坊代销。',
    skills: ['手工编织', '竹编'], certificateKind: 'VOCATIONAL', certificateLevel: '五级/初级工', countyCode: null, starts: -60, ends: -30,
    schedule: '每周一、三、五 9:00-15:00', sessions: 12, mode: 'ONSITE', venueName: '市残疾人综合服务中心', address: '浉河区新华西路残疾人综合服务中心三楼',
    capacity: 25, access: ['step_free_route', 'accessible_toilets'], delivery: ['large_print'] },
];

const ACCESS = ['step_free_route', 'accessible_toilets', 'hearing_loop', 'tactile_paving', 'sign_language', 'braille_materials', 'large_print', 'captions'];

export async function loadDemoTraining(m: EntityManager, now: Date): Promise<{ courses: number; enrolments: number }> {
  const [staff] = await queryRows<{ id: string }>(m, `SELECT id FROM app_user WHERE role = 'STAFF' ORDER BY phone LIMIT 1`);
  if (!staff) return { courses: 0, enrolments: 0 };
  const providerIds = new Map<string, string>();
  for (const p of PROVIDERS) {
    const [row] = await queryRows<{ id: string }>(m,
      `INSERT INTO training_provider (name, kind, county_code, address, contact_phone, created_by) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
      [p.name, p.kind, p.countyCode, p.address, p.phone, staff.id]);
    providerIds.set(p.key, row.id);
  }
  const courseIds = new Map<string, string>();
  for (const c of COURSES) {
    const flags = ACCESS.map((f) => c.access.includes(f) || c.delivery.includes(f));
    const [row] = await queryRows<{ id: string }>(m,
      `INSERT INTO training_course (provider_id, kind, title, description, skills, certificate_kind, certificate_level, county_code, starts_on, ends_on,
              schedule, sessions, mode, venue_name, address, step_free_route, accessible_toilets, hearing_loop, tactile_paving, sign_language,
              braille_materials, large_print, captions, fee_yuan, subsidy_note, capacity, open, created_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,0,$24,$25,true,$26) RETURNING id`,
      [providerIds.get(c.provider), c.kind, c.title, c.description, c.skills, c.certificateKind, c.certificateLevel, c.countyCode,
        day(now, c.starts), day(now, c.ends), c.schedule, c.sessions, c.mode, c.venueName, c.address, ...flags, SUBSIDY, c.capacity, staff.id]);
    courseIds.set(c.key, row.id);
  }
  const byPhone = async (phone: string) => (await queryRows<{ id: string }>(m,
    `SELECT s.id FROM seeker_profile s JOIN app_user u ON u.id = s.user_id WHERE u.phone = $1`, [phone]))[0]?.id;
  const enrolments: Array<{ course: string; seeker: string; status: string; attended: number; certificate?: string; id?: string }> = [];
  const zhangMing = await byPhone('13800000021');
  const liuJing = await byPhone('13800000022');
  if (zhangMing) enrolments.push({ course: 'massage', seeker: zhangMing, status: 'ENROLLED', attended: 0 });
  if (liuJing) enrolments.push({ course: 'ecommerce', seeker: liuJing, status: 'ENROLLED', attended: 0 });
  // the finished course: registry people of several counties, most completed (the talent pool has them)
  const trained = await queryRows<{ id: string }>(m,
    `SELECT id FROM seeker_profile WHERE user_id IS NULL AND employment_status = 'UNEMPLOYED' ORDER BY name, id LIMIT 12`);
  trained.forEach((s, i) => enrolments.push({
    course: 'weaving', seeker: s.id, status: i % 6 === 5 ? 'NOT_COMPLETED' : 'COMPLETED', attended: i % 6 === 5 ? 5 : 12,
    certificate: i % 6 === 5 ? undefined : `XY2026${String(i + 1).padStart(4, '0')}`,
  }));
  const weaving = COURSES.find((c) => c.key === 'weaving')!;
  for (const e of enrolments) {
    const done = e.status === 'COMPLETED';
    const [row] = await queryRows<{ id: string }>(m,
      `INSERT INTO training_enrolment (course_id, seeker_id, status, completed_at, completed_by, certificate_kind, certificate_level,
              certificate_number, certificate_issued_on)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id`,
      [courseIds.get(e.course), e.seeker, e.status, e.status === 'ENROLLED' ? null : new Date(now.getTime() - 29 * DAY),
        e.status === 'ENROLLED' ? null : staff.id, done ? weaving.certificateKind : null, done ? weaving.certificateLevel : null,
        done ? e.certificate : null, done ? day(now, -29) : null]);
    e.id = row.id;
    if (done) {
      await m.query(`UPDATE seeker_profile SET skills = skills || (SELECT coalesce(array_agg(x), '{}') FROM unnest($2::text[]) x WHERE NOT x = ANY(skills))
                      WHERE id = $1`, [e.seeker, weaving.skills]);
    }
  }
  // the finished course's register: the first of its Mondays, Wednesdays and Fridays, one per planned session; a
  // person is present on as many of them as they attended (the one who did not complete missed the later ones)
  const dates: string[] = [];
  for (let d = weaving.starts; d <= weaving.ends && dates.length < weaving.sessions; d++) {
    const date = day(now, d);
    if ([1, 3, 5].includes(new Date(`${date}T00:00:00Z`).getUTCDay())) dates.push(date);
  }
  const weavingId = courseIds.get('weaving')!;
  for (const date of dates) {
    await m.query(`INSERT INTO training_session (course_id, session_date, recorded_by, recorded_at) VALUES ($1,$2,$3,$4)`,
      [weavingId, date, staff.id, new Date(`${date}T08:00:00Z`)]);
  }
  for (const e of enrolments.filter((x) => x.course === 'weaving')) {
    await m.query(
      `INSERT INTO training_attendance (enrolment_id, course_id, session_date, present, recorded_by)
       SELECT $1, $2, d, i <= $4, $5 FROM unnest($3::date[]) WITH ORDINALITY AS x(d, i)`,
      [e.id, weavingId, dates, e.attended, staff.id]);
  }
  await m.query(`UPDATE training_course c SET enrolled_count = (SELECT count(*) FROM training_enrolment e WHERE e.course_id = c.id AND e.status <> 'WITHDRAWN')`);
  return { courses: COURSES.length, enrolments: enrolments.length };
}
