// Apollo setup: code-first schema, context with actor and loaders, error mapping, limits (graphql-armor).
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../auth/audit.service.js';
import { AuthModule } from '../auth/auth.module.js';
import { SESSION_COOKIE, SessionsService } from '../auth/sessions.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { requestStorage } from '../common/request-context.js';
import type { GqlContext } from './context.js';
import './enums.js';
import { formatError } from './error-formatter.js';
import { createLoaders } from './loaders.js';

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

@Module({})
export class AppGraphQLModule {
  static forRoot() {
    return GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule],
      inject: [APP_CONFIG, SessionsService, DataSource, AuditService],
      useFactory: (config: AppConfig, sessions: SessionsService, ds: DataSource, audit: AuditService) => {
        const armor = new ApolloArmor({
          maxDepth: { n: config.graphql.maxDepth },
          maxAliases: { n: config.graphql.maxAliases },
          costLimit: { maxCost: config.graphql.maxCost },
          maxTokens: { n: config.graphql.maxTokens },
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
          validationRules: armor.validationRules,
          // armor's plugin types come from Apollo's CommonJS build; the objects are the same
          plugins: [...armor.plugins, auditPlugin(audit), ...(config.env === 'production' ? [] : [queryCountPlugin()])] as unknown as ApolloDriverConfig['plugins'],
          formatError,
          context: async ({ req, res }: { req: Request; res: Response }): Promise<GqlContext> => {
            const actor = await sessions.resolve(req.cookies?.[SESSION_COOKIE] ?? bearer(req));
            return { req, res, actor, loaders: createLoaders(ds, actor), audit: [] };
          },
        };
      },
    });
  }
}
