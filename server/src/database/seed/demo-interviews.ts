// Demo interviews and messages: the deaf demo seeker (刘静) has an interview proposed for her application, with her
// accommodations (an interpreter confirmed, written questions still open) and a short text thread; the blind demo
// seeker's (张明) interview is accepted. Written after the applications, from what they are.
import type { EntityManager } from 'typeorm';

const DAY = 86_400_000;

/** A day ahead at a wall-clock time in China (UTC+8, no daylight saving). */
function chinaAt(now: Date, daysAhead: number, hour: number): Date {
  const china = new Date(now.getTime() + 8 * 3_600_000 + daysAhead * DAY);
  return new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate(), hour - 8, 0));
}

interface Target { title: string; application_id: string; status: string; seeker_user_id: string; employer_user_id: string; accommodations: string[] }

async function target(m: EntityManager, phone: string, status: string): Promise<Target | null> {
  const rows: Target[] = await m.query(
    `SELECT p.title, a.id AS application_id, a.status, s.user_id AS seeker_user_id, om.user_id AS employer_user_id, a.accommodations
       FROM application a JOIN seeker_profile s ON s.id = a.seeker_id JOIN app_user u ON u.id = s.user_id
       JOIN posting p ON p.id = a.posting_id JOIN organization_member om ON om.organization_id = p.organization_id
      WHERE u.phone = $1 AND a.status = $2 ORDER BY a.created_at LIMIT 1`, [phone, status]);
  return rows[0] ?? null;
}

export async function loadDemoInterviews(m: EntityManager, now: Date): Promise<{ interviews: number; messages: number }> {
  let interviews = 0;
  let messages = 0;
  const deaf = await target(m, '13800000022', 'REVIEWING');
  if (deaf) {
    const asked = ['SIGN_LANGUAGE_INTERPRETER', 'TEXT_INTERVIEW'];
    await m.query(`UPDATE application SET status = 'INTERVIEW', accommodations = $2, accommodation_note = '面试时请安排手语翻译，或用文字沟通。', updated_at = $3 WHERE id = $1`,
      [deaf.application_id, asked, new Date(now.getTime() - DAY)]);
    await m.query(`INSERT INTO application_status_change (application_id, from_status, to_status, reason, actor_user_id, created_at) VALUES ($1,'REVIEWING','INTERVIEW',NULL,$2,$3)`,
      [deaf.application_id, deaf.employer_user_id, new Date(now.getTime() - DAY)]);
    const [{ id }] = await m.query(
      `INSERT INTO interview (application_id, starts_at, duration_minutes, mode, place, access_features, access_note, contact, message, created_by, created_at, updated_at)
       VALUES ($1,$2,45,'IN_PERSON','浉河区中山路88号 二楼会议室',$3,'正门有坡道，电梯在大厅右手边','短信或微信 13800000011','请带上身份证和残疾人证。面试主要是电脑打字和客服回复测试。',$4,$5,$5) RETURNING id`,
      [deaf.application_id, chinaAt(now, 3, 10), ['STEP_FREE_ENTRANCE', 'LIFT', 'ACCESSIBLE_TOILET'], deaf.employer_user_id, new Date(now.getTime() - DAY)]);
    await m.query(`INSERT INTO interview_accommodation (interview_id, accommodation, status, arrangement) VALUES ($1,'SIGN_LANGUAGE_INTERPRETER','CONFIRMED','已请区残联安排手语翻译到场'), ($1,'TEXT_INTERVIEW','OPEN','')`, [id]);
    const thread: Array<[string, string, string]> = [
      [deaf.employer_user_id, 'EMPLOYER', '刘静您好，我们约您周中上午面试，地点和时间已发在面试安排里。有问题可以在这里留言。'],
      [deaf.seeker_user_id, 'SEEKER', '您好，收到了。请问面试时能把问题写下来给我看吗？'],
      [deaf.employer_user_id, 'EMPLOYER', '可以，我们会提前把问题打印好，也请了手语翻译。'],
    ];
    for (const [i, [user, role, body]] of thread.entries()) {
      await m.query(`INSERT INTO message (application_id, sender_user_id, sender_role, body, created_at) VALUES ($1,$2,$3,$4,$5)`,
        [deaf.application_id, user, role, body, new Date(now.getTime() - DAY + (i + 1) * 600_000)]);
    }
    // the seeker read up to her own message; the employer's reply is unread
    await m.query(`INSERT INTO message_read (application_id, user_id, last_read_id)
                   SELECT application_id, $2, max(id) FILTER (WHERE sender_user_id = $2) FROM message WHERE application_id = $1 GROUP BY application_id`,
      [deaf.application_id, deaf.seeker_user_id]);
    await m.query(`INSERT INTO notification (user_id, kind, params) VALUES ($1,'INTERVIEW_PROPOSED',$2::jsonb)`,
      [deaf.seeker_user_id, JSON.stringify({ title: deaf.title, applicationId: deaf.application_id, startsAt: chinaAt(now, 3, 10).toISOString() })]);
    interviews += 1;
    messages += thread.length;
  }
  const blind = await target(m, '13800000021', 'INTERVIEW');
  if (blind) {
    const [{ id }] = await m.query(
      `INSERT INTO interview (application_id, starts_at, duration_minutes, mode, place, access_features, access_note, contact, message, status, created_by)
       VALUES ($1,$2,30,'IN_PERSON','罗山县城关镇人民路12号 一楼',$3,'一楼进门即到，门口有盲道','短信 13800000012','面试是现场按摩操作。','ACCEPTED',$4) RETURNING id`,
      [blind.application_id, chinaAt(now, 5, 15), ['GROUND_FLOOR', 'TACTILE_PATHS'], blind.employer_user_id]);
    if (blind.accommodations.length) {
      await m.query(`INSERT INTO interview_accommodation (interview_id, accommodation) SELECT $1, unnest($2::text[])`, [id, blind.accommodations]);
    }
    interviews += 1;
  }
  return { interviews, messages };
}
