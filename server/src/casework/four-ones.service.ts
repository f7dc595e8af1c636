// The "four ones": service records per seeker and year, coverage per county against the working-age
// unemployed people in the system, and lists of who still lacks which service.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, staffCovers } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { activeStaff, activeStaffFor, displayNames } from '../auth/users.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Role } from '../common/domain.js';
import { FieldProblems, ForbiddenError, InvalidInputError } from '../common/errors.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import type { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { ServiceKind } from './casework-vocab.js';
import { ServiceRecord } from './casework.entities.js';
import { ServiceRecordInput } from './casework.inputs.js';
import { PolicySettingsService } from '../policy/policy-settings.service.js';
import { todayInChina } from '../common/local-time.js';

export interface CoverageRow {
  countyCode: string; population: number; checked: number; wantingWork: number;
  assessed: number; registered: number; served: number; complete: number;
}

export interface JobCoach { coachUserId: string; coachName: string; assignedAt: Date }

const today = todayInChina;

export interface CoachCandidate { userId: string; name: string; countyCode: string | null }

@Injectable()
export class FourOnesService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: PolicySettingsService,
    private readonly seekers: SeekersService,
  ) {}

  /** Working age from the policy settings (the same range the quota uses), so both count the same people. */
  private async workingAge(): Promise<{ min: number; max: number }> {
    return (await this.policy.values())['quota.workingAge'];
  }

  /** Staff covering the seeker's county. */
  async seekerInScope(actor: Actor | null, seekerId: string, path = 'input.seekerId'): Promise<{ a: Actor; seeker: SeekerProfile }> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const seeker = await this.seekers.findById(seekerId);
    if (!seeker) throw InvalidInputError.field(path, 'error.notFound', { entity: 'seeker' });
    if (!staffCovers(a, seeker.countyCode)) throw new ForbiddenError('error.outOfScope');
    return { a, seeker };
  }

  async record(actor: Actor | null, input: ServiceRecordInput): Promise<ServiceRecord> {
    const { a } = await this.seekerInScope(actor, input.seekerId);
    const isCheck = input.kind === ServiceKind.INFORMATION_CHECK;
    new FieldProblems()
      .check(input.serviceDate <= today(), 'input.serviceDate', 'validation.dateInFuture')
      .check(!isCheck || !!input.intention, 'input.intention', 'validation.intentionRequired')
      .throwIfAny();
    return this.ds.transaction(async (m) => {
      const rec = m.getRepository(ServiceRecord).create({
        seekerId: input.seekerId, year: Number(input.serviceDate.slice(0, 4)), kind: input.kind, serviceDate: input.serviceDate,
        intention: isCheck ? input.intention! : null, outcome: input.outcome.trim(), notes: input.notes.trim(), staffUserId: a.userId,
      });
      await m.getRepository(ServiceRecord).insert(rec);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'seeker', entityId: input.seekerId, detail: { op: 'recordService', kind: input.kind } }], m);
      return m.getRepository(ServiceRecord).findOneByOrFail({ id: rec.id });
    });
  }

  /**
   * The population of a year: seekers of working age at the end of it who are not employed. Age on 31 December of
   * year Y is Y minus the year of birth, so "min to max years old" is "born from 1 January Y-max to 31 December
   * Y-min": a range of birth dates, read from seeker_profile_unemployed_birth_idx rather than computed per person.
   */
  private population(yearParam: string, minParam: string, maxParam: string) {
    return `SELECT s.id, s.county_code FROM seeker_profile s
             WHERE s.employment_status = 'UNEMPLOYED'
               AND s.birth_date BETWEEN make_date(${yearParam} - ${maxParam}, 1, 1) AND make_date(${yearParam} - ${minParam}, 12, 31)`;
  }

  private scopeCounty(a: Actor, countyCode?: string | null): string | null {
    if (a.role === Role.STAFF && a.scopeCountyCode) {
      if (countyCode && countyCode !== a.scopeCountyCode) throw new ForbiddenError('error.outOfScope');
      return a.scopeCountyCode;
    }
    return countyCode ?? null;
  }

  async coverage(actor: Actor | null, year: number, countyCode?: string | null): Promise<CoverageRow[]> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const county = this.scopeCounty(a, countyCode);
    const age = await this.workingAge();
    return this.ds.query(
      `WITH pop AS (${this.population('$1::int', '$3::int', '$4::int')}),
            info AS (SELECT DISTINCT ON (seeker_id) seeker_id, intention FROM service_record
                      WHERE year = $1 AND kind = 'INFORMATION_CHECK' ORDER BY seeker_id, service_date DESC, created_at DESC),
            done AS (SELECT seeker_id, array_agg(DISTINCT kind) AS kinds FROM service_record WHERE year = $1 GROUP BY seeker_id)
       SELECT pop.county_code AS "countyCode", count(*)::int AS population, count(info.seeker_id)::int AS checked,
              count(*) FILTER (WHERE info.intention = 'WANTS_WORK')::int AS "wantingWork",
              count(*) FILTER (WHERE info.intention = 'WANTS_WORK' AND 'ABILITY_ASSESSMENT' = ANY(done.kinds))::int AS assessed,
              count(*) FILTER (WHERE info.intention = 'WANTS_WORK' AND 'NEED_REGISTRATION' = ANY(done.kinds))::int AS registered,
              count(*) FILTER (WHERE info.intention = 'WANTS_WORK' AND 'EMPLOYMENT_SERVICE' = ANY(done.kinds))::int AS served,
              count(*) FILTER (WHERE info.seeker_id IS NOT NULL AND (info.intention <> 'WANTS_WORK'
                OR done.kinds @> ARRAY['ABILITY_ASSESSMENT','NEED_REGISTRATION','EMPLOYMENT_SERVICE']))::int AS complete
         FROM pop LEFT JOIN info ON info.seeker_id = pop.id LEFT JOIN done ON done.seeker_id = pop.id
        WHERE ($2::text IS NULL OR pop.county_code = $2)
        GROUP BY pop.county_code ORDER BY pop.county_code`,
      [year, county, age.min, age.max]);
  }

  /** Who in the population still lacks a service this year (the three later ones only concern those who want work). */
  async missing(actor: Actor | null, year: number, kind: ServiceKind, countyCode: string | null | undefined, pageInput?: PageInput): Promise<Page<SeekerProfile>> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const county = this.scopeCounty(a, countyCode);
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const age = await this.workingAge();
    const wantsWork = kind === ServiceKind.INFORMATION_CHECK ? 'true'
      : `EXISTS (SELECT 1 FROM service_record i WHERE i.seeker_id = pop.id AND i.year = $1 AND i.kind = 'INFORMATION_CHECK'
                   AND i.intention = 'WANTS_WORK')`;
    const rows: Array<{ id: string; total: number }> = await this.ds.query(
      `WITH pop AS (${this.population('$1::int', '$4::int', '$7::int')})
       SELECT pop.id, count(*) OVER ()::int AS total FROM pop JOIN seeker_profile s ON s.id = pop.id
        WHERE ($2::text IS NULL OR pop.county_code = $2) AND ${wantsWork}
          AND NOT EXISTS (SELECT 1 FROM service_record r WHERE r.seeker_id = pop.id AND r.year = $1 AND r.kind = $3)
        ORDER BY s.county_code, s.name, s.id OFFSET $5 LIMIT $6`,
      [year, county, kind, age.min, offset, limit, age.max]);
    const seekers = await this.seekers.findByIds(rows.map((r) => r.id));
    const byId = new Map(seekers.map((s) => [s.id, s]));
    return { items: rows.map((r) => byId.get(r.id)!).filter(Boolean), total: rows[0]?.total ?? 0, page, pageSize };
  }

  async forSeeker(actor: Actor | null, seekerId: string, year?: number): Promise<ServiceRecord[]> {
    await this.seekerInScope(actor, seekerId, 'seekerId');
    return this.ds.getRepository(ServiceRecord).find({
      where: { seekerId, ...(year ? { year } : {}) }, order: { serviceDate: 'DESC', createdAt: 'DESC' },
    });
  }

  async coachOf(actor: Actor | null, seekerId: string): Promise<JobCoach | null> {
    await this.seekerInScope(actor, seekerId, 'seekerId');
    const [row]: Array<{ coachUserId: string; assignedAt: Date }> = await this.ds.query(
      `SELECT coach_user_id AS "coachUserId", assigned_at AS "assignedAt" FROM job_coach_assignment WHERE seeker_id = $1`, [seekerId]);
    if (!row) return null;
    const coachName = (await displayNames(this.ds, [row.coachUserId])).get(row.coachUserId);
    return coachName === undefined ? null : { coachUserId: row.coachUserId, coachName, assignedAt: row.assignedAt };
  }

  /** Staff who may coach the person: active staff of the whole city or of the person's county, the county's first. */
  async coachCandidates(actor: Actor | null, seekerId: string): Promise<CoachCandidate[]> {
    const { seeker } = await this.seekerInScope(actor, seekerId, 'seekerId');
    return activeStaffFor(this.ds, seeker.countyCode);
  }

  async assignCoach(actor: Actor | null, seekerId: string, coachUserId: string): Promise<void> {
    const { a, seeker } = await this.seekerInScope(actor, seekerId, 'seekerId');
    const coach = await activeStaff(this.ds, coachUserId);
    if (!coach) throw InvalidInputError.field('coachUserId', 'validation.coachMustBeStaff');
    // a coach works where the person lives: city-wide staff, or the person's own county's
    if (coach.scope_county_code && coach.scope_county_code !== seeker.countyCode) throw InvalidInputError.field('coachUserId', 'validation.coachOtherCounty');
    await this.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO job_coach_assignment (seeker_id, coach_user_id, assigned_by) VALUES ($1,$2,$3)
         ON CONFLICT (seeker_id) DO UPDATE SET coach_user_id = EXCLUDED.coach_user_id, assigned_by = EXCLUDED.assigned_by, assigned_at = now()`,
        [seekerId, coachUserId, a.userId]);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'seeker', entityId: seekerId, detail: { op: 'assignCoach', coachUserId } }], m);
    });
  }
}
