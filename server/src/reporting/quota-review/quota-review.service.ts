// The employer's quota-review pack (issue 15): the live pack, the insurance months the employer states, submitting a
// frozen version, and staff's review (confirm, or return with a reason). Lists for staff are in quota-review-lists.ts.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, staffCovers } from '../../auth/actor.js';
import { AuditService } from '../../auth/audit.service.js';
import { AuthService, requireActor } from '../../auth/auth.service.js';
import { AccessPurpose, Role } from '../../common/domain.js';
import type { Locale } from '../../common/request-context.js';
import { ConflictError, FieldProblems, ForbiddenError, InvalidInputError, NotFoundError } from '../../common/errors.js';
import { queryRows } from '../../database/sql.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { pageOf, type Page, type PageInput } from '../../common/pagination.js';
import { RegionsService } from '../../regions/regions.service.js';
import { NotificationKind } from '../../notifications/notification-kind.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { OrganizationsService } from '../../organizations/organizations.service.js';
import { PlacementsService } from '../../placements/placements.service.js';
import { PolicySettingsService } from '../../policy/policy-settings.service.js';
import { employedMonths } from '../../reporting/quota/quota.js';
import { FIRST_QUOTA_YEAR } from '../../reporting/quota/quota.inputs.js';
import { QuotaService } from '../../reporting/quota/quota.service.js';
import { QuotaReviewStatus as S } from './quota-review-vocab.js';
import { missingInsurance, packContent, type PackContent } from './quota-review.js';
import type { PlacementYearFact, QuotaReviewPack, QuotaReviewSubmission } from './quota-review.models.js';
import { packView, SUBMISSION_COLUMNS, type SubmissionRow, submissionOf } from './quota-review-view.js';

const MAX_REASON = 1000;
const isUniqueViolation = (e: unknown) => (e as { driverError?: { code?: string } }).driverError?.code === '23505'
  || (e as { code?: string }).code === '23505';

@Injectable()
export class QuotaReviewService {
  constructor(
    private readonly ds: DataSource,
    private readonly quota: QuotaService,
    private readonly organizations: OrganizationsService,
    private readonly policy: PolicySettingsService,
    private readonly auth: AuthService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly regions: RegionsService,
    private readonly placements: PlacementsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The live pack: the quota position (which checks who may see it and the year) with the insurance months stated. */
  async live(actor: Actor | null, organizationId: string, year: number, locale?: Locale): Promise<QuotaReviewPack> {
    const content = await this.liveContent(actor, organizationId, year);
    const submissions = await this.submissionsOf(this.ds.manager, organizationId, year);
    return packView(content, null, submissions, locale);
  }

  /** The pack for the Excel (a version, or else the live pack), in Chinese; reading its people is audited. */
  async forExport(actor: Actor | null, id: string | null, organizationId: string, year: number): Promise<QuotaReviewPack> {
    const p = id ? await this.submission(actor, id, 'zh-CN') : await this.live(actor, organizationId, year, 'zh-CN');
    await this.audit.record(actor, p.people.map((person) => ({
      action: 'READ_SENSITIVE' as const, entity: 'seeker', entityId: person.seekerId, field: 'quotaReview', purpose: AccessPurpose.QUOTA_REVIEW,
    })));
    return p;
  }

  private async liveContent(actor: Actor | null, organizationId: string, year: number): Promise<PackContent> {
    const position = await this.quota.position(actor, organizationId, year);
    const placementIds = position.people.flatMap((p) => p.placements.map((c) => c.placementId));
    const [org, policy, facts] = await Promise.all([
      this.organizations.get(organizationId), this.policy.values(),
      queryRows<{ placementId: string; months: number }>(this.ds,
        `SELECT placement_id AS "placementId", insurance_months AS months FROM placement_year_fact WHERE year = $1 AND placement_id = ANY($2::uuid[])`,
        [year, placementIds]),
    ]);
    const insurance = new Map(facts.map((f) => [f.placementId, f.months]));
    return packContent({ id: org.id, name: org.name, creditCode: org.creditCode, countyCode: org.countyCode }, position, insurance, policy);
  }

  /** A submitted version: its members, and staff covering the county it was submitted in. */
  async submission(actor: Actor | null, id: string, locale?: Locale): Promise<QuotaReviewPack> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    const row = await this.row(this.ds.manager, id);
    if (!row || !this.mayRead(a, row)) throw new NotFoundError('quotaReviewPack');
    return packView(row.snapshot, row, await this.submissionsOf(this.ds.manager, row.organizationId, row.year), locale);
  }

