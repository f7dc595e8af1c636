import { describe, expect, it } from '@jest/globals';
import { dateInChina, formatEventTime, parseDateInput, parseDateTimeInput, toDateTimeInput } from './event-time';

describe('event times typed in a form', () => {
  it('read a date and time in China Standard Time, however it is typed', () => {
    expect(parseDateTimeInput('2026-12-03 09:00')).toBe('2026-12-03T09:00:00+08:00');
    expect(parseDateTimeInput('2026-12-3 9:05')).toBe('2026-12-03T09:05:00+08:00');
    expect(parseDateTimeInput('２０２６/12/03 09：30')).toBe('2026-12-03T09:30:00+08:00');
    expect(parseDateTimeInput('2026年12月3日 14:00')).toBe('2026-12-03T14:00:00+08:00');
    expect(parseDateTimeInput('2026-12-03T09:00')).toBe('2026-12-03T09:00:00+08:00');
  });

  it('refuse what is not a real moment', () => {
    for (const bad of ['', '2026-12-03', '2026-02-30 09:00', '2026-12-03 24:00', '2026-13-01 09:00', '明天上午', '09:00']) {
      expect([bad, parseDateTimeInput(bad)]).toEqual([bad, null]);
    }
  });

  it('read a date alone', () => {
    expect(parseDateInput('2026-12-03')).toBe('2026-12-03');
    expect(parseDateInput('2026/1/5')).toBe('2026-01-05');
    expect(parseDateInput('2026年1月5日')).toBe('2026-01-05');
    expect(parseDateInput('2026-02-29')).toBeNull();
    expect(parseDateInput('2028-02-29')).toBe('2028-02-29');
  });

  it('write an instant back the way it is typed, in China Standard Time', () => {
    expect(toDateTimeInput('2026-12-03T01:00:00.000Z')).toBe('2026-12-03 09:00');
    expect(toDateTimeInput(parseDateTimeInput('2026-12-03 23:30')!)).toBe('2026-12-03 23:30');
    expect(dateInChina('2026-12-02T17:00:00.000Z')).toBe('2026-12-03');
  });

  it('show a one-day event with one date and a longer one with two', () => {
    expect(formatEventTime('2026-12-03T01:00:00Z', '2026-12-03T09:00:00Z', 'zh-CN')).toMatch(/^2026年12月3日.* 09:00–17:00$/);
    expect(formatEventTime('2026-12-03T01:00:00Z', '2026-12-04T09:00:00Z', 'zh-CN')).toMatch(/12月3日.*09:00 – .*12月4日.*17:00$/);
  });
});
