// Whole answers to anonymous queries, kept while nothing they were made from has changed: the same root field with
// the same arguments asked again by anyone not signed in (a popular job search, a shared link, the first page of the
// job list) skips GraphQL execution. A feature opts a root field in with `register`, giving a stamp: a string that
// changes whenever anything an anonymous answer of that field is made from changes (or null when it cannot tell,
// and then nothing is kept). The reader's language is part of the key; answers live at most `ttlMs` whatever the stamp.
// The job search's stamp and why it covers everything its answers are made from: search/search.module.ts.
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { Global, Module } from '@nestjs/common';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { currentLocale } from '../common/request-context.js';

/** An answer as kept: its data and the stamp of what it was made from. */
interface Kept { stamp: string; data: Record<string, unknown> }

export class AnonymousAnswerCache {
  private readonly answers: LRUCache<string, Kept>;
  private readonly stamps = new Map<string, () => string | null>([['__typename', () => '']]);
  hits = 0;
  misses = 0;

  constructor(max = 500, readonly ttlMs = 30_000, now: () => number = Date.now) {
    this.answers = new LRUCache<string, Kept>({ max, ttl: ttlMs, perf: { now } });
  }

  /**
   * Anonymous answers of this root field may be kept while `stamp` returns the same string: it must change whenever
   * anything such an answer is made from changes, including through the field's nested fields; null keeps nothing.
   */
  register(rootField: string, stamp: () => string | null): void {
    this.stamps.set(rootField, stamp);
  }

  /** The operation's stamp: those of its root fields together, or null when one cannot tell. */
  stampOf(op: OperationDefinitionNode): string | null {
    const parts: string[] = [];
    for (const s of op.selectionSet.selections) {
      const stamp = s.kind === Kind.FIELD ? this.stamps.get(s.name.value)?.() : null;
      if (stamp === null || stamp === undefined) return null;
      parts.push(stamp);
    }
    return parts.join('|');
  }

  /**
   * The key and stamp of an operation whose answer may be kept, or null: someone signed in, not a query, a root field
   * not registered (or with directives), or a stamp that cannot be told.
   */
  keyOf(ctx: Pick<GraphQLRequestContext<{ actor: unknown }>, 'contextValue' | 'operation' | 'request'>): { key: string; stamp: string } | null {
    if (ctx.contextValue.actor) return null;
    const op: OperationDefinitionNode | undefined = ctx.operation;
    if (op?.operation !== 'query' || op.selectionSet.selections.some((s) => s.kind !== Kind.FIELD || s.directives?.length)) return null;
    const stamp = this.stampOf(op);
    if (stamp === null) return null;
    const key = [currentLocale(), ctx.request.operationName ?? '', ctx.request.query ?? '', JSON.stringify(ctx.request.variables ?? {})].join('\u0000');
    return { key, stamp };
  }

  /** A kept answer still made from the current state, or undefined. */
  get(key: string, stamp: string): Record<string, unknown> | undefined {
    const kept = this.answers.get(key);
    if (kept && kept.stamp === stamp) {
      this.hits++;
      return kept.data;
    }
    this.misses++;
    return undefined;
  }

  set(key: string, stamp: string, data: Record<string, unknown>): void {
    this.answers.set(key, { stamp, data });
  }

  clear(): void {
    this.answers.clear();
  }
}

/**
 * Serves a kept answer before execution (Apollo's `responseForOperation`), and keeps an executed one that had no
 * errors when nothing changed while it was worked out (the stamp is the same before and after).
 */
export function anonymousAnswerPlugin(cache: AnonymousAnswerCache): ApolloServerPlugin<{ actor: unknown }> {
  return {
    async requestDidStart() {
      let pending: { key: string; stamp: string; op: OperationDefinitionNode } | null = null;
      return {
        async responseForOperation(ctx) {
          const keyed = cache.keyOf(ctx);
          if (!keyed || !ctx.operation) return null;
          const data = cache.get(keyed.key, keyed.stamp);
          if (data) return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
          pending = { ...keyed, op: ctx.operation };
          return null;
        },
        async willSendResponse({ response }) {
          if (!pending || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length && data && cache.stampOf(pending.op) === pending.stamp) cache.set(pending.key, pending.stamp, data);
        },
      };
    },
  };
}

/** One cache for the process, for the GraphQL module's plugin and the features that register their root fields. */
@Global()
@Module({ providers: [{ provide: AnonymousAnswerCache, useValue: new AnonymousAnswerCache() }], exports: [AnonymousAnswerCache] })
export class AnswerCacheModule {}
