// The résumé's sections and their fields, shared by the editor, the printable CV and the employer's view.
import { graphql } from '../gql';
import type { MessageKey } from '../i18n/zh-CN';

export const RESUME_FIELDS = graphql(`
  fragment ResumeFields on Resume {
    version updatedAt hiddenSections
    education { school major degree enrolledOn graduatedOn }
    work { employerName jobTitle startDate endDate duties }
    skills { skill evidence }
    certificates { certificateKind certificateName issuer issuedOn expiresOn }
    languages { language proficiency }
    assistiveTech { tool toolNote }
    visibility { education work skills certificates languages assistiveTech }
  }
`);

export const SECTIONS = ['education', 'work', 'skills', 'certificates', 'languages', 'assistiveTech'] as const;
export type Section = (typeof SECTIONS)[number];

export type FieldKind = 'text' | 'textarea' | 'date' | 'select';
export interface FieldSpec {
  name: string;
  kind: FieldKind;
  required?: boolean;
  /** select: the values, labelled by `${optionPrefix}${value}` or by a label group */
  options?: readonly string[];
  optionKey?: (value: string) => MessageKey;
  hint?: MessageKey;
  max?: number;
}

export const CERTIFICATE_KINDS = ['VOCATIONAL', 'MASSAGE_HEALTH', 'MASSAGE_MEDICAL', 'OTHER'] as const;
export const LANGUAGE_LEVELS = ['BASIC', 'GOOD', 'FLUENT', 'NATIVE'] as const;

export const SECTION_FIELDS: Record<Section, readonly FieldSpec[]> = {
  education: [
    { name: 'school', kind: 'text', required: true, max: 100 },
    { name: 'major', kind: 'text', max: 100 },
    { name: 'degree', kind: 'select', required: true, options: [] /* filled from EDUCATIONS by the editor */ },
    { name: 'enrolledOn', kind: 'date', hint: 'resume.hint.date' },
    { name: 'graduatedOn', kind: 'date', hint: 'resume.hint.graduatedOn' },
  ],
  work: [
    { name: 'employerName', kind: 'text', required: true, max: 100 },
    { name: 'jobTitle', kind: 'text', required: true, max: 50 },
    { name: 'startDate', kind: 'date', required: true, hint: 'resume.hint.date' },
    { name: 'endDate', kind: 'date', hint: 'resume.hint.endDate' },
    { name: 'duties', kind: 'textarea', max: 1000 },
  ],
  skills: [
    { name: 'skill', kind: 'text', required: true, max: 50 },
    { name: 'evidence', kind: 'textarea', max: 500 },
  ],
  certificates: [
    { name: 'certificateKind', kind: 'select', required: true, options: CERTIFICATE_KINDS, optionKey: (v) => `resume.certKind.${v}` as MessageKey },
    { name: 'certificateName', kind: 'text', required: true, max: 100 },
    { name: 'issuer', kind: 'text', max: 100 },
    { name: 'issuedOn', kind: 'date', required: true, hint: 'resume.hint.date' },
    { name: 'expiresOn', kind: 'date', hint: 'resume.hint.expiresOn' },
  ],
  languages: [
    { name: 'language', kind: 'text', required: true, max: 30, hint: 'resume.hint.language' },
    { name: 'proficiency', kind: 'select', required: true, options: LANGUAGE_LEVELS, optionKey: (v) => `resume.level.${v}` as MessageKey },
  ],
  assistiveTech: [
    { name: 'tool', kind: 'text', required: true, max: 50, hint: 'resume.hint.tool' },
    { name: 'toolNote', kind: 'text', max: 300 },
  ],
};

/** A new, empty entry of a section (selects start on their first choice). */
export function emptyEntry(section: Section): Record<string, string> {
  const e: Record<string, string> = {};
  for (const f of SECTION_FIELDS[section]) e[f.name] = '';
  if (section === 'education') e.degree = 'SENIOR_HIGH';
  if (section === 'certificates') e.certificateKind = 'VOCATIONAL';
  if (section === 'languages') e.proficiency = 'GOOD';
  return e;
}

export const sectionKey = (s: Section) => `resume.section.${s}` as MessageKey;
export const fieldKey = (f: string) => `resume.field.${f}` as MessageKey;
