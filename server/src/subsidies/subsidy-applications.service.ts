// Applications for a subsidy: an employer (for a hire, or the reward above the quota ratio) or a person applies when
// the rules find them eligible; the county's staff approve or reject with a reason; each step tells the other side.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
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
import { NotificationKind } from '../notifications/notification-kind.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { RegionsService } from '../regions/regions.service.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { EMPLOYER_HIRE_CODES, EMPLOYER_OWN_CODES, EligibilityOutcome, type Finding } from './eligibility.js';
import { Claimant, subsidyEntry } from './subsidy-catalogue.js';
import { SubsidyApplication } from './subsidy.entity.js';
import { ApplicationState } from './subsidy-vocab.js';
import { ApplySubsidyInput, DecideSubsidyInput, NOTE_MAX, SubsidyApplicationFilter } from './subsidies.inputs.js';
import type { SubsidyApplicationView } from './subsidies.models.js';
import { SubsidiesService, todayInChina } from './subsidies.service.js';
import { reasonText } from './subsidy-words.js';

@Injectable()
export class SubsidyApplicationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly subsidies: SubsidiesService,
    private readonly organizations: OrganizationsService,
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
    const note = (input.note ?? '').trim();
    const today = todayInChina();
    let subject: { organizationId: string | null; seekerId: string | null; placementId: string | null; year: number | null; countyCode: string; applicant: string };
    let finding: Finding | undefined;
    if (a.role === Role.EMPLOYER) {
      const org = await this.subsidies.organizationFor(a, a.organizationId);
      const forHire = EMPLOYER_HIRE_CODES.includes(entry.code);
      new FieldProblems()
        .check(!forHire || !!input.placementId, 'input.placementId', 'validation.subsidyNeedsHire')
        .check(forHire || !input.placementId, 'input.placementId', 'validation.subsidyNoHire')
        .throwIfAny();
      const e = await this.subsidies.employerFindings(a, org.id);
      if (forHire) {
        const hire = e.hires.find((h) => h.placement.id === input.placementId);
        if (!hire) throw new NotFoundError('placement');
        finding = hire.findings.find((f) => f.code === entry.code);
        subject = { organizationId: org.id, seekerId: hire.placement.seekerId, placementId: hire.placement.id, year: null, countyCode: org.countyCode, applicant: org.name };
      } else {
        finding = e.own.find((f) => f.code === entry.code && EMPLOYER_OWN_CODES.includes(f.code));
        subject = { organizationId: org.id, seekerId: null, placementId: null, year: e.quotaYear, countyCode: org.countyCode, applicant: org.name };
      }
    } else {
      if (input.placementId) throw InvalidInputError.field('input.placementId', 'validation.subsidyNoHire');
      const s = await this.subsidies.personFor(a, null);
      if (!s) throw InvalidInputError.field('input.subsidyCode', 'validation.subsidyNeedsProfile');
      finding = (await this.subsidies.personFindingsOf(s, today)).find((f) => f.code === entry.code);
      subject = { organizationId: null, seekerId: s.id, placementId: null, year: null, countyCode: s.countyCode, applicant: maskName(s.name) };
    }
    if (!finding) throw InvalidInputError.field('input.subsidyCode', 'validation.subsidyNotEvaluated');
    if (finding.outcome !== EligibilityOutcome.ELIGIBLE) {
      throw InvalidInputError.field('input.subsidyCode', 'validation.subsidyNotEligible', { why: reasonText(finding.reason, currentLocale()) });
    }
    const { applicant, ...row } = subject;
    return this.ds.transaction(async (m) => {
      const [inserted] = await m.query(
        `INSERT INTO subsidy_application (subsidy_code, claimant, organization_id, seeker_id, placement_id, year, county_code, note, finding, submitted_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10) ON CONFLICT DO NOTHING RETURNING id`,
        [entry.code, wanted, row.organizationId, row.seekerId, row.placementId, row.year, row.countyCode, note,
          JSON.stringify({ reason: finding!.reason, facts: finding!.facts }), a.userId]) as Array<{ id: string }>;
      if (!inserted) throw new ConflictError('error.subsidyAlreadyApplied');
      const staff = await activeStaffFor(this.ds, row.countyCode);
      const county = staff.filter((s) => s.countyCode === row.countyCode);
      await this.notifications.notify(m, (county.length ? county : staff).map((s) => s.userId), NotificationKind.SUBSIDY_APPLIED,
        { applicant, subsidyZh: entry.name['zh-CN'], subsidyEn: entry.name.en });
      return m.getRepository(SubsidyApplication).findOneByOrFail({ id: inserted.id });
    });
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
      const [rows] = await m.query(
        `UPDATE subsidy_application SET status = $2, decided_by = $3, decided_at = now(), decision_reason = $4
          WHERE id = $1 AND status = 'SUBMITTED' RETURNING id`, [app.id, status, a.userId, reason || null]) as [Array<{ id: string }>, number];
      if (!rows.length) throw new ConflictError('error.subsidyAlreadyDecided');
      await this.audit.record(a, [{ action: a.role === Role.ADMIN ? 'ADMIN_ACTION' : 'STAFF_ACTION', entity: 'subsidy_application', entityId: app.id,
        detail: { op: input.approve ? 'approve' : 'reject', subsidyCode: app.subsidyCode } }], m);
      const to = app.claimant === Claimant.EMPLOYER
        ? await this.organizations.memberUserIds(app.organizationId!, m)
        : await this.seekers.userIdsOf([app.seekerId!], m);
      const entry = subsidyEntry(app.subsidyCode)!;
      await this.notifications.notify(m, to, input.approve ? NotificationKind.SUBSIDY_APPROVED : NotificationKind.SUBSIDY_REJECTED,
        { subsidyZh: entry.name['zh-CN'], subsidyEn: entry.name.en, reason });
      return m.getRepository(SubsidyApplication).findOneByOrFail({ id: app.id });
    });
  }

  /** An employer's applications (its organization's), or a person's own. */
  async mine(actor: Actor | null): Promise<SubsidyApplicationView[]> {
    const a = requireActor(actor, Role.EMPLOYER, Role.SEEKER);
    const qb = this.ds.getRepository(SubsidyApplication).createQueryBuilder('s').orderBy('s.submittedAt', 'DESC').take(100);
    if (a.role === Role.EMPLOYER) qb.where('s.organizationId = :o', { o: a.organizationId ?? '00000000-0000-0000-0000-000000000000' });
    else {
      const s = await this.seekers.findByUser(a.userId);
      qb.where(`s.seekerId = :s AND s.claimant = 'PERSON'`, { s: s?.id ?? '00000000-0000-0000-0000-000000000000' });
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
    return apps.map((x) => ({
      application: x,
      subsidyName: subsidyEntry(x.subsidyCode)?.name[L] ?? x.subsidyCode,
      applicantName: x.claimant === Claimant.EMPLOYER ? orgName.get(x.organizationId!) ?? '' : personName.get(x.seekerId!) ?? '',
      personName: x.seekerId ? personName.get(x.seekerId) ?? null : null,
      why: reasonText(x.finding.reason, L),
      facts: this.subsidies.facts({ facts: x.finding.facts as Finding['facts'] }, L),
    }));
  }
}
