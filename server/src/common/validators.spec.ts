import { describe, expect, it } from '@jest/globals';
import { validate } from 'class-validator';
import { HasAtMostDecimals, IsOptionalNotNull } from './validators.js';

class Money {
  @HasAtMostDecimals(2) amount!: unknown;
  @IsOptionalNotNull() @HasAtMostDecimals(2) other?: unknown;
}

const errorsOf = async (amount: unknown, other?: unknown) => {
  const m = Object.assign(new Money(), { amount }, other === undefined ? {} : { other });
  return (await validate(m)).map((e) => e.property);
};

describe('numbers with at most two decimals', () => {
  it('accepts whole numbers and cents', async () => {
    for (const v of [0, 12, 6900.5, 6900.25, -3.1]) expect(await errorsOf(v)).toEqual([]);
  });
  it('refuses more decimals, exponent-form numbers, infinities and what is not a number, without throwing', async () => {
    for (const v of [1e-7, 0.001, 1.005, Infinity, NaN, '12', null]) expect(await errorsOf(v)).toEqual(['amount']);
  });
  it('a field that may be left out may not be null', async () => {
    expect(await errorsOf(1)).toEqual([]);
    expect(await errorsOf(1, null)).toEqual(['other']);
  });
});
