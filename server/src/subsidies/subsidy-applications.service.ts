// Applications for a subsidy: an employer (for a hire, a workshop or base it runs, or itself) or a person (for
// themself, or a course they took) applies when the rules find them eligible; the county's staff approve or reject
// with a reason, or the applicant withdraws it while it waits; each step tells the other side, and an employer's
// claim for a hire tells the hired person (docs/subsidies.md says which steps).
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, isStaff, staffCovers } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { activeStaffFor } from '../auth/users.js';
import { Role } from '../common/domain.js';
import { ConflictError, FieldProblems, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { maskName } from '../common/mask-name.js';
import { translate } from '../common/messages.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { currentLocale } from '../common/request-context.js';
import { queryRows } from '../database/sql.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PlacementsService } from '../placements/placements.service.js';
import { RegionsService } from '../regions/regions.service.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { EligibilityOutcome, workshopFinding, type Finding } from './eligibility.js';
import { Claimant, ClaimFor, subsidyEntry, type SubsidyEntry } from './subsidy-catalogue.js';
import { SubsidyApplication } from './subsidy.entity.js';
import { ApplicationState } from './subsidy-vocab.js';
import { ApplySubsidyInput, DecideSubsidyInput, NOTE_MAX, SubsidyApplicationFilter, WithdrawSubsidyInput } from './subsidies.inputs.js';
import type { SubsidyApplicationView } from './subsidies.models.js';
import { SubsidiesService, subjectName, todayInChina } from './subsidies.service.js';
import { reasonText } from './subsidy-words.js';

/** The input field that names the record a claim is for, and the messages when it is missing or not wanted. */
const RECORD_FIELDS = [
  { claimFor: ClaimFor.HIRE, field: 'placementId', needs: 'validation.subsidyNeedsHire', no: 'validation.subsidyNoHire' },
  { claimFor: ClaimFor.WORKSHOP, field: 'workshopId', needs: 'validation.subsidyNeedsWorkshop', no: 'validation.subsidyNoWorkshop' },
  { claimFor: ClaimFor.COURSE, field: 'enrolmentId', needs: 'validation.subsidyNeedsCourse', no: 'validation.subsidyNoCourse' },
] as const;

const NO_ID = '00000000-0000-0000-0000-000000000000';

@Injectable()
export class SubsidyApplicationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly subsidies: SubsidiesService,
    private readonly organizations: OrganizationsService,
    private readonly placements: PlacementsService,
    private readonly seekers: SeekersService,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async apply(actor: Actor | null, input: ApplySubsidyInput): Promise<SubsidyApplication> {
    const a = requireActor(actor, Role.EMPLOYER, Role.SEEKER);
    const entry = subsidyEntry(input.subsidyCode)!;
    const wanted = a.role === Role.EMPLOYER ? Claimant.EMPLOYER : Claimant.PERSON;
    if (entry.claimant !== wanted) {
      throw InvalidInputError.field('input.subsidyCode', 'validation.subsidyNotForYou', { claimant: translate(`subsidy.claimant.${entry.claimant}`) });
    }
    if (!entry.evaluated) throw InvalidInputError.field('input.subsidyCode', 'validation.subsidyNotEvaluated');
    const problems = new FieldProblems();
    for (const r of RECORD_FIELDS) {
      const given = !!input[r.field];
      problems.check(given || entry.claimFor !== r.claimFor, `input.${r.field}`, r.needs).check(!given || entry.claimFor === r.claimFor, `input.${r.field}`, r.no);
    }
    problems.throwIfAny();
    const note = (input.note ?? '').trim();
    const { finding, row, applicant, hire } = a.role === Role.EMPLOYER ? await this.employerSubject(a, entry, input) : await this.personSubject(a, entry, input);
    if (!finding) throw InvalidInputError.field('input.subsidyCode', 'validation.subsidyNotEvaluated');
    const why = reasonText(finding.reason, currentLocale());
    if (finding.outcome === EligibilityOutcome.UNDETERMINED) throw InvalidInputError.field('input.subsidyCode', 'validation.subsidyUndetermined', { why });
    if (finding.outcome !== EligibilityOutcome.ELIGIBLE) throw InvalidInputError.field('input.subsidyCode', 'validation.subsidyNotEligible', { why });
    return this.ds.transaction(async (m) => {
      const [inserted] = await queryRows<{ id: string }>(m,
        `INSERT INTO subsidy_application (subsidy_code, claimant, organization_id, seeker_id, placement_id, workshop_id, enrolment_id, year,
                                          county_code, note, finding, submitted_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12) ON CONFLICT DO NOTHING RETURNING id`,
        [entry.code, wanted, row.organizationId, row.seekerId, finding.placementId, finding.workshopId, finding.enrolmentId, row.year,
          row.countyCode, note, JSON.stringify({ reason: finding.reason, facts: finding.facts }), a.userId]);
      if (!inserted) throw new ConflictError('error.subsidyAlreadyApplied');
      await this.notifications.notify(m, await this.reviewers(row.countyCode), NotificationKind.SUBSIDY_APPLIED,
        { applicant, subsidyZh: entry.name['zh-CN'], subsidyEn: entry.name.en });
      const app = await m.getRepository(SubsidyApplication).findOneByOrFail({ id: inserted.id });
      if (hire) await this.tellHire(m, app, entry, applicant, hire.startDate, 'applied');
      return app;
    });
  }

  /** An employer's claim: for one of its hires, a workshop or base it runs, or itself (the findings name each). */
  private async employerSubject(a: Actor, entry: SubsidyEntry, input: ApplySubsidyInput) {
    const e = await this.subsidies.employerFindings(a, a.organizationId);
    const row = { organizationId: e.org.id, seekerId: null as string | null, countyCode: e.org.countyCode, year: null as number | null };
    if (entry.claimFor === ClaimFor.HIRE) {
      const hire = e.hires.find((h) => h.placement.id === input.placementId);
      if (!hire) throw new NotFoundError('placement');
      return { finding: hire.findings.find((f) => f.code === entry.code), row: { ...row, seekerId: hire.placement.seekerId }, applicant: e.org.name, hire: hire.placement };
    }
    if (entry.claimFor === ClaimFor.WORKSHOP) {
      // a workshop the register does not tie to the employer (run by it, or where its hires work) is not found for it
      const w = e.workshops.find((x) => x.workshopId === input.workshopId);
      if (!w) throw new NotFoundError('workshop');
      return { finding: workshopFinding(entry.code, w), row, applicant: e.org.name, hire: null };
    }
    return { finding: e.own.find((f) => f.code === entry.code), row: { ...row, year: e.quotaYear }, applicant: e.org.name, hire: null };
  }

  /** A person's claim: for themself, or for one of their courses. */
  private async personSubject(a: Actor, entry: SubsidyEntry, input: ApplySubsidyInput) {
    const s = await this.subsidies.personFor(a, null);
    if (!s) throw InvalidInputError.field('input.subsidyCode', 'validation.subsidyNeedsProfile');
    const found = (await this.subsidies.personFindingsOf(s, todayInChina())).filter((f) => f.code === entry.code);
    const finding = entry.claimFor === ClaimFor.COURSE ? found.find((f) => f.enrolmentId === input.enrolmentId) : found[0];
    if (!finding && entry.claimFor === ClaimFor.COURSE) throw new NotFoundError('enrolment');
    return { finding, row: { organizationId: null, seekerId: s.id, countyCode: s.countyCode, year: null }, applicant: maskName(s.name), hire: null };
  }

  /** Who reviews a county's applications: its active staff, or the city's when the county has none. */
  private async reviewers(countyCode: string): Promise<string[]> {
    const staff = await activeStaffFor(this.ds, countyCode);
    const county = staff.filter((s) => s.countyCode === countyCode);
    return (county.length ? county : staff).map((s) => s.userId);
  }

  /** Tells the hired person what happened to a claim an employer made for their job: who, which subsidy, which job. */
  private async tellHire(m: EntityManager, app: SubsidyApplication, entry: SubsidyEntry, organization: string, startDate: string,
    step: 'applied' | 'withdrawn' | 'approved' | 'rejected') {
    await this.notifications.notify(m, await this.seekers.userIdsOf([app.seekerId!], m), NotificationKind.SUBSIDY_FOR_YOUR_JOB,
      { organization, subsidyZh: entry.name['zh-CN'], subsidyEn: entry.name.en, startDate, stepKey: `subsidy.forYourJob.${step}` });
  }

  /** The first day of the job an application for a hire is about (the person is told which job). */
  private async hireStart(m: EntityManager, app: SubsidyApplication): Promise<string> {
    return (await this.placements.startDateOf(app.placementId!, m)) ?? '';
  }

  async decide(actor: Actor | null, input: DecideSubsidyInput): Promise<SubsidyApplication> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const reason = (input.reason ?? '').trim();
    new FieldProblems()
      .check(input.approve || reason.length > 0, 'input.reason', 'validation.rejectReasonRequired')
      .check(reason.length <= NOTE_MAX, 'input.reason', 'validation.maxLength', { max: NOTE_MAX })
      .throwIfAny();
    const app = await this.ds.getRepository(SubsidyApplication).findOneBy({ id: input.applicationId });
    if (!app) throw new NotFoundError('subsidyApplication');
    if (!staffCovers(a, app.countyCode)) throw new ForbiddenError('error.outOfScope');
    const status = input.approve ? ApplicationState.APPROVED : ApplicationState.REJECTED;
    return this.ds.transaction(async (m) => {
      // one conditional update: staff deciding and the applicant withdrawing at once, exactly one of them wins
      const done = await queryRows(m,
        `UPDATE subsidy_application SET status = $2, decided_by = $3, decided_at = now(), decision_reason = $4
          WHERE id = $1 AND status = 'SUBMITTED' RETURNING id`, [app.id, status, a.userId, reason || null]);
      if (!done.length) throw await this.notWaiting(m, app.id, 'error.subsidyAlreadyDecided');
      await this.audit.record(a, [{ action: a.role === Role.ADMIN ? 'ADMIN_ACTION' : 'STAFF_ACTION', entity: 'subsidy_application', entityId: app.id,
        detail: { op: input.approve ? 'approve' : 'reject', subsidyCode: app.subsidyCode } }], m);
      const to = app.claimant === Claimant.EMPLOYER
        ? await this.organizations.memberUserIds(app.organizationId!, m)
        : await this.seekers.userIdsOf([app.seekerId!], m);
      const entry = subsidyEntry(app.subsidyCode)!;
      await this.notifications.notify(m, to, input.approve ? NotificationKind.SUBSIDY_APPROVED : NotificationKind.SUBSIDY_REJECTED,
        { subsidyZh: entry.name['zh-CN'], subsidyEn: entry.name.en, reason });
      // the hired person hears the decision when the subsidy pays for something of their own job; not staff's note
      if (app.placementId && entry.paysForTheJob) {
        const org = await this.organizations.findById(app.organizationId!, m);
        await this.tellHire(m, app, entry, org?.name ?? '', await this.hireStart(m, app), input.approve ? 'approved' : 'rejected');
      }
      return m.getRepository(SubsidyApplication).findOneByOrFail({ id: app.id });
    });
  }

  /**
   * The applicant (the employer's members, or the person) withdraws an application that is still waiting; the county's
   * staff are told, and so is the hired person of an employer's claim for a hire (they were told of the claim).
   */
  async withdraw(actor: Actor | null, input: WithdrawSubsidyInput): Promise<SubsidyApplication> {
    const a = requireActor(actor, Role.EMPLOYER, Role.SEEKER);
    const app = await this.ds.getRepository(SubsidyApplication).findOneBy({ id: input.applicationId });
    const mine = a.role === Role.EMPLOYER
      ? app?.claimant === Claimant.EMPLOYER && app.organizationId === a.organizationId
      : app?.claimant === Claimant.PERSON && app.seekerId === (await this.seekers.findByUser(a.userId))?.id;
    if (!app || !mine) throw new NotFoundError('subsidyApplication');
    return this.ds.transaction(async (m) => {
      const done = await queryRows(m,
        `UPDATE subsidy_application SET status = 'WITHDRAWN', withdrawn_at = now(), withdrawn_by = $2 WHERE id = $1 AND status = 'SUBMITTED' RETURNING id`,
        [app.id, a.userId]);
      if (!done.length) throw await this.notWaiting(m, app.id, 'error.subsidyAlreadyWithdrawn');
      const entry = subsidyEntry(app.subsidyCode)!;
      const applicant = app.claimant === Claimant.EMPLOYER
        ? (await this.organizations.findById(app.organizationId!, m))?.name ?? ''
        : maskName((await this.seekers.findByIds([app.seekerId!]))[0]?.name ?? '');
      await this.notifications.notify(m, await this.reviewers(app.countyCode), NotificationKind.SUBSIDY_WITHDRAWN,
        { applicant, subsidyZh: entry.name['zh-CN'], subsidyEn: entry.name.en });
      if (app.placementId) await this.tellHire(m, app, entry, applicant, await this.hireStart(m, app), 'withdrawn');
      return m.getRepository(SubsidyApplication).findOneByOrFail({ id: app.id });
    });
  }

  /** Why an application is no longer waiting, as the error for whoever lost the race: decided, or withdrawn. */
  private async notWaiting(m: EntityManager, id: string, sameKey: string): Promise<ConflictError> {
    const [{ status }] = await queryRows<{ status: ApplicationState }>(m, `SELECT status FROM subsidy_application WHERE id = $1`, [id]);
    if (status === ApplicationState.WITHDRAWN) {
      return new ConflictError(sameKey === 'error.subsidyAlreadyWithdrawn' ? sameKey : 'error.subsidyWithdrawn');
    }
    return sameKey === 'error.subsidyAlreadyDecided' ? new ConflictError(sameKey)
      : new ConflictError('error.subsidyDecidedNoWithdraw', { status: translate(`subsidy.status.${status}`) });
  }

  /** An employer's applications (its organization's), or a person's own. */
  async mine(actor: Actor | null): Promise<SubsidyApplicationView[]> {
    const a = requireActor(actor, Role.EMPLOYER, Role.SEEKER);
    const qb = this.ds.getRepository(SubsidyApplication).createQueryBuilder('s').orderBy('s.submittedAt', 'DESC').take(100);
    if (a.role === Role.EMPLOYER) qb.where('s.organizationId = :o', { o: a.organizationId ?? NO_ID });
    else {
      const s = await this.seekers.findByUser(a.userId);
      qb.where(`s.seekerId = :s AND s.claimant = 'PERSON'`, { s: s?.id ?? NO_ID });
    }
    return this.views(await qb.getMany());
  }

  /** Staff: the applications of their county (or the county chosen, within their scope), oldest waiting first. */
  async queue(actor: Actor | null, f: SubsidyApplicationFilter = {}, pageInput?: PageInput): Promise<Page<SubsidyApplicationView>> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    if (f.countyCode && !this.regions.isCounty(f.countyCode)) throw InvalidInputError.field('filter.countyCode', 'validation.unknownCounty');
    if (f.countyCode && !staffCovers(a, f.countyCode)) throw new ForbiddenError('error.outOfScope');
    const county = f.countyCode ?? (isStaff(a) && a.role === Role.STAFF ? a.scopeCountyCode : null);
    const { offset, limit, page, pageSize } = pageOf(pageInput, 100);
    const qb = this.ds.getRepository(SubsidyApplication).createQueryBuilder('s');
    if (county) qb.andWhere('s.countyCode = :c', { c: county });
    if (f.status) qb.andWhere('s.status = :st', { st: f.status });
    const [items, total] = await qb.orderBy(`s.status = 'SUBMITTED'`, 'DESC').addOrderBy('s.submittedAt', 'ASC').addOrderBy('s.id')
      .skip(offset).take(limit).getManyAndCount();
    return { items: await this.views(items), total, page, pageSize };
  }

  private async views(apps: SubsidyApplication[]): Promise<SubsidyApplicationView[]> {
    const L = currentLocale();
    const orgIds = [...new Set(apps.map((x) => x.organizationId).filter((x): x is string => !!x))];
    const seekerIds = [...new Set(apps.map((x) => x.seekerId).filter((x): x is string => !!x))];
    const [orgs, people] = await Promise.all([
      Promise.all(orgIds.map((id) => this.organizations.findById(id))),
      this.seekers.findByIds(seekerIds),
    ]);
    const orgName = new Map(orgs.filter((o) => !!o).map((o) => [o!.id, o!.name]));
    const personName = new Map(people.map((p) => [p.id, maskName(p.name)]));
    return apps.map((x) => {
      const facts = x.finding.facts as Finding['facts'];
      return {
        application: x,
        subsidyName: subsidyEntry(x.subsidyCode)?.name[L] ?? x.subsidyCode,
        applicantName: x.claimant === Claimant.EMPLOYER ? orgName.get(x.organizationId!) ?? '' : personName.get(x.seekerId!) ?? '',
        personName: x.placementId && x.seekerId ? personName.get(x.seekerId) ?? null : null,
        subjectName: subjectName({ facts }),
        why: reasonText(x.finding.reason, L),
        facts: this.subsidies.facts({ facts }, L),
      };
    });
  }
}
