// Blind massage (（八）实施盲人按摩就业促进行动): staff register clinics (盲人医疗按摩所, 保健按摩店) and the qualifications
// of the people who work in them, with their exam and continuing-education records. Placements ask it the two facts
// the blind-massage action line is counted from (docs/counting.md). Each change to those facts is told to whoever
// follows them (placements), in the same transaction, so the line moves at the next read of any report.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, listScopeCounty, staffCovers } from '../auth/actor.js';
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
import {
  MassageClinicInput, MassageClinicUpdateInput, MassageFilter, MassageQualificationInput, MassageQualificationUpdateInput, MassageRecordInput,
} from './massage.inputs.js';
import { MassageQualificationKind, MassageRecordKind } from './massage-vocab.js';

/** Told, in the writer's transaction, that a clinic (of an employer) or a qualification (of a person) changed. */
export type MassageFactsListener = (m: EntityManager, changed: { organizationId?: string; seekerId?: string }, actorUserId: string,
  reason: string) => Promise<unknown>;

const CLINIC_FIELDS = ['kind', 'registrationNumber', 'address', 'medicalInsuranceDesignated', 'registeredOn', 'endedOn'] as const;
const QUALIFICATION_FIELDS = ['kind', 'skillLevel', 'issuer', 'issuedOn'] as const;

@Injectable()
export class MassageService {
  private readonly listeners: MassageFactsListener[] = [];

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly seekers: SeekersService,
    private readonly orgs: OrganizationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Placements follow the facts: it registers here (it imports this service; this one cannot import it). */
  onFactsChanged(listener: MassageFactsListener): void {
    this.listeners.push(listener);
  }

  private async factsChanged(m: EntityManager, changed: { organizationId?: string; seekerId?: string }, actorUserId: string, reason: string) {
    for (const l of this.listeners) await l(m, changed, actorUserId, reason);
  }

