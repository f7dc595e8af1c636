// Benchmark data from the seed generator: N published postings of ~N/8 employers, and seekers to match.
import { readFileSync } from 'node:fs';
import { PostingStatus } from '../../server/src/common/domain.js';
import {
  contextFromRegion, generateOrganizations, PostingGenerator, type OrganizationRow, type PostingRow,
} from '../../server/src/database/seed/generator.js';
import { SeekerGenerator, type SeekerRow } from '../../server/src/database/seed/seekers.js';
import { postingDocument, type CountyPlace } from '../../server/src/search/indexes.js';
import type { SearchDocument } from '../../server/src/search/search-engine.js';
import type { RegionFile } from '../../server/src/regions/regions.service.js';

export const SEED = 7;

export interface BenchData {
  region: RegionFile;
  organizations: OrganizationRow[];
  postings: PostingRow[];
  documents: SearchDocument[];
  seekers: SeekerRow[];
  places: Map<string, CountyPlace>;
}

export function loadRegion(): RegionFile {
  return JSON.parse(readFileSync('server/regions/xinyang.json', 'utf8')) as RegionFile;
}

/** Every posting is published (the index holds only those), with a deadline ahead and no hires yet. */
export function generate(size: number, seekers = 40): BenchData {
  const region = loadRegion();
  const ctx = contextFromRegion(region, SEED, new Date());
  const organizations = generateOrganizations(ctx, Math.max(20, Math.round(size / 8)));
  const gen = new PostingGenerator(ctx, organizations);
  const deadline = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  const postings: PostingRow[] = [];
  for (let i = 0; i < size; i++) {
    const p = gen.next();
    postings.push({
      ...p, status: PostingStatus.PUBLISHED, deadline, closedAt: null, hiredCount: 0,
      publishedAt: p.publishedAt ?? p.createdAt,
    });
  }
  const byOrg = new Map(organizations.map((o) => [o.id, o]));
  const places = new Map(region.counties.map((c) => [c.code, { nameZh: c.nameZh, latitude: c.latitude, longitude: c.longitude }]));
  const documents = postings.map((p) => {
    const o = byOrg.get(p.organizationId)!;
    return postingDocument({ ...p, organizationName: o.name, organizationType: o.type, version: 1 }, places.get(p.countyCode));
  });
  const sg = new SeekerGenerator(ctx);
  const people: SeekerRow[] = [];
  while (people.length < seekers) {
    const s = sg.next();
    if (s.category) people.push(s);
  }
  return { region, organizations, postings, documents, seekers: people, places };
}
