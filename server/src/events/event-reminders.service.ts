// The day-before reminder. Runs in every server instance; SKIP LOCKED lets them share the work, and
// reminded_at makes each reminder go out once.
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { queryRows } from '../database/sql.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { NotificationKind } from '../notifications/notification-kind.js';

@Injectable()
export class EventRemindersService implements OnModuleInit, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private readonly logger = new Logger('EventReminders');

  constructor(
    private readonly ds: DataSource,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    const seconds = this.config.reminderIntervalSeconds;
    if (seconds > 0) {
      this.timer = setInterval(() => void this.sendDue().catch((e) => this.logger.warn(String(e))), seconds * 1000);
      this.timer.unref();
    }
  }

  onModuleDestroy() {
    if (this.timer) clearInterval(this.timer);
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
