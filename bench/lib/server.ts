// What the HTTP benchmarks share: a database of their own next to the admin database, the compiled server started
// on a free port (ready when /health answers) and stopped, the seed CLI, and a GraphQL call that keeps the session.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import pg from 'pg';
import { adminUrl } from './postgres.js';

export const BENCH_PASSWORD = 'Bench-Pass-2024';

export function databaseUrl(name: string): string {
  const u = new URL(adminUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl() });
  await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
}

export async function recreateDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${name}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Runs a command to its end (the seed CLI); rejects when it exits with another code than 0. */
export function run(cmd: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }),
  });
  const json = await res.json() as { data?: any; errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return { data: json.data, cookie: /zyt_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] };
}

export interface BenchServer { url: string; process: ChildProcess; startMs: number; stop(): Promise<void> }

/** The compiled server (NODE_ENV=production) on a free port, resolved when /health answers. */
export async function startServer(env: Record<string, string>, nodeArgs: string[] = []): Promise<BenchServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const child = spawn(process.execPath, [...nodeArgs, 'dist/server/main.js'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', DATA_KEY: 'benchmark-only-data-key-0123456789abcdef' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  };
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error('the server exited');
      try { if ((await fetch(`${url}/health`)).ok) break; } catch { /* starting */ }
      await new Promise((r) => setTimeout(r, 200));
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, process: child, startMs: Date.now() - started, stop };
}
