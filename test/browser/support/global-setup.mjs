// Once per browser-test run: PostgreSQL and the migrated template database (test/support/harness.mjs, shared with
// the e2e run), and one system Chromium that every test file connects to. Each file gets its own database and
// server (test/support/server-environment.mjs).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startRun } from '../../support/harness.mjs';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export default async function globalSetup() {
  for (const built of ['dist/server/main.js', 'client/dist/index.html']) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run npm run build first (npm run test:browser does)`);
  }
  // Chromium's headless shell (Debian package chromium-headless-shell): the same engine without the browser's UI
  // layer; measured on two browser files, the run took 92 s against 126 s with the full browser in headless mode
  const executablePath = process.env.CHROMIUM_PATH
    ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((p) => existsSync(p));
  if (!executablePath || !existsSync(executablePath)) {
    throw new Error(`${executablePath ?? '/usr/bin/chromium-headless-shell'} is missing: apt-get install -y chromium-headless-shell fonts-noto-cjk`);
  }

  globalThis.__BROWSER_RUN_STARTED__ = Date.now();
  await startRun('browser');
  const browserServer = await chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_ARGS });
  globalThis.__CHROMIUM__ = browserServer;
  process.env.BROWSER_WS_ENDPOINT = browserServer.wsEndpoint();
}
