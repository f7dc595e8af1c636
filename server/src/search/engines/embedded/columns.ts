// The embedded engine's attribute store: one compact typed array per filterable field, indexed by slot.
// Filters compile to predicates over these arrays; facets and sorts read them without touching documents.
import {
  dateValue, haversineMeters, type FieldSpec, type FieldValue, type Filter, type GeoPoint, type IndexSchema, type Scalar, type Sort,
} from '../../search-engine.js';

export type Predicate = (slot: number) => boolean;

const grow = <T extends Float64Array | Int32Array | Uint32Array | Int8Array>(a: T, size: number, fill: number): T => {
  const next = new (a.constructor as new (n: number) => T)(size);
  next.set(a);
  next.fill(fill, a.length);
  return next;
};

class Vocabulary {
  readonly codes = new Map<string, number>();
  readonly values: string[] = [];
  constructor(initial: readonly string[] = []) {
    for (const v of initial) this.code(v);
  }
  code(v: string): number {
    let c = this.codes.get(v);
    if (c === undefined) {
      c = this.values.length;
      this.codes.set(v, c);
      this.values.push(v);
    }
    return c;
  }
  find(v: Scalar): number {
    return this.codes.get(String(v)) ?? -1;
  }
}

/** A keyword: one code per slot, -1 when missing. */
class KeywordColumn {
  codes = new Int32Array(0);
  readonly vocab: Vocabulary;
  constructor(spec: FieldSpec) {
    this.vocab = new Vocabulary(spec.values);
  }
  resize(n: number) { this.codes = grow(this.codes, n, -1); }
  set(slot: number, v: FieldValue | undefined) {
    this.codes[slot] = typeof v === 'string' ? this.vocab.code(v) : -1;
  }
  get(slot: number): string | null {
    const c = this.codes[slot];
    return c < 0 ? null : this.vocab.values[c];
  }
}

/** A list of keywords: a bit mask while the vocabulary fits in 32 values (enums), code lists beyond that. */
class KeywordsColumn {
  masks = new Uint32Array(0);
  lists: Array<Int32Array | null> = [];
  readonly vocab: Vocabulary;
  readonly useMask: boolean;
  constructor(spec: FieldSpec) {
    this.vocab = new Vocabulary(spec.values);
    this.useMask = !!spec.values && spec.values.length <= 32;
  }
  resize(n: number) {
    if (this.useMask) this.masks = grow(this.masks, n, 0);
    else while (this.lists.length < n) this.lists.push(null);
  }
  set(slot: number, v: FieldValue | undefined) {
    const values = Array.isArray(v) ? (v as string[]) : [];
    if (this.useMask) {
      let m = 0;
      for (const x of values) {
        const c = this.vocab.code(x);
        if (c >= 32) throw new Error(`value "${x.slice(0, 40)}" is outside the declared values of a keywords field`);
        m |= 1 << c;
      }
      this.masks[slot] = m >>> 0;
    } else {
      this.lists[slot] = values.length ? Int32Array.from(new Set(values.map((x) => this.vocab.code(x)))) : null;
    }
  }
  get(slot: number): string[] {
    if (!this.useMask) return Array.from(this.lists[slot] ?? [], (c) => this.vocab.values[c]);
    const out: string[] = [];
    for (let m = this.masks[slot], c = 0; m; m >>>= 1, c++) if (m & 1) out.push(this.vocab.values[c]);
    return out;
  }
  /** codes of the given values; -1 for a value never seen */
  codesOf(values: readonly Scalar[]): number[] {
    return values.map((v) => this.vocab.find(v));
  }
}

class NumberColumn {
  values = new Float64Array(0);
  constructor(private readonly isDate: boolean) {}
  resize(n: number) { this.values = grow(this.values, n, NaN); }
  set(slot: number, v: FieldValue | undefined) {
    this.values[slot] = typeof v === 'number' && Number.isFinite(v) ? v
      : this.isDate && typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? Date.parse(v) : NaN;
  }
  get(slot: number): number | null {
    const x = this.values[slot];
    return Number.isNaN(x) ? null : x;
  }
  toNumber(v: Scalar): number {
    if (this.isDate && typeof v !== 'boolean') return dateValue(v);
    return typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  }
}

class BooleanColumn {
  values = new Int8Array(0);
  resize(n: number) { this.values = grow(this.values, n, -1); }
  set(slot: number, v: FieldValue | undefined) { this.values[slot] = v === true ? 1 : v === false ? 0 : -1; }
  get(slot: number): boolean | null {
    const x = this.values[slot];
    return x < 0 ? null : x === 1;
  }
}

class GeoColumn {
  lat = new Float64Array(0);
  lng = new Float64Array(0);
  resize(n: number) {
    this.lat = grow(this.lat, n, NaN);
    this.lng = grow(this.lng, n, NaN);
  }
  set(slot: number, v: FieldValue | undefined) {
    const p = v as GeoPoint | null | undefined;
    const ok = !!p && typeof p === 'object' && Number.isFinite(p.lat) && Number.isFinite(p.lng);
    this.lat[slot] = ok ? p!.lat : NaN;
    this.lng[slot] = ok ? p!.lng : NaN;
  }
  get(slot: number): GeoPoint | null {
    return Number.isNaN(this.lat[slot]) ? null : { lat: this.lat[slot], lng: this.lng[slot] };
  }
}

