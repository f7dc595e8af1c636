import { describe, expect, it } from '@jest/globals';
import { localDate } from '../common/local-time.js';
import { chinaDayStart } from './match-filters.js';

describe('chinaDayStart', () => {
  it('is the start of the calendar day in China that localDate names, around midnight there and over ten years', () => {
    const viaCalendar = (d: Date) => Date.parse(`${localDate(d)}T00:00:00+08:00`);
    for (const s of ['2026-12-07T15:59:59.999Z', '2026-12-07T16:00:00.000Z', '2026-12-07T16:00:00.001Z', '2024-02-29T20:00:00Z', '2026-01-01T00:00:00Z']) {
      expect(chinaDayStart(new Date(s))).toBe(viaCalendar(new Date(s)));
    }
    expect(chinaDayStart(new Date('2026-12-07T16:00:00.000Z'))).toBe(Date.parse('2026-12-08T00:00:00+08:00'));
    for (let t = Date.parse('2020-01-01T00:00:00Z'); t < Date.parse('2030-01-01T00:00:00Z'); t += 7 * 3_600_000 + 1) {
      if (chinaDayStart(new Date(t)) !== viaCalendar(new Date(t))) throw new Error(`differs at ${new Date(t).toISOString()}`);
    }
  });
});
