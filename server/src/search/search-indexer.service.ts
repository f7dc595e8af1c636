// Keeps the search index true in the server process: sets the indexes up, rebuilds what is missing at start, and runs
// the outbox relay until shutdown.
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { databaseOf } from './datasource-database.js';
import { POSTINGS_INDEX, SEEKERS_INDEX } from './indexes.js';
import { OutboxRelay } from './outbox-relay.js';
import { rebuildIfCountsDiffer } from './rebuild.js';
import { SearchEngine } from './search-engine.js';

@Injectable()
export class SearchIndexer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Search');
  readonly relay: OutboxRelay;

  constructor(private readonly engine: SearchEngine, private readonly ds: DataSource, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.relay = new OutboxRelay(databaseOf(ds), engine, {
      ...config.searchRelay,
      log: (level, message) => this.logger[level](message),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.engine.ensureIndex(POSTINGS_INDEX);
    await this.engine.ensureIndex(SEEKERS_INDEX);
    await this.reconcile();
    if (this.config.searchRelay.enabled) this.relay.start();
  }

  /**
   * Rebuilds each index whose size differs from what PostgreSQL says it should hold: the embedded engine starts
   * empty, and bulk loads (demo data, `npm run seed`) write no outbox rows.
   */
  async reconcile(): Promise<void> {
    const started = Date.now();
    for (const aggregate of ['posting', 'seeker'] as const) {
      if (await rebuildIfCountsDiffer(this.engine, databaseOf(this.ds), aggregate)) {
        this.logger.log(`${this.engine.name} search index of ${aggregate}s rebuilt from PostgreSQL in ${Date.now() - started} ms`);
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.engine.close();
  }
}
