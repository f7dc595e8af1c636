import { describe, expect, it } from '@jest/globals';
import { announcementFor, percentOf } from './import-progress';

describe('import progress', () => {
  it('shows whole percentages below 100 while the job runs, and 100 once it has ended', () => {
    expect(percentOf(0.456, 'VALIDATING')).toBe(45);
    expect(percentOf(1, 'WRITING')).toBe(99);
    expect(percentOf(-1, 'QUEUED')).toBe(0);
    expect(percentOf(0.9, 'DONE')).toBe(100);
    expect(percentOf(0, 'REJECTED')).toBe(100);
  });

  it('announces each quarter once, not every poll', () => {
    const v = (percent: number) => ({ status: 'VALIDATING' as const, percent });
    expect(announcementFor(null, v(30))).toBeNull(); // first seen: the page itself says where it is
    expect(announcementFor({ status: 'QUEUED', percent: 0 }, v(10))).toBeNull();
    expect(announcementFor(v(10), v(24))).toBeNull();
    expect(announcementFor(v(24), v(26))).toEqual({ kind: 'progress', percent: 25 });
    expect(announcementFor(v(26), v(49))).toBeNull();
    expect(announcementFor(v(26), v(80))).toEqual({ kind: 'progress', percent: 75 });
    expect(announcementFor({ status: 'QUEUED', percent: 0 }, v(60))).toEqual({ kind: 'progress', percent: 50 });
  });

  it('announces writing once and the end once', () => {
    const writing = { status: 'WRITING' as const, percent: 90 };
    expect(announcementFor({ status: 'VALIDATING', percent: 88 }, writing)).toEqual({ kind: 'writing' });
    expect(announcementFor(writing, writing)).toBeNull();
    expect(announcementFor(writing, { status: 'DONE', percent: 100 })).toEqual({ kind: 'finished', status: 'DONE' });
    expect(announcementFor({ status: 'VALIDATING', percent: 40 }, { status: 'REJECTED', percent: 100 })).toEqual({ kind: 'finished', status: 'REJECTED' });
    // a finished job seen again (a refetch) says nothing
    expect(announcementFor({ status: 'DONE', percent: 100 }, { status: 'DONE', percent: 100 })).toBeNull();
  });
});
