import { describe, expect, it } from '@jest/globals';
import { closesPostings, decisionProblems, decisionsFor } from './verification-rules';

describe('verification rules', () => {
  it('offers each status only the decisions the server accepts', () => {
    expect(decisionsFor('PENDING')).toEqual(['APPROVE', 'REQUEST_INFO', 'REJECT']);
    expect(decisionsFor('INFO_REQUESTED')).toEqual(['APPROVE', 'REJECT']);
    expect(decisionsFor('VERIFIED')).toEqual(['SUSPEND']);
    expect(decisionsFor('SUSPENDED')).toContain('APPROVE');
  });
  it('needs a decision, and a note to reject, ask for more or suspend', () => {
    expect(decisionProblems('', '')).toEqual({ decision: 'missing' });
    expect(decisionProblems('APPROVE', '')).toEqual({});
    expect(decisionProblems('REJECT', '   ')).toEqual({ note: 'REJECT' });
    expect(decisionProblems('REQUEST_INFO', '')).toEqual({ note: 'REQUEST_INFO' });
    expect(decisionProblems('SUSPEND', '虚假招聘')).toEqual({});
  });
  it('says when a decision closes the open positions', () => {
    expect(closesPostings('REJECT')).toBe(true);
    expect(closesPostings('SUSPEND')).toBe(true);
    expect(closesPostings('APPROVE')).toBe(false);
    expect(closesPostings('')).toBe(false);
  });
});
