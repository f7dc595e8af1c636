// The loop both ways of following the outbox run in (the relay that claims rows for a shared engine, the follower
// that each instance runs for its own index): a step, then the wait the step asks for, cut short by poke() (a local
// write, a NOTIFY) and by stop(). The step handles its own errors and says how long to wait (0: go on at once).
export class PollingLoop {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(private readonly step: () => Promise<number>) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Ends the current wait now. */
  poke(): void {
    this.wake?.();
  }

  /** Stops after the current step. */
  async stop(): Promise<void> {
    this.running = false;
    this.poke();
    await this.loop;
  }

  private async sleep(ms: number) {
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
    this.wake = null;
  }

  private async run(): Promise<void> {
    while (this.running) {
      const wait = await this.step();
      if (wait > 0 && this.running) await this.sleep(wait);
    }
  }
}
