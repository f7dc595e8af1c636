// Staff verification of organizations: the queue (their county; city staff and administrators all) and the decisions,
// each audited and told to the employer's users in the same transaction. What follows for the organization's postings
// is the postings feature's (it listens through OrganizationsService.onVerificationChange).
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, staffCovers } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Role, VerificationDecision as D, VerificationStatus as S } from '../common/domain.js';
import { ConflictError, FieldProblems, ForbiddenError, InvalidInputError } from '../common/errors.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { RegionsService } from '../regions/regions.service.js';
import { OrganizationDecision } from './organization-decision.entity.js';
import { Organization } from './organization.entity.js';
import { OrganizationDecisionInput, VerificationQueueFilter, VerifyOrganizationInput } from './organization.inputs.js';
import { OrganizationsService } from './organizations.service.js';

/** Statuses waiting for staff: new or resubmitted, and those asked for more (the employer may not have answered yet). */
export const QUEUE_STATUSES: readonly S[] = [S.PENDING, S.INFO_REQUESTED];

/** Each staff decision: the status it leads to, the statuses it may follow, and the message when its note is missing. */
const RULES: Record<Exclude<D, D.RESUBMIT>, { to: S; from: readonly S[]; noteRequired?: string; notify: NotificationKind }> = {
  [D.APPROVE]: { to: S.VERIFIED, from: [S.PENDING, S.INFO_REQUESTED, S.REJECTED, S.SUSPENDED], notify: NotificationKind.ORGANIZATION_VERIFIED },
  [D.REJECT]: { to: S.REJECTED, from: [S.PENDING, S.INFO_REQUESTED, S.SUSPENDED], noteRequired: 'validation.rejectionNoteRequired', notify: NotificationKind.ORGANIZATION_REJECTED },
  [D.REQUEST_INFO]: { to: S.INFO_REQUESTED, from: [S.PENDING, S.REJECTED], noteRequired: 'validation.infoRequestNoteRequired', notify: NotificationKind.ORGANIZATION_INFO_REQUESTED },
  [D.SUSPEND]: { to: S.SUSPENDED, from: [S.VERIFIED], noteRequired: 'validation.suspensionReasonRequired', notify: NotificationKind.ORGANIZATION_SUSPENDED },
};

const DECISION_OF_STATUS: Partial<Record<S, D>> = {
  [S.VERIFIED]: D.APPROVE, [S.REJECTED]: D.REJECT, [S.INFO_REQUESTED]: D.REQUEST_INFO, [S.SUSPENDED]: D.SUSPEND,
};

@Injectable()
export class OrganizationVerificationService {
  constructor(
    private readonly ds: DataSource,
    private readonly orgs: OrganizationsService,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Organizations waiting for a decision, oldest submission first: county staff see their county's only. */
  async queue(actor: Actor | null, filter: VerificationQueueFilter = {}, pageInput?: PageInput): Promise<Page<Organization>> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    new FieldProblems()
      .check(!filter.status || QUEUE_STATUSES.includes(filter.status), 'filter.status', 'validation.queueStatus')
      .check(!filter.countyCode || this.regions.isCounty(filter.countyCode), 'filter.countyCode', 'validation.unknownCounty')
      .throwIfAny();
    if (filter.countyCode && !staffCovers(a, filter.countyCode)) throw new ForbiddenError('error.verificationOutOfScope');
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const qb = this.ds.getRepository(Organization).createQueryBuilder('o')
      .where('o.verificationStatus IN (:...statuses)', { statuses: filter.status ? [filter.status] : QUEUE_STATUSES });
    const county = filter.countyCode ?? (a.role === Role.STAFF ? a.scopeCountyCode : null);
    if (county) qb.andWhere('o.countyCode = :county', { county });
    const [items, total] = await qb.orderBy('o.submittedAt', 'ASC').addOrderBy('o.id').skip(offset).take(limit).getManyAndCount();
    return { items, total, page, pageSize };
  }

