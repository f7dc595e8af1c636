import { describe, expect, it } from '@jest/globals';
import type { Organization } from '../organizations/organization.entity.js';
import type { Posting } from '../postings/posting.entity.js';
import { PostingCache, type PostingRow } from './posting-cache.js';
import { EmbeddedSearchEngine } from './engines/embedded/embedded-engine.js';
import { POSTINGS_INDEX } from './indexes.js';
import { SearchResultCache } from './result-cache.js';
import { COUNTY_WORDS, FIXTURES, fixtureDocument } from './testing/contract-fixtures.js';

const row = (id: string, title: string): PostingRow => ({
  posting: { id, title, organizationId: 'o1' } as Posting, organization: { id: 'o1', name: '某公司' } as Organization,
});

/** A loader that answers from `db` and counts its reads; `gate` holds a read open until released. */
function loader(db: Map<string, string>) {
  const calls: string[][] = [];
  let gate: Promise<void> | null = null;
  const load = async (ids: string[]) => {
    calls.push(ids);
    const snapshot = ids.filter((id) => db.has(id)).map((id) => row(id, db.get(id)!));
    if (gate) await gate;
    return snapshot;
  };
  return { load, calls, hold: () => { let release!: () => void; gate = new Promise((r) => { release = r; }); return () => { gate = null; release(); }; } };
}

describe('PostingCache', () => {
  it('reads only the rows it lacks, and again after they are evicted', async () => {
    const db = new Map([['a', '按摩师'], ['b', '客服']]);
    const l = loader(db);
    const cache = new PostingCache(true);
    expect([...(await cache.get(['a', 'b'], l.load)).keys()]).toEqual(['a', 'b']);
    await cache.get(['a', 'b'], l.load);
    expect(l.calls).toEqual([['a', 'b']]);
    db.set('a', '推拿师');
    cache.evict(['a']);
    expect((await cache.get(['a', 'b'], l.load)).get('a')!.posting.title).toBe('推拿师');
    expect(l.calls).toEqual([['a', 'b'], ['a']]);
  });

  it('does not keep a row read before an eviction that came while the read was under way', async () => {
    const db = new Map([['a', '按摩师']]);
    const l = loader(db);
    const cache = new PostingCache(true);
    const release = l.hold();
    const pending = cache.get(['a'], l.load); // reads the old title, then waits
    db.set('a', '推拿师');
    cache.evict(['a']);
    release();
    expect((await pending).get('a')!.posting.title).toBe('按摩师'); // this request's own read
    expect((await cache.get(['a'], l.load)).get('a')!.posting.title).toBe('推拿师'); // not kept: read again
    expect(l.calls.length).toBe(2);
  });

  it('forgets rows after their lifetime, and everything when cleared', async () => {
    let now = 0;
    const l = loader(new Map([['a', '按摩师']]));
    const cache = new PostingCache(true, 1000, 10, () => now);
    await cache.get(['a'], l.load);
    now = 999;
    await cache.get(['a'], l.load);
    expect(l.calls.length).toBe(1);
    now = 1000;
    await cache.get(['a'], l.load);
    expect(l.calls.length).toBe(2);
    cache.clear();
    await cache.get(['a'], l.load);
    expect(l.calls.length).toBe(3);
  });

  it('keeps nothing when disabled', async () => {
    const l = loader(new Map([['a', '按摩师']]));
    const off = new PostingCache(false);
    await off.get(['a'], l.load);
    await off.get(['a'], l.load);
    expect(l.calls.length).toBe(2);
  });
});

describe('SearchResultCache', () => {
  it('answers a repeated request without the engine until the index changes', async () => {
    const engine = new EmbeddedSearchEngine({ words: COUNTY_WORDS });
    await engine.ensureIndex(POSTINGS_INDEX);
    await engine.upsert(POSTINGS_INDEX.name, Object.values(FIXTURES).map(fixtureDocument));
    const cache = new SearchResultCache(engine);
    const first = await cache.search(POSTINGS_INDEX.name, { query: '按摩' });
    expect(await cache.search(POSTINGS_INDEX.name, { query: '按摩' })).toBe(first);
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
    const gone = first.hits[0].id;
    await engine.delete(POSTINGS_INDEX.name, [gone]);
    const after = await cache.search(POSTINGS_INDEX.name, { query: '按摩' });
    expect(after.total).toBe(first.total - 1);
    expect(after.hits.map((h) => h.id)).not.toContain(gone);
  });
});
