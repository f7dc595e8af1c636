// The search port: an abstract class that is also the DI token. Engines speak only this language; no engine's
// own syntax leaves its adapter. Search returns ids, scores and facet counts: callers load rows from PostgreSQL.
import { ServiceUnavailableError } from '../common/errors.js';

export type FieldKind =
  /** one string value */
  | 'keyword'
  /** a list of string values */
  | 'keywords'
  | 'number'
  /** epoch milliseconds in documents; filters accept those or an ISO date/time */
  | 'date'
  | 'boolean'
  /** { lat, lng } */
  | 'geo';

export interface FieldSpec {
  kind: FieldKind;
  /** The closed set of values, when there is one (enums): engines may store these compactly. */
  values?: readonly string[];
  facet?: boolean;
  sortable?: boolean;
}

export interface TextFieldSpec {
  /** document fields (strings or string lists) searched as one, in this order */
  sources: readonly string[];
  boost: number;
}

export interface IndexSchema {
  /** index name: letters, digits, dash and underscore */
  name: string;
  /** searchable text, most important first */
  text: Readonly<Record<string, TextFieldSpec>>;
  /** filterable, facetable and sortable attributes */
  fields: Readonly<Record<string, FieldSpec>>;
  /** document fields whose pinyin the engines index for pinyin queries and typo fallback (titles) */
  pinyinSources: readonly string[];
  /** document fields the query splitter learns words from (titles, skills) */
  wordSources: readonly string[];
  /** document fields the query splitter learns town names from (addresses, employers' names: 周党镇 for zhoudang) */
  placeSources?: readonly string[];
}

export type GeoPoint = { lat: number; lng: number };
export type FieldValue = string | readonly string[] | number | boolean | GeoPoint | null;

/** A document as the engines index it: an id and the fields of its schema (text sources included). */
export interface SearchDocument {
  id: string;
  [field: string]: FieldValue | undefined;
}

export type Scalar = string | number | boolean;

/**
 * The filter language. On a `keywords` field, `eq` and `in` mean "contains". `range` bounds are inclusive and a
 * missing value never matches one; `not` is the complement (documents without the field included).
 */
export type Filter =
  | { op: 'eq'; field: string; value: Scalar }
  | { op: 'in'; field: string; values: readonly Scalar[] }
  | { op: 'containsAll'; field: string; values: readonly string[] }
  | { op: 'containsAny'; field: string; values: readonly string[] }
  | { op: 'range'; field: string; gte?: number | string; lte?: number | string }
  | { op: 'geoRadius'; field: string; lat: number; lng: number; meters: number }
  | { op: 'exists'; field: string }
  | { op: 'and'; filters: readonly Filter[] }
  | { op: 'or'; filters: readonly Filter[] }
  | { op: 'not'; filter: Filter };

export type Sort =
  | { field: string; direction: 'asc' | 'desc' }
  /** nearest first from a point */
  | { geo: GeoPoint; field: string };

export interface SearchRequest {
  /** free text; empty or missing browses by filter and sort only */
  query?: string;
  filter?: Filter;
  /** sort keys in order; relevance breaks ties. Without sort, text queries rank by relevance. */
  sort?: readonly Sort[];
  facets?: readonly string[];
  offset?: number;
  limit?: number;
}

export interface SearchHit {
  id: string;
  /** relevance in 0..1 (1 for the best hit of the query; browse hits have 1) */
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** every hit that matches, not only this page */
  total: number;
  /** facet field → value → number of matching documents */
  facets: Record<string, Record<string, number>>;
  /** set when no document matched the words as typed and a tolerant match was used instead */
  relaxed?: 'pinyin-or-typo';
}

export const MAX_LIMIT = 1000;

export abstract class SearchEngine {
  abstract readonly name: string;
  /**
   * True when each server process holds an index of its own (the embedded engine): every instance must then apply
   * every change (the outbox follower). False when all instances share one index (Meilisearch): each change is
   * written once (the outbox relay claims it).
   */
  get perProcess(): boolean { return false; }
  /** Creates or updates the index and its settings. Idempotent. */
  abstract ensureIndex(schema: IndexSchema): Promise<void>;
  /** Adds or replaces documents; they are searchable when the promise resolves. */
  abstract upsert(index: string, docs: readonly SearchDocument[]): Promise<void>;
  /** Removes documents; ids that are not indexed are ignored. */
  abstract delete(index: string, ids: readonly string[]): Promise<void>;
  abstract search(index: string, request: SearchRequest): Promise<SearchResult>;
  /** Rebuilds the index from scratch from batches of documents; searches keep answering from the old one meanwhile. */
  abstract replaceAll(index: string, batches: AsyncIterable<readonly SearchDocument[]>): Promise<number>;
  abstract count(index: string): Promise<number>;
  /** Every document as indexed, at least its id and filter fields (tests and consistency checks). */
  abstract allDocuments(index: string): Promise<SearchDocument[]>;
  /** Removes the index and its documents. */
  abstract dropIndex(index: string): Promise<void>;
  /** Releases connections and timers. */
  async close(): Promise<void> {}
  /**
   * A number that changes whenever the index's content changes, or null when the engine cannot tell (a shared index
   * another process writes): while it stays the same, the same request gives the same result, which callers may keep.
   */
  revision(_index: string): number | null { return null; }
}

