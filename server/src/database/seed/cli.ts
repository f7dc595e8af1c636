// `npm run seed -- --seekers N --postings M --seed S [--organizations K] [--today YYYY-MM-DD]`: bulk synthetic data
// through COPY. Ages, deadlines and dates are relative to --today (default: the real date), so the same seed and
// day give the same rows.
//
// Re-running: the command adds to what is there. Each seed writes into its own lane (seed mod 100) of
// certificate sequence numbers and organization codes, so different seeds never collide. Loading a seed that
// is already in the database is refused before anything is written; a seed 100 apart from a loaded one (or
// lane 24, used by the demo data) fails on a unique constraint and the whole load is rolled back.
// No outbox rows are written (the search feed is off for the load): `reindex` builds the search index afterwards.
import 'reflect-metadata';
import cliProgress from 'cli-progress';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { prepareDatabase, resolveDatabase } from '../../bootstrap.js';
import { SensitiveCrypto } from '../../common/sensitive-crypto.js';
import { loadConfig } from '../../config/config.js';
import { readRegionFile } from '../../regions/regions.service.js';
import { dataSourceOptions } from '../data-source.js';
import { ENTITIES } from '../../features.js';
import { contextFromRegion, generateOrganizations, closedIfOrganizationStopped, laneOf, PostingGenerator, type GeneratorContext } from './generator.js';
import { consentRowsOf, consentTable, copyLine, copySql, organizationTable, postingTable, seekerTable, type TableSpec } from './rows.js';
import { SeekerGenerator } from './seekers.js';

/** Rows per chunk written to the COPY stream: large enough for throughput, small enough to keep memory flat. */
const CHUNK_ROWS = 2000;

class UsageError extends Error {}

interface Options { seekers: number; postings: number; organizations: number; seed: number; today: Date }

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: { seekers: { type: 'string' }, postings: { type: 'string' }, organizations: { type: 'string' }, seed: { type: 'string' }, today: { type: 'string' } },
  });
  const int = (name: string, raw: string | undefined, fallback: number, min: number) => {
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer of at least ${min}, got ${raw}`);
    return n;
  };
  const day = (raw: string | undefined) => {
    if (raw === undefined) return new Date();
    const d = new Date(`${raw}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== raw) {
      throw new UsageError(`--today must be a date as YYYY-MM-DD, got ${raw}`);
    }
    return d;
  };
  const postings = int('postings', values.postings, 200, 0);
  return {
    seekers: int('seekers', values.seekers, 1000, 0),
    postings,
    organizations: int('organizations', values.organizations, Math.max(20, Math.round(postings / 8)), 1),
    seed: int('seed', values.seed, 1, 0),
    today: day(values.today),
  };
}

/** Streams rows into `COPY ... FROM STDIN` in chunks; the generator runs only as fast as PostgreSQL reads. */
async function copyRows<R>(client: pg.Client, spec: TableSpec<R>, rows: Iterable<R>, bar?: Bar): Promise<number> {
  let count = 0;
  function* chunks(): Generator<string> {
    let buffer: string[] = [];
    for (const row of rows) {
      buffer.push(copyLine(spec, row));
      if (buffer.length === CHUNK_ROWS) {
        count += buffer.length;
        bar?.increment(buffer.length);
        yield buffer.join('');
        buffer = [];
      }
    }
    if (buffer.length) {
      count += buffer.length;
      bar?.increment(buffer.length);
      yield buffer.join('');
    }
  }
  await pipeline(Readable.from(chunks(), { objectMode: false }), client.query(copyFrom(copySql(spec))));
  return count;
}

interface Bar { increment(n?: number): void }

/** One bar per table on a terminal; in logs (no TTY) a line per table when it is done. */
class Progress {
  private readonly multi = process.stderr.isTTY
    ? new cliProgress.MultiBar({ format: '{table} |{bar}| {value}/{total}', hideCursor: true, stopOnComplete: true }, cliProgress.Presets.shades_classic)
    : null;

  bar(table: string, total: number): Bar {
    if (this.multi) return this.multi.create(Math.max(total, 1), 0, { table: table.padEnd(14) });
    let done = 0;
    return { increment: (n = 1) => { done += n; if (done === total) console.log(`${table}: ${total} done`); } };
  }

  stop() {
    this.multi?.stop();
  }
}

