// Loaders of the seekers feature (see graphql/loaders.ts).
import DataLoader from 'dataloader';
import { ConsentPurpose } from '../common/domain.js';
import { byId, registerLoaders } from '../graphql/loaders.js';
import { SeekerProfile } from './seeker-profile.entity.js';

declare module '../graphql/loaders.js' {
  interface Loaders {
    seeker: DataLoader<string, SeekerProfile | null>;
    /** Current consent per purpose (the latest record wins). */
    consents: DataLoader<string, Set<ConsentPurpose>>;
  }
}

registerLoaders(({ ds }) => ({
  seeker: byId(ds, SeekerProfile),
  consents: new DataLoader<string, Set<ConsentPurpose>>(async (ids) => {
    const rows: Array<{ seeker_id: string; purpose: ConsentPurpose; granted: boolean }> = await ds.query(
      `SELECT DISTINCT ON (seeker_id, purpose) seeker_id, purpose, granted
         FROM consent_record WHERE seeker_id = ANY($1) ORDER BY seeker_id, purpose, id DESC`,
      [[...ids]],
    );
    const m = new Map<string, Set<ConsentPurpose>>(ids.map((id) => [id, new Set()]));
    for (const r of rows) if (r.granted) m.get(r.seeker_id)!.add(r.purpose);
    return ids.map((id) => m.get(id)!);
  }),
}));