type Column = KeywordColumn | KeywordsColumn | NumberColumn | BooleanColumn | GeoColumn;

function makeColumn(spec: FieldSpec): Column {
  switch (spec.kind) {
    case 'keyword': return new KeywordColumn(spec);
    case 'keywords': return new KeywordsColumn(spec);
    case 'number': return new NumberColumn(false);
    case 'date': return new NumberColumn(true);
    case 'boolean': return new BooleanColumn();
    case 'geo': return new GeoColumn();
  }
}

const TRUE: Predicate = () => true;
const FALSE: Predicate = () => false;

export class ColumnStore {
  private readonly columns = new Map<string, Column>();
  private capacity = 0;

  constructor(readonly schema: IndexSchema) {
    for (const [name, spec] of Object.entries(schema.fields)) this.columns.set(name, makeColumn(spec));
  }

  ensureCapacity(slots: number) {
    if (slots <= this.capacity) return;
    const next = Math.max(slots, Math.ceil(this.capacity * 1.5), 1024);
    for (const c of this.columns.values()) c.resize(next);
    this.capacity = next;
  }

  set(slot: number, doc: Readonly<Record<string, FieldValue | undefined>>) {
    this.ensureCapacity(slot + 1);
    for (const [name, col] of this.columns) col.set(slot, doc[name]);
  }

  clear(slot: number) {
    for (const col of this.columns.values()) col.set(slot, null);
  }

  /** The stored attributes of a slot (allDocuments, debugging). */
  read(slot: number): Record<string, FieldValue> {
    const out: Record<string, FieldValue> = {};
    for (const [name, col] of this.columns) out[name] = col.get(slot);
    return out;
  }

  private column(name: string): Column {
    const c = this.columns.get(name);
    if (!c) throw new Error(`unknown field ${name}`);
    return c;
  }

