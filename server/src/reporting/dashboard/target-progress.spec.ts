import { describe, expect, it } from '@jest/globals';
import { ActionLine } from '../../common/domain.js';
import type { ActionPlanTarget } from '../plans/plan.entities.js';
import { PlanMetric } from '../plans/plan-vocab.js';
import type { GraduateRates, PlacementBreakdown, PublicWelfare } from './dashboard.service.js';
import { progressOf, targetProgress, targetsForArea, type FigureSources } from './target-progress.js';

const target = (over: Partial<ActionPlanTarget>): ActionPlanTarget => ({
  id: 'x', planId: 'p', position: 0, metric: PlanMetric.NEW_EMPLOYMENT, value: 10, year: null, countyCode: null, actionLine: null, source: '一、任务目标', ...over,
});
const breakdown = (over: Partial<PlacementBreakdown> = {}): PlacementBreakdown => ({
  total: 0, byCounty: [], byActionLine: [], byForm: [], byCategory: [], byYear: [], byQuarter: [], byCountyActionLine: new Map(), ...over,
});
const grads: GraduateRates = { wantingAndAble: 4, served: 4, employed: 3, serviceRate: 1, employmentRate: 0.75 };
const welfare: PublicWelfare = { disabledHires: 1, totalPosts: 20, share: 0.05 };

/** The dashboard's figures for 2025-01-01 to 2026-06-30 in the city; any other range is counted on request (and noted). */
function sources(asked: string[]): FigureSources {
  return {
    from: '2025-01-01', to: '2026-06-30', county: null, years: [2025, 2026],
    main: breakdown({ total: 7, byYear: [{ key: '2025', count: 5 }, { key: '2026', count: 2 }], byCounty: [{ key: '411522', count: 3 }],
      byActionLine: [{ key: 'RURAL', count: 4 }], byCountyActionLine: new Map([['411522', [{ key: 'RURAL', count: 1 }]]]) }),
    graduates: grads, publicWelfare: welfare,
    countPlacements: async (from, to, county) => { asked.push(`p ${from} ${to} ${county}`); return breakdown({ total: 1, byActionLine: [{ key: 'RURAL', count: 1 }] }); },
    countGraduates: async (county, y0, y1) => { asked.push(`g ${county} ${y0} ${y1}`); return { ...grads, employmentRate: 1 }; },
    countPublicWelfare: async (from, to, county) => { asked.push(`w ${from} ${to} ${county}`); return { ...welfare, share: 0.1 }; },
  };
}

describe('each target against its own figure', () => {
  it('reads the total, a year, a county, a county\'s line and a line off the dashboard\'s breakdown without counting again', async () => {
    const asked: string[] = [];
    const rows = await targetProgress([
      target({ value: 10 }), target({ year: 2025, value: 5 }), target({ year: 2026, value: 4 }), target({ countyCode: '411522', value: 6 }),
      target({ countyCode: '411522', actionLine: ActionLine.RURAL, value: 2 }), target({ actionLine: ActionLine.RURAL, value: 8 }),
    ], sources(asked));
    expect(rows.map((r) => [r.figure, r.achievedShare, r.met, r.from, r.to])).toEqual([
      [7, 0.7, false, '2025-01-01', '2026-06-30'],
      [5, 1, true, '2025-01-01', '2025-12-31'],
      [2, 0.5, false, '2026-01-01', '2026-06-30'],
      [3, 0.5, false, '2025-01-01', '2026-06-30'],
      [1, 0.5, false, '2025-01-01', '2026-06-30'],
      [4, 0.5, false, '2025-01-01', '2026-06-30'],
    ]);
    expect(asked).toEqual([]);
  });

  it('counts a county in a year and a line in a year on request, once per range and area', async () => {
    const asked: string[] = [];
    const rows = await targetProgress([
      target({ year: 2025, countyCode: '411522', value: 2 }), target({ year: 2025, countyCode: '411522', actionLine: ActionLine.RURAL, value: 1 }),
    ], sources(asked));
    expect(rows.map((r) => r.figure)).toEqual([1, 1]);
    expect(asked).toEqual(['p 2025-01-01 2025-12-31 411522']);
  });

  it('a year after the date has not begun; rates compare rate with rate, by their own years and area', async () => {
    const asked: string[] = [];
    const rows = await targetProgress([
      target({ year: 2027, value: 3 }),
      target({ metric: PlanMetric.GRADUATE_EMPLOYMENT_RATE, value: 95 }),
      target({ metric: PlanMetric.GRADUATE_EMPLOYMENT_RATE, value: 95, year: 2025 }),
      target({ metric: PlanMetric.PUBLIC_WELFARE_SHARE, value: 10 }),
      target({ metric: PlanMetric.PUBLIC_WELFARE_SHARE, value: 10, countyCode: '411522' }),
    ], sources(asked));
    expect(rows.map((r) => [r.from, r.figure, r.achievedShare, r.met])).toEqual([
      [null, 0, 0, false],
      ['2025-01-01', 0.75, 0.7895, false],
      ['2025-01-01', 1, 1.0526, true],
      ['2025-01-01', 0.05, 0.5, false],
      ['2025-01-01', 0.1, 1, true],
    ]);
    expect(asked).toEqual(['g null 2025 2025', 'w 2025-01-01 2026-06-30 411522']);
  });

  it('a county sees its own targets only', () => {
    const all = [target({}), target({ countyCode: '411522' }), target({ countyCode: '411528', year: 2025 })];
    expect(targetsForArea(all, '411528').map((t) => t.countyCode)).toEqual(['411528']);
    expect(targetsForArea(all, '411521')).toEqual([]);
    expect(targetsForArea(all, null)).toHaveLength(3);
  });

  it('no figure, no share', () => {
    expect(progressOf(target({ metric: PlanMetric.GRADUATE_SERVICE_RATE, value: 100 }), { from: '2025-01-01', to: '2025-12-31' }, null))
      .toMatchObject({ figure: null, achievedShare: null, met: null, target: 100 });
  });
});
