// Checks a disability certificate number (第二代残疾人证号) and a unified social credit code in the browser,
// so people learn about a typing mistake at once; the server checks both again.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432'; // GB 11643: the sum of weighted digits mod 11 indexes this

export type DisabilityCategoryCode = 'VISUAL' | 'HEARING' | 'SPEECH' | 'PHYSICAL' | 'INTELLECTUAL' | 'MENTAL' | 'MULTIPLE';

/** The digit printed at position 19 of the certificate number for each category. */
export const CATEGORY_BY_DIGIT: Readonly<Record<string, DisabilityCategoryCode>> = {
  1: 'VISUAL', 2: 'HEARING', 3: 'SPEECH', 4: 'PHYSICAL', 5: 'INTELLECTUAL', 6: 'MENTAL', 7: 'MULTIPLE',
};

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

/** Problems a person can fix, in the order they are checked. */
export type CertificateProblem =
  | 'EMPTY' | 'CHARACTERS' | 'TOO_SHORT' | 'TOO_LONG' | 'BIRTH_DATE' | 'ID_CHECK' | 'CATEGORY' | 'LEVEL';

export interface CertificateFacts {
  number: string;
  birthDate: string; // YYYY-MM-DD
  gender: 'MALE' | 'FEMALE';
  category: DisabilityCategoryCode;
  level: number;
}

export type CertificateCheck =
  | { ok: true; value: CertificateFacts }
  | { ok: false; problem: CertificateProblem; length: number; expectedCheck?: string };

/** Spaces are ignored, full-width digits (１２３) are converted and a lower-case x is accepted, as on the server. */
export function normalizeCertificate(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export function checkCertificate(raw: string): CertificateCheck {
  const s = normalizeCertificate(raw);
  const fail = (problem: CertificateProblem, extra: { expectedCheck?: string } = {}): CertificateCheck =>
    ({ ok: false, problem, length: s.length, ...extra });
  if (!s) return fail('EMPTY');
  // digits only; an X may only be the ID's check character (position 18)
  if (/[^\dX]/.test(s) || (s.includes('X') && s.indexOf('X') !== 17) || s.indexOf('X') !== s.lastIndexOf('X')) return fail('CHARACTERS');
  if (s.length < 20) return fail('TOO_SHORT');
  if (s.length > 20) return fail('TOO_LONG');
  const birth = s.slice(6, 14);
  if (!isValidDate(birth)) return fail('BIRTH_DATE');
  const check = residentIdCheckChar(s);
  if (check !== s[17]) return fail('ID_CHECK', { expectedCheck: check });
  const category = CATEGORY_BY_DIGIT[s[18]];
  if (!category) return fail('CATEGORY');
  const level = Number(s[19]);
  if (level < 1 || level > 4) return fail('LEVEL');
  return {
    ok: true,
    value: {
      number: s,
      birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
      gender: Number(s[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
      category,
      level,
    },
  };
}

/**
 * While the person is still typing: only problems that are certain already (a wrong character, too many
 * characters, a wrong ID check character once 18 are typed, a wrong category or level digit).
 */
export function checkCertificatePrefix(raw: string): CertificateCheck | { ok: true; value: null } {
  const s = normalizeCertificate(raw);
  if (s.length >= 20) return checkCertificate(s);
  const full = checkCertificate(s.padEnd(20, '1'));
  if (!full.ok && full.problem === 'CHARACTERS') return { ...full, length: s.length };
  if (s.length < 18) return { ok: true, value: null };
  if (!full.ok && (full.problem === 'BIRTH_DATE' || full.problem === 'ID_CHECK')) return { ...full, length: s.length };
  if (s.length === 19 && !full.ok && full.problem === 'CATEGORY') return { ...full, length: s.length };
  return { ok: true, value: null };
}

function isValidDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Accepts 1990-03-05, 1990/3/5, 1990.3.5, 19900305 and 1990年3月5日; returns YYYY-MM-DD or null. */
export function normalizeDate(raw: string): string | null {
  const s = raw.trim();
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (!m) return null;
  const value = `${m[1]}${m[2].padStart(2, '0')}${m[3].padStart(2, '0')}`;
  return isValidDate(value) ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` : null;
}

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = 'EMPTY' | 'LENGTH' | 'CHARACTERS' | 'CHECK';

/** 统一社会信用代码 (GB 32100): 18 characters, the last one a check character. */
export function checkCreditCode(raw: string): { ok: true; value: string } | { ok: false; problem: CreditCodeProblem } {
  const code = raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (!code) return { ok: false, problem: 'EMPTY' };
  for (const ch of code) if (!CREDIT_ALPHABET.includes(ch)) return { ok: false, problem: 'CHARACTERS' };
  if (code.length !== 18) return { ok: false, problem: 'LENGTH' };
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(code[i]) * CREDIT_WEIGHTS[i];
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_ALPHABET[check] === code[17] ? { ok: true, value: code } : { ok: false, problem: 'CHECK' };
}
