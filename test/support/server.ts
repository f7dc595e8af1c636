// The e2e server started by global-setup.mjs, a small GraphQL client with a cookie jar, and test data helpers.
import { randomInt } from 'node:crypto';
import pg from 'pg';
import { spawnServer } from './harness.mjs';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; fields?: Array<{ path: string; message: string }>; [k: string]: unknown } }>;
  status: number;
}

export interface TestServer {
  url: string;
  /** Direct access to the same database, for arranging and checking what the API cannot show. */
  db: pg.Pool;
  close(): Promise<void>;
}

/** The server started by global-setup.mjs (a child process running the compiled server). */
export async function startTestServer(): Promise<TestServer> {
  const url = process.env.E2E_URL;
  const databaseUrl = process.env.E2E_DATABASE_URL;
  if (!url || !databaseUrl) throw new Error('E2E_URL is not set: run through jest.e2e.config.js');
  const db = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  return { url, db, close: () => db.end() };
}

/** One client = one browser: it keeps the session cookie it is given. */
export class Client {
  cookie: string | undefined;
  constructor(private readonly baseUrl: string, private readonly headers: Record<string, string> = {}) {}

  async raw(body: unknown, extraHeaders: Record<string, string> = {}): Promise<{ status: number; json: any; headers: Headers }> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...this.headers, ...extraHeaders },
      body: JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = /zyt_session=([^;]*)/.exec(setCookie);
      if (m) this.cookie = m[1] ? `zyt_session=${m[1]}` : undefined;
    }
    const text = await res.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = { text };
    }
    return { status: res.status, json, headers: res.headers };
  }

  async gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
    const { status, json } = await this.raw({ query, variables });
    return { ...json, status };
  }

  /** How many SQL statements the server issued for this operation (its x-query-count header). */
  async queryCount(query: string, variables?: Record<string, unknown>): Promise<{ queries: number; result: GqlResult }> {
    const { status, json, headers } = await this.raw({ query, variables });
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return { queries: Number(headers.get('x-query-count')), result: { ...json, status } };
  }

  /** Runs the operation and fails loudly on any error. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const r = await this.gql<T>(query, variables);
    if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors ?? r)}`);
    return r.data;
  }

  /** Runs the operation expecting an error; returns its code and field messages. */
  async fails(query: string, variables?: Record<string, unknown>) {
    const r = await this.gql(query, variables);
    if (!r.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
    const e = r.errors[0];
    return { code: e.extensions?.code, message: e.message, fields: e.extensions?.fields ?? [], all: r.errors };
  }
}

/** A random mainland mobile number (collisions within a run are vanishingly unlikely). */
export function uniquePhone(): string {
  return `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

/** Another instance of the server on this file's database (several instances behind a load balancer), until stop(). */
export function startAnotherInstance(logName: string, env: Record<string, string> = {}): Promise<{ url: string; stop(): Promise<void> }> {
  return spawnServer(process.env.E2E_DATABASE_URL!, { env, logFile: `test-output/e2e-instance-${logName}.log` });
}

/** A second server on this file's database in production mode (introspection off, no GraphiQL), until stop(). */
export function startProductionServer(logName: string): Promise<{ url: string; stop(): Promise<void> }> {
  return spawnServer(process.env.E2E_DATABASE_URL!, {
    env: { NODE_ENV: 'production', DATA_KEY: 'x'.repeat(40) },
    logFile: `test-output/e2e-production-server-${logName}.log`,
  });
}
