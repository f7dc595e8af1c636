import { describe, expect, it } from '@jest/globals';
import { inQuietHours, quietHoursEnd, smsDeferredUntil } from './quiet-hours.js';

// China time is UTC+8: 21:00 in Xinyang is 13:00 UTC
const china = (iso: string) => new Date(`${iso}+08:00`);

describe('quiet hours (China time)', () => {
  it('are 21:00 to 08:00', () => {
    expect(inQuietHours(china('2026-03-10T20:59:00'))).toBe(false);
    expect(inQuietHours(china('2026-03-10T21:00:00'))).toBe(true);
    expect(inQuietHours(china('2026-03-11T03:00:00'))).toBe(true);
    expect(inQuietHours(china('2026-03-11T07:59:59'))).toBe(true);
    expect(inQuietHours(china('2026-03-11T08:00:00'))).toBe(false);
  });

  it('end at the next 08:00, the same night before and after midnight', () => {
    expect(quietHoursEnd(china('2026-03-10T22:30:00')).toISOString()).toBe(china('2026-03-11T08:00:00').toISOString());
    expect(quietHoursEnd(china('2026-03-11T02:00:00')).toISOString()).toBe(china('2026-03-11T08:00:00').toISOString());
  });

  it('defer an ordinary SMS and let the day-time one go', () => {
    expect(smsDeferredUntil('APPLICATION_STATUS', {}, china('2026-03-10T12:00:00'))).toBeNull();
    expect(smsDeferredUntil('APPLICATION_STATUS', {}, china('2026-03-10T23:00:00'))?.toISOString()).toBe(china('2026-03-11T08:00:00').toISOString());
  });

  it('let a change to a fair or interview that same day go at night, not one on another day', () => {
    const now = china('2026-03-11T06:30:00');
    expect(smsDeferredUntil('EVENT_CANCELLED', { title: 'x', startsAt: china('2026-03-11T09:00:00').toISOString() }, now)).toBeNull();
    expect(smsDeferredUntil('INTERVIEW_CHANGED', { startsAt: china('2026-03-11T14:00:00').toISOString() }, now)).toBeNull();
    expect(smsDeferredUntil('EVENT_CANCELLED', { startsAt: china('2026-03-12T09:00:00').toISOString() }, now)).not.toBeNull();
    expect(smsDeferredUntil('APPLICATION_STATUS', { startsAt: china('2026-03-11T09:00:00').toISOString() }, now)).not.toBeNull();
  });
});
