// Arithmetic of the action-plan screens: progress against the target and against the time that has passed,
// the years of the plan with the pace an even spread of the target asks for, and the default report quarter.

export interface PlanPeriod { startDate: string; endDate: string }
export interface Count { key: string; count: number }

const DAY = 86_400_000;

/** Share of the period that has passed at the end of a date (both ends included), between 0 and 1. */
export function shareElapsedAt(plan: PlanPeriod, date: string): number {
  const start = Date.parse(plan.startDate);
  const end = Date.parse(plan.endDate) + DAY;
  const at = Date.parse(date) + DAY;
  return Math.min(1, Math.max(0, (at - start) / (end - start)));
}

/** "ahead" when placements run at least as fast as time, "behind" when slower, null without a target. */
export function pace(achievedShare: number | null, elapsedShare: number): 'ahead' | 'behind' | null {
  if (achievedShare === null) return null;
  return achievedShare >= elapsedShare ? 'ahead' : 'behind';
}

export interface YearRow {
  year: number;
  count: number;
  cumulative: number;
  /** What an even pace would have reached by the end of the year (rounded up); null without a target. */
  expectedByYearEnd: number | null;
  /** Cumulative placements as a share of the target; null without a target. */
  cumulativeShare: number | null;
}

/** One row per calendar year of the plan, also the years nobody was placed in. */
export function yearRows(plan: PlanPeriod, byYear: readonly Count[], target: number | null): YearRow[] {
  const first = Number(plan.startDate.slice(0, 4));
  const last = Number(plan.endDate.slice(0, 4));
  const rows: YearRow[] = [];
  let cumulative = 0;
  for (let year = first; year <= last; year++) {
    const count = byYear.find((c) => c.key === String(year))?.count ?? 0;
    cumulative += count;
    const yearEnd = `${year}-12-31` < plan.endDate ? `${year}-12-31` : plan.endDate;
    rows.push({
      year, count, cumulative,
      expectedByYearEnd: target === null ? null : Math.ceil(target * shareElapsedAt(plan, yearEnd) - 1e-9),
      cumulativeShare: target ? cumulative / target : null,
    });
  }
  return rows;
}

/** The last quarter that has ended on a date, kept inside the plan's period. */
export function defaultQuarter(plan: PlanPeriod, today: string): { year: number; quarter: number } {
  let year = Number(today.slice(0, 4));
  let quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3); // the quarter before today's
  if (quarter === 0) { year -= 1; quarter = 4; }
  const key = (y: number, q: number) => y * 10 + q;
  const first = { year: Number(plan.startDate.slice(0, 4)), quarter: Math.floor((Number(plan.startDate.slice(5, 7)) - 1) / 3) + 1 };
  const last = { year: Number(plan.endDate.slice(0, 4)), quarter: Math.floor((Number(plan.endDate.slice(5, 7)) - 1) / 3) + 1 };
  if (key(year, quarter) > key(last.year, last.quarter)) return last;
  if (key(year, quarter) < key(first.year, first.quarter)) return first;
  return { year, quarter };
}

/** The largest count, for a chart's text alternative ("most: 息县, 3"); null when all are zero. */
export function largest<T extends { count: number }>(items: readonly T[]): T | null {
  return items.reduce<T | null>((best, c) => (c.count > 0 && (!best || c.count > best.count) ? c : best), null);
}

/** Whole numbers 0 to 1,000,000 only (what setPublicWelfarePosts accepts); null when the text is not one. */
export function parsePostCount(text: string): number | null {
  // a Chinese input method may type full-width digits
  const t = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
  if (!/^\d{1,7}$/.test(t)) return null;
  const n = Number(t);
  return n <= 1_000_000 ? n : null;
}
