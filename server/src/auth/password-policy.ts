// What a new password must be: 10 to 128 characters, not in the shipped lists of common passwords
// (server/passwords/), and not the account's mobile number or containing it. Pure apart from reading the lists once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../common/project-root.js';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

const LIST_FILES = ['server/passwords/common-passwords.txt', 'server/passwords/common-passwords-zh.txt'];

const normal = (s: string) => s.normalize('NFKC').toLowerCase();

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(LIST_FILES.flatMap((f) => readFileSync(join(projectRoot(), f), 'utf8').split('\n'))
    .map((l) => normal(l.trim())).filter(Boolean));
  return common;
}

export type PasswordProblem = 'validation.passwordLength' | 'validation.passwordCommon' | 'validation.passwordPhone';

/** The first thing wrong with a new password (a message key), or null. */
export function passwordProblem(password: string, phone?: string | null): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX) return 'validation.passwordLength';
  const p = normal(password);
  if (commonPasswords().has(p)) return 'validation.passwordCommon';
  const digits = phone?.replace(/\D/g, '');
  if (digits && digits.length >= 7 && p.includes(digits)) return 'validation.passwordPhone';
  return null;
}
