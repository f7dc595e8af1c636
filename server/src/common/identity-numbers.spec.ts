import { describe, expect, it } from '@jest/globals';
import { DisabilityCategory } from './domain.js';
import {
  checkCreditCode, creditCodeCheckChar, makeCertificate, maskIdentityNumber, normalizeCreditCode, normalizeResidentId, parseCertificate,
  residentIdCheckChar,
} from './identity-numbers.js';

describe('resident ID (GB 11643)', () => {
  it('accepts the worked example with X and lowercase x', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(normalizeResidentId('11010519491231002X')).toBe('11010519491231002X');
    expect(normalizeResidentId('11010519491231002x')).toBe('11010519491231002X');
  });
  it('rejects a wrong check character, a bad date and a wrong length', () => {
    expect(normalizeResidentId('110105194912310021')).toBeNull();
    expect(normalizeResidentId('110105194902300028')).toBeNull(); // 30 February
    expect(normalizeResidentId('11010519491231002')).toBeNull();
  });
  it('accepts abolished area codes (old IDs keep them)', () => {
    const first17 = '41150219850101123';
    expect(normalizeResidentId(first17 + residentIdCheckChar(first17))).not.toBeNull();
    const abolished = '41230119850101123'; // area code no longer in use
    expect(normalizeResidentId(abolished + residentIdCheckChar(abolished))).not.toBeNull();
  });
});

describe('disability certificate number', () => {
  const id = '11010519491231002X';
  it('parses category and level digits', () => {
    const r = parseCertificate(`${id}12`);
    expect(r).toEqual({ ok: true, value: { number: `${id}12`, residentId: id, category: DisabilityCategory.VISUAL, level: 2 } });
  });
  it('accepts a reissue suffix and keeps the first 20 characters', () => {
    const r = parseCertificate(`${id}41B1`);
    expect(r.ok && r.value.number).toBe(`${id}41`);
  });
  it('refuses the reissue suffix when the policy turns it off, and still takes the 20 characters', () => {
    expect(parseCertificate(`${id}41B1`, undefined, { acceptReissueSuffix: false })).toEqual({ ok: false, problem: 'SUFFIX_REFUSED', params: { length: 22 } });
    expect(parseCertificate(`${id}41`, undefined, { acceptReissueSuffix: false }).ok).toBe(true);
  });
  it('names each problem, with the position and character, or what the check character should be', () => {
    expect(parseCertificate('123')).toEqual({ ok: false, problem: 'LENGTH', params: { length: 3 } });
    expect(parseCertificate(`${id}1`)).toEqual({ ok: false, problem: 'LENGTH', params: { length: 19 } });
    expect(parseCertificate('110105l9491231002X12')).toEqual({ ok: false, problem: 'NOT_DIGIT', params: { position: 7, char: 'L' } });
    expect(parseCertificate('11010519491231002Y12')).toEqual({ ok: false, problem: 'NOT_CHECK_CHAR', params: { position: 18, char: 'Y' } });
    expect(parseCertificate(`${id}12B-`)).toEqual({ ok: false, problem: 'SUFFIX_CHARACTER', params: { position: 22, char: '-' } });
    expect(parseCertificate('11010519490230002X12')).toEqual({ ok: false, problem: 'BIRTH_DATE', params: { date: '19490230' } });
    // 11010519491231002 has check character X (GB 11643's worked example), so a 1 there is wrong
    expect(parseCertificate('11010519491231002112')).toEqual({ ok: false, problem: 'ID_CHECK', params: { expected: 'X', actual: '1' } });
    expect(parseCertificate(`${id}82`)).toEqual({ ok: false, problem: 'CATEGORY', params: { char: '8' } });
    expect(parseCertificate(`${id}15`)).toEqual({ ok: false, problem: 'LEVEL', params: { char: '5' } });
    expect(parseCertificate(`${id}10`)).toEqual({ ok: false, problem: 'LEVEL', params: { char: '0' } });
    expect(parseCertificate(`${id}12`, { category: DisabilityCategory.HEARING })).toEqual({ ok: false, problem: 'CATEGORY_MISMATCH', params: {} });
    expect(parseCertificate(`${id}12`, { category: DisabilityCategory.VISUAL, level: 3 })).toEqual({ ok: false, problem: 'LEVEL_MISMATCH', params: {} });
  });
  it('converts full-width digits and letters and drops spaces, as typed on a Chinese keyboard', () => {
    // １１０１０５１９４９１２３１００２ｘ１２: 20 full-width characters
    const fullWidth = '１１０１０５１９４９１２３１００２ｘ１２';
    expect([...fullWidth]).toHaveLength(20);
    expect(parseCertificate(fullWidth)).toEqual({ ok: true, value: { number: `${id}12`, residentId: id, category: DisabilityCategory.VISUAL, level: 2 } });
    expect(parseCertificate(`110105 19491231 002X 12`).ok).toBe(true);
    expect(normalizeResidentId('１１０１０５１９４９１２３１００２Ｘ')).toBe(id);
  });
  it('builds certificates that parse back', () => {
    const c = makeCertificate(id, DisabilityCategory.MENTAL, 4);
    expect(parseCertificate(c)).toMatchObject({ ok: true, value: { category: 'MENTAL', level: 4 } });
  });
});

describe('unified social credit code (GB 32100)', () => {
  it('accepts the worked examples', () => {
    expect(normalizeCreditCode('91350100M000100Y43')).toBe('91350100M000100Y43');
    expect(normalizeCreditCode('91110000600037341L')).toBe('91110000600037341L');
    expect(normalizeCreditCode('91110000600037341l')).toBe('91110000600037341L');
  });
  it('rejects a wrong check character and letters outside the alphabet', () => {
    expect(normalizeCreditCode('91110000600037341M')).toBeNull();
    expect(normalizeCreditCode('9111000060003734IL')).toBeNull(); // I is not in the alphabet
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });
  it('says what is wrong: the length, the character at a position, or the check character it should be', () => {
    expect(checkCreditCode('91350100M000100Y4')).toEqual({ ok: false, problem: 'LENGTH', params: { length: 17 } });
    expect(checkCreditCode('91350100M000100Y433')).toEqual({ ok: false, problem: 'LENGTH', params: { length: 19 } });
    // O (the letter) where 0 (zero) belongs, at position 10
    expect(checkCreditCode('91350100MO00100Y43')).toEqual({ ok: false, problem: 'CHARACTER', params: { position: 10, char: 'O' } });
    expect(checkCreditCode('91350100M000100Y44')).toEqual({ ok: false, problem: 'CHECK', params: { expected: '3', actual: '4' } });
    expect(checkCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toEqual({ ok: true, value: '91350100M000100Y43' });
  });
});

describe('masking', () => {
  it('shows the area prefix and the last six characters', () => {
    expect(maskIdentityNumber('41150219850101123X21')).toBe('4115**********123X21');
    expect(maskIdentityNumber('41150219850101123X')).toBe('4115********01123X');
  });
});
