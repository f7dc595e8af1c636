// Turns what Apollo Client throws into what a form shows: a code, a message in the user's language
// (the server writes it, following the x-locale header) and per-field messages keyed by the input path.
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export type ErrorCode =
  | 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR' | 'NETWORK';

export interface ProblemReport {
  code: ErrorCode;
  /** The server's message, or null when the client should use its own words (network failures). */
  message: string | null;
  /** Field messages by path without the argument name: "title", "certificateNumber", "preferredCounties.0". */
  fields: Record<string, string>;
}

interface FieldProblem { path: string; message: string }

/** "input.title" → "title"; "i.certificateNumber" → "certificateNumber"; a bare "reason" stays. */
export function fieldKey(path: string): string {
  const parts = path.split('.');
  return parts.length > 1 ? parts.slice(1).join('.') : path;
}

export function describeError(error: unknown): ProblemReport {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = (first?.extensions?.code as ErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR';
    const fields: Record<string, string> = {};
    for (const e of error.errors) {
      const list = (e.extensions?.fields as FieldProblem[] | undefined) ?? [];
      for (const f of list) {
        const key = fieldKey(f.path);
        if (!fields[key]) fields[key] = f.message;
      }
    }
    return { code, message: first?.message ?? null, fields };
  }
  if (ServerError.is(error)) {
    // Apollo Server answers a refused request with a non-2xx status and a GraphQL body
    try {
      const body = JSON.parse(error.bodyText) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
      const first = body.errors?.[0];
      if (first) return { code: (first.extensions?.code as ErrorCode) ?? 'INTERNAL_SERVER_ERROR', message: first.message, fields: {} };
    } catch { /* not JSON */ }
    return { code: error.statusCode === 429 ? 'TOO_MANY_REQUESTS' : 'INTERNAL_SERVER_ERROR', message: null, fields: {} };
  }
  return { code: 'NETWORK', message: null, fields: {} };
}