  async decide(actor: Actor | null, input: OrganizationDecisionInput, outOfScopeKey = 'error.verificationOutOfScope'): Promise<Organization> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    if (input.decision === D.RESUBMIT) throw InvalidInputError.field('input.decision', 'validation.decisionNotAllowed');
    const rule = RULES[input.decision];
    const org = await this.orgs.get(input.organizationId);
    if (!staffCovers(a, org.countyCode)) throw new ForbiddenError(outOfScopeKey);
    const note = input.note.trim();
    if (rule.noteRequired && !note) throw InvalidInputError.field('input.note', rule.noteRequired);
    if (!rule.from.includes(org.verificationStatus)) {
      throw new ConflictError('error.illegalVerificationTransition', { from: org.verificationStatus, to: rule.to });
    }
    await this.ds.transaction(async (m) => {
      const verified = rule.to === S.VERIFIED;
      // conditional: a decision someone else made meanwhile is not overwritten
      const res = await m.createQueryBuilder().update(Organization)
        .set({ verificationStatus: rule.to, verificationNote: note || null, verifiedAt: verified ? new Date() : null, verifiedBy: verified ? a.userId : null })
        .where('id = :id AND verification_status = :from', { id: org.id, from: org.verificationStatus }).execute();
      if (!res.affected) throw new ConflictError('error.changedMeanwhile');
      const closed = await this.orgs.verificationChanged(m, org.id, org.verificationStatus, rule.to);
      await m.getRepository(OrganizationDecision).insert({
        organizationId: org.id, decision: input.decision, fromStatus: org.verificationStatus, toStatus: rule.to, note: note || null,
        decidedBy: a.userId, decidedByCountyCode: a.role === Role.STAFF ? a.scopeCountyCode : null, closedPostings: closed,
      });
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'organization', entityId: org.id,
        detail: { op: 'verify', decision: input.decision, from: org.verificationStatus, to: rule.to, closedPostings: closed } }], m);
      // worded when read, in each employer user's language
      const members = await this.orgs.memberUserIds(org.id, m);
      await this.notifications.notify(m, members, rule.notify, { name: org.name, reason: note, note, closed });
    });
    return this.orgs.get(org.id);
  }

  /**
   * The older form of a decision, by the status it leads to (kept for API callers): asking for the status the
   * organization already has changes nothing.
   */
  async verify(actor: Actor | null, input: VerifyOrganizationInput): Promise<Organization> {
    requireActor(actor, Role.STAFF, Role.ADMIN);
    const decision = DECISION_OF_STATUS[input.status];
    if (!decision) throw InvalidInputError.field('input.status', 'validation.decisionNotAllowed');
    const org = await this.orgs.get(input.organizationId);
    if (org.verificationStatus === input.status && staffCovers(actor!, org.countyCode) && (input.note.trim() || !RULES[decision as Exclude<D, D.RESUBMIT>].noteRequired)) return org;
    return this.decide(actor, { organizationId: input.organizationId, decision, note: input.note }, 'error.outOfScope');
  }

  /** The employer, after correcting the details, sends an organization asked for more (or rejected) back to the queue. */
  async resubmit(actor: Actor | null, organizationId: string): Promise<Organization> {
    const a = requireActor(actor, Role.EMPLOYER);
    const org = await this.orgs.get(organizationId);
    if (a.organizationId !== org.id) throw new ForbiddenError();
    if (org.verificationStatus !== S.INFO_REQUESTED && org.verificationStatus !== S.REJECTED) throw new ConflictError('error.nothingToResubmit');
    await this.ds.transaction(async (m) => {
      const res = await m.createQueryBuilder().update(Organization)
        .set({ verificationStatus: S.PENDING, submittedAt: new Date() })
        .where('id = :id AND verification_status = :from', { id: org.id, from: org.verificationStatus }).execute();
      if (!res.affected) throw new ConflictError('error.changedMeanwhile');
      await this.orgs.verificationChanged(m, org.id, org.verificationStatus, S.PENDING);
      await this.orgs.awaitingVerification(m, org);
      await m.getRepository(OrganizationDecision).insert({
        organizationId: org.id, decision: D.RESUBMIT, fromStatus: org.verificationStatus, toStatus: S.PENDING, note: null, decidedBy: a.userId,
      });
    });
    return this.orgs.get(org.id);
  }
}
