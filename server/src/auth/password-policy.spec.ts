import { describe, expect, it } from '@jest/globals';
import { passwordProblem } from './password-policy.js';

describe('new passwords', () => {
  it('must have 10 to 128 characters', () => {
    expect(passwordProblem('Abc-12345')).toBe('validation.passwordLength');
    expect(passwordProblem('x'.repeat(129))).toBe('validation.passwordLength');
    expect(passwordProblem('Correct-Horse-9')).toBeNull();
  });

  it('are refused when common, here or in China, whatever the case or width', () => {
    for (const p of ['qwertyuiop', '1234567890', 'password123', '123456789a', 'woaini1314', '1qaz2wsx3edc', 'QWERTYUIOP', 'ｗｏａｉｎｉ１３１４']) {
      expect([p, passwordProblem(p)]).toEqual([p, 'validation.passwordCommon']);
    }
  });

  it('are refused when they are or contain the mobile number', () => {
    expect(passwordProblem('13912345678', '13912345678')).toBe('validation.passwordPhone');
    expect(passwordProblem('zm13912345678!', '13912345678')).toBe('validation.passwordPhone');
    expect(passwordProblem('zm13912345678!', null)).toBeNull();
    expect(passwordProblem('zm13912345678!', '13800000000')).toBeNull();
  });
});
