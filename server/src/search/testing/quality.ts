// Search quality against a judged query set (bench/quality/judged-queries.json): relevance from facts of the generated
// postings (the job template a title comes from, county, town, employer, skills), never from an engine, and the
// measures recall@20 and nDCG@10 per query kind. Used by `npm run bench:quality` and by the unit suite's floor test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../common/project-root.js';
import { PostingStatus } from '../../common/domain.js';
import { JOB_TEMPLATES } from '../../database/seed/catalog.js';
import { contextFromRegion, generateOrganizations, PostingGenerator } from '../../database/seed/generator.js';
import { postingDocument, POSTINGS_INDEX } from '../indexes.js';
import type { SearchDocument, SearchEngine } from '../search-engine.js';

export const QUERY_KINDS = ['characters', 'synonym', 'place', 'employer', 'pinyin', 'initials', 'joined', 'typo', 'mixed'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];
/** Kinds that stand for a query in characters (`of`): their recall is compared with that query's. */
export const FORM_KINDS: readonly QueryKind[] = ['pinyin', 'initials', 'joined', 'typo', 'mixed', 'synonym'];

export interface TitleSet { kinds?: string[]; titles?: string[] }
export interface Concept { label: string; exact: TitleSet; related?: TitleSet }
/** What the person asking wants: a kind of job, in a county or town, at an employer, with a skill (any of them). */
export interface Need { concept?: string; county?: string; town?: string; employer?: string; skill?: string }
export interface JudgedQuery { query: string; kind: QueryKind; /** the query in characters this one stands for */ of?: string; need?: Need }
export interface JudgedSet {
  data: { seed: number; today: string; postings: number };
  concepts: Record<string, Concept>;
  queries: JudgedQuery[];
}

/** The facts a judgement reads: what the generator made, not what an engine indexed. */
export interface PostingFacts { id: string; title: string; countyCode: string; address: string; employer: string; skills: readonly string[] }

export function loadJudgedSet(path = join(projectRoot(), 'bench/quality/judged-queries.json')): JudgedSet {
  const set = JSON.parse(readFileSync(path, 'utf8')) as JudgedSet;
  checkJudgedSet(set);
  return set;
}

const TEMPLATE_KIND = new Map<string, string>();
for (const t of JOB_TEMPLATES) for (const title of t.titles) TEMPLATE_KIND.set(title, t.kind);

/** Every query once, every `of` a query with a need, every concept and title known to the generator's catalog. */
export function checkJudgedSet(set: JudgedSet): void {
  const byQuery = new Map<string, JudgedQuery>();
  for (const q of set.queries) {
    if (byQuery.has(q.query)) throw new Error(`judged set: "${q.query}" appears twice`);
    if (!QUERY_KINDS.includes(q.kind)) throw new Error(`judged set: "${q.query}" has an unknown kind ${q.kind}`);
    byQuery.set(q.query, q);
  }
  for (const q of set.queries) {
    if (q.of !== undefined && !byQuery.get(q.of)?.need) throw new Error(`judged set: "${q.query}" stands for "${q.of}", which is not a judged query with a need`);
    if (!q.need && q.of === undefined) throw new Error(`judged set: "${q.query}" has neither a need nor a query it stands for`);
    if (q.need?.concept && !set.concepts[q.need.concept]) throw new Error(`judged set: "${q.query}" names an unknown concept ${q.need.concept}`);
  }
  const kinds = new Set(JOB_TEMPLATES.map((t) => t.kind as string));
  for (const [id, c] of Object.entries(set.concepts)) {
    for (const s of [c.exact, c.related ?? {}]) {
      for (const k of s.kinds ?? []) if (!kinds.has(k)) throw new Error(`judged set: concept ${id} names an unknown job kind ${k}`);
      for (const t of s.titles ?? []) if (!TEMPLATE_KIND.has(t)) throw new Error(`judged set: concept ${id} names a title the generator never uses: ${t}`);
    }
  }
}

/** The need a query is judged by: its own, or that of the query in characters it stands for. */
export function needOf(set: JudgedSet, q: JudgedQuery): Need {
  if (q.need) return q.need;
  return set.queries.find((x) => x.query === q.of)!.need!;
}

const inSet = (s: TitleSet | undefined, title: string) =>
  !!s && ((s.titles ?? []).includes(title) || (s.kinds ?? []).includes(TEMPLATE_KIND.get(title) ?? ''));

/**
 * 2: the kind of job asked for (or no kind asked) where everything else asked holds (county, town, employer, skill);
 * 1: that kind where something else does not hold (the kind anywhere), or a related kind where everything else holds;
 * 0: otherwise. A posting is in a town when its address is, or when its employer is a unit named after the town.
 */
export function grade(set: JudgedSet, need: Need, p: PostingFacts): 0 | 1 | 2 {
  const concept = need.concept ? set.concepts[need.concept] : undefined;
  const kind = !concept ? 2 : inSet(concept.exact, p.title) ? 2 : inSet(concept.related, p.title) ? 1 : 0;
  if (kind === 0) return 0;
  const rest = (!need.county || p.countyCode === need.county)
    && (!need.town || p.address.includes(need.town) || p.employer.includes(need.town))
    && (!need.employer || p.employer === need.employer)
    && (!need.skill || p.skills.includes(need.skill));
  if (rest) return kind;
  return concept && kind === 2 ? 1 : 0;
}

