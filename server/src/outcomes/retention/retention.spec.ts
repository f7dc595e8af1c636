// Worked examples of retention (retention.ts): what is due, what counts as retained, left or unknown.
import { describe, expect, it } from '@jest/globals';
import { FollowUpStatus, RetentionState } from '../outcomes-vocab.js';
import { retentionAt, retentionRate } from './retention.js';

const employed = (month: number) => ({ month, status: FollowUpStatus.EMPLOYED, leftOn: null });
const left = (month: number, leftOn: string) => ({ month, status: FollowUpStatus.LEFT, leftOn });
const unreachable = (month: number) => ({ month, status: FollowUpStatus.UNREACHABLE, leftOn: null });

describe('retention at N months', () => {
  const started = { startDate: '2025-01-31', endDate: null };

  it('is not due before the N-month date (31 Jan + 6 months = 31 Jul; + 1 month = 28 Feb)', () => {
    expect(retentionAt(started, [employed(6)], 6, '2025-07-30')).toBe(RetentionState.NOT_DUE);
    expect(retentionAt(started, [employed(6)], 6, '2025-07-31')).toBe(RetentionState.RETAINED);
    expect(retentionAt(started, [], 1, '2025-02-27')).toBe(RetentionState.NOT_DUE);
    expect(retentionAt(started, [], 1, '2025-02-28')).toBe(RetentionState.UNKNOWN);
  });

  it('is unknown when due with no follow-up, or nobody was reached', () => {
    expect(retentionAt(started, [], 6, '2025-12-01')).toBe(RetentionState.UNKNOWN);
    expect(retentionAt(started, [unreachable(6)], 6, '2025-12-01')).toBe(RetentionState.UNKNOWN);
  });

  it('a follow-up at N months or later saying "still employed" retains it; an earlier one does not', () => {
    expect(retentionAt(started, [employed(3)], 6, '2025-12-01')).toBe(RetentionState.UNKNOWN);
    expect(retentionAt(started, [employed(12)], 6, '2026-02-01')).toBe(RetentionState.RETAINED);
  });

  it('an end before the N-month date is left; an end on or after it shows the job lasted', () => {
    expect(retentionAt({ startDate: '2025-01-31', endDate: '2025-07-30' }, [], 6, '2025-12-01')).toBe(RetentionState.LEFT);
    expect(retentionAt({ startDate: '2025-01-31', endDate: '2025-07-31' }, [], 6, '2025-12-01')).toBe(RetentionState.RETAINED);
    // the end date outweighs a follow-up that said otherwise
    expect(retentionAt({ startDate: '2025-01-31', endDate: '2025-03-01' }, [employed(6)], 6, '2025-12-01')).toBe(RetentionState.LEFT);
  });

  it('a follow-up saying the person left is left before its date and retained at dates up to it, even with no end date recorded', () => {
    // 31 Jan + 3 months = 30 Apr: left on 15 Apr is before it
    expect(retentionAt(started, [left(3, '2025-04-15')], 3, '2025-12-01')).toBe(RetentionState.LEFT);
    expect(retentionAt(started, [left(3, '2025-04-15')], 6, '2025-12-01')).toBe(RetentionState.LEFT);
    // 31 Jan + 1 month = 28 Feb: still there then
    expect(retentionAt(started, [left(3, '2025-04-15')], 1, '2025-12-01')).toBe(RetentionState.RETAINED);
  });

  it('a person with two placements is followed up in each, against its own start', () => {
    const first = { startDate: '2025-01-10', endDate: '2025-03-20' };
    const second = { startDate: '2025-04-01', endDate: null };
    expect(retentionAt(first, [], 6, '2025-11-01')).toBe(RetentionState.LEFT);
    expect(retentionAt(second, [employed(6)], 6, '2025-11-01')).toBe(RetentionState.RETAINED);
    expect(retentionRate({ retained: 1, left: 1, unknown: 0 })).toBe(0.5);
  });

  it('the rate is retained over everything due, unknown included; none due is no rate', () => {
    expect(retentionRate({ retained: 2, left: 1, unknown: 1 })).toBe(0.5);
    expect(retentionRate({ retained: 1, left: 0, unknown: 2 })).toBe(0.3333);
    expect(retentionRate({ retained: 0, left: 0, unknown: 0 })).toBeNull();
  });
});
