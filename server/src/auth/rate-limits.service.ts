// Rate limits on sign-in and sign-up, kept in PostgreSQL (rate-limiter-flexible) so every instance shares them.
// Keyed on the client address and, for sign-in, on the account: guessing one password from many addresses is slowed too.
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { RateLimitedError } from '../common/errors.js';

const digest = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 40);

@Injectable()
export class RateLimitsService implements OnModuleInit {
  private byAddress!: RateLimiterPostgres;
  private byAccount!: RateLimiterPostgres;

  constructor(private readonly ds: DataSource, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onModuleInit() {
    // TypeORM's pg pool; the rate_limit table comes from the migrations (tableCreated: true)
    const pool = (this.ds.driver as unknown as { master: unknown }).master;
    const common = { storeClient: pool, storeType: 'pool', tableName: 'rate_limit', tableCreated: true, duration: 60 };
    this.byAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'addr', points: this.config.rateLimits.addressPerMinute });
    this.byAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'acct', points: this.config.rateLimits.accountPerMinute, blockDuration: 60 });
  }

  async consume(kind: string, address: string | undefined, account?: string): Promise<void> {
    try {
      await this.byAddress.consume(`${kind}:${address ?? 'unknown'}`);
      if (account) await this.byAccount.consume(`${kind}:${digest(account.trim().toLowerCase())}`);
    } catch (e) {
      if (e instanceof RateLimiterRes) throw new RateLimitedError(Math.ceil(e.msBeforeNext / 1000));
      throw e;
    }
  }
}
