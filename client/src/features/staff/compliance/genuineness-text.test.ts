import { describe, expect, it } from '@jest/globals';
import { periodFromParam, periodOptions, periodRange } from './genuineness-text';

describe('genuineness periods', () => {
  it('a year runs to its end, or to today while it runs; the last 12 months end today', () => {
    expect(periodRange('2025', '2026-12-07')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodRange('2026', '2026-12-07')).toEqual({ from: '2026-01-01', to: '2026-12-07' });
    expect(periodRange('last12', '2026-12-07')).toEqual({ from: '2025-12-08', to: '2026-12-07' });
    expect(periodRange('last12', '2024-02-29')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
  });

  it('offers the last 12 months and five years; anything else in the address means the last 12 months', () => {
    expect(periodOptions('2026-12-07')).toEqual(['last12', '2026', '2025', '2024', '2023', '2022']);
    expect(periodFromParam('2024', '2026-12-07')).toBe('2024');
    expect(periodFromParam('2019', '2026-12-07')).toBe('last12');
    expect(periodFromParam(null, '2026-12-07')).toBe('last12');
  });
});
