import { describe, expect, it } from '@jest/globals';
import { fourOnesCoverage, type GraduateFacts, graduateCohorts, pooled } from './outcome-rules.js';
import { figureChanges } from './quarterly-figures.js';

const person = (over: Partial<GraduateFacts>): GraduateFacts => ({ graduateYear: 2024, wantsWork: true, ableToWork: true, servedOn: [], placements: [], ...over });

describe('graduate cohorts (each graduation year separately)', () => {
  it('counts a placement from 1 January of the cohort year to the date, and a person with two placements once', () => {
    const people = [
      person({ placements: [{ startDate: '2023-12-31', excluded: false }] }), // the day before: not cohort 2024's
      person({ placements: [{ startDate: '2024-01-01', excluded: false }], servedOn: ['2024-01-01'] }), // the first day
      person({ placements: [{ startDate: '2024-03-01', excluded: false }, { startDate: '2024-05-01', excluded: false }], servedOn: ['2024-02-01'] }),
      person({ placements: [{ startDate: '2024-04-01', excluded: true }] }), // confirmed not genuine: counts nowhere
      person({ placements: [{ startDate: '2024-07-01', excluded: false }], servedOn: ['2024-07-01'] }), // after the date
      person({ wantsWork: false, placements: [{ startDate: '2024-02-01', excluded: false }] }), // not in the cohort
      person({ graduateYear: 2023, placements: [{ startDate: '2023-12-31', excluded: false }], servedOn: ['2022-12-31'] }),
    ];
    const [c2023, c2024] = graduateCohorts(people, 2023, 2024, '2024-06-30');
    expect(c2024).toEqual({ year: 2024, wantingAndAble: 5, served: 2, employed: 2, serviceRate: 0.4, employmentRate: 0.4 });
    // served on 31 Dec 2022 is before cohort 2023's year; its placement on 31 Dec 2023 is in it
    expect(c2023).toEqual({ year: 2023, wantingAndAble: 1, served: 0, employed: 1, serviceRate: 0, employmentRate: 1 });
    expect(pooled([c2023, c2024])).toEqual({ wantingAndAble: 6, served: 2, employed: 3, serviceRate: 0.3333, employmentRate: 0.5 });
  });

  it('shows no cohort later than the date\'s year, and no rate for an empty cohort', () => {
    expect(graduateCohorts([], 2024, 2026, '2025-03-31')).toEqual([
      { year: 2024, wantingAndAble: 0, served: 0, employed: 0, serviceRate: null, employmentRate: null },
      { year: 2025, wantingAndAble: 0, served: 0, employed: 0, serviceRate: null, employmentRate: null },
    ]);
  });
});

describe('"four ones" coverage', () => {
  it('is complete over population, summed over counties', () => {
    const row = (countyCode: string, population: number, checked: number, complete: number) =>
      ({ countyCode, population, checked, wantingWork: 2, assessed: 1, registered: 1, served: 1, complete });
    expect(fourOnesCoverage(2024, [row('411521', 10, 6, 3), row('411503', 10, 4, 1)])).toEqual({
      year: 2024, population: 20, checked: 10, wantingWork: 4, assessed: 2, registered: 2, served: 2, complete: 4,
      checkRate: 0.5, coverageRate: 0.2,
    });
    expect(fourOnesCoverage(2024, []).coverageRate).toBeNull();
  });
});

describe('comparing two versions of a submission', () => {
  it('lists each figure that changed, old → new, including one that appeared or went', () => {
    expect(figureChanges(
      [{ key: 'totals.quarter', value: 2 }, { key: 'form.FULL_TIME', value: 2 }, { key: 'fourOnes.population', value: 5 }],
      [{ key: 'totals.quarter', value: 3 }, { key: 'fourOnes.population', value: 5 }, { key: 'form.PUBLIC_WELFARE', value: 1 }],
    )).toEqual([
      { key: 'totals.quarter', before: 2, after: 3 },
      { key: 'form.PUBLIC_WELFARE', before: null, after: 1 },
      { key: 'form.FULL_TIME', before: 2, after: null },
    ]);
  });
});
