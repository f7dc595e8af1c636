// The Markdown table of a search benchmark run.
import type { Summary } from './stats.js';

interface BigramRun { engine: string; buildMs: number; indexMB: number; text: Summary; textFilters: Summary; totals: Record<string, number> }
interface Run { engine: string; buildMs: number; buildCpuMs?: number; memoryMB: number; memoryNote: string; updateMsPerDoc?: number; latency: Record<string, Summary>; totals: Record<string, number>; bigrams?: BigramRun }
interface Result {
  date: string; node: string; cpus: string; rounds: number; queries: string[]; runs: Array<{ size: number; embedded: Run; postgres: Run }>;
  load: { before: number; after: number };
  priority: string;
}

const LABELS: Record<string, string> = {
  text: 'text', textFilters: 'text + filters', browse: 'browse', facets: 'browse + 5 facets', textMatch: 'text + match', recommend: 'match for a seeker',
};

const cell = (s: Summary) => `${s.p50} / ${s.p95} / ${s.p99}`;
const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`);

export function renderMarkdown(r: Result): string {
  const kinds = Object.keys(LABELS);
  const lines: string[] = [];
  lines.push('# Search benchmark: embedded engine vs PostgreSQL trigram and bigram full-text search', '');
  lines.push(`${r.date.slice(0, 10)}, Node ${r.node}, ${r.cpus}, 1-minute load average ${r.load.before} before and ${r.load.after} after the run `
    + `(other work on the machine lengthens the tails); scheduling priority: ${r.priority}. `
    + 'Generated with `npm run bench:search` (seed generator, seed 7; every posting published).');
  lines.push('Latency in ms as p50 / p95 / p99, one query at a time, measured in the process that calls the engine (PostgreSQL: one round trip per statement on a local socket).', '');
  lines.push(`| postings | engine | build | memory | ${kinds.map((k) => LABELS[k]).join(' | ')} | update per doc |`);
  lines.push(`|---:|---|---:|---:|${kinds.map(() => '---:').join('|')}|---:|`);
  for (const run of r.runs) {
    for (const e of [run.embedded, run.postgres]) {
      lines.push(`| ${run.size.toLocaleString('en')} | ${e.engine} | ${fmtMs(e.buildMs)}${e.buildCpuMs != null ? ` (CPU ${fmtMs(e.buildCpuMs)})` : ''} | ${e.memoryMB} MB ${e.memoryNote} | ${kinds.map((k) => cell(e.latency[k])).join(' | ')} | ${e.updateMsPerDoc ?? '–'}${e.updateMsPerDoc != null ? ' ms' : ''} |`);
    }
    const speedup = kinds.map((k) => `${(run.postgres.latency[k].p95 / Math.max(0.01, run.embedded.latency[k].p95)).toFixed(1)}×`);
    lines.push(`| ${run.size.toLocaleString('en')} | *p95 speed-up* | | | ${speedup.join(' | ')} | |`);
  }
  lines.push('', 'CPU time per query, mean in ms (the engine\'s process, plus the PostgreSQL backend\'s for pg_trgm, read from /proc): '
    + 'what a query costs without waiting for a CPU, so less sensitive to other work on the machine.', '');
  lines.push(`| postings | engine | ${kinds.map((k) => LABELS[k]).join(' | ')} |`);
  lines.push(`|---:|---|${kinds.map(() => '---:').join('|')}|`);
  for (const run of r.runs) {
    for (const e of [run.embedded, run.postgres]) {
      lines.push(`| ${run.size.toLocaleString('en')} | ${e.engine} | ${kinds.map((k) => e.latency[k].cpuMs ?? '–').join(' | ')} |`);
    }
  }
  const withBigrams = r.runs.filter((run) => run.postgres.bigrams);
  if (withBigrams.length) {
    lines.push('', 'PostgreSQL\'s strongest full-text variant beside pg_trgm: a `tsvector` of each word\'s character bigrams (`array_to_tsvector`, '
      + 'a one-character word as itself) with a GIN index, on the same table; a query requires every bigram of each word (a synonym\'s as an '
      + 'alternative) and is ranked by `ts_rank`. Latency p50 / p95 / p99 in ms, and its p95 over pg_trgm\'s and over the embedded engine\'s.', '');
    lines.push('| postings | build | GIN index | text | text + filters | text p95 ÷ pg_trgm | text + filters p95 ÷ pg_trgm | text p95 ÷ embedded | text + filters p95 ÷ embedded | same hits as the engine |');
    lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const run of withBigrams) {
      const b = run.postgres.bigrams!;
      const ratio = (a: number, o: number) => `${(a / Math.max(0.01, o)).toFixed(2)}×`;
      const agree = r.queries.filter((q) => run.embedded.totals[q] === b.totals[q]).length;
      lines.push(`| ${run.size.toLocaleString('en')} | ${fmtMs(b.buildMs)} | ${b.indexMB} MB | ${cell(b.text)} | ${cell(b.textFilters)} | `
        + `${ratio(b.text.p95, run.postgres.latency.text.p95)} | ${ratio(b.textFilters.p95, run.postgres.latency.textFilters.p95)} | `
        + `${ratio(b.text.p95, run.embedded.latency.text.p95)} | ${ratio(b.textFilters.p95, run.embedded.latency.textFilters.p95)} | ${agree} of ${r.queries.length} |`);
    }
    for (const run of withBigrams) {
      const b = run.postgres.bigrams!;
      lines.push('', `Hits per text query at ${run.size.toLocaleString('en')} postings (engine / bigram tsvector): `
        + r.queries.map((q) => `${q} ${run.embedded.totals[q]}/${b.totals[q]}`).join(', '));
    }
  }
  lines.push('', 'Query sets: **text** = 20 searches (job words, no-space queries such as 罗山按摩 and 平桥区客服, Latin, and 残疾人, which is in most postings);');
  lines.push('**text + filters** = the same with a facet filter each (county, supports, form, reserved, pay, employer type, 20 km radius);');
  lines.push('**browse** = filters only, newest first; **browse + 5 facets** = that plus counts by county, form, employer type, supports and reserved');
  lines.push('(PostgreSQL: one extra GROUP BY statement); **text + match** = a text search scored and explained for a seeker (20 results);');
  lines.push('**match for a seeker** = recommendations: hard constraints as filters, 300 nearest candidates, scored by the matcher, best 20.', '');
  lines.push('Hits per text query (embedded / PostgreSQL; the engine requires each word\'s character bigrams, PostgreSQL the word as a substring):', '');
  for (const run of r.runs) {
    const agree = r.queries.filter((q) => run.embedded.totals[q] === run.postgres.totals[q]).length;
    lines.push(`- ${run.size.toLocaleString('en')} postings, same hit count for ${agree} of ${r.queries.length} queries: `
      + r.queries.map((q) => `${q} ${run.embedded.totals[q]}/${run.postgres.totals[q]}`).join(', '));
  }
  return `${lines.join('\n')}\n`;
}
