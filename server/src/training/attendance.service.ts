// The register (考勤登记) of a course: staff managing it record, for a session date within the course's dates and
// not in the future, every person enrolled as present or absent (plan （十）“加强培训质量考核”“规范残疾人职业技能培训
// 时间”; （六） 对就业培训质量实行考核评估). A recorded date is a session held; the attendance figure is derived from
// the marks (attendance.ts; docs/counting.md, "Training attendance"). Saving a date again replaces its marks.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { Role } from '../common/domain.js';
import { ConflictError, FieldProblems } from '../common/errors.js';
import { localDate } from '../common/local-time.js';
import { queryRows } from '../database/sql.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { CoursesService } from './courses.service.js';
import type { CourseSession } from './training.models.js';
import { sessionsOf } from './training.queries.js';
import { AttendanceRegisterInput } from './training.inputs.js';
import { EnrolmentStatus } from './training-vocab.js';

@Injectable()
export class AttendanceService {
  constructor(
    private readonly ds: DataSource,
    private readonly courses: CoursesService,
    private readonly seekers: SeekersService,
    private readonly audit: AuditService,
  ) {}

  /** Staff managing the course: its registers, latest first. */
  async register(actor: Actor | null, courseId: string): Promise<CourseSession[]> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    this.courses.assertCanManage(a, await this.courses.get(courseId));
    return sessionsOf(this.ds, courseId);
  }

  async record(actor: Actor | null, input: AttendanceRegisterInput): Promise<CourseSession> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    this.courses.assertCanManage(a, await this.courses.get(input.courseId));
    const date = input.sessionDate;
    await this.ds.transaction(async (m) => {
      // the course row locked: an enrolment, a withdrawal or a cancellation meanwhile is seen by the checks below
      await m.query(`SELECT id FROM training_course WHERE id = $1 FOR UPDATE`, [input.courseId]);
      const course = await this.courses.get(input.courseId, m);
      this.courses.assertCanManage(a, course);
      if (course.cancelledAt) throw new ConflictError('error.courseCancelled');
      const enrolments = await queryRows<{ id: string; seeker_id: string; status: EnrolmentStatus }>(m,
        `SELECT id, seeker_id, status FROM training_enrolment WHERE course_id = $1`, [course.id]);
      const byId = new Map(enrolments.map((e) => [e.id, e]));
      const names = new Map((await this.seekers.findByIds(enrolments.map((e) => e.seeker_id))).map((s) => [s.id, s.name]));
      const nameOf = (e: { seeker_id: string }) => names.get(e.seeker_id) ?? '';
      const [held] = await queryRows<{ n: number; has: boolean }>(m,
        `SELECT count(*)::int AS n, bool_or(session_date = $2::date) AS has FROM training_session WHERE course_id = $1`, [course.id, date]);

      const p = new FieldProblems()
        .check(date >= course.startsOn && date <= course.endsOn, 'input.sessionDate', 'validation.sessionDateOutsideCourse',
          { startsOn: course.startsOn, endsOn: course.endsOn })
        .check(date <= localDate(new Date()), 'input.sessionDate', 'validation.dateInFuture')
        .check(!!held.has || held.n < course.sessions, 'input.sessionDate', 'validation.registerFull', { sessions: course.sessions });
      const seen = new Set<string>();
      input.marks.forEach((mark, i) => {
        const e = byId.get(mark.enrolmentId);
        const path = `input.marks.${i}.enrolmentId`;
        if (!e) p.add(path, 'validation.markNotOnCourse');
        else if (e.status === EnrolmentStatus.WITHDRAWN) p.add(path, 'validation.markWithdrawn', { name: nameOf(e) });
        else if (seen.has(e.id)) p.add(path, 'validation.markTwice', { name: nameOf(e) });
        seen.add(mark.enrolmentId);
      });
      // the register of a date is whole: everyone enrolled now is marked (people with a result recorded may be)
      const missing = enrolments.filter((e) => e.status === EnrolmentStatus.ENROLLED && !seen.has(e.id)).map(nameOf);
      p.check(missing.length === 0, 'input.marks', 'validation.registerIncomplete', { names: missing.join('、') });
      p.throwIfAny();

      await m.query(
        `INSERT INTO training_session (course_id, session_date, recorded_by) VALUES ($1, $2, $3)
         ON CONFLICT (course_id, session_date) DO UPDATE SET recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
        [course.id, date, a.userId]);
      await m.query(
        `INSERT INTO training_attendance (enrolment_id, course_id, session_date, present, recorded_by)
         SELECT x.id, $1, $2, x.present, $3 FROM unnest($4::uuid[], $5::boolean[]) AS x(id, present)
         ON CONFLICT (enrolment_id, session_date) DO UPDATE SET present = EXCLUDED.present, recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
        [course.id, date, a.userId, input.marks.map((x) => x.enrolmentId), input.marks.map((x) => x.present)]);
      const present = input.marks.filter((x) => x.present).length;
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'course', entityId: course.id,
        detail: { op: 'attendance', sessionDate: date, present, absent: input.marks.length - present } }], m);
    });
    return (await sessionsOf(this.ds, input.courseId, date))[0];
  }
}
