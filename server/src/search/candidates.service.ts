// An employer's candidates for a posting: only seekers whose latest DISCOVERABLE consent is granted (checked again in
// PostgreSQL, whatever the index says), masked, with reasons that reveal no disability or needs.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { requireActor } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Role } from '../common/domain.js';
import { ForbiddenError } from '../common/errors.js';
import { maskName } from '../common/mask-name.js';
import { pageOf, type PageInput } from '../common/pagination.js';
import { currentLocale } from '../common/request-context.js';
import { compareMatches, matchPosting } from '../matching/matcher.js';
import { PostingsService } from '../postings/postings.service.js';
import { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { SEEKERS_INDEX } from './indexes.js';
import { seekersFilterFor } from './match-filters.js';
import { RERANK_POOL, PostingsSearchService } from './postings-search.service.js';
import { SearchEngine, searchOrUnavailable } from './search-engine.js';
import { matchModel, type Candidate, type CandidatePage } from './search.models.js';


/** Age in ten-year bands: enough for an employer, not a birth date. */
export function ageRange(birthDate: string, today = new Date()): string {
  const [y, m, d] = birthDate.split('-').map(Number);
  let age = today.getUTCFullYear() - y;
  if (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)) age--;
  const lo = Math.floor(age / 10) * 10;
  return `${lo}-${lo + 9}`;
}

@Injectable()
export class CandidatesService {
  constructor(
    private readonly engine: SearchEngine,
    private readonly ds: DataSource,
    private readonly postings: PostingsService,
    private readonly search: PostingsSearchService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forPosting(actor: Actor | null, postingId: string, pageInput?: PageInput): Promise<{ page: CandidatePage; seekerIds: string[] }> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    const posting = await this.postings.get(a, postingId);
    if (!this.postings.canManage(a, posting)) throw new ForbiddenError();
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const site = posting.latitude != null && posting.longitude != null
      ? { lat: posting.latitude, lng: posting.longitude }
      : (() => { const c = this.search.places.get(posting.countyCode); return c ? { lat: c.latitude, lng: c.longitude } : null; })();
    const found = await searchOrUnavailable(this.engine, SEEKERS_INDEX.name, {
      filter: seekersFilterFor(posting), limit: RERANK_POOL,
      sort: site ? [{ field: 'location', geo: site }] : [{ field: 'updatedAt', direction: 'desc' }],
    });
    const ids = found.hits.map((h) => h.id);
    const discoverable = new Set(ids.length ? (await this.ds.query(
      `SELECT s.id FROM seeker_profile s
        WHERE s.id = ANY($1::uuid[])
          AND (SELECT cr.granted FROM consent_record cr WHERE cr.seeker_id = s.id AND cr.purpose = 'DISCOVERABLE'
                ORDER BY cr.id DESC LIMIT 1) IS TRUE`, [ids]) as Array<{ id: string }>).map((r) => r.id) : []);
    const rows = discoverable.size ? await this.ds.getRepository(SeekerProfile).findBy({ id: In([...discoverable]) }) : [];
    const locale = currentLocale();
    const ranked = rows
      .map((s) => ({ s, match: matchPosting(s, posting, { places: this.search.places, audience: 'employer' }) }))
      .filter((x) => x.match.eligible)
      .sort((x, y) => compareMatches(x.match, y.match));
    const items: Candidate[] = ranked.slice(offset, offset + limit).map(({ s, match }) => ({
      seekerId: s.id, maskedName: maskName(s.name), countyCode: s.countyCode, ageRange: ageRange(s.birthDate), education: s.education,
      skills: s.skills, preferredForms: s.preferredForms, match: matchModel(match, { locale, audience: 'employer' }),
    }));
    return { page: { items, total: ranked.length, page, pageSize }, seekerIds: items.map((i) => i.seekerId) };
  }
}
