// Accounts: sign-up, sign-in, sign-out, and the administrator's staff management.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Role } from '../common/domain.js';
import { FieldProblems, ForbiddenError, InvalidInputError, NotFoundError, UnauthenticatedError } from '../common/errors.js';
import { RegionsService } from '../regions/regions.service.js';
import type { Actor } from './actor.js';
import { ChangePasswordInput, SignInInput, SignUpInput, UpdateMeInput } from './auth.inputs.js';
import { AuditService } from './audit.service.js';
import { passwordProblem } from './password-policy.js';
import { Passwords } from './passwords.js';
import { RateLimitsService } from './rate-limits.service.js';
import { SessionsService } from './sessions.service.js';
import { User } from './user.entity.js';

export function requireActor(actor: Actor | null, ...roles: Role[]): Actor {
  if (!actor) throw new UnauthenticatedError();
  if (roles.length && !roles.includes(actor.role)) throw new ForbiddenError('error.forbiddenRole', { roles: roles.join(' / ') });
  return actor;
}

const normEmail = (e?: string | null) => (e ? e.trim().toLowerCase() : null);

@Injectable()
export class AuthService {
  private readonly passwords: Passwords;
  /** A real hash to verify against when the account does not exist, so timing does not reveal accounts. */
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly ds: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly regions: RegionsService,
    private readonly rateLimits: RateLimitsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.passwords = new Passwords(config.argon2Concurrency);
  }

  hashPassword(password: string): Promise<string> {
    return this.passwords.hash(password);
  }

  async signUp(input: SignUpInput, meta: { ip?: string; userAgent?: string }) {
    await this.rateLimits.consume('signUp', meta.ip);
    checkNewPassword(input.password, input.phone);
    const user = await this.insertUser({
      role: input.role, displayName: input.displayName.trim(), email: normEmail(input.email), phone: input.phone ?? null,
      password: input.password, locale: input.locale ?? 'zh-CN', scopeCountyCode: null,
    });
    const session = await this.sessions.create(user.id, meta);
    return { user, ...session };
  }

  async signIn(input: SignInInput, meta: { ip?: string; userAgent?: string }) {
    const account = input.account.trim();
    await this.rateLimits.consume('signIn', meta.ip, account);
    const byEmail = account.includes('@');
    const user = await this.ds.getRepository(User).createQueryBuilder('u').addSelect('u.passwordHash')
      .where(byEmail ? 'u.email = :a' : 'u.phone = :a', { a: byEmail ? account.toLowerCase() : account })
      .getOne();
    if (!user) {
      this.dummyHash ??= this.passwords.hash('not-a-real-password');
      await this.passwords.verify(await this.dummyHash, input.password);
      throw new UnauthenticatedError('error.badCredentials');
    }
    const ok = await this.passwords.verify(user.passwordHash, input.password);
    if (!ok) {
      await this.audit.record(null, [{ action: 'SIGN_IN_FAILED', entity: 'user', entityId: user.id, detail: { ip: meta.ip } }]);
      throw new UnauthenticatedError('error.badCredentials');
    }
    if (user.disabledAt) throw new ForbiddenError('error.accountDisabled');
    if (this.passwords.needsRehash(user.passwordHash)) {
      await this.ds.query(`UPDATE app_user SET password_hash = $2 WHERE id = $1`, [user.id, await this.passwords.hash(input.password)]);
    }
    const session = await this.sessions.create(user.id, meta);
    return { user, ...session };
  }

  signOut(actor: Actor | null): Promise<void> {
    return actor ? this.sessions.revoke(actor.sessionId) : Promise.resolve();
  }

  /**
   * The signed-in person sets a new password: the current one must be right, the new one follows the policy and is
   * typed twice the same. It clears the one-time password's flag and ends the person's other sessions.
   */
  async changePassword(actor: Actor | null, input: ChangePasswordInput, meta: { ip?: string }): Promise<User> {
    const a = requireActor(actor);
    await this.rateLimits.consume('changePassword', meta.ip, a.userId);
    const user = await this.ds.getRepository(User).createQueryBuilder('u').addSelect('u.passwordHash')
      .where('u.id = :id', { id: a.userId }).getOneOrFail();
    const problems = new FieldProblems();
    const rightNow = await this.passwords.verify(user.passwordHash, input.currentPassword);
    problems.check(rightNow, 'input.currentPassword', 'validation.currentPasswordWrong');
    const policy = passwordProblem(input.newPassword, user.phone);
    if (policy) problems.add('input.newPassword', policy);
    else if (rightNow && input.newPassword === input.currentPassword) problems.add('input.newPassword', 'validation.passwordUnchanged');
    problems.check(input.confirmPassword === input.newPassword, 'input.confirmPassword', 'validation.passwordMismatch');
    problems.throwIfAny();
    const hash = await this.passwords.hash(input.newPassword);
    await this.ds.transaction(async (m) => {
      await m.query(`UPDATE app_user SET password_hash = $2, must_change_password = false WHERE id = $1`, [a.userId, hash]);
      await m.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL`, [a.userId, a.sessionId]);
      await this.audit.record(a, [{ action: 'SIGN_IN', entity: 'user', entityId: a.userId,
        detail: { op: 'changePassword', oneTimePasswordReplaced: user.mustChangePassword } }], m);
    });
    return this.ds.getRepository(User).findOneByOrFail({ id: a.userId });
  }

  /** Active staff who cover a county: its own staff and city-wide staff (who hear of work waiting there). */
  async staffCovering(m: EntityManager, countyCode: string | null): Promise<string[]> {
    const rows: Array<{ id: string }> = await m.query(
      `SELECT id FROM app_user WHERE role = 'STAFF' AND disabled_at IS NULL AND (scope_county_code IS NULL OR scope_county_code = $1)`, [countyCode]);
    return rows.map((r) => r.id);
  }

  /** The active account with this mobile number, if any (password reset). */
  async activeUserByPhone(phone: string): Promise<{ id: string } | null> {
    const rows: Array<{ id: string }> = await this.ds.query(`SELECT id FROM app_user WHERE phone = $1 AND disabled_at IS NULL`, [phone]);
    return rows[0] ?? null;
  }

  /** A password set by a reset code: the policy was checked by the caller; every session of the account ends. */
  async setPasswordByReset(m: EntityManager, userId: string, newPassword: string): Promise<void> {
    const hash = await this.passwords.hash(newPassword);
    await m.query(`UPDATE app_user SET password_hash = $2, must_change_password = false WHERE id = $1`, [userId, hash]);
    await m.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
    await this.audit.record(null, [{ action: 'SIGN_IN', entity: 'user', entityId: userId, detail: { op: 'resetPassword' } }], m);
  }

  async me(actor: Actor | null): Promise<User | null> {
    return actor ? this.ds.getRepository(User).findOneBy({ id: actor.userId }) : null;
  }

  async updateMe(actor: Actor | null, input: UpdateMeInput): Promise<User> {
    const a = requireActor(actor);
    const patch: Partial<User> = {};
    if (input.displayName !== undefined) patch.displayName = input.displayName.trim();
    if (input.locale !== undefined) patch.locale = input.locale;
    if (Object.keys(patch).length) await this.ds.getRepository(User).update({ id: a.userId }, patch);
    return this.ds.getRepository(User).findOneByOrFail({ id: a.userId });
  }

  async setStaffScope(actor: Actor | null, userId: string, countyCode: string | null): Promise<User> {
    const a = requireActor(actor, Role.ADMIN);
    this.checkScope(countyCode, 'countyCode');
    const repo = this.ds.getRepository(User);
    const user = await repo.findOneBy({ id: userId });
    if (!user) throw new NotFoundError('user');
    if (user.role !== Role.STAFF) throw InvalidInputError.field('userId', 'validation.staffScope');
    await repo.update({ id: userId }, { scopeCountyCode: countyCode || null });
    await this.audit.record(a, [{ action: 'ADMIN_ACTION', entity: 'user', entityId: userId, detail: { op: 'setStaffScope', from: user.scopeCountyCode, to: countyCode } }]);
    return repo.findOneByOrFail({ id: userId });
  }

  private checkScope(code: string | null | undefined, path: string) {
    if (code && !this.regions.isCounty(code)) throw InvalidInputError.field(path, 'validation.unknownCounty');
  }

  /** Writes a new account; a taken phone or email is refused naming the field. */
  async insertUser(u: {
    role: Role; displayName: string; email: string | null; phone: string | null; password: string; locale: string;
    scopeCountyCode: string | null; mustChangePassword?: boolean;
  }, manager: EntityManager = this.ds.manager): Promise<User> {
    new FieldProblems().check(!!(u.email || u.phone), 'input.phone', 'validation.contactRequired').throwIfAny();
    const passwordHash = await this.passwords.hash(u.password);
    try {
      const rows: Array<{ id: string }> = await manager.query(
        `INSERT INTO app_user (email, phone, password_hash, role, display_name, locale, scope_county_code, must_change_password)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
        [u.email, u.phone, passwordHash, u.role, u.displayName, u.locale, u.scopeCountyCode, u.mustChangePassword ?? false],
      );
      return await manager.getRepository(User).findOneByOrFail({ id: rows[0].id });
    } catch (e) {
      const err = e as QueryFailedError & { driverError?: { code?: string; constraint?: string } };
      if (err.driverError?.code === '23505') {
        const onEmail = err.driverError.constraint?.includes('email');
        throw InvalidInputError.field(onEmail ? 'input.email' : 'input.phone', onEmail ? 'error.emailTaken' : 'error.phoneTaken');
      }
      throw e;
    }
  }
}

/** A new password is refused, naming the field, when it is common or is (or holds) the account's mobile number. */
export function checkNewPassword(password: string, phone: string | null | undefined): void {
  const problem = passwordProblem(password, phone);
  if (problem) throw InvalidInputError.field('input.password', problem);
}
