// The worked example of docs/counting.md, "Training attendance" (plan （十）“加强培训质量考核”): one course, four
// registers, three people.
import { describe, expect, it } from '@jest/globals';
import { attendanceOf, type Mark } from './attendance.js';

const on = (sessionDate: string, present: boolean): Mark => ({ sessionDate, present });

describe('attendance = sessions attended / sessions held, from the register', () => {
  // registers recorded for 2 March, 3 March, 5 March and 6 March
  it('张 (enrolled from the start) is on all four registers, absent on 5 March: 3/4, 75%', () => {
    expect(attendanceOf([on('2026-03-02', true), on('2026-03-05', false), on('2026-03-03', true), on('2026-03-06', true)]))
      .toEqual({ attended: 3, held: 4, percent: 75, absentOn: ['2026-03-05'] });
  });

  it('李 enrolled on 4 March: the two earlier registers are not held for him; absent on 6 March: 1/2, 50%', () => {
    expect(attendanceOf([on('2026-03-05', true), on('2026-03-06', false)])).toEqual({ attended: 1, held: 2, percent: 50, absentOn: ['2026-03-06'] });
  });

  it('王, withdrawn by staff on 4 March, keeps the two registers he was on: 2/2, 100%', () => {
    expect(attendanceOf([on('2026-03-02', true), on('2026-03-03', true)])).toEqual({ attended: 2, held: 2, percent: 100, absentOn: [] });
  });

  it('rounds half up to a whole percent: 2/3 is 67%, 1/8 is 13%', () => {
    expect(attendanceOf([on('2026-03-02', true), on('2026-03-03', true), on('2026-03-05', false)]).percent).toBe(67);
    expect(attendanceOf([on('2026-03-02', true), ...['03', '04', '05', '06', '09', '10', '11'].map((d) => on(`2026-03-${d}`, false))]).percent).toBe(13);
  });

  it('no register yet: nothing held, no percentage', () => {
    expect(attendanceOf([])).toEqual({ attended: 0, held: 0, percent: null, absentOn: [] });
  });

  it('a count from before the register is added, undated: 5 of a finished 12-session course, then nothing else: 5/12, 42%', () => {
    expect(attendanceOf([], { attended: 5, held: 12 })).toEqual({ attended: 5, held: 12, percent: 42, absentOn: [] });
    expect(attendanceOf([on('2026-03-02', true)], { attended: 3, held: 3 })).toMatchObject({ attended: 4, held: 4, percent: 100 });
  });
});
