// Placements: the hires that count towards the plan, from the platform or recorded by staff.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import { type Actor, isStaff, staffCovers } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { ActionLine, ContractKind, type EmploymentForm, NON_PLACEMENT_LINES, PlacementSource, Role } from '../common/domain.js';
import { ConflictError, FieldProblems, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { withIdempotency } from '../database/idempotency.js';
import { queryRows } from '../database/sql.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import type { Posting } from '../postings/posting.entity.js';
import { PostingsService } from '../postings/postings.service.js';
import type { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { isMassageRole } from './action-line.js';
import { ActionLines } from './action-lines.js';
import { addHistory, diff } from './placement-history.js';
import { Placement } from './placement.entity.js';
import { CorrectPlacementInput, PlacementFilter, RecordPlacementInput, type PlacementContractInput } from './placement.inputs.js';
import { PlacementChangeKind, PlacementEndReason, type CorrectableField } from './placement-vocab.js';

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
    private readonly lines: ActionLines,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Inserts the placement inside the caller's transaction and marks the person employed. */
  async create(m: EntityManager, p: {
    seeker: SeekerProfile; organization: Organization; posting: Posting | null; applicationId: string | null;
    employmentForm: Placement['employmentForm']; startDate: string; actionLine?: ActionLine | null; note?: string;
    evidence?: string; contract?: PlacementContractFacts | null; source: PlacementSource; recordedBy: string;
    /** Staff said the job is massage work (a hire with no posting); otherwise the posting's skills say it */
    massageRole?: boolean | null;
  }): Promise<Placement> {
    const massageRole = p.massageRole ?? isMassageRole(p.posting?.skills);
    const actionLine = p.actionLine ?? await this.lines.ruleLine(m, p.seeker, p.organization, p.employmentForm, p.startDate, massageRole);
    const repo = m.getRepository(Placement);
    const placement = repo.create({
      seekerId: p.seeker.id, organizationId: p.organization.id, postingId: p.posting?.id ?? null, applicationId: p.applicationId,
      employmentForm: p.employmentForm, startDate: p.startDate, actionLine, actionLineChosen: !!p.actionLine, massageRole,
      countyCode: p.seeker.countyCode, source: p.source,
      note: p.note ?? '', evidence: p.evidence ?? '', recordedBy: p.recordedBy,
      ...(p.contract ? {
        contractKind: p.contract.contractKind as ContractKind, contractMonths: p.contract.contractMonths, monthlyWage: p.contract.monthlyWage,
        socialInsuranceFull: p.contract.socialInsuranceFull, partTime: p.contract.partTime,
      } : {}),
    });
    await repo.insert(placement);
    if (p.contract) await m.query(`UPDATE placement SET contract_recorded_by = $2, contract_recorded_at = now() WHERE id = $1`, [placement.id, p.recordedBy]);
    await addHistory(m, placement.id, PlacementChangeKind.RECORDED, { reason: p.note ?? '', actorUserId: p.recordedBy });
    await this.seekers.markEmployed(m, p.seeker.id);
    return repo.findOneByOrFail({ id: placement.id });
  }

  /**
   * Links a placement to the workshop or base the person works at (null unlinks), in the caller's transaction; the
   * workshop's employed figure counts its ongoing genuine placements. Returns the link it replaced.
   */
  async linkWorkshop(m: EntityManager, placementId: string, link: { id: string | null; name: string | null; previousName: string | null },
    actorUserId: string, reason: string): Promise<void> {
    await m.query(`UPDATE placement SET workshop_id = $2 WHERE id = $1`, [placementId, link.id]);
    // the history names the workshops (as it names employers), so it reads the same after a workshop is renamed
    await addHistory(m, placementId, PlacementChangeKind.CORRECTED, {
      changes: [{ field: 'workshop' as CorrectableField, from: link.previousName, to: link.name }], reason, actorUserId,
    });
  }

  /** People employed at each workshop now (all workshops with anyone when no ids are given). */
  employedByWorkshop(m: EntityManager | DataSource, workshopIds?: readonly string[]): Promise<Map<string, number>> {
    return employedByWorkshop(m, workshopIds);
  }

  /** Whether the placement is the seeker's (casework's follow-ups name one). */
  async isSeekers(placementId: string, seekerId: string): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM placement WHERE id = $1 AND seeker_id = $2`, [placementId, seekerId]);
    return rows.length > 0;
  }

  /** The forms of a person's genuine placements going on that day (subsidies' rules read them; no access rule: the caller applies its own). */
  async currentFormsOf(seekerId: string, day: string): Promise<EmploymentForm[]> {
    const rows: Array<{ form: EmploymentForm }> = await this.ds.query(
      `SELECT DISTINCT employment_form AS form FROM placement
        WHERE seeker_id = $1 AND excluded_at IS NULL AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2) ORDER BY 1`, [seekerId, day]);
    return rows.map((r) => r.form);
  }

  /** The first day of a placement (a subsidy claimed for the job names it to the person; no access rule: the caller applies its own). */
  async startDateOf(placementId: string, m: EntityManager | DataSource = this.ds): Promise<string | null> {
    const rows: Array<{ d: string }> = await m.query(`SELECT start_date::text AS d FROM placement WHERE id = $1`, [placementId]);
    return rows[0]?.d ?? null;
  }

  /** Records the contract facts of a placement (quota counting reads them), in the caller's transaction. */
  async setContract(m: EntityManager, placementId: string, c: PlacementContractFacts, recordedBy: string): Promise<void> {
    const before = await m.getRepository(Placement).findOneByOrFail({ id: placementId });
    const changes = diff(before, contractFields(c));
    if (changes.length) await addHistory(m, placementId, PlacementChangeKind.CONTRACT_SET, { changes, actorUserId: recordedBy });
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
    checkContract(problems, input.contract, 'input.contract');
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
        actionLine: input.actionLine, note: input.note.trim(), evidence: input.evidence.trim(), source: PlacementSource.EXTERNAL,
        recordedBy: a.userId, contract: input.contract ? contractFacts(input.contract) : null, massageRole: input.massageRole,
      });
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'placement', entityId: placement.id, detail: { op: 'record' } }], m);
      return placement.id;
    }));
    return this.ds.getRepository(Placement).findOneByOrFail({ id });
  }

  /** Ends a placement with its reason (OTHER needs a note). It still counts as new employment in the period it started. */
  async end(actor: Actor | null, id: string, endDate: string, reason: PlacementEndReason, note = ''): Promise<Placement> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN, Role.EMPLOYER);
    const p = await this.get(a, id);
    if (a.role === Role.EMPLOYER && a.organizationId !== p.organizationId) throw new ForbiddenError();
    const problems = new FieldProblems();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(endDate) || Number.isNaN(Date.parse(endDate))) problems.add('endDate', 'validation.isISO8601');
    else if (endDate < p.startDate) problems.add('endDate', 'validation.endBeforeStart');
    if (!Object.values(PlacementEndReason).includes(reason)) problems.add('reason', 'validation.isEnum');
    if (reason === PlacementEndReason.OTHER && !note.trim()) problems.add('note', 'validation.endNoteRequired');
    if (note.length > 1000) problems.add('note', 'validation.maxLength', { max: 1000 });
    problems.throwIfAny();
    if (p.endDate) throw new ConflictError('error.placementEnded', { endDate: p.endDate });
    await this.ds.transaction(async (m) => {
      if (!(await this.endIn(m, id, endDate, reason, note.trim(), a.userId))) throw new ConflictError('error.placementEnded', { endDate });
      if (isStaff(a)) await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'placement', entityId: id, detail: { op: 'end', endDate, reason } }], m);
    });
    return this.ds.getRepository(Placement).findOneByOrFail({ id });
  }

  /**
   * Ends a placement that has no end date yet, with its history entry, in the caller's transaction (a follow-up saying
   * the person left ends it this way). False when it had already ended: nothing is changed then.
   */
  async endIn(m: EntityManager, id: string, endDate: string, reason: PlacementEndReason, note: string, actorUserId: string): Promise<boolean> {
    const rows = await queryRows(m, `UPDATE placement SET end_date = $2, end_reason = $3 WHERE id = $1 AND end_date IS NULL RETURNING id`, [id, endDate, reason]);
    if (!rows.length) return false;
    await addHistory(m, id, PlacementChangeKind.ENDED, {
      changes: [{ field: 'endDate', from: null, to: endDate }, { field: 'endReason', from: null, to: reason }], reason: note, actorUserId,
    });
    return true;
  }

  /** Staff in scope correct a placement: each changed field goes into its history with the reason. */
  async correct(actor: Actor | null, id: string, input: CorrectPlacementInput): Promise<Placement> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const p = await this.get(a, id);
    const problems = new FieldProblems();
    problems.check(!!input.reason?.trim(), 'input.reason', 'validation.correctionReasonRequired');
    if (input.actionLine && NON_PLACEMENT_LINES.has(input.actionLine)) problems.add('input.actionLine', 'validation.placementLine', { line: input.actionLine });
    if ((input.endDate !== undefined || input.endReason !== undefined) && !p.endDate) problems.add(input.endDate !== undefined ? 'input.endDate' : 'input.endReason', 'validation.notEnded');
    const start = input.startDate ?? p.startDate;
    const end = input.endDate ?? p.endDate;
    if (end && end < start) problems.add(input.endDate !== undefined ? 'input.endDate' : 'input.startDate', 'validation.endBeforeStart');
    if (input.organizationId && input.organizationId === p.organizationId) problems.add('input.organizationId', 'validation.sameEmployer');
    else if (input.organizationId && p.postingId) problems.add('input.organizationId', 'validation.placementFromPosting');
    checkContract(problems, input.contract, 'input.contract');
    problems.throwIfAny();
    if (input.organizationId && input.organizationId !== p.organizationId && !(await this.orgs.findById(input.organizationId))) {
      throw InvalidInputError.field('input.organizationId', 'error.notFound', { entity: 'organization' });
    }
    const next: Partial<Record<CorrectableField, unknown>> = {
      organizationId: input.organizationId, employmentForm: input.employmentForm, startDate: input.startDate, endDate: input.endDate,
      endReason: input.endReason, actionLine: input.actionLine, evidence: input.evidence?.trim(), note: input.note?.trim(),
      ...(input.contract ? contractFields(contractFacts(input.contract)) : {}),
    };
    const changes = diff(p, next);
    if (!changes.length) throw InvalidInputError.field('input', 'validation.nothingChanged');
    await this.ds.transaction(async (m) => {
      await m.getRepository(Placement).update({ id }, {
        ...Object.fromEntries(changes.map((c) => [c.field, c.to])),
        ...(changes.some((c) => c.field === 'actionLine') ? { actionLineChosen: true } : {}),
      });
      if (input.contract) await m.query(`UPDATE placement SET contract_recorded_by = $2, contract_recorded_at = now() WHERE id = $1`, [id, a.userId]);
      await addHistory(m, id, PlacementChangeKind.CORRECTED, { changes, reason: input.reason.trim(), actorUserId: a.userId });
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'placement', entityId: id, detail: { op: 'correct', fields: changes.map((c) => c.field) } }], m);
    });
    return this.ds.getRepository(Placement).findOneByOrFail({ id });
  }

  /**
   * Staff confirmed an integrity flag: these placements are not genuine. They stay on record, count nowhere from
   * now on (dashboard, quarterly report and export, quota), and their history says so. In the caller's transaction.
   */
  async exclude(m: EntityManager, placementIds: readonly string[], e: { flagId: string; reason: string; actorUserId: string }): Promise<string[]> {
    if (!placementIds.length) return [];
    const rows = await queryRows<{ id: string }>(m,
      `UPDATE placement SET excluded_at = now(), excluded_by = $2, excluded_reason = $3, excluded_flag_id = $4
        WHERE id = ANY($1::uuid[]) AND excluded_at IS NULL RETURNING id`,
      [[...placementIds], e.actorUserId, e.reason, e.flagId]);
    for (const r of rows) await addHistory(m, r.id, PlacementChangeKind.EXCLUDED, { reason: e.reason, actorUserId: e.actorUserId });
    // a person employed only on paper is not employed: the four ones count them among those still to serve
    const notEmployed = await queryRows<{ seekerId: string }>(m,
      `SELECT DISTINCT p.seeker_id AS "seekerId" FROM placement p WHERE p.id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM placement o WHERE o.seeker_id = p.seeker_id AND o.excluded_at IS NULL AND o.end_date IS NULL)`,
      [rows.map((r) => r.id)]);
    await this.seekers.markNotEmployed(m, notEmployed.map((r) => r.seekerId));
    return rows.map((r) => r.id);
  }

  /** Staff cleared an integrity flag on these placements: they keep counting; the history says it was checked. */
  async noteFlagCleared(m: EntityManager, placementIds: readonly string[], e: { reason: string; actorUserId: string }): Promise<void> {
    const found = await m.getRepository(Placement).findBy({ id: In([...placementIds]) });
    for (const p of found) await addHistory(m, p.id, PlacementChangeKind.FLAG_CLEARED, { reason: e.reason, actorUserId: e.actorUserId });
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
    if (f.ongoing != null) qb.andWhere({ endDate: f.ongoing ? IsNull() : Not(IsNull()) });
    if (f.excluded != null) qb.andWhere({ excludedAt: f.excluded ? Not(IsNull()) : IsNull() });
    const [items, total] = await qb.orderBy('pl.startDate', 'DESC').addOrderBy('pl.id').skip(offset).take(limit).getManyAndCount();
    return { items, total, page, pageSize };
  }
}

/** Ongoing placements not found to be fake, per workshop they are linked to: the people employed there now. */
export async function employedByWorkshop(db: EntityManager | DataSource, workshopIds?: readonly string[]): Promise<Map<string, number>> {
  if (workshopIds && !workshopIds.length) return new Map();
  const rows = await queryRows<{ id: string; n: number }>(db,
    `SELECT workshop_id AS id, count(*)::int AS n FROM placement
      WHERE workshop_id IS NOT NULL AND ($1::uuid[] IS NULL OR workshop_id = ANY($1::uuid[])) AND end_date IS NULL AND excluded_at IS NULL
      GROUP BY workshop_id`, [workshopIds ? [...workshopIds] : null]);
  return new Map(rows.map((r) => [r.id, r.n]));
}

function contractFacts(c: PlacementContractInput): PlacementContractFacts {
  return {
    contractKind: c.contractKind, contractMonths: c.contractMonths ?? null, monthlyWage: c.monthlyWage,
    socialInsuranceFull: c.socialInsuranceFull, partTime: c.partTime ?? null,
  };
}

function contractFields(c: PlacementContractFacts): Partial<Record<CorrectableField, unknown>> {
  return { contractKind: c.contractKind, contractMonths: c.contractMonths, monthlyWage: c.monthlyWage, socialInsuranceFull: c.socialInsuranceFull, partTime: c.partTime };
}

function checkContract(problems: FieldProblems, c: PlacementContractInput | null | undefined, path: string): void {
  if (c && c.contractKind !== ContractKind.FORMAL_POST && c.contractMonths == null) problems.add(`${path}.contractMonths`, 'validation.contractMonthsRequired');
}
