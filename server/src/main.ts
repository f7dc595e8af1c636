// Entry point: `npm start`.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createServer, resolveDatabase } from './bootstrap.js';
import { loadConfig } from './config/config.js';
import { loadDemoDataIfEmpty } from './database/seed/demo.js';
import { SearchIndexer } from './search/search-indexer.service.js';

async function main() {
  const config = loadConfig();
  const logger = new Logger('Zhuyetong');
  const db = await resolveDatabase(config);
  const server = await createServer(config, db.url, { onClose: () => db.embedded?.stop() ?? Promise.resolve() });
  if (config.demoData) await loadDemoDataIfEmpty(server.dataSource, config);
  // demo data is loaded without outbox rows: index it now (an engine that has not answered yet rebuilds when it does)
  const indexer = server.app.get(SearchIndexer);
  if (indexer.ready) await indexer.reconcile();
  logger.log(`助业通 is ready: http://localhost:${config.port}/ (GraphQL at /graphql)`);
}

main().catch((err) => {
  // configuration errors name the variable; anything else is a start-up failure
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
