// Runs the saved-search alerts on a timer (SAVED_SEARCH_ALERT_INTERVAL_SECONDS; 0 turns it off). Kept apart from the
// runner so the timer can move onto a job queue without touching it. Runs in every instance: the runner claims rows.
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { SavedSearchAlertsService } from './saved-search-alerts.service.js';

@Injectable()
export class SavedSearchAlertsScheduler implements OnModuleInit, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private readonly logger = new Logger('SavedSearchAlerts');

  constructor(private readonly alerts: SavedSearchAlertsService, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onModuleInit() {
    const seconds = this.config.savedSearchAlerts.intervalSeconds;
    if (seconds > 0) {
      this.timer = setInterval(() => void this.tick(), seconds * 1000);
      this.timer.unref();
    }
  }

  onModuleDestroy() {
    if (this.timer) clearInterval(this.timer);
  }

  async tick(): Promise<void> {
    if (this.running) return; // a slow run is not overlapped by the next one
    this.running = true;
    try {
      const run = await this.alerts.runDue(new Date());
      if (run.notices) this.logger.log(`saved-search alerts: ${run.notices} notices for ${run.alerts} searches`);
    } catch (e) {
      this.logger.warn(`saved-search alerts failed (next try at the next interval): ${String(e)}`);
    } finally {
      this.running = false;
    }
  }
}
