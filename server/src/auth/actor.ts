// Who is making the request, as the services see it.
import { Role } from '../common/domain.js';

export interface Actor {
  userId: string;
  role: Role;
  /** Staff: a county code, or null for city-wide. */
  scopeCountyCode: string | null;
  /** Employers: their organization, if they have registered one. */
  organizationId: string | null;
  sessionId: string;
  /** When the session ends at the latest, whatever the activity. */
  sessionExpiresAt?: Date;
  /** When the session's idle window last slid (SessionsService.resolve). */
  sessionSeenAt?: Date;
  /** Signed in with a one-time password not yet replaced: only me, changePassword and signOut are answered. */
  mustChangePassword?: boolean;
}

export function isStaff(a: Actor | null | undefined): a is Actor & { role: Role.STAFF | Role.ADMIN } {
  return !!a && (a.role === Role.STAFF || a.role === Role.ADMIN);
}

/** Staff may act on a county's records when they are city-wide or that county's staff; admins always. */
export function staffCovers(a: Actor, countyCode: string | null | undefined): boolean {
  if (a.role === Role.ADMIN) return true;
  if (a.role !== Role.STAFF) return false;
  return a.scopeCountyCode === null || a.scopeCountyCode === countyCode;
}

/** Staff who may manage a county's records (a `canManage` field): staff covering that county (staffCovers). */
export function managesCounty(a: Actor | null | undefined, countyCode: string | null | undefined): boolean {
  return isStaff(a) && staffCovers(a, countyCode);
}

/** The one county whose records a staff member's lists are limited to: their county (county staff), else none. */
export function listScopeCounty(a: Actor): string | null {
  return a.role === Role.STAFF ? a.scopeCountyCode : null;
}
