// Builds the HTTP server: database (external or embedded), migrations, region, middleware, Nest app.
import { Logger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/config.js';
import { projectRoot } from './common/project-root.js';
import { PinoNestLogger, requestLog, rootLogger } from './common/logging.js';
import { pickLocale, requestStorage, type RequestState } from './common/request-context.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './database/embedded-postgres.js';
import { readRegionFile, syncCounties } from './regions/regions.service.js';

export interface RunningServer {
  app: INestApplication;
  url: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** DATABASE_URL when configured; otherwise real PostgreSQL from embedded-postgres under .data/. */
export async function resolveDatabase(config: AppConfig): Promise<{ url: string; embedded?: EmbeddedPostgresHandle }> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  const logger = new Logger('EmbeddedPostgres');
  logger.log(`starting PostgreSQL from ${config.embeddedPg.dir} on port ${config.embeddedPg.port}`);
  const embedded = await startEmbeddedPostgres({
    dir: config.embeddedPg.dir, port: config.embeddedPg.port, database: 'zhuyetong',
    log: config.logLevel === 'debug' || config.logLevel === 'verbose' ? (l) => logger.debug(l) : undefined,
  });
  return { url: embedded.url, embedded };
}

/** Applies pending migrations and the region data. Safe to run on every start. */
export async function prepareDatabase(ds: DataSource, config: AppConfig): Promise<void> {
  await ds.runMigrations({ transaction: 'each' });
  await syncCounties(ds, readRegionFile(config.regionFile));
}

function requestContext(req: Request, res: Response, next: NextFunction) {
  // a caller's id is kept only when it looks like one (it ends up in every log line)
  const given = req.get('x-request-id') ?? '';
  const requestId = /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
  const state: RequestState = { requestId, locale: pickLocale(req.get('accept-language'), req.get('x-locale')), queryCount: 0 };
  // the request log line is written after the answer, outside this async context: it finds the state here
  res.locals.requestState = state;
  requestStorage.run(state, next);
}

export async function createServer(config: AppConfig, databaseUrl: string, opts: { onClose?: () => Promise<void> } = {}): Promise<RunningServer> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bufferLogs: true,
  });
  app.useLogger(new PinoNestLogger(rootLogger(config)));
  // X-Forwarded-For decides req.ip, and so the per-address sign-in limit: believed only behind a configured proxy
  app.set('trust proxy', config.trustProxy);
  app.use(helmet({ contentSecurityPolicy: config.env === 'production' ? undefined : false }));
  app.use(cookieParser());
  app.use(requestContext);
  app.use(requestLog(config));
  app.use('/graphql', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  serveClient(app, config);
  app.enableShutdownHooks();
  const ds = app.get(DataSource);
  await prepareDatabase(ds, config);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    dataSource: ds,
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await app.close();
      await opts.onClose?.();
    },
  };
}

/** The built client (client/dist) when there is one, else the minimal page in client/public. */
function serveClient(app: NestExpressApplication, config: AppConfig) {
  const dist = join(projectRoot(), 'client/dist');
  serveGraphiQL(app, config, join(dist, GRAPHIQL_PAGE));
  const root = existsSync(join(dist, 'index.html')) ? dist : join(projectRoot(), 'client/public');
  app.useStaticAssets(root, { index: 'index.html' });
  // client-side routes (/jobs/123, /my/applications ...) get the app's page; the API paths do not
  app.use((req: Request, res: Response, next: NextFunction) => {
    // only page navigations (browsers ask for text/html explicitly); never the API, health or file exports
    if (req.method !== 'GET' || /^\/(graphql|health|exports|api)(\/|$)/.test(req.path) || !(req.get('accept') ?? '').includes('text/html')) return next();
    res.sendFile(join(root, 'index.html'));
  });
}

const GRAPHIQL_PAGE = 'graphiql.html';

/**
 * What the GraphiQL page may load: its own scripts, styles, font and workers from this origin, and requests to
 * /graphql; nothing from elsewhere. Inline styles are allowed because Monaco and GraphiQL set them at run time; data: fonts
 * and images because GraphiQL's stylesheet embeds its fonts and icons.
 */
const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * Outside production, a browser opening /graphql gets GraphiQL: client/dist/graphiql.html, built from npm
 * packages by `npm run build:client` (no CDN). GraphQL requests (POST, or GET with a query) go on to Apollo.
 * In production the page is not served at all, not even as a static file.
 */
function serveGraphiQL(app: NestExpressApplication, config: AppConfig, page: string) {
  app.use(`/${GRAPHIQL_PAGE}`, (_req: Request, res: Response) => {
    if (config.env === 'production') res.status(404).type('text/plain').send('Not Found');
    else res.redirect(302, '/graphql');
  });
  if (config.env === 'production') return;
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    const params = new URL(req.originalUrl, 'http://localhost').searchParams;
    const isPageRequest = req.method === 'GET' && req.path === '/' && !params.has('query') && !params.has('extensions')
      && (req.get('accept') ?? '').includes('text/html');
    if (!isPageRequest) return next();
    if (!existsSync(page)) {
      res.status(404).type('text/plain').send('GraphiQL is not built yet: run npm run build:client');
      return;
    }
    res.setHeader('Content-Security-Policy', GRAPHIQL_CSP);
    res.sendFile(page);
  });
}
