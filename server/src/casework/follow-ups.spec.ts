import { describe, expect, it } from '@jest/globals';
import { addMonths, followUps } from './follow-ups.js';

describe('graduate follow-ups', () => {
  it('adds months without running past the end of a month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-15', 12)).toBe('2025-03-15');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
  });
  it('lists the 1, 3, 6 and 12 month follow-ups and which are overdue', () => {
    const s = followUps('2024-03-01', new Set([1]), '2024-09-02');
    expect(s).toEqual([
      { month: 1, dueDate: '2024-04-01', done: true, overdue: false },
      { month: 3, dueDate: '2024-06-01', done: false, overdue: true },
      { month: 6, dueDate: '2024-09-01', done: false, overdue: true },
      { month: 12, dueDate: '2025-03-01', done: false, overdue: false },
    ]);
  });
  it('a follow-up due today is not yet overdue', () => {
    expect(followUps('2024-03-01', new Set(), '2024-04-01')[0]).toMatchObject({ overdue: false });
  });
});
