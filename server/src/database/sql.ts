// TypeORM's raw query returns [rows, affected] for UPDATE and DELETE and rows otherwise; this always gives rows.
import type { DataSource, EntityManager } from 'typeorm';

export async function queryRows<T>(db: DataSource | EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const result: unknown = await db.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

/** Words a person typed, as an ILIKE pattern that finds them anywhere (their %, _ and \ taken literally). */
export function containsPattern(words: string): string {
  return `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
