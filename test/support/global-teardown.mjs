// Stops the server, drops the run's database, stops and removes the run's embedded cluster.
import { stopRun } from './harness.mjs';

export default async function globalTeardown() {
  await stopRun('e2e');
}
