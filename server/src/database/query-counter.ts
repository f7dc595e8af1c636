// TypeORM logger that counts queries per request (for N+1 checks and the slow-request log) and logs errors.
import { Logger as NestLogger } from '@nestjs/common';
import type { Logger, QueryRunner } from 'typeorm';
import { requestStorage } from '../common/request-context.js';

let totalQueries = 0;

/** Total queries issued by this process; tests read the difference around a request. */
export function queriesIssued(): number {
  return totalQueries;
}

function isConstraintRefusal(error: string | Error): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('23');
}

export class CountingQueryLogger implements Logger {
  private readonly logger = new NestLogger('SQL');
  constructor(private readonly verbose: boolean) {}

  logQuery(query: string, parameters?: unknown[], _qr?: QueryRunner): void {
    totalQueries++;
    const store = requestStorage.getStore();
    if (store) store.queryCount++;
    if (this.verbose) this.logger.debug(`${query} ${parameters?.length ? JSON.stringify(parameters) : ''}`);
  }
  /**
   * A constraint the database refused (SQLSTATE class 23: a duplicate key, a check) is how a service learns of a
   * conflict it then answers as a refusal, so it is not news at warn level: debug only. When no service turns it
   * into a refusal, the GraphQL error log records the fault once, at error, with its stack.
   */
  logQueryError(error: string | Error, query: string): void {
    const line = `${error instanceof Error ? error.message : error} -- ${query.slice(0, 500)}`;
    if (isConstraintRefusal(error)) this.logger.debug(line);
    else this.logger.warn(line);
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow query ${time} ms: ${query.slice(0, 500)}`);
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.log(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
