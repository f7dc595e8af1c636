// Loaders of the placements feature (see graphql/loaders.ts).
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byId, groupBy, registerLoaders } from '../graphql/loaders.js';
import { Placement, PlacementChange } from './placement.entity.js';

declare module '../graphql/loaders.js' {
  interface Loaders {
    /** Each placement's history, oldest first. */
    placementHistory: DataLoader<string, PlacementChange[]>;
    /** Placements by id (no visibility rule: the caller applies its own). */
    placement: DataLoader<string, Placement | null>;
  }
}

registerLoaders(({ ds }) => ({
  placement: byId(ds, Placement),
  placementHistory: new DataLoader<string, PlacementChange[]>(async (ids) => {
    const rows = await ds.getRepository(PlacementChange).find({ where: { placementId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const m = groupBy(rows, (r) => r.placementId);
    return ids.map((id) => m.get(id) ?? []);
  }),
}));
