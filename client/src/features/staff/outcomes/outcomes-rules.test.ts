import { describe, expect, it } from '@jest/globals';
import { checkFollowUp, nextOpen, todayInChina } from './outcomes-rules';

describe('outcome screen rules', () => {
  const ok = { month: '3', status: 'EMPLOYED', checkedOn: '2026-12-01', leftOn: '', endReason: '', note: '' };
  it('asks for the month, result and date, and the last day only when the person left', () => {
    expect(checkFollowUp(ok)).toEqual({});
    expect(checkFollowUp({ ...ok, month: '', status: '', checkedOn: '' })).toEqual({ month: 'required', status: 'required', checkedOn: 'required' });
    expect(checkFollowUp({ ...ok, status: 'LEFT' })).toEqual({ leftOn: 'required' });
    expect(checkFollowUp({ ...ok, status: 'LEFT', leftOn: '1 Dec', checkedOn: '2026/12/01' })).toEqual({ leftOn: 'dateFormat', checkedOn: 'dateFormat' });
  });
  it('takes China\'s date (UTC+8) and picks the overdue month first', () => {
    expect(todayInChina(new Date('2026-12-06T16:30:00Z'))).toBe('2026-12-07');
    const m = (month: number, done: boolean, overdue: boolean) => ({ month, done, overdue, awaitingConfirmation: false });
    expect(nextOpen([m(1, true, false), m(3, false, true), m(6, false, false)])?.month).toBe(3);
    expect(nextOpen([m(1, true, false), m(3, false, false)])?.month).toBe(3);
    expect(nextOpen([m(1, true, false)])).toBeNull();
  });
});
