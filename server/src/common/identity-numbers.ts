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
  const id = raw.trim().toUpperCase();
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

export type CertificateProblem = 'FORMAT' | 'ID_CHECK' | 'CATEGORY' | 'LEVEL' | 'CATEGORY_MISMATCH' | 'LEVEL_MISMATCH';

export interface ParsedCertificate {
  number: string; // the first 20 characters, normalised
  residentId: string;
  category: DisabilityCategory;
  level: number;
}

const DIGIT_CATEGORY = Object.fromEntries(Object.entries(CATEGORY_DIGIT).map(([c, d]) => [d, c])) as Record<string, DisabilityCategory>;

/**
 * 第二代残疾人证: 18-character resident ID + category digit + level digit; a reissue suffix
 * of two characters (e.g. B1) is accepted and dropped, unless the policy setting
 * certificate.reissueSuffixAccepted turns that off (acceptReissueSuffix: false).
 */
export function parseCertificate(
  raw: string,
  declared?: { category?: DisabilityCategory | null; level?: number | null },
  { acceptReissueSuffix = true }: { acceptReissueSuffix?: boolean } = {},
): { ok: true; value: ParsedCertificate } | { ok: false; problem: CertificateProblem } {
  const s = raw.replace(/\s+/g, '').toUpperCase();
  const shape = acceptReissueSuffix ? /^\d{17}[\dX]\d{2}([A-Z0-9]{2})?$/ : /^\d{17}[\dX]\d{2}$/;
  if (!shape.test(s)) return { ok: false, problem: 'FORMAT' };
  const residentId = normalizeResidentId(s.slice(0, 18));
  if (!residentId) return { ok: false, problem: 'ID_CHECK' };
  const category = DIGIT_CATEGORY[s[18]];
  if (!category) return { ok: false, problem: 'CATEGORY' };
  const level = Number(s[19]);
  if (level < 1 || level > 4) return { ok: false, problem: 'LEVEL' };
  if (declared?.category && declared.category !== category) return { ok: false, problem: 'CATEGORY_MISMATCH' };
  if (declared?.level && declared.level !== level) return { ok: false, problem: 'LEVEL_MISMATCH' };
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

export function normalizeCreditCode(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return null;
  for (const ch of code) if (!CREDIT_ALPHABET.includes(ch)) return null;
  return creditCodeCheckChar(code) === code[17] ? code : null;
}

/** Shows the area prefix and the last six characters: 4115**********123X21. */
export function maskIdentityNumber(value: string): string {
  if (value.length <= 10) return '*'.repeat(value.length);
  return value.slice(0, 4) + '*'.repeat(value.length - 10) + value.slice(-6);
}
