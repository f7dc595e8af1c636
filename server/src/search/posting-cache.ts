// Hydrated posting rows kept in memory for search and recommendations, so a search needs no read of its own.
//
// Freshness comes from the same place as the index's: every write to a posting the index holds (or held) writes an
// outbox row in its transaction (migration 1766400000000: any change of a column the document is made from, and of
// `version`, which every write of a posting bumps), as does a change of its organization's name, type or verification.
// The outbox follower evicts the postings it applies from this cache in the same step that writes them to the index,
// so a closed, hidden or edited posting, or one of an employer renamed or no longer verified, is never served from
// here longer than the index itself would list it.
//
// - Only rows search may list are kept: published or closed because full, of a verified organization. The caller
//   narrows them again (full ones only when asked).
// - A read that began before an eviction is not stored (its row may be older than the change that evicted it): an
//   eviction bumps `epoch`, and a load stores its rows only if the epoch did not move meanwhile.
// - Entries live at most `ttlMs` (a write that bypassed `version` and every watched column is seen within that time),
//   and the cache holds at most `maxEntries` rows (the oldest go first).
// - Only for an index this process follows itself (the embedded engine with its outbox follower running): with an
//   index shared by instances (Meilisearch) the relay applies each change in one instance only, so the others could
//   not evict; there every search reads its rows.
// - Rows are shared by concurrent requests: nothing may change one (no resolver does). They are not frozen, as
//   V8 reads the properties of a frozen entity about 45% slower (measured), and matching reads hundreds per request.
// - The organization is kept with each posting (search results show its name). A change of its name, type or
//   verification enqueues its postings, so it is evicted with them; its other columns (contact, address, description)
//   feed no index and are seen within `ttlMs`.
import type { Organization } from '../organizations/organization.entity.js';
import type { Posting } from '../postings/posting.entity.js';

/** A listed posting and its organization as read together (the organization's name, type and verification feed the index). */
export interface PostingRow { posting: Posting; organization: Organization }

interface Entry { row: PostingRow; at: number }

export class PostingCache {
  private readonly entries = new Map<string, Entry>();
  private epoch = 0;
  hits = 0;
  misses = 0;

  constructor(readonly enabled: boolean, private readonly ttlMs = 30_000, private readonly maxEntries = 50_000, private readonly now = Date.now) {}

  get size(): number {
    return this.entries.size;
  }

  /** Bumped by every eviction and clear: an answer made from rows of an older epoch may hold a changed row. */
  get generation(): number {
    return this.epoch;
  }

  /** Rows for these ids: cached ones, the rest read by `load` (rows search may list; an id it does not return is not listed). */
  async get(ids: readonly string[], load: (ids: string[]) => Promise<PostingRow[]>): Promise<Map<string, PostingRow>> {
    const out = new Map<string, PostingRow>();
    if (!this.enabled) {
      for (const r of await load([...ids])) out.set(r.posting.id, r);
      return out;
    }
    const missing: string[] = [];
    const now = this.now();
    for (const id of ids) {
      const e = this.entries.get(id);
      if (e && now - e.at < this.ttlMs) out.set(id, e.row);
      else missing.push(id);
    }
    this.hits += out.size;
    this.misses += missing.length;
    if (!missing.length) return out;
    const epoch = this.epoch;
    const rows = await load(missing);
    const store = epoch === this.epoch;
    for (const r of rows) {
      out.set(r.posting.id, r);
      if (store) this.put(r.posting.id, r, now);
    }
    return out;
  }

  /** The index has just been told the current state of these postings: their rows are read again on the next search. */
  evict(ids: Iterable<string>): void {
    this.epoch++;
    for (const id of ids) this.entries.delete(id);
  }

  /** The index was rebuilt (or repaired) from PostgreSQL: every row is read again. */
  clear(): void {
    this.epoch++;
    this.entries.clear();
  }

  private put(id: string, row: PostingRow, at: number) {
    this.entries.delete(id);
    this.entries.set(id, { row, at });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
