// Training providers and courses (（十）实施残疾人职业技能提升行动; 四（四）信息支持: 培训机构、培训项目公示): staff
// of a county manage their county's, city staff the whole city's; everyone browses the courses taking enrolments.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type Actor, isStaff, managesCounty, staffCovers } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Role } from '../common/domain.js';
import { FieldProblems, ForbiddenError, NotFoundError } from '../common/errors.js';
import { localDate } from '../common/local-time.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { queryRows } from '../database/sql.js';
import { RegionsService } from '../regions/regions.service.js';
import { TrainingCourse } from './course.entity.js';
import { TrainingProvider } from './provider.entity.js';
import { sqlSameSkill } from './skill-match.js';
import { CourseFilter, CourseInput, ProviderInput } from './training.inputs.js';
import { CertificateKind, CourseMode } from './training-vocab.js';

@Injectable()
export class CoursesService {
  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
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
      qb.andWhere('c.open AND c.endsOn >= :today', { today: localDate(new Date()) });
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

  private courseFields(input: CourseInput, provider: TrainingProvider | null, current?: TrainingCourse): Partial<TrainingCourse> {
    const p = new FieldProblems()
      .check(!!provider, 'input.providerId', 'validation.unknownProvider')
      .check(!input.countyCode || this.regions.isCounty(input.countyCode), 'input.countyCode', 'validation.unknownCounty')
      .check(input.endsOn >= input.startsOn, 'input.endsOn', 'validation.courseDates')
      .check(input.mode === CourseMode.ONLINE || input.address.length > 0, 'input.address', 'validation.courseAddressRequired')
      .check(input.subsidyYuan == null || input.subsidySource.length > 0, 'input.subsidySource', 'validation.subsidySourceRequired')
      .check(input.certificateKind !== CertificateKind.VOCATIONAL || input.certificateLevel.length > 0, 'input.certificateLevel', 'validation.certificateLevelRequired');
    if (current) p.check(input.places >= current.enrolledCount, 'input.places', 'validation.courseCapacityBelowEnrolled', { count: current.enrolledCount });
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
      const fields = this.courseFields(input, provider, current);
      this.assertCanManage(a, { countyCode: fields.countyCode ?? null });
      await m.getRepository(TrainingCourse).update({ id }, fields);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'course', entityId: id, detail: { op: 'update' } }], m);
      return m.getRepository(TrainingCourse).findOneByOrFail({ id });
    });
  }
}
