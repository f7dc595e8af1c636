// Maps every error once: domain errors to their code and a message in the user's language; anything else
// to INTERNAL_SERVER_ERROR with a request id and no internals (a database error carries SQL). The log line is
// written by error-log.ts from the result.
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, InvalidInputError, type MessageParams, RateLimitedError, ServiceUnavailableError } from '../common/errors.js';
import { fieldLabel, hasMessage, translate } from '../common/messages.js';
import { currentLocale, requestStorage } from '../common/request-context.js';
import { isDatabaseOutage, RETRY_AFTER_SECONDS } from '../database/outage.js';

/** Codes produced by graphql-js, Apollo and graphql-armor before any resolver runs. */
const PASS_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);

const TRANSIENT_PG = new Set(['57014', '55P03', '40001', '40P01', '53300', '57P01', '57P03']);

function httpCode(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status < 500) return 'BAD_USER_INPUT';
  return 'INTERNAL_SERVER_ERROR';
}

const HTTP_KEYS: Record<string, string> = {
  UNAUTHENTICATED: 'error.unauthenticated', FORBIDDEN: 'error.forbidden', NOT_FOUND: 'error.badRequest',
  TOO_MANY_REQUESTS: 'error.rateLimited', CONFLICT: 'error.changedMeanwhile', BAD_USER_INPUT: 'error.badRequest',
};

/** Transition errors carry status codes ({from}, {to}) and role errors role codes ({roles}); messages name them in words. */
const TRANSITION_KINDS: Record<string, string> = {
  'error.illegalTransition': 'application',
  'error.illegalPostingTransition': 'posting',
  'error.illegalEventTransition': 'event',
  'error.illegalBoothTransition': 'booth',
  'error.illegalVerificationTransition': 'organization',
};

function codeWords(key: string, params: MessageParams): MessageParams {
  if (key === 'error.forbiddenRole' && typeof params.roles === 'string') {
    // requireActor names the roles as codes joined by " / "
    const words = params.roles.split(' / ').map((r) => (hasMessage(`role.${r}`) ? translate(`role.${r}`) : r));
    return { ...params, roles: words.join(translate('roles.or')) };
  }
  const kind = TRANSITION_KINDS[key];
  if (!kind) return params;
  const word = (v: string | number | undefined) => {
    const k = `status.${kind}.${v}`;
    return typeof v === 'string' && hasMessage(k) ? translate(k) : v;
  };
  const out: MessageParams = { ...params };
  for (const p of ['from', 'to'] as const) if (out[p] !== undefined) out[p] = word(out[p])!;
  return out;
}

/**
 * graphql-armor refuses a request before any resolver runs, in English; each limit is recognised by its message
 * and said in the user's language. The code stays the one graphql-js or Apollo gave.
 */
const LIMITS: Array<{ pattern: RegExp; limit: string }> = [
  { pattern: /depth limit of (\d+) exceeded, found (\d+)/i, limit: 'depth' },
  { pattern: /aliases limit of (\d+) exceeded, found (\d+)/i, limit: 'aliases' },
  { pattern: /token limit of (\d+) exceeded/i, limit: 'tokens' },
  // graphql-js's own parser limit (parseOptions.maxTokens), which refuses before the whole document is read
  { pattern: /Document contains more th(?:an|at) (\d+) tokens/i, limit: 'tokens' },
  { pattern: /cost limit of (\d+) exceeded, found (\d+(?:\.\d+)?)/i, limit: 'cost' },
  { pattern: /directives limit of (\d+) exceeded, found (\d+)/i, limit: 'directives' },
];

function formatLimit(base: GraphQLFormattedError, code: string | undefined): GraphQLFormattedError | null {
  for (const { pattern, limit } of LIMITS) {
    const m = pattern.exec(base.message);
    if (!m) continue;
    const params = { max: Number(m[1]), found: m[2] === undefined ? '' : Math.round(Number(m[2])) };
    return { message: translate(`error.limit.${limit}`, params), locations: base.locations, extensions: { code: code ?? 'GRAPHQL_VALIDATION_FAILED', limit } };
  }
  return null;
}