  /** Fact 1 of the blind-massage line: the employer is a registered massage clinic that had not ended before the job started. */
  async isClinic(m: EntityManager, organizationId: string, startDate: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM massage_clinic WHERE organization_id = $1 AND (ended_on IS NULL OR ended_on >= $2)`,
      [organizationId, startDate]);
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
    const scope = listScopeCounty(a);
    if (scope) qb.andWhere('c.countyCode = :scope', { scope });
    if (f.countyCode) qb.andWhere('c.countyCode = :county', { county: f.countyCode });
    const [items, total] = await qb.orderBy('c.countyCode').addOrderBy('c.registeredOn', 'DESC').addOrderBy('c.id').skip(offset).take(limit).getManyAndCount();
    return { items, total, page, pageSize };
  }

  /** Problems with what staff entered about a clinic (its dates: not in the future, ended after registered). */
  private checkClinic(input: MassageClinicInput | MassageClinicUpdateInput): void {
    const today = localDate(new Date());
    const endedOn = 'endedOn' in input ? input.endedOn ?? null : null;
    const p = new FieldProblems()
      .check(input.registrationNumber.trim().length >= 4, 'input.registrationNumber', 'validation.isNotEmpty')
      .check(input.registeredOn <= today, 'input.registeredOn', 'validation.notFuture');
    if (endedOn !== null) {
      p.check(endedOn <= today, 'input.endedOn', 'validation.notFuture');
      p.check(endedOn >= input.registeredOn, 'input.endedOn', 'validation.clinicEndedBeforeRegistered');
    }
    p.throwIfAny();
  }

  async registerClinic(actor: Actor | null, input: MassageClinicInput): Promise<MassageClinic> {
    const a = this.staff(actor);
    this.checkClinic(input);
    const org = await this.orgs.findById(input.organizationId);
    if (!org) throw InvalidInputError.field('input.organizationId', 'error.notFound', { entity: 'organization' });
    if (!staffCovers(a, org.countyCode)) throw new ForbiddenError('error.outOfScope');
    return this.ds.transaction(async (m) => {
      const taken: unknown[] = await m.query(`SELECT 1 FROM massage_clinic WHERE organization_id = $1`, [org.id]);
      if (taken.length) throw InvalidInputError.field('input.organizationId', 'validation.clinicTaken');
      const c = m.getRepository(MassageClinic).create({
        organizationId: org.id, kind: input.kind, registrationNumber: input.registrationNumber.trim(), countyCode: org.countyCode,
        address: input.address.trim() || org.address, medicalInsuranceDesignated: input.medicalInsuranceDesignated,
        registeredOn: input.registeredOn, endedOn: null, createdBy: a.userId,
      });
      await m.getRepository(MassageClinic).insert(c);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'massageClinic', entityId: c.id, detail: { op: 'register' } }], m);
      await this.tellEmployer(m, c, org.name, 'massage.told.registered');
      // a hire recorded before the clinic was: the facts now say blind massage
      await this.factsChanged(m, { organizationId: org.id }, a.userId, `登记为盲人按摩机构（${c.registrationNumber}）`);
      return m.getRepository(MassageClinic).findOneByOrFail({ id: c.id });
    });
  }

  /**
   * Staff covering its county change a clinic's registration (the employer stays): each changed field is audited, the
   * employer is told, and the placements there follow an end date (docs/counting.md).
   */
  async updateClinic(actor: Actor | null, id: string, input: MassageClinicUpdateInput): Promise<MassageClinic> {
    const a = this.staff(actor);
    this.checkClinic(input);
    return this.ds.transaction(async (m) => {
      const current = await lockInScope(m, MassageClinic, id, a, 'massageClinic');
      const next = {
        kind: input.kind, registrationNumber: input.registrationNumber.trim(), address: input.address.trim() || current.address,
        medicalInsuranceDesignated: input.medicalInsuranceDesignated, registeredOn: input.registeredOn, endedOn: input.endedOn ?? null,
      };
      const fields = CLINIC_FIELDS.filter((f) => current[f] !== next[f]);
      if (!fields.length) throw InvalidInputError.field('input', 'validation.nothingChanged');
      await m.getRepository(MassageClinic).update({ id }, next);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'massageClinic', entityId: id,
        detail: { op: 'update', fields, from: pick(current, fields), to: pick(next, fields) } }], m);
      const org = await this.orgs.findById(current.organizationId, m);
      const saved = await m.getRepository(MassageClinic).findOneByOrFail({ id });
      await this.tellEmployer(m, saved, org?.name ?? '', 'massage.told.updated');
      if (fields.includes('endedOn')) {
        await this.factsChanged(m, { organizationId: current.organizationId }, a.userId,
          saved.endedOn ? `盲人按摩机构${saved.endedOn}停业` : '盲人按摩机构恢复营业');
      }
      return saved;
    });
  }

  private async tellEmployer(m: EntityManager, c: MassageClinic, organization: string, whatKey: string) {
    await this.notifications.notify(m, await this.orgs.memberUserIds(c.organizationId, m), NotificationKind.MASSAGE_CLINIC_RECORDED, {
      organization, registrationNumber: c.registrationNumber, endedOn: c.endedOn ?? '', whatKey, kindKey: `massage.clinicKind.${c.kind}`,
      statusKey: c.endedOn ? 'massage.told.ended' : 'massage.told.open',
    });
  }

  async qualifications(actor: Actor | null, f: MassageFilter = {}, pageInput?: PageInput): Promise<Page<MassageQualification>> {
    const a = this.staff(actor);
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const qb = this.ds.getRepository(MassageQualification).createQueryBuilder('q');
    const scope = listScopeCounty(a);
    if (scope) qb.andWhere('q.countyCode = :scope', { scope });
    if (f.countyCode) qb.andWhere('q.countyCode = :county', { county: f.countyCode });
    const [items, total] = await qb.orderBy('q.issuedOn', 'DESC').addOrderBy('q.id').skip(offset).take(limit).getManyAndCount();
    return { items, total, page, pageSize };
  }

  async recordQualification(actor: Actor | null, input: MassageQualificationInput): Promise<MassageQualification> {
    const a = this.staff(actor);
    this.checkQualification(input);
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
      // a hire recorded before the qualification was: the facts may now say blind massage
      await this.factsChanged(m, { seekerId: seeker.id }, a.userId, `登记了按摩资格（${q.issuer}，${q.issuedOn}）`);
      return m.getRepository(MassageQualification).findOneByOrFail({ id: q.id });
    });
  }

  /** Problems with what staff entered about a qualification (a level only for the skill certificate, and always for it). */
  private checkQualification(input: MassageQualificationInput | MassageQualificationUpdateInput): void {
    const p = new FieldProblems()
      .check(input.issuer.trim().length >= 2, 'input.issuer', 'validation.isNotEmpty')
      .check(input.issuedOn <= localDate(new Date()), 'input.issuedOn', 'validation.notFuture');
    if (input.kind === MassageQualificationKind.HEALTH_MASSAGE_SKILL_LEVEL && input.skillLevel == null) p.add('input.skillLevel', 'validation.skillLevelRequired');
    if (input.kind === MassageQualificationKind.MEDICAL_MASSAGE_CERTIFICATE && input.skillLevel != null) p.add('input.skillLevel', 'validation.skillLevelNotApplicable');
    p.throwIfAny();
  }

  /**
   * Staff covering the person's county correct a qualification (the person stays): each changed field is audited, the
   * person is told, and their placements follow a changed date of issue (docs/counting.md).
   */
  async updateQualification(actor: Actor | null, id: string, input: MassageQualificationUpdateInput): Promise<MassageQualification> {
    const a = this.staff(actor);
    this.checkQualification(input);
    return this.ds.transaction(async (m) => {
      const current = await lockInScope(m, MassageQualification, id, a, 'massageQualification');
      const next = { kind: input.kind, skillLevel: input.skillLevel ?? null, issuer: input.issuer.trim(), issuedOn: input.issuedOn };
      const fields = QUALIFICATION_FIELDS.filter((f) => current[f] !== next[f]);
      if (!fields.length) throw InvalidInputError.field('input', 'validation.nothingChanged');
      if (next.kind !== current.kind) {
        const taken: unknown[] = await m.query(`SELECT 1 FROM massage_qualification WHERE seeker_id = $1 AND kind = $2`, [current.seekerId, next.kind]);
        if (taken.length) throw InvalidInputError.field('input.kind', 'validation.qualificationTaken');
      }
      await m.getRepository(MassageQualification).update({ id }, next);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'massageQualification', entityId: id,
        detail: { op: 'update', fields, from: pick(current, fields), to: pick(next, fields) } }], m);
      await this.notifications.notify(m, await this.seekers.userIdsOf([current.seekerId], m), NotificationKind.MASSAGE_QUALIFICATION_RECORDED, {
        issuer: next.issuer, issuedOn: next.issuedOn, qualificationKey: `massage.qualification.${next.kind}`, whatKey: 'massage.recorded.corrected',
      });
      if (fields.includes('issuedOn')) await this.factsChanged(m, { seekerId: current.seekerId }, a.userId, `按摩资格发证日期改为${next.issuedOn}`);
      return m.getRepository(MassageQualification).findOneByOrFail({ id });
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

  async clinic(actor: Actor | null, id: string): Promise<MassageClinic> {
    const a = this.staff(actor);
    const c = await this.ds.getRepository(MassageClinic).findOneBy({ id });
    if (!c || !staffCovers(a, c.countyCode)) throw new NotFoundError('massageClinic');
    return c;
  }

  async qualification(actor: Actor | null, id: string): Promise<MassageQualification> {
    const a = this.staff(actor);
    const q = await this.ds.getRepository(MassageQualification).findOneBy({ id });
    if (!q || !staffCovers(a, q.countyCode)) throw new NotFoundError('massageQualification');
    return q;
  }
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Partial<Pick<T, K>>;
}

/** The row a change is made to, locked for the transaction: not found, or refused to staff of another county. */
async function lockInScope<T extends { countyCode: string }>(m: EntityManager, entity: new () => T, id: string, a: Actor, name: string): Promise<T> {
  const row = await m.getRepository(entity).createQueryBuilder('x').setLock('pessimistic_write').where('x.id = :id', { id }).getOne();
  if (!row) throw new NotFoundError(name);
  if (!staffCovers(a, row.countyCode)) throw new ForbiddenError('error.outOfScope');
  return row;
}
