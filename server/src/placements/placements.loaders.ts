// Loaders of the placements feature (see graphql/loaders.ts).
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byId, groupBy, registerLoaders } from '../graphql/loaders.js';
import { Placement, PlacementChange } from './placement.entity.js';
import { employedByWorkshop } from './placements.service.js';

declare module '../graphql/loaders.js' {
  interface Loaders {
    /** Each placement's history, oldest first. */
    placementHistory: DataLoader<string, PlacementChange[]>;
    /** Placements by id (no visibility rule: the caller applies its own). */
    placement: DataLoader<string, Placement | null>;
    /** By workshop id: the people employed there now (its ongoing placements not found to be fake). */
    employedAtWorkshop: DataLoader<string, number>;
  }
}

registerLoaders(({ ds }) => ({
  placement: byId(ds, Placement),
  employedAtWorkshop: new DataLoader<string, number>(async (ids) => {
    const m = await employedByWorkshop(ds, ids);
    return ids.map((id) => m.get(id) ?? 0);
  }),
  placementHistory: new DataLoader<string, PlacementChange[]>(async (ids) => {
    const rows = await ds.getRepository(PlacementChange).find({ where: { placementId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const m = groupBy(rows, (r) => r.placementId);
    return ids.map((id) => m.get(id) ?? []);
  }),
}));
