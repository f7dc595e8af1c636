// Quota positions (one organization and year; the organizations below the ratio) and the figures they rest on:
// organization years and the contract facts of placements. The arithmetic is in quota.ts.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, isStaff, staffCovers } from '../../auth/actor.js';
import { AuditService } from '../../auth/audit.service.js';
import { requireActor } from '../../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { Role, VerificationStatus } from '../../common/domain.js';
import { FieldProblems, ForbiddenError, InvalidInputError, NotFoundError } from '../../common/errors.js';
import { pageOf, type Page, type PageInput } from '../../common/pagination.js';
import { queryRows } from '../../database/sql.js';
import { Organization } from '../../organizations/organization.entity.js';
import { OrganizationsService } from '../../organizations/organizations.service.js';
import { PlacementsService } from '../../placements/placements.service.js';
import { RegionsService } from '../../regions/regions.service.js';
import { OrganizationYear } from './organization-year.entity.js';
import type { PolicyValues } from '../../policy/policy.js';
import { PolicySettingsService } from '../../policy/policy-settings.service.js';
import { computeQuota, countPerson, isPartTime, levelFromCreditCode, type PersonFacts, type PlacementFacts } from './quota.js';
import { FIRST_QUOTA_YEAR, OrganizationYearInput, PlacementContractInput } from './quota.inputs.js';
import { PlacementContract, QuotaPerson, QuotaPosition } from './quota.models.js';
import { ContractKind, QuotaNote } from './quota-vocab.js';

interface PlacementRow extends PlacementFacts {
  organizationId: string;
  seekerId: string;
  recordedAt: Date | null;
  name: string;
  birthDate: string;
  level: number | null;
  graduateYear: number | null;
  certificateMasked: string | null;
}

const PLACEMENT_COLUMNS = `
  pl.id AS "placementId", pl.organization_id AS "organizationId", pl.seeker_id AS "seekerId", pl.start_date AS "startDate",
  pl.end_date AS "endDate", pl.employment_form AS "employmentForm", pl.contract_kind AS "contractKind",
  pl.contract_months AS "contractMonths", pl.monthly_wage AS "monthlyWage", pl.social_insurance_full AS "socialInsuranceFull",
  pl.part_time AS "partTime", pl.contract_recorded_at AS "recordedAt"`;

/** Today in China (UTC+8, no daylight saving), as YYYY-MM-DD. */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

function contractOf(r: PlacementRow): PlacementContract {
  return {
    placementId: r.placementId, organizationId: r.organizationId, seekerId: r.seekerId, employmentForm: r.employmentForm,
    startDate: r.startDate, endDate: r.endDate, contractKind: r.contractKind, contractMonths: r.contractMonths,
    monthlyWage: r.monthlyWage === null ? null : Number(r.monthlyWage), socialInsuranceFull: r.socialInsuranceFull,
    partTime: isPartTime(r), recordedAt: r.recordedAt,
  };
}

@Injectable()
export class QuotaService {
  constructor(
    private readonly ds: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly policy: PolicySettingsService,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly placements: PlacementsService,
  ) {}

  /** The organization's own employers, and staff covering its county. */
  private requireAccess(a: Actor, org: Organization): void {
    if (a.role === Role.EMPLOYER) {
      if (a.organizationId !== org.id) throw new ForbiddenError();
    } else if (!staffCovers(a, org.countyCode)) {
      throw new ForbiddenError('error.outOfScope');
    }
  }

  private checkYear(year: number, path: string): void {
    const last = Number(today().slice(0, 4)) + 1;
    new FieldProblems()
      .check(Number.isInteger(year), path, 'validation.isInt')
      .check(year >= FIRST_QUOTA_YEAR, path, 'validation.min', { min: FIRST_QUOTA_YEAR })
      .check(year <= last, path, 'validation.max', { max: last })
      .throwIfAny();
  }

