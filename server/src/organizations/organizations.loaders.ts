// Loaders of the organizations feature (see graphql/loaders.ts).
import DataLoader from 'dataloader';
import type { User } from '../auth/user.entity.js';
import { usersByIds } from '../auth/users.js';
import { byId, groupBy, registerLoaders } from '../graphql/loaders.js';
import { OrganizationDecision } from './organization-decision.entity.js';
import { Organization } from './organization.entity.js';
import { OrganizationLicence } from './organization-licence.entity.js';

declare module '../graphql/loaders.js' {
  interface Loaders {
    organization: DataLoader<string, Organization | null>;
    /** Member accounts of each organization (employer users), oldest first. */
    membersByOrganization: DataLoader<string, Array<User & { memberRole: string }>>;
    /** Verification history of each organization, oldest first. */
    decisionsByOrganization: DataLoader<string, OrganizationDecision[]>;
    /** Each organization's business licence, without its bytes. */
    licenceByOrganization: DataLoader<string, Omit<OrganizationLicence, 'content'> | null>;
  }
}

registerLoaders(({ ds }) => ({
  organization: byId(ds, Organization),
  decisionsByOrganization: new DataLoader<string, OrganizationDecision[]>(async (ids) => {
    const rows = await ds.getRepository(OrganizationDecision).createQueryBuilder('d')
      .where('d.organizationId IN (:...ids)', { ids: [...ids] }).orderBy('d.createdAt', 'ASC').addOrderBy('d.id').getMany();
    const m = groupBy(rows, (r) => r.organizationId);
    return ids.map((id) => m.get(id) ?? []);
  }),
  licenceByOrganization: new DataLoader<string, Omit<OrganizationLicence, 'content'> | null>(async (ids) => {
    const rows = await ds.getRepository(OrganizationLicence).createQueryBuilder('l').where('l.organizationId IN (:...ids)', { ids: [...ids] }).getMany();
    const m = new Map(rows.map((r) => [r.organizationId, r]));
    return ids.map((id) => m.get(id) ?? null);
  }),
  membersByOrganization: new DataLoader<string, Array<User & { memberRole: string }>>(async (ids) => {
    const rows: Array<{ organization_id: string; id: string; member_role: string }> = await ds.query(
      `SELECT organization_id, user_id AS id, member_role FROM organization_member WHERE organization_id = ANY($1) ORDER BY created_at`,
      [[...ids]],
    );
    const users = await usersByIds(ds, rows.map((r) => r.id));
    const byId = new Map(users.map((u) => [u.id, u]));
    const m = groupBy(rows, (r) => r.organization_id);
    return ids.map((id) => (m.get(id) ?? []).flatMap((r) => {
      const u = byId.get(r.id);
      return u ? [Object.assign(u, { memberRole: r.member_role })] : [];
    }));
  }),
}));
