// /health names a search engine that does not answer: 503 with Retry-After and `down: ['search']`, while the
// database (this file's own PostgreSQL) still answers. The engine is the real embedded one behind the port, made to
// fail the way an unreachable engine does; the controller is the server's own, run in this process.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { HealthController } from '../server/src/health.controller.js';
import { EmbeddedSearchEngine } from '../server/src/search/engines/embedded/embedded-engine.js';
import { POSTINGS_INDEX, SEEKERS_INDEX } from '../server/src/search/indexes.js';

class FailingEngine extends EmbeddedSearchEngine {
  down = false;
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
});
