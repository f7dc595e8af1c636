// Matching's hard constraints in the port's filter language, so engines narrow candidates before the matcher
// ranks and explains them (the matcher checks the same rules again on fresh rows).
import { BARRIER_REMOVED_BY } from '../vocabulary/rules.js';
import { EmploymentStatus, type DisabilityCategory } from '../common/domain.js';
import { WorkplaceSupport, type JobDemand } from '../vocabulary/codes.js';
import { ANY_CATEGORY } from './indexes.js';
import { f, type Filter } from './search-engine.js';

export interface SeekerNeeds {
  category: DisabilityCategory | null;
  cannotDo: readonly JobDemand[];
  supportsMust: readonly WorkplaceSupport[];
}

/** Postings this person could take: category listed (or any), must-haves offered, every barrier removed. */
export function postingsFilterFor(s: SeekerNeeds): Filter | undefined {
  return f.and(
    s.category ? f.any('categories', [s.category, ANY_CATEGORY]) : undefined,
    s.supportsMust.length ? f.all('supports', s.supportsMust) : undefined,
    ...s.cannotDo.map((d) => {
      const removers = BARRIER_REMOVED_BY[d] ?? [];
      const absent = f.not(f.eq('demands', d));
      return removers.length ? f.or(absent, f.any('supports', removers)) : absent;
    }),
  );
}

export interface PostingOffer {
  demands: readonly JobDemand[];
  supports: readonly WorkplaceSupport[];
  suitableCategories: readonly DisabilityCategory[];
}

/** Seekers who could take this posting and are looking for work. */
export function seekersFilterFor(p: PostingOffer): Filter | undefined {
  const offered = new Set(p.supports);
  const missing = Object.values(WorkplaceSupport).filter((s) => !offered.has(s));
  const barriers = p.demands.filter((d) => !(BARRIER_REMOVED_BY[d] ?? []).some((s) => offered.has(s)));
  return f.and(
    f.in('employmentStatus', [EmploymentStatus.UNEMPLOYED, EmploymentStatus.STUDENT, EmploymentStatus.EMPLOYED, EmploymentStatus.SELF_EMPLOYED]),
    missing.length ? f.not(f.any('supportsMust', missing)) : undefined,
    barriers.length ? f.not(f.any('cannotDo', barriers)) : undefined,
    p.suitableCategories.length ? f.or(f.in('category', p.suitableCategories), f.not(f.exists('category'))) : undefined,
  );
}

/**
 * Published postings whose deadline has not passed (postings without a deadline stay open). A deadline is a date,
 * indexed as the last millisecond of that day in China (indexes.ts), so comparing with the start of today in China
 * lists exactly what comparing with `now` does; and the filter stays the same all day, so a result kept for it
 * (result-cache.ts) is kept for the same request all day.
 */
export function openPostingsFilter(now: Date): Filter {
  return f.or(f.range('deadline', chinaDayStart(now)), f.not(f.exists('deadline')));
}

const DAY_MS = 86_400_000;
/** China Standard Time is UTC+8 all year (no daylight saving): the start of its day by arithmetic, as `localDate` gives it. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

export function chinaDayStart(now: Date): number {
  return Math.floor((now.getTime() + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
}
