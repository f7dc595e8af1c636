// What staff watch during and after an event: the live overview and the outcomes per employer.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { requireActor } from '../auth/auth.service.js';
import { Role } from '../common/domain.js';
import { EventsService } from './events.service.js';
import { EventService } from './event-vocab.js';
import type { RecruitmentEvent } from './event.entity.js';

export interface ServiceBalance { service: EventService; requested: number; offered: number; shortage: number }
export interface EventOverview {
  registered: number; waitlisted: number; cancelled: number; checkedIn: number;
  services: ServiceBalance[];
  booths: { invited: number; applied: number; approved: number; declined: number; withdrawn: number; limit: number };
}
export interface OutcomeCounts { applications: number; interviews: number; offers: number; hires: number }
export interface EmployerOutcome extends OutcomeCounts { organizationId: string; organizationName: string }
export interface EventOutcomes extends OutcomeCounts {
  registered: number; attended: number; employers: EmployerOutcome[];
}

@Injectable()
export class EventReportsService {
  constructor(private readonly ds: DataSource, private readonly events: EventsService) {}

  private async managed(actor: Actor | null, eventId: string): Promise<RecruitmentEvent> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const e = await this.events.get(a, eventId);
    this.events.assertCanManage(a, e);
    return e;
  }

  async overview(actor: Actor | null, eventId: string): Promise<EventOverview> {
    const e = await this.managed(actor, eventId);
    const [reg] = await this.ds.query(
      `SELECT count(*) FILTER (WHERE status = 'REGISTERED')::int AS registered,
              count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted,
              count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
              count(checked_in_at)::int AS "checkedIn"
         FROM event_registration WHERE event_id = $1`, [eventId]);
    const services: Array<{ service: EventService; requested: number; offered: number }> = await this.ds.query(
      `SELECT s.service, coalesce(r.n, 0)::int AS requested, coalesce(o.quantity, 0)::int AS offered
         FROM unnest($2::text[]) AS s(service)
         LEFT JOIN event_service_offer o ON o.event_id = $1 AND o.service = s.service
         LEFT JOIN (SELECT q.service, count(*) AS n FROM event_service_request q
                      JOIN event_registration g ON g.id = q.registration_id
                     WHERE g.event_id = $1 AND g.status <> 'CANCELLED' GROUP BY q.service) r ON r.service = s.service
        ORDER BY s.service`, [eventId, Object.values(EventService)]);
    const [booths] = await this.ds.query(
      `SELECT count(*) FILTER (WHERE status = 'INVITED')::int AS invited, count(*) FILTER (WHERE status = 'APPLIED')::int AS applied,
              count(*) FILTER (WHERE status = 'APPROVED')::int AS approved, count(*) FILTER (WHERE status = 'DECLINED')::int AS declined,
              count(*) FILTER (WHERE status = 'WITHDRAWN')::int AS withdrawn
         FROM event_booth WHERE event_id = $1`, [eventId]);
    return {
      ...reg,
      services: services.filter((s) => s.requested || s.offered).map((s) => ({ ...s, shortage: Math.max(0, s.requested - s.offered) })),
      booths: { ...booths, limit: e.boothLimit },
    };
  }

  /** Applications made at the event, how far they got, per employer; registered and attended for the event. */
  async outcomes(actor: Actor | null, eventId: string): Promise<EventOutcomes & { event: RecruitmentEvent }> {
    const event = await this.managed(actor, eventId);
    const [att] = await this.ds.query(
      `SELECT count(*) FILTER (WHERE status = 'REGISTERED')::int AS registered, count(checked_in_at)::int AS attended
         FROM event_registration WHERE event_id = $1`, [eventId]);
    const employers: EmployerOutcome[] = await this.ds.query(
      `WITH apps AS (
         SELECT a.id, a.status, p.organization_id,
                EXISTS (SELECT 1 FROM application_status_change c WHERE c.application_id = a.id AND c.to_status = 'INTERVIEW') AS interviewed,
                EXISTS (SELECT 1 FROM application_status_change c WHERE c.application_id = a.id AND c.to_status = 'OFFERED') AS offered
           FROM application a JOIN posting p ON p.id = a.posting_id WHERE a.event_id = $1)
       SELECT o.id AS "organizationId", o.name AS "organizationName",
              count(apps.id)::int AS applications,
              count(apps.id) FILTER (WHERE apps.interviewed)::int AS interviews,
              count(apps.id) FILTER (WHERE apps.offered OR apps.status = 'HIRED')::int AS offers,
              count(apps.id) FILTER (WHERE apps.status = 'HIRED')::int AS hires
         FROM organization o
         LEFT JOIN apps ON apps.organization_id = o.id
        WHERE o.id IN (SELECT organization_id FROM event_booth WHERE event_id = $1 AND status = 'APPROVED')
           OR o.id IN (SELECT organization_id FROM apps)
        GROUP BY o.id, o.name ORDER BY hires DESC, applications DESC, o.name`, [eventId]);
    const sum = (k: keyof OutcomeCounts) => employers.reduce((n, e) => n + e[k], 0);
    return {
      event, registered: att.registered, attended: att.attended, employers,
      applications: sum('applications'), interviews: sum('interviews'), offers: sum('offers'), hires: sum('hires'),
    };
  }
}
