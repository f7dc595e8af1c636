// Loaders of the events feature (see graphql/loaders.ts).
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byId, groupBy, registerLoaders } from '../graphql/loaders.js';
import { RecruitmentEvent } from './event.entity.js';
import { EventServiceRequest } from './registration.entity.js';

declare module '../graphql/loaders.js' {
  interface Loaders {
    event: DataLoader<string, RecruitmentEvent | null>;
    serviceOffersByEvent: DataLoader<string, Array<{ service: string; quantity: number }>>;
    serviceRequestsByRegistration: DataLoader<string, EventServiceRequest[]>;
    /** Place on the waiting list, counted in arrival order (1 = next to be promoted). */
    waitlistPosition: DataLoader<string, number>;
  }
}

registerLoaders(({ ds }) => ({
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

  waitlistPosition: new DataLoader<string, number>(async (ids) => {
    const rows: Array<{ id: string; pos: number }> = await ds.query(
      `SELECT r.id, (SELECT count(*)::int FROM event_registration w WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED'
                      AND w.arrival <= r.arrival) AS pos
         FROM event_registration r WHERE r.id = ANY($1)`, [[...ids]]);
    const m = new Map(rows.map((r) => [r.id, r.pos]));
    return ids.map((id) => m.get(id) ?? 0);
  }),
}));
