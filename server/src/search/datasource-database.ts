// The search module's small database interface over TypeORM's DataSource (the server's connection pool).
import type { DataSource } from 'typeorm';
import { queryRows } from '../database/sql.js';
import type { Database } from './sources.js';

export function databaseOf(ds: DataSource): Database {
  return {
    query: (text, params) => queryRows(ds, text, params),
    transaction: (work) => ds.transaction((m) => work({ query: (text, params) => queryRows(m, text, params) })),
  };
}