  async position(actor: Actor | null, organizationId: string, year: number): Promise<QuotaPosition> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    this.checkYear(year, 'year');
    const org = await this.organizations.get(organizationId);
    this.requireAccess(a, org);
    const [policy, orgYear, rows] = await Promise.all([
      this.policy.values(),
      this.ds.getRepository(OrganizationYear).findOneBy({ organizationId, year }),
      this.placementsTouching([organizationId], year),
    ]);
    return this.build(org, orgYear, rows, year, policy);
  }

  /** Staff: organizations in their area below the ratio in the year, the largest estimated levy first. */
  async belowQuota(actor: Actor | null, year: number, countyCode: string | null | undefined, pageInput?: PageInput): Promise<Page<QuotaPosition>> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    this.checkYear(year, 'year');
    if (countyCode && !this.regions.isCounty(countyCode)) throw InvalidInputError.field('countyCode', 'validation.unknownCounty');
    if (countyCode && !staffCovers(a, countyCode)) throw new ForbiddenError('error.outOfScope');
    const county = countyCode || (a.role === Role.STAFF ? a.scopeCountyCode : null);
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    // the quota binds every employer, verified on the platform or not; a rejected registration is not an employer
    const orgs = await this.ds.getRepository(Organization).createQueryBuilder('o')
      .where('o.verificationStatus <> :rejected', { rejected: VerificationStatus.REJECTED })
      .andWhere(county ? 'o.countyCode = :county' : 'true', { county })
      .getMany();
    const ids = orgs.map((o) => o.id);
    const [policy, years, rows] = await Promise.all([
      this.policy.values(),
      ids.length ? this.ds.getRepository(OrganizationYear).createQueryBuilder('y')
        .where('y.year = :year AND y.organizationId = ANY(:ids)', { year, ids }).getMany() : Promise.resolve([]),
      this.placementsTouching(ids, year),
    ]);
    const yearOf = new Map(years.map((y) => [y.organizationId, y]));
    const rowsOf = new Map<string, PlacementRow[]>();
    for (const r of rows) rowsOf.set(r.organizationId, [...(rowsOf.get(r.organizationId) ?? []), r]);
    const below = orgs.map((o) => ({ org: o, p: this.build(o, yearOf.get(o.id) ?? null, rowsOf.get(o.id) ?? [], year, policy) }))
      .filter((x) => !x.p.ratioMet)
      .sort((x, y) => (y.p.levyPayable ?? -1) - (x.p.levyPayable ?? -1) || (y.p.levyDue ?? -1) - (x.p.levyDue ?? -1)
        || y.p.shortfall - x.p.shortfall || x.org.name.localeCompare(y.org.name, 'zh-CN') || x.org.id.localeCompare(y.org.id));
    return { items: below.slice(offset, offset + limit).map((x) => x.p), total: below.length, page, pageSize };
  }

  private placementsTouching(organizationIds: string[], year: number): Promise<PlacementRow[]> {
    if (!organizationIds.length) return Promise.resolve([]);
    return queryRows<PlacementRow>(this.ds, `
      SELECT ${PLACEMENT_COLUMNS}, s.name, s.birth_date AS "birthDate", s.level, s.graduate_year AS "graduateYear",
             s.certificate_masked AS "certificateMasked", f.insurance_months AS "insuranceMonths"
        FROM placement pl JOIN seeker_profile s ON s.id = pl.seeker_id
        -- the months with social insurance paid the employer stated for the year (quota.ts: short months do not count)
        LEFT JOIN placement_year_fact f ON f.placement_id = pl.id AND f.year = $4
       WHERE pl.organization_id = ANY($1::uuid[]) AND pl.start_date <= $2 AND (pl.end_date IS NULL OR pl.end_date >= $3)
         AND pl.excluded_at IS NULL -- confirmed as not genuine: never counts towards the quota
       ORDER BY pl.organization_id, pl.start_date, pl.id`,
    [organizationIds, `${year}-12-31`, `${year}-01-01`, year]).then((rows) => rows.map((r) => ({
      ...r, monthlyWage: r.monthlyWage === null ? null : Number(r.monthlyWage),
    })));
  }

  private build(org: Organization, orgYear: OrganizationYear | null, rows: PlacementRow[], year: number, policy: PolicyValues): QuotaPosition {
    const asOf = today();
    const bySeeker = new Map<string, PlacementRow[]>();
    for (const r of rows) bySeeker.set(r.seekerId, [...(bySeeker.get(r.seekerId) ?? []), r]);
    const counted = [...bySeeker.values()].map((placements) => {
      const first = placements[0];
      const facts: PersonFacts = {
        seekerId: first.seekerId, birthDate: first.birthDate, level: first.level, graduateYear: first.graduateYear, placements,
      };
      return { first, placements, count: countPerson(facts, year, asOf, policy) };
    });
    const people: QuotaPerson[] = counted.map(({ first, placements, count: c }) => ({
      seekerId: c.seekerId, name: first.name, certificateNumber: first.certificateMasked, level: first.level, severe: c.weight > 1, weight: c.weight,
      months: c.months, units: c.twelfths / 12, counts: c.twelfths > 0, graduateFullYear: c.graduateFullYear, reasons: c.reasons,
      placements: placements.map(contractOf),
    })).sort((x, y) => Number(y.counts) - Number(x.counts) || x.name.localeCompare(y.name, 'zh-CN'));
    const staffCount = orgYear?.staffCount ?? org.staffCount;
    const result = computeQuota({
      type: org.type, isSchool: org.isSchool, staffCount, averageWage: orgYear?.averageWage ?? null,
      establishedPosts: orgYear?.establishedPosts ?? org.establishedPosts,
      administrativeLevel: orgYear?.administrativeLevel ?? levelFromCreditCode(org.creditCode),
    }, counted.map((x) => x.count), year, policy);
    const provisional = asOf <= `${year}-12-31`;
    const notes = [...(orgYear ? [] : [QuotaNote.NO_YEAR_DATA]), ...(provisional ? [QuotaNote.PROVISIONAL] : []), ...result.notes];
    return {
      ...result, notes, organizationId: org.id, year, provisional, yearDataEntered: !!orgYear, staffCount,
      averageWage: orgYear?.averageWage ?? null, people,
    };
  }

  async organizationYears(actor: Actor | null, organizationId: string): Promise<OrganizationYear[]> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    this.requireAccess(a, await this.organizations.get(organizationId));
    return this.ds.getRepository(OrganizationYear).find({ where: { organizationId }, order: { year: 'DESC' } });
  }

  async saveOrganizationYear(actor: Actor | null, input: OrganizationYearInput): Promise<OrganizationYear> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    const org = await this.ds.getRepository(Organization).findOneBy({ id: input.organizationId });
    if (!org) throw InvalidInputError.field('input.organizationId', 'error.notFound', { entity: 'organization' });
    this.requireAccess(a, org);
    this.checkYear(input.year, 'input.year');
    await this.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO organization_year (organization_id, year, staff_count, average_wage, established_posts, administrative_level, entered_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7)
         ON CONFLICT (organization_id, year) DO UPDATE SET staff_count = EXCLUDED.staff_count, average_wage = EXCLUDED.average_wage,
           established_posts = EXCLUDED.established_posts, administrative_level = EXCLUDED.administrative_level,
           entered_by = EXCLUDED.entered_by, updated_at = now()`,
        [org.id, input.year, input.staffCount, input.averageWage ?? null, input.establishedPosts ?? null, input.administrativeLevel ?? null, a.userId],
      );
      if (isStaff(a)) {
        await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'organization_year', entityId: org.id,
          detail: { op: 'save', year: input.year, staffCount: input.staffCount, averageWage: input.averageWage ?? null } }], m);
      }
    });
    return this.ds.getRepository(OrganizationYear).findOneByOrFail({ organizationId: org.id, year: input.year });
  }

  /** The employer of the placement's organization, or staff covering the person's or the organization's county. */
  async setPlacementContract(actor: Actor | null, placementId: string, input: PlacementContractInput): Promise<PlacementContract> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    const [p] = await queryRows<{ organizationId: string; countyCode: string; organizationCounty: string }>(this.ds,
      `SELECT pl.organization_id AS "organizationId", pl.county_code AS "countyCode", o.county_code AS "organizationCounty"
         FROM placement pl JOIN organization o ON o.id = pl.organization_id WHERE pl.id = $1`, [placementId]);
    const visible = p && (a.role === Role.EMPLOYER ? a.organizationId === p.organizationId
      : staffCovers(a, p.countyCode) || staffCovers(a, p.organizationCounty));
    if (!visible) throw new NotFoundError('placement');
    new FieldProblems()
      .check(input.contractKind === ContractKind.FORMAL_POST || input.contractMonths != null, 'input.contractMonths', 'validation.contractMonthsRequired')
      .throwIfAny();
    await this.ds.transaction(async (m) => {
      await this.placements.setContract(m, placementId, {
        contractKind: input.contractKind, contractMonths: input.contractMonths ?? null, monthlyWage: input.monthlyWage,
        socialInsuranceFull: input.socialInsuranceFull, partTime: input.partTime ?? null,
      }, a.userId);
      if (isStaff(a)) {
        await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'placement', entityId: placementId,
          detail: { op: 'setContract', contractKind: input.contractKind } }], m);
      }
    });
    return this.contract(placementId);
  }

  private async contract(placementId: string): Promise<PlacementContract> {
    const [row] = await queryRows<PlacementRow>(this.ds, `SELECT ${PLACEMENT_COLUMNS} FROM placement pl WHERE pl.id = $1`, [placementId]);
    return contractOf(row);
  }
}
