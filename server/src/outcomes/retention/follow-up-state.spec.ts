// Worked examples of where a placement's follow-ups stand (follow-up-state.ts).
import { describe, expect, it } from '@jest/globals';
import { FollowUpSource, FollowUpStatus } from '../outcomes-vocab.js';
import { followUpStates, settles } from './follow-up-state.js';

const { STAFF, EMPLOYER, SEEKER } = FollowUpSource;
const { EMPLOYED, LEFT, UNREACHABLE } = FollowUpStatus;
const answer = (month: number, status: FollowUpStatus, source: FollowUpSource, leftOn: string | null = null) =>
  ({ month, status, source, checkedOn: '2025-08-01', leftOn });

describe('follow-up state', () => {
  it('settles on "still employed" from anyone, any staff answer, or the employer\'s "left"; not on the person\'s own "left"', () => {
    expect(settles({ status: EMPLOYED, source: SEEKER })).toBe(true);
    expect(settles({ status: UNREACHABLE, source: STAFF })).toBe(true);
    expect(settles({ status: LEFT, source: EMPLOYER })).toBe(true);
    expect(settles({ status: LEFT, source: SEEKER })).toBe(false);
    expect(settles({ status: UNREACHABLE, source: EMPLOYER })).toBe(false);
  });

  it('dates each month from the start (31 Jan + 1 month = 28 Feb) and is overdue from the due date on', () => {
    const s = followUpStates({ startDate: '2025-01-31', endDate: null }, [answer(1, EMPLOYED, STAFF)], [1, 3, 6, 12], '2025-04-30');
    expect(s.map((x) => [x.month, x.dueDate, x.done, x.overdue])).toEqual([
      [1, '2025-02-28', true, false], [3, '2025-04-30', false, true], [6, '2025-07-31', false, false], [12, '2026-01-31', false, false],
    ]);
  });

  it('leaves out months after the job ended, and marks a person\'s "left" as awaiting staff', () => {
    const s = followUpStates({ startDate: '2025-01-10', endDate: '2025-07-09' }, [answer(3, LEFT, SEEKER, '2025-04-01')], [1, 3, 6, 12], '2025-12-01');
    expect(s.map((x) => x.month)).toEqual([1, 3]);
    expect(s[1]).toMatchObject({ done: false, overdue: true, awaitingConfirmation: true });
    // ended on the 6-month date itself: the job lasted to it, so the 6-month follow-up is still needed
    expect(followUpStates({ startDate: '2025-01-10', endDate: '2025-07-10' }, [], [6], '2025-12-01').map((x) => x.month)).toEqual([6]);
  });
});
