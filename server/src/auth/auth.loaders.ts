// Loaders of the auth feature (see graphql/loaders.ts).
import type DataLoader from 'dataloader';
import { byId, registerLoaders } from '../graphql/loaders.js';
import { User } from './user.entity.js';

declare module '../graphql/loaders.js' {
  interface Loaders {
    user: DataLoader<string, User | null>;
  }
}

registerLoaders(({ ds }) => ({ user: byId(ds, User) }));
