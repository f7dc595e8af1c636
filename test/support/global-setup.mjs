// Once per e2e run: a fresh database on real PostgreSQL (DATABASE_URL, or embedded PostgreSQL started here),
// then the compiled server (npm run build:server) as a child process on a free port. Tests talk HTTP to it.
import { startRun } from './harness.mjs';

export default async function globalSetup() {
  const { url, databaseUrl } = await startRun('e2e', {
    env: { DB_POOL_SIZE: '30', RATE_LIMIT_ADDRESS_PER_MINUTE: '100000', REMINDER_INTERVAL_SECONDS: '1' },
  });
  process.env.E2E_URL = url;
  process.env.E2E_DATABASE_URL = databaseUrl;
}
