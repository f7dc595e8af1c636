// Prints how long each test file took (slowest first, with its share of the run), and writes the table to
// test-output/<name>-timing.json, so that the suite's budget can be watched file by file.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

export default class TimingReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.rows = [];
  }

  onRunStart() {
    this.started = Date.now();
  }

  /** What this run's file servers took to start (server-environment.mjs writes a line per file), read once and removed. */
  serverStarts() {
    const file = `test-output/server-starts-${process.env.ZYT_TEST_RUN}.jsonl`;
    if (!existsSync(file)) return [];
    const lines = readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    rmSync(file);
    return lines;
  }

  onTestResult(test, result) {
    const { start, end } = result.perfStats;
    this.rows.push({
      file: relative(this.rootDir, test.path),
      seconds: (end - start) / 1000,
      tests: result.numPassingTests + result.numFailingTests + result.numPendingTests,
      failed: result.numFailingTests,
      slowestTest: result.testResults.reduce((m, t) => Math.max(m, (t.duration ?? 0) / 1000), 0),
    });
  }

  onRunComplete(contexts) {
    const wall = (Date.now() - this.started) / 1000;
    const name = [...contexts][0]?.config.displayName?.name ?? 'tests';
    const rows = this.rows.sort((a, b) => b.seconds - a.seconds);
    const total = rows.reduce((s, r) => s + r.seconds, 0);
    const pad = (s, n) => String(s).padEnd(n);
    const lines = rows.map((r) => `${pad(r.file, 58)} ${r.seconds.toFixed(1).padStart(7)} s ${String(r.tests).padStart(4)} tests ${(100 * r.seconds / total).toFixed(0).padStart(3)}%  slowest test ${r.slowestTest.toFixed(1)} s${r.failed ? `  ${r.failed} FAILED` : ''}`);
    const starts = this.serverStarts();
    const startSeconds = starts.reduce((s, r) => s + r.ms, 0) / 1000;
    const startLine = starts.length
      ? `\nfile servers: ${starts.length} started, ${startSeconds.toFixed(0)} s in all, ${(startSeconds / starts.length).toFixed(1)} s on average (included above)` : '';
    console.log(`\n${name}: time per file (files run ${rows.length}, wall clock ${wall.toFixed(0)} s, sum of files ${total.toFixed(0)} s)\n${lines.join('\n')}${startLine}\n`);
    mkdirSync('test-output', { recursive: true });
    writeFileSync(`test-output/${name}-timing.json`, JSON.stringify({ wallSeconds: wall, files: rows, serverStarts: starts }, null, 2));
  }
}
