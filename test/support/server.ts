// Starts the real server in-process on a free port against the e2e database, and a small GraphQL client.
import 'reflect-metadata';
import { randomInt } from 'node:crypto';
import { createServer, type RunningServer } from '../../server/src/bootstrap.js';
import { loadConfig } from '../../server/src/config/config.js';
import { queriesIssued } from '../../server/src/database/query-counter.js';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; fields?: Array<{ path: string; message: string }>; [k: string]: unknown } }>;
  status: number;
}

export async function startTestServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run through jest.e2e.config.js');
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: url, DB_POOL_SIZE: '30', ...env });
  return createServer(config, url);
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

/** Number of SQL statements the operation issued (the server runs in this process). */
export async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const before = queriesIssued();
  const result = await run();
  return { result, queries: queriesIssued() - before };
}

let seq = 0;
/** Unique per test run and worker, so tests never collide on unique columns. */
export function unique(prefix = 'u'): string {
  seq++;
  return `${prefix}${process.pid}${Date.now().toString(36)}${seq}`;
}

/** A random mainland mobile number (collisions within a run are vanishingly unlikely). */
export function uniquePhone(): string {
  return `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}
