// Worked examples of the outcome funnel's steps (funnel.ts): who counts in which step, each person once.
import { describe, expect, it } from '@jest/globals';
import { FollowUpStatus } from '../outcomes-vocab.js';
import { funnelCounts, funnelSteps, FunnelStep } from './funnel.js';

const period = { from: '2025-01-01', to: '2025-03-31', asOf: '2026-01-15' };
const steps = (p: Parameters<typeof funnelSteps>[0]) => [...funnelSteps(p, period)].sort();
const employed = (month: number) => ({ month, status: FollowUpStatus.EMPLOYED, leftOn: null });

describe('the outcome funnel', () => {
  it('counts only people registered by the end of the period, on the last day included', () => {
    expect(steps({ registeredOn: '2025-04-01', appliedOn: ['2025-02-01'] })).toEqual([]);
    expect(steps({ registeredOn: '2025-03-31' })).toEqual([FunnelStep.REGISTERED]);
  });

  it('is active for a sign-in, a fair or a service in the period, and for applying, an interview or a hire', () => {
    expect(steps({ registeredOn: '2024-05-01', signedInOn: ['2024-12-31', '2025-01-01'] })).toEqual([FunnelStep.ACTIVE, FunnelStep.REGISTERED]);
    expect(steps({ registeredOn: '2024-05-01', signedInOn: ['2024-12-31'], servedOn: ['2025-04-01'] })).toEqual([FunnelStep.REGISTERED]);
    expect(steps({ registeredOn: '2024-05-01', interviewedOn: ['2025-03-31'] })).toEqual([FunnelStep.ACTIVE, FunnelStep.INTERVIEWED, FunnelStep.REGISTERED]);
  });

  it('counts a person with two hires in the period once, retained when either job lasted', () => {
    const person = {
      registeredOn: '2024-05-01', appliedOn: ['2025-01-05', '2025-01-06'],
      placements: [
        { startDate: '2025-01-10', endDate: '2025-03-20' },
        { startDate: '2025-03-31', endDate: null, followUps: [employed(6)] },
      ],
    };
    expect(steps(person)).toEqual([FunnelStep.ACTIVE, FunnelStep.APPLIED, FunnelStep.DUE_12, FunnelStep.DUE_6, FunnelStep.HIRED, FunnelStep.REGISTERED, FunnelStep.RETAINED_6]);
    const counts = funnelCounts([person, person], period);
    expect(counts.HIRED).toBe(2); // two people (the same facts twice), each once
    // 10 Jan 2025 + 12 months = 10 Jan 2026 ≤ asOf: the first job is due at 12 months (and left); the second is not yet
    expect(counts.DUE_12).toBe(2);
    expect(counts.RETAINED_12).toBe(0);
  });

  it('leaves out a placement confirmed as not genuine, and one starting outside the period', () => {
    expect(steps({ registeredOn: '2024-05-01', placements: [{ startDate: '2025-02-01', endDate: null, excluded: true }] })).toEqual([FunnelStep.REGISTERED]);
    expect(steps({ registeredOn: '2024-05-01', placements: [{ startDate: '2024-12-31', endDate: null }] })).toEqual([FunnelStep.REGISTERED]);
  });

  it('is due at 12 months only once the 12-month date has come on asOf', () => {
    const hire = { registeredOn: '2024-05-01', placements: [{ startDate: '2025-01-15', endDate: null }] };
    expect(funnelSteps(hire, period).has(FunnelStep.DUE_12)).toBe(true); // 15 Jan 2026 = asOf
    expect(funnelSteps(hire, { ...period, asOf: '2026-01-14' }).has(FunnelStep.DUE_12)).toBe(false);
    expect(funnelSteps(hire, period).has(FunnelStep.RETAINED_12)).toBe(false); // due but unknown: not retained
  });
});
