// What the log says about a GraphQL error, decided once from the code the formatter gave it: expected refusals
// (bad input, not found, forbidden, conflict, unauthenticated, rate limited, limits) are one line without a stack;
// a fault is one error line with one stack.
import type { ApolloServerPlugin } from '@apollo/server';
import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { requestStorage } from '../common/request-context.js';

const logger = new Logger('GraphQL');

/** Refusals someone may want to look into (access and abuse) are warnings; ordinary ones are info. */
const WARN_CODES = new Set(['FORBIDDEN', 'TOO_MANY_REQUESTS', 'SERVICE_UNAVAILABLE']);

/** Logs one formatted error and returns it unchanged. `error` is what the formatter was given. */
export function logGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'UNKNOWN');
  const original = error instanceof GraphQLError ? error.originalError ?? error : error;
  const path = formatted.path?.join('.');
  if (code === 'INTERNAL_SERVER_ERROR') {
    const err = original instanceof Error ? original : new Error(String(formatted.message));
    logger.error({ err, code, path, msg: `fault: ${err.message}` });
    return formatted;
  }
  const fields = (formatted.extensions?.fields as Array<{ path: string }> | undefined)?.map((f) => f.path);
  // an outage's cause (a transient database error) is worth a word, not a stack
  const detail = code === 'SERVICE_UNAVAILABLE' && original instanceof Error ? { detail: original.message } : {};
  const line = { code, path, ...(fields?.length ? { fields } : {}), ...detail, msg: `refused: ${code}${path ? ` at ${path}` : ''}` };
  if (WARN_CODES.has(code)) logger.warn(line);
  else logger.log(line);
  return formatted;
}

/**
 * Nest logs every exception a resolver throws, at error with its stack, before Apollo sees it. For GraphQL the error
 * is handed on untouched (graphql-js treats a returned Error as thrown) and logged once, by logGraphQLError; HTTP
 * routes keep Nest's own handling.
 */
@Catch()
export class GraphQLErrorsUnlogged extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}

/** Names the operation (or its kind and root fields when unnamed) and the user on every log line of the request. */
export function operationLogPlugin(): ApolloServerPlugin<{ actor: { userId: string } | null }> {
  return {
    async requestDidStart({ contextValue }) {
      const store = requestStorage.getStore();
      if (store && contextValue.actor) store.userId = contextValue.actor.userId;
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!store || !operation) return;
          const roots = operation.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
          store.operation = operationName ?? `${operation.operation} ${roots.join(',')}`.slice(0, 120);
        },
      };
    },
  };
}
