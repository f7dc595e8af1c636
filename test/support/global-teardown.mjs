import { stopRun } from './harness.mjs';

export default async function globalTeardown() {
  await stopRun('e2e');
}
