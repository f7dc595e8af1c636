// `npm run bench:quality [-- --size 10000]`: recall@20 and nDCG@10 per query kind of the judged query set
// (bench/quality/judged-queries.json) on deterministic generated postings, through the SearchEngine port: the embedded
// engine always, Meilisearch when MEILI_URL is set. Results: bench/results/quality.json and quality.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/src/config/config.js';
import { EmbeddedSearchEngine } from '../server/src/search/engines/embedded/embedded-engine.js';
import { POSTINGS_INDEX } from '../server/src/search/indexes.js';
import type { SearchEngine } from '../server/src/search/search-engine.js';
import {
  FORM_KINDS, indexQualityData, judgeQueries, loadJudgedSet, qualityData, summarize, type KindSummary, type QueryOutcome,
} from '../server/src/search/testing/quality.js';
import { loadRegion } from './lib/data.js';

/** The issue's goal: pinyin, joined pinyin and typos find at least this share of what the query in characters finds. */
const GOAL = 0.95;
const GOAL_KINDS = ['pinyin', 'joined', 'typo'];

interface EngineQuality { engine: string; status: 'run' | 'not run'; note?: string; kinds: KindSummary[]; queries: QueryOutcome[] }

async function measure(name: string, engine: SearchEngine, data: ReturnType<typeof qualityData>, set: ReturnType<typeof loadJudgedSet>): Promise<EngineQuality> {
  await indexQualityData(engine, data);
  const queries = await judgeQueries(engine, set, data.facts);
  return { engine: name, status: 'run', kinds: summarize(queries), queries };
}

const pct = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(3));

function render(r: { date: string; size: number; seed: number; today: string; engines: EngineQuality[]; unjudgeable: string[] }): string {
  const lines = [
    '# Search quality: the judged query set',
    '',
    `${r.date.slice(0, 10)}. Generated with \`npm run bench:quality\` on ${r.size.toLocaleString('en')} generated postings (seed ${r.seed}, day ${r.today}), `
      + 'the judged queries of `bench/quality/judged-queries.json` (how they are judged: `bench/quality/README.md`).',
    '',
    '**recall@20**: the fully relevant postings (grade 2) among the first 20, out of all of them or 20, whichever is fewer. '
      + '**nDCG@10**: grades 2 and 1 (gain 2^g − 1, log2 discount) against the best possible first ten. '
      + '**ratio**: a kind\'s mean recall over the mean recall of the same queries typed in characters (the query each stands for). '
      + `Goal: pinyin, joined pinyin and typos at least ${GOAL} of the characters' recall.`,
    '',
  ];
  for (const e of r.engines) {
    lines.push(`## ${e.engine}`, '');
    if (e.status === 'not run') {
      lines.push(`**Not run**: ${e.note}`, '');
      continue;
    }
    lines.push('| kind | queries | recall@20 | nDCG@10 | recall of the same queries in characters | ratio | goal |', '|---|---:|---:|---:|---:|---:|---|');
    for (const k of e.kinds) {
      const goal = GOAL_KINDS.includes(k.kind) ? ((k.ratio ?? 0) >= GOAL ? `met (≥ ${GOAL})` : `**missed** (< ${GOAL})`) : '';
      lines.push(`| ${k.kind} | ${k.queries} | ${pct(k.recall)} | ${pct(k.ndcg)} | ${pct(k.charactersRecall)} | ${pct(k.ratio)} | ${goal} |`);
    }
    const byQuery = new Map(e.queries.map((q) => [q.query, q]));
    const weak = e.queries.filter((q) => q.recall < 0.95 || (q.of && q.recall < byQuery.get(q.of)!.recall));
    lines.push('', `Queries with recall@20 under 0.95 or under their characters' (${weak.length} of ${e.queries.length}):`, '');
    lines.push('| query | kind | stands for | relevant (grade 2 / 1) | hits | recall@20 | characters\' recall@20 | nDCG@10 |', '|---|---|---|---:|---:|---:|---:|---:|');
    for (const q of weak) {
      lines.push(`| ${q.query} | ${q.kind} | ${q.of ?? ''} | ${q.relevant} / ${q.partly} | ${q.hits} | ${pct(q.recall)} | ${q.of ? pct(byQuery.get(q.of)!.recall) : ''} | ${pct(q.ndcg)} |`);
    }
    lines.push('');
  }
  if (r.unjudgeable.length) lines.push(`Queries with no relevant posting in this data (left out of every mean): ${r.unjudgeable.join(', ')}`, '');
  lines.push('Every query with its figures: `bench/results/quality.json`.', '');
  return lines.join('\n');
}

async function main() {
  const set = loadJudgedSet();
  const { values } = parseArgs({ options: { size: { type: 'string', default: String(set.data.postings) } } });
  const size = Number(values.size);
  console.log(`${set.queries.length} judged queries; generating ${size} postings`);
  const data = qualityData(size, set.data.seed, set.data.today);
  const counties = loadRegion().counties.map((c) => c.nameZh);
  const engines: EngineQuality[] = [];

  const embedded = await measure('embedded (MiniSearch)', new EmbeddedSearchEngine({ words: counties }), data, set);
  // a query none of whose postings is relevant says nothing about the engine: it is reported, not averaged
  const unjudgeable = embedded.queries.filter((q) => q.relevant === 0).map((q) => q.query);
  const keep = (e: EngineQuality): EngineQuality => {
    const queries = e.queries.filter((q) => !unjudgeable.includes(q.query));
    return { ...e, queries, kinds: summarize(queries) };
  };
  engines.push(keep(embedded));

  const meili = loadConfig(process.env).meili;
  if (meili) {
    const { MeilisearchEngine } = await import('../server/src/search/engines/meilisearch/meilisearch-engine.js');
    const engine = new MeilisearchEngine({ url: meili.url, apiKey: meili.key, words: counties, prefix: 'zyt_quality_' });
    try {
      engines.push(keep(await measure(`Meilisearch at ${meili.url}`, engine, data, set)));
    } finally {
      await engine.dropIndex(POSTINGS_INDEX.name).catch(() => undefined);
      await engine.close();
    }
  } else {
    engines.push({ engine: 'Meilisearch', status: 'not run', note: 'MEILI_URL is not set (set it, and MEILI_MASTER_KEY, to measure Meilisearch on the same queries). Not counted as passing.', kinds: [], queries: [] });
  }

  for (const e of engines) {
    console.log(`\n${e.engine}${e.status === 'not run' ? ': NOT RUN' : ''}`);
    for (const k of e.kinds) console.log(`  ${k.kind.padEnd(11)} recall@20 ${pct(k.recall)}  nDCG@10 ${pct(k.ndcg)}${k.ratio !== undefined ? `  ratio ${pct(k.ratio)}` : ''}`);
  }
  const result = { date: new Date().toISOString(), size, seed: set.data.seed, today: set.data.today, goal: { ratio: GOAL, kinds: GOAL_KINDS }, formKinds: FORM_KINDS, unjudgeable, engines };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/quality.json', `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync('bench/results/quality.md', render(result));
  console.log('\nwrote bench/results/quality.json and bench/results/quality.md');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
