// Seeker profiles: the person's own profile and consents, staff access in scope, and the rules for
// sensitive data (encrypted certificate number, masked output, audited reads).
import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type Actor, isStaff, staffCovers } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { CATEGORY_DIGIT, ConsentPurpose, Role } from '../common/domain.js';
import { FieldProblems, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { PolicySettingsService } from '../policy/policy-settings.service.js';
import { maskIdentityNumber, parseCertificate, birthDateFromResidentId } from '../common/identity-numbers.js';
import { translate } from '../common/messages.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { currentLocale } from '../common/request-context.js';
import { SensitiveCrypto } from '../common/sensitive-crypto.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { supportLabel } from '../vocabulary/labels.js';
import { RegionsService } from '../regions/regions.service.js';
import { type RegistryRecord, stageRecords, type UpsertCounts, upsertStaged } from './registry-upsert.js';
import { type OnBehalf, OnBehalfService } from './on-behalf.service.js';
import { SeekerProfile } from './seeker-profile.entity.js';
import { SeekerFilter, SeekerProfileInput } from './seeker.inputs.js';

/** How the asker relates to the profile; decides which fields they see. */
export type SeekerAccess = 'SELF' | 'STAFF' | 'EMPLOYER';

@Injectable()
export class SeekersService {
  readonly crypto: SensitiveCrypto;

  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: PolicySettingsService,
    private readonly onBehalf: OnBehalfService,
  ) {
    this.crypto = new SensitiveCrypto(config.dataKey);
  }

  /**
   * Marks these people not employed, in the caller's transaction: placements' owner calls it when the placement that
   * made them employed was confirmed as not genuine and they have no other ongoing genuine one.
   */
  async markNotEmployed(m: EntityManager, seekerIds: readonly string[]): Promise<void> {
    if (!seekerIds.length) return;
    await m.query(`UPDATE seeker_profile SET employment_status = 'UNEMPLOYED', updated_at = now()
                    WHERE id = ANY($1::uuid[]) AND employment_status = 'EMPLOYED'`, [[...seekerIds]]);
  }

  /**
   * Adds skills the person does not have yet (compared as the matcher compares skills), in the caller's transaction:
   * training's owner calls it when staff record a completion. The search feed trigger queues the profile for the index.
   */
  async addSkills(m: EntityManager, seekerId: string, skills: readonly string[]): Promise<string[]> {
    const [row]: Array<{ skills: string[] }> = await m.query(`SELECT skills FROM seeker_profile WHERE id = $1 FOR UPDATE`, [seekerId]);
    if (!row) return [];
    const key = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
    const have = new Set(row.skills.map(key));
    const added = skills.filter((s) => !have.has(key(s)) && have.add(key(s)));
    if (added.length) {
      await m.query(`UPDATE seeker_profile SET skills = skills || $2::text[], updated_at = now() WHERE id = $1`, [seekerId, added]);
    }
    return added;
  }

  /** Marks the person employed, in the caller's transaction (a placement was recorded). */
  async markEmployed(m: EntityManager, seekerId: string): Promise<void> {
    await m.query(`UPDATE seeker_profile SET employment_status = 'EMPLOYED', updated_at = now() WHERE id = $1`, [seekerId]);
  }

  /**
   * Writes checked registry rows into the profiles, in the caller's transaction (reporting's registry import):
   * creates new profiles, updates the registry fields of known ones, queues the discoverable ones for search.
   */
  async upsertRegistryRecords(
    client: pg.ClientBase, records: readonly RegistryRecord[], scopeCountyCode: string | null,
  ): Promise<UpsertCounts> {
    const protect = (n: string) => ({ hash: this.crypto.hash(n), enc: this.crypto.encrypt(n), masked: maskIdentityNumber(n) });
    await stageRecords(client, records, protect);
    return upsertStaged(client, scopeCountyCode);
  }

  async idOfUser(userId: string): Promise<string | null> {
    const rows: Array<{ id: string }> = await this.ds.query(`SELECT id FROM seeker_profile WHERE user_id = $1`, [userId]);
    return rows[0]?.id ?? null;
  }

  /** Reads for other features (no access rule: the caller applies its own). `m`: the caller's transaction. */
  findById(id: string, m: EntityManager = this.ds.manager): Promise<SeekerProfile | null> {
    return m.getRepository(SeekerProfile).findOneBy({ id });
  }

  getById(id: string, m: EntityManager = this.ds.manager): Promise<SeekerProfile> {
    return m.getRepository(SeekerProfile).findOneByOrFail({ id });
  }

  findByIds(ids: readonly string[]): Promise<SeekerProfile[]> {
    return ids.length ? this.ds.getRepository(SeekerProfile).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** The user accounts behind the profiles (profiles without an account left out), in the caller's transaction. */
  async userIdsOf(seekerIds: readonly string[], m: EntityManager = this.ds.manager): Promise<string[]> {
    if (!seekerIds.length) return [];
    const rows: Array<{ user_id: string }> = await m.query(
      `SELECT user_id FROM seeker_profile WHERE id = ANY($1) AND user_id IS NOT NULL`, [[...seekerIds]]);
    return rows.map((r) => r.user_id);
  }

  findByUser(userId: string): Promise<SeekerProfile | null> {
    return this.ds.getRepository(SeekerProfile).findOneBy({ userId });
  }

  async mine(actor: Actor | null): Promise<SeekerProfile | null> {
    const a = requireActor(actor, Role.SEEKER);
    return this.ds.getRepository(SeekerProfile).findOneBy({ userId: a.userId });
  }

  /** Staff in scope, or the person themself. Employers reach applicants through their applications. */
  async get(actor: Actor | null, id: string): Promise<SeekerProfile> {
    const a = requireActor(actor);
    const s = await this.ds.getRepository(SeekerProfile).findOneBy({ id });
    if (!s) throw new NotFoundError('seeker');
    if (s.userId === a.userId) return s;
    if (isStaff(a)) {
      if (!staffCovers(a, s.countyCode)) throw new ForbiddenError('error.outOfScope');
      return s;
    }
    throw new NotFoundError('seeker');
  }

  async list(actor: Actor | null, filter: SeekerFilter = {}, pageInput?: PageInput): Promise<Page<SeekerProfile>> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const qb = this.ds.getRepository(SeekerProfile).createQueryBuilder('s');
    if (a.role === Role.STAFF && a.scopeCountyCode) qb.andWhere('s.countyCode = :scope', { scope: a.scopeCountyCode });
    if (filter.countyCode) qb.andWhere('s.countyCode = :county', { county: filter.countyCode });
    if (filter.category) qb.andWhere('s.category = :cat', { cat: filter.category });
    if (filter.employmentStatus) qb.andWhere('s.employmentStatus = :es', { es: filter.employmentStatus });
    if (filter.graduateYear) qb.andWhere('s.graduateYear = :gy', { gy: filter.graduateYear });
    const q = filter.query?.trim();
    if (q) {
      const cert = parseCertificate(q);
      if (cert.ok) qb.andWhere('s.certificateHash = :h', { h: this.crypto.hash(cert.value.number) });
      else qb.andWhere('s.name LIKE :name', { name: `${q.replace(/[\\%_]/g, (c) => '\\' + c)}%` });
    }
    const [items, total] = await qb.orderBy('s.createdAt', 'DESC').addOrderBy('s.id').skip(offset).take(limit).getManyAndCount();
    return { items, total, page, pageSize };
  }

  access(actor: Actor | null, s: SeekerProfile, employerHasApplicant: boolean): SeekerAccess | null {
    if (!actor) return null;
    if (s.userId && s.userId === actor.userId) return 'SELF';
    if (isStaff(actor) && staffCovers(actor, s.countyCode)) return 'STAFF';
    if (actor.role === Role.EMPLOYER && employerHasApplicant) return 'EMPLOYER';
    return null;
  }

  /** The certificate number in full: only the person themself and staff with a stated purpose. */
  async revealCertificate(id: string): Promise<string | null> {
    const rows: Array<{ certificate_enc: Buffer | null }> = await this.ds.query(
      `SELECT certificate_enc FROM seeker_profile WHERE id = $1`, [id]);
    const enc = rows[0]?.certificate_enc;
    return enc ? this.crypto.decrypt(enc) : null;
  }

  async save(actor: Actor | null, input: SeekerProfileInput): Promise<SeekerProfile> {
    const a = requireActor(actor, Role.SEEKER);
    const existing = await this.ds.getRepository(SeekerProfile).findOneBy({ userId: a.userId });
    const consents = input.consents
      ? new Set(input.consents)
      : existing ? await this.currentConsents(this.ds.manager, existing.id) : new Set<ConsentPurpose>();
    return this.write(a, existing, input, consents);
  }

  /**
   * Staff update the profile for the person (who consented to it). Consents stay the person's own: staff cannot
   * give or withdraw them, and disability data needs the person's consent to it as when they save it themself.
   */
  async saveOnBehalf(actor: Actor | null, seekerId: string, input: SeekerProfileInput): Promise<SeekerProfile> {
    const ob = await this.onBehalf.authorize(actor, seekerId);
    if (input.consents) throw InvalidInputError.field('input.consents', 'error.consentsSeekerOnly');
    const consents = await this.currentConsents(this.ds.manager, ob.seeker.id);
    return this.write(ob.staff, ob.seeker, input, consents, ob);
  }

  private async write(a: Actor, existing: SeekerProfile | null, input: SeekerProfileInput, consents: Set<ConsentPurpose>, ob?: OnBehalf) {
    // a certificate left out of the input is kept, so the new category, level and birth date are checked against it
    const stored = existing && input.certificateNumber === undefined ? await this.revealCertificate(existing.id) : null;
    const fields = this.validate(input, consents, (await this.policy.values())['certificate.reissueSuffixAccepted'], stored);
    return this.ds.transaction(async (m) => {
      let id = existing?.id;
      try {
        if (id) {
          if (ob) await this.onBehalf.assertConsent(m, ob.seeker);
          await m.getRepository(SeekerProfile).update({ id }, fields);
        } else {
          const created = m.getRepository(SeekerProfile).create({ ...fields, userId: a.userId });
          await m.getRepository(SeekerProfile).insert(created);
          id = created.id;
        }
      } catch (e) {
        if ((e as { driverError?: { code?: string } }).driverError?.code === '23505') {
          throw InvalidInputError.field('input.certificateNumber', 'error.certificateTaken');
        }
        throw e;
      }
      if (input.consents && !ob) await this.recordConsents(m, a, id!, consents);
      if (ob) {
        const changed = changedFields(existing!, fields);
        await this.onBehalf.record(m, ob, NotificationKind.PROFILE_UPDATED_ON_BEHALF, { changed: changed.join(',') }, { entity: 'seeker', id: id! });
      }
      return m.getRepository(SeekerProfile).findOneByOrFail({ id });
    });
  }

  private validate(
    input: SeekerProfileInput, consents: Set<ConsentPurpose>, acceptReissueSuffix: boolean, storedCertificate: string | null = null,
  ): Partial<SeekerProfile> {
    const problems = new FieldProblems();
    const year = new Date().getUTCFullYear();
    const birthYear = Number(input.birthDate.slice(0, 4));
    problems
      .check(this.regions.isCounty(input.countyCode), 'input.countyCode', 'validation.unknownCounty')
      .check(birthYear >= year - 100 && birthYear <= year - 14, 'input.birthDate', 'validation.birthDateRange')
      .check(input.graduateYear == null || (input.graduateYear >= 1950 && input.graduateYear <= year + 6), 'input.graduateYear', 'validation.graduateYear')
      .check(!input.category === !input.level, 'input.level', 'validation.categoryNeedsLevel');
    const hasSchool = !!input.graduateSchool?.trim();
    const hasYear = input.graduateYear != null;
    problems
      .check(!hasSchool || hasYear, 'input.graduateYear', 'validation.graduateYearNeedsSchool')
      .check(!hasYear || hasSchool, 'input.graduateSchool', 'validation.graduateSchoolNeedsYear');
    input.supportsNice.forEach((s, i) => problems.check(!input.supportsMust.includes(s), `input.supportsNice.${i}`,
      'validation.supportBothMustAndNice', { support: supportLabel(s, currentLocale()) }));
    input.preferredCounties.forEach((c, i) =>
      problems.check(this.regions.isCounty(c), `input.preferredCounties.${i}`, 'validation.unknownCounty'));

    const cert: Partial<SeekerProfile> = {};
    let category = input.category ?? null;
    let level = input.level ?? null;
    const raw = input.certificateNumber;
    if (raw) {
      const parsed = parseCertificate(raw, { category, level }, { acceptReissueSuffix });
      if (!parsed.ok) problems.add('input.certificateNumber', `validation.cert.${parsed.problem}`, parsed.params);
      else {
        problems.check(birthDateFromResidentId(parsed.value.residentId) === input.birthDate, 'input.birthDate', 'validation.birthDateMismatch');
        category = parsed.value.category;
        level = parsed.value.level;
        Object.assign(cert, {
          certificateEnc: this.crypto.encrypt(parsed.value.number),
          certificateHash: this.crypto.hash(parsed.value.number),
          certificateMasked: maskIdentityNumber(parsed.value.number),
        });
      }
    } else if (raw === '' || raw === null) {
      Object.assign(cert, { certificateEnc: null, certificateHash: null, certificateMasked: null });
    } else if (storedCertificate && consents.has(ConsentPurpose.SENSITIVE_DATA)) {
      // kept as stored: its category and level digits still decide the category and level
      const kept = parseCertificate(storedCertificate);
      if (kept.ok) {
        const digits = { categoryDigit: CATEGORY_DIGIT[kept.value.category], level: kept.value.level };
        if (category && category !== kept.value.category) {
          problems.add('input.category', 'validation.storedCert.categoryMismatch',
            { ...digits, expected: translate(`category.${kept.value.category}`) });
        }
        if (level && level !== kept.value.level) problems.add('input.level', 'validation.storedCert.levelMismatch', digits);
        problems.check(birthDateFromResidentId(kept.value.residentId) === input.birthDate, 'input.birthDate', 'validation.birthDateMismatch');
        if (!category && !level) {
          category = kept.value.category;
          level = kept.value.level;
        }
      }
    }
    const hasDisabilityData = !!raw || !!category || input.cannotDo.length > 0 || input.supportsMust.length > 0 || input.supportsNice.length > 0;
    if (hasDisabilityData && !consents.has(ConsentPurpose.SENSITIVE_DATA)) {
      problems.add('input.consents', 'error.consentRequired', { purpose: '残疾信息处理' });
    }
    problems.throwIfAny();
    return {
      name: input.name.trim(), gender: input.gender, birthDate: input.birthDate, countyCode: input.countyCode,
      residence: input.residence, phone: input.phone ?? null, category, level, education: input.education,
      graduateSchool: input.graduateSchool?.trim() || null, graduateYear: input.graduateYear ?? null,
      skills: input.skills.map((s) => s.trim()).filter(Boolean), experience: input.experience.trim(),
      cannotDo: input.cannotDo, supportsMust: input.supportsMust, supportsNice: input.supportsNice,
      preferredForms: input.preferredForms, preferredCounties: input.preferredCounties, payMin: input.payMin ?? null,
      priorityGroups: input.priorityGroups, employmentStatus: input.employmentStatus, ...cert,
    };
  }

  async currentConsents(m: EntityManager, seekerId: string): Promise<Set<ConsentPurpose>> {
    const rows: Array<{ purpose: ConsentPurpose; granted: boolean }> = await m.query(
      `SELECT DISTINCT ON (purpose) purpose, granted FROM consent_record WHERE seeker_id = $1 ORDER BY purpose, id DESC`, [seekerId]);
    return new Set(rows.filter((r) => r.granted).map((r) => r.purpose));
  }

  /** Records every purpose whose state changes; withdrawing SENSITIVE_DATA erases the disability data. */
  private async recordConsents(m: EntityManager, a: Actor, seekerId: string, wanted: Set<ConsentPurpose>) {
    const before = await this.currentConsents(m, seekerId);
    if (!wanted.has(ConsentPurpose.SENSITIVE_DATA)) wanted.delete(ConsentPurpose.SHARE_WITH_EMPLOYERS);
    const changes = Object.values(ConsentPurpose).filter((p) => before.has(p) !== wanted.has(p));
    for (const p of changes) {
      await m.query(`INSERT INTO consent_record (seeker_id, purpose, granted, recorded_by) VALUES ($1,$2,$3,$4)`,
        [seekerId, p, wanted.has(p), a.userId]);
    }
    if (before.has(ConsentPurpose.SENSITIVE_DATA) && !wanted.has(ConsentPurpose.SENSITIVE_DATA)) {
      await m.query(
        `UPDATE seeker_profile SET certificate_enc = NULL, certificate_hash = NULL, certificate_masked = NULL,
                category = NULL, level = NULL, cannot_do = '{}', supports_must = '{}', supports_nice = '{}', updated_at = now()
          WHERE id = $1`, [seekerId]);
    }
    if (changes.length) {
      await this.audit.record(a, [{ action: 'CONSENT', entity: 'seeker', entityId: seekerId,
        detail: Object.fromEntries(changes.map((p) => [p, wanted.has(p)])) }], m);
    }
  }

  async setConsent(actor: Actor | null, purpose: ConsentPurpose, granted: boolean): Promise<SeekerProfile> {
    const a = requireActor(actor, Role.SEEKER);
    const existing = await this.ds.getRepository(SeekerProfile).findOneBy({ userId: a.userId });
    if (!existing) throw new ForbiddenError('error.profileRequired');
    return this.ds.transaction(async (m) => {
      const wanted = await this.currentConsents(m, existing.id);
      if (granted) wanted.add(purpose);
      else wanted.delete(purpose);
      await this.recordConsents(m, a, existing.id, wanted);
      return m.getRepository(SeekerProfile).findOneByOrFail({ id: existing.id });
    });
  }
}

/** Which of the profile's fields an update changes (for the audit; the certificate by its mask only). */
function changedFields(before: SeekerProfile, after: Partial<SeekerProfile>): string[] {
  const skip = new Set(['certificateEnc', 'certificateHash']);
  return Object.entries(after).filter(([k, v]) => !skip.has(k)
    && JSON.stringify(v ?? null) !== JSON.stringify((before as unknown as Record<string, unknown>)[k] ?? null)).map(([k]) => k);
}
