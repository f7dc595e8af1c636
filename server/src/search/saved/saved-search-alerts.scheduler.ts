// Runs the saved-search alerts on the job queue's schedule (SAVED_SEARCH_ALERT_INTERVAL_SECONDS; 0 turns it off):
// one run per interval for all instances, never two at once. Kept apart from the runner, which claims its rows.
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { ScheduledWorkService } from '../../notifications/scheduled-work.service.js';
import { SavedSearchAlertsService } from './saved-search-alerts.service.js';

@Injectable()
export class SavedSearchAlertsScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly alerts: SavedSearchAlertsService,
    private readonly scheduled: ScheduledWorkService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    await this.scheduled.every('saved-search-alerts', this.config.savedSearchAlerts.intervalSeconds, () => this.run());
  }

  /** One run: a line for the log when it sent notices. */
  async run(): Promise<string | null> {
    const run = await this.alerts.runDue(new Date());
    return run.notices ? `${run.notices} notices for ${run.alerts} searches` : null;
  }
}
