// Reads of the audit log (auth's append-only table) with names: the staff viewer, and each person's own log of
// who read their sensitive data and why. reporting/ may read every feature's rows (eslint.config.js `readers`).
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor } from '../../auth/actor.js';
import { requireActor } from '../../auth/auth.service.js';
import { AccessPurpose, Role } from '../../common/domain.js';
import { ForbiddenError, InvalidInputError } from '../../common/errors.js';
import { TIME_ZONE } from '../../common/local-time.js';
import { pageOf, type Page, type PageInput } from '../../common/pagination.js';
import { RegionsService } from '../../regions/regions.service.js';
import { AuditLogEntry, AuditLogFilter, DataAccessEntry, ReadPurpose, SensitiveData } from './audit-log.models.js';
import { maskPersonName } from './mask-name.js';

const UUID = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;

/** Each entry with its actor's and subject's names and county: people, organizations, postings, staff, fairs, placements. */
const NAMED = `
  SELECT a.id, a.at, a.actor_user_id, a.actor_role, a.action, a.entity, a.entity_id, a.field, a.purpose, a.detail,
         u.display_name AS actor_name, u.scope_county_code AS actor_county,
         COALESCE(sp.name, o.name, p.title, su.display_name, ev.title, psp.name) AS subject_name,
         COALESCE(sp.county_code, o.county_code, p.county_code, su.scope_county_code, ev.county_code, pl.county_code) AS subject_county,
         COALESCE(sp.id, pl.seeker_id) AS subject_seeker_id
    FROM audit_log a
    LEFT JOIN app_user u ON u.id = a.actor_user_id
    CROSS JOIN LATERAL (SELECT CASE WHEN a.entity_id ~ ${UUID} THEN a.entity_id::uuid END AS uid) k
    LEFT JOIN seeker_profile sp ON a.entity = 'seeker' AND sp.id = k.uid
    LEFT JOIN organization o ON a.entity = 'organization' AND o.id = k.uid
    LEFT JOIN posting p ON a.entity = 'posting' AND p.id = k.uid
    LEFT JOIN app_user su ON a.entity = 'user' AND su.id = k.uid
    LEFT JOIN recruitment_event ev ON a.entity = 'event' AND ev.id = k.uid
    LEFT JOIN placement pl ON a.entity = 'placement' AND pl.id = k.uid
    LEFT JOIN seeker_profile psp ON psp.id = pl.seeker_id`;

const likeOf = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const DATA: Record<string, SensitiveData> = {
  disability: SensitiveData.DISABILITY, certificateNumber: SensitiveData.CERTIFICATE_NUMBER,
  residentIdNumber: SensitiveData.ID_NUMBER, needs: SensitiveData.NEEDS, quota: SensitiveData.QUOTA_RECORD,
};
const PURPOSES: Record<string, ReadPurpose> = {
  [AccessPurpose.CASEWORK]: ReadPurpose.CASEWORK, [AccessPurpose.QUOTA_REVIEW]: ReadPurpose.QUOTA_REVIEW,
  [AccessPurpose.PLACEMENT_VERIFICATION]: ReadPurpose.PLACEMENT_VERIFICATION, [AccessPurpose.STATISTICS]: ReadPurpose.STATISTICS,
  APPLICATION_REVIEW: ReadPurpose.APPLICATION_REVIEW, CANDIDATE_MATCH: ReadPurpose.CANDIDATE_MATCH,
  // rows written before reads recorded a purpose named who read: staff in scope, or an employer applied to
  STAFF: ReadPurpose.CASEWORK, EMPLOYER: ReadPurpose.APPLICATION_REVIEW,
};

@Injectable()
export class AuditLogService {
  constructor(private readonly ds: DataSource, private readonly regions: RegionsService) {}

