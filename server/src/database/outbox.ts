// The outbox writer: domain services call it inside their transaction; the search relay drains the table.
import type { EntityManager } from 'typeorm';

export type OutboxAggregate = 'posting' | 'seeker';
export type OutboxOp = 'UPSERT' | 'DELETE';

export async function enqueueOutbox(m: EntityManager, aggregate: OutboxAggregate, id: string, op: OutboxOp): Promise<void> {
  await m.query(`INSERT INTO outbox (aggregate, aggregate_id, op) VALUES ($1, $2, $3)`, [aggregate, id, op]);
}
