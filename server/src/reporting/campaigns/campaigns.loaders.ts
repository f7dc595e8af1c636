// Loaders of the campaigns feature (see graphql/loaders.ts): the campaigns a posting is linked to, for its employer's badge.
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { groupBy, registerLoaders } from '../../graphql/loaders.js';
import { Campaign } from './campaign.entity.js';

declare module '../../graphql/loaders.js' {
  interface Loaders {
    campaignsByPosting: DataLoader<string, Campaign[]>;
    /** Is the posting one of the federation's 助残类公益性岗位 (welfare_post_mark)? */
    welfarePostMarked: DataLoader<string, boolean>;
  }
}

registerLoaders(({ ds }) => ({
  campaignsByPosting: new DataLoader<string, Campaign[]>(async (ids) => {
    const rows: Array<{ posting_id: string; id: string }> = await ds.query(
      `SELECT cp.posting_id, c.id FROM campaign_posting cp JOIN campaign c ON c.id = cp.campaign_id
        WHERE cp.posting_id = ANY($1) ORDER BY c.start_date DESC, c.name_zh`, [[...ids]]);
    const campaigns = rows.length ? await ds.getRepository(Campaign).findBy({ id: In([...new Set(rows.map((r) => r.id))]) }) : [];
    const byId = new Map(campaigns.map((c) => [c.id, c]));
    const m = groupBy(rows, (r) => r.posting_id);
    return ids.map((id) => (m.get(id) ?? []).map((r) => byId.get(r.id)!).filter(Boolean));
  }),

  welfarePostMarked: new DataLoader<string, boolean>(async (ids) => {
    const rows: Array<{ posting_id: string }> = await ds.query(`SELECT posting_id FROM welfare_post_mark WHERE posting_id = ANY($1)`, [[...ids]]);
    const marked = new Set(rows.map((r) => r.posting_id));
    return ids.map((id) => marked.has(id));
  }),
}));
