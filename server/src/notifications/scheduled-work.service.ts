// Timed work on the job queue that notifications are delivered on (pg-boss): the day-before reminders of fairs and
// interviews, the integrity checks and the saved-search alerts each have a queue of their own, and each run is a job.
// A run first queues the next one, due an interval later, so the work goes on at its interval for all server
// instances together (one run per interval, not one per instance). The queue's 'stately' policy holds at most one
// run waiting and one running: a slow run is never overlapped, and the run that every instance queues when it starts
// is one run, not one each; an instance with a shorter interval brings the waiting run forward. A run cut short by a crash expires and is run again (pg-boss retries it), which queues the
// next; a run whose work fails is logged and the next interval tries again. pg-boss's own schedules are not used: they
// send at most one job a minute, and the tests run reminders every second.
import { Injectable, Logger } from '@nestjs/common';
import { DeliveryService } from './delivery.service.js';

@Injectable()
export class ScheduledWorkService {
  private readonly logger = new Logger('ScheduledWork');

  constructor(private readonly delivery: DeliveryService) {}

  /**
   * Runs `work` every `seconds` (0: never). `work` says what it did in a line for the log, or null when there was
   * nothing to do.
   */
  async every(name: string, seconds: number, work: () => Promise<string | null>): Promise<void> {
    if (seconds <= 0) return;
    const boss = await this.delivery.queue();
    if (!(await boss.getQueue(name))) {
      await boss.createQueue(name, { policy: 'stately', retryLimit: 3, retryDelay: 1, expireInSeconds: 15 * 60 });
    }
    // the first run at once (refused when one is already waiting: another instance started first); a run waiting
    // longer than this instance's interval (queued under a longer one) is brought forward to now
    const latest = Date.now() + seconds * 1000;
    for (const job of await boss.findJobs(name, { queued: true, limit: 10 })) {
      if (new Date(job.startAfter).getTime() > latest) await boss.update(name, undefined, { id: job.id, startAfter: new Date() });
    }
    await boss.send(name, {});
    await boss.work(name, { pollingIntervalSeconds: Math.max(0.5, Math.min(seconds, 5)) }, async () => {
      await boss.send(name, {}, { startAfter: seconds });
      try {
        const done = await work();
        if (done) this.logger.log(`${name}: ${done}`);
      } catch (e) {
        this.logger.warn(`${name} failed (tried again in ${seconds} s): ${String(e)}`);
      }
    });
  }
}
