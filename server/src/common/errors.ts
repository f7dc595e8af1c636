// Domain errors. Services throw these; one formatter (graphql/error-formatter.ts) maps them to extensions.code.
export type MessageParams = Record<string, string | number>;

export interface FieldProblem {
  /** Dotted path of the field in the input, e.g. "input.title". */
  path: string;
  /** Message key in messages.ts. */
  key: string;
  params?: MessageParams;
}

export abstract class DomainError extends Error {
  abstract readonly code: string;
  constructor(readonly key: string, readonly params: MessageParams = {}) {
    super(key);
  }
}

export class InvalidInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly fields: FieldProblem[]) {
    super('error.invalidInput');
  }
  static field(path: string, key: string, params?: MessageParams): InvalidInputError {
    return new InvalidInputError([{ path, key, params }]);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(key = 'error.unauthenticated') {
    super(key);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(key = 'error.forbidden', params?: MessageParams) {
    super(key, params);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string) {
    super('error.notFound', { entity });
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}

export class RateLimitedError extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS';
  constructor(readonly retryAfterSeconds: number) {
    super('error.rateLimited', { seconds: retryAfterSeconds });
  }
}

/** A part the server depends on is down (the database, the search engine): the client may try again later. */
export class ServiceUnavailableError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE';
  constructor(readonly part: 'database' | 'search', readonly retryAfterSeconds = 5) {
    super(`error.serviceUnavailable.${part}`);
  }
}

/** Collects field problems and throws them together, so a form shows every error at once. */
export class FieldProblems {
  private readonly list: FieldProblem[] = [];
  add(path: string, key: string, params?: MessageParams): this {
    this.list.push({ path, key, params });
    return this;
  }
  check(condition: boolean, path: string, key: string, params?: MessageParams): this {
    if (!condition) this.add(path, key, params);
    return this;
  }
  throwIfAny(): void {
    if (this.list.length) throw new InvalidInputError(this.list);
  }
}