/** Small builders for readable filters. */
export const f = {
  eq: (field: string, value: Scalar): Filter => ({ op: 'eq', field, value }),
  in: (field: string, values: readonly Scalar[]): Filter => ({ op: 'in', field, values }),
  all: (field: string, values: readonly string[]): Filter => ({ op: 'containsAll', field, values }),
  any: (field: string, values: readonly string[]): Filter => ({ op: 'containsAny', field, values }),
  range: (field: string, gte?: number | string, lte?: number | string): Filter => ({ op: 'range', field, gte, lte }),
  near: (field: string, lat: number, lng: number, meters: number): Filter => ({ op: 'geoRadius', field, lat, lng, meters }),
  exists: (field: string): Filter => ({ op: 'exists', field }),
  and: (...filters: Array<Filter | undefined | null | false>): Filter | undefined => {
    const list = filters.filter((x): x is Filter => !!x);
    return list.length === 0 ? undefined : list.length === 1 ? list[0] : { op: 'and', filters: list };
  },
  or: (...filters: Filter[]): Filter => ({ op: 'or', filters }),
  not: (filter: Filter): Filter => ({ op: 'not', filter }),
};

export class SearchSchemaError extends Error {}

/**
 * A search for a person waiting on the answer: an engine that fails (down, unreachable, timing out) is an outage
 * named as such (SERVICE_UNAVAILABLE), not an internal error. A request the schema does not allow stays a fault.
 */
export async function searchOrUnavailable(engine: SearchEngine, index: string, request: SearchRequest): Promise<SearchResult> {
  try {
    return await engine.search(index, request);
  } catch (err) {
    if (err instanceof SearchSchemaError) throw err;
    throw new ServiceUnavailableError('search');
  }
}

/** Dates in filters: epoch milliseconds, or an ISO date (YYYY-MM-DD is midnight UTC) or date-time. */
export function dateValue(v: number | string): number {
  if (typeof v === 'number') return v;
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) throw new SearchSchemaError(`not a date: ${JSON.stringify(v).slice(0, 40)}`);
  return ms;
}

/** Checks a filter against a schema: unknown fields and operators that do not fit the field's kind are refused. */
export function validateFilter(schema: IndexSchema, filter: Filter): void {
  const field = (name: string, kinds: readonly FieldKind[], op: string) => {
    const spec = schema.fields[name];
    if (!spec) throw new SearchSchemaError(`unknown filter field "${String(name).slice(0, 40)}" in ${schema.name}`);
    if (!kinds.includes(spec.kind)) throw new SearchSchemaError(`${op} does not apply to ${spec.kind} field ${name}`);
  };
  switch (filter.op) {
    case 'eq': case 'in': return field(filter.field, ['keyword', 'keywords', 'number', 'boolean', 'date'], filter.op);
    case 'containsAll': case 'containsAny': return field(filter.field, ['keywords', 'keyword'], filter.op);
    case 'range': return field(filter.field, ['number', 'date'], filter.op);
    case 'geoRadius': return field(filter.field, ['geo'], filter.op);
    case 'exists': return field(filter.field, ['keyword', 'keywords', 'number', 'date', 'boolean', 'geo'], filter.op);
    case 'and': case 'or': return filter.filters.forEach((x) => validateFilter(schema, x));
    case 'not': return validateFilter(schema, filter.filter);
    default: throw new SearchSchemaError(`unknown filter operator ${JSON.stringify((filter as { op: unknown }).op)}`);
  }
}

export function validateRequest(schema: IndexSchema, r: SearchRequest): void {
  if (r.filter) validateFilter(schema, r.filter);
  for (const s of r.sort ?? []) {
    const spec = schema.fields[s.field];
    if (!spec) throw new SearchSchemaError(`unknown sort field "${String(s.field).slice(0, 40)}"`);
    if ('geo' in s ? spec.kind !== 'geo' : !spec.sortable) throw new SearchSchemaError(`cannot sort by ${s.field}`);
  }
  for (const name of r.facets ?? []) {
    if (!schema.fields[name]?.facet) throw new SearchSchemaError(`"${String(name).slice(0, 40)}" is not a facet`);
  }
  const offset = r.offset ?? 0;
  const limit = r.limit ?? 20;
  if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 0 || limit > MAX_LIMIT) {
    throw new SearchSchemaError('offset and limit must be whole numbers, limit at most 1000');
  }
}

/**
 * Folds constants: `containsAll []` is true, `in []` and `containsAny []` are false. Returns true (no filter),
 * false (nothing can match) or a filter with no empty lists left, so every engine sees the same semantics.
 */
export function simplifyFilter(filter: Filter | undefined): Filter | boolean {
  if (!filter) return true;
  switch (filter.op) {
    case 'containsAll': return filter.values.length === 0 ? true : filter;
    case 'in': case 'containsAny': return filter.values.length === 0 ? false : filter;
    case 'not': {
      const inner = simplifyFilter(filter.filter);
      return typeof inner === 'boolean' ? !inner : { op: 'not', filter: inner };
    }
    case 'and': case 'or': {
      const isAnd = filter.op === 'and';
      const parts: Filter[] = [];
      for (const x of filter.filters) {
        const s = simplifyFilter(x);
        if (s === !isAnd) return !isAnd; // false in AND, true in OR decides
        if (s !== isAnd) parts.push(s as Filter);
      }
      if (parts.length === 0) return isAnd;
      return parts.length === 1 ? parts[0] : { op: filter.op, filters: parts };
    }
    default: return filter;
  }
}

/** Great-circle distance in metres. */
export function haversineMeters(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(a)));
}
