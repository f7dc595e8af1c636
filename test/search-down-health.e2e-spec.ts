// /health names a search engine that does not answer: 503 with Retry-After and `down: ['search']`, while the
// database (this file's own PostgreSQL) still answers. The engine is the real embedded one behind the port, made to
// fail the way an unreachable engine does; the controller is the server's own, run in this process.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { HealthController } from '../server/src/health.controller.js';
import { EmbeddedSearchEngine } from '../server/src/search/engines/embedded/embedded-engine.js';
import { POSTINGS_INDEX, SEEKERS_INDEX } from '../server/src/search/indexes.js';
import { SearchIndexer } from '../server/src/search/search-indexer.service.js';
import { PostingCache } from '../server/src/search/posting-cache.js';
import { countIndexable } from '../server/src/search/sources.js';
import { databaseOf } from '../server/src/search/datasource-database.js';
import type { AppConfig } from '../server/src/config/config.js';

class FailingEngine extends EmbeddedSearchEngine {
  down = false;
  /** set-ups refused before the engine "comes up" */
  refuseSetUps = 0;
  setUpsTried = 0;
  override async ensureIndex(...args: Parameters<EmbeddedSearchEngine['ensureIndex']>) {
    this.setUpsTried++;
    if (this.refuseSetUps > 0) { this.refuseSetUps--; throw new Error('connect ECONNREFUSED 127.0.0.1:7700 (engine not up yet)'); }
    return super.ensureIndex(...args);
  }
  override async count(index: string) {
    if (this.down) throw new Error('connect ECONNREFUSED 127.0.0.1:7700 (engine down)');
    return super.count(index);
  }
}

/** What the controller does to the HTTP answer (express's Response, reduced to the two calls it makes). */
function answer() {
  const state = { status: 200, headers: {} as Record<string, string> };
  const res = {
    status(code: number) { state.status = code; return res; },
    setHeader(name: string, value: string) { state.headers[name.toLowerCase()] = value; return res; },
  };
  return { state, res: res as unknown as Parameters<HealthController['health']>[0] };
}

let ds: DataSource;
beforeAll(async () => {
  ds = await new DataSource({ type: 'postgres', url: process.env.E2E_DATABASE_URL }).initialize();
});
afterAll(async () => { await ds?.destroy(); });

describe('search engine down', () => {
  it('/health answers 200 while the engine answers, 503 naming search when it does not, and 200 again after', async () => {
    const engine = new FailingEngine({ words: [] });
    await engine.ensureIndex(POSTINGS_INDEX);
    await engine.ensureIndex(SEEKERS_INDEX);
    const health = new HealthController(ds, engine);

    const up = answer();
    expect(await health.health(up.res)).toMatchObject({ status: 'ok', down: [], database: 'ok', search: { status: 'ok' } });
    expect(up.state.status).toBe(200);

    engine.down = true;
    const down = answer();
    expect(await health.health(down.res)).toMatchObject({ status: 'unavailable', down: ['search'], database: 'ok', search: { engine: engine.name, status: 'unavailable' } });
    expect(down.state.status).toBe(503);
    expect(Number(down.state.headers['retry-after'])).toBeGreaterThan(0);

    engine.down = false;
    const again = answer();
    expect(await health.health(again.res)).toMatchObject({ status: 'ok', down: [] });
    expect(again.state.status).toBe(200);
  });

  it('an engine that does not answer at start is set up when it does: the server keeps trying, then rebuilds the index', async () => {
    const engine = new FailingEngine({ words: [] });
    engine.refuseSetUps = 2;
    const config = { searchRelay: { enabled: false, batchSize: 100, pollMs: 50, backoffMs: 50, maxBackoffMs: 200, retainDays: 7 } } as unknown as AppConfig;
    const indexer = new SearchIndexer(engine, ds, new PostingCache(false), config);
    indexer.firstRetryMs = 20;
    try {
      await indexer.onApplicationBootstrap(); // must not throw: the server starts without search
      expect(indexer.ready).toBe(false);
      for (let i = 0; i < 100 && !indexer.ready; i++) await new Promise((r) => setTimeout(r, 20));
      expect(indexer.ready).toBe(true);
      expect(engine.setUpsTried).toBeGreaterThanOrEqual(3);
      expect(await engine.count(POSTINGS_INDEX.name)).toBe(await countIndexable(databaseOf(ds), 'posting'));
    } finally {
      await indexer.onApplicationShutdown();
    }
  });
});
