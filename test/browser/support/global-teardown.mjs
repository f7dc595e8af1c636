// Closes Chromium, then stops the server and removes the run's database and embedded cluster.
import { stopRun } from '../../support/harness.mjs';

export default async function globalTeardown() {
  await globalThis.__CHROMIUM__?.close();
  await stopRun('browser');
}
