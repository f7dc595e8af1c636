// Enrolment in a course (the person, or staff for a person who consented: 代办), withdrawal (by the person, or by
// staff managing the course with a reason: the person is told), and staff's record of completion (attendance is the
// register's: attendance.service.ts). A completion's skills join the person's profile (so they count in matching) and
// its certificate joins their résumé. Seats: one conditional UPDATE (enrolled_count < capacity), never
// read-then-write; a withdrawal frees its seat under the course row's lock, which enrolment takes too.
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { Role } from '../common/domain.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { localDate } from '../common/local-time.js';
import { queryRows } from '../database/sql.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { type OnBehalf, OnBehalfService } from '../seekers/on-behalf.service.js';
import type { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { TrainingCourse } from './course.entity.js';
import { CoursesService } from './courses.service.js';
import { TrainingEnrolment } from './enrolment.entity.js';
import { CompletionInput, checkedReason } from './training.inputs.js';
import { EnrolmentStatus } from './training-vocab.js';

const alreadyEnrolled = (ob?: OnBehalf) =>
  (ob ? new ConflictError('error.alreadyEnrolledFor', { name: ob.seeker.name }) : new ConflictError('error.alreadyEnrolled'));

@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly ds: DataSource,
    private readonly courses: CoursesService,
    private readonly seekers: SeekersService,
    private readonly onBehalf: OnBehalfService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  private async seekerOf(a: Actor): Promise<SeekerProfile> {
    const s = await this.seekers.findByUser(a.userId);
    if (!s) throw new ForbiddenError('error.profileRequired');
    return s;
  }

  async enrol(actor: Actor | null, courseId: string, seekerId?: string | null): Promise<TrainingEnrolment> {
    if (seekerId) {
      const ob = await this.onBehalf.authorize(actor, seekerId);
      return this.enrolSeeker(ob.seeker, courseId, ob);
    }
    const a = requireActor(actor, Role.SEEKER);
    return this.enrolSeeker(await this.seekerOf(a), courseId);
  }

  private async enrolSeeker(seeker: SeekerProfile, courseId: string, ob?: OnBehalf): Promise<TrainingEnrolment> {
    const course = await this.courses.get(courseId);
    const today = localDate(new Date());
    try {
      const id = await this.ds.transaction(async (m) => {
        // the seat first (and the course row's lock, as withdrawing takes it), then the person's enrolment
        const [seat] = await queryRows<{ id: string }>(m,
          `UPDATE training_course SET enrolled_count = enrolled_count + 1
            WHERE id = $1 AND open AND cancelled_at IS NULL AND ends_on >= $2::date AND enrolled_count < capacity RETURNING id`, [courseId, today]);
        const [existing] = await queryRows<{ id: string; status: EnrolmentStatus }>(m,
          `SELECT id, status FROM training_enrolment WHERE course_id = $1 AND seeker_id = $2 FOR UPDATE`, [courseId, seeker.id]);
        if (existing && existing.status !== EnrolmentStatus.WITHDRAWN) throw alreadyEnrolled(ob);
        if (!seat) {
          const now = await this.courses.get(courseId, m);
          throw new ConflictError(now.cancelledAt ? 'error.courseCancelled' : now.open && now.endsOn >= today ? 'error.courseFull' : 'error.courseNotOpen');
        }
        if (ob) await this.onBehalf.assertConsent(m, ob.seeker);
        const [row] = existing
          ? await queryRows<{ id: string }>(m,
            `UPDATE training_enrolment SET status = 'ENROLLED', withdrawn_at = NULL, withdrawn_by = NULL, withdrawn_by_county_code = NULL,
                    withdraw_reason = NULL, on_behalf_by = $2, on_behalf_county_code = $3, updated_at = now() WHERE id = $1 RETURNING id`,
            [existing.id, ob?.staff.userId ?? null, ob?.officeCountyCode ?? null])
          : await queryRows<{ id: string }>(m,
            `INSERT INTO training_enrolment (course_id, seeker_id, status, on_behalf_by, on_behalf_county_code)
             VALUES ($1,$2,'ENROLLED',$3,$4) RETURNING id`, [courseId, seeker.id, ob?.staff.userId ?? null, ob?.officeCountyCode ?? null]);
        if (ob) {
          await this.onBehalf.record(m, ob, NotificationKind.ENROLLED_ON_BEHALF,
            { title: course.title, startsOn: course.startsOn, courseId }, { entity: 'enrolment', id: row.id });
        }
        return row.id;
      });
      return this.ds.getRepository(TrainingEnrolment).findOneByOrFail({ id });
    } catch (e) {
      if ((e as { driverError?: { code?: string } }).driverError?.code === '23505') throw alreadyEnrolled(ob);
      throw e;
    }
  }

  async withdraw(actor: Actor | null, enrolmentId: string): Promise<TrainingEnrolment> {
    const a = requireActor(actor, Role.SEEKER);
    const seeker = await this.seekerOf(a);
    const e = await this.ds.getRepository(TrainingEnrolment).findOneBy({ id: enrolmentId });
    if (!e || e.seekerId !== seeker.id) throw new NotFoundError('enrolment');
    await this.ds.transaction(async (m) => {
      await m.query(`SELECT id FROM training_course WHERE id = $1 FOR UPDATE`, [e.courseId]);
      const done = await queryRows(m,
        `UPDATE training_enrolment SET status = 'WITHDRAWN', withdrawn_at = now(), updated_at = now()
          WHERE id = $1 AND status = 'ENROLLED' RETURNING id`, [enrolmentId]);
      if (!done.length) throw await this.notEnrolledNow(m, enrolmentId);
      await m.query(`UPDATE training_course SET enrolled_count = enrolled_count - 1 WHERE id = $1`, [e.courseId]);
    });
    return this.ds.getRepository(TrainingEnrolment).findOneByOrFail({ id: enrolmentId });
  }

  /**
   * Staff managing the course take a person off it, with the reason (a completed or not-completed enrolment stays as
   * recorded). The seat is freed under the course row's lock, as enrolment takes it, and the person is told.
   */
  async withdrawByStaff(actor: Actor | null, enrolmentId: string, reason: string): Promise<TrainingEnrolment> {
    const { a, e, course } = await this.managed(actor, enrolmentId);
    const why = checkedReason(reason, 'validation.withdrawReasonRequired');
    const office = a.role === Role.STAFF ? a.scopeCountyCode : null;
    await this.ds.transaction(async (m) => {
      await m.query(`SELECT id FROM training_course WHERE id = $1 FOR UPDATE`, [e.courseId]);
      const done = await queryRows(m,
        `UPDATE training_enrolment SET status = 'WITHDRAWN', withdrawn_at = now(), withdrawn_by = $2, withdrawn_by_county_code = $3,
                withdraw_reason = $4, updated_at = now()
          WHERE id = $1 AND status = 'ENROLLED' RETURNING id`, [enrolmentId, a.userId, office, why]);
      if (!done.length) throw await this.notEnrolledNow(m, enrolmentId);
      await m.query(`UPDATE training_course SET enrolled_count = enrolled_count - 1 WHERE id = $1`, [e.courseId]);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'enrolment', entityId: e.id, detail: { op: 'withdraw', reason: why } }], m);
      await this.notifications.notify(m, await this.seekers.userIdsOf([e.seekerId], m), NotificationKind.TRAINING_WITHDRAWN,
        { title: course.title, reason: why, ...this.onBehalf.officeParams(office) });
    });
    return this.ds.getRepository(TrainingEnrolment).findOneByOrFail({ id: enrolmentId });
  }

  /** Why an enrolment is no longer ENROLLED, read under the course's lock: the error to give. */
  private async notEnrolledNow(m: EntityManager, enrolmentId: string): Promise<ConflictError> {
    const [row] = await queryRows<{ status: EnrolmentStatus; seeker_id: string }>(m,
      `SELECT status, seeker_id FROM training_enrolment WHERE id = $1`, [enrolmentId]);
    const name = async () => (await this.seekers.findById(row.seeker_id, m))?.name ?? '';
    switch (row?.status) {
      case EnrolmentStatus.COURSE_CANCELLED: return new ConflictError('error.courseCancelled');
      case EnrolmentStatus.WITHDRAWN: return new ConflictError('error.alreadyWithdrawn', { name: await name() });
      case EnrolmentStatus.COMPLETED: case EnrolmentStatus.NOT_COMPLETED: return new ConflictError('error.withdrawCompleted', { name: await name() });
      default: return new ConflictError('error.enrolmentFinished');
    }
  }

  /** The enrolment and its course, for staff managing the course. */
  private async managed(actor: Actor | null, enrolmentId: string): Promise<{ a: Actor; e: TrainingEnrolment; course: TrainingCourse }> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const e = await this.ds.getRepository(TrainingEnrolment).findOneBy({ id: enrolmentId });
    if (!e) throw new NotFoundError('enrolment');
    const course = await this.courses.get(e.courseId);
    this.courses.assertCanManage(a, course);
    return { a, e, course };
  }

  /**
   * Passed: the course's skills join the person's skills (the matcher and the search index see them) and its
   * certificate is recorded; either way the person is told.
   */
  async recordCompletion(actor: Actor | null, enrolmentId: string, input: CompletionInput): Promise<TrainingEnrolment> {
    const { a, e, course } = await this.managed(actor, enrolmentId);
    const issuedOn = input.issuedOn ?? localDate(new Date());
    if (issuedOn > localDate(new Date())) throw InvalidInputError.field('input.issuedOn', 'validation.dateInFuture');
    const certified = input.passed && course.certificateKind !== null;
    await this.ds.transaction(async (m) => {
      // shares the course row's lock: a cancellation checks for results under it
      await m.query(`SELECT id FROM training_course WHERE id = $1 FOR SHARE`, [e.courseId]);
      const done = await queryRows(m,
        `UPDATE training_enrolment SET status = $2, completed_at = now(), completed_by = $3, certificate_kind = $4, certificate_level = $5,
                certificate_number = $6, certificate_issued_on = $7, updated_at = now()
          WHERE id = $1 AND status = 'ENROLLED' RETURNING id`,
        [enrolmentId, input.passed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.NOT_COMPLETED, a.userId,
          certified ? course.certificateKind : null, certified ? (input.certificateLevel || course.certificateLevel || null) : null,
          certified ? input.certificateCode || null : null, certified ? issuedOn : null]);
      if (!done.length) {
        const now = (await m.getRepository(TrainingEnrolment).findOneByOrFail({ id: enrolmentId })).status;
        throw new ConflictError(now === EnrolmentStatus.WITHDRAWN ? 'error.notEnrolled'
          : now === EnrolmentStatus.COURSE_CANCELLED ? 'error.courseCancelled' : 'error.enrolmentFinished');
      }
      const added = input.passed ? await this.seekers.addSkills(m, e.seekerId, course.skills) : [];
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'enrolment', entityId: e.id,
        detail: { op: 'completion', passed: input.passed, skillsAdded: added } }], m);
      const users = await this.seekers.userIdsOf([e.seekerId], m);
      const level = input.certificateLevel || course.certificateLevel;
      // *Key parameters are worded in the order PostgreSQL's jsonb keeps keys (shorter first): cnKey (the certificate's
      // name), then certKey (the sentence with it), then resultKey (which says it)
      await this.notifications.notify(m, users, NotificationKind.TRAINING_COMPLETION_RECORDED, {
        title: course.title,
        ...(certified
          ? { levelSuffix: level ? ` ${level}` : '', cnKey: `training.certificate.${course.certificateKind}`, certKey: 'training.result.certificate' }
          : { cert: '' }),
        resultKey: input.passed ? 'training.result.passed' : 'training.result.notPassed',
      });
    });
    return this.ds.getRepository(TrainingEnrolment).findOneByOrFail({ id: enrolmentId });
  }

  async mine(actor: Actor | null): Promise<TrainingEnrolment[]> {
    const a = requireActor(actor, Role.SEEKER);
    const s = await this.seekers.findByUser(a.userId);
    if (!s) return [];
    return this.ds.getRepository(TrainingEnrolment).find({ where: { seekerId: s.id }, order: { createdAt: 'DESC' } });
  }

  async myEnrolmentFor(actor: Actor | null, courseId: string): Promise<TrainingEnrolment | null> {
    if (actor?.role !== Role.SEEKER) return null;
    const s = await this.seekers.findByUser(actor.userId);
    return s ? this.ds.getRepository(TrainingEnrolment).findOneBy({ courseId, seekerId: s.id }) : null;
  }

  /**
   * A person's enrolments with their courses, newest course first (subsidies' training rules read them; no access rule:
   * the caller applies its own).
   */
  async coursesOf(seekerId: string): Promise<Array<{ enrolment: TrainingEnrolment; course: TrainingCourse }>> {
    const enrolments = await this.ds.getRepository(TrainingEnrolment).find({ where: { seekerId }, take: 100 });
    const courses = enrolments.length ? await this.ds.getRepository(TrainingCourse).findBy({ id: In([...new Set(enrolments.map((e) => e.courseId))]) }) : [];
    const byId = new Map(courses.map((c) => [c.id, c]));
    return enrolments.flatMap((enrolment) => (byId.has(enrolment.courseId) ? [{ enrolment, course: byId.get(enrolment.courseId)! }] : []))
      .sort((x, y) => y.course.startsOn.localeCompare(x.course.startsOn) || x.enrolment.id.localeCompare(y.enrolment.id));
  }

  async forCourse(actor: Actor | null, courseId: string): Promise<TrainingEnrolment[]> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const course = await this.courses.get(courseId);
    this.courses.assertCanManage(a, course);
    return this.ds.getRepository(TrainingEnrolment).find({ where: { courseId }, order: { createdAt: 'ASC' } });
  }
}
