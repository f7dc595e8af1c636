// A seeker's saved searches: save, list, rename or change how often they hear, delete; each person sees only their own.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { requireActor } from '../../auth/auth.service.js';
import { Role } from '../../common/domain.js';
import { FieldProblems, NotFoundError } from '../../common/errors.js';
import { currentLocale } from '../../common/request-context.js';
import { RegionsService } from '../../regions/regions.service.js';
import { PostingsSearchService } from '../postings-search.service.js';
import { MAX_QUERY_LENGTH } from '../search.resolver.js';
import type { PostingSearchFilter } from '../search.inputs.js';
import { SavedSearch, SavedSearchAlert, SavedSearchFrequency, type SavedFilter, type SavedSearchAlertModel } from './saved-search.entity.js';
import { SAVED_SEARCH_NAME_MAX, type SaveSearchInput, type UpdateSavedSearchInput } from './saved-search.inputs.js';
import { defaultName } from './saved-search-words.js';

/** How many searches one person may keep (more is a list nobody reads; the page says how to make room). */
export const SAVED_SEARCHES_MAX = 20;

const chars = (s: string) => Array.from(s).length;

/** The filters kept, without empty lists, in a fixed shape. */
function kept(x: PostingSearchFilter): SavedFilter {
  const out: SavedFilter = {};
  if (x.countyCodes?.length) out.countyCodes = [...new Set(x.countyCodes)];
  if (x.employmentForms?.length) out.employmentForms = [...new Set(x.employmentForms)];
  if (x.organizationTypes?.length) out.organizationTypes = [...new Set(x.organizationTypes)];
  if (x.supportsAll?.length) out.supportsAll = [...new Set(x.supportsAll)];
  if (x.demandsNone?.length) out.demandsNone = [...new Set(x.demandsNone)];
  if (x.reservedOnly) out.reservedOnly = true;
  if (x.remoteOnly) out.remoteOnly = true;
  if (x.category) out.category = x.category;
  if (x.salaryAtLeast != null) out.salaryAtLeast = x.salaryAtLeast;
  return out;
}

@Injectable()
export class SavedSearchesService {
  constructor(private readonly ds: DataSource, private readonly search: PostingsSearchService, private readonly regions: RegionsService) {}

  async mine(actor: Actor | null): Promise<SavedSearch[]> {
    const a = requireActor(actor, Role.SEEKER);
    return this.ds.getRepository(SavedSearch).find({ where: { userId: a.userId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  async save(actor: Actor | null, input: SaveSearchInput): Promise<SavedSearch> {
    const a = requireActor(actor, Role.SEEKER);
    const query = (input.query ?? '').trim();
    const filter = input.filter ?? {};
    const problems = new FieldProblems();
    problems.check(chars(query) <= MAX_QUERY_LENGTH, 'input.query', 'validation.maxLength', { max: MAX_QUERY_LENGTH });
    this.search.checkFilter(filter, problems, 'input.filter');
    problems.check(!filter.near, 'input.filter.near', 'savedSearch.notKept');
    problems.check(!filter.publishedSince, 'input.filter.publishedSince', 'savedSearch.notKept');
    const name = input.name == null ? defaultName(query, kept(filter), this.regions, currentLocale()) : input.name.trim();
    this.checkName(name, problems);
    problems.throwIfAny();
    return this.ds.transaction(async (m) => {
      // one person's saves in turn, so two at once cannot both pass the limit
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('saved-search:' || $1, 0))`, [a.userId]);
      const count = await m.getRepository(SavedSearch).countBy({ userId: a.userId });
      if (count >= SAVED_SEARCHES_MAX) new FieldProblems().add('input', 'savedSearch.tooMany', { max: SAVED_SEARCHES_MAX }).throwIfAny();
      const repo = m.getRepository(SavedSearch);
      return repo.save(repo.create({
        userId: a.userId, name, query, filter: kept(filter), frequency: input.frequency ?? SavedSearchFrequency.DAILY, checkedUntil: new Date(),
      }));
    });
  }

  async update(actor: Actor | null, id: string, input: UpdateSavedSearchInput): Promise<SavedSearch> {
    const a = requireActor(actor, Role.SEEKER);
    const problems = new FieldProblems();
    const name = input.name?.trim();
    if (name !== undefined) this.checkName(name, problems);
    problems.throwIfAny();
    const repo = this.ds.getRepository(SavedSearch);
    const s = await this.own(a, id);
    if (name !== undefined) s.name = name;
    if (input.frequency) s.frequency = input.frequency;
    return repo.save(s);
  }

  async remove(actor: Actor | null, id: string): Promise<string> {
    const a = requireActor(actor, Role.SEEKER);
    const res = await this.ds.getRepository(SavedSearch).delete({ id, userId: a.userId });
    if (!res.affected) throw new NotFoundError('savedSearch');
    return id;
  }

  /** The latest alert of a saved search with its postings (still published) and why each fits the seeker. */
  async lastAlert(actor: Actor | null, s: SavedSearch): Promise<SavedSearchAlertModel | null> {
    const a = requireActor(actor, Role.SEEKER);
    if (s.userId !== a.userId) return null;
    const alert = await this.ds.getRepository(SavedSearchAlert).findOne({ where: { savedSearchId: s.id }, order: { createdAt: 'DESC', id: 'ASC' } });
    if (!alert) return null;
    const profile = await this.search.matchingProfile(a);
    const items = await this.search.explained(alert.postingIds, profile);
    return { id: alert.id, createdAt: alert.createdAt, frequency: alert.frequency, count: alert.postingIds.length, items };
  }

  private async own(a: Actor, id: string): Promise<SavedSearch> {
    const s = await this.ds.getRepository(SavedSearch).findOneBy({ id, userId: a.userId });
    if (!s) throw new NotFoundError('savedSearch');
    return s;
  }

  private checkName(name: string, problems: FieldProblems) {
    problems.check(name.length > 0, 'input.name', 'validation.required');
    problems.check(chars(name) <= SAVED_SEARCH_NAME_MAX, 'input.name', 'validation.maxLength', { max: SAVED_SEARCH_NAME_MAX });
  }
}
