// Postings: employers create, edit, publish and close them; everyone browses what is published.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { type Actor, isStaff, staffCovers } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PostingStatus, Role, VerificationStatus } from '../common/domain.js';
import { ConflictError, FieldProblems, ForbiddenError, NotFoundError } from '../common/errors.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { queryRows } from '../database/sql.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { RegionsService } from '../regions/regions.service.js';
import { Posting } from './posting.entity.js';
import { PostingFilter, PostingInput } from './posting.inputs.js';
import { todayInChina } from '../common/local-time.js';

export enum PostingSort { NEWEST = 'NEWEST', DEADLINE = 'DEADLINE', SALARY = 'SALARY' }

const today = todayInChina;

@Injectable()
export class PostingsService {
  constructor(
    private readonly ds: DataSource,
    private readonly orgs: OrganizationsService,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    orgs.onVerificationChange((m, organizationId, _from, to) => this.followVerification(m, organizationId, to));
  }

  /**
   * An organization's postings follow its verification, in the same transaction: rejected or suspended, its published
   * postings close and leave search; verified, its published postings enter search; sent back for checking, they stay
   * published but out of search (and out of every public list) until it is verified again.
   */
  private async followVerification(m: EntityManager, organizationId: string, to: VerificationStatus): Promise<number> {
    // entering and leaving search follows the organization's status by itself (the search feed triggers)
    if (to === VerificationStatus.REJECTED || to === VerificationStatus.SUSPENDED) {
      const closed = await queryRows<{ id: string }>(m,
        `UPDATE posting SET status = 'CLOSED', closed_at = now(), version = version + 1, updated_at = now()
          WHERE organization_id = $1 AND status = 'PUBLISHED' RETURNING id`, [organizationId]);
      return closed.length;
    }
    return 0;
  }

