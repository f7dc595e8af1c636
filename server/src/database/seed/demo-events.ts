// Demo recruitment events on top of the demo marketplace: past fairs of every kind with attendance and
// outcomes, upcoming published ones with booths and registrations (one nearly full, with a waiting list),
// and a draft. Built from the rows already inserted, inside the demo transaction.
import type { EntityManager } from 'typeorm';
import { EventService } from '../../events/event-vocab.js';
import { queryRows } from '../sql.js';
import { Random } from './random.js';

const DAY = 86_400_000;

interface DemoEvent {
  kind: 'TARGETED' | 'GRADUATE' | 'GENERAL'; mode: 'ONSITE' | 'ONLINE' | 'HYBRID'; title: string; organizer: string;
  county: string | null; dayOffset: number; capacity: number; booths: number; fill: number;
  graduationYears?: number[]; categories?: string[]; orgTypes?: string[]; status: 'DRAFT' | 'PUBLISHED' | 'FINISHED';
  venue: string; address: string; services: Array<[EventService, number]>;
}

/** Titles say {Y} for the year the event takes place; graduationYears are relative to it (0 = that year). */
function events(): DemoEvent[] {
  const S = EventService;
  return [
    { kind: 'GENERAL', mode: 'ONSITE', title: '{Y}年“就业援助月”残疾人专场招聘会', organizer: '信阳市残疾人联合会', county: null, dayOffset: -300, capacity: 300, booths: 30, fill: 0.8, status: 'FINISHED', venue: '信阳市人力资源市场', address: '浉河区新七大道', services: [[S.SIGN_LANGUAGE_INTERPRETER, 4], [S.GUIDE, 10]] },
    { kind: 'GRADUATE', mode: 'HYBRID', title: '{Y}年信阳市残疾人高校毕业生双选会（春季）', organizer: '信阳市残疾人联合会', county: null, dayOffset: -200, capacity: 120, booths: 20, fill: 0.7, graduationYears: [0, -1], status: 'FINISHED', venue: '信阳师范大学体育馆', address: '浉河区南京路237号', services: [[S.SIGN_LANGUAGE_INTERPRETER, 2], [S.REAL_TIME_CAPTIONS, 1], [S.BRAILLE_MATERIALS, 20]] },
    { kind: 'TARGETED', mode: 'ONSITE', title: '罗山县盲人按摩专场招聘会', organizer: '罗山县残疾人联合会', county: '411521', dayOffset: -60, capacity: 80, booths: 8, fill: 0.9, categories: ['VISUAL'], status: 'FINISHED', venue: '罗山县残疾人综合服务中心', address: '罗山县城关镇宝城路', services: [[S.GUIDE, 6], [S.BRAILLE_MATERIALS, 30], [S.ACCESSIBLE_TRANSPORT, 2]] },
    { kind: 'TARGETED', mode: 'ONSITE', title: '国有企业残疾人定向招聘会', organizer: '信阳市国资委、信阳市残联', county: null, dayOffset: 9, capacity: 200, booths: 15, fill: 0.6, orgTypes: ['STATE_OWNED'], status: 'PUBLISHED', venue: '信阳国际会展中心', address: '羊山新区新五大道', services: [[S.SIGN_LANGUAGE_INTERPRETER, 3], [S.GUIDE, 8], [S.LARGE_PRINT_MATERIALS, 50]] },
    { kind: 'GRADUATE', mode: 'HYBRID', title: '{Y}年残疾人高校毕业生冬季双选会', organizer: '信阳市残疾人联合会', county: null, dayOffset: 21, capacity: 12, booths: 12, fill: 1.5, graduationYears: [0, -1], status: 'PUBLISHED', venue: '信阳职业技术学院', address: '平桥区新二十四大街', services: [[S.SIGN_LANGUAGE_INTERPRETER, 2], [S.REAL_TIME_CAPTIONS, 1]] },
    { kind: 'TARGETED', mode: 'ONLINE', title: '平台经济灵活就业线上专场（电商客服、数据标注）', organizer: '平桥区残疾人联合会', county: '411503', dayOffset: 5, capacity: 500, booths: 10, fill: 0.3, orgTypes: ['PLATFORM', 'PRIVATE'], status: 'PUBLISHED', venue: '', address: '', services: [[S.REAL_TIME_CAPTIONS, 1]] },
    { kind: 'GENERAL', mode: 'ONSITE', title: '息县“助残日”残疾人就业服务活动', organizer: '息县残疾人联合会', county: '411528', dayOffset: 40, capacity: 100, booths: 10, fill: 0, status: 'DRAFT', venue: '息县人民广场', address: '息县谯楼街道', services: [[S.GUIDE, 4]] },
  ];
}

