// Integrity checks: SQL that finds possible fake arrangements and raises each one once, for staff to
// confirm or clear with a note. Running the checks again keeps every decision already made.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, staffCovers } from '../../auth/actor.js';
import { AuditService } from '../../auth/audit.service.js';
import { requireActor } from '../../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { Role } from '../../common/domain.js';
import { ConflictError, FieldProblems, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { pageOf, type Page, type PageInput } from '../../common/pagination.js';
import { queryRows } from '../../database/sql.js';
import { NotificationKind } from '../../notifications/notification-kind.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { PlacementsService } from '../../placements/placements.service.js';
import { RegionsService } from '../../regions/regions.service.js';
import { IntegrityFlag } from './integrity-flag.entity.js';
import { GenuinenessService } from '../../outcomes/genuineness/genuineness.service.js';
import { flagPeriod } from '../../outcomes/genuineness/genuineness.js';
import { localDate } from '../../common/local-time.js';
import { employerFindings, type Finding, payFindings } from './genuineness-checks.js';
import { formatParams } from '../../notifications/notification-text.js';
import { currentLocale } from '../../common/request-context.js';
import { evidenceParams, findingParams } from './integrity-notices.js';
import { FlagKind, FlagStatus, GENUINENESS_KINDS, INTEGRITY_RULES } from './integrity-vocab.js';

/** Each check: a SELECT of new findings (in the column order of the INSERT) and its parameters. */
type SqlKind = Exclude<FlagKind, (typeof GENUINENESS_KINDS)[number]>;
const CHECKS: Record<SqlKind, { sql: string; params: unknown[] }> = {
  [FlagKind.DOUBLE_COUNTED]: { params: [], sql: `
    SELECT 'DOUBLE_COUNTED', a.seeker_id || ':' || least(a.id, b.id) || ':' || greatest(a.id, b.id), s.county_code, a.seeker_id, NULL::uuid,
           ARRAY[least(a.id, b.id), greatest(a.id, b.id)],
           jsonb_build_object('organizations', ARRAY[a.organization_id, b.organization_id], 'from', greatest(a.start_date, b.start_date))
      FROM placement a JOIN placement b ON b.seeker_id = a.seeker_id AND b.id > a.id AND b.organization_id <> a.organization_id
      JOIN seeker_profile s ON s.id = a.seeker_id
     WHERE daterange(a.start_date, a.end_date, '[]') && daterange(b.start_date, b.end_date, '[]')
       AND a.excluded_at IS NULL AND b.excluded_at IS NULL` },
  [FlagKind.SHORT_PLACEMENT]: { params: [INTEGRITY_RULES.shortPlacementMonths], sql: `
    SELECT 'SHORT_PLACEMENT', p.id::text, p.county_code, p.seeker_id, p.organization_id, ARRAY[p.id],
           jsonb_build_object('startDate', p.start_date, 'endDate', p.end_date, 'days', p.end_date - p.start_date)
      FROM placement p
     WHERE p.end_date IS NOT NULL AND p.end_date < p.start_date + make_interval(months => $1) AND p.excluded_at IS NULL` },
  [FlagKind.STALE_RESERVED_POSTINGS]: { params: [INTEGRITY_RULES.staleReservedDays], sql: `
    SELECT 'STALE_RESERVED_POSTINGS', o.id || ':' || min(p.published_at)::date, o.county_code, NULL::uuid, o.id, '{}'::uuid[],
           jsonb_build_object('postings', array_agg(p.id ORDER BY p.published_at), 'oldestPublished', min(p.published_at)::date)
      FROM organization o JOIN posting p ON p.organization_id = o.id
     WHERE p.reserved AND p.status = 'PUBLISHED' AND p.published_at < now() - make_interval(days => $1)
       AND NOT EXISTS (SELECT 1 FROM application a JOIN application_status_change c ON c.application_id = a.id
                        WHERE a.posting_id = p.id AND c.to_status = 'INTERVIEW')
     GROUP BY o.id, o.county_code` },
  [FlagKind.NO_HISTORY]: { params: [], sql: `
    SELECT 'NO_HISTORY', p.id::text, p.county_code, p.seeker_id, p.organization_id, ARRAY[p.id],
           jsonb_build_object('startDate', p.start_date, 'source', p.source)
      FROM placement p
     WHERE p.application_id IS NULL AND p.excluded_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM application a WHERE a.seeker_id = p.seeker_id)
       AND NOT EXISTS (SELECT 1 FROM event_registration r WHERE r.seeker_id = p.seeker_id AND r.checked_in_at IS NOT NULL)` },
};

@Injectable()
export class IntegrityService {
  constructor(
    private readonly ds: DataSource, private readonly audit: AuditService, @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly placements: PlacementsService, private readonly genuineness: GenuinenessService,
    private readonly notifications: NotificationsService, private readonly regions: RegionsService,
  ) {}

  /** Raises every new finding once; returns how many new flags each check raised. */
  async run(actor: Actor | null): Promise<Record<FlagKind, number>> {
    return this.raise(requireActor(actor, Role.STAFF, Role.ADMIN));
  }

  /** The scheduled run (no person behind it: the audit row has no actor and says so). */
  async runScheduled(): Promise<Record<FlagKind, number>> {
    return this.raise(null);
  }

  private async raise(a: Actor | null): Promise<Record<FlagKind, number>> {
    return this.ds.transaction(async (m) => {
      // one run at a time across instances
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('integrity-checks'))`);
      const raised = {} as Record<FlagKind, number>;
      const counties: string[] = [];
      for (const kind of Object.keys(CHECKS) as SqlKind[]) {
        const rows = await queryRows<{ county_code: string }>(m,
          `INSERT INTO integrity_flag (kind, subject_key, county_code, seeker_id, organization_id, placement_ids, details)
           SELECT * FROM (${CHECKS[kind].sql}) AS found ON CONFLICT (kind, subject_key) DO NOTHING RETURNING county_code`,
          CHECKS[kind].params);
        raised[kind] = rows.length;
        counties.push(...rows.map((r) => r.county_code));
      }
      const genuine = await this.raiseGenuineness(m);
      Object.assign(raised, genuine.raised);
      counties.push(...genuine.counties);
      await this.tellStaff(m, counties);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'integrity', detail: { op: a ? 'run' : 'scheduled-run', raised } }], m);
      return raised;
    });
  }

  /**
   * The genuineness checks over the 12 months to today, with the thresholds in force now: per employer (at least
   * minCases cases behind a figure) once a year per kind, and per placement paid below the minimum wage.
   */
  private async raiseGenuineness(m: EntityManager): Promise<{ raised: Record<(typeof GENUINENESS_KINDS)[number], number>; counties: string[] }> {
    const period = flagPeriod(localDate(new Date()));
    const scope = { ...period, county: null, organizationIds: null };
    const t = await this.genuineness.thresholds();
    const findings: Finding[] = [
      ...employerFindings(await this.genuineness.counts(m, scope), t, period),
      ...payFindings(await this.genuineness.payBelowMinimum(m, scope), t, period),
    ];
    const rows = findings.length ? await queryRows<{ kind: FlagKind; county_code: string }>(m,
      `INSERT INTO integrity_flag (kind, subject_key, county_code, seeker_id, organization_id, placement_ids, details)
       SELECT f.kind, f.subject_key, f.county_code, f.seeker_id, f.organization_id, f.placement_ids, f.details
         FROM jsonb_to_recordset($1::jsonb) AS f(kind text, subject_key text, county_code text, seeker_id uuid, organization_id uuid,
                                                 placement_ids uuid[], details jsonb)
       ON CONFLICT (kind, subject_key) DO NOTHING RETURNING kind, county_code`, [JSON.stringify(findings)]) : [];
    const raised = Object.fromEntries(GENUINENESS_KINDS.map((k) => [k, rows.filter((r) => r.kind === k).length])) as Record<(typeof GENUINENESS_KINDS)[number], number>;
    return { raised, counties: rows.map((r) => r.county_code) };
  }

  /**
   * New flags are work for the county's staff: one notice per county and run, with how many (the county's staff; the
   * city's when the county has none), in the run's transaction. Every kind, the genuineness ones included.
   */
  private async tellStaff(m: EntityManager, counties: string[]): Promise<void> {
    const byCounty = new Map<string, number>();
    for (const c of counties) byCounty.set(c, (byCounty.get(c) ?? 0) + 1);
    for (const [countyCode, count] of byCounty) {
      const staff = await queryRows<{ id: string }>(m,
        `SELECT id FROM app_user WHERE role = 'STAFF' AND disabled_at IS NULL
            AND (scope_county_code = $1 OR (scope_county_code IS NULL AND NOT EXISTS (
                  SELECT 1 FROM app_user c WHERE c.role = 'STAFF' AND c.disabled_at IS NULL AND c.scope_county_code = $1)))`, [countyCode]);
      const county = this.regions.county(countyCode);
      await this.notifications.notify(m, staff.map((u) => u.id), NotificationKind.INTEGRITY_FLAGS_RAISED,
        { count, countyCode, countyZh: county?.nameZh ?? countyCode, countyEn: county?.nameEn ?? countyCode, countyKey: 'integrity.countyName' });
    }
  }

  /**
   * A confirmed finding is told to each employer concerned: the flag's organization and the organizations of the
   * placements found not genuine (a double count may name two), each with how many of its own placements leave the
   * counts now.
   */
  private async tellEmployers(m: EntityManager, a: Actor, flag: IntegrityFlag, concerned: readonly string[], excluded: readonly string[], note: string): Promise<void> {
    const orgs = await queryRows<{ organization_id: string; name: string; excluded: number }>(m,
      `SELECT o.id AS organization_id, o.name, count(p.id)::int AS excluded
         FROM organization o LEFT JOIN placement p ON p.organization_id = o.id AND p.id = ANY($3::uuid[])
        WHERE o.id = $1 OR o.id IN (SELECT organization_id FROM placement WHERE id = ANY($2::uuid[]))
        GROUP BY o.id, o.name`, [flag.organizationId, [...concerned], [...excluded]]);
    const office = a.role === Role.STAFF && a.scopeCountyCode ? this.regions.county(a.scopeCountyCode) : undefined;
    const officeParams = office
      ? { officeKey: 'onBehalf.office.county', officeZh: office.nameZh, officeEn: office.nameEn }
      : { officeKey: 'onBehalf.office.city', officeZh: this.regions.region.cityNameZh, officeEn: this.regions.region.cityNameEn };
    for (const o of orgs) {
      const members = await queryRows<{ user_id: string }>(m, `SELECT user_id FROM organization_member WHERE organization_id = $1`, [o.organization_id]);
      await this.notifications.notify(m, members.map((u) => u.user_id), NotificationKind.INTEGRITY_FINDING_CONFIRMED,
        findingParams(flag, { organization: o.name, excluded: o.excluded, note, office: officeParams }));
    }
  }

  async list(actor: Actor | null, f: { status?: FlagStatus; kind?: FlagKind; countyCode?: string; organizationId?: string }, pageInput?: PageInput): Promise<Page<IntegrityFlag>> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const qb = this.ds.getRepository(IntegrityFlag).createQueryBuilder('f');
    if (a.role === Role.STAFF && a.scopeCountyCode) qb.andWhere('f.countyCode = :scope', { scope: a.scopeCountyCode });
    if (f.countyCode) qb.andWhere('f.countyCode = :county', { county: f.countyCode });
    if (f.status) qb.andWhere('f.status = :status', { status: f.status });
    if (f.kind) qb.andWhere('f.kind = :kind', { kind: f.kind });
    if (f.organizationId) qb.andWhere('f.organizationId = :org', { org: f.organizationId });
    const [items, total] = await qb.orderBy('f.createdAt', 'DESC').addOrderBy('f.id').skip(offset).take(limit).getManyAndCount();
    return { items, total, page, pageSize };
  }

  /**
   * The employer: the findings staff confirmed about it (its own flags, and flags whose placements of its own were found
   * not genuine), newest first, worded as the notice words them: what was found, the evidence, staff's note and how many
   * of its placements left the counts. Nothing about other employers or the people concerned.
   */
  async findingsOf(actor: Actor | null): Promise<Array<{ id: string; kind: FlagKind; decidedAt: Date; finding: string; evidence: string; note: string; placementsExcluded: number }>> {
    const a = requireActor(actor, Role.EMPLOYER);
    if (!a.organizationId) return [];
    const rows = await queryRows<{ id: string; kind: FlagKind; details: Record<string, unknown>; note: string | null; decided_at: Date; excluded: number }>(this.ds,
      `SELECT f.id, f.kind, f.details, f.note, f.decided_at,
              (SELECT count(*) FROM placement p WHERE p.excluded_flag_id = f.id AND p.organization_id = $1)::int AS excluded
         FROM integrity_flag f
        WHERE f.status = 'CONFIRMED'
          AND (f.organization_id = $1 OR EXISTS (SELECT 1 FROM placement p WHERE p.excluded_flag_id = f.id AND p.organization_id = $1))
        ORDER BY f.decided_at DESC, f.id LIMIT 100`, [a.organizationId]);
    const locale = currentLocale();
    return rows.map((r) => {
      const words = formatParams({ ...evidenceParams(r.kind, r.details), findingKey: `integrity.kind.${r.kind}` }, locale);
      return {
        id: r.id, kind: r.kind, decidedAt: r.decided_at, finding: String(words.finding), evidence: String(words.evidence), note: r.note ?? '',
        placementsExcluded: r.excluded,
      };
    });
  }

  /**
   * Confirm (not genuine) or clear a flag, with a note. Confirming excludes the flag's placements from every count
   * (or only `notGenuine`, a subset, e.g. the one of two employers that counted the person on paper); clearing keeps
   * them counted. Either way each placement's history says so.
   */
  async decide(actor: Actor | null, id: string, confirmed: boolean, note: string, notGenuine?: string[] | null): Promise<IntegrityFlag> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const flag = await this.ds.getRepository(IntegrityFlag).findOneBy({ id });
    if (!flag) throw new NotFoundError('flag');
    if (!staffCovers(a, flag.countyCode)) throw new ForbiddenError('error.outOfScope');
    const problems = new FieldProblems();
    problems.check(!!note.trim(), 'note', 'validation.flagNoteRequired');
    if (notGenuine != null) {
      problems.check(confirmed, 'notGenuine', 'validation.notGenuineOnlyWhenConfirmed');
      problems.check(notGenuine.length > 0 && notGenuine.every((p) => flag.placementIds.includes(p)), 'notGenuine', 'validation.notGenuineOutsideFlag');
    }
    problems.throwIfAny();
    const to = confirmed ? FlagStatus.CONFIRMED : FlagStatus.CLEARED;
    return this.ds.transaction(async (m) => {
      const rows = await queryRows(m,
        `UPDATE integrity_flag SET status = $2, note = $3, decided_by = $4, decided_at = now() WHERE id = $1 AND status = 'OPEN' RETURNING id`,
        [id, to, note.trim(), a.userId]);
      if (!rows.length) throw new ConflictError('error.flagDecided');
      const excluded = confirmed
        ? await this.placements.exclude(m, notGenuine ?? flag.placementIds, { flagId: id, reason: note.trim(), actorUserId: a.userId })
        : (await this.placements.noteFlagCleared(m, flag.placementIds, { reason: note.trim(), actorUserId: a.userId }), []);
      if (confirmed) await this.tellEmployers(m, a, flag, notGenuine ?? flag.placementIds, excluded, note.trim());
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'integrity_flag', entityId: id, detail: { op: 'decide', to, excluded } }], m);
      return m.getRepository(IntegrityFlag).findOneByOrFail({ id });
    });
  }
}