  /** Staff acting on an employer's posting is a staff action: written to the audit log in the same transaction. */
  private async auditStaff(m: EntityManager, a: Actor, id: string, detail: Record<string, unknown>): Promise<void> {
    if (isStaff(a)) await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'posting', entityId: id, detail }], m);
  }

  /** The owning organization's members and staff covering the posting's county. */
  canManage(actor: Actor | null, p: Pick<Posting, 'organizationId' | 'countyCode'>): boolean {
    if (!actor) return false;
    if (actor.role === Role.EMPLOYER) return actor.organizationId === p.organizationId;
    return isStaff(actor) && staffCovers(actor, p.countyCode);
  }

  /** Drafts for their employer and staff; others only of a verified organization (pending, rejected and suspended ones are not public). */
  async isVisible(actor: Actor | null, p: Posting): Promise<boolean> {
    if (this.canManage(actor, p)) return true;
    if (p.status === PostingStatus.DRAFT) return false;
    return (await this.orgs.verifiedIds([p.organizationId])).has(p.organizationId);
  }

  /** Reads for other features (no visibility rule: the caller applies its own). `m`: the caller's transaction. */
  findById(id: string, m: EntityManager = this.ds.manager): Promise<Posting | null> {
    return m.getRepository(Posting).findOneBy({ id });
  }

  getById(id: string, m: EntityManager = this.ds.manager): Promise<Posting> {
    return m.getRepository(Posting).findOneByOrFail({ id });
  }

  findByIds(ids: readonly string[]): Promise<Posting[]> {
    return ids.length ? this.ds.getRepository(Posting).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  async idsOfOrganization(organizationId: string): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(this.ds.manager, `SELECT id FROM posting WHERE organization_id = $1`, [organizationId]);
    return rows.map((r) => r.id);
  }

  async get(actor: Actor | null, id: string): Promise<Posting> {
    const p = await this.ds.getRepository(Posting).findOneBy({ id });
    if (!p || !(await this.isVisible(actor, p))) throw new NotFoundError('posting');
    return p;
  }

  /**
   * Browses postings with the structured filters. Words are not matched here: the search engine is the one text
   * search (search/ passes the ids it found as `ids`), and `filter.query` is ignored by this method.
   */
  async list(
    actor: Actor | null, filter: PostingFilter = {}, sort = PostingSort.NEWEST, pageInput?: PageInput, ids?: readonly string[],
  ): Promise<Page<Posting>> {
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const qb = this.ds.getRepository(Posting).createQueryBuilder('p');
    this.scope(qb, actor, filter);
    this.applyFilter(qb, filter);
    if (ids) qb.andWhere(ids.length ? 'p.id IN (:...ids)' : 'false', { ids });
    if (sort === PostingSort.DEADLINE) qb.orderBy('p.deadline', 'ASC', 'NULLS LAST');
    else if (sort === PostingSort.SALARY) qb.orderBy('p.salaryMax', 'DESC', 'NULLS LAST');
    else qb.orderBy('p.publishedAt', 'DESC', 'NULLS LAST').addOrderBy('p.createdAt', 'DESC');
    qb.addOrderBy('p.id');
    const [items, total] = await qb.offset(offset).limit(limit).getManyAndCount();
    return { items, total, page, pageSize };
  }

  /** Employers: every posting of their organization, any status, newest first. */
  async mine(actor: Actor | null, status: PostingStatus | undefined, pageInput?: PageInput): Promise<Page<Posting>> {
    const a = requireActor(actor, Role.EMPLOYER);
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    if (!a.organizationId) return { items: [], total: 0, page, pageSize };
    const [items, total] = await this.ds.getRepository(Posting).findAndCount({
      where: { organizationId: a.organizationId, ...(status ? { status } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' }, skip: offset, take: limit,
    });
    return { items, total, page, pageSize };
  }

  /** Published postings of verified organizations for everyone (staff: of any organization); other statuses only within what the actor manages. */
  private scope(qb: SelectQueryBuilder<Posting>, actor: Actor | null, filter: PostingFilter) {
    const status = filter.status;
    if (!status || status === PostingStatus.PUBLISHED) {
      qb.andWhere('p.status = :status', { status: PostingStatus.PUBLISHED });
      if (!isStaff(actor)) qb.andWhere(`p.organizationId IN (SELECT o.id FROM organization o WHERE o.verification_status = 'VERIFIED')`);
      return;
    }
    qb.andWhere('p.status = :status', { status });
    if (actor?.role === Role.EMPLOYER) {
      qb.andWhere('p.organizationId = :own', { own: actor.organizationId ?? '00000000-0000-0000-0000-000000000000' });
    } else if (isStaff(actor)) {
      if (actor.role === Role.STAFF && actor.scopeCountyCode) qb.andWhere('p.countyCode = :scope', { scope: actor.scopeCountyCode });
    } else {
      qb.andWhere('false');
    }
  }

  private applyFilter(qb: SelectQueryBuilder<Posting>, f: PostingFilter) {
    if (f.countyCodes?.length) qb.andWhere('p.countyCode IN (:...counties)', { counties: f.countyCodes });
    if (f.employmentForms?.length) qb.andWhere('p.employmentForm IN (:...forms)', { forms: f.employmentForms });
    if (f.organizationTypes?.length) {
      qb.andWhere('p.organizationId IN (SELECT o.id FROM organization o WHERE o.type IN (:...otypes))', { otypes: f.organizationTypes });
    }
    if (f.reservedOnly) qb.andWhere('p.reserved = true');
    if (f.supportsAll?.length) qb.andWhere('p.supports @> :sa::text[]', { sa: f.supportsAll });
    if (f.demandsNone?.length) qb.andWhere('NOT (p.demands && :dn::text[])', { dn: f.demandsNone });
    if (f.category) qb.andWhere(`(p.suitableCategories = '{}' OR :cat = ANY(p.suitableCategories))`, { cat: f.category });
    if (f.salaryAtLeast != null) qb.andWhere('COALESCE(p.salaryMax, p.salaryMin) >= :sal', { sal: f.salaryAtLeast });
    if (f.organizationId) qb.andWhere('p.organizationId = :org', { org: f.organizationId });
  }

  private validate(input: PostingInput, hiredCount = 0) {
    new FieldProblems()
      .check(this.regions.isCounty(input.countyCode), 'input.countyCode', 'validation.unknownCounty')
      .check(input.salaryMin == null || input.salaryMax == null || input.salaryMin <= input.salaryMax, 'input.salaryMax', 'validation.salaryRange')
      .check(input.openings >= hiredCount, 'input.openings', 'validation.openingsBelowHired', { hired: hiredCount })
      .check(!input.deadline || input.deadline >= today(), 'input.deadline', 'validation.deadlinePast')
      .throwIfAny();
  }

  private fields(input: PostingInput) {
    return {
      title: input.title.trim(), description: input.description.trim(), easyRead: input.easyRead.trim(),
      countyCode: input.countyCode, address: input.address.trim(), latitude: input.latitude ?? null, longitude: input.longitude ?? null,
      employmentForm: input.employmentForm, openings: input.openings, salaryMin: input.salaryMin ?? null, salaryMax: input.salaryMax ?? null,
      educationRequired: input.educationRequired, skills: input.skills.map((s) => s.trim()).filter(Boolean), reserved: input.reserved,
      relaxedAge: input.relaxedAge, relaxedHousehold: input.relaxedHousehold, relaxedExamRatio: input.relaxedExamRatio,
      relaxationNote: input.relaxationNote.trim(), demands: input.demands, supports: input.supports,
      suitableCategories: input.suitableCategories, deadline: input.deadline ?? null,
    };
  }

  async create(actor: Actor | null, input: PostingInput): Promise<Posting> {
    const a = requireActor(actor, Role.EMPLOYER);
    if (!a.organizationId) throw new ForbiddenError('error.noOrganization');
    this.validate(input);
    const repo = this.ds.getRepository(Posting);
    const p = repo.create({ ...this.fields(input), organizationId: a.organizationId, status: PostingStatus.DRAFT, createdBy: a.userId });
    await repo.insert(p);
    return repo.findOneByOrFail({ id: p.id });
  }

  async update(actor: Actor | null, id: string, input: PostingInput, expectedVersion?: number): Promise<Posting> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    const current = await this.get(a, id);
    if (!this.canManage(a, current)) throw new ForbiddenError();
    this.validate(input, current.hiredCount);
    return this.ds.transaction(async (m) => {
      // a conditional update: never lose a hire or an edit made meanwhile
      const res = await m.createQueryBuilder().update(Posting).set({ ...this.fields(input), version: () => 'version + 1' })
        .where('id = :id AND hired_count <= :openings', { id, openings: input.openings })
        .andWhere(expectedVersion != null ? 'version = :v' : 'true', { v: expectedVersion })
        .execute();
      if (!res.affected) throw new ConflictError('error.changedMeanwhile');
      await this.auditStaff(m, a, id, { op: 'update' });
      return m.getRepository(Posting).findOneByOrFail({ id });
    });
  }

  async publish(actor: Actor | null, id: string): Promise<Posting> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    const p = await this.get(a, id);
    if (!this.canManage(a, p)) throw new ForbiddenError();
    if (p.status === PostingStatus.PUBLISHED) throw new ConflictError('error.illegalPostingTransition', { from: p.status, to: PostingStatus.PUBLISHED });
    const org = await this.orgs.get(p.organizationId);
    // a pending organization may publish: its postings stay out of search and public lists until it is verified
    if (org.verificationStatus === VerificationStatus.REJECTED || org.verificationStatus === VerificationStatus.SUSPENDED) {
      throw new ForbiddenError('error.organizationNotVerified');
    }
    new FieldProblems()
      .check(!p.deadline || p.deadline >= today(), 'deadline', 'validation.deadlinePast')
      .check(p.hiredCount < p.openings, 'openings', 'error.postingFilled')
      .throwIfAny();
    return this.transition(a, id, p.status, PostingStatus.PUBLISHED);
  }

  async close(actor: Actor | null, id: string): Promise<Posting> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    const p = await this.get(a, id);
    if (!this.canManage(a, p)) throw new ForbiddenError();
    if (p.status !== PostingStatus.PUBLISHED) throw new ConflictError('error.illegalPostingTransition', { from: p.status, to: PostingStatus.CLOSED });
    return this.transition(a, id, PostingStatus.PUBLISHED, PostingStatus.CLOSED);
  }

  private transition(a: Actor, id: string, from: PostingStatus, to: PostingStatus): Promise<Posting> {
    return this.ds.transaction(async (m) => {
      const res = await queryRows(m,
        `UPDATE posting SET status = $3, version = version + 1, updated_at = now(),
                published_at = CASE WHEN $3 = 'PUBLISHED' THEN now() ELSE published_at END,
                closed_at = CASE WHEN $3 = 'CLOSED' THEN now() ELSE NULL END
          WHERE id = $1 AND status = $2 RETURNING id`,
        [id, from, to],
      );
      if (!res.length) throw new ConflictError('error.changedMeanwhile');
      await this.auditStaff(m, a, id, { op: to === PostingStatus.PUBLISHED ? 'publish' : 'close', from, to });
      return m.getRepository(Posting).findOneByOrFail({ id });
    });
  }

  /**
   * Takes one opening for a hire: a single conditional UPDATE, so concurrent hires can never exceed the
   * openings (the CHECK constraint backs it). Closes the posting when the last opening is taken.
   * Returns false when no opening is left.
   */
  async takeOpening(m: EntityManager, postingId: string): Promise<boolean> {
    const rows = await queryRows<{ id: string; status: string }>(m,
      `UPDATE posting SET hired_count = hired_count + 1, version = version + 1, updated_at = now(),
              status = CASE WHEN hired_count + 1 >= openings THEN 'CLOSED' ELSE status END,
              closed_at = CASE WHEN hired_count + 1 >= openings THEN now() ELSE closed_at END
        WHERE id = $1 AND hired_count < openings RETURNING id, status`,
      [postingId],
    );
    if (!rows.length) return false;
    return true;
  }
}
