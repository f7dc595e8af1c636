// Loaders of the applications feature (see graphql/loaders.ts).
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { Role } from '../common/domain.js';
import { byId, groupBy, registerLoaders } from '../graphql/loaders.js';
import { Application, ApplicationStatusChange } from './application.entity.js';

declare module '../graphql/loaders.js' {
  interface Loaders {
    application: DataLoader<string, Application | null>;
    applicationHistory: DataLoader<string, ApplicationStatusChange[]>;
    applicationCountByPosting: DataLoader<string, number>;
    /** For an employer: whether the seeker applied to one of the employer's postings. */
    isApplicantOfMyOrganization: DataLoader<string, boolean>;
    /** The signed-in seeker's own application to each posting, if any. */
    myApplicationByPosting: DataLoader<string, Application | null>;
  }
}

registerLoaders(({ ds, actor }) => {
  // the asking seeker's profile id, looked up at most once per request (the factory runs once per request)
  let mine: Promise<string | null> | undefined;
  const seekerIdOfActor = () => (mine ??= actor?.role === Role.SEEKER
    ? ds.query(`SELECT id FROM seeker_profile WHERE user_id = $1`, [actor.userId]).then((r: Array<{ id: string }>) => r[0]?.id ?? null)
    : Promise.resolve(null));
  return loaders(ds, actor, seekerIdOfActor);
});

function loaders(ds: DataSource, actor: Actor | null, seekerIdOfActor: () => Promise<string | null>) {
  return {
  application: byId(ds, Application),

  applicationHistory: new DataLoader<string, ApplicationStatusChange[]>(async (ids) => {
    const rows = await ds.getRepository(ApplicationStatusChange).find({
      where: { applicationId: In([...ids]) },
      order: { id: 'ASC' },
    });
    const m = groupBy(rows, (r) => r.applicationId);
    return ids.map((id) => m.get(id) ?? []);
  }),

  applicationCountByPosting: new DataLoader<string, number>(async (ids) => {
    const rows: Array<{ posting_id: string; n: string }> = await ds.query(
      `SELECT posting_id, count(*) AS n FROM application WHERE posting_id = ANY($1) GROUP BY posting_id`,
      [[...ids]],
    );
    const m = new Map(rows.map((r) => [r.posting_id, Number(r.n)]));
    return ids.map((id) => m.get(id) ?? 0);
  }),

  isApplicantOfMyOrganization: new DataLoader<string, boolean>(async (ids) => {
    if (!actor?.organizationId) return ids.map(() => false);
    const rows: Array<{ seeker_id: string }> = await ds.query(
      `SELECT DISTINCT a.seeker_id FROM application a JOIN posting p ON p.id = a.posting_id
        WHERE p.organization_id = $1 AND a.seeker_id = ANY($2)`,
      [actor.organizationId, [...ids]],
    );
    const yes = new Set(rows.map((r) => r.seeker_id));
    return ids.map((id) => yes.has(id));
  }),

  myApplicationByPosting: new DataLoader<string, Application | null>(async (ids) => {
    const seekerId = await seekerIdOfActor();
    if (!seekerId) return ids.map(() => null);
    const rows = await ds.getRepository(Application).findBy({ seekerId, postingId: In([...ids]) });
    const m = new Map(rows.map((r) => [r.postingId, r]));
    return ids.map((id) => m.get(id) ?? null);
  }),
  };
}
