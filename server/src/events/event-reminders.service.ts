// The day-before reminder, on the job queue's schedule (REMINDER_INTERVAL_SECONDS; 0 turns it off): one run per
// interval for all instances together; SKIP LOCKED and reminded_at still make each reminder go out once.
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { queryRows } from '../database/sql.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { ScheduledWorkService } from '../notifications/scheduled-work.service.js';

@Injectable()
export class EventRemindersService implements OnApplicationBootstrap {
  constructor(
    private readonly ds: DataSource,
    private readonly notifications: NotificationsService,
    private readonly scheduled: ScheduledWorkService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    await this.scheduled.every('event-reminders', this.config.reminderIntervalSeconds,
      async () => { const n = await this.sendDue(); return n ? `${n} fair reminders` : null; });
  }

  /** Reminds everyone registered for an event that starts tomorrow (China time); returns how many. */
  async sendDue(): Promise<number> {
    return this.ds.transaction(async (m) => {
      const due = await queryRows<{ user_id: string | null; event_id: string; title: string; starts_at: Date; place: string }>(m,
        `WITH due AS (
           SELECT r.id FROM event_registration r JOIN recruitment_event e ON e.id = r.event_id
            WHERE r.status = 'REGISTERED' AND r.reminded_at IS NULL AND e.status = 'PUBLISHED'
              AND (e.starts_at AT TIME ZONE 'Asia/Shanghai')::date = (now() AT TIME ZONE 'Asia/Shanghai')::date + 1
            ORDER BY r.id FOR UPDATE OF r SKIP LOCKED LIMIT 1000)
         UPDATE event_registration r SET reminded_at = now() FROM due, recruitment_event e, seeker_profile s
          WHERE r.id = due.id AND e.id = r.event_id AND s.id = r.seeker_id
        RETURNING s.user_id, e.id AS event_id, e.title, e.starts_at,
                  CASE WHEN e.mode = 'ONLINE' THEN e.online_url ELSE concat_ws(' ', e.venue_name, e.address) END AS place`);
      for (const d of due) {
        if (d.user_id) {
          await this.notifications.notify(m, [d.user_id], NotificationKind.EVENT_REMINDER,
            { title: d.title, startsAt: new Date(d.starts_at).toISOString(), place: d.place }, d.event_id);
        }
      }
      return due.length;
    });
  }
}
