// Rebuilding an index from PostgreSQL (server start, `npm run reindex`): build beside the live index, swap, then
// re-apply whatever changed while the rows were being read, so no concurrent change is lost in the swap.
import { applyCurrentState } from './outbox-relay.js';
import type { SearchDocument, SearchEngine } from './search-engine.js';
import { countIndexable, documentBatches, INDEX_OF, type Aggregate, type Database } from './sources.js';

/** Changes whose transaction began this long before the rebuild are re-applied too (longer than any transaction lives). */
const CATCH_UP_MARGIN = '10 minutes';

export async function rebuildIndex(
  engine: SearchEngine, db: Database, aggregate: Aggregate, onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const [{ since }] = await db.query<{ since: Date }>(`SELECT now() - interval '${CATCH_UP_MARGIN}' AS since`);
  const total = await countIndexable(db, aggregate);
  onProgress?.(0, total);
  async function* batches() {
    let done = 0;
    for await (const batch of documentBatches(db, aggregate)) {
      done += batch.length;
      onProgress?.(done, Math.max(total, done));
      yield batch;
    }
  }
  const count = await engine.replaceAll(INDEX_OF[aggregate], batches());
  const changed = await db.query<{ aggregate_id: string }>(
    `SELECT DISTINCT aggregate_id FROM outbox WHERE aggregate = $1 AND created_at >= $2`, [aggregate, since]);
  await applyCurrentState(engine, db, changed.map((r) => ({ aggregate, id: r.aggregate_id })));
  return count;
}

export interface Reconciled { rebuilt: boolean; upserted: number; deleted: number }

/**
 * Makes the index hold what PostgreSQL says it should: rebuilt when the counts differ (empty after a start, or after a
 * bulk load), otherwise repaired by content: each document whose digest differs from the one the rows give now is
 * written again, and each one that should not be there is deleted. A change made meanwhile has its outbox row, which
 * the relay applies afterwards.
 */
export async function reconcileIndex(engine: SearchEngine, db: Database, aggregate: Aggregate): Promise<Reconciled> {
  const index = INDEX_OF[aggregate];
  const [indexed, expected] = await Promise.all([engine.count(index), countIndexable(db, aggregate)]);
  if (indexed !== expected) {
    await rebuildIndex(engine, db, aggregate);
    return { rebuilt: true, upserted: expected, deleted: 0 };
  }
  const digests = new Map((await engine.allDocuments(index)).map((d) => [d.id, d.digest]));
  let upserted = 0;
  let stale: SearchDocument[] = [];
  const flush = async () => {
    if (!stale.length) return;
    await engine.upsert(index, stale);
    upserted += stale.length;
    stale = [];
  };
  for await (const batch of documentBatches(db, aggregate)) {
    for (const doc of batch) {
      if (digests.get(doc.id) !== doc.digest) stale.push(doc);
      digests.delete(doc.id);
    }
    if (stale.length >= 1000) await flush();
  }
  await flush();
  const extra = [...digests.keys()];
  await engine.delete(index, extra);
  return { rebuilt: false, upserted, deleted: extra.length };
}
