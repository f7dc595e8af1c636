// `npm run reindex [-- --index postings|seekers]`: rebuilds search indexes from PostgreSQL with a progress bar.
// With MEILI_URL the new index is built beside the live one and swapped in; changes made meanwhile are re-applied.
// Without it, the embedded index lives inside each server process and is rebuilt at every start: this command then
// builds one here to check that every row indexes, and says so.
import 'reflect-metadata';
import cliProgress from 'cli-progress';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { resolveDatabase } from '../bootstrap.js';
import { loadConfig } from '../config/config.js';
import { readRegionFile } from '../regions/regions.service.js';
import { createSearchEngine } from './engine-factory.js';
import { POSTINGS_INDEX, SEEKERS_INDEX } from './indexes.js';
import { pgDatabase } from './pg-database.js';
import { rebuildIndex } from './rebuild.js';
import type { Aggregate } from './sources.js';

const WHICH: Record<string, Aggregate[]> = { all: ['posting', 'seeker'], postings: ['posting'], seekers: ['seeker'] };

async function main() {
  const { values } = parseArgs({ options: { index: { type: 'string', default: 'all' } } });
  const aggregates = WHICH[values.index ?? 'all'];
  if (!aggregates) throw new Error(`--index must be postings, seekers or all, got ${values.index}`);
  const config = loadConfig();
  const database = await resolveDatabase(config);
  const pool = new pg.Pool({ connectionString: database.url, max: 4, application_name: 'zhuyetong-reindex' });
  const engine = await createSearchEngine(config, readRegionFile(config.regionFile).counties.map((c) => c.nameZh));
  try {
    await engine.ensureIndex(POSTINGS_INDEX);
    await engine.ensureIndex(SEEKERS_INDEX);
    const multi = process.stderr.isTTY
      ? new cliProgress.MultiBar({ format: '{name} |{bar}| {value}/{total} {duration}s', hideCursor: true, stopOnComplete: true }, cliProgress.Presets.shades_classic)
      : null;
    for (const aggregate of aggregates) {
      const started = Date.now();
      const bar = multi?.create(1, 0, { name: `${aggregate}s`.padEnd(8) });
      const count = await rebuildIndex(engine, pgDatabase(pool), aggregate, (done, total) => {
        bar?.setTotal(Math.max(total, 1));
        bar?.update(done);
      });
      bar?.stop();
      multi?.log(`${aggregate}s: ${count} documents in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      if (!multi) console.log(`${aggregate}s: ${count} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    multi?.stop();
    if (engine.name === 'embedded') {
      console.log('The embedded engine keeps its index in the server process and rebuilds it from PostgreSQL at every start: '
        + 'this run checked that every row indexes. Restart the server to rebuild its index, or set MEILI_URL to reindex Meilisearch.');
    } else {
      console.log(`${engine.name}: indexes rebuilt and swapped in.`);
    }
  } finally {
    await engine.close();
    await pool.end();
    await database.embedded?.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
