// Password reset by SMS code. The request answers the same whether the number has an account or not; it is
// limited per number and per client address (rate-limiter-flexible in PostgreSQL, like sign-in). The code has six
// digits, is stored as an HMAC (never in the in-app list; the delivery forgets it once sent), expires after ten
// minutes and allows five tries. A reset follows the password policy and ends every session of the account.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Field, InputType, Mutation, Resolver, Args, Context } from '@nestjs/graphql';
import { Length, Matches, MaxLength } from 'class-validator';
import type { Request } from 'express';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service.js';
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from '../auth/password-policy.js';
import { PHONE } from '../auth/auth.inputs.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { FieldProblems, RateLimitedError } from '../common/errors.js';
import { queryRows } from '../database/sql.js';
import { NotificationChannel } from './notification-kind.js';
import { NotificationsService } from './notifications.service.js';

const CODE_MINUTES = 10;
const MAX_TRIES = 5;

@InputType()
export class RequestPasswordResetInput {
  @Field({ description: 'The mobile number of the account' }) @Matches(PHONE, { message: 'validation.isPhone' }) phone: string;
}

@InputType()
export class ResetPasswordInput {
  @Field() @Matches(PHONE, { message: 'validation.isPhone' }) phone: string;
  @Field({ description: 'The six digits sent by SMS' }) @Matches(/^\d{6}$/, { message: 'validation.resetCode' }) code: string;
  @Field({ description: 'The password policy applies' }) @Length(PASSWORD_MIN, PASSWORD_MAX, { message: 'validation.passwordLength' }) newPassword: string;
  @Field() @MaxLength(PASSWORD_MAX) confirmPassword: string;
}

@Injectable()
export class PasswordResetService implements OnModuleInit {
  private perPhone!: RateLimiterPostgres;
  private perAddress!: RateLimiterPostgres;

  constructor(
    private readonly ds: DataSource,
    private readonly notifications: NotificationsService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    const pool = (this.ds.driver as unknown as { master: unknown }).master;
    const common = { storeClient: pool, storeType: 'pool', tableName: 'rate_limit', tableCreated: true, duration: 3600 };
    this.perPhone = new RateLimiterPostgres({ ...common, keyPrefix: 'reset-phone', points: this.config.passwordReset.perPhonePerHour });
    this.perAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'reset-addr', points: this.config.passwordReset.perAddressPerHour });
  }

  private hash(phone: string, code: string) {
    return createHmac('sha256', this.config.dataKey).update(`reset:${phone}:${code}`).digest('hex');
  }

  private async limit(address: string | undefined, phone?: string) {
    try {
      await this.perAddress.consume(address ?? 'unknown');
      if (phone) await this.perPhone.consume(createHmac('sha256', this.config.dataKey).update(phone).digest('hex').slice(0, 40));
    } catch (e) {
      if (e instanceof RateLimiterRes) throw new RateLimitedError(Math.ceil(e.msBeforeNext / 1000));
      throw e;
    }
  }

  async request(phone: string, address: string | undefined): Promise<boolean> {
    await this.limit(address, phone);
    const u = await this.auth.activeUserByPhone(phone);
    if (!u) return true;
    await this.ds.transaction(async (m) => {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      await m.query(`UPDATE password_reset_code SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [u.id]);
      await m.query(`INSERT INTO password_reset_code (user_id, code_hash, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))`,
        [u.id, this.hash(phone, code), CODE_MINUTES]);
      await this.notifications.sendDirect(m, u.id, NotificationChannel.SMS, 'PASSWORD_RESET', { code });
    });
    return true;
  }

  async reset(input: ResetPasswordInput, address: string | undefined): Promise<boolean> {
    await this.limit(address);
    const p = new FieldProblems();
    const u = await this.auth.activeUserByPhone(input.phone);
    const policy = passwordProblem(input.newPassword, input.phone);
    if (policy) p.add('input.newPassword', policy);
    p.check(input.confirmPassword === input.newPassword, 'input.confirmPassword', 'validation.passwordMismatch');
    p.throwIfAny();
    const codeWrong = () => new FieldProblems().add('input.code', 'validation.resetCode').throwIfAny();
    if (!u) return codeWrong() as never;
    const ok = await this.ds.transaction(async (m) => {
      const [c] = await queryRows<{ id: string; code_hash: string; attempts: number }>(m,
        `SELECT id, code_hash, attempts FROM password_reset_code WHERE user_id = $1 AND used_at IS NULL AND expires_at > now()
          ORDER BY created_at DESC LIMIT 1 FOR UPDATE`, [u.id]);
      if (!c || c.attempts >= MAX_TRIES) return false;
      const want = Buffer.from(c.code_hash);
      const got = Buffer.from(this.hash(input.phone, input.code));
      if (want.length !== got.length || !timingSafeEqual(want, got)) {
        await m.query(`UPDATE password_reset_code SET attempts = attempts + 1 WHERE id = $1`, [c.id]);
        return false;
      }
      await m.query(`UPDATE password_reset_code SET used_at = now() WHERE id = $1`, [c.id]);
      await this.auth.setPasswordByReset(m, u.id, input.newPassword);
      return true;
    });
    if (!ok) codeWrong();
    return true;
  }
}

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly service: PasswordResetService) {}

  @Mutation(() => Boolean, { description: 'Sends a reset code by SMS if the number has an account; the answer is the same either way' })
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Context('req') req: Request) {
    return this.service.request(input.phone, req.ip);
  }

  @Mutation(() => Boolean, { description: 'Sets a new password with the SMS code; every session of the account ends' })
  resetPassword(@Args('input') input: ResetPasswordInput, @Context('req') req: Request) {
    return this.service.reset(input, req.ip);
  }
}
