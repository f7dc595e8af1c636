// Loaders of the massage feature (see graphql/loaders.ts).
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { groupBy, registerLoaders } from '../graphql/loaders.js';
import { MassageRecord } from './massage.entities.js';

declare module '../graphql/loaders.js' {
  interface Loaders {
    massageRecordsByQualification: DataLoader<string, MassageRecord[]>;
  }
}

registerLoaders(({ ds }) => ({
  massageRecordsByQualification: new DataLoader<string, MassageRecord[]>(async (ids) => {
    const rows = await ds.getRepository(MassageRecord).find({ where: { qualificationId: In([...ids]) }, order: { heldOn: 'DESC', createdAt: 'DESC' } });
    const m = groupBy(rows, (r) => r.qualificationId);
    return ids.map((id) => m.get(id) ?? []);
  }),
}));
