import { describe, expect, it, jest } from '@jest/globals';
import { localDate, localDateTime, todayInChina } from './local-time.js';

describe('China Standard Time', () => {
  it('a UTC evening is the next morning in Xinyang', () => {
    const d = new Date('2026-11-29T16:30:00Z');
    expect(localDate(d)).toBe('2026-11-30');
    expect(localDateTime(d)).toBe('2026-11-30 00:30');
  });
  it('09:00 in China is 01:00 UTC, shown as 09:00', () => {
    expect(localDateTime(new Date('2026-12-04T01:00:00Z'))).toBe('2026-12-04 09:00');
  });
  it('today at 00:30 in Xinyang is that day, while UTC still says the day before (a service recorded then is not "in the future")', () => {
    jest.useFakeTimers({ now: new Date('2026-12-07T16:30:00Z') });
    try {
      expect(todayInChina()).toBe('2026-12-08');
    } finally {
      jest.useRealTimers();
    }
  });
});
