// Column lists for generated rows, with the two ways to write them: COPY text lines (bulk) and multi-row INSERT (demo).
import type { EntityManager } from 'typeorm';
import { maskIdentityNumber } from '../../common/identity-numbers.js';
import type { SensitiveCrypto } from '../../common/sensitive-crypto.js';
import type { OrganizationRow, PostingRow } from './generator.js';
import type { SeekerRow } from './seekers.js';

export type Value = string | number | boolean | null | Buffer | readonly string[];

export interface TableSpec<R> {
  table: string;
  columns: readonly string[];
  values(row: R): Value[];
}

export const organizationTable: TableSpec<OrganizationRow> = {
  table: 'organization',
  columns: ['id', 'name', 'credit_code', 'type', 'county_code', 'address', 'staff_count', 'established_posts', 'is_school', 'description',
    'contact_name', 'contact_phone', 'verification_status', 'verification_note', 'verified_at', 'verified_by', 'created_at', 'updated_at', 'submitted_at'],
  values: (o) => [o.id, o.name, o.creditCode, o.type, o.countyCode, o.address, o.staffCount, o.establishedPosts, o.isSchool, o.description,
    o.contactName, o.contactPhone, o.verificationStatus, o.verificationNote, o.verifiedAt, o.verifiedBy, o.createdAt, o.verifiedAt ?? o.createdAt,
    o.submittedAt ?? o.createdAt],
};

/** A step of an organization's verification history (organization_decision). */
export interface DecisionRow {
  id: string; organizationId: string; decision: string; fromStatus: string; toStatus: string; note: string | null; decidedBy: string | null;
  createdAt: string;
}

export const decisionTable: TableSpec<DecisionRow> = {
  table: 'organization_decision',
  columns: ['id', 'organization_id', 'decision', 'from_status', 'to_status', 'note', 'decided_by', 'created_at'],
  values: (d) => [d.id, d.organizationId, d.decision, d.fromStatus, d.toStatus, d.note, d.decidedBy, d.createdAt],
};

export const postingTable: TableSpec<PostingRow> = {
  table: 'posting',
  columns: ['id', 'organization_id', 'title', 'description', 'county_code', 'address', 'latitude', 'longitude', 'employment_form', 'openings',
    'hired_count', 'salary_min', 'salary_max', 'education_required', 'skills', 'reserved', 'relaxed_age', 'relaxed_household',
    'relaxed_exam_ratio', 'relaxation_note', 'demands', 'supports', 'suitable_categories', 'status', 'deadline', 'published_at', 'closed_at',
    'created_by', 'created_at', 'updated_at'],
  values: (p) => [p.id, p.organizationId, p.title, p.description, p.countyCode, p.address, p.latitude, p.longitude, p.employmentForm,
    p.openings, p.hiredCount, p.salaryMin, p.salaryMax, p.educationRequired, p.skills, p.reserved, p.relaxedAge, p.relaxedHousehold,
    p.relaxedExamRatio, p.relaxationNote, p.demands, p.supports, p.suitableCategories, p.status, p.deadline, p.publishedAt, p.closedAt,
    p.createdBy, p.createdAt, p.updatedAt],
};

/** Certificate numbers leave the process only encrypted, hashed for look-ups and masked for display. */
export function seekerTable(crypto: SensitiveCrypto): TableSpec<SeekerRow> {
  return {
    table: 'seeker_profile',
    columns: ['id', 'user_id', 'name', 'gender', 'birth_date', 'county_code', 'residence', 'phone', 'certificate_enc', 'certificate_hash',
      'certificate_masked', 'category', 'level', 'education', 'graduate_school', 'graduate_year', 'skills', 'experience', 'cannot_do',
      'supports_must', 'supports_nice', 'preferred_forms', 'preferred_counties', 'pay_min', 'priority_groups', 'employment_status',
      'created_at', 'updated_at'],
    values: (s) => [s.id, s.userId, s.name, s.gender, s.birthDate, s.countyCode, s.residence, s.phone,
      s.certificate ? crypto.encrypt(s.certificate) : null, s.certificate ? crypto.hash(s.certificate) : null,
      s.certificate ? maskIdentityNumber(s.certificate) : null, s.category, s.level, s.education, s.graduateSchool, s.graduateYear,
      s.skills, s.experience, s.cannotDo, s.supportsMust, s.supportsNice, s.preferredForms, s.preferredCounties, s.payMin,
      s.priorityGroups, s.employmentStatus, s.createdAt, s.updatedAt],
  };
}

export interface ConsentRow { seekerId: string; purpose: string; granted: boolean; recordedAt: string; recordedBy: string | null }
export const consentTable: TableSpec<ConsentRow> = {
  table: 'consent_record',
  columns: ['seeker_id', 'purpose', 'granted', 'recorded_at', 'recorded_by'],
  values: (c) => [c.seekerId, c.purpose, c.granted, c.recordedAt, c.recordedBy],
};

