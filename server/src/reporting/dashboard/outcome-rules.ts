// The definitions behind the outcome figures of the dashboard and the quarterly report (issue 15), each once: as a
// pure function (worked examples in outcome-rules.spec.ts) and as the SQL the figures are counted with
// (test/outcomes-submissions.e2e-spec.ts runs the same examples through the server).
//
// Served (得到服务) between two dates: a ledger contact, service, referral or fair entry dated in the range, a
//   "four ones" service record dated in it, or a check-in at a job fair on a day in it (Xinyang time).
// Employed on a date (在岗): a genuine placement (not confirmed fake) started on or before it and not ended before it.
// Graduate cohort Y (应届残疾人高校毕业生, 每届分别统计): disabled people with graduate_year = Y who want and are able
//   to work (no graduate plan saying otherwise); of them, served = served between 1 January Y and the date;
//   employed = a genuine placement starting between 1 January Y and the date (a person counts once however many
//   placements they have; a placement started on 31 December of Y-1 does not count for cohort Y). Rates are of the
//   cohort; a cohort later than the date's year is not shown.
import type { CoverageRow } from '../../casework/four-ones.service.js';

export const SERVED_LEDGER_KINDS = ['CONTACT', 'SERVICE', 'REFERRAL', 'FAIR'] as const;

/** n / d rounded to 4 places; null when there is nobody to count. */
export const rate = (n: number, d: number): number | null => (d > 0 ? Math.round((n / d) * 10000) / 10000 : null);

/** Where being served is recorded: each a table alias and its condition for the range (SQL date expressions). */
function servedSources(from: string, to: string): Array<{ table: string; alias: string; where: string }> {
  return [
    { table: 'ledger_entry', alias: 'le', where: `le.kind IN (${SERVED_LEDGER_KINDS.map((k) => `'${k}'`).join(',')}) AND le.entry_date BETWEEN ${from} AND ${to}` },
    { table: 'service_record', alias: 'sr', where: `sr.service_date BETWEEN ${from} AND ${to}` },
    { table: 'event_registration', alias: 'er', where: `er.checked_in_at IS NOT NULL AND er.checked_in_at >= (${from})::timestamp AT TIME ZONE 'Asia/Shanghai'
                     AND er.checked_in_at < ((${to}) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'` },
  ];
}

/** SQL: the person (`s.id`) was served between two dates (for a few people, each with their own range). */
export function servedSql(s: string, from: string, to: string): string {
  return `(${servedSources(from, to).map((x) => `EXISTS (SELECT 1 FROM ${x.table} ${x.alias} WHERE ${x.alias}.seeker_id = ${s}.id AND ${x.where})`).join(' OR ')})`;
}

/** SQL: everyone served between two dates, as seeker ids (for many people with one range: test membership with IN, hashed). */
export function servedSetSql(from: string, to: string): string {
  return servedSources(from, to).map((x) => `SELECT ${x.alias}.seeker_id FROM ${x.table} ${x.alias} WHERE ${x.where}`).join(' UNION ALL ');
}

/** A genuine placement (alias p) in force on the date. */
const EMPLOYED_ON = (p: string, on: string) => `${p}.excluded_at IS NULL AND ${p}.start_date <= ${on} AND (${p}.end_date IS NULL OR ${p}.end_date >= ${on})`;

/** SQL: everyone holding a genuine placement on the date, as seeker ids (test membership with IN, hashed). */
export function employedOnSetSql(on: string): string {
  return `SELECT ep.seeker_id FROM placement ep WHERE ${EMPLOYED_ON('ep', on)}`;
}

/** SQL: the person (`s.id`) started a genuine placement between two dates. */
export function employedSinceSql(s: string, from: string, to: string): string {
  return `EXISTS (SELECT 1 FROM placement np WHERE np.seeker_id = ${s}.id AND np.excluded_at IS NULL
                    AND np.start_date BETWEEN ${from} AND ${to})`;
}

export interface CohortRates { year: number; wantingAndAble: number; served: number; employed: number; serviceRate: number | null; employmentRate: number | null }

export interface GraduateFacts {
  graduateYear: number; wantsWork: boolean; ableToWork: boolean;
  /** days the person was served (any of the kinds above) */
  servedOn: readonly string[];
  placements: ReadonlyArray<{ startDate: string; excluded: boolean }>;
}

export function withRates(c: Omit<CohortRates, 'serviceRate' | 'employmentRate'>): CohortRates {
  return { ...c, serviceRate: rate(c.served, c.wantingAndAble), employmentRate: rate(c.employed, c.wantingAndAble) };
}

/** The cohorts fromYear..toYear (never past the date's year), as of the date: the rule above, person by person. */
export function graduateCohorts(people: readonly GraduateFacts[], fromYear: number, toYear: number, asOf: string): CohortRates[] {
  const last = Math.min(toYear, Number(asOf.slice(0, 4)));
  const out: CohortRates[] = [];
  for (let y = fromYear; y <= last; y++) {
    const from = `${y}-01-01`;
    const cohort = people.filter((p) => p.graduateYear === y && p.wantsWork && p.ableToWork);
    const inRange = (d: string) => d >= from && d <= asOf;
    out.push(withRates({
      year: y, wantingAndAble: cohort.length,
      served: cohort.filter((p) => p.servedOn.some(inRange)).length,
      employed: cohort.filter((p) => p.placements.some((x) => !x.excluded && inRange(x.startDate))).length,
    }));
  }
  return out;
}

/** Several cohorts as one figure (each person is in one cohort, so the sums count each person once). */
export function pooled(cohorts: readonly CohortRates[]): Omit<CohortRates, 'year'> {
  const sum = (k: 'wantingAndAble' | 'served' | 'employed') => cohorts.reduce((n, c) => n + c[k], 0);
  const { year: _, ...rest } = withRates({ year: 0, wantingAndAble: sum('wantingAndAble'), served: sum('served'), employed: sum('employed') });
  return rest;
}

export interface FourOnesCoverage {
  year: number; population: number; checked: number; wantingWork: number; assessed: number; registered: number;
  served: number; complete: number; checkRate: number | null; coverageRate: number | null;
}

/**
 * "Four ones" coverage of the year, with casework's definitions (four-ones.service.ts): population = people of working
 * age at the end of the year who are not employed; checked = of them, those with a basic information check in the year;
 * complete = checked, and if they want work also assessed, registered and served in the year. Coverage rate =
 * complete / population; check rate = checked / population. County rows are summed (each person is in one county).
 */
export function fourOnesCoverage(year: number, rows: readonly CoverageRow[]): FourOnesCoverage {
  const sum = (k: Exclude<keyof CoverageRow, 'countyCode'>) => rows.reduce((n, r) => n + r[k], 0);
  const population = sum('population');
  return {
    year, population, checked: sum('checked'), wantingWork: sum('wantingWork'), assessed: sum('assessed'),
    registered: sum('registered'), served: sum('served'), complete: sum('complete'),
    checkRate: rate(sum('checked'), population), coverageRate: rate(sum('complete'), population),
  };
}
