// The search module's database interface over a plain `pg` pool (reindex, benchmarks, tests).
import type pg from 'pg';
import type { Database } from './sources.js';

export function pgDatabase(pool: pg.Pool): Database {
  return {
    query: async (text, params) => (await pool.query(text, params)).rows,
    transaction: async (work) => {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work({ query: async (text, params) => (await client.query(text, params)).rows });
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch((err: Error) => { broken = err; });
        throw e;
      } finally {
        // a connection that cannot even roll back is dropped, not reused
        client.release(broken);
      }
    },
  };
}
