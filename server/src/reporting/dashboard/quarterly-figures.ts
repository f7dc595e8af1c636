// The quarterly report as a flat list of figures (key → value): what a county's submission freezes, and what two
// versions are compared by. Keys name the section and the figure (labels are the client's, in the reader's language).
import type { Count } from './dashboard.service.js';
import type { CohortRates, FourOnesCoverage } from './outcome-rules.js';
import type { RetentionFigure } from './outcome-figures.service.js';

export interface Figure { key: string; value: number | null }

export interface QuarterlyFiguresSource {
  rows: ReadonlyArray<{ countyCode: string; quarter: number; yearToDate: number; planToDate: number | null }>;
  totals: { quarter: number; yearToDate: number; planToDate: number | null };
  byActionLine: readonly Count[]; byForm: readonly Count[]; byCategory: readonly Count[];
  fourOnes: FourOnesCoverage; graduateCohorts: readonly CohortRates[];
  publicWelfare: { disabledHires: number; totalPosts: number | null; share: number | null };
  retention: readonly RetentionFigure[];
}

const FOUR_ONES = ['population', 'checked', 'wantingWork', 'assessed', 'registered', 'served', 'complete', 'checkRate', 'coverageRate'] as const;
const COHORT = ['wantingAndAble', 'served', 'employed', 'serviceRate', 'employmentRate'] as const;
const RETENTION = ['retained', 'left', 'unknown', 'notDue', 'rate'] as const;

export function quarterlyFigures(r: QuarterlyFiguresSource): Figure[] {
  const f = (key: string, value: number | null): Figure => ({ key, value });
  return [
    f('totals.quarter', r.totals.quarter), f('totals.yearToDate', r.totals.yearToDate), f('totals.planToDate', r.totals.planToDate),
    ...r.rows.flatMap((row) => [f(`county.${row.countyCode}.quarter`, row.quarter), f(`county.${row.countyCode}.yearToDate`, row.yearToDate),
      f(`county.${row.countyCode}.planToDate`, row.planToDate)]),
    ...r.byActionLine.map((c) => f(`actionLine.${c.key}`, c.count)),
    ...r.byForm.map((c) => f(`form.${c.key}`, c.count)),
    ...r.byCategory.map((c) => f(`category.${c.key}`, c.count)),
    ...FOUR_ONES.map((k) => f(`fourOnes.${k}`, r.fourOnes[k])),
    ...r.graduateCohorts.flatMap((c) => COHORT.map((k) => f(`graduates.${c.year}.${k}`, c[k]))),
    f('publicWelfare.disabledHires', r.publicWelfare.disabledHires), f('publicWelfare.totalPosts', r.publicWelfare.totalPosts),
    f('publicWelfare.share', r.publicWelfare.share),
    ...r.retention.flatMap((x) => RETENTION.map((k) => f(`retention.${x.months}.${k}`, x[k]))),
  ];
}

export interface FigureChange { key: string; before: number | null; after: number | null }

/** Each figure that differs between two versions (one missing from a version reads as null there), in the newer's order. */
export function figureChanges(before: readonly Figure[], after: readonly Figure[]): FigureChange[] {
  const old = new Map(before.map((x) => [x.key, x.value]));
  const keys = [...after.map((x) => x.key), ...before.map((x) => x.key).filter((k) => !after.some((x) => x.key === k))];
  const now = new Map(after.map((x) => [x.key, x.value]));
  return keys.map((key) => ({ key, before: old.get(key) ?? null, after: now.get(key) ?? null })).filter((c) => c.before !== c.after);
}
