// The outbox relay: drains outbox rows into the search engine after their transaction committed.
//
// - Claims a batch with FOR UPDATE SKIP LOCKED, so relays in several server instances never take the same rows.
// - Takes a transaction-scoped advisory lock per aggregate, so two relays never apply one posting concurrently
//   (an older state written after a newer one).
// - Applies the current state from PostgreSQL, not the row's op: a posting that is no longer published, or a seeker
//   whose DISCOVERABLE consent is withdrawn, is deleted from the index; otherwise upserted. Applying twice is the same
//   as once, so a relay killed after the engine write but before its commit loses nothing and breaks nothing.
// - An engine failure rolls nothing back in PostgreSQL: the rows get attempts + 1 and wait with exponential backoff.
import { PollingLoop } from './polling-loop.js';
import type { SearchEngine } from './search-engine.js';
import { INDEX_OF, loadDocuments, type Aggregate, type Database, type Sql } from './sources.js';

export interface RelayOptions {
  batchSize: number;
  /** idle wait between polls when the outbox is empty */
  pollMs: number;
  backoffMs: number;
  maxBackoffMs: number;
  retainDays: number;
  /** while the engine fails, how often it is probed (default 1 s) */
  probeMs?: number;
  log?: (level: 'warn' | 'error' | 'log', message: string) => void;
  /** Told, right after the engine was written, which aggregates it now holds in their current state (PostingCache evicts them). */
  applied?: Applied;
}

export type Applied = (aggregate: Aggregate, ids: readonly string[]) => void;

export interface DrainResult {
  claimed: number;
  applied: number;
  failed: number;
  /** rows left for later because another relay held their aggregate */
  deferred: number;
  /** the outbox rows this call marked processed */
  processedIds: string[];
}

interface OutboxRow { id: string; aggregate: Aggregate; aggregate_id: string; attempts: number }

export function backoffMs(attempts: number, base: number, max: number, random = Math.random): number {
  const exp = Math.min(max, base * 2 ** Math.min(attempts, 30));
  return Math.round(exp * (0.8 + 0.4 * random()));
}

/** Loads the current state of each aggregate and writes it to the engine: upsert what should be indexed, delete the rest. */
export async function applyCurrentState(
  engine: SearchEngine, sql: Sql, targets: ReadonlyArray<{ aggregate: Aggregate; id: string }>, applied?: Applied,
): Promise<number> {
  let count = 0;
  for (const aggregate of ['posting', 'seeker'] as const) {
    const ids = [...new Set(targets.filter((t) => t.aggregate === aggregate).map((t) => t.id))];
    if (!ids.length) continue;
    const docs = await loadDocuments(sql, aggregate, ids);
    const gone = ids.filter((id) => !docs.has(id));
    await engine.upsert(INDEX_OF[aggregate], [...docs.values()]);
    await engine.delete(INDEX_OF[aggregate], gone);
    applied?.(aggregate, ids);
    count += ids.length;
  }
  return count;
}

/** Deletes outbox rows processed more than retainDays ago, at most every ten minutes (the caller keeps `last`). */
export async function purgeProcessedRows(db: Database, retainDays: number, last: { at: number }): Promise<void> {
  if (Date.now() - last.at <= 600_000) return;
  last.at = Date.now();
  await db.query(`DELETE FROM outbox WHERE processed_at < now() - make_interval(days => $1)`, [retainDays]);
}

export class OutboxRelay {
  private readonly loop = new PollingLoop(() => this.step());
  private readonly lastPurge = { at: 0 };
  private errors = 0;
  private outage = false;

  constructor(private readonly db: Database, private readonly engine: SearchEngine, private readonly options: RelayOptions) {}

