// Seats and the waiting list. Callers hold the event row lock (their own conditional UPDATE took it), so
// promotions happen strictly in arrival order and never exceed the capacity.
import type { EntityManager } from 'typeorm';
import { queryRows } from '../database/sql.js';
import type { NotificationsService } from '../notifications/notifications.service.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import type { SeekersService } from '../seekers/seekers.service.js';

/** Fills free seats from the waiting list, first come first served; returns how many were promoted. */
export async function promoteWaitlist(m: EntityManager, eventId: string, notifications: NotificationsService, seekers: SeekersService): Promise<number> {
  const [event] = await queryRows<{ free: number; title: string; starts_at: Date }>(m,
    `SELECT seeker_capacity - registered_count AS free, title, starts_at FROM recruitment_event WHERE id = $1 FOR UPDATE`, [eventId]);
  if (!event || event.free <= 0) return 0;
  const promoted = await queryRows<{ id: string; seeker_id: string }>(m,
    `UPDATE event_registration SET status = 'REGISTERED', promoted_at = now(), updated_at = now()
      WHERE id IN (SELECT id FROM event_registration WHERE event_id = $1 AND status = 'WAITLISTED' ORDER BY arrival LIMIT $2)
      RETURNING id, seeker_id`, [eventId, event.free]);
  if (!promoted.length) return 0;
  await m.query(`UPDATE recruitment_event SET registered_count = registered_count + $2 WHERE id = $1`, [eventId, promoted.length]);
  const users = await seekers.userIdsOf(promoted.map((p) => p.seeker_id), m);
  await notifications.notify(m, users, NotificationKind.PROMOTED, { title: event.title, startsAt: new Date(event.starts_at).toISOString(), path: `/events/${eventId}` }, eventId);
  return promoted.length;
}
