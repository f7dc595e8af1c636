// The jest environment of every e2e and browser test file: Node's, plus the file's own database (copied from
// the run's template) and the compiled server on it, started before the file's first test and stopped, its
// database dropped, after its last. The test code finds them in process.env under the names its config gives
// (urlVar, databaseVar). A file can add server settings in its docblock:
//   /** @jest-environment-options {"fileServerEnv": {"REMINDER_INTERVAL_SECONDS": "1"}} */
import { appendFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { TestEnvironment as NodeEnvironment } from 'jest-environment-node';
import { startFileServer } from './harness.mjs';

export default class ServerEnvironment extends NodeEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
    this.options = config.projectConfig.testEnvironmentOptions ?? {};
  }

  async setup() {
    await super.setup();
    const { kind, urlVar, databaseVar, serverEnv = {}, fileServerEnv = {} } = this.options;
    const t0 = Date.now();
    this.server = await startFileServer(this.testPath, { kind, env: { ...serverEnv, ...fileServerEnv } });
    this.global.process.env[urlVar] = this.server.url;
    this.global.process.env[databaseVar] = this.server.databaseUrl;
    // the timing reporter adds these up: what a server of its own costs each file
    mkdirSync('test-output', { recursive: true });
    appendFileSync(`test-output/server-starts-${process.env.ZYT_TEST_RUN}.jsonl`, `${JSON.stringify({ file: basename(this.testPath), ms: Date.now() - t0 })}\n`);
  }

  async teardown() {
    await this.server?.stop();
    await super.teardown();
  }
}
