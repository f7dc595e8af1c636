// The queries both engines answer: the same words, filters, sorts and seekers, in the port's terms.
import { ANY_CATEGORY } from '../../server/src/search/indexes.js';
import { openPostingsFilter, postingsFilterFor } from '../../server/src/search/match-filters.js';
import { f, type Filter, type Sort } from '../../server/src/search/search-engine.js';

/** Typical searches: job words, typed without spaces, a county with a job, traditional characters, Latin, and 残疾人 (in nearly every posting). */
export const TEXT_QUERIES = [
  '客服', '按摩', '罗山按摩', '平桥区客服', '会计', '电商客服', '数据标注', '分拣', '手工编织', '保洁员',
  '快递', '网店美工', '盲人按摩师', '话务员', '公益性岗位', '居家客服', 'Excel', '信阳毛尖', '固始 采茶', '残疾人',
];

export interface NamedFilter { name: string; filter: Filter; sql: string; params: unknown[] }

/** Filters as a seeker's facet clicks make them, each with its SQL twin ($n numbering starts at `base`). */
export function filters(): Array<(base: number) => NamedFilter> {
  return [
    (b) => ({ name: 'county', filter: f.in('countyCode', ['411521']), sql: `p.county_code = ANY($${b})`, params: [['411521']] }),
    (b) => ({ name: 'screen reader', filter: f.all('supports', ['SCREEN_READER']), sql: `p.supports @> $${b}::text[]`, params: [['SCREEN_READER']] }),
    (b) => ({ name: 'home or flexible', filter: f.in('employmentForm', ['HOME_BASED', 'FLEXIBLE']), sql: `p.employment_form = ANY($${b})`, params: [['HOME_BASED', 'FLEXIBLE']] }),
    (b) => ({ name: 'reserved in 平桥', filter: f.and(f.eq('reserved', true), f.in('countyCode', ['411503']))!,
      sql: `p.reserved AND p.county_code = ANY($${b})`, params: [['411503']] }),
    (b) => ({ name: 'pay ≥ 3000, text', filter: f.and(f.range('salary', 3000), f.all('supports', ['TEXT_COMMUNICATION']))!,
      sql: `COALESCE(p.salary_max, p.salary_min) >= $${b} AND p.supports @> $${b + 1}::text[]`, params: [3000, ['TEXT_COMMUNICATION']] }),
    (b) => ({ name: 'public sector', filter: f.in('organizationType', ['STATE_OWNED', 'PUBLIC_INSTITUTION', 'GOVERNMENT_AGENCY']),
      sql: `o.type = ANY($${b})`, params: [['STATE_OWNED', 'PUBLIC_INSTITUTION', 'GOVERNMENT_AGENCY']] }),
    (b) => ({ name: 'within 20 km', filter: f.near('location', 32.13, 114.07, 20_000),
      sql: `6371 * 2 * asin(sqrt(power(sin(radians(COALESCE(p.latitude, c.latitude) - $${b}) / 2), 2) + cos(radians($${b})) * cos(radians(COALESCE(p.latitude, c.latitude))) * power(sin(radians(COALESCE(p.longitude, c.longitude) - $${b + 1}) / 2), 2))) <= 20`,
      params: [32.13, 114.07] }),
  ];
}

export const FACETS = ['countyCode', 'employmentForm', 'organizationType', 'supports', 'reserved'];
export const NEWEST: Sort[] = [{ field: 'publishedAt', direction: 'desc' }];

export function open(filter?: Filter): Filter {
  return f.and(openPostingsFilter(new Date()), filter)!;
}

export interface SeekerLike {
  category: string | null; cannotDo: string[]; supportsMust: string[]; countyCode: string;
}

/** The matcher's hard constraints in SQL, as postingsFilterFor has them for the engines. */
export function hardConstraintsSql(s: SeekerLike, removers: Record<string, readonly string[]>, base: number): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const next = (v: unknown) => { params.push(v); return `$${base + params.length - 1}`; };
  if (s.category) parts.push(`(p.suitable_categories = '{}' OR ${next(s.category)} = ANY(p.suitable_categories))`);
  if (s.supportsMust.length) parts.push(`p.supports @> ${next(s.supportsMust)}::text[]`);
  for (const d of s.cannotDo) {
    const r = removers[d] ?? [];
    parts.push(r.length ? `(NOT (${next(d)} = ANY(p.demands)) OR p.supports && ${next(r)}::text[])` : `NOT (${next(d)} = ANY(p.demands))`);
  }
  return { sql: parts.join(' AND ') || 'true', params };
}

export function matchFilter(s: SeekerLike): Filter {
  return open(postingsFilterFor(s as never));
}

export { ANY_CATEGORY };
