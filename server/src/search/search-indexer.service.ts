// Keeps the search index true in the server process: sets the indexes up, rebuilds what is missing at start, and runs
// the outbox relay until shutdown. An engine that does not answer at start does not stop the product: everything but
// search works, search answers SERVICE_UNAVAILABLE (and /health names it), changes wait in the outbox, and the set-up
// is retried with backoff until the engine answers; then the relay starts and catches up.
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { databaseOf } from './datasource-database.js';
import { POSTINGS_INDEX, SEEKERS_INDEX } from './indexes.js';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { OUTBOX_CHANNEL, OutboxFollower, type Listen } from './outbox-follower.js';
import { OutboxRelay } from './outbox-relay.js';
import { PostingCache } from './posting-cache.js';
import { reconcileIndex } from './rebuild.js';
import { SearchEngine } from './search-engine.js';

@Injectable()
export class SearchIndexer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Search');
  /** Claims each outbox row once: for an index all instances share (Meilisearch). */
  readonly relay: OutboxRelay;
  /** Follows every outbox row by this process's own cursor: for an index of this process's own (embedded). */
  readonly follower: OutboxFollower;
  /** The indexes are set up and the start-up rebuild has run (false while the engine has not answered yet). */
  ready = false;
  /** The first wait before trying the set-up again; doubled each time, up to maxRetryMs. */
  firstRetryMs = 1000;
  /** An engine that comes back is found within this long (a try is one cheap request). */
  maxRetryMs = 10_000;
  private retry?: NodeJS.Timeout;
  private stopping = false;

  constructor(
    private readonly engine: SearchEngine,
    private readonly ds: DataSource,
    private readonly rows: PostingCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const options = {
      ...config.searchRelay, log: (level: 'warn' | 'error' | 'log', message: string) => this.logger[level](message),
      // the rows search shows are evicted in the step that writes the index: they are never older than it
      applied: (aggregate: string, ids: readonly string[]) => { if (aggregate === 'posting') rows.evict(ids); },
    };
    this.relay = new OutboxRelay(databaseOf(ds), engine, options);
    this.follower = new OutboxFollower(databaseOf(ds), engine, options, this.listen);
  }

  /** LISTEN on a connection of the server's pool, held while the follower runs. */
  private readonly listen: Listen = async (onNotify, onLost) => {
    const pool = (this.ds.driver as PostgresDriver).master as import('pg').Pool;
    const client = await pool.connect();
    client.on('notification', onNotify);
    client.on('error', onLost);
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    return async () => {
      client.off('notification', onNotify);
      await client.query(`UNLISTEN ${OUTBOX_CHANNEL}`).catch(() => undefined);
      client.release();
    };
  };

  private get perProcess(): boolean {
    return this.engine.perProcess;
  }

  /** Applies what the outbox holds now (tests, catch-up): by the follower or the relay, as the engine needs. */
  async applyOutbox(): Promise<number> {
    return this.perProcess ? this.follower.catchUp() : this.relay.drainAll();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.prepare(0);
  }

  /** Sets the indexes up and rebuilds what is missing, then starts the relay; when the engine fails, tries again later. */
  async prepare(attempt: number): Promise<boolean> {
    if (this.stopping || this.ready) return this.ready;
    try {
      await this.engine.ensureIndex(POSTINGS_INDEX);
      await this.engine.ensureIndex(SEEKERS_INDEX);
      // the follower's cursor is set before the index is read from PostgreSQL: nothing written meanwhile is missed
      if (this.perProcess) await this.follower.begin();
      await this.reconcile();
    } catch (e) {
      if (this.stopping) return false;
      const delay = Math.min(this.firstRetryMs * 2 ** attempt, Math.max(this.firstRetryMs, this.maxRetryMs));
      this.logger.warn(`${this.engine.name} search engine did not answer at start (${(e as Error).message}): search is unavailable `
        + `until it does, changes wait in the outbox; trying again in ${delay} ms`);
      this.retry = setTimeout(() => { void this.prepare(attempt + 1); }, delay);
      this.retry.unref();
      return false;
    }
    this.ready = true;
    if (attempt > 0) this.logger.log(`${this.engine.name} search engine answers: indexes set up after ${attempt} retries`);
    if (this.config.searchRelay.enabled) (this.perProcess ? this.follower : this.relay).start();
    return true;
  }

  /**
   * Makes each index hold what PostgreSQL says: rebuilt when the sizes differ (the embedded engine starts empty, and
   * bulk loads such as demo data and `npm run seed` write no outbox rows), else repaired document by document where
   * the content differs (a digest per document), so an index that went stale while its size stayed right is mended.
   */
  async reconcile(): Promise<void> {
    for (const aggregate of ['posting', 'seeker'] as const) {
      const started = Date.now();
      const r = await reconcileIndex(this.engine, databaseOf(this.ds), aggregate);
      if (aggregate === 'posting') this.rows.clear();
      const ms = Date.now() - started;
      if (r.rebuilt) this.logger.log(`${this.engine.name} search index of ${aggregate}s rebuilt from PostgreSQL in ${ms} ms`);
      else if (r.upserted || r.deleted) {
        this.logger.warn(`${this.engine.name} search index of ${aggregate}s repaired in ${ms} ms: ${r.upserted} stale documents written again, ${r.deleted} removed`);
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retry);
    await this.relay.stop();
    await this.follower.stop();
    await this.engine.close();
  }
}
