// The vocabulary in one language, as one plain object: what the GraphQL query answers and what the client file holds.
import { JOB_DEMANDS, WORKPLACE_SUPPORTS, type JobDemand, type VocabularyLocale, type WorkplaceSupport } from './codes.js';
import { demandEasyRead, demandLabel, supportEasyRead, supportLabel } from './labels.js';
import { BARRIER_REMOVED_BY } from './rules.js';
import { EDUCATIONS, EDUCATION_WORDS, EMPLOYMENT_FORMS, FORM_WORDS } from './work-terms.js';
import type { Education, EmploymentForm } from '../common/domain.js';

export interface VocabularyView {
  locale: VocabularyLocale;
  demands: Array<{ code: JobDemand; label: string; easyRead: string; removedBy: WorkplaceSupport[] }>;
  supports: Array<{ code: WorkplaceSupport; label: string; easyRead: string }>;
  employmentForms: Array<{ code: EmploymentForm; label: string; phrase: string }>;
  educations: Array<{ code: Education; label: string; phrase: string }>;
}

export function vocabularyIn(locale: VocabularyLocale): VocabularyView {
  return {
    locale,
    demands: JOB_DEMANDS.map((code) => ({
      code, label: demandLabel(code, locale), easyRead: demandEasyRead(code, locale), removedBy: [...BARRIER_REMOVED_BY[code]],
    })),
    supports: WORKPLACE_SUPPORTS.map((code) => ({ code, label: supportLabel(code, locale), easyRead: supportEasyRead(code, locale) })),
    employmentForms: EMPLOYMENT_FORMS.map((code) => ({ code, ...FORM_WORDS[code][locale] })),
    educations: EDUCATIONS.map((code) => ({ code, ...EDUCATION_WORDS[code][locale] })),
  };
}
