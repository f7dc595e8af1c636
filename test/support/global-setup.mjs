// Once per e2e run: PostgreSQL (DATABASE_URL, or embedded PostgreSQL started here) and the template database the
// compiled server (npm run build:server) has migrated. Each test file then gets its own copy of it and its own
// server (server-environment.mjs); tests talk HTTP to it.
import { startRun } from './harness.mjs';

export default async function globalSetup() {
  await startRun('e2e');
}