  private mayRead(a: Actor, row: SubmissionRow): boolean {
    return a.role === Role.EMPLOYER ? a.organizationId === row.organizationId : staffCovers(a, row.countyCode);
  }

  /** The employer: months with social insurance paid for one of its placements in a year. */
  async setInsuranceMonths(actor: Actor | null, placementId: string, year: number, months: number): Promise<PlacementYearFact> {
    const a = requireActor(actor, Role.EMPLOYER);
    const lastYear = Number(new Date().toISOString().slice(0, 4));
    new FieldProblems()
      .check(Number.isInteger(year) && year >= FIRST_QUOTA_YEAR, 'year', 'validation.min', { min: FIRST_QUOTA_YEAR })
      .check(year <= lastYear, 'year', 'validation.max', { max: lastYear })
      .check(Number.isInteger(months) && months >= 0, 'months', 'validation.min', { min: 0 })
      .check(months <= 12, 'months', 'validation.max', { max: 12 })
      .throwIfAny();
    const p = await this.placements.get(a, placementId); // the employer's own placements only
    const employed = employedMonths(p, year).length;
    if (months > employed) throw InvalidInputError.field('months', 'validation.insuranceAboveEmployed', { employed, year });
    await this.ds.transaction(async (m) => {
      // the pack with staff or confirmed is what was declared: the figures behind it stay as they are
      const open = await queryRows(m, `SELECT 1 FROM quota_review_pack WHERE organization_id = $1 AND year = $2 AND status <> 'RETURNED' FOR SHARE`,
        [p.organizationId, year]);
      if (open.length) throw new ConflictError('error.quotaReviewLocked', { year });
      await m.query(`
        INSERT INTO placement_year_fact (placement_id, year, insurance_months, recorded_by) VALUES ($1, $2, $3, $4)
        ON CONFLICT (placement_id, year) DO UPDATE SET insurance_months = EXCLUDED.insurance_months, recorded_by = EXCLUDED.recorded_by, updated_at = now()`,
      [placementId, year, months, a.userId]);
    });
    return { placementId, year, insuranceMonths: months };
  }

  /** The employer submits the pack as it stands: a new version, frozen; staff covering the county hear of it. */
  async submit(actor: Actor | null, organizationId: string, year: number): Promise<QuotaReviewPack> {
    const a = requireActor(actor, Role.EMPLOYER);
    const content = await this.liveContent(a, organizationId, year);
    new FieldProblems()
      .check(!content.provisional, 'year', 'validation.quotaReviewYearNotOver', { year })
      .check(!missingInsurance(content).length, 'insuranceMonths', 'validation.insuranceMonthsMissing', { count: missingInsurance(content).length })
      .throwIfAny();
    const id = await this.ds.transaction(async (m) => {
      const [row] = await queryRows<{ id: string }>(m, `
        INSERT INTO quota_review_pack (organization_id, year, version, county_code, snapshot, submitted_by)
        SELECT $1, $2, COALESCE(MAX(version), 0) + 1, $3, $4::jsonb, $5 FROM quota_review_pack WHERE organization_id = $1 AND year = $2
        RETURNING id`, [organizationId, year, content.organization.countyCode, JSON.stringify(content), a.userId])
        .catch((e: unknown) => { throw isUniqueViolation(e) ? new ConflictError('error.quotaReviewOpen', { year }) : e; });
      const staff = await this.auth.staffCovering(m, content.organization.countyCode);
      await this.notifications.notify(m, staff, NotificationKind.QUOTA_REVIEW_SUBMITTED,
        { name: content.organization.name, year, path: `/staff/quota-review/${row.id}` });
      return row.id;
    });
    return this.submission(a, id);
  }

  confirm(actor: Actor | null, id: string): Promise<QuotaReviewPack> {
    return this.review(actor, id, S.CONFIRMED, null);
  }

  returnPack(actor: Actor | null, id: string, reason: string): Promise<QuotaReviewPack> {
    const text = (reason ?? '').trim();
    new FieldProblems()
      .check(text.length > 0, 'reason', 'validation.required')
      .check(text.length <= MAX_REASON, 'reason', 'validation.maxLength', { max: MAX_REASON })
      .throwIfAny();
    return this.review(actor, id, S.RETURNED, text);
  }

