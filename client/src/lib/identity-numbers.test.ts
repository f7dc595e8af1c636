import { describe, expect, it } from '@jest/globals';
import { checkCertificate, checkCertificatePrefix, checkCreditCode, normalizeDate, residentIdCheckChar } from './identity-numbers';

const ID17 = '41152119900101123';
const ID = ID17 + residentIdCheckChar(ID17);

describe('certificate numbers (GB 11643 check character)', () => {
  it('computes the check character of a known ID', () => {
    // the example from GB 11643-1999
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });

  it('accepts a valid number and reads birth date, gender, category and level from it', () => {
    const r = checkCertificate(`${ID}12`);
    expect(r).toEqual({ ok: true, value: { number: `${ID}12`, birthDate: '1990-01-01', gender: 'MALE', category: 'VISUAL', level: 2 } });
  });

  it('ignores spaces and accepts a lower-case x', () => {
    expect(checkCertificate('110105 19491231 002x 41').ok).toBe(true);
  });

  it.each([
    ['', 'EMPTY'],
    ['41152119900101123A12', 'CHARACTERS'],
    ['4115211990', 'TOO_SHORT'],
    [`${ID}123`, 'TOO_LONG'],
    ['41152119901301123' + '5' + '12', 'BIRTH_DATE'],
    [`${ID17}${residentIdCheckChar(ID17) === '0' ? '1' : '0'}12`, 'ID_CHECK'],
    [`${ID}82`, 'CATEGORY'],
    [`${ID}15`, 'LEVEL'],
  ])('%s → %s', (raw, problem) => {
    const r = checkCertificate(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toBe(problem);
  });

  it('tells the right check character when it is wrong', () => {
    const wrong = residentIdCheckChar(ID17) === '0' ? '1' : '0';
    const r = checkCertificate(`${ID17}${wrong}12`);
    expect(r).toMatchObject({ ok: false, problem: 'ID_CHECK', expectedCheck: residentIdCheckChar(ID17) });
  });

  it('while typing, reports only what is already certain', () => {
    expect(checkCertificatePrefix('41152').ok).toBe(true);
    expect(checkCertificatePrefix('4115X')).toMatchObject({ ok: false, problem: 'CHARACTERS' });
    expect(checkCertificatePrefix(ID).ok).toBe(true);
    const wrong = residentIdCheckChar(ID17) === '0' ? '1' : '0';
    expect(checkCertificatePrefix(ID17 + wrong)).toMatchObject({ ok: false, problem: 'ID_CHECK', length: 18 });
    expect(checkCertificatePrefix(`${ID}9`)).toMatchObject({ ok: false, problem: 'CATEGORY' });
    expect(checkCertificatePrefix(`${ID}12`).ok).toBe(true);
  });
});

describe('dates typed by people', () => {
  it.each([
    ['1990-03-05', '1990-03-05'], ['1990/3/5', '1990-03-05'], ['19900305', '1990-03-05'], ['1990年3月5日', '1990-03-05'],
    ['1990-02-30', null], ['3/5/1990', null], ['', null],
  ])('%s → %s', (raw, expected) => expect(normalizeDate(raw)).toBe(expected));
});

describe('unified social credit codes (GB 32100)', () => {
  it('accepts a valid code and rejects a wrong check character', () => {
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ ok: true, value: '91350100M000100Y43' });
    expect(checkCreditCode('91350100M000100Y44')).toEqual({ ok: false, problem: 'CHECK' });
    expect(checkCreditCode('9135')).toEqual({ ok: false, problem: 'LENGTH' });
    expect(checkCreditCode('91350100M000100YI3')).toEqual({ ok: false, problem: 'CHARACTERS' });
  });
});
