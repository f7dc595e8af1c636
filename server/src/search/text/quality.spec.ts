// A floor under search quality: a few judged queries of each kind (bench/quality/judged-queries.json) against the
// embedded engine on a small generated data set, so a change of text analysis that loses pinyin, initials, joined
// pinyin, typos, synonyms or places fails here. The whole set and its figures: `npm run bench:quality`.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { EmbeddedSearchEngine } from '../engines/embedded/embedded-engine.js';
import {
  indexQualityData, judgeQueries, loadJudgedSet, qualityData, summarize, type JudgedSet, type KindSummary, type PostingFacts, type QueryOutcome,
} from '../testing/quality.js';

const COUNTIES = ['浉河区', '平桥区', '罗山县', '光山县', '新县', '商城县', '固始县', '潢川县', '淮滨县', '息县'];

/** per kind: the queries run, and the least mean recall@20 accepted (the bench's figures are higher on more data) */
const FLOORS: Record<string, { queries: string[]; recall: number; ratio?: number }> = {
  characters: { queries: ['按摩', '客服', '保洁', '数据标注', '话务员', '会计', '采茶'], recall: 0.9 },
  synonym: { queries: ['推拿', '财务', '清洁', '保安'], recall: 0.9, ratio: 0.95 },
  place: { queries: ['罗山按摩', '平桥区客服', '明港镇', '息县保洁'], recall: 0.9 },
  pinyin: { queries: ['anmo', 'kefu', 'shuju biaozhu', 'minggangzhen', 'luoshan anmo', 'kuaiji'], recall: 0.9, ratio: 0.95 },
  initials: { queries: ['am', 'sjbz', 'hwy', 'lsam', 'mram'], recall: 0.9, ratio: 0.95 },
  joined: { queries: ['luoshananmo', 'shujubiaozhu', 'pingqiaokefu', 'xixianbaojie', 'mangrenanmo'], recall: 0.9, ratio: 0.95 },
  typo: { queries: ['按魔', '会记', '保杰', 'tunia', 'luoshanamo', 'shujubiaozu', 'zibo'], recall: 0.9, ratio: 0.95 },
  mixed: { queries: ['罗山anmo', 'luoshan按摩', 'Excel会计'], recall: 0.9 },
};

describe('search quality floor: judged queries of every kind on 2,000 generated postings', () => {
  let set: JudgedSet;
  let facts: PostingFacts[];
  let outcomes: QueryOutcome[];
  let kinds: Map<string, KindSummary>;

  beforeAll(async () => {
    set = loadJudgedSet();
    const data = qualityData(2000, set.data.seed, set.data.today);
    facts = data.facts;
    const engine = new EmbeddedSearchEngine({ words: COUNTIES });
    await indexQualityData(engine, data);
    const wanted = new Set(Object.values(FLOORS).flatMap((f) => f.queries));
    // the queries in characters that the forms stand for are run too, for the ratios
    for (const q of set.queries) if (wanted.has(q.query) && q.of) wanted.add(q.of);
    outcomes = await judgeQueries(engine, set, facts, set.queries.filter((q) => wanted.has(q.query)));
    kinds = new Map(summarize(outcomes).map((k) => [k.kind, k]));
  });

  it('runs judged queries that each have relevant postings in this data', () => {
    const missing = Object.values(FLOORS).flatMap((f) => f.queries).filter((q) => !outcomes.some((o) => o.query === q));
    expect(missing).toEqual([]);
    expect(outcomes.filter((o) => o.relevant === 0).map((o) => o.query)).toEqual([]);
  });

  it.each(Object.entries(FLOORS))('%s: recall@20 above its floor, and the ratio to the characters above 0.95', (kind, floor) => {
    const k = kinds.get(kind)!;
    expect(k.recall).toBeGreaterThanOrEqual(floor.recall);
    if (floor.ratio) expect(k.ratio).toBeGreaterThanOrEqual(floor.ratio);
  });
});