function formatDomain(err: DomainError, base: GraphQLFormattedError): GraphQLFormattedError {
  const extensions: Record<string, unknown> = { code: err.code };
  if (err instanceof RateLimitedError || err instanceof ServiceUnavailableError) extensions.retryAfterSeconds = err.retryAfterSeconds;
  if (err instanceof ServiceUnavailableError) extensions.unavailable = err.part;
  let message = translate(err.key, codeWords(err.key, err.params));
  if (err instanceof InvalidInputError) {
    const fields = err.fields.map((f) => ({
      path: f.path,
      message: translate(f.key, { field: fieldLabel(f.path), ...f.params }),
    }));
    extensions.fields = fields;
    message = fields.map((f) => f.message).join(currentLocale() === 'en' ? '; ' : '；');
  }
  return { message, path: base.path, locations: base.locations, extensions };
}

/** graphql-js coercion errors name the field in English; say it in the user's words as well. */
function formatCoercion(base: GraphQLFormattedError): GraphQLFormattedError {
  const at = /at "([^"]+)"/.exec(base.message)?.[1] ?? /\$(\w+)/.exec(base.message)?.[1];
  const fields = at ? [{ path: at, message: translate('validation.invalid', { field: fieldLabel(at) }) }] : [];
  return {
    message: fields[0]?.message ?? translate('error.badRequest'),
    locations: base.locations,
    path: base.path,
    extensions: { code: 'BAD_USER_INPUT', fields, detail: base.message },
  };
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError ?? null : (error as Error | null);
  if (original instanceof DomainError) return formatDomain(original, formatted);
  if (original instanceof HttpException) {
    const code = httpCode(original.getStatus());
    if (code !== 'INTERNAL_SERVER_ERROR') {
      return { message: translate(HTTP_KEYS[code]), path: formatted.path, locations: formatted.locations, extensions: { code } };
    }
  }
  if (isDatabaseOutage(original)) {
    return formatDomain(new ServiceUnavailableError('database', RETRY_AFTER_SECONDS), formatted);
  }
  const code = formatted.extensions?.code as string | undefined;
  if (!original || original instanceof GraphQLError) {
    const limited = formatLimit(formatted, code);
    if (limited) return limited;
    if (code === 'BAD_USER_INPUT') return formatCoercion(formatted);
    if (code === 'GRAPHQL_PARSE_FAILED') {
      return { message: translate('error.syntax'), locations: formatted.locations, extensions: { code, detail: formatted.message } };
    }
    if (code && PASS_THROUGH.has(code)) return { message: formatted.message, locations: formatted.locations, extensions: { code } };
    // Apollo refuses some requests (a persisted query whose hash does not match) with an HTTP 4xx and no code
    const raw = error instanceof GraphQLError ? error.extensions ?? {} : {};
    const status = (raw.http as { status?: number } | undefined)?.status ?? 0;
    // graphql-js gives up after 50 bad variable values, with no code: the input is bad, not the server
    if (!raw.code && /^Too many errors processing variables/.test(formatted.message)) {
      return { message: translate('error.invalidInput'), locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT', fields: [] } };
    }
    if (!raw.code && status >= 400 && status < 500) {
      const key = /sha does not match|persisted query/i.test(formatted.message) ? 'error.persistedQuery' : 'error.badRequest';
      return { message: translate(key), locations: formatted.locations, extensions: { code: 'BAD_REQUEST', detail: formatted.message } };
    }
  }
  const requestId = requestStorage.getStore()?.requestId ?? 'unknown';
  const pgCode = (original as { driverError?: { code?: string }; code?: string } | null)?.driverError?.code
    ?? (original as { code?: string } | null)?.code;
  if (pgCode && TRANSIENT_PG.has(pgCode)) {
    return { message: translate('error.tryAgain'), path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', requestId } };
  }
  return {
    message: translate('error.internal', { requestId }),
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
