// Loaders of the workshops feature (see graphql/loaders.ts); the people employed at one are placements' loader.
import DataLoader from 'dataloader';
import { byId, registerLoaders } from '../graphql/loaders.js';
import { Workshop } from './workshop.entity.js';

declare module '../graphql/loaders.js' {
  interface Loaders {
    workshop: DataLoader<string, Workshop | null>;
  }
}

registerLoaders(({ ds }) => ({
  workshop: byId(ds, Workshop),
}));
