// Applications: a seeker applies, the employer moves it through its stages, a hire becomes a placement.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type Actor, isStaff } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { ApplicationStatus, PlacementSource, PostingStatus, Role } from '../common/domain.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { withIdempotency } from '../database/idempotency.js';
import { queryRows } from '../database/sql.js';
import { RegistrationsService } from '../events/registrations.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PlacementsService } from '../placements/placements.service.js';
import { PostingsService } from '../postings/postings.service.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { type OnBehalf, OnBehalfService } from '../seekers/on-behalf.service.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { Application } from './application.entity.js';
import { ApplyInput, MoveApplicationInput } from './application.inputs.js';
import { canMove, type Mover } from './application-transitions.js';
import { InvitationsService } from './invitations.js';
import { todayInChina } from '../common/local-time.js';

const today = todayInChina;

@Injectable()
export class ApplicationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly postings: PostingsService,
    private readonly seekers: SeekersService,
    private readonly orgs: OrganizationsService,
    private readonly placements: PlacementsService,
    private readonly registrations: RegistrationsService,
    private readonly audit: AuditService,
    private readonly onBehalf: OnBehalfService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly invitations: InvitationsService,
    private readonly notifications: NotificationsService,
  ) {}

  async apply(actor: Actor | null, input: ApplyInput): Promise<Application> {
    const a = requireActor(actor, Role.SEEKER);
    const seekerId = await this.seekers.idOfUser(a.userId);
    if (!seekerId) throw new ForbiddenError('error.profileRequired');
    return this.applyFor(a, seekerId, input);
  }

  /** Staff apply for a person who consented (ACT_ON_BEHALF), with the same rules as the person applying. */
  async applyOnBehalf(actor: Actor | null, seekerId: string, input: ApplyInput): Promise<Application> {
    const ob = await this.onBehalf.authorize(actor, seekerId);
    return this.applyFor(ob.staff, seekerId, input, ob);
  }

  private async applyFor(a: Actor, seekerId: string, input: ApplyInput, ob?: OnBehalf): Promise<Application> {
    const posting = await this.postings.findById(input.postingId);
    // drafts, and postings of organizations not verified, do not exist for a seeker
    if (!posting || !(await this.postings.isVisible(a, posting))) throw InvalidInputError.field('input.postingId', 'error.notFound', { entity: 'posting' });
    if (input.eventId) await this.registrations.assertCanApplyAt(seekerId, input.eventId, posting.id);
    const id = await this.ds.transaction(async (m) => withIdempotency(m, a.userId, ob ? `applyOnBehalf:${seekerId}` : 'applyToPosting', input.idempotencyKey, async () => {
      if (posting.status !== PostingStatus.PUBLISHED) throw new ConflictError('error.postingNotOpen');
      if (posting.deadline && posting.deadline < today()) throw new ConflictError('error.postingDeadlinePassed');
      if (posting.hiredCount >= posting.openings) throw new ConflictError('error.postingFilled');
      if (ob) await this.onBehalf.assertConsent(m, ob.seeker);
      const rows = await queryRows<{ id: string }>(m,
        `INSERT INTO application (seeker_id, posting_id, note, accommodations, accommodation_note, event_id, on_behalf_by, on_behalf_county_code)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT ON CONSTRAINT application_one_per_posting DO NOTHING RETURNING id`,
        [seekerId, posting.id, input.note.trim(), input.accommodations, input.accommodationNote.trim(), input.eventId ?? null,
          ob?.staff.userId ?? null, ob?.officeCountyCode ?? null]);
      if (!rows[0]) throw ob ? new ConflictError('error.alreadyAppliedFor', { name: ob.seeker.name }) : new ConflictError('error.alreadyApplied');
      await this.logChange(m, rows[0].id, null, ApplicationStatus.SUBMITTED, null, a.userId);
      // an invitation to apply for this posting is answered by the application
      await this.invitations.markApplied(m, seekerId, posting.id);
      await this.notifyEmployer(m, posting, NotificationKind.APPLICATION_RECEIVED);
      if (ob) {
        await this.onBehalf.record(m, ob, NotificationKind.APPLIED_ON_BEHALF, { title: posting.title, postingId: posting.id },
          { entity: 'application', id: rows[0].id });
      }
      return rows[0].id;
    }));
    return this.ds.getRepository(Application).findOneByOrFail({ id });
  }

  async withdraw(actor: Actor | null, id: string): Promise<Application> {
    const a = requireActor(actor, Role.SEEKER);
    const app = await this.get(a, id);
    return this.transition(a, app, 'SEEKER', ApplicationStatus.WITHDRAWN, null);
  }

  async move(actor: Actor | null, input: MoveApplicationInput): Promise<Application> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    const app = await this.get(a, input.applicationId);
    const posting = await this.postings.getById(app.postingId);
    if (!this.postings.canManage(a, posting)) throw new ForbiddenError();
    const reason = input.reason?.trim() || null;
    if (input.to === ApplicationStatus.REJECTED && !reason) throw InvalidInputError.field('input.reason', 'validation.reasonRequired');
    if (input.startDate && (!/^\d{4}-\d{2}-\d{2}$/.test(input.startDate) || Number.isNaN(Date.parse(input.startDate)))) {
      throw InvalidInputError.field('input.startDate', 'validation.isISO8601');
    }
    return this.transition(a, app, 'EMPLOYER', input.to, reason, input.startDate ?? today());
  }

  /** One conditional UPDATE on the status the caller saw: a concurrent move makes this one fail, not both win. */
  private async transition(a: Actor, app: Application, who: Mover, to: ApplicationStatus, reason: string | null, startDate = today()): Promise<Application> {
    if (!canMove(who, app.status, to)) {
      throw new ConflictError('error.illegalTransition', { from: app.status, to });
    }
    await this.ds.transaction(async (m) => {
      const rows = await queryRows<{ id: string }>(m,
        `UPDATE application SET status = $3, rejection_reason = $4, updated_at = now() WHERE id = $1 AND status = $2 RETURNING id`,
        [app.id, app.status, to, to === ApplicationStatus.REJECTED ? reason : null]);
      if (!rows.length) throw new ConflictError('error.changedMeanwhile');
      await this.logChange(m, app.id, app.status, to, reason, a.userId);
      if (to === ApplicationStatus.HIRED) await this.hire(m, a, app, startDate);
      await this.notifyChange(m, app, to, reason);
      if (isStaff(a)) await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'application', entityId: app.id, detail: { from: app.status, to } }], m);
    });
    return this.ds.getRepository(Application).findOneByOrFail({ id: app.id });
  }

  /** The employer's members hear of a new or withdrawn application (in their own language, with the page to see it). */
  private async notifyEmployer(m: EntityManager, posting: { id: string; title: string; organizationId: string }, kind: NotificationKind) {
    const members = await this.orgs.memberUserIds(posting.organizationId, m);
    await this.notifications.notify(m, members, kind, { title: posting.title, path: `/employer/postings/${posting.id}/applicants` });
  }

  /** Every status change reaches the seeker (with the reason when rejected); a withdrawal reaches the employer. */
  private async notifyChange(m: EntityManager, app: Application, to: ApplicationStatus, reason: string | null) {
    const posting = await this.postings.getById(app.postingId);
    if (to === ApplicationStatus.WITHDRAWN) return this.notifyEmployer(m, posting, NotificationKind.APPLICATION_WITHDRAWN);
    const users = await this.seekers.userIdsOf([app.seekerId], m);
    await this.notifications.notify(m, users, NotificationKind.APPLICATION_STATUS, {
      title: posting.title, statusKey: `status.application.${to}`, path: '/applications',
      ...(to === ApplicationStatus.REJECTED && reason ? { reasonText: reason, reasonKey: 'notify.applicationStatus.reason' } : { reason: '' }),
    });
  }

  private async hire(m: EntityManager, a: Actor, app: Application, startDate: string) {
    if (!(await this.postings.takeOpening(m, app.postingId))) throw new ConflictError('error.postingFilled');
    const posting = await this.postings.getById(app.postingId, m);
    await this.placements.create(m, {
      seeker: await this.seekers.getById(app.seekerId, m),
      organization: await this.orgs.getById(posting.organizationId, m),
      posting, applicationId: app.id, employmentForm: posting.employmentForm, startDate,
      source: PlacementSource.PLATFORM, recordedBy: a.userId,
    });
  }

  /** 邀请面试: the interview feature moves the application to the interview stage inside its own transaction. */
  async moveToInterviewIn(m: EntityManager, applicationId: string, from: ApplicationStatus, actorUserId: string): Promise<void> {
    if (from === ApplicationStatus.INTERVIEW) return;
    if (!canMove('EMPLOYER', from, ApplicationStatus.INTERVIEW)) throw new ConflictError('error.illegalTransition', { from, to: ApplicationStatus.INTERVIEW });
    const rows = await queryRows<{ id: string }>(m,
      `UPDATE application SET status = 'INTERVIEW', updated_at = now() WHERE id = $1 AND status = $2 RETURNING id`, [applicationId, from]);
    if (!rows.length) throw new ConflictError('error.changedMeanwhile');
    await this.logChange(m, applicationId, from, ApplicationStatus.INTERVIEW, null, actorUserId);
  }

  private async logChange(m: EntityManager, id: string, from: ApplicationStatus | null, to: ApplicationStatus, reason: string | null, actorId: string) {
    await m.query(
      `INSERT INTO application_status_change (application_id, from_status, to_status, reason, actor_user_id) VALUES ($1,$2,$3,$4,$5)`,
      [id, from, to, reason, actorId]);
  }

  /** The applicant, the posting's employer and staff covering the posting's county. */
  async get(actor: Actor | null, id: string): Promise<Application> {
    const a = requireActor(actor);
    const app = await this.ds.getRepository(Application).findOneBy({ id });
    if (!app) throw new NotFoundError('application');
    if (a.role === Role.SEEKER) {
      if ((await this.seekers.idOfUser(a.userId)) !== app.seekerId) throw new NotFoundError('application');
      return app;
    }
    const posting = await this.postings.getById(app.postingId);
    if (!this.postings.canManage(a, posting)) throw new NotFoundError('application');
    return app;
  }

  async mine(actor: Actor | null, pageInput?: PageInput): Promise<Page<Application>> {
    const a = requireActor(actor, Role.SEEKER);
    const seekerId = await this.seekers.idOfUser(a.userId);
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    if (!seekerId) return { items: [], total: 0, page, pageSize };
    const [items, total] = await this.ds.getRepository(Application).findAndCount({
      where: { seekerId }, order: { createdAt: 'DESC', id: 'ASC' }, skip: offset, take: limit,
    });
    return { items, total, page, pageSize };
  }

  async forPosting(actor: Actor | null, postingId: string, status: ApplicationStatus | undefined, pageInput?: PageInput): Promise<Page<Application>> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    const posting = await this.postings.findById(postingId);
    if (!posting || !this.postings.canManage(a, posting)) throw new NotFoundError('posting');
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const [items, total] = await this.ds.getRepository(Application).findAndCount({
      where: { postingId, ...(status ? { status } : {}) }, order: { createdAt: 'ASC', id: 'ASC' }, skip: offset, take: limit,
    });
    return { items, total, page, pageSize };
  }

  /** Applications made at a fair to one organization's postings, oldest first (who may see them is the caller's rule). */
  async madeAtEventTo(eventId: string, organizationId: string): Promise<Application[]> {
    const postingIds = await this.postings.idsOfOrganization(organizationId);
    if (!postingIds.length) return [];
    return this.ds.getRepository(Application).find({ where: { eventId, postingId: In(postingIds) }, order: { createdAt: 'ASC' } });
  }
}
