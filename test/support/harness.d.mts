// Types for harness.mjs, for the TypeScript test files that use it.
export function freePort(): Promise<number>;
export function withAdmin(adminUrl: string, sql: string[]): Promise<Array<{ rows: any[] }>>;
export function spawnServer(databaseUrl: string, options: { env?: Record<string, string>; logFile: string }): Promise<{ url: string; stop(): Promise<void> }>;
