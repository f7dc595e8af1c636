// The outbox writer: domain services call it inside their transaction; the search relay drains the table.
import type { EntityManager } from 'typeorm';

export type OutboxAggregate = 'posting' | 'seeker';
export type OutboxOp = 'UPSERT' | 'DELETE';

export async function enqueueOutbox(m: EntityManager, aggregate: OutboxAggregate, id: string, op: OutboxOp): Promise<void> {
  await m.query(`INSERT INTO outbox (aggregate, aggregate_id, op) VALUES ($1, $2, $3)`, [aggregate, id, op]);
}

/** Anything that runs SQL in the caller's transaction: an EntityManager, a query runner, a pg client. */
interface Queryable { query(sql: string, params?: unknown[]): Promise<unknown> }

/** One outbox row per id, in one statement (bulk writes such as the registry import). */
export async function enqueueOutboxMany(q: Queryable, aggregate: OutboxAggregate, ids: readonly string[], op: OutboxOp): Promise<void> {
  if (ids.length === 0) return;
  await q.query(`INSERT INTO outbox (aggregate, aggregate_id, op) SELECT $1, unnest($2::uuid[]), $3`, [aggregate, ids, op]);
}
