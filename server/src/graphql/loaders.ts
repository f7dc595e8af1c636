// Per-request DataLoaders: every relation in the schema resolves through one of these (no N+1).
// They load rows only; who may see what is decided by the resolvers and services that use them.
import DataLoader from 'dataloader';
import { DataSource, In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Application, ApplicationStatusChange } from '../applications/application.entity.js';
import type { Actor } from '../auth/actor.js';
import { User } from '../auth/user.entity.js';
import { ConsentPurpose } from '../common/domain.js';
import { RecruitmentEvent } from '../events/event.entity.js';
import { EventServiceRequest } from '../events/registration.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Posting } from '../postings/posting.entity.js';
import { SeekerProfile } from '../seekers/seeker-profile.entity.js';

function byId<T extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await ds.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function groupBy<T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

export function createLoaders(ds: DataSource, actor: Actor | null, seekerIdOfActor: () => Promise<string | null>) {
  return {
    user: byId(ds, User),
    organization: byId(ds, Organization),
    posting: byId(ds, Posting),
    seeker: byId(ds, SeekerProfile),
    application: byId(ds, Application),

    applicationHistory: new DataLoader<string, ApplicationStatusChange[]>(async (ids) => {
      const rows = await ds.getRepository(ApplicationStatusChange).find({
        where: { applicationId: In([...ids]) },
        order: { id: 'ASC' },
      });
      const m = groupBy(rows, (r) => r.applicationId);
      return ids.map((id) => m.get(id) ?? []);
    }),

    /** Current consent per purpose (the latest record wins). */
    consents: new DataLoader<string, Set<ConsentPurpose>>(async (ids) => {
      const rows: Array<{ seeker_id: string; purpose: ConsentPurpose; granted: boolean }> = await ds.query(
        `SELECT DISTINCT ON (seeker_id, purpose) seeker_id, purpose, granted
           FROM consent_record WHERE seeker_id = ANY($1) ORDER BY seeker_id, purpose, id DESC`,
        [[...ids]],
      );
      const m = new Map<string, Set<ConsentPurpose>>(ids.map((id) => [id, new Set()]));
      for (const r of rows) if (r.granted) m.get(r.seeker_id)!.add(r.purpose);
      return ids.map((id) => m.get(id)!);
    }),

    /** Member accounts of each organization (employer users), oldest first. */
    membersByOrganization: new DataLoader<string, Array<User & { memberRole: string }>>(async (ids) => {
      const rows: Array<{ organization_id: string; id: string; member_role: string }> = await ds.query(
        `SELECT organization_id, user_id AS id, member_role FROM organization_member WHERE organization_id = ANY($1) ORDER BY created_at`,
        [[...ids]],
      );
      const users = await ds.getRepository(User).findBy({ id: In(rows.map((r) => r.id)) });
      const byId = new Map(users.map((u) => [u.id, u]));
      const m = groupBy(rows, (r) => r.organization_id);
      return ids.map((id) => (m.get(id) ?? []).flatMap((r) => {
        const u = byId.get(r.id);
        return u ? [Object.assign(u, { memberRole: r.member_role })] : [];
      }));
    }),

    event: byId(ds, RecruitmentEvent),

    serviceOffersByEvent: new DataLoader<string, Array<{ service: string; quantity: number }>>(async (ids) => {
      const rows: Array<{ event_id: string; service: string; quantity: number }> = await ds.query(
        `SELECT event_id, service, quantity FROM event_service_offer WHERE event_id = ANY($1) ORDER BY service`, [[...ids]]);
      const m = groupBy(rows, (r) => r.event_id);
      return ids.map((id) => (m.get(id) ?? []).map((r) => ({ service: r.service, quantity: r.quantity })));
    }),

    serviceRequestsByRegistration: new DataLoader<string, EventServiceRequest[]>(async (ids) => {
      const rows = await ds.getRepository(EventServiceRequest).find({ where: { registrationId: In([...ids]) }, order: { service: 'ASC' } });
      const m = groupBy(rows, (r) => r.registrationId);
      return ids.map((id) => m.get(id) ?? []);
    }),

    /** Place on the waiting list, counted in arrival order (1 = next to be promoted). */
    waitlistPosition: new DataLoader<string, number>(async (ids) => {
      const rows: Array<{ id: string; pos: number }> = await ds.query(
        `SELECT r.id, (SELECT count(*)::int FROM event_registration w WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED'
                        AND w.arrival <= r.arrival) AS pos
           FROM event_registration r WHERE r.id = ANY($1)`, [[...ids]]);
      const m = new Map(rows.map((r) => [r.id, r.pos]));
      return ids.map((id) => m.get(id) ?? 0);
    }),

    applicationCountByPosting: new DataLoader<string, number>(async (ids) => {
      const rows: Array<{ posting_id: string; n: string }> = await ds.query(
        `SELECT posting_id, count(*) AS n FROM application WHERE posting_id = ANY($1) GROUP BY posting_id`,
        [[...ids]],
      );
      const m = new Map(rows.map((r) => [r.posting_id, Number(r.n)]));
      return ids.map((id) => m.get(id) ?? 0);
    }),

    /** For an employer: whether the seeker applied to one of the employer's postings. */
    isApplicantOfMyOrganization: new DataLoader<string, boolean>(async (ids) => {
      if (!actor?.organizationId) return ids.map(() => false);
      const rows: Array<{ seeker_id: string }> = await ds.query(
        `SELECT DISTINCT a.seeker_id FROM application a JOIN posting p ON p.id = a.posting_id
          WHERE p.organization_id = $1 AND a.seeker_id = ANY($2)`,
        [actor.organizationId, [...ids]],
      );
      const yes = new Set(rows.map((r) => r.seeker_id));
      return ids.map((id) => yes.has(id));
    }),

    /** The signed-in seeker's own application to each posting, if any. */
    myApplicationByPosting: new DataLoader<string, Application | null>(async (ids) => {
      const seekerId = await seekerIdOfActor();
      if (!seekerId) return ids.map(() => null);
      const rows = await ds.getRepository(Application).findBy({ seekerId, postingId: In([...ids]) });
      const m = new Map(rows.map((r) => [r.postingId, r]));
      return ids.map((id) => m.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
