// Checks one registry row and turns it into the fields of a seeker profile. Every problem of the row is
// reported at once, each with the column (as headed in the file) and a message key with its parameters.
import { currentLocale } from '../../common/request-context.js';
import { CATEGORY_DIGIT, DisabilityCategory, Education, EmploymentStatus, Gender, Residence } from '../../common/domain.js';
import type { MessageParams } from '../../common/errors.js';
import {
  birthDateFromResidentId, genderFromResidentId, makeCertificate, normalizeResidentId, parseCertificate,
} from '../../common/identity-numbers.js';
import { IMPORT_RULES } from './import-vocab.js';
import type { RegistryRecord } from '../../seekers/registry-upsert.js';
import { type HeaderMap, REGISTRY_COLUMNS, type RegistryField } from './registry-headers.js';
import {
  ALLOWED_WORDS, type Cell, cellText, type CountyName, isBlank, parseCategory, parseCounty, parseDate, parseEducation,
  parseEmploymentStatus, parseGender, parseLevel, parsePhone, parseResidence, parseYear,
} from './registry-values.js';

/** The registry's fields of a seeker profile (defined by the seekers feature, which writes them). Null optional
 *  fields mean "not in the file": they never erase a value. */
export type { RegistryRecord };

export interface RowProblem {
  /** The column's header as written in the file. */
  column: string;
  key: string;
  params: MessageParams;
}

export interface RowContext {
  counties: readonly CountyName[];
  /** County staff import rows of their own county only; null for city staff and administrators. */
  scopeCountyCode: string | null;
  /** The reference day for plausible ages and graduation years. */
  today: Date;
  /** The policy setting certificate.reissueSuffixAccepted (default: accepted). */
  acceptReissueSuffix?: boolean;
}

const CATEGORY_NAMES: Record<DisabilityCategory, string> = {
  VISUAL: '视力', HEARING: '听力', SPEECH: '言语', PHYSICAL: '肢体', INTELLECTUAL: '智力', MENTAL: '精神', MULTIPLE: '多重',
};
const GENDER_NAMES: Record<Gender, string> = { MALE: '男', FEMALE: '女' };
const LEVEL_NAMES = ['', '一级', '二级', '三级', '四级'];

export type RowResult = { ok: true; record: RegistryRecord } | { ok: false; problems: RowProblem[] };

