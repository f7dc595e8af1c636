// Reads of user accounts for other features' loaders (which are built per request from the data source, outside
// dependency injection): the accounts are auth's rows, read here.
import { type DataSource, In } from 'typeorm';
import { User } from './user.entity.js';

export function usersByIds(ds: DataSource, ids: readonly string[]): Promise<User[]> {
  return ds.getRepository(User).findBy({ id: In([...ids]) });
}

/** Display names of the accounts, by id (ids unknown to auth are left out). */
export async function displayNames(ds: DataSource, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows: Array<{ id: string; name: string }> = await ds.query(`SELECT id, display_name AS name FROM app_user WHERE id = ANY($1::uuid[])`, [[...ids]]);
  return new Map(rows.map((u) => [u.id, u.name]));
}

/** Active staff of the whole city or of the county (the county's first), up to 200. */
export function activeStaffFor(ds: DataSource, countyCode: string | null): Promise<Array<{ userId: string; name: string; countyCode: string | null }>> {
  return ds.query(
    `SELECT id AS "userId", display_name AS "name", scope_county_code AS "countyCode" FROM app_user
      WHERE role = 'STAFF' AND disabled_at IS NULL AND (scope_county_code IS NULL OR scope_county_code = $1)
      ORDER BY scope_county_code IS NULL, display_name, id LIMIT 200`, [countyCode]);
}

/** The account if it is active staff, with its scope; null otherwise. */
export async function activeStaff(ds: DataSource, userId: string): Promise<{ id: string; scope_county_code: string | null } | null> {
  const [row] = await ds.query(`SELECT id, scope_county_code FROM app_user WHERE id = $1 AND role = 'STAFF' AND disabled_at IS NULL`, [userId]);
  return row ?? null;
}
