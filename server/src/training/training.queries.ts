// Set-based reads of training's own tables, shared by the services and the per-request loaders.
import { In, type DataSource, type EntityManager } from 'typeorm';
import { localDate } from '../common/local-time.js';
import { queryRows } from '../database/sql.js';
import { TrainingCourse } from './course.entity.js';
import { attendanceOf } from './attendance.js';
import { sqlSameSkill } from './skill-match.js';
import { AttendanceFigure, AttendanceMark, CourseSession, TrainingCertificate } from './training.models.js';
import type { CertificateKind } from './training-vocab.js';

/**
 * Courses taking enrolments, with a free place, that teach each of these skills (as the matcher compares skills),
 * soonest first: one statement for every skill asked.
 */
export async function coursesTeaching(ds: DataSource, skills: readonly string[]): Promise<Map<string, TrainingCourse[]>> {
  const out = new Map<string, TrainingCourse[]>(skills.map((s) => [s, []]));
  if (!skills.length) return out;
  const rows = await queryRows<{ skill: string; id: string }>(ds,
    `SELECT DISTINCT g.skill, c.id, c.starts_on FROM training_course c, unnest($1::text[]) AS g(skill)
      WHERE c.open AND c.cancelled_at IS NULL AND c.ends_on >= $2::date AND c.enrolled_count < c.capacity
        AND EXISTS (SELECT 1 FROM unnest(c.skills) AS s WHERE ${sqlSameSkill('s', 'g.skill')})
      ORDER BY c.starts_on, c.id`, [[...skills], localDate(new Date())]);
  const courses = rows.length ? await ds.getRepository(TrainingCourse).findBy({ id: In([...new Set(rows.map((r) => r.id))]) }) : [];
  const byId = new Map(courses.map((c) => [c.id, c]));
  for (const r of rows) out.get(r.skill)?.push(byId.get(r.id)!);
  return out;
}

interface CertRow {
  id: string; seeker_id: string; title: string; certificate_kind: CertificateKind | null; certificate_level: string | null;
  certificate_number: string | null; certificate_issued_on: string | null; skills: string[];
}

/** Completed courses of these people, newest first; certificate numbers only when `withNumbers`. */
export async function certificatesOf(ds: DataSource, seekerIds: readonly string[], withNumbers: boolean): Promise<Map<string, TrainingCertificate[]>> {
  const out = new Map<string, TrainingCertificate[]>(seekerIds.map((id) => [id, []]));
  if (!seekerIds.length) return out;
  const rows = await queryRows<CertRow>(ds,
    `SELECT e.id, e.seeker_id, c.title, e.certificate_kind, e.certificate_level,
            e.certificate_number, e.certificate_issued_on::text AS certificate_issued_on, c.skills
       FROM training_enrolment e JOIN training_course c ON c.id = e.course_id
      WHERE e.seeker_id = ANY($1::uuid[]) AND e.status = 'COMPLETED' ORDER BY e.completed_at DESC`, [[...seekerIds]]);
  for (const r of rows) {
    out.get(r.seeker_id)?.push(Object.assign(new TrainingCertificate(), {
      enrolmentId: r.id, courseTitle: r.title, certificateKind: r.certificate_kind, certificateLevel: r.certificate_level ?? '',
      certificateNumber: withNumbers ? r.certificate_number : null, issuedOn: r.certificate_issued_on, skills: r.skills,
    }));
  }
  return out;
}

/** The registers of a course (one date, or all, latest first), each with its marks. */
export async function sessionsOf(db: DataSource | EntityManager, courseId: string, date?: string): Promise<CourseSession[]> {
  const rows = await queryRows<{ session_date: string; marks: Array<{ enrolmentId: string; present: boolean }> | null }>(db,
    `SELECT s.session_date::text AS session_date,
            json_agg(json_build_object('enrolmentId', a.enrolment_id, 'present', a.present) ORDER BY a.enrolment_id)
              FILTER (WHERE a.enrolment_id IS NOT NULL) AS marks
       FROM training_session s LEFT JOIN training_attendance a ON a.course_id = s.course_id AND a.session_date = s.session_date
      WHERE s.course_id = $1 AND ($2::date IS NULL OR s.session_date = $2::date)
      GROUP BY s.session_date ORDER BY s.session_date DESC`, [courseId, date ?? null]);
  return rows.map((r) => {
    const marks = (r.marks ?? []).map((x) => Object.assign(new AttendanceMark(), x));
    const present = marks.filter((x) => x.present).length;
    return Object.assign(new CourseSession(), { sessionDate: r.session_date, present, absent: marks.length - present, marks });
  });
}

/** The attendance figure of each enrolment (register marks and any count carried from before the register). */
export async function attendanceFigures(ds: DataSource, enrolmentIds: readonly string[]): Promise<Map<string, AttendanceFigure>> {
  const rows = await queryRows<{ id: string; carried_attended: number; carried_held: number; marks: Array<{ sessionDate: string; present: boolean }> | null }>(ds,
    `SELECT e.id, e.carried_attended, e.carried_held,
            json_agg(json_build_object('sessionDate', a.session_date::text, 'present', a.present)) FILTER (WHERE a.enrolment_id IS NOT NULL) AS marks
       FROM training_enrolment e LEFT JOIN training_attendance a ON a.enrolment_id = e.id
      WHERE e.id = ANY($1::uuid[]) GROUP BY e.id`, [[...enrolmentIds]]);
  return new Map(rows.map((r) => [r.id, Object.assign(new AttendanceFigure(),
    attendanceOf(r.marks ?? [], { attended: r.carried_attended, held: r.carried_held }))]));
}
