import { describe, expect, it } from '@jest/globals';
import { maskPersonName } from './mask-name.js';

describe('maskPersonName', () => {
  it('keeps the family name and writes 某 for the rest', () => {
    expect(maskPersonName('王小明')).toBe('王某');
    expect(maskPersonName(' 李娜 ')).toBe('李某');
  });
  it('keeps an initial of a name in Latin letters', () => {
    expect(maskPersonName('Wang Xiaoming')).toBe('W.');
  });
  it('is null for no name', () => {
    expect(maskPersonName('')).toBeNull();
    expect(maskPersonName(null)).toBeNull();
  });
});
