// The integrity checks also run on their own (daily by default, INTEGRITY_CHECK_INTERVAL_SECONDS; 0 turns it
// off), so flags appear without anyone remembering to press the button. Runs in every instance; the advisory
// lock in the service and ON CONFLICT DO NOTHING make concurrent runs harmless.
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { IntegrityService } from './integrity.service.js';

@Injectable()
export class IntegrityScheduler implements OnModuleInit, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private readonly logger = new Logger('IntegrityChecks');

  constructor(private readonly integrity: IntegrityService, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onModuleInit() {
    const seconds = this.config.integrityCheckIntervalSeconds;
    if (seconds > 0) {
      this.timer = setInterval(() => void this.tick(), seconds * 1000);
      this.timer.unref();
    }
  }

  onModuleDestroy() {
    if (this.timer) clearInterval(this.timer);
  }

  async tick(): Promise<void> {
    try {
      const raised = await this.integrity.runScheduled();
      const total = Object.values(raised).reduce((a, b) => a + b, 0);
      if (total) this.logger.log(`scheduled integrity checks raised ${total} new flags: ${JSON.stringify(raised)}`);
    } catch (e) {
      this.logger.warn(`scheduled integrity checks failed (next try at the next interval): ${String(e)}`);
    }
  }
}
