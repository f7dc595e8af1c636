// Each target a plan sets, against its own figure (issue 14): a year's target against the people newly employed in
// that year, a county's against that county's people, an action line's against that line's, a rate against the rate
// for the same years and area. Nothing is invented: a county the plan sets nothing for gets no share of the city total.
// Every figure comes from the dashboard's own counting functions (people once, confirmed fakes never: docs/counting.md);
// most are read off the breakdown the dashboard already has, and only a combination it lacks (a year in one county, a
// year of one line) asks the same counting query again for that range.
import type { ActionLine } from '../../common/domain.js';
import type { ActionPlanTarget } from '../plans/plan.entities.js';
import { PlanMetric, PERCENT_METRICS } from '../plans/plan-vocab.js';
import type { GraduateRates, PlacementBreakdown, PublicWelfare } from './dashboard.service.js';

export interface TargetProgress {
  metric: PlanMetric;
  /** The plan's number: people for NEW_EMPLOYMENT, percent for the rates. */
  target: number;
  year: number | null;
  countyCode: string | null;
  actionLine: ActionLine | null;
  source: string;
  /** The range the figure counts (the target's year within the plan's period, up to the date); null before it begins. */
  from: string | null;
  to: string | null;
  /** People for NEW_EMPLOYMENT; a share (0 to 1) for the rates; null where there is no figure to compare with. */
  figure: number | null;
  /** The figure against the target (0 to 1 and beyond); null without a figure. */
  achievedShare: number | null;
  /** Whether the figure reaches the target; null without a figure. */
  met: boolean | null;
}

/** What the dashboard already counted, and how to count a range it did not. */
export interface FigureSources {
  from: string;
  to: string;
  county: string | null;
  /** The graduate years the dashboard counts (the plan's years). */
  years: readonly [number, number];
  main: PlacementBreakdown;
  graduates: GraduateRates;
  publicWelfare: PublicWelfare;
  countPlacements(from: string, to: string, county: string | null): Promise<PlacementBreakdown>;
  countGraduates(county: string | null, fromYear: number, toYear: number): Promise<GraduateRates>;
  countPublicWelfare(from: string, to: string, county: string | null): Promise<PublicWelfare>;
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

/** A target with its figure: the share achieved and whether it is met. */
export function progressOf(t: Pick<ActionPlanTarget, 'metric' | 'value' | 'year' | 'countyCode' | 'actionLine' | 'source'>,
  range: { from: string; to: string } | null, figure: number | null): TargetProgress {
  const percent = PERCENT_METRICS.has(t.metric);
  const goal = percent ? t.value / 100 : t.value;
  return {
    metric: t.metric, target: t.value, year: t.year, countyCode: t.countyCode, actionLine: t.actionLine, source: t.source,
    from: range?.from ?? null, to: range?.to ?? null, figure,
    achievedShare: figure === null ? null : round4(figure / goal),
    met: figure === null ? null : figure + 1e-9 >= goal,
  };
}

/** The targets that belong to the area shown: all of them for the city, a county's own for a county. */
export function targetsForArea(targets: readonly ActionPlanTarget[], county: string | null): ActionPlanTarget[] {
  return county ? targets.filter((t) => t.countyCode === county) : [...targets];
}

/** The target's year within the counted range; null when that year has not begun by the range's end. */
function rangeOf(t: Pick<ActionPlanTarget, 'year'>, s: Pick<FigureSources, 'from' | 'to'>): { from: string; to: string } | null {
  if (t.year === null) return s.from <= s.to ? { from: s.from, to: s.to } : null;
  const from = `${t.year}-01-01` > s.from ? `${t.year}-01-01` : s.from;
  const to = `${t.year}-12-31` < s.to ? `${t.year}-12-31` : s.to;
  return from <= to ? { from, to } : null;
}

const countOf = (rows: ReadonlyArray<{ key: string; count: number }>, key: string) => rows.find((r) => r.key === key)?.count ?? 0;

export async function targetProgress(targets: readonly ActionPlanTarget[], s: FigureSources): Promise<TargetProgress[]> {
  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, run: () => Promise<T>): Promise<T> => {
    if (!memo.has(key)) memo.set(key, run());
    return memo.get(key) as Promise<T>;
  };

  const newEmployment = async (t: ActionPlanTarget, range: { from: string; to: string }, county: string | null): Promise<number> => {
    const wholeRange = range.from === s.from && range.to === s.to;
    const line = t.actionLine;
    // read off the breakdown already counted where it has the combination
    if (county === s.county) {
      if (wholeRange) return line ? countOf(s.main.byActionLine, line) : s.main.total;
      if (!line) return countOf(s.main.byYear, String(t.year)); // the year within the counted range
    } else if (s.county === null && wholeRange) {
      return line ? countOf(s.main.byCountyActionLine.get(county!) ?? [], line) : countOf(s.main.byCounty, county!);
    }
    const b = await once(`p|${range.from}|${range.to}|${county}`, () => s.countPlacements(range.from, range.to, county));
    return line ? countOf(b.byActionLine, line) : b.total;
  };

  return Promise.all(targets.map(async (t) => {
    const range = rangeOf(t, s);
    if (!range) return progressOf(t, null, t.metric === PlanMetric.NEW_EMPLOYMENT ? 0 : null);
    const county = t.countyCode ?? s.county;
    switch (t.metric) {
      case PlanMetric.NEW_EMPLOYMENT:
        return progressOf(t, range, await newEmployment(t, range, county));
      case PlanMetric.GRADUATE_SERVICE_RATE:
      case PlanMetric.GRADUATE_EMPLOYMENT_RATE: {
        // graduates are counted by graduation year and area; there is no figure by action line
        if (t.actionLine) return progressOf(t, range, null);
        const [y0, y1] = t.year === null ? s.years : [t.year, t.year];
        const g = y0 === s.years[0] && y1 === s.years[1] && county === s.county ? s.graduates
          : await once(`g|${y0}|${y1}|${county}`, () => s.countGraduates(county, y0, y1));
        return progressOf(t, range, t.metric === PlanMetric.GRADUATE_SERVICE_RATE ? g.serviceRate : g.employmentRate);
      }
      case PlanMetric.PUBLIC_WELFARE_SHARE: {
        if (t.actionLine) return progressOf(t, range, null);
        const w = range.from === s.from && range.to === s.to && county === s.county ? s.publicWelfare
          : await once(`w|${range.from}|${range.to}|${county}`, () => s.countPublicWelfare(range.from, range.to, county));
        return progressOf(t, range, w.share);
      }
      default:
        return progressOf(t, range, null);
    }
  }));
}
