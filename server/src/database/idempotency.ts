// Mutations a client may retry take an idempotency key: a retry with the same key returns the first result.
import type { EntityManager } from 'typeorm';

export async function withIdempotency(
  m: EntityManager, userId: string, operation: string, key: string | null | undefined, run: () => Promise<string>,
): Promise<string> {
  if (!key) return run();
  // serialise retries of the same key; a second caller waits for the first transaction
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${userId}:${operation}:${key}`]);
  const found: Array<{ result_id: string }> = await m.query(
    `SELECT result_id FROM idempotency_key WHERE user_id = $1 AND operation = $2 AND key = $3`, [userId, operation, key]);
  if (found[0]) return found[0].result_id;
  const id = await run();
  await m.query(`INSERT INTO idempotency_key (user_id, operation, key, result_id) VALUES ($1,$2,$3,$4)`, [userId, operation, key, id]);
  return id;
}