  /**
   * Administrators and city-wide staff read every entry; county staff read the entries about their county's
   * people, organizations, postings, placements, fairs and staff accounts (asking for another county is refused).
   */
  async list(actor: Actor | null, filter: AuditLogFilter & { entityId?: string | null }, page?: PageInput): Promise<Page<AuditLogEntry>> {
    const a = requireActor(actor, Role.ADMIN, Role.STAFF);
    let county = filter.countyCode || null;
    if (county && !this.regions.isCounty(county)) throw InvalidInputError.field('filter.countyCode', 'validation.unknownCounty');
    if (a.role === Role.STAFF && a.scopeCountyCode) {
      if (county && county !== a.scopeCountyCode) throw new ForbiddenError('error.auditOtherCounty');
      county = a.scopeCountyCode;
    }
    if (filter.from && filter.to && filter.to < filter.from) throw InvalidInputError.field('filter.to', 'validation.endBeforeStart');
    const p = pageOf(page, 100);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (n: string) => string, v: unknown) => { params.push(v); where.push(sql(`$${params.length}`)); };
    if (filter.entityId) add((n) => `entity_id = ${n}`, filter.entityId);
    if (filter.actorUserId) add((n) => `actor_user_id = ${n}::uuid`, filter.actorUserId);
    if (filter.actor?.trim()) add((n) => `actor_name ILIKE ${n}`, likeOf(filter.actor.trim()));
    if (filter.seekerId) add((n) => `subject_seeker_id = ${n}::uuid`, filter.seekerId);
    if (filter.subject?.trim()) add((n) => `subject_name ILIKE ${n}`, likeOf(filter.subject.trim()));
    if (filter.action) add((n) => `action = ${n}`, filter.action);
    if (filter.from) add((n) => `at >= (${n}::date::timestamp AT TIME ZONE '${TIME_ZONE}')`, filter.from);
    if (filter.to) add((n) => `at < ((${n}::date + 1)::timestamp AT TIME ZONE '${TIME_ZONE}')`, filter.to);
    if (county) add((n) => `subject_county = ${n}`, county);
    params.push(p.offset, p.limit);
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT x.*, count(*) OVER () AS total FROM (${NAMED}) x
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY id DESC OFFSET $${params.length - 1} LIMIT $${params.length}`, params);
    return {
      items: rows.map((r) => ({
        id: String(r.id), at: r.at as Date, actorUserId: r.actor_user_id as string | null, actorRole: r.actor_role as string | null,
        actorName: r.actor_name as string | null, actorCountyCode: r.actor_county as string | null, action: r.action as string,
        entity: r.entity as string, entityId: r.entity_id as string | null, subjectName: r.subject_name as string | null,
        subjectCountyCode: r.subject_county as string | null, subjectSeekerId: r.subject_seeker_id as string | null,
        field: r.field as string | null, purpose: r.purpose as string | null, detail: r.detail,
      })),
      total: Number(rows[0]?.total ?? 0), page: p.page, pageSize: p.pageSize,
    };
  }

  /** The signed-in job seeker's log: every read of their sensitive data by someone else, newest first. */
  async mine(actor: Actor | null, page?: PageInput): Promise<Page<DataAccessEntry>> {
    const a = requireActor(actor, Role.SEEKER);
    const p = pageOf(page, 100);
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT a.id, a.at, a.actor_role, a.field, a.purpose, a.detail->>'operation' AS operation,
              u.display_name, u.scope_county_code, o.name AS organization, count(*) OVER () AS total
         FROM seeker_profile s
         JOIN audit_log a ON a.entity = 'seeker' AND a.entity_id = s.id::text AND a.action = 'READ_SENSITIVE'
         LEFT JOIN app_user u ON u.id = a.actor_user_id
         LEFT JOIN organization_member m ON m.user_id = a.actor_user_id
         LEFT JOIN organization o ON o.id = m.organization_id
        WHERE s.user_id = $1 AND a.actor_user_id IS DISTINCT FROM $1
        ORDER BY a.id DESC OFFSET $2 LIMIT $3`, [a.userId, p.offset, p.limit]);
    return {
      items: rows.map((r) => ({
        id: String(r.id), at: r.at as Date, readerRole: (r.actor_role as Role | null) ?? null,
        readerName: maskPersonName(r.display_name as string | null),
        readerCountyCode: r.actor_role === Role.STAFF ? (r.scope_county_code as string | null) : null,
        readerOrganization: r.actor_role === Role.EMPLOYER ? (r.organization as string | null) : null,
        data: DATA[r.field as string] ?? SensitiveData.OTHER,
        purpose: PURPOSES[r.purpose as string] ?? ReadPurpose.OTHER,
        screen: (r.operation as string | null) ?? null,
      })),
      total: Number(rows[0]?.total ?? 0), page: p.page, pageSize: p.pageSize,
    };
  }
}
