// Interviews: the employer proposes a time, place (with its access) or link and a contact by text; confirms or
// declines each accommodation the seeker asked for; the seeker accepts or asks for another time; either side
// cancels with a reason; the employer reschedules and records the outcome. Every step notifies the other side.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { ApplicationsService } from '../applications/applications.service.js';
import { type Actor, isStaff, staffCovers } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { ApplicationStatus, Role } from '../common/domain.js';
import { ConflictError, FieldProblems, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { queryRows } from '../database/sql.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { type ApplicationParty, countyStaffIds, employerUserIds, loadParty, partyOrNotFound, type PartyRole } from './application-party.js';
import { Interview, InterviewAccommodationItem, ServiceRequest } from './interview.entity.js';
import type {
  CancelInterviewInput, ConfirmAccommodationInput, HandleServiceRequestInput, InterviewPlanInput, RecordInterviewOutcomeInput,
  RequestInterpreterInput, RescheduleInterviewInput, RespondToInterviewInput, ScheduleInterviewInput,
} from './interview.inputs.js';
import {
  AccommodationStatus, InterviewMode, InterviewOutcome, InterviewResponse, InterviewStatus, OPEN_INTERVIEW, ServiceRequestKind,
  ServiceRequestStatus,
} from './interview-vocab.js';

/** A date-time typed without a zone is China time: interviews are in Xinyang whatever the server's zone. */
export function chinaInstant(s: string): Date {
  return new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(s) ? s : `${s}+08:00`);
}

const SCHEDULABLE: readonly ApplicationStatus[] = [ApplicationStatus.SUBMITTED, ApplicationStatus.REVIEWING, ApplicationStatus.INTERVIEW];

function isWebLink(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !!u.hostname && u.hostname.includes('.');
  } catch {
    return false;
  }
}

@Injectable()
export class InterviewsService {
  constructor(
    private readonly ds: DataSource,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly applications: ApplicationsService,
  ) {}

  /** The plan's fields checked together (a form shows every problem at once); `now` for tests. */
  checkPlan(input: InterviewPlanInput, now = new Date()): { startsAt: Date; place: string; onlineUrl: string | null } {
    const problems = new FieldProblems();
    const startsAt = chinaInstant(input.startsAt);
    problems.check(startsAt.getTime() > now.getTime(), 'input.startsAt', 'validation.interviewInPast');
    const place = input.place.trim();
    const onlineUrl = input.onlineUrl?.trim() || null;
    if (input.mode === InterviewMode.IN_PERSON) problems.check(place !== '', 'input.place', 'validation.interviewPlaceRequired');
    if (input.mode === InterviewMode.ONLINE) {
      if (!onlineUrl) problems.add('input.onlineUrl', 'validation.interviewLinkRequired');
      else problems.check(isWebLink(onlineUrl), 'input.onlineUrl', 'validation.webLink');
    } else if (onlineUrl) problems.check(isWebLink(onlineUrl), 'input.onlineUrl', 'validation.webLink');
    problems.check(input.contact.trim() !== '', 'input.contact', 'validation.required');
    problems.throwIfAny();
    return { startsAt, place, onlineUrl };
  }

  private async employerSide(m: EntityManager, a: Actor, applicationId: string): Promise<ApplicationParty> {
    const { party, role } = await partyOrNotFound(m, a, applicationId, true);
    if (role === 'SEEKER') throw new ForbiddenError();
    // staff act for the employer only where they cover the posting (the rule of moveApplication)
    if (role === 'STAFF' && !staffCovers(a, party.postingCountyCode)) throw new ForbiddenError('error.outOfScope');
    return party;
  }

