// The check-in run ("还在这里工作吗？"): on the job queue's schedule (REMINDER_INTERVAL_SECONDS, as the reminders), for
// each genuine placement that has not ended and whose latest follow-up month of the setting has come (start + N months
// on or before today in China), with no answer for that month yet, it asks the person and the employer's users once.
// A placement more than a month past its last follow-up month is not asked any more (nor, on the first run, at all).
// The placement_check_in row is written before the notices, in one transaction; its primary key makes a second run,
// or a second instance running at the same time, skip what was sent.
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { queryRows } from '../../database/sql.js';
import { NotificationKind } from '../../notifications/notification-kind.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { ScheduledWorkService } from '../../notifications/scheduled-work.service.js';
import { FollowUpsService, todayInChina } from './follow-ups.service.js';

interface Sent { placement_id: string; month: number; seeker_user_id: string | null; person: string; organization: string; organization_id: string }

@Injectable()
export class CheckInsService implements OnApplicationBootstrap {
  constructor(
    private readonly ds: DataSource,
    private readonly followUps: FollowUpsService,
    private readonly notifications: NotificationsService,
    private readonly scheduled: ScheduledWorkService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    await this.scheduled.every('placement-check-ins', this.config.reminderIntervalSeconds,
      async () => { const n = await this.sendDue(); return n ? `${n} placement check-ins` : null; });
  }

  /** Sends the check-ins that are due on `today` (China date); returns how many (placement and month) were sent. */
  async sendDue(today: string = todayInChina()): Promise<number> {
    const months = [...(await this.followUps.months())].sort((a, b) => a - b);
    return this.ds.transaction(async (m) => {
      const sent = await queryRows<Sent>(m,
        `WITH due AS (
           SELECT p.id, (SELECT max(n) FROM unnest($2::int[]) AS n WHERE (p.start_date + make_interval(months => n))::date <= $1::date) AS month
             FROM placement p
            WHERE p.excluded_at IS NULL AND p.end_date IS NULL
              AND p.start_date <= ($1::date - make_interval(months => $3::int))::date
              AND p.start_date > ($1::date - make_interval(months => $4::int))::date),
         fresh AS (
           SELECT d.id, d.month FROM due d
            WHERE NOT EXISTS (SELECT 1 FROM placement_check_in c WHERE c.placement_id = d.id AND c.month = d.month)
              AND NOT EXISTS (SELECT 1 FROM placement_follow_up f WHERE f.placement_id = d.id AND f.month = d.month)
            ORDER BY d.id LIMIT 1000),
         ins AS (
           INSERT INTO placement_check_in (placement_id, month) SELECT id, month FROM fresh
           ON CONFLICT DO NOTHING RETURNING placement_id, month)
         SELECT ins.placement_id, ins.month::int AS month, s.user_id AS seeker_user_id, s.name AS person, o.name AS organization,
                o.id AS organization_id
           FROM ins JOIN placement p ON p.id = ins.placement_id JOIN seeker_profile s ON s.id = p.seeker_id
           JOIN organization o ON o.id = p.organization_id`,
        [today, months, months[0], months[months.length - 1] + 1]);
      for (const c of sent) {
        const params = { organization: c.organization, month: c.month, placementId: c.placement_id };
        if (c.seeker_user_id) await this.notifications.notify(m, [c.seeker_user_id], NotificationKind.PLACEMENT_CHECK_IN, params);
        const members = await queryRows<{ user_id: string }>(m, `SELECT user_id FROM organization_member WHERE organization_id = $1`, [c.organization_id]);
        await this.notifications.notify(m, members.map((u) => u.user_id), NotificationKind.EMPLOYER_CHECK_IN, { ...params, name: c.person });
      }
      return sent.length;
    });
  }
}
