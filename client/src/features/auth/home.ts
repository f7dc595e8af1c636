// Where each kind of user lands after signing in (or after setting their own password).
import type { Role } from '../../gql/graphql';

export function homeFor(role: Role | null | undefined): string {
  if (role === 'EMPLOYER') return '/employer/postings';
  if (role === 'SEEKER') return '/applications';
  if (role === 'STAFF' || role === 'ADMIN') return '/staff';
  return '/';
}
