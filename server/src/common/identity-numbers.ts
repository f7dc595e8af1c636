// Check characters of China's resident ID (GB 11643), disability certificate and unified social credit code (GB 32100).
import { CATEGORY_DIGIT, DisabilityCategory } from './domain.js';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

/** Normalises (upper-case X) or returns null; old area codes are accepted on purpose. */
export function normalizeResidentId(raw: string): string | null {
  const id = normalizeIdentityText(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  if (!isValidDate(id.slice(6, 14))) return null;
  return residentIdCheckChar(id) === id[17] ? id : null;
}

function isValidDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCDate() === d && date.getUTCMonth() === m - 1;
}

export function birthDateFromResidentId(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** The 17th digit is odd for men. */
export function genderFromResidentId(id: string): 'MALE' | 'FEMALE' {
  return Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
}

/** What people type or paste: full-width digits and letters (１２３Ｘ) become ASCII, spaces go, letters are upper-cased. */
export function normalizeIdentityText(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** Each problem is a message key `validation.cert.<problem>`; its params say where and what (1-based positions). */
export type CertificateProblem =
  | 'LENGTH' | 'NOT_DIGIT' | 'NOT_CHECK_CHAR' | 'SUFFIX_CHARACTER' | 'SUFFIX_REFUSED' | 'BIRTH_DATE' | 'ID_CHECK'
  | 'CATEGORY' | 'LEVEL' | 'CATEGORY_MISMATCH' | 'LEVEL_MISMATCH';

export type IdentityParams = Record<string, string | number>;

export interface ParsedCertificate {
  number: string; // the first 20 characters, normalised
  residentId: string;
  category: DisabilityCategory;
  level: number;
}

const DIGIT_CATEGORY = Object.fromEntries(Object.entries(CATEGORY_DIGIT).map(([c, d]) => [d, c])) as Record<string, DisabilityCategory>;

/** The first character that cannot stand where it is: 1-17 and 19-20 digits, 18 a digit or X, 21-22 a letter or digit. */
function certificateCharacter(s: string): { problem: CertificateProblem; params: IdentityParams } | null {
  for (let i = 0; i < Math.min(s.length, 22); i++) {
    const ch = s[i];
    const params = { position: i + 1, char: ch };
    if (i === 17) {
      if (!/[\dX]/.test(ch)) return { problem: 'NOT_CHECK_CHAR', params };
    } else if (i < 20) {
      if (!/\d/.test(ch)) return { problem: 'NOT_DIGIT', params };
    } else if (!/[A-Z0-9]/.test(ch)) {
      return { problem: 'SUFFIX_CHARACTER', params };
    }
  }
  return null;
}

/**
 * 第二代残疾人证: 18-character resident ID + category digit + level digit; a reissue suffix of two characters (e.g. B1)
 * is accepted and dropped, unless the policy setting certificate.reissueSuffixAccepted turns that off
 * (acceptReissueSuffix: false). The one check for the profile form and the registry import: full-width characters are
 * converted first, and a refusal says which character at which position, or what the check character should be.
 */
export function parseCertificate(
  raw: string,
  declared?: { category?: DisabilityCategory | null; level?: number | null },
  { acceptReissueSuffix = true }: { acceptReissueSuffix?: boolean } = {},
): { ok: true; value: ParsedCertificate } | { ok: false; problem: CertificateProblem; params: IdentityParams } {
  const fail = (problem: CertificateProblem, params: IdentityParams = {}) => ({ ok: false as const, problem, params });
  const s = normalizeIdentityText(raw);
  const bad = certificateCharacter(s);
  if (bad) return fail(bad.problem, bad.params);
  if (s.length === 22 && !acceptReissueSuffix) return fail('SUFFIX_REFUSED', { length: s.length });
  if (s.length !== 20 && s.length !== 22) return fail('LENGTH', { length: s.length });
  const birth = s.slice(6, 14);
  if (!isValidDate(birth)) return fail('BIRTH_DATE', { date: birth });
  const expected = residentIdCheckChar(s);
  if (expected !== s[17]) return fail('ID_CHECK', { expected, actual: s[17] });
  const residentId = s.slice(0, 18);
  const category = DIGIT_CATEGORY[s[18]];
  if (!category) return fail('CATEGORY', { char: s[18] });
  const level = Number(s[19]);
  if (level < 1 || level > 4) return fail('LEVEL', { char: s[19] });
  if (declared?.category && declared.category !== category) return fail('CATEGORY_MISMATCH');
  if (declared?.level && declared.level !== level) return fail('LEVEL_MISMATCH');
  return { ok: true, value: { number: s.slice(0, 20), residentId, category, level } };
}

export function makeCertificate(residentId: string, category: DisabilityCategory, level: number): string {
  return `${residentId}${CATEGORY_DIGIT[category]}${level}`;
}

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_ALPHABET.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * CREDIT_WEIGHTS[i];
  }
  const check = 31 - (sum % 31);
  return CREDIT_ALPHABET[check === 31 ? 0 : check];
}

export type CreditCodeProblem = 'LENGTH' | 'CHARACTER' | 'CHECK';

/**
 * 统一社会信用代码 (GB 32100): 18 characters from digits and capital letters without I, O, S, V, Z; the last a check
 * character. Full-width characters are converted first; a refusal (message key `validation.creditCode.<problem>`)
 * names the character and its position, the length typed, or the check character it should be.
 */
export function checkCreditCode(raw: string): { ok: true; value: string } | { ok: false; problem: CreditCodeProblem; params: IdentityParams } {
  const code = normalizeIdentityText(raw);
  for (let i = 0; i < code.length; i++) {
    if (!CREDIT_ALPHABET.includes(code[i])) return { ok: false, problem: 'CHARACTER', params: { position: i + 1, char: code[i] } };
  }
  if (code.length !== 18) return { ok: false, problem: 'LENGTH', params: { length: code.length } };
  const expected = creditCodeCheckChar(code)!;
  if (expected !== code[17]) return { ok: false, problem: 'CHECK', params: { expected, actual: code[17] } };
  return { ok: true, value: code };
}

export function normalizeCreditCode(raw: string): string | null {
  const r = checkCreditCode(raw);
  return r.ok ? r.value : null;
}

/** Shows the area prefix and the last six characters: 4115**********123X21. */
export function maskIdentityNumber(value: string): string {
  if (value.length <= 10) return '*'.repeat(value.length);
  return value.slice(0, 4) + '*'.repeat(value.length - 10) + value.slice(-6);
}
