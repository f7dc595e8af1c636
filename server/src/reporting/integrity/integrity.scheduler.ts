// The integrity checks also run on their own (daily by default, INTEGRITY_CHECK_INTERVAL_SECONDS; 0 turns it
// off), so flags appear without anyone remembering to press the button: a schedule on the job queue, one run per
// interval for all instances (the advisory lock in the service and ON CONFLICT DO NOTHING keep a manual run beside it harmless).
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { ScheduledWorkService } from '../../notifications/scheduled-work.service.js';
import { IntegrityService } from './integrity.service.js';

@Injectable()
export class IntegrityScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly integrity: IntegrityService,
    private readonly scheduled: ScheduledWorkService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    await this.scheduled.every('integrity-checks', this.config.integrityCheckIntervalSeconds, () => this.run());
  }

  /** One scheduled run: a line for the log when it raised new flags. */
  async run(): Promise<string | null> {
    const raised = await this.integrity.runScheduled();
    const total = Object.values(raised).reduce((a, b) => a + b, 0);
    return total ? `scheduled integrity checks raised ${total} new flags: ${JSON.stringify(raised)}` : null;
  }
}