export async function loadDemoEvents(m: EntityManager, now: Date, seed: number): Promise<{ events: number; registrations: number }> {
  const rng = new Random(seed, 'events');
  const orgs = await queryRows<{ id: string; type: string; county_code: string }>(m, `SELECT id, type, county_code FROM organization WHERE verification_status = 'VERIFIED' ORDER BY name`);
  const postingsByOrg = new Map<string, string[]>();
  for (const p of await queryRows<{ id: string; organization_id: string }>(m, `SELECT id, organization_id FROM posting WHERE status = 'PUBLISHED' ORDER BY title, id`)) {
    postingsByOrg.set(p.organization_id, [...(postingsByOrg.get(p.organization_id) ?? []), p.id]);
  }
  const seekers = await queryRows<{ id: string; category: string | null; graduate_year: number | null; county_code: string }>(m,
    `SELECT id, category, graduate_year, county_code FROM seeker_profile ORDER BY user_id NULLS LAST, name, id`);
  const staff = await queryRows<{ id: string }>(m, `SELECT id FROM app_user WHERE role = 'STAFF' ORDER BY phone LIMIT 1`);
  let registrations = 0;
  const defs = events();
  for (const def of defs) {
    const start = new Date(Math.floor((now.getTime() + def.dayOffset * DAY) / DAY) * DAY + 1 * 3600_000); // 09:00 China time
    const y = start.getUTCFullYear();
    const d = { ...def, title: def.title.replace('{Y}', String(y)), graduationYears: def.graduationYears?.map((g) => y + g) };
    const end = new Date(start.getTime() + 6 * 3600_000);
    const [ev] = await queryRows<{ id: string }>(m,
      `INSERT INTO recruitment_event (kind, mode, title, description, organizer, county_code, starts_at, ends_at, registration_opens_at,
         registration_closes_at, venue_name, address, online_url, step_free_route, accessible_toilets, tactile_paving, quiet_room,
         accessible_parking, seating, accessibility_note, graduation_years, target_categories, target_organization_types,
         seeker_capacity, booth_limit, status, created_by, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,true,true,$14,true,true,true,$15,$16,$17,$18,$19,$20,$21,$22,$9) RETURNING id`,
      [d.kind, d.mode, d.title, `${d.organizer}主办。现场设无障碍通道和休息区，可预约手语翻译、引导和接送。`, d.organizer, d.county, start, end,
        new Date(start.getTime() - 30 * DAY), new Date(start.getTime() - 3600_000), d.venue, d.address,
        d.mode === 'ONSITE' ? '' : 'https://meeting.example.cn/zhuyetong', d.mode !== 'ONLINE', '入口在东侧，有坡道；安静休息室在二楼，有电梯。',
        d.graduationYears ?? [], d.categories ?? [], d.orgTypes ?? [], d.capacity, d.booths, d.status, staff[0]?.id ?? null]);
    for (const [service, quantity] of d.services) {
      await m.query(`INSERT INTO event_service_offer (event_id, service, quantity) VALUES ($1,$2,$3)`, [ev.id, service, quantity]);
    }
    if (d.status === 'DRAFT') continue;
    // booths: organizations of the targeted types (or any), with their published postings
    const candidates = orgs.filter((o) => (!d.orgTypes || d.orgTypes.includes(o.type)) && postingsByOrg.has(o.id));
    const approved = rng.sample(candidates, Math.min(candidates.length, Math.ceil(d.booths * 0.7)));
    for (const o of approved) {
      await m.query(`INSERT INTO event_booth (event_id, organization_id, status, posting_ids, decided_by, decided_at) VALUES ($1,$2,'APPROVED',$3,$4,$5)`,
        [ev.id, o.id, (postingsByOrg.get(o.id) ?? []).slice(0, 3), staff[0]?.id ?? null, start]);
    }
    await m.query(`UPDATE recruitment_event SET booth_count = $2 WHERE id = $1`, [ev.id, approved.length]);
    // registrations: eligible seekers, demo accounts first; beyond capacity they wait
    const eligible = seekers.filter((s) => (!d.graduationYears || (s.graduate_year && d.graduationYears.includes(s.graduate_year)))
      && (!d.categories || (s.category && d.categories.includes(s.category))));
    const wanted = eligible.slice(0, Math.round(d.capacity * d.fill)); // fill > 1: more than the seats, so some wait
    let seated = 0;
    for (const [i, s] of wanted.entries()) {
      const status = seated < d.capacity ? 'REGISTERED' : 'WAITLISTED';
      if (status === 'REGISTERED') seated++;
      const checkedIn = d.status === 'FINISHED' && status === 'REGISTERED' && rng.chance(0.8) ? end : null;
      const [r] = await queryRows<{ id: string }>(m,
        `INSERT INTO event_registration (event_id, seeker_id, status, arrival, ticket_code, checked_in_at, checked_in_by, created_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
        [ev.id, s.id, status, i + 1, `D${String(seed % 100).padStart(2, '0')}${ev.id.slice(0, 4).toUpperCase()}${String(i).padStart(4, '0')}`.replace(/[^A-Z0-9]/g, 'X'),
          checkedIn, checkedIn ? staff[0]?.id ?? null : null, new Date(start.getTime() - rng.int(1, 25) * DAY)]);
      if (rng.chance(0.15)) {
        await m.query(`INSERT INTO event_service_request (registration_id, service, notes) VALUES ($1,$2,$3)`,
          [r.id, rng.pick(d.services)[0], rng.chance(0.5) ? '请安排在入口处等候' : '']);
      }
      registrations++;
    }
    await m.query(`UPDATE recruitment_event SET registered_count = $2, arrivals = $3 WHERE id = $1`, [ev.id, seated, wanted.length]);
    if (d.status === 'FINISHED') {
      // applications these attendees made to postings at the fair count as made there
      await m.query(
        `UPDATE application a SET event_id = $1
           FROM event_registration r, event_booth b
          WHERE r.event_id = $1 AND r.checked_in_at IS NOT NULL AND a.seeker_id = r.seeker_id AND a.event_id IS NULL
            AND b.event_id = $1 AND b.status = 'APPROVED' AND a.posting_id = ANY(b.posting_ids)`, [ev.id]);
    }
  }
  return { events: defs.length, registrations };
}