  /** Staff covering the pack's county decide on a submitted version, once; the employer hears of it. */
  private async review(actor: Actor | null, id: string, status: S.CONFIRMED | S.RETURNED, reason: string | null): Promise<QuotaReviewPack> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    await this.ds.transaction(async (m) => {
      const row = await this.row(m, id);
      if (!row) throw new NotFoundError('quotaReviewPack');
      if (!staffCovers(a, row.countyCode)) throw new ForbiddenError('error.outOfScope');
      const done = await queryRows(m, `
        UPDATE quota_review_pack SET status = $2, reviewed_by = $3, reviewed_at = now(), return_reason = $4
         WHERE id = $1 AND status = 'SUBMITTED' RETURNING id`, [id, status, a.userId, reason]);
      if (!done.length) throw new ConflictError('error.quotaReviewDecided');
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'quota_review_pack', entityId: id, detail: { op: status, year: row.year } }], m);
      const members = await this.organizations.memberUserIds(row.organizationId, m);
      const kind = status === S.CONFIRMED ? NotificationKind.QUOTA_REVIEW_CONFIRMED : NotificationKind.QUOTA_REVIEW_RETURNED;
      await this.notifications.notify(m, members, kind,
        { name: row.snapshot.organization.name, year: row.year, reason: reason ?? '', path: `/employer/quota-review?year=${row.year}` });
    });
    return this.submission(a, id);
  }

  /** Staff: submitted packs waiting for review in their area, the oldest first. */
  queue(actor: Actor | null, countyCode: string | null | undefined, page?: PageInput): Promise<Page<QuotaReviewSubmission>> {
    return this.list(actor, countyCode, page, `p.status = 'SUBMITTED'`, [], 'p.submitted_at, p.id');
  }

  /** Staff: the year's confirmed packs in their area (for the certification office), by organization name. */
  confirmedPacks(actor: Actor | null, year: number, countyCode: string | null | undefined, page?: PageInput): Promise<Page<QuotaReviewSubmission>> {
    return this.list(actor, countyCode, page, `p.status = 'CONFIRMED' AND p.year = $2`, [year], `p.snapshot #>> '{organization,name}', p.id`);
  }

  /** Every confirmed pack of the year in the area, unpaged: the Excel of the list. */
  async allConfirmedPacks(actor: Actor | null, year: number, countyCode: string | null | undefined): Promise<QuotaReviewSubmission[]> {
    const first = await this.confirmedPacks(actor, year, countyCode, { page: 1, pageSize: 1 });
    const all: QuotaReviewSubmission[] = [];
    for (let page = 1; all.length < first.total; page++) all.push(...(await this.confirmedPacks(actor, year, countyCode, { page, pageSize: 100 })).items);
    return all;
  }

  private async list(actor: Actor | null, countyCode: string | null | undefined, pageInput: PageInput | undefined,
    where: string, params: unknown[], order: string): Promise<Page<QuotaReviewSubmission>> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    if (countyCode && !this.regions.isCounty(countyCode)) throw InvalidInputError.field('countyCode', 'validation.unknownCounty');
    if (countyCode && !staffCovers(a, countyCode)) throw new ForbiddenError('error.outOfScope');
    const county = countyCode || (a.role === Role.STAFF ? a.scopeCountyCode : null);
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const filter = `${where} AND ($1::text IS NULL OR p.county_code = $1)`;
    const args = [county, ...params];
    const [rows, [{ total }]] = await Promise.all([
      queryRows<SubmissionRow>(this.ds, `SELECT ${SUBMISSION_COLUMNS}, p.snapshot FROM quota_review_pack p
        JOIN app_user su ON su.id = p.submitted_by LEFT JOIN app_user ru ON ru.id = p.reviewed_by
        WHERE ${filter} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`, args),
      queryRows<{ total: number }>(this.ds, `SELECT count(*)::int AS total FROM quota_review_pack p WHERE ${filter}`, args),
    ]);
    return { items: rows.map(submissionOf), total, page, pageSize };
  }

  private async row(m: EntityManager, id: string): Promise<SubmissionRow | null> {
    const [row] = await queryRows<SubmissionRow>(m, `SELECT ${SUBMISSION_COLUMNS}, p.snapshot FROM quota_review_pack p
      JOIN app_user su ON su.id = p.submitted_by LEFT JOIN app_user ru ON ru.id = p.reviewed_by WHERE p.id = $1`, [id]);
    return row ?? null;
  }

  private async submissionsOf(m: EntityManager, organizationId: string, year: number): Promise<QuotaReviewSubmission[]> {
    const rows = await queryRows<SubmissionRow>(m, `SELECT ${SUBMISSION_COLUMNS}, p.snapshot FROM quota_review_pack p
      JOIN app_user su ON su.id = p.submitted_by LEFT JOIN app_user ru ON ru.id = p.reviewed_by
      WHERE p.organization_id = $1 AND p.year = $2 ORDER BY p.version DESC`, [organizationId, year]);
    return rows.map(submissionOf);
  }
}
