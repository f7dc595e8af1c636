// Loaders of the postings feature (see graphql/loaders.ts).
import type DataLoader from 'dataloader';
import { byId, registerLoaders } from '../graphql/loaders.js';
import { Posting } from './posting.entity.js';

declare module '../graphql/loaders.js' {
  interface Loaders {
    posting: DataLoader<string, Posting | null>;
  }
}

registerLoaders(({ ds }) => ({ posting: byId(ds, Posting) }));
