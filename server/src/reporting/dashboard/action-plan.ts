// Periods of an action plan (the plans themselves are data: server/src/reporting/plans/): time elapsed, quarters.
interface ActionPlan { startDate: string; endDate: string }

/** Share of the plan period that has passed on a date, between 0 and 1. */
export function elapsedShare(plan: Pick<ActionPlan, 'startDate' | 'endDate'>, today: string): number {
  const start = Date.parse(plan.startDate);
  const end = Date.parse(plan.endDate) + 86_400_000; // the end date is included
  const now = Date.parse(today);
  return Math.min(1, Math.max(0, (now - start) / (end - start)));
}

/** The quarters of a period, in order: [2022, 1], [2022, 2], ... */
export function quartersOf(plan: Pick<ActionPlan, 'startDate' | 'endDate'>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let y = Number(plan.startDate.slice(0, 4));
  let q = Math.floor((Number(plan.startDate.slice(5, 7)) - 1) / 3) + 1;
  const endY = Number(plan.endDate.slice(0, 4));
  const endQ = Math.floor((Number(plan.endDate.slice(5, 7)) - 1) / 3) + 1;
  while (y < endY || (y === endY && q <= endQ)) {
    out.push([y, q]);
    if (++q > 4) { q = 1; y++; }
  }
  return out;
}

export function quarterRange(year: number, quarter: number): { from: string; to: string } {
  const startMonth = (quarter - 1) * 3 + 1;
  const end = new Date(Date.UTC(year, startMonth + 2, 0)).toISOString().slice(0, 10);
  return { from: `${year}-${String(startMonth).padStart(2, '0')}-01`, to: end };
}
