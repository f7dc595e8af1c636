// The outbox follower: for an engine each server process holds for itself (the embedded one), every instance must
// apply every change, so no row is claimed. Each instance follows the outbox by its own cursor instead.
//
// The cursor is a transaction horizon, not a row id: ids are handed out when rows are inserted, but transactions
// commit in any order, so a cursor on ids would pass over a row whose transaction was still open. Every outbox row
// carries the id of the transaction that wrote it (`tx`, a xid8). Transactions older than the oldest one still
// running in this database (see xmin()) have all ended; their rows are final. So each step reads the rows
// written by transactions in [horizon, xmin), applies the current state of their aggregates, and moves the horizon
// to xmin. A row of a transaction still running waits for a later step; nothing is skipped, nothing claimed.
//
// A step is woken by LISTEN (a statement trigger on outbox sends NOTIFY at commit) and runs at least every pollMs.
// The rows are marked processed by whichever instance applied them first (the health page's lag figure); applying
// again is harmless because the relay applies the current state, not the row's operation.
import { applyCurrentState, backoffMs, purgeProcessedRows, type RelayOptions } from './outbox-relay.js';
import { PollingLoop } from './polling-loop.js';
import type { SearchEngine } from './search-engine.js';
import type { Aggregate, Database } from './sources.js';

/** The channel the outbox's statement trigger notifies at commit (migration 1766400000000). */
export const OUTBOX_CHANNEL = 'search_outbox';

/** A LISTEN connection: calls back on each notification, and when it was lost (the caller reconnects). */
export type Listen = (onNotify: () => void, onLost: (e: Error) => void) => Promise<() => Promise<void>>;

interface Window { from: string; to: string; afterId: string }

export class OutboxFollower {
  private horizon: string | null = null;
  private window: Window | null = null;
  private readonly loop = new PollingLoop(() => this.step());
  private unlisten: (() => Promise<void>) | null = null;
  private readonly lastPurge = { at: 0 };
  private errors = 0;

  constructor(
    private readonly db: Database,
    private readonly engine: SearchEngine,
    private readonly options: RelayOptions,
    private readonly listen?: Listen,
  ) {}

  /**
   * The oldest transaction of this database still running now (or, when none runs, the next transaction id): every
   * row of an older transaction is final. Transaction ids are shared by every database of the cluster, so the
   * snapshot's own xmin would wait for a long write in another database (a bulk load, a migration) to end before
   * following anything here; only the running transactions of this database can still write its outbox. The
   * snapshot is the statement's, taken before pg_stat_activity is read: a transaction of the snapshot that ends in
   * between is final; one that starts after it has an id at or past xmax.
   */
  private async xmin(): Promise<string> {
    const [row] = await this.db.query<{ xmin: string }>(`
      WITH s AS (SELECT pg_current_snapshot() AS snap),
      mine AS (SELECT backend_xid::text AS xid FROM pg_stat_activity
        WHERE datname = current_database() AND backend_xid IS NOT NULL)
      SELECT coalesce(
        (SELECT min(x) FROM s, pg_snapshot_xip(s.snap) AS x WHERE (x::text::bigint & 4294967295)::text IN (SELECT xid FROM mine)),
        (SELECT pg_snapshot_xmax(snap) FROM s))::text AS xmin`);
    return row.xmin;
  }

  /**
   * Sets the cursor before the index is built from PostgreSQL: whatever a transaction still running writes is applied
   * by the first steps after the build (the build's own snapshot may not see it).
   */
  async begin(): Promise<void> {
    this.horizon = await this.xmin();
    this.window = null;
  }

  /** One step: applies up to batchSize rows of finished transactions past the cursor; returns how many rows. */
  async followOnce(): Promise<number> {
    if (this.horizon === null) await this.begin();
    if (!this.window) {
      const to = await this.xmin();
      if (to === this.horizon) return 0;
      this.window = { from: this.horizon!, to, afterId: '0' };
    }
    const w = this.window;
    const rows = await this.db.query<{ id: string; aggregate: Aggregate; aggregate_id: string }>(
      `SELECT id::text, aggregate, aggregate_id FROM outbox
        WHERE tx >= $1::xid8 AND tx < $2::xid8 AND id > $3::bigint ORDER BY id LIMIT $4`,
      [w.from, w.to, w.afterId, this.options.batchSize]);
    if (rows.length) {
      await applyCurrentState(this.engine, this.db, rows.map((r) => ({ aggregate: r.aggregate, id: r.aggregate_id })), this.options.applied);
      const ids = rows.map((r) => r.id);
      await this.db.query(
        `UPDATE outbox SET processed_at = now(), attempts = attempts + 1, last_error = NULL
          WHERE id = ANY($1::bigint[]) AND processed_at IS NULL`, [ids]);
      w.afterId = ids[ids.length - 1];
    }
    if (rows.length < this.options.batchSize) {
      this.horizon = w.to;
      this.window = null;
    }
    return rows.length;
  }

  /** Follows until every finished transaction's rows are applied (tests, start-up). */
  async catchUp(): Promise<number> {
    let applied = 0;
    for (;;) {
      const n = await this.followOnce();
      applied += n;
      if (n === 0 && !this.window) return applied;
    }
  }

  start(): void {
    this.loop.start();
  }

  poke(): void {
    this.loop.poke();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    await this.unlisten?.().catch(() => undefined);
    this.unlisten = null;
  }

  /** Keeps one LISTEN connection open while running; a lost one is opened again on the next step. */
  private async ensureListening(): Promise<void> {
    if (!this.listen || this.unlisten) return;
    try {
      this.unlisten = await this.listen(() => this.poke(), (e) => {
        this.options.log?.('warn', `outbox follower: LISTEN connection lost (${e.message}); polling until it is back`);
        this.unlisten = null;
      });
    } catch (e) {
      this.options.log?.('warn', `outbox follower: cannot LISTEN (${e instanceof Error ? e.message : String(e)}); polling`);
    }
  }

  /** One turn of the loop; returns how long to wait before the next. */
  private async step(): Promise<number> {
    try {
      await this.ensureListening();
      const n = await this.followOnce();
      this.errors = 0;
      await purgeProcessedRows(this.db, this.options.retainDays, this.lastPurge);
      return n < this.options.batchSize && !this.window ? this.options.pollMs : 0;
    } catch (e) {
      this.errors++;
      this.options.log?.('error', `outbox follower: ${e instanceof Error ? e.message : String(e)}`);
      // the cursor has not moved: the same rows are tried again, after a wait capped at 10 s
      return backoffMs(this.errors, this.options.backoffMs, Math.min(this.options.maxBackoffMs, 10_000));
    }
  }
}
