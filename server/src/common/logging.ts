// Structured logs: one pino logger for Nest and the app, JSON lines (or pino-pretty's readable lines in development),
// each line inside a request carrying its request id, the signed-in user and the GraphQL operation.
import type { NextFunction, Request, Response } from 'express';
import type { LoggerService } from '@nestjs/common';
import { pino, type Logger as PinoLogger, type LevelWithSilent } from 'pino';
import type PinoPretty from 'pino-pretty';
import { lazyModule } from './lazy-module.js';
import type { AppConfig } from '../config/config.js';
import { requestStorage, type RequestState } from './request-context.js';

/** Readable lines for development only: loaded when LOG_FORMAT=pretty (lazy-module.ts). */
const pinoPretty = lazyModule<typeof PinoPretty>('pino-pretty');

const LEVELS: Record<AppConfig['logLevel'], LevelWithSilent> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

let root: PinoLogger | undefined;

/** The process's one pino logger (made on first use from the config). */
export function rootLogger(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): PinoLogger {
  if (root) return root;
  const options = {
    level: LEVELS[config.logLevel],
    base: { pid: process.pid },
    // which request, who and what operation a line is about (the request's state, see request-context.ts)
    mixin: () => {
      const s = requestStorage.getStore();
      if (!s) return {};
      const out: Record<string, string> = { requestId: s.requestId };
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
    ? pino(options, pinoPretty()({ colorize: process.stdout.isTTY, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', sync: true }))
    : pino(options);
  return root;
}

/**
 * Nest's own messages and every `new Logger(context)` go to the same pino logger, the context as a field. (nestjs-pino
 * does the same, but its versions for Nest 12 need Node 22; the request's fields come from the mixin above.)
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: PinoLogger) {}

  log(message: unknown, ...rest: unknown[]) { this.write('info', message, rest); }
  error(message: unknown, ...rest: unknown[]) { this.write('error', message, rest); }
  warn(message: unknown, ...rest: unknown[]) { this.write('warn', message, rest); }
  debug(message: unknown, ...rest: unknown[]) { this.write('debug', message, rest); }
  verbose(message: unknown, ...rest: unknown[]) { this.write('trace', message, rest); }
  fatal(message: unknown, ...rest: unknown[]) { this.write('fatal', message, rest); }

  /** Nest passes (message, context) or, for errors, (message, stack, context). */
  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, rest: unknown[]) {
    if (!this.logger.isLevelEnabled(level)) return;
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const stack = level === 'error' && typeof rest[0] === 'string' ? (rest[0] as string) : undefined;
    if (message instanceof Error) this.logger[level]({ context, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.logger[level]({ context, ...message });
    else this.logger[level]({ context, ...(stack ? { stack } : {}) }, String(message));
  }
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
