// Placements: the hires that count towards the plan, from the platform or recorded by staff.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, isStaff, staffCovers } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { ActionLine, NON_PLACEMENT_LINES, PlacementSource, Role } from '../common/domain.js';
import { ConflictError, FieldProblems, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { withIdempotency } from '../database/idempotency.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import type { Posting } from '../postings/posting.entity.js';
import { PostingsService } from '../postings/postings.service.js';
import type { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { deriveActionLine } from './action-line.js';
import { Placement } from './placement.entity.js';
import { PlacementFilter, RecordPlacementInput } from './placement.inputs.js';

/** A placement's contract, as quota and levy counting need it (the vocabulary is reporting's ContractKind). */
export interface PlacementContractFacts {
  contractKind: string; contractMonths: number | null; monthlyWage: number; socialInsuranceFull: boolean; partTime: boolean | null;
}

@Injectable()
export class PlacementsService {
  constructor(
    private readonly ds: DataSource,
    private readonly postings: PostingsService,
    private readonly audit: AuditService,
    private readonly seekers: SeekersService,
    private readonly orgs: OrganizationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Inserts the placement inside the caller's transaction and marks the person employed. */
  async create(m: EntityManager, p: {
    seeker: SeekerProfile; organization: Organization; posting: Posting | null; applicationId: string | null;
    employmentForm: Placement['employmentForm']; startDate: string; actionLine?: ActionLine | null; note?: string;
    source: PlacementSource; recordedBy: string;
  }): Promise<Placement> {
    const actionLine = p.actionLine ?? deriveActionLine({
      organizationType: p.organization.type, employmentForm: p.employmentForm, postingTitle: p.posting?.title ?? null,
      category: p.seeker.category, residence: p.seeker.residence, graduateYear: p.seeker.graduateYear,
      startYear: Number(p.startDate.slice(0, 4)),
    });
    const repo = m.getRepository(Placement);
    const placement = repo.create({
      seekerId: p.seeker.id, organizationId: p.organization.id, postingId: p.posting?.id ?? null, applicationId: p.applicationId,
      employmentForm: p.employmentForm, startDate: p.startDate, actionLine, countyCode: p.seeker.countyCode, source: p.source,
      note: p.note ?? '', recordedBy: p.recordedBy,
    });
    await repo.insert(placement);
    await this.seekers.markEmployed(m, p.seeker.id);
    return repo.findOneByOrFail({ id: placement.id });
  }

  /** Whether the placement is the seeker's (casework's follow-ups name one). */
  async isSeekers(placementId: string, seekerId: string): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM placement WHERE id = $1 AND seeker_id = $2`, [placementId, seekerId]);
    return rows.length > 0;
  }

  /** Records the contract facts of a placement (quota counting reads them), in the caller's transaction. */
  async setContract(m: EntityManager, placementId: string, c: PlacementContractFacts, recordedBy: string): Promise<void> {
    await m.query(
      `UPDATE placement SET contract_kind = $2, contract_months = $3, monthly_wage = $4, social_insurance_full = $5, part_time = $6,
              contract_recorded_by = $7, contract_recorded_at = now()
        WHERE id = $1`,
      [placementId, c.contractKind, c.contractMonths, c.monthlyWage, c.socialInsuranceFull, c.partTime, recordedBy],
    );
  }

  async record(actor: Actor | null, input: RecordPlacementInput): Promise<Placement> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const problems = new FieldProblems();
    if (input.actionLine && NON_PLACEMENT_LINES.has(input.actionLine)) problems.add('input.actionLine', 'validation.placementLine', { line: input.actionLine });
    problems.throwIfAny();
    const id = await this.ds.transaction(async (m) => withIdempotency(m, a.userId, 'recordPlacement', input.idempotencyKey, async () => {
      const seeker = await this.seekers.findById(input.seekerId, m);
      if (!seeker) throw InvalidInputError.field('input.seekerId', 'error.notFound', { entity: 'seeker' });
      if (!staffCovers(a, seeker.countyCode)) throw new ForbiddenError('error.outOfScope');
      const organization = await this.orgs.findById(input.organizationId, m);
      if (!organization) throw InvalidInputError.field('input.organizationId', 'error.notFound', { entity: 'organization' });
      let posting: Posting | null = null;
      if (input.postingId) {
        posting = await this.postings.findById(input.postingId, m);
        if (!posting || posting.organizationId !== organization.id) {
          throw InvalidInputError.field('input.postingId', 'error.notFound', { entity: 'posting' });
        }
        if (!(await this.postings.takeOpening(m, posting.id))) throw new ConflictError('error.postingFilled');
      }
      const placement = await this.create(m, {
        seeker, organization, posting, applicationId: null, employmentForm: input.employmentForm, startDate: input.startDate,
        actionLine: input.actionLine, note: input.note.trim(), source: PlacementSource.EXTERNAL, recordedBy: a.userId,
      });
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'placement', entityId: placement.id, detail: { op: 'record' } }], m);
      return placement.id;
    }));
    return this.ds.getRepository(Placement).findOneByOrFail({ id });
  }

  async end(actor: Actor | null, id: string, endDate: string): Promise<Placement> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN, Role.EMPLOYER);
    const p = await this.get(a, id);
    if (a.role === Role.EMPLOYER && a.organizationId !== p.organizationId) throw new ForbiddenError();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(endDate) || Number.isNaN(Date.parse(endDate))) throw InvalidInputError.field('endDate', 'validation.isISO8601');
    if (endDate < p.startDate) throw InvalidInputError.field('endDate', 'validation.endBeforeStart');
    await this.ds.getRepository(Placement).update({ id }, { endDate });
    if (isStaff(a)) await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'placement', entityId: id, detail: { op: 'end', endDate } }]);
    return this.ds.getRepository(Placement).findOneByOrFail({ id });
  }

  async get(actor: Actor | null, id: string): Promise<Placement> {
    const a = requireActor(actor);
    const p = await this.ds.getRepository(Placement).findOneBy({ id });
    if (!p || !this.canSee(a, p)) throw new NotFoundError('placement');
    return p;
  }

  private canSee(a: Actor, p: Placement): boolean {
    if (isStaff(a)) return staffCovers(a, p.countyCode);
    return a.role === Role.EMPLOYER && a.organizationId === p.organizationId;
  }

  async list(actor: Actor | null, f: PlacementFilter = {}, pageInput?: PageInput): Promise<Page<Placement>> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN, Role.EMPLOYER);
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const qb = this.ds.getRepository(Placement).createQueryBuilder('pl');
    if (a.role === Role.EMPLOYER) qb.andWhere('pl.organizationId = :own', { own: a.organizationId ?? '00000000-0000-0000-0000-000000000000' });
    else if (a.role === Role.STAFF && a.scopeCountyCode) qb.andWhere('pl.countyCode = :scope', { scope: a.scopeCountyCode });
    if (f.countyCode) qb.andWhere('pl.countyCode = :county', { county: f.countyCode });
    if (f.actionLine) qb.andWhere('pl.actionLine = :line', { line: f.actionLine });
    if (f.organizationId) qb.andWhere('pl.organizationId = :org', { org: f.organizationId });
    if (f.seekerId) qb.andWhere('pl.seekerId = :seeker', { seeker: f.seekerId });
    if (f.from) qb.andWhere('pl.startDate >= :from', { from: f.from });
    if (f.to) qb.andWhere('pl.startDate <= :to', { to: f.to });
    const [items, total] = await qb.orderBy('pl.startDate', 'DESC').addOrderBy('pl.id').skip(offset).take(limit).getManyAndCount();
    return { items, total, page, pageSize };
  }
}