export function validateRow(cells: readonly Cell[], rowNumber: number, headers: HeaderMap, ctx: RowContext): RowResult {
  const problems: RowProblem[] = [];
  const has = (f: RegistryField) => headers.index[f] !== undefined;
  const cell = (f: RegistryField): Cell | undefined => (has(f) ? cells[headers.index[f]!] : undefined);
  const column = (f: RegistryField) => headers.header[f] ?? REGISTRY_COLUMNS[f].label;
  const problem = (f: RegistryField, key: string, params: MessageParams = {}) => {
    problems.push({ column: column(f), key, params: { column: column(f), ...params } });
  };
  const required = (f: RegistryField): boolean => {
    if (!isBlank(cell(f))) return true;
    problem(f, 'import.row.required');
    return false;
  };
  const word = <T>(f: keyof typeof ALLOWED_WORDS, parse: (v: Cell | undefined) => T | null): T | null => {
    if (isBlank(cell(f))) return null;
    const value = parse(cell(f));
    if (value === null) problem(f, 'import.row.unknownValue', { value: cellText(cell(f)).slice(0, 30), allowed: ALLOWED_WORDS[f] });
    return value;
  };

  // 姓名
  const name = cellText(cell('name')).replace(/\s+/g, ' ');
  if (required('name') && name.length > 50) problem('name', 'import.row.tooLong', { max: 50 });

  // identity: the certificate number, or the ID number with the category and level columns
  const declaredCategory = word('category', parseCategory);
  const declaredLevel = word('level', parseLevel);
  let certificate: { number: string; residentId: string; category: DisabilityCategory; level: number } | null = null;
  const certCell = cell('certificateNumber');
  const idCell = cell('residentId');
  if (!isBlank(certCell)) {
    if (typeof certCell === 'number') {
      // a 20-digit number keeps only 15 or so significant digits in Excel: the rest is lost
      problem('certificateNumber', 'import.row.numberLostDigits');
    } else {
      const parsed = parseCertificate(cellText(certCell), undefined, { acceptReissueSuffix: ctx.acceptReissueSuffix ?? true });
      if (!parsed.ok) problem('certificateNumber', `validation.cert.${parsed.problem}`, parsed.params);
      else certificate = parsed.value;
    }
    if (certificate && !isBlank(idCell)) {
      const id = typeof idCell === 'number' ? null : normalizeResidentId(cellText(idCell));
      if (id !== certificate.residentId) problem('residentId', 'import.row.residentIdMismatch');
    }
  } else if (!isBlank(idCell)) {
    if (typeof idCell === 'number') problem('residentId', 'import.row.numberLostDigits');
    else {
      const text = cellText(idCell).replace(/\s+/g, '');
      const id = normalizeResidentId(text);
      if (!id) problem('residentId', /^\d{17}[\dXx]$/.test(text) ? 'import.row.residentIdCheck' : 'import.row.residentIdFormat');
      const categoryOk = required('category') && declaredCategory;
      const levelOk = required('level') && declaredLevel;
      if (id && categoryOk && levelOk) {
        certificate = { number: makeCertificate(id, declaredCategory, declaredLevel), residentId: id, category: declaredCategory, level: declaredLevel };
      }
    }
  } else {
    problem(has('certificateNumber') ? 'certificateNumber' : 'residentId', 'import.row.required');
  }
  if (certificate && has('certificateNumber') && !isBlank(certCell)) {
    if (declaredCategory && declaredCategory !== certificate.category) {
      problem('category', 'import.row.categoryMismatch', {
        value: CATEGORY_NAMES[declaredCategory], digit: CATEGORY_DIGIT[certificate.category], expected: CATEGORY_NAMES[certificate.category],
      });
    }
    if (declaredLevel && declaredLevel !== certificate.level) {
      problem('level', 'import.row.levelMismatch', { value: LEVEL_NAMES[declaredLevel], expected: LEVEL_NAMES[certificate.level] });
    }
  }

  // 性别 and 出生日期 agree with the ID number (the 17th digit is odd for men; digits 7-14 are the birth date)
  const gender = required('gender') ? word('gender', parseGender) : null;
  if (gender && certificate && genderFromResidentId(certificate.residentId) !== gender) {
    problem('gender', 'import.row.genderMismatch', { value: GENDER_NAMES[gender], expected: GENDER_NAMES[genderFromResidentId(certificate.residentId) as Gender] });
  }
  let birthDate: string | null = null;
  if (required('birthDate')) {
    const d = parseDate(cell('birthDate'));
    if (!d) problem('birthDate', 'import.row.badDate', { value: cellText(cell('birthDate')).slice(0, 30) });
    else if (certificate) {
      const fromId = birthDateFromResidentId(certificate.residentId);
      const agrees = 'date' in d ? d.date === fromId : d.yearMonth === fromId.slice(0, 7);
      if (!agrees) problem('birthDate', 'import.row.birthDateMismatch', { value: 'date' in d ? d.date : d.yearMonth, expected: fromId });
      else birthDate = fromId;
    }
  }
  if (birthDate) {
    const age = ctx.today.getUTCFullYear() - Number(birthDate.slice(0, 4));
    if (age < IMPORT_RULES.minAge || age > IMPORT_RULES.maxAge) {
      problem('birthDate', 'import.row.birthDateRange', { value: birthDate, min: IMPORT_RULES.minAge, max: IMPORT_RULES.maxAge });
    }
  }

  // 所属县区, in the staff member's area
  let countyCode: string | null = null;
  if (required('county')) {
    countyCode = parseCounty(cell('county'), ctx.counties);
    if (!countyCode) problem('county', 'import.row.unknownCounty', { value: cellText(cell('county')).slice(0, 30) });
    else if (ctx.scopeCountyCode && countyCode !== ctx.scopeCountyCode) {
      const c = ctx.counties.find((x) => x.code === countyCode)!;
      problem('county', 'import.row.outOfScope', { county: currentLocale() === 'en' && c.nameEn ? c.nameEn : c.nameZh });
    }
  }

  const residence = required('residence') ? word('residence', parseResidence) : null;

  let phone: string | null = null;
  if (!isBlank(cell('phone'))) {
    phone = parsePhone(cell('phone'));
    if (!phone) problem('phone', 'import.row.phone', { value: cellText(cell('phone')).slice(0, 30) });
  }

  const education = word('education', parseEducation);
  const employmentStatus = word('employmentStatus', parseEmploymentStatus);

  const graduateSchool = cellText(cell('graduateSchool')) || null;
  if (graduateSchool && graduateSchool.length > 100) problem('graduateSchool', 'import.row.tooLong', { max: 100 });

  let graduateYear: number | null = null;
  if (!isBlank(cell('graduateYear'))) {
    const year = ctx.today.getUTCFullYear();
    graduateYear = parseYear(cell('graduateYear'));
    if (graduateYear === null || graduateYear < 1950 || graduateYear > year + 6) {
      problem('graduateYear', 'import.row.graduateYear', { value: cellText(cell('graduateYear')).slice(0, 30), min: 1950, max: year + 6 });
    }
  }

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    record: {
      rowNumber, name, gender: gender!, birthDate: birthDate!, certificateNumber: certificate!.number, category: certificate!.category,
      level: certificate!.level, countyCode: countyCode!, residence: residence!, phone, education, graduateSchool, graduateYear, employmentStatus,
    },
  };
}

/** A row with nothing in it (Excel keeps formatted empty rows at the end of a sheet). */
export function isEmptyRow(cells: readonly Cell[]): boolean {
  return cells.every((c) => isBlank(c));
}
