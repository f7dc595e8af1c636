// Rebuilding an index from PostgreSQL (server start, `npm run reindex`): build beside the live index, swap, then
// re-apply whatever changed while the rows were being read, so no concurrent change is lost in the swap.
import { applyCurrentState } from './outbox-relay.js';
import type { SearchEngine } from './search-engine.js';
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

/** Rebuilds an index whose document count differs from PostgreSQL's (empty after a start, or after a bulk load). */
export async function rebuildIfCountsDiffer(engine: SearchEngine, db: Database, aggregate: Aggregate): Promise<boolean> {
  const [indexed, expected] = await Promise.all([engine.count(INDEX_OF[aggregate]), countIndexable(db, aggregate)]);
  if (indexed === expected) return false;
  await rebuildIndex(engine, db, aggregate);
  return true;
}
