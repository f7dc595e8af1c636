// The port's filters, sorts and documents in Meilisearch's terms. Pure (no client), so it is unit-tested without a
// server. Every value is quoted and escaped; field names come only from the schema, so no value can change the
// structure of a filter, whatever quotes, AND, OR or parentheses it holds.
import { initialKeys, pinyinKeys } from '../../text/pinyin.js';
import { normalizeText } from '../../text/normalize.js';
import { synonymMap } from '../../text/vocabulary.js';
import {
  dateValue, SearchSchemaError, simplifyFilter, validateFilter, type FieldSpec, type Filter, type GeoPoint, type IndexSchema, type Scalar,
  type SearchDocument, type Sort,
} from '../../search-engine.js';

export const GEO = '_geo';
export const PINYIN = '_py';
export const INITIALS = '_ini';
export const textAttribute = (name: string) => `_text_${name}`;

const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;

/** A string literal for a Meilisearch filter: double quotes, with backslash and quote escaped. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function attribute(name: string): string {
  if (!IDENT.test(name)) throw new SearchSchemaError(`not a field name: ${JSON.stringify(name).slice(0, 40)}`);
  return name;
}

function num(v: number): string {
  if (!Number.isFinite(v)) throw new SearchSchemaError(`not a finite number: ${v}`);
  return String(v);
}

function literal(spec: FieldSpec, v: Scalar): string {
  if (spec.kind === 'number') {
    const n = typeof v === 'number' ? v : Number(v);
    return Number.isFinite(n) ? num(n) : quote(String(v));
  }
  if (spec.kind === 'date') return num(dateValue(typeof v === 'boolean' ? String(v) : v));
  return quote(String(v));
}

/**
 * The filter expression; null when nothing is filtered out, false when nothing can match (empty lists).
 * Validates against the schema first.
 */
export function translateFilter(schema: IndexSchema, filter: Filter | undefined): string | null | false {
  if (filter) validateFilter(schema, filter);
  const simple = simplifyFilter(filter);
  if (simple === true) return null;
  if (simple === false) return false;
  return expr(schema, simple);
}

function expr(schema: IndexSchema, x: Filter): string {
  const spec = (field: string) => schema.fields[field];
  switch (x.op) {
    case 'eq': return `${attribute(x.field)} = ${literal(spec(x.field), x.value)}`;
    case 'in': case 'containsAny': {
      return `${attribute(x.field)} IN [${x.values.map((v) => literal(spec(x.field), v)).join(', ')}]`;
    }
    case 'containsAll': {
      // simplifyFilter has removed empty lists
      return `(${x.values.map((v) => `${attribute(x.field)} = ${literal(spec(x.field), v)}`).join(' AND ')})`;
    }
    case 'range': {
      const parts: string[] = [];
      const s = spec(x.field);
      const bound = (v: number | string) => (s.kind === 'date' ? num(dateValue(v)) : num(typeof v === 'number' ? v : Number(v)));
      if (x.gte !== undefined) parts.push(`${attribute(x.field)} >= ${bound(x.gte)}`);
      if (x.lte !== undefined) parts.push(`${attribute(x.field)} <= ${bound(x.lte)}`);
      // no bounds: every document with a value
      return parts.length ? `(${parts.join(' AND ')})` : `${attribute(x.field)} EXISTS`;
    }
    case 'geoRadius': return `_geoRadius(${num(x.lat)}, ${num(x.lng)}, ${num(Math.max(0, x.meters))})`;
    case 'exists': {
      const s = spec(x.field);
      if (s.kind === 'geo') return '_geoBoundingBox([90, 180], [-90, -180])';
      if (s.kind === 'keywords') return `(${attribute(x.field)} EXISTS AND NOT ${attribute(x.field)} IS EMPTY)`;
      return `${attribute(x.field)} EXISTS`;
    }
    case 'and': return x.filters.map((y) => `(${expr(schema, y)})`).join(' AND ');
    case 'or': return x.filters.map((y) => `(${expr(schema, y)})`).join(' OR ');
    case 'not': return `NOT (${expr(schema, x.filter)})`;
  }
}

export function translateSort(schema: IndexSchema, sort: readonly Sort[]): string[] {
  return sort.map((s) => {
    if ('geo' in s) return `_geoPoint(${num(s.geo.lat)}, ${num(s.geo.lng)}):asc`;
    if (!schema.fields[s.field]?.sortable) throw new SearchSchemaError(`cannot sort by ${s.field}`);
    return `${attribute(s.field)}:${s.direction === 'desc' ? 'desc' : 'asc'}`;
  });
}

function geoField(schema: IndexSchema): string | undefined {
  return Object.entries(schema.fields).find(([, s]) => s.kind === 'geo')?.[0];
}

/** The document as Meilisearch stores it: filter fields as they are (nulls left out), geo as _geo, folded text. */
export function toMeiliDocument(schema: IndexSchema, doc: SearchDocument): Record<string, unknown> {
  const out: Record<string, unknown> = { id: doc.id };
  for (const [name, spec] of Object.entries(schema.fields)) {
    const v = doc[name];
    if (v === null || v === undefined) continue;
    if (spec.kind === 'geo') {
      const p = v as GeoPoint;
      out[GEO] = { lat: p.lat, lng: p.lng };
    } else out[name] = v;
  }
  for (const [name, t] of Object.entries(schema.text)) {
    out[textAttribute(name)] = normalizeText(t.sources.map((s) => {
      const v = doc[s];
      return Array.isArray(v) ? v.join(' ') : typeof v === 'string' ? v : '';
    }).join(' '));
  }
  const titles = schema.pinyinSources.map((s) => (typeof doc[s] === 'string' ? doc[s] : '')).join(' ');
  out[PINYIN] = pinyinKeys(titles).join(' ');
  out[INITIALS] = initialKeys(titles).join(' ');
  return out;
}

/** Back from a stored document to the port's shape (filter fields and id). */
export function fromMeiliDocument(schema: IndexSchema, stored: Record<string, unknown>): SearchDocument {
  const out: SearchDocument = { id: String(stored.id) };
  const geo = geoField(schema);
  for (const [name, spec] of Object.entries(schema.fields)) {
    if (spec.kind === 'geo') continue;
    out[name] = (stored[name] as SearchDocument[string]) ?? null;
  }
  if (geo) out[geo] = (stored[GEO] as GeoPoint | undefined) ?? null;
  return out;
}

/** Index settings: searchable text (title first), filters, sorts, facets, ranking with sort first, typos, synonyms. */
export function indexSettings(schema: IndexSchema, synonyms: Record<string, string[]> = synonymMap()) {
  const fields = Object.entries(schema.fields);
  const plain = fields.filter(([, s]) => s.kind !== 'geo').map(([n]) => n);
  const hasGeo = fields.some(([, s]) => s.kind === 'geo');
  return {
    searchableAttributes: [...Object.keys(schema.text).map(textAttribute), PINYIN, INITIALS],
    filterableAttributes: [...plain, ...(hasGeo ? [GEO] : [])],
    sortableAttributes: [...fields.filter(([, s]) => s.sortable && s.kind !== 'geo').map(([n]) => n), ...(hasGeo ? [GEO] : [])],
    // sort first: an explicit sort orders strictly by the field, relevance breaks ties (as the embedded engine does)
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    synonyms,
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    pagination: { maxTotalHits: 1_000_000 },
    faceting: { maxValuesPerFacet: 500 },
    localizedAttributes: [{ attributePatterns: ['_text_*'], locales: ['cmn'] }],
  };
}
