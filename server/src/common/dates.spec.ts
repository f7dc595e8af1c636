import { describe, expect, it } from '@jest/globals';
import { isCalendarDate, isDateTime } from './dates.js';

describe('calendar dates: YYYY-MM-DD, and the day exists', () => {
  it.each(['2026-01-01', '2024-02-29', '2026-12-31', '1990-06-15', '0001-01-01'])('accepts %s', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each([
    '2026-W01', '2026-W01-1', '2026-001', '2026', '2026-01', '20260101', '2026-1-1', '+002026-01-01', '-2026-01-01',
    '2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01', ' 2026-01-01',
    '2026-01-01T00:00:00Z', '２０２６-01-01', '',
  ])('refuses %s', (d) => expect(isCalendarDate(d)).toBe(false));
  it('refuses what is not a string', () => {
    for (const v of [null, undefined, 20260101, new Date(), {}]) expect(isCalendarDate(v)).toBe(false);
  });
});

describe('date-times: a full ISO 8601 date and time', () => {
  it.each(['2026-12-03T09:00:00+08:00', '2026-12-03T01:00:00Z', '2026-12-03T01:00:00.123Z', '2026-12-03T09:00', '2026-12-03T09:00:00+0800'])(
    'accepts %s', (d) => expect(isDateTime(d)).toBe(true));
  it.each([
    '2026-12-03', '2026-W49-4T09:00', '2026-337T09:00', '2026-02-30T09:00:00Z', '2026-12-03T24:00:00Z', '2026-12-03T09:60Z',
    '2026-12-31T23:59:60Z', '2026-12-03 09:00:00', '2026-12-03T9:00', '2026-12-03T09:00:00+25:00', 'tomorrow',
  ])('refuses %s', (d) => expect(isDateTime(d)).toBe(false));
});
