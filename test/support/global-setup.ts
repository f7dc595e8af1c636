// Starts (or connects to) PostgreSQL once for the e2e run: a fresh database, migrated, with the region loaded.
import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { prepareDatabase } from '../../server/src/bootstrap.js';
import { loadConfig } from '../../server/src/config/config.js';
import { dataSourceOptions } from '../../server/src/database/data-source.js';
import { startEmbeddedPostgres } from '../../server/src/database/embedded-postgres.js';

const DB = 'zhuyetong_e2e';

export default async function globalSetup(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  let url: string;
  if (config.databaseUrl) {
    const admin = new pg.Client({ connectionString: config.databaseUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DB}`);
    await admin.end();
    const u = new URL(config.databaseUrl);
    u.pathname = `/${DB}`;
    url = u.toString();
    console.log(`\n[e2e] PostgreSQL from DATABASE_URL, database ${DB}`);
  } else {
    const embedded = await startEmbeddedPostgres({ dir: '.data/postgres-test', port: 54330, database: 'postgres' });
    (globalThis as Record<string, unknown>).__EMBEDDED_PG__ = embedded;
    const admin = new pg.Client({ connectionString: embedded.url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DB}`);
    await admin.end();
    url = embedded.url.replace(/\/postgres$/, `/${DB}`);
    console.log(`\n[e2e] embedded PostgreSQL (.data/postgres-test), database ${DB}`);
  }
  const ds = new DataSource(dataSourceOptions(url, config));
  await ds.initialize();
  await prepareDatabase(ds, config);
  await ds.destroy();
  process.env.E2E_DATABASE_URL = url;
}
