// Once per browser-test run: a fresh database of the run's own and the compiled server with the built client on
// a free port (test/support/harness.mjs, shared with the e2e run), and one system Chromium that every test file
// connects to.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startRun } from '../../support/harness.mjs';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export default async function globalSetup() {
  for (const built of ['dist/server/main.js', 'client/dist/index.html']) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run npm run build first (npm run test:browser does)`);
  }
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing: apt-get install -y chromium fonts-noto-cjk`);

  const { url, databaseUrl } = await startRun('browser', {
    env: { RATE_LIMIT_ADDRESS_PER_MINUTE: '100000', RATE_LIMIT_ACCOUNT_PER_MINUTE: '100000' },
    logFile: 'test-output/browser-server.log',
  });
  const browserServer = await chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_ARGS });
  globalThis.__CHROMIUM__ = browserServer;

  process.env.BROWSER_BASE_URL = url;
  process.env.BROWSER_DATABASE_URL = databaseUrl;
  process.env.BROWSER_WS_ENDPOINT = browserServer.wsEndpoint();
}