  private async interviewFor(m: EntityManager, a: Actor, interviewId: string, lock = true): Promise<{ interview: Interview; party: ApplicationParty; role: PartyRole }> {
    const interview = await m.getRepository(Interview).findOne({ where: { id: interviewId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!interview) throw new NotFoundError('interview');
    try {
      const { party, role } = await partyOrNotFound(m, a, interview.applicationId);
      return { interview, party, role };
    } catch (e) {
      if (e instanceof NotFoundError) throw new NotFoundError('interview');
      throw e;
    }
  }

  private assertEmployer(a: Actor, role: PartyRole, party: ApplicationParty) {
    if (role === 'SEEKER') throw new ForbiddenError();
    if (role === 'STAFF' && !staffCovers(a, party.postingCountyCode)) throw new ForbiddenError('error.outOfScope');
  }

  private assertOpen(i: Interview) {
    if (!OPEN_INTERVIEW.includes(i.status)) throw new ConflictError('error.interviewClosed');
  }

  private async staffAudit(m: EntityManager, a: Actor, interviewId: string, detail: Record<string, unknown>) {
    if (isStaff(a)) await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'interview', entityId: interviewId, detail }], m);
  }

  private notifySeeker(m: EntityManager, p: ApplicationParty, kind: NotificationKind, params: Record<string, string | number>) {
    return this.notifications.notify(m, p.seekerUserId ? [p.seekerUserId] : [], kind, { title: p.postingTitle, applicationId: p.id, ...params });
  }

  private async notifyEmployer(m: EntityManager, p: ApplicationParty, kind: NotificationKind, params: Record<string, string | number>) {
    return this.notifications.notify(m, await employerUserIds(m, p.organizationId), kind, { title: p.postingTitle, name: p.seekerName, applicationId: p.id, ...params });
  }

  async schedule(actor: Actor | null, input: ScheduleInterviewInput, now = new Date()): Promise<Interview> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    const plan = this.checkPlan(input, now);
    const id = await this.ds.transaction(async (m) => {
      const party = await this.employerSide(m, a, input.applicationId);
      if (!SCHEDULABLE.includes(party.status)) throw new ConflictError('error.interviewNotSchedulable');
      const open = await m.getRepository(Interview).existsBy({ applicationId: party.id, status: In([...OPEN_INTERVIEW]) });
      if (open) throw new ConflictError('error.interviewAlreadyOpen');
      const rows = await queryRows<{ id: string }>(m,
        `INSERT INTO interview (application_id, starts_at, duration_minutes, mode, place, access_features, access_note, online_url, contact, message, created_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING id`,
        [party.id, plan.startsAt, input.durationMinutes, input.mode, plan.place, input.accessFeatures, input.accessNote.trim(), plan.onlineUrl,
          input.contact.trim(), input.message.trim(), a.userId]);
      const interviewId = rows[0].id;
      if (party.accommodations.length) {
        await m.query(`INSERT INTO interview_accommodation (interview_id, accommodation) SELECT $1, unnest($2::text[])`, [interviewId, party.accommodations]);
      }
      // 邀请面试: the application moves to the interview stage with the proposal, never as a bare status
      await this.applications.moveToInterviewIn(m, party.id, party.status, a.userId);
      await this.notifySeeker(m, party, NotificationKind.INTERVIEW_PROPOSED, { startsAt: plan.startsAt.toISOString() });
      await this.staffAudit(m, a, interviewId, { scheduled: true });
      return interviewId;
    });
    return this.ds.getRepository(Interview).findOneByOrFail({ id });
  }

  async respond(actor: Actor | null, input: RespondToInterviewInput): Promise<Interview> {
    const a = requireActor(actor, Role.SEEKER);
    const note = input.seekerNote.trim();
    if (input.response === InterviewResponse.ASK_NEW_TIME && !note) throw InvalidInputError.field('input.seekerNote', 'validation.newTimeNoteRequired');
    await this.ds.transaction(async (m) => {
      const { interview, party, role } = await this.interviewFor(m, a, input.interviewId);
      if (role !== 'SEEKER') throw new ForbiddenError();
      if (interview.status !== InterviewStatus.PROPOSED && interview.status !== InterviewStatus.ACCEPTED) throw new ConflictError('error.interviewClosed');
      const accept = input.response === InterviewResponse.ACCEPT;
      await m.query(`UPDATE interview SET status = $2, seeker_note = $3, updated_at = now() WHERE id = $1`,
        [interview.id, accept ? InterviewStatus.ACCEPTED : InterviewStatus.NEW_TIME_ASKED, note || null]);
      await this.notifyEmployer(m, party, accept ? NotificationKind.INTERVIEW_ACCEPTED : NotificationKind.INTERVIEW_NEW_TIME_ASKED,
        { startsAt: interview.startsAt.toISOString(), note });
    });
    return this.ds.getRepository(Interview).findOneByOrFail({ id: input.interviewId });
  }

  async confirmAccommodation(actor: Actor | null, input: ConfirmAccommodationInput): Promise<InterviewAccommodationItem> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    const arrangement = input.arrangement.trim();
    if (input.status === AccommodationStatus.DECLINED && !arrangement) throw InvalidInputError.field('input.arrangement', 'validation.declineReasonRequired');
    await this.ds.transaction(async (m) => {
      const { interview, party, role } = await this.interviewFor(m, a, input.interviewId);
      this.assertEmployer(a, role, party);
      this.assertOpen(interview);
      const rows = await queryRows<{ accommodation: string }>(m,
        `UPDATE interview_accommodation SET status = $3, arrangement = $4, updated_at = now() WHERE interview_id = $1 AND accommodation = $2 RETURNING accommodation`,
        [interview.id, input.accommodation, input.status, arrangement]);
      if (!rows.length) throw InvalidInputError.field('input.accommodation', 'validation.accommodationNotAsked');
      await this.notifySeeker(m, party, NotificationKind.INTERVIEW_ACCOMMODATION, {
        accommodationKey: `interview.accommodation.${input.accommodation}`, decisionKey: `interview.decision.${input.status}`, arrangement,
      });
      await this.staffAudit(m, a, interview.id, { accommodation: input.accommodation, status: input.status });
    });
    return this.ds.getRepository(InterviewAccommodationItem).findOneByOrFail({ interviewId: input.interviewId, accommodation: input.accommodation });
  }

  async reschedule(actor: Actor | null, input: RescheduleInterviewInput, now = new Date()): Promise<Interview> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    const reason = input.reason.trim();
    let plan: ReturnType<InterviewsService['checkPlan']> | undefined;
    const problems = new FieldProblems();
    try {
      plan = this.checkPlan(input, now);
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e;
      for (const f of e.fields) problems.add(f.path, f.key, f.params);
    }
    problems.check(reason !== '', 'input.reason', 'validation.required');
    problems.throwIfAny();
    await this.ds.transaction(async (m) => {
      const { interview, party, role } = await this.interviewFor(m, a, input.interviewId);
      this.assertEmployer(a, role, party);
      this.assertOpen(interview);
      await m.query(
        `UPDATE interview SET starts_at = $2, duration_minutes = $3, mode = $4, place = $5, access_features = $6, access_note = $7, online_url = $8,
                contact = $9, message = $10, status = 'PROPOSED', seeker_note = NULL, reminded_at = NULL, updated_at = now() WHERE id = $1`,
        [interview.id, plan!.startsAt, input.durationMinutes, input.mode, plan!.place, input.accessFeatures, input.accessNote.trim(), plan!.onlineUrl,
          input.contact.trim(), input.message.trim()]);
      await this.notifySeeker(m, party, NotificationKind.INTERVIEW_RESCHEDULED, { startsAt: plan!.startsAt.toISOString(), reason });
      await this.staffAudit(m, a, interview.id, { rescheduled: true });
    });
    return this.ds.getRepository(Interview).findOneByOrFail({ id: input.interviewId });
  }

  /** Either side cancels, with a reason the other side reads. */
  async cancel(actor: Actor | null, input: CancelInterviewInput): Promise<Interview> {
    const a = requireActor(actor, Role.SEEKER, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    const reason = input.reason.trim();
    if (!reason) throw InvalidInputError.field('input.reason', 'validation.required');
    await this.ds.transaction(async (m) => {
      const { interview, party, role } = await this.interviewFor(m, a, input.interviewId);
      if (role !== 'SEEKER') this.assertEmployer(a, role, party);
      this.assertOpen(interview);
      await m.query(`UPDATE interview SET status = 'CANCELLED', cancel_reason = $2, updated_at = now() WHERE id = $1`, [interview.id, reason]);
      await m.query(`UPDATE service_request SET status = 'DECLINED', handled_note = $2, handled_at = now() WHERE interview_id = $1 AND status = 'OPEN'`,
        [interview.id, reason]);
      const params = { startsAt: interview.startsAt.toISOString(), reason };
      if (role === 'SEEKER') await this.notifyEmployer(m, party, NotificationKind.INTERVIEW_CANCELLED, params);
      else await this.notifySeeker(m, party, NotificationKind.INTERVIEW_CANCELLED, params);
      await this.staffAudit(m, a, interview.id, { cancelled: true });
    });
    return this.ds.getRepository(Interview).findOneByOrFail({ id: input.interviewId });
  }

  async recordOutcome(actor: Actor | null, input: RecordInterviewOutcomeInput, now = new Date()): Promise<Interview> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    await this.ds.transaction(async (m) => {
      const { interview, party, role } = await this.interviewFor(m, a, input.interviewId);
      this.assertEmployer(a, role, party);
      this.assertOpen(interview);
      const held = input.outcome === InterviewOutcome.ATTENDED || input.outcome === InterviewOutcome.NO_SHOW;
      if (held && interview.startsAt.getTime() > now.getTime()) throw InvalidInputError.field('input.outcome', 'validation.interviewNotYetHeld');
      await m.query(`UPDATE interview SET status = 'DONE', outcome = $2, outcome_note = $3, updated_at = now() WHERE id = $1`,
        [interview.id, input.outcome, input.outcomeNote.trim() || null]);
      await this.notifySeeker(m, party, NotificationKind.INTERVIEW_OUTCOME, { outcomeKey: `interview.outcome.${input.outcome}` });
      await this.staffAudit(m, a, interview.id, { outcome: input.outcome });
    });
    return this.ds.getRepository(Interview).findOneByOrFail({ id: input.interviewId });
  }

  /** The employer asks the federation for a sign-language interpreter: a request in the queue of the seeker's county. */
  async requestInterpreter(actor: Actor | null, input: RequestInterpreterInput): Promise<ServiceRequest> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    const id = await this.ds.transaction(async (m) => {
      const { interview, party, role } = await this.interviewFor(m, a, input.interviewId);
      this.assertEmployer(a, role, party);
      this.assertOpen(interview);
      const rows = await queryRows<{ id: string }>(m,
        `INSERT INTO service_request (kind, seeker_id, county_code, interview_id, note, requested_by) VALUES ($1,$2,$3,$4,$5,$6)
         ON CONFLICT (interview_id, kind) WHERE status = 'OPEN' DO NOTHING RETURNING id`,
        [ServiceRequestKind.SIGN_LANGUAGE_INTERPRETER, party.seekerId, party.seekerCountyCode, interview.id, input.note.trim(), a.userId]);
      if (!rows[0]) throw new ConflictError('error.interpreterAlreadyRequested');
      await this.notifications.notify(m, await countyStaffIds(m, party.seekerCountyCode), NotificationKind.SERVICE_REQUESTED,
        { title: party.postingTitle, organization: party.organizationName, startsAt: interview.startsAt.toISOString() });
      return rows[0].id;
    });
    return this.ds.getRepository(ServiceRequest).findOneByOrFail({ id });
  }

  async handleServiceRequest(actor: Actor | null, input: HandleServiceRequestInput): Promise<ServiceRequest> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const note = input.handledNote.trim();
    if (!note) throw InvalidInputError.field('input.handledNote', 'validation.required');
    await this.ds.transaction(async (m) => {
      const req = await m.getRepository(ServiceRequest).findOne({ where: { id: input.requestId }, lock: { mode: 'pessimistic_write' } });
      if (!req || !staffCovers(a, req.countyCode)) throw new NotFoundError('serviceRequest');
      if (req.status !== ServiceRequestStatus.OPEN) throw new ConflictError('error.changedMeanwhile');
      await m.query(`UPDATE service_request SET status = $2, handled_note = $3, handled_by = $4, handled_at = now() WHERE id = $1`,
        [req.id, input.status, note, a.userId]);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'service_request', entityId: req.id, detail: { status: input.status } }], m);
      const party = req.interviewId ? await this.partyOfInterview(m, req.interviewId) : null;
      const params = { kindKey: `serviceRequest.kind.${req.kind}`, decisionKey: `serviceRequest.status.${input.status}`, note, title: party?.postingTitle ?? '' };
      await this.notifications.notify(m, [req.requestedBy], NotificationKind.SERVICE_REQUEST_HANDLED, params);
      if (party?.seekerUserId) await this.notifications.notify(m, [party.seekerUserId], NotificationKind.SERVICE_REQUEST_HANDLED, params);
    });
    return this.ds.getRepository(ServiceRequest).findOneByOrFail({ id: input.requestId });
  }

  private async partyOfInterview(m: EntityManager, interviewId: string) {
    const i = await m.getRepository(Interview).findOneBy({ id: interviewId });
    if (!i) return null;
    return loadParty(m, i.applicationId);
  }

  /** The interviews of an application, newest first, for those who may see the application (its two sides and staff in scope). */
  async ofApplication(actor: Actor | null, applicationId: string): Promise<Interview[]> {
    const a = requireActor(actor);
    await partyOrNotFound(this.ds.manager, a, applicationId);
    return this.ds.getRepository(Interview).find({ where: { applicationId }, order: { createdAt: 'DESC' } });
  }

  async get(actor: Actor | null, id: string): Promise<{ interview: Interview; party: ApplicationParty; role: PartyRole }> {
    const a = requireActor(actor);
    return this.interviewFor(this.ds.manager, a, id, false);
  }

  /** Staff: upcoming open interviews of seekers in their county; by default only those with accommodations still open. */
  async upcomingInCounty(actor: Actor | null, openOnly: boolean, now = new Date()) {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const rows = await queryRows<{ id: string; seeker_name: string; county_code: string; posting_title: string; organization_name: string; open: string[] }>(this.ds.manager,
      `SELECT i.id, s.name AS seeker_name, s.county_code, p.title AS posting_title, o.name AS organization_name,
              coalesce(array_agg(ia.accommodation ORDER BY ia.accommodation) FILTER (WHERE ia.status = 'OPEN'), '{}') AS open
         FROM interview i JOIN application ap ON ap.id = i.application_id JOIN seeker_profile s ON s.id = ap.seeker_id
         JOIN posting p ON p.id = ap.posting_id JOIN organization o ON o.id = p.organization_id
         LEFT JOIN interview_accommodation ia ON ia.interview_id = i.id
        WHERE i.status IN ('PROPOSED','ACCEPTED','NEW_TIME_ASKED') AND i.starts_at >= $1 AND ($2::text IS NULL OR s.county_code = $2)
        GROUP BY i.id, s.name, s.county_code, p.title, o.name
       HAVING NOT $3 OR count(*) FILTER (WHERE ia.status = 'OPEN') > 0
        ORDER BY i.starts_at, i.id LIMIT 200`,
      [now, a.role === Role.ADMIN ? null : a.scopeCountyCode, openOnly]);
    const byId = new Map((await this.ds.getRepository(Interview).findBy({ id: In(rows.map((r) => r.id)) })).map((i) => [i.id, i]));
    return rows.map((r) => ({
      interview: byId.get(r.id)!, seekerName: r.seeker_name, countyCode: r.county_code, postingTitle: r.posting_title,
      organizationName: r.organization_name, openAccommodations: r.open,
    }));
  }

  /** Staff: the service-request queue of their county (all counties for city staff), oldest first. */
  async queue(actor: Actor | null, status: ServiceRequestStatus) {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const rows = await queryRows<{ id: string; seeker_name: string; posting_title: string | null; organization_name: string | null; starts_at: Date | null }>(this.ds.manager,
      `SELECT r.id, s.name AS seeker_name, p.title AS posting_title, o.name AS organization_name, i.starts_at
         FROM service_request r JOIN seeker_profile s ON s.id = r.seeker_id
         LEFT JOIN interview i ON i.id = r.interview_id LEFT JOIN application ap ON ap.id = i.application_id
         LEFT JOIN posting p ON p.id = ap.posting_id LEFT JOIN organization o ON o.id = p.organization_id
        WHERE r.status = $1 AND ($2::text IS NULL OR r.county_code = $2)
        ORDER BY r.created_at, r.id LIMIT 200`,
      [status, a.role === Role.ADMIN ? null : a.scopeCountyCode]);
    const byId = new Map((await this.ds.getRepository(ServiceRequest).findBy({ id: In(rows.map((r) => r.id)) })).map((x) => [x.id, x]));
    return rows.map((r) => ({
      request: byId.get(r.id)!, seekerName: r.seeker_name, postingTitle: r.posting_title, organizationName: r.organization_name, startsAt: r.starts_at,
    }));
  }
}
