// The per-request DataLoader registry: every relation in the schema resolves through a loader (no N+1).
// Each feature registers its own loaders (`<feature>.loaders.ts`) and adds their types to `Loaders` by
// declaration merging; the kernel only builds them per request. Loaders load rows only: who may see what is
// decided by the resolvers and services that use them.
import DataLoader from 'dataloader';
import { DataSource, In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Actor } from '../auth/actor.js';

/** Every feature's loaders, merged: features add their members with `declare module '../graphql/loaders.js'`. */
export interface Loaders {}

/** What a loader factory gets, once per request: the data source and who is asking. */
export interface LoaderDeps {
  ds: DataSource;
  actor: Actor | null;
}

type LoaderFactory = (deps: LoaderDeps) => Partial<Loaders>;
const factories: LoaderFactory[] = [];

/** Called once per feature, when its module file is loaded. */
export function registerLoaders(factory: LoaderFactory): void {
  factories.push(factory);
}

export function createLoaders(ds: DataSource, actor: Actor | null): Loaders {
  const deps = { ds, actor };
  return Object.assign({}, ...factories.map((f) => f(deps))) as Loaders;
}

export function byId<T extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await ds.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function groupBy<T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}