  compile(filter: Filter): Predicate {
    switch (filter.op) {
      case 'and': {
        const parts = filter.filters.map((x) => this.compile(x));
        return (s) => {
          for (const p of parts) if (!p(s)) return false;
          return true;
        };
      }
      case 'or': {
        const parts = filter.filters.map((x) => this.compile(x));
        return (s) => {
          for (const p of parts) if (p(s)) return true;
          return false;
        };
      }
      case 'not': {
        const inner = this.compile(filter.filter);
        return (s) => !inner(s);
      }
      case 'eq': return this.anyOf(filter.field, [filter.value]);
      case 'in': case 'containsAny': return this.anyOf(filter.field, filter.values);
      case 'containsAll': return this.allOf(filter.field, filter.values);
      case 'range': {
        const col = this.column(filter.field);
        if (!(col instanceof NumberColumn)) return FALSE;
        const lo = filter.gte === undefined ? -Infinity : col.toNumber(filter.gte);
        const hi = filter.lte === undefined ? Infinity : col.toNumber(filter.lte);
        if (Number.isNaN(lo) || Number.isNaN(hi)) return FALSE;
        const v = col.values;
        return (s) => v[s] >= lo && v[s] <= hi; // NaN (missing) compares false
      }
      case 'geoRadius': {
        const col = this.column(filter.field) as GeoColumn;
        const { lat, lng, meters } = filter;
        // a bounding box first: most documents are rejected without trigonometry
        const dLat = meters / 111_320;
        const dLng = meters / (111_320 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
        const la = col.lat;
        const ln = col.lng;
        return (s) => Math.abs(la[s] - lat) <= dLat && Math.abs(ln[s] - lng) <= dLng && haversineMeters(lat, lng, la[s], ln[s]) <= meters;
      }
      case 'exists': {
        const col = this.column(filter.field);
        if (col instanceof KeywordColumn) return (s) => col.codes[s] >= 0;
        if (col instanceof KeywordsColumn) return col.useMask ? (s) => col.masks[s] !== 0 : (s) => col.lists[s] !== null;
        if (col instanceof NumberColumn) return (s) => !Number.isNaN(col.values[s]);
        if (col instanceof BooleanColumn) return (s) => col.values[s] >= 0;
        return (s) => !Number.isNaN((col as GeoColumn).lat[s]);
      }
    }
  }

  private anyOf(field: string, values: readonly Scalar[]): Predicate {
    const col = this.column(field);
    if (col instanceof KeywordColumn) {
      const codes = new Set(values.map((v) => col.vocab.find(v)).filter((c) => c >= 0));
      if (codes.size === 0) return FALSE;
      const a = col.codes;
      if (codes.size === 1) {
        const [c] = codes;
        return (s) => a[s] === c;
      }
      return (s) => codes.has(a[s]);
    }
    if (col instanceof KeywordsColumn) {
      const codes = col.codesOf(values).filter((c) => c >= 0);
      if (codes.length === 0) return FALSE;
      if (col.useMask) {
        const mask = codes.reduce((m, c) => m | (1 << c), 0) >>> 0;
        const a = col.masks;
        return (s) => (a[s] & mask) !== 0;
      }
      const set = new Set(codes);
      return (s) => {
        const l = col.lists[s];
        if (l) for (const c of l) if (set.has(c)) return true;
        return false;
      };
    }
    if (col instanceof NumberColumn) {
      const wanted = new Set(values.map((v) => col.toNumber(v)).filter((x) => !Number.isNaN(x)));
      const a = col.values;
      return wanted.size ? (s) => wanted.has(a[s]) : FALSE;
    }
    if (col instanceof BooleanColumn) {
      const t = values.some((v) => v === true || v === 'true');
      const fl = values.some((v) => v === false || v === 'false');
      const a = col.values;
      return t && fl ? (s) => a[s] >= 0 : t ? (s) => a[s] === 1 : fl ? (s) => a[s] === 0 : FALSE;
    }
    return FALSE;
  }

  private allOf(field: string, values: readonly string[]): Predicate {
    if (values.length === 0) return TRUE;
    const col = this.column(field);
    if (col instanceof KeywordColumn) {
      const distinct = new Set(values);
      return distinct.size === 1 ? this.anyOf(field, values) : FALSE;
    }
    if (!(col instanceof KeywordsColumn)) return FALSE;
    const codes = col.codesOf(values);
    if (codes.some((c) => c < 0)) return FALSE;
    if (col.useMask) {
      const mask = codes.reduce((m, c) => m | (1 << c), 0) >>> 0;
      const a = col.masks;
      return (s) => (a[s] & mask) === mask;
    }
    return (s) => {
      const l = col.lists[s];
      return !!l && codes.every((c) => l.includes(c));
    };
  }

  /** Facet counts over the matching slots. */
  facets(fields: readonly string[], slots: Int32Array, n: number): Record<string, Record<string, number>> {
    const out: Record<string, Record<string, number>> = {};
    for (const field of fields) {
      const col = this.column(field);
      const counts: Record<string, number> = {};
      if (col instanceof KeywordColumn) {
        const tally = new Int32Array(col.vocab.values.length);
        for (let i = 0; i < n; i++) {
          const c = col.codes[slots[i]];
          if (c >= 0) tally[c]++;
        }
        tally.forEach((k, c) => { if (k) counts[col.vocab.values[c]] = k; });
      } else if (col instanceof KeywordsColumn && col.useMask) {
        const tally = new Int32Array(32);
        for (let i = 0; i < n; i++) {
          for (let m = col.masks[slots[i]]; m; m &= m - 1) tally[31 - Math.clz32(m & -m)]++;
        }
        tally.forEach((k, c) => { if (k) counts[col.vocab.values[c]] = k; });
      } else if (col instanceof KeywordsColumn) {
        const tally = new Map<number, number>();
        for (let i = 0; i < n; i++) for (const c of col.lists[slots[i]] ?? []) tally.set(c, (tally.get(c) ?? 0) + 1);
        for (const [c, k] of tally) counts[col.vocab.values[c]] = k;
      } else if (col instanceof BooleanColumn) {
        let t = 0;
        let fl = 0;
        for (let i = 0; i < n; i++) {
          const x = col.values[slots[i]];
          if (x === 1) t++;
          else if (x === 0) fl++;
        }
        if (t) counts.true = t;
        if (fl) counts.false = fl;
      } else if (col instanceof NumberColumn) {
        for (let i = 0; i < n; i++) {
          const x = col.values[slots[i]];
          if (!Number.isNaN(x)) counts[String(x)] = (counts[String(x)] ?? 0) + 1;
        }
      }
      out[field] = counts;
    }
    return out;
  }

  /**
   * A numeric sort key per requested sort: smaller sorts first, missing values last in either direction.
   * Returns functions reading the key of a slot.
   */
  sortKeys(sort: readonly Sort[]): Array<(slot: number) => number> {
    return sort.map((s) => {
      const col = this.column(s.field);
      if ('geo' in s) {
        const g = col as GeoColumn;
        const { lat, lng } = s.geo;
        return (slot: number) => (Number.isNaN(g.lat[slot]) ? Infinity : haversineMeters(lat, lng, g.lat[slot], g.lng[slot]));
      }
      const sign = s.direction === 'desc' ? -1 : 1;
      if (col instanceof NumberColumn) {
        const v = col.values;
        return (slot: number) => (Number.isNaN(v[slot]) ? Infinity : sign * v[slot]);
      }
      if (col instanceof BooleanColumn) {
        const v = col.values;
        return (slot: number) => (v[slot] < 0 ? Infinity : sign * v[slot]);
      }
      if (col instanceof KeywordColumn) {
        // order codes by their string value once per query
        const order = col.vocab.values.map((_, c) => c).sort((a, b) => (col.vocab.values[a] < col.vocab.values[b] ? -1 : 1));
        const rank = new Float64Array(order.length);
        order.forEach((c, i) => { rank[c] = i; });
        return (slot: number) => (col.codes[slot] < 0 ? Infinity : sign * rank[col.codes[slot]]);
      }
      throw new Error(`cannot sort by ${s.field}`);
    });
  }
}
