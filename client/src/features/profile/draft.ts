// The profile being edited in the wizard: what each step holds, how each step is checked in the browser,
// and the whole-profile input the server saves.
import type {
  ConsentPurpose, DisabilityCategory, Education, EmploymentForm, EmploymentStatus, Gender, JobDemand, MyProfileFullQuery,
  PriorityGroup, Residence, SeekerProfileInput, WorkplaceSupport,
} from '../../gql/graphql';
import type { I18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { checkCertificate, checkCertificatePrefix, normalizeDate, type CertificateProblem } from '../../lib/identity-numbers';
import { PHONE } from '../../lib/navigation';

export type StepId = 'consent' | 'about' | 'disability' | 'needs' | 'skills' | 'preferences' | 'review';

export interface Draft {
  consents: ConsentPurpose[];
  name: string;
  gender: Gender | '';
  birthDate: string;
  countyCode: string;
  residence: Residence | '';
  phone: string;
  /** A newly typed number; empty keeps the stored one. */
  certificateNumber: string;
  storedCertificate: string | null;
  category: DisabilityCategory | '';
  level: string;
  cannotDo: JobDemand[];
  supportsMust: WorkplaceSupport[];
  supportsNice: WorkplaceSupport[];
  /** The person has seen (and maybe changed) the suggested needs. */
  needsReviewed: boolean;
  skills: string;
  education: Education;
  graduateSchool: string;
  graduateYear: string;
  experience: string;
  employmentStatus: EmploymentStatus;
  preferredForms: EmploymentForm[];
  preferredCounties: string[];
  payMin: string;
  priorityGroups: PriorityGroup[];
}

export type Field =
  | 'consents' | 'name' | 'gender' | 'birthDate' | 'countyCode' | 'residence' | 'phone' | 'certificateNumber' | 'category'
  | 'level' | 'cannotDo' | 'supportsMust' | 'supportsNice' | 'skills' | 'education' | 'graduateSchool' | 'graduateYear'
  | 'experience' | 'employmentStatus' | 'preferredForms' | 'preferredCounties' | 'payMin';

/** Each field with the control the error summary focuses and the step it is on, in page order. */
export const FIELDS: ReadonlyArray<readonly [Field, string, StepId]> = [
  ['consents', 'consent-3', 'consent'],
  ['name', 'profile-name', 'about'],
  ['gender', 'profile-gender-0', 'about'],
  ['birthDate', 'profile-birth', 'about'],
  ['countyCode', 'profile-county', 'about'],
  ['residence', 'profile-residence-0', 'about'],
  ['phone', 'profile-phone', 'about'],
  ['certificateNumber', 'profile-cert', 'disability'],
  ['category', 'profile-category-0', 'disability'],
  ['level', 'profile-level-0', 'disability'],
  ['cannotDo', 'profile-cannot-0', 'needs'],
  ['supportsMust', 'profile-must-0', 'needs'],
  ['supportsNice', 'profile-nice-0', 'needs'],
  ['skills', 'profile-skills', 'skills'],
  ['education', 'profile-education', 'skills'],
  ['graduateSchool', 'profile-school', 'skills'],
  ['graduateYear', 'profile-grad-year', 'skills'],
  ['experience', 'profile-experience', 'skills'],
  ['employmentStatus', 'profile-employment', 'skills'],
  ['preferredForms', 'profile-forms-0', 'preferences'],
  ['preferredCounties', 'profile-counties-0', 'preferences'],
  ['payMin', 'profile-pay', 'preferences'],
];

export const STEP_OF_TARGET: Record<string, StepId> = Object.fromEntries(FIELDS.map(([, target, step]) => [target, step]));

export function stepsFor(d: Draft): StepId[] {
  const sensitive = d.consents.includes('SENSITIVE_DATA');
  return ['consent', 'about', ...(sensitive ? (['disability', 'needs'] as const) : []), 'skills', 'preferences', 'review'];
}

type Profile = NonNullable<MyProfileFullQuery['myProfile']>;

export function emptyDraft(): Draft {
  return {
    consents: [], name: '', gender: '', birthDate: '', countyCode: '', residence: '', phone: '', certificateNumber: '',
    storedCertificate: null, category: '', level: '', cannotDo: [], supportsMust: [], supportsNice: [], needsReviewed: false,
    skills: '', education: 'NONE', graduateSchool: '', graduateYear: '', experience: '', employmentStatus: 'UNEMPLOYED',
    preferredForms: [], preferredCounties: [], payMin: '', priorityGroups: [],
  };
}

export function draftFromProfile(p: Profile | null | undefined, fallbackName = ''): Draft {
  if (!p) return { ...emptyDraft(), name: fallbackName };
  return {
    consents: [...(p.consents ?? [])],
    name: p.name, gender: p.gender, birthDate: p.birthDate, countyCode: p.countyCode, residence: p.residence, phone: p.phone ?? '',
    certificateNumber: '', storedCertificate: p.certificateNumber ?? null,
    category: p.category ?? '', level: p.level ? String(p.level) : '',
    cannotDo: [...(p.cannotDo ?? [])], supportsMust: [...(p.supportsMust ?? [])], supportsNice: [...(p.supportsNice ?? [])],
    needsReviewed: true,
    skills: p.skills.join('、'), education: p.education, graduateSchool: p.graduateSchool ?? '',
    graduateYear: p.graduateYear ? String(p.graduateYear) : '', experience: p.experience, employmentStatus: p.employmentStatus,
    preferredForms: [...p.preferredForms], preferredCounties: [...p.preferredCounties], payMin: p.payMin != null ? String(p.payMin) : '',
    priorityGroups: [...(p.priorityGroups ?? [])],
  };
}

/** Skills typed as one line: commas, Chinese enumeration commas or semicolons separate them. */
export function splitSkills(s: string): string[] {
  return Array.from(new Set(s.split(/[,，、;；\n]+/).map((x) => x.trim()).filter(Boolean)));
}

export function toInput(d: Draft): SeekerProfileInput {
  const sensitive = d.consents.includes('SENSITIVE_DATA');
  const cert = checkCertificate(d.certificateNumber);
  return {
    consents: d.consents,
    name: d.name.trim(),
    gender: d.gender as Gender,
    birthDate: normalizeDate(d.birthDate) ?? d.birthDate.trim(),
    countyCode: d.countyCode,
    residence: d.residence as Residence,
    phone: d.phone.trim() || null,
    // omitted: the stored number stays; without consent the server removes it with the other disability data
    ...(sensitive && d.certificateNumber.trim() ? { certificateNumber: cert.ok ? cert.value.number : d.certificateNumber.trim() } : {}),
    category: sensitive && d.category ? d.category : null,
    level: sensitive && d.level ? Number(d.level) : null,
    cannotDo: sensitive ? d.cannotDo : [],
    supportsMust: sensitive ? d.supportsMust : [],
    supportsNice: sensitive ? d.supportsNice : [],
    skills: splitSkills(d.skills),
    education: d.education,
    graduateSchool: d.graduateSchool.trim() || null,
    graduateYear: /^\d{4}$/.test(d.graduateYear.trim()) ? Number(d.graduateYear.trim()) : null,
    experience: d.experience.trim(),
    employmentStatus: d.employmentStatus,
    preferredForms: d.preferredForms,
    preferredCounties: d.preferredCounties,
    payMin: /^\d+$/.test(d.payMin.trim()) ? Number(d.payMin.trim()) : null,
    priorityGroups: d.priorityGroups,
  };
}

const CERT_MESSAGES: Record<CertificateProblem, MessageKey> = {
  EMPTY: 'cert.empty',
  CHARACTERS: 'cert.characters',
  TOO_SHORT: 'cert.tooShort',
  TOO_LONG: 'cert.tooLong',
  BIRTH_DATE: 'cert.birthDate',
  ID_CHECK: 'cert.idCheck',
  CATEGORY: 'cert.category',
  LEVEL: 'cert.level',
};

/** The message for a certificate number as typed so far, or null when it is valid. */
export function certificateMessage(raw: string, i18n: Pick<I18n, 't'>, whileTyping = false): string | null {
  const c = whileTyping ? checkCertificatePrefix(raw) : checkCertificate(raw);
  if (c.ok) return null;
  return i18n.t(CERT_MESSAGES[c.problem], { length: c.length, expected: c.expectedCheck ?? '' });
}

/** Browser checks of one step; the server checks everything again. */
export function validateStep(step: StepId, d: Draft, i18n: Pick<I18n, 't' | 'label' | 'formatDate'>): Partial<Record<Field, string>> {
  const { t } = i18n;
  const p: Partial<Record<Field, string>> = {};
  if (step === 'consent') {
    if (d.consents.includes('SHARE_WITH_EMPLOYERS') && !d.consents.includes('SENSITIVE_DATA')) p.consents = t('consent.shareNeedsSensitive');
  }
  if (step === 'about') {
    if (!d.name.trim()) p.name = t('profile.nameRequired');
    else if (d.name.trim().length > 50) p.name = t('form.tooLong', { max: 50 });
    if (!d.gender) p.gender = t('profile.genderRequired');
    const birth = normalizeDate(d.birthDate);
    const year = new Date().getFullYear();
    if (!d.birthDate.trim()) p.birthDate = t('profile.birthRequired');
    else if (!birth) p.birthDate = t('profile.birthInvalid');
    else if (Number(birth.slice(0, 4)) > year - 14 || Number(birth.slice(0, 4)) < year - 100) p.birthDate = t('profile.birthRange');
    if (!d.countyCode) p.countyCode = t('profile.countyRequired');
    if (!d.residence) p.residence = t('profile.residenceRequired');
    if (d.phone.trim() && !PHONE.test(d.phone.trim().replace(/[\s-]/g, ''))) p.phone = t('auth.phoneInvalid');
  }
  if (step === 'disability') {
    if (d.certificateNumber.trim()) {
      const c = checkCertificate(d.certificateNumber);
      if (!c.ok) p.certificateNumber = certificateMessage(d.certificateNumber, i18n)!;
      else {
        const birth = normalizeDate(d.birthDate);
        if (birth && birth !== c.value.birthDate) {
          p.certificateNumber = t('cert.birthMismatch', { cert: i18n.formatDate(c.value.birthDate), typed: i18n.formatDate(birth) });
        } else if (d.category && d.category !== c.value.category) {
          p.category = t('cert.categoryMismatch', { category: i18n.label('DisabilityCategory', c.value.category) });
        } else if (d.level && Number(d.level) !== c.value.level) {
          p.level = t('cert.levelMismatch', { level: i18n.label('DisabilityLevel', String(c.value.level) as '1') });
        }
      }
    }
    if (d.category && !d.level) p.level = t('profile.levelRequired');
    if (!d.category && d.level) p.category = t('profile.categoryRequired');
  }
  if (step === 'skills') {
    const skills = splitSkills(d.skills);
    if (skills.length > 30) p.skills = t('profile.skillsTooMany');
    else if (skills.some((s) => s.length > 30)) p.skills = t('profile.skillTooLong');
    const gy = d.graduateYear.trim();
    const year = new Date().getFullYear();
    if (gy && (!/^\d{4}$/.test(gy) || Number(gy) < 1950 || Number(gy) > year + 6)) p.graduateYear = t('profile.gradYearInvalid');
    if (d.experience.length > 3000) p.experience = t('form.tooLong', { max: 3000 });
  }
  if (step === 'preferences') {
    const pay = d.payMin.trim();
    if (pay && (!/^\d+$/.test(pay) || Number(pay) > 1_000_000)) p.payMin = t('profile.payInvalid');
  }
  return p;
}
