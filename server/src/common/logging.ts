// Structured logs: one pino logger for Nest and the app, JSON lines (or pino-pretty's readable lines in development),
// each line inside a request carrying its request id, the signed-in user and the GraphQL operation.
import type { NextFunction, Request, Response } from 'express';
import { LoggerModule } from 'nestjs-pino';
import { pino, type Logger as PinoLogger, type LevelWithSilent } from 'pino';
import pinoPretty from 'pino-pretty';
import type { AppConfig } from '../config/config.js';
import { requestStorage, type RequestState } from './request-context.js';

const LEVELS: Record<AppConfig['logLevel'], LevelWithSilent> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

let root: PinoLogger | undefined;

/** The process's one pino logger (made on first use from the config). */
export function rootLogger(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): PinoLogger {
  if (root) return root;
  const options = {
    level: LEVELS[config.logLevel],
    base: { pid: process.pid },
    // who and what a line is about; the request id comes from the request's child logger (see loggerModule)
    mixin: () => {
      const s = requestStorage.getStore();
      if (!s) return {};
      const out: Record<string, string> = {};
      if (s.userId) out.userId = s.userId;
      if (s.operation) out.operation = s.operation;
      return out;
    },
    timestamp: pino.stdTimeFunctions.isoTime,
    // an error's kind, words, code and stack; not its other fields (a TypeORM error carries the SQL and its parameters)
    serializers: {
      err: (e: unknown) => (e instanceof Error
        ? { type: e.constructor.name, message: e.message, stack: e.stack, code: (e as { code?: unknown }).code }
        : e),
    },
  };
  root = config.logFormat === 'pretty'
    ? pino(options, pinoPretty({ colorize: process.stdout.isTTY, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', sync: true }))
    : pino(options);
  return root;
}

/** nestjs-pino: Nest's own messages and every `new Logger(...)` go to the same pino logger. */
export function loggerModule(config: AppConfig) {
  return LoggerModule.forRoot({
    pinoHttp: {
      logger: rootLogger(config),
      // one line per request is written by requestLog below, with the operation and user known by then
      autoLogging: false,
      quietReqLogger: true,
      customAttributeKeys: { reqId: 'requestId' },
      genReqId: (_req, res) => (res as Response).locals?.requestState?.requestId ?? 'unknown',
    },
  });
}

/** One line per answered request (not /health, which load balancers poll): status, time, who, which operation. */
export function requestLog(config: AppConfig) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.path === '/health') return next();
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const s = res.locals.requestState as RequestState | undefined;
      const status = res.statusCode;
      const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
      rootLogger(config)[level]({
        requestId: s?.requestId, userId: s?.userId, operation: s?.operation, method: req.method, path: req.originalUrl.split('?')[0].slice(0, 200), status,
        ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
      }, 'request');
    });
    next();
  };
}
