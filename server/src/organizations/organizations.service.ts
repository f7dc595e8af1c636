// Employers' organizations: registration by an employer, verification by staff, and who may see what.
import { Inject, Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import { type Actor, isStaff, staffCovers } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { requireActor } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Role, VerificationDecision, VerificationStatus } from '../common/domain.js';
import { ConflictError, FieldProblems, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { checkCreditCode } from '../common/identity-numbers.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { RegionsService } from '../regions/regions.service.js';
import { Organization } from './organization.entity.js';
import { OrganizationDecision } from './organization-decision.entity.js';
import { OrganizationFilter, OrganizationInput } from './organization.inputs.js';

/**
 * Called inside the transaction that changes an organization's verification status, by the features whose records
 * follow it (postings: closed on rejection or suspension, out of search until verified). Returns how many records it closed.
 */
export type VerificationListener = (m: EntityManager, organizationId: string, from: VerificationStatus, to: VerificationStatus) => Promise<number>;

@Injectable()
export class OrganizationsService {
  private readonly listeners: VerificationListener[] = [];

  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly auth: AuthService,
  ) {}

  /** Staff of the organization's county, and city-wide staff, hear that an organization awaits verification. */
  async awaitingVerification(m: EntityManager, org: Pick<Organization, 'id' | 'name' | 'countyCode'>): Promise<void> {
    const staff = await this.auth.staffCovering(m, org.countyCode);
    await this.notifications.notify(m, staff, NotificationKind.ORGANIZATION_AWAITING_VERIFICATION,
      { name: org.name, path: `/staff/verification/${org.id}` });
  }

  /** Registers a feature that follows verification changes (see VerificationListener). */
  onVerificationChange(listener: VerificationListener): void {
    this.listeners.push(listener);
  }

  /** Tells the listeners, in the caller's transaction; returns how many records they closed. */
  async verificationChanged(m: EntityManager, organizationId: string, from: VerificationStatus, to: VerificationStatus): Promise<number> {
    let closed = 0;
    for (const l of this.listeners) closed += await l(m, organizationId, from, to);
    return closed;
  }

  /** Of these organizations, the verified ones: only they (and their postings and booths) are shown to the public. */
  async verifiedIds(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: Array<{ id: string }> = await this.ds.query(
      `SELECT id FROM organization WHERE id = ANY($1::uuid[]) AND verification_status = 'VERIFIED'`, [[...ids]]);
    return new Set(rows.map((r) => r.id));
  }

  /** Members and staff covering its county may manage an organization and see its private details. */
  canManage(actor: Actor | null, org: Pick<Organization, 'id' | 'countyCode'>): boolean {
    if (!actor) return false;
    if (actor.role === Role.EMPLOYER) return actor.organizationId === org.id;
    return isStaff(actor) && staffCovers(actor, org.countyCode);
  }

  /** Reads for other features (no visibility rule: the caller applies its own). `m`: the caller's transaction. */
  findById(id: string, m: EntityManager = this.ds.manager): Promise<Organization | null> {
    return m.getRepository(Organization).findOneBy({ id });
  }

  getById(id: string, m: EntityManager = this.ds.manager): Promise<Organization> {
    return m.getRepository(Organization).findOneByOrFail({ id });
  }

  /** The users who are members of the organization (in the caller's transaction, if one is given). */
  async memberUserIds(organizationId: string, m: EntityManager = this.ds.manager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await m.query(`SELECT user_id FROM organization_member WHERE organization_id = $1`, [organizationId]);
    return rows.map((r) => r.user_id);
  }

  async get(id: string): Promise<Organization> {
    const org = await this.ds.getRepository(Organization).findOneBy({ id });
    if (!org) throw new NotFoundError('organization');
    return org;
  }

  /** An organization not (yet) verified, or rejected, is shown only to its members and staff; to others it does not exist. */
  async getVisible(actor: Actor | null, id: string): Promise<Organization> {
    const org = await this.get(id);
    if (org.verificationStatus !== VerificationStatus.VERIFIED && !this.canManage(actor, org)) throw new NotFoundError('organization');
    return org;
  }

  async mine(actor: Actor | null): Promise<Organization | null> {
    const a = requireActor(actor, Role.EMPLOYER);
    return a.organizationId ? this.get(a.organizationId) : null;
  }

  async list(actor: Actor | null, filter: OrganizationFilter = {}, pageInput?: PageInput): Promise<Page<Organization>> {
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const qb = this.ds.getRepository(Organization).createQueryBuilder('o');
    if (isStaff(actor)) {
      if (actor.role === Role.STAFF && actor.scopeCountyCode) qb.andWhere('o.countyCode = :scope', { scope: actor.scopeCountyCode });
      if (filter.verificationStatus) qb.andWhere('o.verificationStatus = :vs', { vs: filter.verificationStatus });
    } else {
      qb.andWhere('o.verificationStatus = :vs', { vs: VerificationStatus.VERIFIED });
    }
    if (filter.countyCode) qb.andWhere('o.countyCode = :county', { county: filter.countyCode });
    if (filter.type) qb.andWhere('o.type = :type', { type: filter.type });
    if (filter.query?.trim()) {
      const q = `%${filter.query.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      qb.andWhere(new Brackets((w) => w.where('o.name ILIKE :q', { q }).orWhere('o.creditCode ILIKE :q', { q })));
    }
    const [items, total] = await qb.orderBy('o.createdAt', 'DESC').addOrderBy('o.id').skip(offset).take(limit).getManyAndCount();
    return { items, total, page, pageSize };
  }

  private validate(input: OrganizationInput): { creditCode: string } {
    const credit = checkCreditCode(input.creditCode);
    const problems = new FieldProblems();
    if (!credit.ok) problems.add('input.creditCode', `validation.creditCode.${credit.problem}`, credit.params);
    problems.check(this.regions.isCounty(input.countyCode), 'input.countyCode', 'validation.unknownCounty').throwIfAny();
    return { creditCode: credit.ok ? credit.value : '' };
  }

  private fields(input: OrganizationInput, creditCode: string) {
    return {
      name: input.name.trim(), creditCode, type: input.type, countyCode: input.countyCode, address: input.address.trim(),
      staffCount: input.staffCount, establishedPosts: input.establishedPosts ?? null, isSchool: input.isSchool,
      description: input.description.trim(), contactName: input.contactName.trim(), contactPhone: input.contactPhone.trim(),
    };
  }

  async create(actor: Actor | null, input: OrganizationInput): Promise<Organization> {
    const a = requireActor(actor, Role.EMPLOYER);
    if (a.organizationId) throw new ConflictError('error.alreadyMember');
    const { creditCode } = this.validate(input);
    return this.ds.transaction(async (m) => {
      const org = m.getRepository(Organization).create({ ...this.fields(input, creditCode), verificationStatus: VerificationStatus.PENDING });
      try {
        await m.getRepository(Organization).insert(org);
        await m.query(`INSERT INTO organization_member (organization_id, user_id, member_role) VALUES ($1,$2,'OWNER')`, [org.id, a.userId]);
      } catch (e) {
        throw this.uniqueViolation(e);
      }
      await this.awaitingVerification(m, org);
      return m.getRepository(Organization).findOneByOrFail({ id: org.id });
    });
  }

  async update(actor: Actor | null, id: string, input: OrganizationInput): Promise<Organization> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    const org = await this.get(id);
    if (!this.canManage(a, org)) throw new ForbiddenError();
    const { creditCode } = this.validate(input);
    if (isStaff(a) && !staffCovers(a, input.countyCode)) throw new ForbiddenError('error.outOfScope');
    const patch: Partial<Organization> = this.fields(input, creditCode);
    // a verified identity that changes must be verified again: back in the queue, its postings out of search meanwhile
    const recheck = org.verificationStatus === VerificationStatus.VERIFIED && (creditCode !== org.creditCode || patch.name !== org.name) && !isStaff(a);
    if (recheck) Object.assign(patch, { verificationStatus: VerificationStatus.PENDING, verifiedAt: null, verifiedBy: null, submittedAt: new Date() });
    try {
      await this.ds.transaction(async (m) => {
        await m.getRepository(Organization).update({ id }, patch);
        if (recheck) {
          await this.verificationChanged(m, id, VerificationStatus.VERIFIED, VerificationStatus.PENDING);
          await this.awaitingVerification(m, { id, name: patch.name ?? org.name, countyCode: patch.countyCode ?? org.countyCode });
          await m.getRepository(OrganizationDecision).insert({ organizationId: id, decision: VerificationDecision.RESUBMIT,
            fromStatus: VerificationStatus.VERIFIED, toStatus: VerificationStatus.PENDING, note: null, decidedBy: a.userId });
        }
        if (isStaff(a)) await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'organization', entityId: id, detail: { op: 'update' } }], m);
      });
    } catch (e) {
      throw this.uniqueViolation(e);
    }
    return this.get(id);
  }

  private uniqueViolation(e: unknown): unknown {
    const code = (e as { driverError?: { code?: string; constraint?: string } }).driverError;
    if (code?.code === '23505' && code.constraint?.includes('credit_code')) {
      return InvalidInputError.field('input.creditCode', 'error.creditCodeTaken');
    }
    if (code?.code === '23505') return new ConflictError('error.alreadyMember');
    return e;
  }
}
