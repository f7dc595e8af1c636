// Pass 1 of text matching (text-search.ts) needs only which documents hold a term, not scores. MiniSearch's search
// computes a BM25 score for every document of every posting list it walks and looks each one up three times (live,
// id, stored fields) before it calls `boostDocument`; at 100,000 postings that is most of a heavy query's time. Here
// the posting lists of a term (exact, or every term it prefixes) are walked directly, reading MiniSearch's index
// (`_index`, `_fieldIds`, `_documentIds`: internals of minisearch 7, pinned by package.json's ^7). When they are not
// there (another major version), MiniSearch's own search is used. postings-walk.spec.ts checks
// that both give the same documents, deletions included.
import type MiniSearch from 'minisearch';

type FieldTermData = Map<number, Map<number, number>>;
interface Internals {
  _index?: {
    get(term: string): FieldTermData | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
  };
  _fieldIds?: Record<string, number>;
  _documentIds?: Map<number, unknown>;
}

/** Whether this MiniSearch exposes what `walkPostings` reads (checked once per index object). */
function readable(mini: Internals): boolean {
  return typeof mini._index?.get === 'function' && typeof mini._index.atPrefix === 'function' && typeof mini._index.fuzzyGet === 'function'
    && !!mini._fieldIds && mini._documentIds instanceof Map;
}

/**
 * Calls `visit` with the id (the document's idField value) of every live document whose `field` holds `term` (or,
 * with `prefix`, a term starting with it; with `fuzzy`, within that many edits). A document may be visited more than
 * once (once per matching term).
 */
export function walkPostings(mini: MiniSearch<never>, term: string, field: string, prefix: boolean, fuzzy: number, visit: (id: unknown) => void): void {
  const m = mini as unknown as Internals;
  if (!readable(m)) {
    mini.search(term, { fields: [field], prefix, fuzzy: fuzzy || false, combineWith: 'OR', boostDocument: (id) => { visit(id); return 0; } });
    return;
  }
  const fieldId = m._fieldIds![field];
  const ids = m._documentIds!;
  const walk = (data: FieldTermData | undefined) => {
    const docs = data?.get(fieldId);
    if (!docs) return;
    for (const shortId of docs.keys()) {
      // a discarded document stays in posting lists until vacuumed, but leaves _documentIds at once
      const id = ids.get(shortId);
      if (id !== undefined) visit(id);
    }
  };
  // as MiniSearch: the term itself, every term it prefixes, and every term within `fuzzy` edits (a whole number here)
  if (prefix) for (const [, data] of m._index!.atPrefix(term)) walk(data);
  else walk(m._index!.get(term));
  if (fuzzy) for (const [found, [data, distance]] of m._index!.fuzzyGet(term, fuzzy)) if (distance && !(prefix && found.startsWith(term))) walk(data);
}
