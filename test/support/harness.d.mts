// Types for harness.mjs, so TypeScript test files can start a run of their own (see demo-fair.browser-spec.ts).
export function freePort(): Promise<number>;
export function startRun(kind: string, options?: { env?: Record<string, string>; logFile?: string }): Promise<{ url: string; databaseUrl: string }>;
export function stopRun(kind: string): Promise<void>;
