// The posting being edited: form values as typed, browser checks, and the input the server saves.
import type {
  DisabilityCategory, Education, EmploymentForm, JobDemand, PostingForEditQuery, PostingInput, WorkplaceSupport,
} from '../../gql/graphql';
import type { I18n } from '../../i18n/I18nProvider';
import { normalizeDate } from '../../lib/identity-numbers';

export interface PostingDraft {
  title: string;
  description: string;
  employmentForm: EmploymentForm | '';
  openings: string;
  salaryMin: string;
  salaryMax: string;
  educationRequired: Education;
  skills: string;
  countyCode: string;
  address: string;
  deadline: string;
  reserved: boolean;
  demands: JobDemand[];
  supports: WorkplaceSupport[];
  suitableCategories: DisabilityCategory[];
  relaxedAge: boolean;
  relaxedHousehold: boolean;
  relaxedExamRatio: boolean;
  relaxationNote: string;
  easyRead: string;
}

export type PostingField =
  | 'title' | 'description' | 'employmentForm' | 'openings' | 'salaryMin' | 'salaryMax' | 'educationRequired' | 'skills'
  | 'countyCode' | 'address' | 'deadline' | 'demands' | 'supports' | 'suitableCategories' | 'relaxationNote' | 'easyRead';

export const POSTING_FIELDS: ReadonlyArray<readonly [PostingField, string]> = [
  ['title', 'pe-title'], ['description', 'pe-description'], ['employmentForm', 'pe-form'], ['openings', 'pe-openings'],
  ['salaryMin', 'pe-salary-min'], ['salaryMax', 'pe-salary-max'], ['educationRequired', 'pe-education'], ['skills', 'pe-skills'],
  ['countyCode', 'pe-county'], ['address', 'pe-address'], ['deadline', 'pe-deadline'], ['demands', 'pe-demands-0'],
  ['supports', 'pe-supports-0'], ['suitableCategories', 'pe-categories-0'], ['relaxationNote', 'pe-relax-note'],
  ['easyRead', 'pe-easy-read'],
];

type Existing = PostingForEditQuery['posting'];

export function draftFrom(p: Existing | null, org: { countyCode: string; address: string } | null): PostingDraft {
  if (!p) {
    return {
      title: '', description: '', employmentForm: '', openings: '1', salaryMin: '', salaryMax: '', educationRequired: 'NONE',
      skills: '', countyCode: org?.countyCode ?? '', address: org?.address ?? '', deadline: '', reserved: true, demands: [],
      supports: [], suitableCategories: [], relaxedAge: false, relaxedHousehold: false, relaxedExamRatio: false,
      relaxationNote: '', easyRead: '',
    };
  }
  return {
    title: p.title, description: p.description, employmentForm: p.employmentForm, openings: String(p.openings),
    salaryMin: p.salaryMin != null ? String(p.salaryMin) : '', salaryMax: p.salaryMax != null ? String(p.salaryMax) : '',
    educationRequired: p.educationRequired, skills: p.skills.join('、'), countyCode: p.countyCode, address: p.address,
    deadline: p.deadline ?? '', reserved: p.reserved, demands: [...p.demands], supports: [...p.supports],
    suitableCategories: [...p.suitableCategories], relaxedAge: p.relaxedAge, relaxedHousehold: p.relaxedHousehold,
    relaxedExamRatio: p.relaxedExamRatio, relaxationNote: p.relaxationNote, easyRead: p.easyRead,
  };
}

const int = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : null);
export const splitList = (s: string) => Array.from(new Set(s.split(/[,，、;；\n]+/).map((x) => x.trim()).filter(Boolean)));

export function validatePosting(d: PostingDraft, { t }: Pick<I18n, 't'>): Partial<Record<PostingField, string>> {
  const p: Partial<Record<PostingField, string>> = {};
  const title = d.title.trim();
  if (title.length < 2 || title.length > 80) p.title = t('editor.titleInvalid');
  const description = d.description.trim();
  if (description.length < 10 || description.length > 5000) p.description = t('editor.descriptionInvalid');
  if (!d.employmentForm) p.employmentForm = t('editor.formRequired');
  const openings = int(d.openings);
  if (openings == null || openings < 1 || openings > 10000) p.openings = t('editor.openingsInvalid');
  const min = int(d.salaryMin);
  const max = int(d.salaryMax);
  if (d.salaryMin.trim() && min == null) p.salaryMin = t('editor.salaryInvalid');
  if (d.salaryMax.trim() && max == null) p.salaryMax = t('editor.salaryInvalid');
  else if (min != null && max != null && max < min) p.salaryMax = t('editor.salaryRange');
  const skills = splitList(d.skills);
  if (skills.length > 20 || skills.some((s) => s.length > 30)) p.skills = t('editor.skillsInvalid');
  if (!d.countyCode) p.countyCode = t('org.countyRequired');
  const address = d.address.trim();
  if (address.length < 2 || address.length > 200) p.address = t('editor.addressInvalid');
  if (d.deadline.trim()) {
    const date = normalizeDate(d.deadline);
    const today = new Date().toISOString().slice(0, 10);
    if (!date) p.deadline = t('editor.deadlineInvalid');
    else if (date < today) p.deadline = t('editor.deadlinePast');
  }
  if (d.relaxationNote.length > 500) p.relaxationNote = t('form.tooLong', { max: 500 });
  if (d.easyRead.length > 1000) p.easyRead = t('form.tooLong', { max: 1000 });
  return p;
}

export function toPostingInput(d: PostingDraft): PostingInput {
  return {
    title: d.title.trim(), description: d.description.trim(), employmentForm: d.employmentForm as EmploymentForm,
    openings: int(d.openings) ?? 1, salaryMin: int(d.salaryMin), salaryMax: int(d.salaryMax), educationRequired: d.educationRequired,
    skills: splitList(d.skills), countyCode: d.countyCode, address: d.address.trim(),
    deadline: d.deadline.trim() ? normalizeDate(d.deadline) ?? d.deadline.trim() : null, reserved: d.reserved, demands: d.demands,
    supports: d.supports, suitableCategories: d.suitableCategories, relaxedAge: d.relaxedAge, relaxedHousehold: d.relaxedHousehold,
    relaxedExamRatio: d.relaxedExamRatio, relaxationNote: d.relaxationNote.trim(), easyRead: d.easyRead.trim(),
  };
}
