import { describe, expect, it } from '@jest/globals';
import { checkEntry, checkService, coverageTotal, isIsoDate, nextFollowUp, share } from './casework-rules';
import { serviceStates } from './SeekerServicesPage';

const TODAY = '2026-06-15';
const service = (over: Partial<Parameters<typeof checkService>[0]> = {}) =>
  ({ kind: 'ABILITY_ASSESSMENT', serviceDate: '2026-06-01', intention: '', outcome: '', notes: '', ...over });

describe('service record checks', () => {
  it('accepts a complete record, including one dated today', () => {
    expect(checkService(service(), TODAY)).toEqual({});
    expect(checkService(service({ serviceDate: TODAY }), TODAY)).toEqual({});
  });
  it('names the date problem: missing, badly written, not a real day, or in the future', () => {
    expect(checkService(service({ serviceDate: '  ' }), TODAY).serviceDate?.key).toBe('casework.error.dateMissing');
    expect(checkService(service({ serviceDate: '2026/06/01' }), TODAY).serviceDate?.key).toBe('casework.error.dateFormat');
    expect(checkService(service({ serviceDate: '2026-02-30' }), TODAY).serviceDate?.key).toBe('casework.error.dateFormat');
    expect(checkService(service({ serviceDate: '2026-06-16' }), TODAY).serviceDate?.key).toBe('casework.error.dateFuture');
  });
  it('asks for the kind, and for the wish to work only at an information check', () => {
    expect(checkService(service({ kind: '' }), TODAY).kind?.key).toBe('casework.error.kindMissing');
    expect(checkService(service({ kind: 'INFORMATION_CHECK' }), TODAY).intention?.key).toBe('casework.error.intentionMissing');
    expect(checkService(service({ kind: 'INFORMATION_CHECK', intention: 'WANTS_WORK' }), TODAY)).toEqual({});
  });
  it('limits outcome and notes to what the server keeps', () => {
    expect(checkService(service({ outcome: 'x'.repeat(501) }), TODAY).outcome).toEqual({ key: 'form.tooLong', params: { max: 500 } });
    expect(checkService(service({ outcome: 'x'.repeat(500), notes: 'y'.repeat(2000) }), TODAY)).toEqual({});
    expect(checkService(service({ notes: 'y'.repeat(2001) }), TODAY).notes?.key).toBe('form.tooLong');
  });
  it('knows real calendar days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-9')).toBe(false);
  });
});

describe('ledger entry checks', () => {
  const entry = (over: Partial<Parameters<typeof checkEntry>[0]> = {}) => ({ kind: 'CONTACT', entryDate: '2026-06-01', followUpMonth: '', notes: '', ...over });
  it('a follow-up needs a job to follow up and the month', () => {
    expect(checkEntry(entry(), TODAY, false)).toEqual({});
    expect(checkEntry(entry({ kind: 'FOLLOW_UP' }), TODAY, false).kind?.key).toBe('casework.error.followUpNoPlacement');
    expect(checkEntry(entry({ kind: 'FOLLOW_UP' }), TODAY, true).followUpMonth?.key).toBe('casework.error.followUpMonthMissing');
    expect(checkEntry(entry({ kind: 'FOLLOW_UP', followUpMonth: '3' }), TODAY, true)).toEqual({});
  });
  it('checks kind and date like the service form', () => {
    const p = checkEntry(entry({ kind: '', entryDate: '2027-01-01' }), TODAY, true);
    expect(p.kind?.key).toBe('casework.error.entryKindMissing');
    expect(p.entryDate?.key).toBe('casework.error.dateFuture');
  });
});

describe('figures', () => {
  it('the city row adds up every county', () => {
    const row = (countyCode: string, n: number) => ({ countyCode, population: n, checked: n - 1, wantingWork: 2, assessed: 1, registered: 1, served: 0, complete: n - 2 });
    expect(coverageTotal([row('411522', 5), row('411524', 3)])).toEqual(
      { countyCode: '', population: 8, checked: 6, wantingWork: 4, assessed: 2, registered: 2, served: 0, complete: 4 });
  });
  it('shares are whole per cent, and none when nobody is counted', () => {
    expect(share(1, 3)).toBe(33);
    expect(share(2, 3)).toBe(67);
    expect(share(0, 0)).toBeNull();
  });
  it('mentions the earliest overdue follow-up first, else the next one not done', () => {
    const f = (month: number, done: boolean, overdue: boolean) => ({ month, dueDate: `2026-0${month > 9 ? 9 : month}-01`, done, overdue });
    expect(nextFollowUp([f(1, true, false), f(3, false, true), f(6, false, true), f(12, false, false)])?.month).toBe(3);
    expect(nextFollowUp([f(1, true, false), f(3, true, false), f(6, false, false), f(12, false, false)])?.month).toBe(6);
    expect(nextFollowUp([f(1, true, false), f(3, true, false), f(6, true, false), f(12, true, false)])).toBeNull();
  });
  it('a year of services: done with the latest date, missing, or not due when the person does not want work', () => {
    expect(serviceStates([
      { kind: 'ABILITY_ASSESSMENT', serviceDate: '2026-05-02' },
      { kind: 'INFORMATION_CHECK', serviceDate: '2026-04-01', intention: 'WANTS_WORK' },
      { kind: 'INFORMATION_CHECK', serviceDate: '2026-03-01', intention: 'NOT_SEEKING' },
    ])).toEqual([
      { kind: 'INFORMATION_CHECK', state: 'done', date: '2026-04-01' },
      { kind: 'ABILITY_ASSESSMENT', state: 'done', date: '2026-05-02' },
      { kind: 'NEED_REGISTRATION', state: 'missing' },
      { kind: 'EMPLOYMENT_SERVICE', state: 'missing' },
    ]);
    expect(serviceStates([{ kind: 'INFORMATION_CHECK', serviceDate: '2026-04-01', intention: 'UNABLE' }]).map((s) => s.state))
      .toEqual(['done', 'notDue', 'notDue', 'notDue']);
    expect(serviceStates([]).map((s) => s.state)).toEqual(['missing', 'missing', 'missing', 'missing']);
  });
});
