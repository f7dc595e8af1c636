// Loaders of the messages feature (see graphql/loaders.ts).
import DataLoader from 'dataloader';
import { registerLoaders } from '../graphql/loaders.js';

declare module '../graphql/loaders.js' {
  interface Loaders {
    /** The reader's unread messages per application (0 when signed out). */
    unreadMessages: DataLoader<string, number>;
  }
}

registerLoaders(({ ds, actor }) => ({
  unreadMessages: new DataLoader<string, number>(async (ids) => {
    if (!actor) return ids.map(() => 0);
    const rows: Array<{ application_id: string; n: string }> = await ds.query(
      `SELECT x.application_id, count(*) AS n FROM message x
         LEFT JOIN message_read r ON r.application_id = x.application_id AND r.user_id = $2
        WHERE x.application_id = ANY($1::uuid[]) AND x.sender_user_id <> $2 AND x.id > coalesce(r.last_read_id, 0)
        GROUP BY x.application_id`, [[...ids], actor.userId]);
    const m = new Map(rows.map((r) => [r.application_id, Number(r.n)]));
    return ids.map((id) => m.get(id) ?? 0);
  }),
}));
