import { describe, expect, it } from '@jest/globals';
import { ApplicationStatus as S } from '../common/domain.js';
import { canMove, isFinal } from './application-transitions.js';

describe('application transitions', () => {
  it('lets employers move forward through the stages and reject until the end', () => {
    expect(canMove('EMPLOYER', S.SUBMITTED, S.REVIEWING)).toBe(true);
    expect(canMove('EMPLOYER', S.REVIEWING, S.OFFERED)).toBe(true);
    expect(canMove('EMPLOYER', S.OFFERED, S.HIRED)).toBe(true);
    expect(canMove('EMPLOYER', S.INTERVIEW, S.REJECTED)).toBe(true);
  });
  it('refuses skipping to a hire, moving backwards, and anything after the end', () => {
    expect(canMove('EMPLOYER', S.SUBMITTED, S.HIRED)).toBe(false);
    expect(canMove('EMPLOYER', S.INTERVIEW, S.REVIEWING)).toBe(false);
    expect(canMove('EMPLOYER', S.HIRED, S.REJECTED)).toBe(false);
    expect(canMove('EMPLOYER', S.REJECTED, S.REVIEWING)).toBe(false);
    expect(canMove('EMPLOYER', S.SUBMITTED, S.WITHDRAWN)).toBe(false);
  });
  it('lets only the seeker withdraw, and only before the outcome', () => {
    for (const from of [S.SUBMITTED, S.REVIEWING, S.INTERVIEW, S.OFFERED]) expect(canMove('SEEKER', from, S.WITHDRAWN)).toBe(true);
    for (const from of [S.HIRED, S.REJECTED, S.WITHDRAWN]) expect(canMove('SEEKER', from, S.WITHDRAWN)).toBe(false);
    expect(canMove('SEEKER', S.OFFERED, S.HIRED)).toBe(false);
  });
  it('knows the final states', () => {
    expect([S.HIRED, S.REJECTED, S.WITHDRAWN].every(isFinal)).toBe(true);
    expect([S.SUBMITTED, S.OFFERED].some(isFinal)).toBe(false);
  });
});
