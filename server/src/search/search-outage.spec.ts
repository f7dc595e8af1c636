// A search engine that fails is an outage named as such: SERVICE_UNAVAILABLE in the user's language, never an
// internal error. The engine is the real embedded one behind the port, failing the way the relay's tests make it fail.
import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { ServiceUnavailableError } from '../common/errors.js';
import { type Locale, requestStorage } from '../common/request-context.js';
import { formatError } from '../graphql/error-formatter.js';
import { EmbeddedSearchEngine } from './engines/embedded/embedded-engine.js';
import { POSTINGS_INDEX } from './indexes.js';
import { SearchSchemaError, searchOrUnavailable } from './search-engine.js';

class DownEngine extends EmbeddedSearchEngine {
  down = false;
  override async search(...args: Parameters<EmbeddedSearchEngine['search']>) {
    if (this.down) throw new Error('connect ECONNREFUSED 127.0.0.1:7700 (simulated outage)');
    return super.search(...args);
  }
}

const inLocale = <T>(locale: Locale, fn: () => T): T => requestStorage.run({ requestId: 't', locale, queryCount: 0 }, fn);

describe('search engine outage', () => {
  it('answers while up; when down, throws SERVICE_UNAVAILABLE worded in the reader\'s language', async () => {
    const engine = new DownEngine({ words: [] });
    await engine.ensureIndex(POSTINGS_INDEX);
    expect((await searchOrUnavailable(engine, POSTINGS_INDEX.name, { query: '客服', limit: 10 })).total).toBe(0);
    engine.down = true;
    const err = await searchOrUnavailable(engine, POSTINGS_INDEX.name, { query: '客服', limit: 10 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceUnavailableError);
    const format = () => formatError({ message: 'x', path: ['searchPostings'] }, new GraphQLError('x', { originalError: err as Error }));
    expect(inLocale('zh-CN', format)).toMatchObject({ message: '搜索服务暂时不可用，请稍后再试', extensions: { code: 'SERVICE_UNAVAILABLE', unavailable: 'search' } });
    expect(inLocale('en', format)).toMatchObject({ message: 'Search is not available at the moment. Please try again shortly' });
  });

  it('a request the index schema does not allow stays a fault of ours, not an outage', async () => {
    const engine = new DownEngine({ words: [] });
    await engine.ensureIndex(POSTINGS_INDEX);
    const err = await searchOrUnavailable(engine, POSTINGS_INDEX.name, { filter: { op: 'eq', field: 'noSuchField', value: 1 }, limit: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SearchSchemaError);
  });
});
