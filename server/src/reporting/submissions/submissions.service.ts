// Quarterly submissions (季度报送, issue 15): a county's staff sign the quarter's report and the figures are frozen as
// signed; the city sees every county's state, returns a version with a reason (the county's staff are told), and a
// correction or a resubmission after a return is a new version.
//
// Who: a county's report is signed by staff scoped to that county, nobody else (a city-wide staff member or an
// administrator may not sign for a county: the county answers for its own figures, plan §"每季度报送"). The city
// (staff with no county scope, and administrators) returns. A version is made only when something changed: a submit
// whose figures equal the latest submitted version's returns that version (so two submits at once, or a double
// click, make one version: they are serialised by a transaction-level lock on the county and quarter).
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, staffCovers } from '../../auth/actor.js';
import { AuditService } from '../../auth/audit.service.js';
import { requireActor } from '../../auth/auth.service.js';
import { activeStaffFor, displayNames } from '../../auth/users.js';
import { Role } from '../../common/domain.js';
import { ConflictError, FieldProblems, ForbiddenError, InvalidInputError, NotFoundError } from '../../common/errors.js';
import { NotificationKind } from '../../notifications/notification-kind.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { RegionsService } from '../../regions/regions.service.js';
import { todayInXinyang } from '../plans/plans.service.js';
import { quarterRange } from '../dashboard/action-plan.js';
import { DashboardService } from '../dashboard/dashboard.service.js';
import { type FigureChange, figureChanges, quarterlyFigures, type Figure } from '../dashboard/quarterly-figures.js';
import { QuarterlySubmission } from './quarterly-submission.entity.js';
import { QuarterSubmissionState, SubmissionStatus } from './submissions-vocab.js';

export const RETURN_REASON_MAX = 500;

const sameFigures = (a: readonly Figure[], b: readonly Figure[]) => figureChanges(a, b).length === 0;