export function consentRowsOf(s: SeekerRow, recordedBy: string | null = null): ConsentRow[] {
  return s.consents.map((c) => ({ seekerId: s.id, purpose: c.purpose, granted: c.granted, recordedAt: c.recordedAt, recordedBy }));
}

// COPY text format: backslash escapes, \N for NULL, tab between columns.
function escapeText(s: string): string {
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : s;
}

function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((x) => `"${x.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

export function copyField(v: Value): string {
  if (v === null) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  if (Buffer.isBuffer(v)) return `\\\\x${v.toString('hex')}`;
  if (Array.isArray(v)) return escapeText(arrayLiteral(v));
  return escapeText(v as string);
}

export function copyLine<R>(spec: TableSpec<R>, row: R): string {
  return spec.values(row).map(copyField).join('\t') + '\n';
}

export function copySql(spec: TableSpec<unknown>): string {
  return `COPY ${spec.table} (${spec.columns.join(', ')}) FROM STDIN`;
}

/** Multi-row INSERT in batches that stay far below PostgreSQL's 65,535 parameter limit. */
export async function insertRows<R>(m: EntityManager, spec: TableSpec<R>, rows: readonly R[], batch = 200): Promise<void> {
  for (let start = 0; start < rows.length; start += batch) {
    const params: unknown[] = [];
    const tuples = rows.slice(start, start + batch).map((row) => {
      const values = spec.values(row);
      const marks = values.map((v) => `$${params.push(v)}`);
      return `(${marks.join(', ')})`;
    });
    await m.query(`INSERT INTO ${spec.table} (${spec.columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
  }
}

export interface UserRow {
  id: string; phone: string; passwordHash: string; role: string; displayName: string; scopeCountyCode: string | null; createdAt: string;
}
export const userTable: TableSpec<UserRow> = {
  table: 'app_user',
  columns: ['id', 'phone', 'password_hash', 'role', 'display_name', 'scope_county_code', 'created_at', 'updated_at'],
  values: (u) => [u.id, u.phone, u.passwordHash, u.role, u.displayName, u.scopeCountyCode, u.createdAt, u.createdAt],
};

export interface MemberRow { organizationId: string; userId: string; memberRole: 'OWNER' | 'MEMBER'; createdAt: string }
export const memberTable: TableSpec<MemberRow> = {
  table: 'organization_member',
  columns: ['organization_id', 'user_id', 'member_role', 'created_at'],
  values: (m) => [m.organizationId, m.userId, m.memberRole, m.createdAt],
};

export interface ApplicationRow {
  id: string; seekerId: string; postingId: string; note: string; accommodations: string[]; accommodationNote: string;
  status: string; rejectionReason: string | null; createdAt: string; updatedAt: string;
}
export const applicationTable: TableSpec<ApplicationRow> = {
  table: 'application',
  columns: ['id', 'seeker_id', 'posting_id', 'note', 'accommodations', 'accommodation_note', 'status', 'rejection_reason', 'created_at', 'updated_at'],
  values: (a) => [a.id, a.seekerId, a.postingId, a.note, a.accommodations, a.accommodationNote, a.status, a.rejectionReason, a.createdAt, a.updatedAt],
};

export interface StatusChangeRow {
  applicationId: string; fromStatus: string | null; toStatus: string; reason: string | null; actorUserId: string | null; createdAt: string;
}
export const statusChangeTable: TableSpec<StatusChangeRow> = {
  table: 'application_status_change',
  columns: ['application_id', 'from_status', 'to_status', 'reason', 'actor_user_id', 'created_at'],
  values: (c) => [c.applicationId, c.fromStatus, c.toStatus, c.reason, c.actorUserId, c.createdAt],
};

export interface PlacementRow {
  id: string; seekerId: string; organizationId: string; postingId: string | null; applicationId: string | null; employmentForm: string;
  startDate: string; endDate: string | null; actionLine: string; countyCode: string; source: 'PLATFORM' | 'EXTERNAL'; note: string;
  recordedBy: string | null; createdAt: string;
  /** The job is massage work (its posting's skills, or staff said so): kept, so later massage facts move the line right */
  massageRole: boolean;
}
export const placementTable: TableSpec<PlacementRow> = {
  table: 'placement',
  columns: ['id', 'seeker_id', 'organization_id', 'posting_id', 'application_id', 'employment_form', 'start_date', 'end_date', 'action_line',
    'county_code', 'source', 'note', 'recorded_by', 'created_at', 'massage_role'],
  values: (p) => [p.id, p.seekerId, p.organizationId, p.postingId, p.applicationId, p.employmentForm, p.startDate, p.endDate, p.actionLine,
    p.countyCode, p.source, p.note, p.recordedBy, p.createdAt, p.massageRole],
};
