// Job search and recommendations: the engine narrows and ranks candidates, PostgreSQL supplies the rows (so nothing
// stale or unpublished is shown), and the matcher scores and explains them for a seeker who consented to matching.
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { requireActor } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { ConsentPurpose, EmploymentForm, OrganizationType, PostingStatus, Role } from '../common/domain.js';
import { WorkplaceSupport } from '../vocabulary/codes.js';
import { FieldProblems, ForbiddenError } from '../common/errors.js';
import { pageOf, type PageInput } from '../common/pagination.js';
import { currentLocale } from '../common/request-context.js';
import { compareMatches, matchPosting, type MatchPosting, type MatchResult, type Place } from '../matching/matcher.js';
import { Organization } from '../organizations/organization.entity.js';
import { Posting } from '../postings/posting.entity.js';
import { RegionsService } from '../regions/regions.service.js';
import { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { ANY_CATEGORY, POSTINGS_INDEX } from './indexes.js';
import { chinaDayStart, openPostingsFilter, postingsFilterFor } from './match-filters.js';
import { PostingCache } from './posting-cache.js';
import { SearchResultCache } from './result-cache.js';
import { f, SearchEngine, type Filter, type SearchHit, type SearchResult, type Sort } from './search-engine.js';
import { matchModel, PostingSearchSort, type FacetCount, type MatchModel, type PostingFacets, type PostingSearchResult } from './search.models.js';
import type { PostingSearchFilter } from './search.inputs.js';

/** How many engine hits the matcher re-ranks for "best match" and recommendations. */
export const RERANK_POOL = 300;
/** How many text hits `postings(filter: { query })` browses, newest (or by its sort) first. */
const TEXT_POOL = 1000;
const FACETS = ['countyCode', 'employmentForm', 'organizationType', 'supports', 'reserved'];

/** Postings with an opening left (full ones are shown only when asked for). */
export const openingsLeftFilter = (): Filter => f.range('openingsLeft', 1);

/** Rows search may list: published, or closed because they filled (shown only with `includeFull`). */
const LISTED_SQL = `(p.status = 'PUBLISHED' OR (p.status = 'CLOSED' AND p.hired_count >= p.openings))`;

/** Of those, the ones listed without `includeFull`: published with an opening left. */
const hasOpening = (p: Posting) => p.status === PostingStatus.PUBLISHED && p.hiredCount < p.openings;

interface Ranked { posting: Posting; organization: Organization; relevance: number; match: MatchModel | null }

/** A hit with its row (still listed) and, for a profile, the matcher's verdict: read once, matched once per request. */
interface Matched { hit: SearchHit; posting: Posting; organization: Organization; match: MatchResult | null }

/** A seeker's recommendations, best first, and the pages of them worded so far (by language, offset and size). */
interface Ranking { stamp: string; best: Matched[]; pages: Map<string, Ranked[]> }

@Injectable()
export class PostingsSearchService {
  readonly places: ReadonlyMap<string, Place>;
  private readonly results: SearchResultCache;
  /**
   * Each seeker's recommendations, best first, kept while nothing they were made from changed (`rankingStamp`): asked
   * again (the next page, a return to the list) they are sliced, not matched again. The rows are PostingCache's.
   */
  private readonly rankings = new LRUCache<string, Ranking>({ max: 2000, ttl: 30_000 });

  constructor(
    private readonly engine: SearchEngine,
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly rows: PostingCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.places = new Map(regions.counties().map((c) => [c.code, { latitude: c.latitude, longitude: c.longitude }]));
    this.results = new SearchResultCache(engine);
  }

  /** The signed-in seeker's profile when they consented to job matching; null otherwise. */
  async matchingProfile(actor: Actor | null): Promise<SeekerProfile | null> {
    const { profile, consented } = await this.seekerOf(actor);
    return consented ? profile : null;
  }

  /**
   * In one read: the signed-in seeker's profile (null for anyone else), whether their latest JOB_MATCHING consent is
   * granted (SeekersService.currentConsents' rule), and the postings they applied to (search marks them, recommendations
   * leave them out). Read for each request, never kept: a seeker's data is theirs.
   */
  private async seekerOf(actor: Actor | null): Promise<{ profile: SeekerProfile | null; consented: boolean; applied: Set<string> }> {
    if (actor?.role !== Role.SEEKER) return { profile: null, consented: false, applied: new Set() };
    const { entities, raw } = await this.ds.getRepository(SeekerProfile).createQueryBuilder('s')
      .addSelect(`(SELECT cr.granted FROM consent_record cr WHERE cr.seeker_id = s.id AND cr.purpose = '${ConsentPurpose.JOB_MATCHING}'
                    ORDER BY cr.id DESC LIMIT 1)`, 'matching_consent')
      .addSelect('ARRAY(SELECT a.posting_id::text FROM application a WHERE a.seeker_id = s.id)', 'applied_ids')
      .where('s.userId = :userId', { userId: actor.userId })
      .getRawAndEntities<{ matching_consent: boolean | null; applied_ids: string[] }>();
    const profile = entities[0] ?? null;
    if (!profile) return { profile: null, consented: false, applied: new Set() };
    return { profile, consented: raw[0].matching_consent === true, applied: new Set(raw[0].applied_ids) };
  }

  /** One posting's match for the signed-in seeker who consented to matching (null for anyone else). */
  async matchFor(actor: Actor | null, posting: Posting): Promise<MatchModel | null> {
    const profile = await this.matchingProfile(actor);
    return profile ? matchModel(matchPosting(profile, posting, { places: this.places }), { locale: currentLocale() }) : null;
  }

  /** Ids of the published postings whose words match (at most TEXT_POOL): `postings(filter: { query })` narrows by them. */
  async idsMatching(text: string): Promise<string[]> {
    const result = await this.engine.search(POSTINGS_INDEX.name, { query: text, limit: TEXT_POOL });
    return result.hits.map((h) => h.id);
  }

  async search(actor: Actor | null, query: string | undefined, input: PostingSearchFilter = {}, sort?: PostingSearchSort, pageInput?: PageInput): Promise<PostingSearchResult> {
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const seeker = await this.seekerOf(actor);
    const profile = seeker.consented ? seeker.profile : null;
    const text = query?.trim() ?? '';
    const wanted = sort ?? PostingSearchSort.RELEVANCE;
    this.validate(input, wanted, profile);
    const full = !!input.includeFull;
    const filter = f.and(openPostingsFilter(new Date()), full ? undefined : openingsLeftFilter(), this.filterOf(input));
    const bestMatch = wanted === PostingSearchSort.BEST_MATCH;
    const result = await this.results.search(POSTINGS_INDEX.name, {
      query: text, filter, facets: FACETS, sort: this.sortOf(wanted, text, input, profile),
      offset: bestMatch ? 0 : offset, limit: bestMatch ? RERANK_POOL : limit,
    });
    const matched = await this.matched(result.hits, profile, full);
    const ranked = this.explain(bestMatch ? this.byMatch(matched).slice(offset, offset + limit) : matched);
    return {
      items: ranked.map((r) => ({
        posting: r.posting, organization: r.organization, relevance: r.relevance, match: r.match, applied: seeker.applied.has(r.posting.id),
      })),
      total: result.total, page, pageSize, facets: this.facetsOf(result), relaxed: !!result.relaxed, matched: !!profile,
    };
  }

  /** Jobs the seeker can take (hard constraints in the engine), nearest and remote ones, re-ranked by the matcher. */
  async recommended(actor: Actor | null, pageInput?: PageInput): Promise<PostingSearchResult> {
    const a = requireActor(actor, Role.SEEKER);
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const { profile, consented, applied } = await this.seekerOf(a);
    if (!profile) throw new ForbiddenError('error.profileRequired');
    if (!consented) throw new ForbiddenError('error.matchingConsentRequired');
    const stamp = this.rankingStamp(profile, applied);
    const found = stamp === null ? undefined : this.rankings.get(profile.id);
    const kept: Ranking = found && found.stamp === stamp ? found : { stamp: stamp ?? '', best: await this.rank(profile, applied), pages: new Map() };
    if (stamp !== null && kept !== found && this.rankingStamp(profile, applied) === stamp) this.rankings.set(profile.id, kept);
    const { best, pages } = kept;
    // the page as worded in the reader's language, kept with the ranking
    const pageKey = `${currentLocale()}:${offset}:${limit}`;
    const ranked = pages.get(pageKey) ?? this.explain(best.slice(offset, offset + limit));
    pages.set(pageKey, ranked);
    return {
      items: ranked.map((r) => ({ posting: r.posting, organization: r.organization, relevance: r.relevance, match: r.match, applied: false })),
      total: best.length, page, pageSize, facets: null, relaxed: false, matched: true,
    };
  }

  /**
   * What a seeker's recommendations are made from, as a string, or null where that cannot be told (no PostingCache, or
   * an engine without revisions): the index's revision and PostingCache's generation (every change of a posting or
   * its organization the relay applied), the day (deadlines), the postings applied to, and every column of the
   * profile (the matcher reads nothing else: matchPosting is a function of the profile, the row and the fixed places).
   */
  private rankingStamp(profile: SeekerProfile, applied: ReadonlySet<string>): string | null {
    const revision = this.engine.revision(POSTINGS_INDEX.name);
    if (revision === null || !this.rows.enabled) return null;
    const person = createHash('sha1').update(JSON.stringify(profile)).update([...applied].sort().join(',')).digest('base64');
    return `${revision}:${this.rows.generation}:${chinaDayStart(new Date())}:${person}`;
  }

  /** Every job the seeker can take and has not applied to, best match first. */
  private async rank(profile: SeekerProfile, applied: ReadonlySet<string>): Promise<Matched[]> {
    const filter = f.and(openPostingsFilter(new Date()), openingsLeftFilter(), postingsFilterFor(profile));
    const home = this.places.get(profile.countyCode);
    const [near, remote] = await Promise.all([
      this.results.search(POSTINGS_INDEX.name, {
        filter, limit: RERANK_POOL,
        sort: home ? [{ field: 'location', geo: { lat: home.latitude, lng: home.longitude } }] : [{ field: 'publishedAt', direction: 'desc' }],
      }),
      this.results.search(POSTINGS_INDEX.name, { filter: f.and(filter, f.eq('remote', true)), limit: 100, sort: [{ field: 'publishedAt', direction: 'desc' }] }),
    ]);
    // jobs already applied to are not recommended again
    const pool = [...new Map([...near.hits, ...remote.hits].filter((h) => !applied.has(h.id)).map((h) => [h.id, h])).values()];
    return this.byMatch(await this.matched(pool, profile), true);
  }

  /**
   * Saved-search alerts: ids of the postings published between two moments (inclusive) that match the words and
   * filters, are open now and, for a profile, pass its hard constraints in the engine (the matcher checks them again
   * on the rows). Words matched only tolerantly (a near spelling) do not count unless they are pinyin.
   */
  async publishedBetween(query: string, input: PostingSearchFilter, from: Date, to: Date, now: Date, profile: SeekerProfile | null): Promise<string[]> {
    const text = query.trim();
    const filter = f.and(openPostingsFilter(now), f.range('openingsLeft', 1), this.filterOf(input),
      f.range('publishedAt', from.toISOString(), to.toISOString()), profile ? postingsFilterFor(profile) : undefined);
    const result = await this.engine.search(POSTINGS_INDEX.name, { query: text, filter, limit: RERANK_POOL, sort: text ? [] : [{ field: 'publishedAt', direction: 'desc' }] });
    if (result.relaxed && /[\u3400-\u9fff]/.test(text)) return [];
    return result.hits.map((h) => h.id);
  }

  /** The saved-search checks of a filter: counties of this region (the same rule as a search). */
  checkFilter(input: PostingSearchFilter, problems: FieldProblems, path: string): void {
    (input.countyCodes ?? []).forEach((c, i) => problems.check(this.regions.isCounty(c), `${path}.countyCodes.${i}`, 'validation.unknownCounty'));
  }

  /** Postings by id, still published by a verified organization, with why each fits the profile (when there is one). */
  async explained(ids: readonly string[], profile: SeekerProfile | null): Promise<Array<{ posting: Posting; match: MatchModel | null }>> {
    return this.explain(await this.matched(ids.map((id) => ({ id, score: 1 })), profile)).map((r) => ({ posting: r.posting, match: r.match }));
  }

  /** The matcher's verdict (hard constraints) for rows read by the caller. */
  eligible(profile: SeekerProfile, posting: MatchPosting): boolean {
    return matchPosting(profile, posting, { places: this.places }).eligible;
  }

  /**
   * The hits whose rows are still listed (published, of a verified organization; full ones with `includeFull`), in
   * hit order, each matched once when there is a profile. The rows come from PostingCache (one read for those it
   * lacks), whatever the size of the pool.
   */
  private async matched(hits: readonly SearchHit[], profile: SeekerProfile | null, includeFull = false): Promise<Matched[]> {
    if (!hits.length) return [];
    const rows = await this.rows.get(hits.map((h) => h.id), (ids) => this.readRows(ids));
    const options = { places: this.places };
    return hits.flatMap((hit) => {
      const row = rows.get(hit.id);
      if (!row || (!includeFull && !hasOpening(row.posting))) return [];
      return [{ hit, posting: row.posting, organization: row.organization, match: profile ? matchPosting(profile, row.posting, options) : null }];
    });
  }

  /** Postings search may list (of a verified organization), with their organizations: two reads, whatever the number. */
  private async readRows(ids: string[]): Promise<Array<{ posting: Posting; organization: Organization }>> {
    const postings = await this.ds.getRepository(Posting).createQueryBuilder('p')
      .where(`p.id IN (:...ids) AND ${LISTED_SQL}`, { ids })
      .andWhere(`p.organizationId IN (SELECT o.id FROM organization o WHERE o.verification_status = 'VERIFIED')`)
      .getMany();
    if (!postings.length) return [];
    const organizations = await this.ds.getRepository(Organization).createQueryBuilder('o')
      .where(`o.id IN (:...ids) AND o.verificationStatus = 'VERIFIED'`, { ids: [...new Set(postings.map((p) => p.organizationId))] })
      .getMany();
    const byId = new Map(organizations.map((o) => [o.id, o]));
    return postings.flatMap((posting) => {
      const organization = byId.get(posting.organizationId);
      return organization ? [{ posting, organization }] : [];
    });
  }

  /** Best match first (text relevance breaks ties); `eligibleOnly` drops jobs a hard constraint rules out. */
  private byMatch(items: Matched[], eligibleOnly = false): Matched[] {
    return items
      .filter((x) => !eligibleOnly || x.match!.eligible)
      .sort((a, b) => compareMatches(a.match!, b.match!) || b.hit.score - a.hit.score);
  }

  /** A page of matched hits, each match worded in the reader's language. */
  private explain(items: readonly Matched[]): Ranked[] {
    const locale = currentLocale();
    return items.map((x) => ({
      posting: x.posting, organization: x.organization, relevance: x.hit.score, match: x.match ? matchModel(x.match, { locale }) : null,
    }));
  }

  private validate(input: PostingSearchFilter, sort: PostingSearchSort, profile: SeekerProfile | null) {
    const problems = new FieldProblems();
    this.checkFilter(input, problems, 'filter');
    problems.check(sort !== PostingSearchSort.BEST_MATCH || !!profile, 'sort', 'error.matchingConsentRequired');
    problems.check(sort !== PostingSearchSort.DISTANCE || !!input.near || !!profile, 'filter.near', 'validation.required');
    problems.throwIfAny();
  }

  private filterOf(x: PostingSearchFilter): Filter | undefined {
    return f.and(
      x.countyCodes?.length ? f.in('countyCode', x.countyCodes) : undefined,
      x.employmentForms?.length ? f.in('employmentForm', x.employmentForms) : undefined,
      x.organizationTypes?.length ? f.in('organizationType', x.organizationTypes) : undefined,
      x.supportsAll?.length ? f.all('supports', x.supportsAll) : undefined,
      x.demandsNone?.length ? f.not(f.any('demands', x.demandsNone)) : undefined,
      x.reservedOnly ? f.eq('reserved', true) : undefined,
      x.remoteOnly ? f.eq('remote', true) : undefined,
      x.category ? f.any('categories', [x.category, ANY_CATEGORY]) : undefined,
      x.salaryAtLeast != null ? f.range('salary', x.salaryAtLeast) : undefined,
      x.publishedSince ? f.range('publishedAt', `${x.publishedSince}T00:00:00+08:00`) : undefined,
      x.near ? f.near('location', x.near.latitude, x.near.longitude, x.near.radiusKm * 1000) : undefined,
    );
  }

  private sortOf(sort: PostingSearchSort, text: string, x: PostingSearchFilter, profile: SeekerProfile | null): Sort[] {
    switch (sort) {
      case PostingSearchSort.NEWEST: return [{ field: 'publishedAt', direction: 'desc' }];
      case PostingSearchSort.SALARY: return [{ field: 'salary', direction: 'desc' }];
      case PostingSearchSort.DEADLINE: return [{ field: 'deadline', direction: 'asc' }];
      case PostingSearchSort.DISTANCE: {
        const home = profile ? this.places.get(profile.countyCode) : undefined;
        const from = x.near ? { lat: x.near.latitude, lng: x.near.longitude } : { lat: home!.latitude, lng: home!.longitude };
        return [{ field: 'location', geo: from }];
      }
      default: return text ? [] : [{ field: 'publishedAt', direction: 'desc' }];
    }
  }

  /** Every value of each facet in a fixed order (zero counts included), so filter groups do not jump around. */
  private facetsOf(r: SearchResult): PostingFacets {
    const en = currentLocale() === 'en';
    const list = (field: string, values: readonly string[], label?: (v: string) => string | null): FacetCount[] =>
      values.map((value) => ({ value, label: label?.(value) ?? null, count: r.facets[field]?.[value] ?? 0 }));
    return {
      counties: list('countyCode', this.regions.counties().map((c) => c.code), (code) => {
        const c = this.regions.county(code);
        return c ? (en ? c.nameEn : c.nameZh) : null;
      }),
      employmentForms: list('employmentForm', Object.values(EmploymentForm)),
      organizationTypes: list('organizationType', Object.values(OrganizationType)),
      supports: list('supports', Object.values(WorkplaceSupport)),
      reserved: list('reserved', ['true', 'false']),
    };
  }
}
