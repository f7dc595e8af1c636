import { describe, expect, it } from '@jest/globals';
import { safeNext } from './navigation';

describe('where sign-in goes next', () => {
  it('follows a path on this site, with its query (the step of a form)', () => {
    expect(safeNext('/jobs/p1/apply')).toBe('/jobs/p1/apply');
    expect(safeNext(decodeURIComponent('%2Fprofile%2Fedit%3Fstep%3Dreview'))).toBe('/profile/edit?step=review');
  });

  it('refuses anything that could leave the site', () => {
    for (const bad of [null, '', 'https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
      expect(safeNext(bad)).toBeNull();
    }
  });
});
