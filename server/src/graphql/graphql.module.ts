// Apollo setup: code-first schema, context with actor and loaders, error mapping, limits (graphql-armor).
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../auth/audit.service.js';
import { AuthModule } from '../auth/auth.module.js';
import { mustChangePasswordPlugin } from '../auth/must-change-password.js';
import { BACKGROUND_HEADER, SESSION_COOKIE, SessionsService } from '../auth/sessions.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { translate } from '../common/messages.js';
import { requestStorage } from '../common/request-context.js';
import { isDatabaseOutage, RETRY_AFTER_SECONDS } from '../database/outage.js';
import type { GqlContext } from './context.js';
import './enums.js';
import { formatError } from './error-formatter.js';
import { logGraphQLError, operationLogPlugin } from './error-log.js';
import { createLoaders } from './loaders.js';
import { AnonymousAnswerCache, AnswerCacheModule, anonymousAnswerPlugin } from './answer-cache.js';

function bearer(req: Request): string | undefined {
  const h = req.get('authorization');
  return h?.startsWith('Bearer ') ? h.slice(7) : undefined;
}

/** Writes the sensitive reads a request made, once, after it is answered (deduplicated). */
function auditPlugin(audit: AuditService): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          const seen = new Set<string>();
          const entries = contextValue.audit.filter((e) => {
            const k = `${e.entity}:${e.entityId}:${e.field}:${e.purpose}`;
            return seen.has(k) ? false : (seen.add(k), true);
          });
          await audit.record(contextValue.actor, entries);
        },
      };
    },
  };
}

/** Outside production, each response says how many SQL statements it cost (N+1 checks, profiling). */
function queryCountPlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const store = requestStorage.getStore();
          if (store) response.http.headers.set('x-query-count', String(store.queryCount));
        },
      };
    },
  };
}

/**
 * An outage (code SERVICE_UNAVAILABLE) answers HTTP 503 with Retry-After; a subscription sent over HTTP (this server
 * has no subscriptions and no WebSocket) is refused as a bad request before execution.
 */
function outagePlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError(translate('error.subscriptionOverHttp'), { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
          }
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (!errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/** The context needs the database (the session): when it cannot be reached, say so with 503 rather than 500. */
function outageInContext(err: unknown): never {
  if (!isDatabaseOutage(err)) throw err;
  throw new GraphQLError('database unavailable', {
    originalError: err as Error,
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) } },
  });
}

@Module({})
export class AppGraphQLModule {
  static forRoot() {
    return GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule, AnswerCacheModule],
      inject: [APP_CONFIG, SessionsService, DataSource, AuditService, AnonymousAnswerCache],
      useFactory: (config: AppConfig, sessions: SessionsService, ds: DataSource, audit: AuditService, answers: AnonymousAnswerCache) => {
        const armor = new ApolloArmor({
          maxDepth: { n: config.graphql.maxDepth },
          maxAliases: { n: config.graphql.maxAliases },
          costLimit: { maxCost: config.graphql.maxCost },
          // the token limit is graphql-js's own parse option below: armor's version parses in a plugin hook, where
          // any syntax error became an HTTP 500
          maxTokens: { enabled: false },
          maxDirectives: { n: 20 },
          blockFieldSuggestion: { enabled: config.env === 'production' },
        }).protect();
        return {
          // built in memory; `npm run schema` writes server/schema.gql for the client (a test checks it is current)
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          // no Apollo or Nest landing page (theirs load GraphiQL from a CDN): outside production, a browser's GET
          // /graphql gets GraphiQL built from npm packages into client/dist (see serveGraphiQL in bootstrap.ts)
          graphiql: false,
          introspection: config.graphql.introspection,
          includeStacktraceInErrorResponses: false,
          hideSchemaDetailsFromClientErrors: true,
          allowBatchedHttpRequests: false,
          // Nest would reset the status of any answer with a data key to 200, undoing the outage plugin's 503
          preserveHttpStatusForExecutionErrors: false,
          validationRules: armor.validationRules,
          parseOptions: { maxTokens: config.graphql.maxTokens },
          // armor's plugin types come from Apollo's CommonJS build; the objects are the same
          // no cache-control hints are used (every answer is no-store): without this plugin Apollo does not wrap each field's resolver
          plugins: [ApolloServerPluginCacheControlDisabled(), ...armor.plugins, outagePlugin(), mustChangePasswordPlugin(), auditPlugin(audit), operationLogPlugin(), anonymousAnswerPlugin(answers), ...(config.env === 'production' ? [] : [queryCountPlugin()])] as unknown as ApolloDriverConfig['plugins'],
          formatError: (formatted, error) => logGraphQLError(formatError(formatted, error), error),
          context: async ({ req, res }: { req: Request; res: Response }): Promise<GqlContext> => {
            const actor = await sessions.resolve(req.cookies?.[SESSION_COOKIE] ?? bearer(req), { background: req.get(BACKGROUND_HEADER) === '1' })
              .catch(outageInContext);
            const store = requestStorage.getStore();
            if (store && actor) store.userId = actor.userId;
            return { req, res, actor, loaders: createLoaders(ds, actor), audit: [] };
          },
        };
      },
    });
  }
}