@Injectable()
export class SubmissionsService {
  constructor(
    private readonly ds: DataSource,
    private readonly dashboard: DashboardService,
    private readonly regions: RegionsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  private checkQuarter(year: number, quarter: number, countyCode?: string): void {
    new FieldProblems()
      .check(Number.isInteger(year) && year >= 2000 && year <= 2100, 'year', 'validation.graduateYear')
      .check(Number.isInteger(quarter) && quarter >= 1 && quarter <= 4, 'quarter', 'validation.quarter')
      .check(countyCode === undefined || this.regions.isCounty(countyCode), 'countyCode', 'validation.unknownCounty')
      .throwIfAny();
  }

  /** The city: staff with no county scope, and administrators. */
  private requireCity(actor: Actor | null): Actor {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    if (a.scopeCountyCode) throw new ForbiddenError('error.returnCityOnly');
    return a;
  }

  async submit(actor: Actor | null, year: number, quarter: number, countyCode: string): Promise<QuarterlySubmission> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    this.checkQuarter(year, quarter, countyCode);
    if (a.role !== Role.STAFF || !a.scopeCountyCode) throw new ForbiddenError('error.submitCountyStaffOnly');
    if (a.scopeCountyCode !== countyCode) throw new ForbiddenError('error.outOfScope');
    if (quarterRange(year, quarter).to >= todayInXinyang()) throw InvalidInputError.field('quarter', 'validation.quarterNotEnded', { year, quarter });
    const figures = quarterlyFigures(await this.dashboard.quarterly(a, year, quarter, countyCode));
    const signerName = (await displayNames(this.ds, [a.userId])).get(a.userId) ?? '';
    return this.ds.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('quarterly_submission'), hashtext($1))`, [`${countyCode}:${year}:${quarter}`]);
      const latest = await this.latest(m, countyCode, year, quarter);
      if (latest?.status === SubmissionStatus.SUBMITTED && sameFigures(latest.figures, figures)) return latest;
      const repo = m.getRepository(QuarterlySubmission);
      const row = repo.create({ countyCode, year, quarter, version: (latest?.version ?? 0) + 1, status: SubmissionStatus.SUBMITTED,
        figures, signedBy: a.userId, signerName, submittedAt: new Date(), returnedBy: null, returnedAt: null, returnReason: null });
      await repo.insert(row);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'quarterly_submission', entityId: row.id,
        detail: { op: 'submit', countyCode, year, quarter, version: row.version } }], m);
      const city = (await activeStaffFor(this.ds, null)).map((s) => s.userId);
      await this.notifications.notify(m, city, NotificationKind.QUARTERLY_REPORT_SUBMITTED,
        { county: this.regions.countyName(countyCode, 'zh-CN'), year, quarter, version: row.version, signer: signerName });
      return repo.findOneByOrFail({ id: row.id });
    });
  }

  private latest(m: EntityManager | DataSource, countyCode: string, year: number, quarter: number): Promise<QuarterlySubmission | null> {
    return m.getRepository(QuarterlySubmission).findOne({ where: { countyCode, year, quarter }, order: { version: 'DESC' } });
  }

  async returnReport(actor: Actor | null, id: string, reason: string): Promise<QuarterlySubmission> {
    const a = this.requireCity(actor);
    const why = reason.trim();
    new FieldProblems()
      .check(why.length > 0, 'reason', 'validation.returnReasonRequired')
      .check(why.length <= RETURN_REASON_MAX, 'reason', 'validation.returnReasonTooLong', { max: RETURN_REASON_MAX })
      .throwIfAny();
    return this.ds.transaction(async (m) => {
      // only the county's latest version, and only while it stands submitted: one conditional update
      const [rows] = await m.query(
        `UPDATE quarterly_submission q SET status = 'RETURNED', returned_by = $2, returned_at = now(), return_reason = $3
          WHERE q.id = $1 AND q.status = 'SUBMITTED'
            AND q.version = (SELECT max(v.version) FROM quarterly_submission v
                              WHERE v.county_code = q.county_code AND v.year = q.year AND v.quarter = q.quarter)
          RETURNING q.id`, [id, a.userId, why]) as [Array<{ id: string }>, number];
      if (!rows.length) {
        if (!(await m.getRepository(QuarterlySubmission).existsBy({ id }))) throw new NotFoundError('submission');
        throw new ConflictError('error.submissionNotReturnable');
      }
      const s = await m.getRepository(QuarterlySubmission).findOneByOrFail({ id });
      await this.audit.record(a, [{ action: a.role === Role.ADMIN ? 'ADMIN_ACTION' : 'STAFF_ACTION', entity: 'quarterly_submission', entityId: id,
        detail: { op: 'return', version: s.version } }], m);
      const county = (await activeStaffFor(this.ds, s.countyCode)).filter((x) => x.countyCode === s.countyCode).map((x) => x.userId);
      await this.notifications.notify(m, county, NotificationKind.QUARTERLY_REPORT_RETURNED,
        { county: this.regions.countyName(s.countyCode, 'zh-CN'), year: s.year, quarter: s.quarter, version: s.version, reason: why });
      return s;
    });
  }

  /** The city: every county's state for the quarter, with its latest version. */
  async forQuarter(actor: Actor | null, year: number, quarter: number) {
    this.requireCity(actor);
    this.checkQuarter(year, quarter);
    const rows = await this.ds.getRepository(QuarterlySubmission).createQueryBuilder('q').distinctOn(['q.county_code'])
      .where('q.year = :year AND q.quarter = :quarter', { year, quarter }).orderBy('q.county_code').addOrderBy('q.version', 'DESC').getMany();
    return this.regions.counties().map((c) => {
      const latest = rows.find((r) => r.countyCode === c.code) ?? null;
      return { countyCode: c.code, countyName: this.regions.countyName(c.code), latest,
        state: latest ? (latest.status as string as QuarterSubmissionState) : QuarterSubmissionState.NOT_SUBMITTED };
    });
  }

  /** Every version a county sent for the quarter, newest first: its own staff and the city. */
  async versions(actor: Actor | null, year: number, quarter: number, countyCode: string): Promise<QuarterlySubmission[]> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    this.checkQuarter(year, quarter, countyCode);
    if (!staffCovers(a, countyCode)) throw new ForbiddenError('error.outOfScope');
    return this.ds.getRepository(QuarterlySubmission).find({ where: { countyCode, year, quarter }, order: { version: 'DESC' } });
  }

  async byId(actor: Actor | null, id: string): Promise<QuarterlySubmission> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const s = await this.ds.getRepository(QuarterlySubmission).findOneBy({ id });
    if (!s) throw new NotFoundError('submission');
    if (!staffCovers(a, s.countyCode)) throw new ForbiddenError('error.outOfScope');
    return s;
  }

  /** Each figure that changed from one version to another of the same county and quarter: old → new. */
  async compare(actor: Actor | null, fromId: string, toId: string): Promise<FigureChange[]> {
    const [from, to] = await Promise.all([this.byId(actor, fromId), this.byId(actor, toId)]);
    if (from.countyCode !== to.countyCode || from.year !== to.year || from.quarter !== to.quarter) {
      throw InvalidInputError.field('toId', 'validation.sameQuarterVersions');
    }
    return figureChanges(from.figures, to.figures);
  }
}
