// Administrators manage the federation's staff accounts: list, create (with an initial or one-time password),
// rename, scope to a county or the whole city, disable (ending every session at once) and enable. Every change
// is written to the audit log in the same transaction.
import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { DataSource, type Repository } from 'typeorm';
import { Role } from '../common/domain.js';
import { FieldProblems, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { PageInput, pageOf, type Page } from '../common/pagination.js';
import { RegionsService } from '../regions/regions.service.js';
import type { Actor } from './actor.js';
import { AuditService } from './audit.service.js';
import { AuthService, checkNewPassword, requireActor } from './auth.service.js';
import { SessionsService } from './sessions.service.js';
import { CreateStaffInput, StaffStatus, StaffUserFilter, UpdateStaffUserInput } from './staff-users.inputs.js';
import { User } from './user.entity.js';

// no 0/O, 1/l/I: read aloud or copied by hand at the counter
const OTP_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password: three groups of four, about 69 bits, always within the password policy. */
export function oneTimePassword(): string {
  const group = () => Array.from({ length: 4 }, () => OTP_ALPHABET[randomInt(0, OTP_ALPHABET.length)]).join('');
  return `${group()}-${group()}-${group()}`;
}

const STAFF_ROLES = [Role.STAFF, Role.ADMIN];

@Injectable()
export class StaffUsersService {
  constructor(
    private readonly ds: DataSource,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly regions: RegionsService,
  ) {}

  async list(actor: Actor | null, filter: StaffUserFilter = {}, page?: PageInput): Promise<Page<User>> {
    requireActor(actor, Role.ADMIN);
    this.checkScope(filter.countyCode, 'filter.countyCode');
    const p = pageOf(page, 100);
    const q = this.ds.getRepository(User).createQueryBuilder('u').where('u.role IN (:...roles)', { roles: STAFF_ROLES });
    if (filter.countyCode) q.andWhere('u.scopeCountyCode = :county', { county: filter.countyCode });
    if (filter.cityWide) q.andWhere('u.scopeCountyCode IS NULL');
    if (filter.status === StaffStatus.ACTIVE) q.andWhere('u.disabledAt IS NULL');
    if (filter.status === StaffStatus.DISABLED) q.andWhere('u.disabledAt IS NOT NULL');
    const name = filter.name?.trim();
    if (name) {
      q.andWhere(`(u.displayName ILIKE :like ESCAPE '\\' OR u.phone = :exact OR u.email = lower(:exact))`,
        { like: `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, exact: name });
    }
    const [items, total] = await q
      .orderBy('u.disabledAt IS NOT NULL').addOrderBy('u.role', 'ASC').addOrderBy('u.scopeCountyCode', 'ASC', 'NULLS FIRST')
      .addOrderBy('u.displayName').addOrderBy('u.id')
      .skip(p.offset).take(p.limit).getManyAndCount();
    return { items, total, page: p.page, pageSize: p.pageSize };
  }

  async create(actor: Actor | null, input: CreateStaffInput): Promise<User> {
    const a = requireActor(actor, Role.ADMIN);
    this.checkScope(input.scopeCountyCode, 'input.scopeCountyCode');
    const generate = !!input.generatePassword;
    new FieldProblems().check(generate !== !!input.password, 'input.password', 'validation.passwordOrGenerate').throwIfAny();
    const password = generate ? oneTimePassword() : input.password!;
    if (!generate) checkNewPassword(password, input.phone);
    const user = await this.ds.transaction(async (m) => {
      const created = await this.auth.insertUser({
        role: Role.STAFF, displayName: input.displayName.trim(), email: input.email?.trim().toLowerCase() || null,
        phone: input.phone ?? null, password, locale: 'zh-CN', scopeCountyCode: input.scopeCountyCode || null,
        // a password someone else has seen: the person sets their own at first sign-in
        mustChangePassword: generate,
      }, m);
      await this.audit.record(a, [{ action: 'ADMIN_ACTION', entity: 'user', entityId: created.id,
        detail: { op: 'createStaff', scope: created.scopeCountyCode, oneTimePassword: generate } }], m);
      return created;
    });
    // shown once, in this answer only; the table holds its hash
    if (generate) user.oneTimePassword = password;
    return user;
  }

  async update(actor: Actor | null, userId: string, input: UpdateStaffUserInput): Promise<User> {
    const a = requireActor(actor, Role.ADMIN);
    const scopeGiven = input.scopeCountyCode !== undefined;
    if (scopeGiven) this.checkScope(input.scopeCountyCode, 'input.scopeCountyCode');
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(User);
      const user = await this.staffAccount(repo, userId);
      if (scopeGiven && user.role === Role.ADMIN) throw InvalidInputError.field('input.scopeCountyCode', 'validation.adminHasNoScope');
      const patch: Partial<User> = {};
      const detail: Record<string, unknown> = { op: 'updateStaff' };
      const name = input.displayName?.trim();
      if (name && name !== user.displayName) {
        patch.displayName = name;
        Object.assign(detail, { nameFrom: user.displayName, nameTo: name });
      }
      const scope = input.scopeCountyCode || null;
      if (scopeGiven && scope !== user.scopeCountyCode) {
        patch.scopeCountyCode = scope;
        Object.assign(detail, { from: user.scopeCountyCode, to: scope });
      }
      if (Object.keys(patch).length) {
        await repo.update({ id: userId }, patch);
        await this.audit.record(a, [{ action: 'ADMIN_ACTION', entity: 'user', entityId: userId, detail }], m);
      }
      return repo.findOneByOrFail({ id: userId });
    });
  }

  /** Disabling ends the account's sessions in the same transaction: its next request is anonymous. */
  async setDisabled(actor: Actor | null, userId: string, disabled: boolean, staffOnly = true): Promise<User> {
    const a = requireActor(actor, Role.ADMIN);
    if (disabled && userId === a.userId) throw new ForbiddenError('error.cannotDisableSelf');
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(User);
      const user = staffOnly ? await this.staffAccount(repo, userId) : await repo.findOneBy({ id: userId });
      if (!user) throw new NotFoundError('user');
      if (!!user.disabledAt !== disabled) {
        await repo.update({ id: userId }, { disabledAt: disabled ? new Date() : null });
        await this.audit.record(a, [{ action: 'ADMIN_ACTION', entity: 'user', entityId: userId, detail: { op: disabled ? 'disable' : 'enable' } }], m);
      }
      if (disabled) await this.sessions.revokeAllFor(userId, m);
      return repo.findOneByOrFail({ id: userId });
    });
  }

  private async staffAccount(repo: Repository<User>, userId: string): Promise<User> {
    const user = await repo.findOneBy({ id: userId });
    if (!user || !STAFF_ROLES.includes(user.role)) throw new NotFoundError('user');
    return user;
  }

  private checkScope(code: string | null | undefined, path: string) {
    if (code && !this.regions.isCounty(code)) throw InvalidInputError.field(path, 'validation.unknownCounty');
  }
}