export interface QualityData { documents: SearchDocument[]; facts: PostingFacts[] }

/** Deterministic published postings from the seed generator (the same seed, day and size give the same postings). */
export function qualityData(size: number, seed: number, today: string, regionFile = join(projectRoot(), 'server/regions/xinyang.json')): QualityData {
  const region = JSON.parse(readFileSync(regionFile, 'utf8')) as Parameters<typeof contextFromRegion>[0];
  const ctx = contextFromRegion(region, seed, new Date(`${today}T00:00:00Z`));
  const organizations = generateOrganizations(ctx, Math.max(20, Math.round(size / 8)));
  const byOrg = new Map(organizations.map((o) => [o.id, o]));
  const places = new Map(region.counties.map((c) => [c.code, c]));
  const gen = new PostingGenerator(ctx, organizations);
  const documents: SearchDocument[] = [];
  const facts: PostingFacts[] = [];
  for (let i = 0; i < size; i++) {
    const p = { ...gen.next(), status: PostingStatus.PUBLISHED, hiredCount: 0 };
    const o = byOrg.get(p.organizationId)!;
    documents.push(postingDocument({ ...p, organizationName: o.name, organizationType: o.type, version: 1 }, places.get(p.countyCode)));
    facts.push({ id: p.id, title: p.title, countyCode: p.countyCode, address: p.address, employer: o.name, skills: p.skills });
  }
  return { documents, facts };
}

export async function indexQualityData(engine: SearchEngine, data: QualityData): Promise<void> {
  await engine.ensureIndex(POSTINGS_INDEX);
  for (let i = 0; i < data.documents.length; i += 1000) await engine.upsert(POSTINGS_INDEX.name, data.documents.slice(i, i + 1000));
}

/** Relevant postings found in the first `k`, out of all relevant ones or `k`, whichever is fewer (capped recall). */
export function recallAt(ranked: readonly string[], grades: ReadonlyMap<string, number>, k = 20): number {
  let relevant = 0;
  for (const g of grades.values()) if (g === 2) relevant++;
  if (relevant === 0) return 0;
  const found = ranked.slice(0, k).filter((id) => grades.get(id) === 2).length;
  return found / Math.min(relevant, k);
}

/** nDCG with gains 2^grade − 1 and a log2 discount, against the best order of every judged posting. */
export function ndcgAt(ranked: readonly string[], grades: ReadonlyMap<string, number>, k = 10): number {
  const dcg = (gs: number[]) => gs.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...grades.values()].filter((g) => g > 0).sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranked.map((id) => grades.get(id) ?? 0)) / ideal;
}

export interface QueryOutcome {
  query: string; kind: QueryKind; of?: string; relevant: number; partly: number; hits: number; recall: number; ndcg: number;
}

export async function judgeQueries(
  engine: SearchEngine, set: JudgedSet, facts: readonly PostingFacts[], queries: readonly JudgedQuery[] = set.queries,
): Promise<QueryOutcome[]> {
  const out: QueryOutcome[] = [];
  for (const q of queries) {
    const need = needOf(set, q);
    const grades = new Map<string, number>();
    for (const p of facts) {
      const g = grade(set, need, p);
      if (g) grades.set(p.id, g);
    }
    const result = await engine.search(POSTINGS_INDEX.name, { query: q.query, limit: 20 });
    const ranked = result.hits.map((h) => h.id);
    const values = [...grades.values()];
    out.push({
      query: q.query, kind: q.kind, ...(q.of ? { of: q.of } : {}), relevant: values.filter((g) => g === 2).length,
      partly: values.filter((g) => g === 1).length, hits: result.total, recall: recallAt(ranked, grades), ndcg: ndcgAt(ranked, grades),
    });
  }
  return out;
}

export interface KindSummary {
  kind: QueryKind; queries: number; recall: number; ndcg: number;
  /** mean recall of the same queries in characters (`of`), and this kind's recall over it */
  charactersRecall?: number; ratio?: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function summarize(outcomes: readonly QueryOutcome[]): KindSummary[] {
  const byQuery = new Map(outcomes.map((o) => [o.query, o]));
  return QUERY_KINDS.flatMap((kind) => {
    const of = outcomes.filter((o) => o.kind === kind);
    if (!of.length) return [];
    const s: KindSummary = { kind, queries: of.length, recall: round3(mean(of.map((o) => o.recall))), ndcg: round3(mean(of.map((o) => o.ndcg))) };
    const paired = of.filter((o) => o.of && byQuery.has(o.of));
    if (paired.length) {
      const base = mean(paired.map((o) => byQuery.get(o.of!)!.recall));
      s.charactersRecall = round3(base);
      s.ratio = base ? round3(mean(paired.map((o) => o.recall)) / base) : undefined;
    }
    return [s];
  });
}
