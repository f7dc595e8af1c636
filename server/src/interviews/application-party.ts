// Who the two sides of an application are, and who else may see its interview and thread: one query, shared by
// interviews and messages (applications stay the owner of the application itself).
import type { EntityManager } from 'typeorm';
import { type Actor, isStaff, staffCovers } from '../auth/actor.js';
import { ApplicationStatus, InterviewAccommodation, Role } from '../common/domain.js';
import { NotFoundError } from '../common/errors.js';
import { queryRows } from '../database/sql.js';

export interface ApplicationParty {
  id: string;
  status: ApplicationStatus;
  seekerId: string;
  seekerUserId: string | null;
  seekerName: string;
  seekerCountyCode: string;
  accommodations: InterviewAccommodation[];
  postingId: string;
  postingTitle: string;
  postingCountyCode: string;
  organizationId: string;
  organizationName: string;
}

export type PartyRole = 'SEEKER' | 'EMPLOYER' | 'STAFF';

export async function loadParty(m: EntityManager, applicationId: string, lock = false): Promise<ApplicationParty | null> {
  const rows = await queryRows<ApplicationParty>(m,
    `SELECT a.id, a.status, a.seeker_id AS "seekerId", s.user_id AS "seekerUserId", s.name AS "seekerName", s.county_code AS "seekerCountyCode",
            a.accommodations, a.posting_id AS "postingId", p.title AS "postingTitle", p.county_code AS "postingCountyCode",
            p.organization_id AS "organizationId", o.name AS "organizationName"
       FROM application a JOIN seeker_profile s ON s.id = a.seeker_id JOIN posting p ON p.id = a.posting_id
       JOIN organization o ON o.id = p.organization_id
      WHERE a.id = $1 ${lock ? 'FOR UPDATE OF a' : ''}`, [applicationId]);
  return rows[0] ?? null;
}

/** The seeker, the employer of the posting, or staff covering the seeker's or the posting's county; null for anyone else. */
export function roleIn(a: Actor, p: ApplicationParty): PartyRole | null {
  if (a.role === Role.SEEKER) return p.seekerUserId === a.userId ? 'SEEKER' : null;
  if (a.role === Role.EMPLOYER) return a.organizationId === p.organizationId ? 'EMPLOYER' : null;
  if (isStaff(a) && (staffCovers(a, p.seekerCountyCode) || staffCovers(a, p.postingCountyCode))) return 'STAFF';
  return null;
}

export async function partyOrNotFound(m: EntityManager, a: Actor, applicationId: string, lock = false): Promise<{ party: ApplicationParty; role: PartyRole }> {
  const party = await loadParty(m, applicationId, lock);
  const role = party && roleIn(a, party);
  if (!party || !role) throw new NotFoundError('application');
  return { party, role };
}

export async function employerUserIds(m: EntityManager, organizationId: string): Promise<string[]> {
  const rows = await queryRows<{ user_id: string }>(m, `SELECT user_id FROM organization_member WHERE organization_id = $1`, [organizationId]);
  return rows.map((r) => r.user_id);
}

/** Active staff who serve a county (its own staff; city-wide staff are not paged for every county's queue). */
export async function countyStaffIds(m: EntityManager, countyCode: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(m,
    `SELECT id FROM app_user WHERE role = 'STAFF' AND scope_county_code = $1 AND disabled_at IS NULL`, [countyCode]);
  return rows.map((r) => r.id);
}
