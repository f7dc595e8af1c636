// Training providers and courses (（十）实施残疾人职业技能提升行动; 三（四）信息支持: 培训机构、培训项目公示): staff
// of a county manage their county's, city staff the whole city's; everyone browses the courses taking enrolments.
// Staff may cancel a course that has not ended, with a reason: it leaves the public list, takes no enrolment, and
// everyone enrolled is told.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type Actor, isStaff, managesCounty, staffCovers } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Role } from '../common/domain.js';
import { ConflictError, FieldProblems, ForbiddenError, NotFoundError } from '../common/errors.js';
import { localDate } from '../common/local-time.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { queryRows } from '../database/sql.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { RegionsService } from '../regions/regions.service.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { TrainingCourse } from './course.entity.js';
import { TrainingProvider } from './provider.entity.js';
import { sqlSameSkill } from './skill-match.js';
import { CourseFilter, CourseInput, ProviderInput, checkedReason } from './training.inputs.js';
import { CertificateKind, CourseMode, EnrolmentStatus } from './training-vocab.js';

/** What the register holds for a course: sessions recorded and their first and last dates. */
interface RegisterSpan { held: number; first: string | null; last: string | null }

@Injectable()
export class CoursesService {
  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly seekers: SeekersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Staff covering the county (city-wide: city staff only), as events are managed. */
  canManage(actor: Actor | null, x: { countyCode: string | null }): boolean {
    return managesCounty(actor, x.countyCode);
  }

  assertCanManage(actor: Actor | null, x: { countyCode: string | null }): void {
    if (!this.canManage(actor, x)) throw new ForbiddenError('error.outOfScope');
  }

  // ---- providers

  async providers(actor: Actor | null): Promise<TrainingProvider[]> {
    requireActor(actor, Role.STAFF, Role.ADMIN);
    return this.ds.getRepository(TrainingProvider).find({ order: { name: 'ASC' } });
  }

  async provider(id: string): Promise<TrainingProvider> {
    const p = await this.ds.getRepository(TrainingProvider).findOneBy({ id });
    if (!p) throw new NotFoundError('trainingProvider');
    return p;
  }

  private providerFields(input: ProviderInput): Partial<TrainingProvider> {
    new FieldProblems()
      .check(!input.countyCode || this.regions.isCounty(input.countyCode), 'input.countyCode', 'validation.unknownCounty')
      .throwIfAny();
    return { name: input.name, kind: input.providerKind, countyCode: input.countyCode || null, address: input.address, contactPhone: input.contactPhone };
  }