  /** One batch: claim, lock aggregates, apply, mark. Safe to call from any number of processes at once. */
  async drainOnce(): Promise<DrainResult> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.query<OutboxRow>(
        `SELECT id, aggregate, aggregate_id, attempts FROM outbox
          WHERE processed_at IS NULL AND available_at <= now()
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`, [this.options.batchSize]);
      if (!rows.length) return { claimed: 0, applied: 0, failed: 0, deferred: 0, processedIds: [] };
      const keys = [...new Set(rows.map((r) => `${r.aggregate}:${r.aggregate_id}`))];
      const locks = await tx.query<{ key: string; ok: boolean }>(
        `SELECT k AS key, pg_try_advisory_xact_lock(hashtextextended('search:' || k, 0)) AS ok FROM unnest($1::text[]) AS k`, [keys]);
      const held = new Set(locks.filter((l) => l.ok).map((l) => l.key));
      const mine = rows.filter((r) => held.has(`${r.aggregate}:${r.aggregate_id}`));
      const deferred = rows.length - mine.length;
      if (!mine.length) return { claimed: rows.length, applied: 0, failed: 0, deferred, processedIds: [] };
      const ids = mine.map((r) => r.id);
      try {
        await applyCurrentState(this.engine, tx, mine.map((r) => ({ aggregate: r.aggregate, id: r.aggregate_id })), this.options.applied);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        const attempts = Math.max(...mine.map((r) => r.attempts)) + 1;
        const wait = backoffMs(attempts - 1, this.options.backoffMs, this.options.maxBackoffMs);
        await tx.query(
          `UPDATE outbox SET attempts = attempts + 1, last_error = left($2, 2000),
                  available_at = now() + make_interval(secs => $3::double precision / 1000)
            WHERE id = ANY($1::bigint[])`, [ids, message, wait]);
        this.options.log?.('warn', `search engine write failed for ${ids.length} outbox rows (attempt ${attempts}, next in ${wait} ms): ${message}`);
        return { claimed: rows.length, applied: 0, failed: mine.length, deferred, processedIds: [] };
      }
      await tx.query(`UPDATE outbox SET processed_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::bigint[])`, [ids]);
      return { claimed: rows.length, applied: mine.length, failed: 0, deferred, processedIds: ids };
    });
  }

  /** Drains until nothing is available now (tests, reindex catch-up). */
  async drainAll(): Promise<number> {
    let applied = 0;
    for (;;) {
      const r = await this.drainOnce();
      applied += r.applied;
      if (r.claimed === 0 || (r.applied === 0 && r.deferred === 0)) return applied;
    }
  }

  async purgeProcessed(): Promise<void> {
    await purgeProcessedRows(this.db, this.options.retainDays, { at: 0 });
  }

  start(): void {
    this.loop.start();
  }

  /** Wakes an idle relay now (after a local write, to shorten the lag). */
  poke(): void {
    this.loop.poke();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /**
   * After a failed write the rows wait with backoff; the engine is probed (one cheap request) every probeMs meanwhile,
   * and the moment it answers the waiting rows are made available again, so an outage of any length is caught up
   * right after it ends rather than at the next backoff.
   */
  async probeAndRelease(): Promise<boolean> {
    try {
      await this.engine.count(INDEX_OF.posting);
    } catch {
      return false;
    }
    await this.db.query(`UPDATE outbox SET available_at = now() WHERE processed_at IS NULL AND available_at > now()`);
    return true;
  }

  /** One turn of the loop; returns how long to wait before the next. */
  private async step(): Promise<number> {
    try {
      if (this.outage) {
        this.outage = !(await this.probeAndRelease());
        if (this.outage) return this.options.probeMs ?? 1000;
        this.options.log?.('log', 'search engine answers again: the waiting outbox rows are applied now');
      }
      const r = await this.drainOnce();
      if (r.failed > 0 && r.applied === 0) this.outage = true;
      this.errors = 0;
      await purgeProcessedRows(this.db, this.options.retainDays, this.lastPurge);
      // a full batch means more may be waiting: go on at once; otherwise wait for the next poll
      return r.claimed < this.options.batchSize || r.applied === 0 ? this.options.pollMs : 0;
    } catch (e) {
      // the database itself is unavailable: wait longer each time, keep the server running
      this.errors++;
      this.options.log?.('error', `outbox relay: ${e instanceof Error ? e.message : String(e)}`);
      return backoffMs(this.errors, this.options.backoffMs, this.options.maxBackoffMs);
    }
  }
}