function* take<R>(n: number, next: () => R): Generator<R> {
  for (let i = 0; i < n; i++) yield next();
}

async function alreadyLoaded(client: pg.Client, ctx: GeneratorContext): Promise<boolean> {
  const [first] = generateOrganizations(ctx, 1);
  const found = await client.query('SELECT 1 FROM organization WHERE credit_code = $1', [first.creditCode]);
  return (found.rowCount ?? 0) > 0;
}

/** Returns the exit code: 0 loaded, 2 this seed is already loaded, 3 another seed in the same lane is. */
async function load(client: pg.Client, ctx: GeneratorContext, opts: Options, crypto: SensitiveCrypto, started: number): Promise<number> {
  if (await alreadyLoaded(client, ctx)) {
    console.error(`Seed ${opts.seed} is already loaded in this database; run with another --seed to add more data.`);
    return 2;
  }
  console.log(`Seeding ${opts.organizations} organizations, ${opts.postings} postings, ${opts.seekers} seekers (seed ${opts.seed}, lane ${laneOf(opts.seed)})`);
  const progress = new Progress();
  const orgBar = progress.bar('organization', opts.organizations);
  const postingBar = progress.bar('posting', opts.postings);
  const seekerBar = progress.bar('seeker_profile', opts.seekers);
  // consent rows vary per seeker; the bar counts seekers whose consents are written
  const consentBar = progress.bar('consent_record', opts.seekers);
  const counts: Record<string, number> = {};
  await client.query('BEGIN');
  try {
    // a bulk load: the index is rebuilt afterwards (`npm run reindex`, or the server's start-up check), not fed row by row
    await client.query(`SET LOCAL zyt.search_feed = 'off'`);
    const organizations = generateOrganizations(ctx, opts.organizations);
    counts.organization = await copyRows(client, organizationTable, organizations, orgBar);
    const postings = new PostingGenerator(ctx, organizations);
    const orgById = new Map(organizations.map((o) => [o.id, o]));
    const next = () => {
      const p = postings.next();
      return closedIfOrganizationStopped(p, orgById.get(p.organizationId));
    };
    counts.posting = await copyRows(client, postingTable, take(opts.postings, next), postingBar);
    const seekers = new SeekerGenerator(ctx);
    counts.seeker_profile = await copyRows(client, seekerTable(crypto), take(opts.seekers, () => seekers.next()), seekerBar);
    // consents need the seeker ids: generate the same seekers again rather than hold 300,000 rows in memory
    const again = new SeekerGenerator(ctx);
    counts.consent_record = await copyRows(client, consentTable, (function* () {
      for (let i = 0; i < opts.seekers; i++) {
        yield* consentRowsOf(again.next());
        consentBar.increment();
      }
    })());
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    if ((err as { code?: string }).code !== '23505') throw err;
    console.error(`\nA generated value already exists (${(err as Error).message}). Seeds 100 apart share lane ${laneOf(opts.seed)}; `
      + 'lane 24 holds the demo data. Nothing was written.');
    return 3;
  } finally {
    progress.stop();
  }
  await client.query('ANALYZE organization, posting, seeker_profile, consent_record');
  const seconds = (Date.now() - started) / 1000;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(Object.entries(counts).map(([t, n]) => `${t}: ${n}`).join(', '));
  console.log(`${total} rows in ${seconds.toFixed(1)} s (${Math.round(total / seconds)} rows/s)`);
  return 0;
}

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  const config = loadConfig();
  const db = await resolveDatabase(config);
  const started = Date.now();
  const client = new pg.Client({ connectionString: db.url, application_name: 'zhuyetong-seed' });
  try {
    const ds = new DataSource(dataSourceOptions(db.url, config, ENTITIES));
    await ds.initialize();
    await prepareDatabase(ds, config);
    await ds.destroy();
    const ctx = contextFromRegion(readRegionFile(config.regionFile), opts.seed, opts.today);
    await client.connect();
    return await load(client, ctx, opts, new SensitiveCrypto(config.dataKey), started);
  } finally {
    await client.end().catch(() => undefined);
    await db.embedded?.stop();
  }
}

main().then((code) => {
  process.exitCode = code;
}, (err) => {
  console.error(err instanceof UsageError ? `${err.message}\nusage: npm run seed -- --seekers N --postings M --seed S [--organizations K] [--today YYYY-MM-DD]`
    : err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
