// Blind massage (（八）实施盲人按摩就业促进行动): staff register clinics (盲人医疗按摩所, 保健按摩店) and the qualifications
// of the people who work in them, with their exam and continuing-education records. Placements ask it the two facts
// the blind-massage action line is counted from (docs/counting.md).
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, staffCovers } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Role } from '../common/domain.js';
import { FieldProblems, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { localDate } from '../common/local-time.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { MassageClinic, MassageQualification, MassageRecord } from './massage.entities.js';
import { MassageClinicInput, MassageFilter, MassageQualificationInput, MassageRecordInput } from './massage.inputs.js';
import { MassageQualificationKind, MassageRecordKind } from './massage-vocab.js';

@Injectable()
export class MassageService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly seekers: SeekersService,
    private readonly orgs: OrganizationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Fact 1 of the blind-massage line: the employer is a registered massage clinic. */
  async isClinic(m: EntityManager, organizationId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM massage_clinic WHERE organization_id = $1`, [organizationId]);
    return rows.length > 0;
  }

  /** Fact 2: the person holds a massage qualification issued on or before the day the job started. */
  async holdsQualification(m: EntityManager, seekerId: string, onDate: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM massage_qualification WHERE seeker_id = $1 AND issued_on <= $2`, [seekerId, onDate]);
    return rows.length > 0;
  }

  private staff(actor: Actor | null) {
    return requireActor(actor, Role.STAFF, Role.ADMIN);
  }

  async clinics(actor: Actor | null, f: MassageFilter = {}, pageInput?: PageInput): Promise<Page<MassageClinic>> {
    const a = this.staff(actor);
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const qb = this.ds.getRepository(MassageClinic).createQueryBuilder('c');
    if (a.role === Role.STAFF && a.scopeCountyCode) qb.andWhere('c.countyCode = :scope', { scope: a.scopeCountyCode });
    if (f.countyCode) qb.andWhere('c.countyCode = :county', { county: f.countyCode });
    const [items, total] = await qb.orderBy('c.countyCode').addOrderBy('c.registeredOn', 'DESC').addOrderBy('c.id').skip(offset).take(limit).getManyAndCount();
    return { items, total, page, pageSize };
  }

  async registerClinic(actor: Actor | null, input: MassageClinicInput): Promise<MassageClinic> {
    const a = this.staff(actor);
    const p = new FieldProblems()
      .check(input.registrationNumber.trim().length >= 4, 'input.registrationNumber', 'validation.isNotEmpty')
      .check(input.registeredOn <= localDate(new Date()), 'input.registeredOn', 'validation.notFuture');
    p.throwIfAny();
    const org = await this.orgs.findById(input.organizationId);
    if (!org) throw InvalidInputError.field('input.organizationId', 'error.notFound', { entity: 'organization' });
    if (!staffCovers(a, org.countyCode)) throw new ForbiddenError('error.outOfScope');
    return this.ds.transaction(async (m) => {
      const taken: unknown[] = await m.query(`SELECT 1 FROM massage_clinic WHERE organization_id = $1`, [org.id]);
      if (taken.length) throw InvalidInputError.field('input.organizationId', 'validation.clinicTaken');
      const c = m.getRepository(MassageClinic).create({
        organizationId: org.id, kind: input.kind, registrationNumber: input.registrationNumber.trim(), countyCode: org.countyCode,
        address: input.address.trim() || org.address, medicalInsuranceDesignated: input.medicalInsuranceDesignated,
        registeredOn: input.registeredOn, createdBy: a.userId,
      });
      await m.getRepository(MassageClinic).insert(c);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'massageClinic', entityId: c.id, detail: { op: 'register' } }], m);
      return m.getRepository(MassageClinic).findOneByOrFail({ id: c.id });
    });
  }

  async qualifications(actor: Actor | null, f: MassageFilter = {}, pageInput?: PageInput): Promise<Page<MassageQualification>> {
    const a = this.staff(actor);
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const qb = this.ds.getRepository(MassageQualification).createQueryBuilder('q');
    if (a.role === Role.STAFF && a.scopeCountyCode) qb.andWhere('q.countyCode = :scope', { scope: a.scopeCountyCode });
    if (f.countyCode) qb.andWhere('q.countyCode = :county', { county: f.countyCode });
    const [items, total] = await qb.orderBy('q.issuedOn', 'DESC').addOrderBy('q.id').skip(offset).take(limit).getManyAndCount();
    return { items, total, page, pageSize };
  }

  async recordQualification(actor: Actor | null, input: MassageQualificationInput): Promise<MassageQualification> {
    const a = this.staff(actor);
    const p = new FieldProblems()
      .check(input.issuer.trim().length >= 2, 'input.issuer', 'validation.isNotEmpty')
      .check(input.issuedOn <= localDate(new Date()), 'input.issuedOn', 'validation.notFuture');
    if (input.kind === MassageQualificationKind.HEALTH_MASSAGE_SKILL_LEVEL && input.skillLevel == null) p.add('input.skillLevel', 'validation.skillLevelRequired');
    if (input.kind === MassageQualificationKind.MEDICAL_MASSAGE_CERTIFICATE && input.skillLevel != null) p.add('input.skillLevel', 'validation.skillLevelNotApplicable');
    p.throwIfAny();
    const seeker = await this.seekers.findById(input.seekerId);
    if (!seeker) throw InvalidInputError.field('input.seekerId', 'error.notFound', { entity: 'seeker' });
    if (!staffCovers(a, seeker.countyCode)) throw new ForbiddenError('error.outOfScope');
    return this.ds.transaction(async (m) => {
      const taken: unknown[] = await m.query(`SELECT 1 FROM massage_qualification WHERE seeker_id = $1 AND kind = $2`, [seeker.id, input.kind]);
      if (taken.length) throw InvalidInputError.field('input.kind', 'validation.qualificationTaken');
      const q = m.getRepository(MassageQualification).create({
        seekerId: seeker.id, kind: input.kind, skillLevel: input.skillLevel ?? null, issuer: input.issuer.trim(), issuedOn: input.issuedOn,
        countyCode: seeker.countyCode, recordedBy: a.userId,
      });
      await m.getRepository(MassageQualification).insert(q);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'massageQualification', entityId: q.id, detail: { op: 'record' } }], m);
      await this.notifications.notify(m, await this.seekers.userIdsOf([seeker.id], m), NotificationKind.MASSAGE_QUALIFICATION_RECORDED, {
        issuer: q.issuer, issuedOn: q.issuedOn, qualificationKey: `massage.qualification.${q.kind}`, whatKey: 'massage.recorded.qualification',
      });
      return m.getRepository(MassageQualification).findOneByOrFail({ id: q.id });
    });
  }

  async addRecord(actor: Actor | null, input: MassageRecordInput): Promise<MassageRecord> {
    const a = this.staff(actor);
    const p = new FieldProblems().check(input.heldOn <= localDate(new Date()), 'input.heldOn', 'validation.notFuture');
    if (input.kind === MassageRecordKind.EXAM && input.passed == null) p.add('input.passed', 'validation.examResultRequired');
    if (input.kind === MassageRecordKind.CONTINUING_EDUCATION && input.hours == null) p.add('input.hours', 'validation.hoursRequired');
    p.throwIfAny();
    const q = await this.ds.getRepository(MassageQualification).findOneBy({ id: input.qualificationId });
    if (!q) throw InvalidInputError.field('input.qualificationId', 'error.notFound', { entity: 'massageQualification' });
    if (!staffCovers(a, q.countyCode)) throw new ForbiddenError('error.outOfScope');
    return this.ds.transaction(async (m) => {
      const r = m.getRepository(MassageRecord).create({
        qualificationId: q.id, kind: input.kind, heldOn: input.heldOn, note: input.note.trim(), recordedBy: a.userId,
        hours: input.kind === MassageRecordKind.CONTINUING_EDUCATION ? input.hours ?? null : null,
        passed: input.kind === MassageRecordKind.EXAM ? input.passed ?? null : null,
      });
      await m.getRepository(MassageRecord).insert(r);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'massageQualification', entityId: q.id, detail: { op: 'addRecord', kind: r.kind } }], m);
      await this.notifications.notify(m, await this.seekers.userIdsOf([q.seekerId], m), NotificationKind.MASSAGE_QUALIFICATION_RECORDED, {
        heldOn: r.heldOn, hours: r.hours ?? 0, qualificationKey: `massage.qualification.${q.kind}`,
        whatKey: r.kind === MassageRecordKind.EXAM ? `massage.recorded.EXAM_${r.passed ? 'PASSED' : 'FAILED'}` : 'massage.recorded.CONTINUING_EDUCATION',
      });
      return m.getRepository(MassageRecord).findOneByOrFail({ id: r.id });
    });
  }

  async records(qualificationIds: readonly string[]): Promise<MassageRecord[]> {
    if (!qualificationIds.length) return [];
    return this.ds.getRepository(MassageRecord).createQueryBuilder('r').where('r.qualificationId IN (:...ids)', { ids: [...qualificationIds] })
      .orderBy('r.heldOn', 'DESC').getMany();
  }

  async qualification(actor: Actor | null, id: string): Promise<MassageQualification> {
    const a = this.staff(actor);
    const q = await this.ds.getRepository(MassageQualification).findOneBy({ id });
    if (!q || !staffCovers(a, q.countyCode)) throw new NotFoundError('massageQualification');
    return q;
  }
}
