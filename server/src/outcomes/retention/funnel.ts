// The outcome funnel: how many people reach each step in a period, each person once per step. The steps, for a
// period [from, to] (dates in China time) and the people of a county (their profile's county):
//   REGISTERED   a seeker profile created on or before `to`; every other step counts only these people;
//   ACTIVE       did something in the period: signed in, applied, had an interview scheduled or reached the interview
//                stage, registered for a fair, was served by staff (a 四个一 service record or a ledger entry), or
//                started a genuine job;
//   APPLIED      sent an application in the period;
//   INTERVIEWED  an application of theirs reached the interview stage, or an interview was scheduled, in the period
//                (the application itself may be older);
//   HIRED        a genuine placement (not confirmed as not genuine) started in the period, however it was recorded;
//   RETAINED_6 / RETAINED_12   of the hired, someone with such a placement that is RETAINED at 6 (12) months on the
//                date `asOf` (retention.ts); DUE_6 / DUE_12 count those whose 6 (12) month date has come, the share's
//                denominator.
// Later steps need not follow earlier ones inside the period (a hire staff record from outside the platform has no
// application), so the funnel is a count per step, not a chain. This module is the rule as a pure function, for
// worked examples; RetentionFiguresService.funnel counts it in SQL and test/outcomes-retention.e2e-spec.ts checks that
// the two agree.
import { RetentionState } from '../outcomes-vocab.js';
import { retentionAt, type RetentionFollowUp, type RetentionPlacement } from './retention.js';

export enum FunnelStep {
  REGISTERED = 'REGISTERED', ACTIVE = 'ACTIVE', APPLIED = 'APPLIED', INTERVIEWED = 'INTERVIEWED', HIRED = 'HIRED',
  DUE_6 = 'DUE_6', RETAINED_6 = 'RETAINED_6', DUE_12 = 'DUE_12', RETAINED_12 = 'RETAINED_12',
}

export interface FunnelPeriod { from: string; to: string; asOf: string }

/** What one person did, each as China dates. */
export interface FunnelPerson {
  registeredOn: string;
  signedInOn?: string[]; appliedOn?: string[]; interviewedOn?: string[]; fairOn?: string[]; servedOn?: string[];
  placements?: Array<RetentionPlacement & { excluded?: boolean; followUps?: RetentionFollowUp[] }>;
}

const within = (p: FunnelPeriod) => (d: string) => d >= p.from && d <= p.to;

/** The steps one person reaches in the period. */
export function funnelSteps(person: FunnelPerson, period: FunnelPeriod): Set<FunnelStep> {
  const steps = new Set<FunnelStep>();
  if (person.registeredOn > period.to) return steps;
  steps.add(FunnelStep.REGISTERED);
  const inPeriod = within(period);
  const hired = (person.placements ?? []).filter((p) => !p.excluded && inPeriod(p.startDate));
  const reached = (months: number, state?: RetentionState) => hired.some((p) => {
    const s = retentionAt(p, p.followUps ?? [], months, period.asOf);
    return state ? s === state : s !== RetentionState.NOT_DUE;
  });
  const did: Array<[FunnelStep, boolean]> = [
    [FunnelStep.APPLIED, (person.appliedOn ?? []).some(inPeriod)],
    [FunnelStep.INTERVIEWED, (person.interviewedOn ?? []).some(inPeriod)],
    [FunnelStep.HIRED, hired.length > 0],
    [FunnelStep.DUE_6, reached(6)], [FunnelStep.RETAINED_6, reached(6, RetentionState.RETAINED)],
    [FunnelStep.DUE_12, reached(12)], [FunnelStep.RETAINED_12, reached(12, RetentionState.RETAINED)],
  ];
  for (const [step, yes] of did) if (yes) steps.add(step);
  const otherActivity = [...(person.signedInOn ?? []), ...(person.fairOn ?? []), ...(person.servedOn ?? [])].some(inPeriod);
  if (otherActivity || steps.has(FunnelStep.APPLIED) || steps.has(FunnelStep.INTERVIEWED) || steps.has(FunnelStep.HIRED)) steps.add(FunnelStep.ACTIVE);
  return steps;
}

/** People per step: each person counts once in each step they reach. */
export function funnelCounts(people: readonly FunnelPerson[], period: FunnelPeriod): Record<FunnelStep, number> {
  const counts = Object.fromEntries(Object.values(FunnelStep).map((s) => [s, 0])) as Record<FunnelStep, number>;
  for (const person of people) for (const step of funnelSteps(person, period)) counts[step] += 1;
  return counts;
}