  async saveProvider(actor: Actor | null, id: string | null, input: ProviderInput): Promise<TrainingProvider> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const fields = this.providerFields(input);
    this.assertCanManage(a, { countyCode: fields.countyCode ?? null });
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(TrainingProvider);
      if (id) {
        const current = await repo.findOneBy({ id });
        if (!current) throw new NotFoundError('trainingProvider');
        this.assertCanManage(a, current);
        await repo.update({ id }, fields);
      } else {
        const created = repo.create({ ...fields, createdBy: a.userId });
        await repo.insert(created);
        id = created.id;
      }
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'trainingProvider', entityId: id, detail: { op: 'save' } }], m);
      return repo.findOneByOrFail({ id });
    });
  }

  // ---- courses

  async get(id: string, m: EntityManager = this.ds.manager): Promise<TrainingCourse> {
    const c = await m.getRepository(TrainingCourse).findOneBy({ id });
    if (!c) throw new NotFoundError('course');
    return c;
  }

  async list(actor: Actor | null, f: CourseFilter = {}, pageInput?: PageInput): Promise<Page<TrainingCourse>> {
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const qb = this.ds.getRepository(TrainingCourse).createQueryBuilder('c');
    if (!(f.includeClosed && isStaff(actor))) {
      qb.andWhere('c.open AND c.cancelledAt IS NULL AND c.endsOn >= :today', { today: localDate(new Date()) });
    } else if (actor.role === Role.STAFF && actor.scopeCountyCode) {
      qb.andWhere('(c.countyCode = :scope OR c.countyCode IS NULL)', { scope: actor.scopeCountyCode });
    }
    if (f.courseKind) qb.andWhere('c.kind = :kind', { kind: f.courseKind });
    if (f.countyCode) qb.andWhere('(c.countyCode = :county OR c.countyCode IS NULL)', { county: f.countyCode });
    if (f.signLanguage) qb.andWhere('c.signLanguage');
    if (f.brailleMaterials) qb.andWhere('c.brailleMaterials');
    if (f.stepFreeRoute) qb.andWhere(`(c.stepFreeRoute OR c.mode = '${CourseMode.ONLINE}')`);
    if (f.skill) qb.andWhere(`EXISTS (SELECT 1 FROM unnest(c.skills) AS s WHERE ${sqlSameSkill('s', ':skill')})`, { skill: f.skill });
    const [items, total] = await qb.orderBy('c.startsOn', 'ASC').addOrderBy('c.id').skip(offset).take(limit).getManyAndCount();
    return { items, total, page, pageSize };
  }

  private courseFields(input: CourseInput, provider: TrainingProvider | null, current?: TrainingCourse, register?: RegisterSpan): Partial<TrainingCourse> {
    const p = new FieldProblems()
      .check(!!provider, 'input.providerId', 'validation.unknownProvider')
      .check(!input.countyCode || this.regions.isCounty(input.countyCode), 'input.countyCode', 'validation.unknownCounty')
      .check(input.endsOn >= input.startsOn, 'input.endsOn', 'validation.courseDates')
      .check(input.mode === CourseMode.ONLINE || input.address.length > 0, 'input.address', 'validation.courseAddressRequired')
      .check(input.subsidyYuan == null || input.subsidySource.length > 0, 'input.subsidySource', 'validation.subsidySourceRequired')
      .check(input.certificateKind !== CertificateKind.VOCATIONAL || input.certificateLevel.length > 0, 'input.certificateLevel', 'validation.certificateLevelRequired');
    if (current) p.check(input.places >= current.enrolledCount, 'input.places', 'validation.courseCapacityBelowEnrolled', { count: current.enrolledCount });
    // the register's sessions stay within the course: its dates keep them, its sessions are not fewer
    if (register?.first) p.check(input.startsOn <= register.first, 'input.startsOn', 'validation.courseDatesExcludeSession', { date: register.first });
    if (register?.last) p.check(input.endsOn >= register.last, 'input.endsOn', 'validation.courseDatesExcludeSession', { date: register.last });
    if (register) p.check(input.sessions >= register.held, 'input.sessions', 'validation.sessionsBelowHeld', { count: register.held });
    p.throwIfAny();
    return {
      providerId: input.providerId, kind: input.courseKind, title: input.courseTitle, description: input.description,
      skills: input.skills, certificateKind: input.certificateKind ?? null, certificateLevel: input.certificateKind ? input.certificateLevel : '',
      countyCode: input.countyCode || null, startsOn: input.startsOn, endsOn: input.endsOn, schedule: input.schedule,
      sessions: input.sessions, mode: input.mode, venueName: input.venueName, address: input.address,
      stepFreeRoute: input.stepFreeRoute, accessibleToilets: input.accessibleToilets, hearingLoop: input.hearingLoop,
      tactilePaving: input.tactilePaving, accessibilityNote: input.accessibilityNote, signLanguage: input.signLanguage,
      brailleMaterials: input.brailleMaterials, largePrint: input.largePrint, captions: input.captions,
      feeYuan: input.feeYuan, subsidyNote: input.subsidyNote, subsidyYuan: input.subsidyYuan ?? null,
      subsidySource: input.subsidyYuan == null ? '' : input.subsidySource, capacity: input.places, open: input.open,
    };
  }

  async create(actor: Actor | null, input: CourseInput): Promise<TrainingCourse> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const provider = await this.ds.getRepository(TrainingProvider).findOneBy({ id: input.providerId });
    const fields = this.courseFields(input, provider);
    this.assertCanManage(a, { countyCode: fields.countyCode ?? null });
    return this.ds.transaction(async (m) => {
      const c = m.getRepository(TrainingCourse).create({ ...fields, enrolledCount: 0, createdBy: a.userId });
      await m.getRepository(TrainingCourse).insert(c);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'course', entityId: c.id, detail: { op: 'create' } }], m);
      return m.getRepository(TrainingCourse).findOneByOrFail({ id: c.id });
    });
  }

  async update(actor: Actor | null, id: string, input: CourseInput): Promise<TrainingCourse> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const provider = await this.ds.getRepository(TrainingProvider).findOneBy({ id: input.providerId });
    return this.ds.transaction(async (m) => {
      // the course row locked: enrolments taken meanwhile are seen by the capacity check
      await m.query(`SELECT id FROM training_course WHERE id = $1 FOR UPDATE`, [id]);
      const current = await this.get(id, m);
      this.assertCanManage(a, current);
      if (current.cancelledAt) throw new ConflictError('error.courseCancelled');
      const fields = this.courseFields(input, provider, current, await this.registerSpan(m, id));
      this.assertCanManage(a, { countyCode: fields.countyCode ?? null });
      await m.getRepository(TrainingCourse).update({ id }, fields);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'course', entityId: id, detail: { op: 'update' } }], m);
      return m.getRepository(TrainingCourse).findOneByOrFail({ id });
    });
  }

  private async registerSpan(m: EntityManager, courseId: string): Promise<RegisterSpan> {
    const [r] = await queryRows<RegisterSpan>(m,
      `SELECT count(*)::int AS held, min(session_date)::text AS first, max(session_date)::text AS last FROM training_session WHERE course_id = $1`, [courseId]);
    return r;
  }

  /**
   * Staff managing the course cancel it with a reason, before it ends and before any result is recorded: nobody can
   * enrol any more, each person enrolled has their enrolment end with it (COURSE_CANCELLED) and is told why.
   */
  async cancel(actor: Actor | null, id: string, reason: string): Promise<TrainingCourse> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    this.assertCanManage(a, await this.get(id));
    const why = checkedReason(reason, 'validation.cancelCourseReasonRequired');
    return this.ds.transaction(async (m) => {
      // the course row locked: an enrolment, a withdrawal or a result meanwhile waits and then sees the cancellation
      await m.query(`SELECT id FROM training_course WHERE id = $1 FOR UPDATE`, [id]);
      const c = await this.get(id, m);
      this.assertCanManage(a, c);
      if (c.cancelledAt) throw new ConflictError('error.courseAlreadyCancelled', { date: localDate(c.cancelledAt) });
      if (c.endsOn < localDate(new Date())) throw new ConflictError('error.courseFinished', { endsOn: c.endsOn });
      const [results] = await queryRows<{ n: number }>(m,
        `SELECT count(*)::int AS n FROM training_enrolment WHERE course_id = $1 AND status IN ('COMPLETED','NOT_COMPLETED')`, [id]);
      if (results.n > 0) throw new ConflictError('error.courseResultsRecorded');
      await m.query(`UPDATE training_course SET cancelled_at = now(), cancelled_by = $2, cancel_reason = $3, updated_at = now() WHERE id = $1`, [id, a.userId, why]);
      const enrolled = await queryRows<{ seeker_id: string }>(m,
        `UPDATE training_enrolment SET status = $2, updated_at = now() WHERE course_id = $1 AND status = 'ENROLLED' RETURNING seeker_id`,
        [id, EnrolmentStatus.COURSE_CANCELLED]);
      const users = await this.seekers.userIdsOf(enrolled.map((r) => r.seeker_id), m);
      await this.notifications.notify(m, users, NotificationKind.COURSE_CANCELLED, { title: c.title, startsOn: c.startsOn, reason: why });
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'course', entityId: id, detail: { op: 'cancel', reason: why, told: users.length } }], m);
      return m.getRepository(TrainingCourse).findOneByOrFail({ id });
    });
  }
}
