// The day-before interview reminder, for both sides, on the job queue's schedule (REMINDER_INTERVAL_SECONDS, as the
// fairs'; INTERVIEW_REMINDERS=off turns it off). SKIP LOCKED and reminded_at make each reminder go out once.
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { queryRows } from '../database/sql.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ScheduledWorkService } from '../notifications/scheduled-work.service.js';

@Injectable()
export class InterviewRemindersService implements OnApplicationBootstrap {
  constructor(
    private readonly ds: DataSource,
    private readonly notifications: NotificationsService,
    private readonly scheduled: ScheduledWorkService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    await this.scheduled.every('interview-reminders', this.config.interviewReminders ? this.config.reminderIntervalSeconds : 0,
      async () => { const n = await this.sendDue(); return n ? `${n} interview reminders` : null; });
  }

  /** Reminds the seeker and the employer of every open interview that is tomorrow in China time; returns how many interviews. */
  async sendDue(now: Date = new Date()): Promise<number> {
    return this.ds.transaction(async (m) => {
      const due = await queryRows<{ id: string; application_id: string; starts_at: Date; place: string; seeker_user_id: string | null; title: string; organization_id: string }>(m,
        `WITH due AS (
           SELECT i.id FROM interview i
            WHERE i.status IN ('PROPOSED','ACCEPTED') AND i.reminded_at IS NULL
              AND (i.starts_at AT TIME ZONE 'Asia/Shanghai')::date = ($1::timestamptz AT TIME ZONE 'Asia/Shanghai')::date + 1
            ORDER BY i.id FOR UPDATE OF i SKIP LOCKED LIMIT 1000)
         UPDATE interview i SET reminded_at = $1 FROM due, application a, seeker_profile s, posting p
          WHERE i.id = due.id AND a.id = i.application_id AND s.id = a.seeker_id AND p.id = a.posting_id
        RETURNING i.id, i.application_id, i.starts_at, CASE WHEN i.mode = 'ONLINE' THEN i.online_url ELSE i.place END AS place,
                  s.user_id AS seeker_user_id, p.title, p.organization_id`, [now]);
      for (const d of due) {
        const employers = await queryRows<{ user_id: string }>(m, `SELECT user_id FROM organization_member WHERE organization_id = $1`, [d.organization_id]);
        const users = [...(d.seeker_user_id ? [d.seeker_user_id] : []), ...employers.map((e) => e.user_id)];
        await this.notifications.notify(m, users, NotificationKind.INTERVIEW_REMINDER,
          { title: d.title, startsAt: new Date(d.starts_at).toISOString(), place: d.place ?? '', applicationId: d.application_id });
      }
      return due.length;
    });
  }
}
