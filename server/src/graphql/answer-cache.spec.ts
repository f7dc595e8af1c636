// The anonymous answer cache in a real Apollo Server: what is kept, for whom, and when it is no longer served
// (a root field registered with a stamp; `me` is not registered).
import { describe, expect, it } from '@jest/globals';
import { ApolloServer } from '@apollo/server';
import { requestStorage, type Locale } from '../common/request-context.js';
import { AnonymousAnswerCache, anonymousAnswerPlugin } from './answer-cache.js';

const typeDefs = `type Query { searchPostings(query: String): Result!  me: String }
  type Result { total: Int! words: String! }
  type Mutation { searchPostings: Int }`;

function world(stampOf: () => string | null = () => 'r1') {
  let executed = 0;
  let failNext = false;
  const cache = new AnonymousAnswerCache();
  cache.register('searchPostings', stampOf);
  const server = new ApolloServer<{ actor: unknown }>({
    typeDefs,
    resolvers: {
      Query: {
        searchPostings: (_: unknown, { query }: { query?: string }) => {
          executed++;
          if (failNext) { failNext = false; throw new Error('engine down'); }
          return { total: executed, words: `${query ?? ''}:${requestStorage.getStore()?.locale}` };
        },
        me: () => 'someone',
      },
      Mutation: { searchPostings: () => 1 },
    },
    plugins: [anonymousAnswerPlugin(cache)],
  });
  const ask = async (query: string, { actor = null, locale = 'zh-CN', variables }: { actor?: unknown; locale?: Locale; variables?: Record<string, unknown> } = {}) =>
    requestStorage.run({ requestId: 'r', locale, queryCount: 0 }, async () => {
      const r = await server.executeOperation({ query, variables }, { contextValue: { actor } });
      if (r.body.kind !== 'single') throw new Error('not single');
      return r.body.singleResult;
    });
  return { server, cache, ask, executed: () => executed, failNext: () => { failNext = true; } };
}

const SEARCH = `query($q: String) { searchPostings(query: $q) { total words } }`;

describe('AnonymousAnswerCache', () => {
  it('serves an anonymous search asked again without executing it, per words and language', async () => {
    const w = world();
    await w.server.start();
    const first = await w.ask(SEARCH, { variables: { q: '按摩' } });
    const again = await w.ask(SEARCH, { variables: { q: '按摩' } });
    expect(again).toEqual(first);
    expect(w.executed()).toBe(1);
    expect(w.cache.hits).toBe(1);
    // other words, or the same in English: executed
    expect((await w.ask(SEARCH, { variables: { q: '客服' } })).data).toEqual({ searchPostings: { total: 2, words: '客服:zh-CN' } });
    expect((await w.ask(SEARCH, { variables: { q: '按摩' }, locale: 'en' })).data).toEqual({ searchPostings: { total: 3, words: '按摩:en' } });
    await w.server.stop();
  });

  it('is not served once the stamp moved (for search: the index or a cached row changed)', async () => {
    let stamp = 'r1';
    const w = world(() => stamp);
    await w.server.start();
    await w.ask(SEARCH, { variables: { q: '按摩' } });
    stamp = 'r2';
    expect((await w.ask(SEARCH, { variables: { q: '按摩' } })).data).toEqual({ searchPostings: { total: 2, words: '按摩:zh-CN' } });
    expect((await w.ask(SEARCH, { variables: { q: '按摩' } })).data).toEqual({ searchPostings: { total: 2, words: '按摩:zh-CN' } });
    expect(w.executed()).toBe(2);
    await w.server.stop();
  });

  it('keeps nothing for a signed-in reader, a root field not registered, a mutation, an error, or where the state cannot be told', async () => {
    const w = world();
    await w.server.start();
    await w.ask(SEARCH, { actor: { userId: 'u1' } });
    await w.ask(SEARCH, { actor: { userId: 'u1' } });
    expect(w.executed()).toBe(2);
    await w.ask(`{ searchPostings { total } me }`);
    await w.ask(`{ searchPostings { total } me }`);
    expect(w.executed()).toBe(4);
    await w.ask(`mutation { searchPostings }`);
    w.failNext();
    expect((await w.ask(SEARCH, { variables: { q: '错' } })).errors?.length).toBe(1);
    await w.ask(SEARCH, { variables: { q: '错' } });
    expect(w.executed()).toBe(6);
    await w.server.stop();

    const blind = world(() => null);
    await blind.server.start();
    await blind.ask(SEARCH);
    await blind.ask(SEARCH);
    expect(blind.executed()).toBe(2);
    await blind.server.stop();
  });

  it('an answer worked out while the state changed is not kept', async () => {
    let stamp = 'r1';
    let executed = 0;
    const cache = new AnonymousAnswerCache();
    cache.register('searchPostings', () => stamp);
    const server = new ApolloServer<{ actor: unknown }>({
      typeDefs,
      resolvers: { Query: { searchPostings: () => { executed++; if (executed === 1) stamp = 'r2'; return { total: executed, words: '' }; }, me: () => null } },
      plugins: [anonymousAnswerPlugin(cache)],
    });
    await server.start();
    const ask = () => requestStorage.run({ requestId: 'r', locale: 'zh-CN', queryCount: 0 }, () => server.executeOperation({ query: SEARCH }, { contextValue: { actor: null } }));
    await ask();
    // back to the stamp the first answer began with: had it been kept, it would be served now
    stamp = 'r1';
    await ask();
    expect(executed).toBe(2);
    await server.stop();
  });
});
