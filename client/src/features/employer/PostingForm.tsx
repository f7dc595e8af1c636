// The fields of the posting editor, in three groups: the job, the accessibility checklist, and the
// plain-language summary.
import { useCountyOptions } from '../../components/counties';
import { CheckboxField, ChoiceGroup, SelectField, TextArea, TextField } from '../../components/fields';
import type { DisabilityCategory, Education, JobDemand, WorkplaceSupport } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { DISABILITY_CATEGORIES, EDUCATIONS, EMPLOYMENT_FORMS, JOB_DEMANDS, WORKPLACE_SUPPORTS } from '../../lib/enums';
import { AccessibilityChecklist } from './AccessibilityChecklist';
import type { PostingDraft, PostingField } from './posting-draft';
import { useMark } from '../../components/Lang';

export function PostingForm({ d, set, errors }: {
  d: PostingDraft;
  set: <K extends keyof PostingDraft>(k: K, v: PostingDraft[K]) => void;
  errors: Partial<Record<PostingField, string>>;
}) {
  const mark = useMark();
  const { t, label } = useI18n();
  const counties = useCountyOptions();
  return mark(
    <>
      <h2>{t('editor.jobSection')}</h2>
      <TextField id="pe-title" label={t('editor.title')} hint={t('editor.titleHint')} required error={errors.title}
        value={d.title} maxLength={80} onChange={(e) => set('title', e.currentTarget.value)} />
      <TextArea id="pe-description" label={t('editor.description')} hint={t('editor.descriptionHint')} required
        error={errors.description} value={d.description} rows={6} onChange={(e) => set('description', e.currentTarget.value)} />
      <SelectField id="pe-form" label={t('posting.form')} required error={errors.employmentForm} value={d.employmentForm}
        placeholder={t('form.choose')} onChange={(e) => set('employmentForm', e.currentTarget.value as PostingDraft['employmentForm'])}
        options={EMPLOYMENT_FORMS.map((f) => ({ value: f, label: label('EmploymentForm', f) }))} />
      <TextField id="pe-openings" label={t('editor.openings')} required className="short" inputMode="numeric"
        error={errors.openings} value={d.openings} onChange={(e) => set('openings', e.currentTarget.value)} />
      <TextField id="pe-salary-min" label={t('editor.salaryMin')} hint={t('editor.salaryHint')} className="short" inputMode="numeric"
        error={errors.salaryMin} value={d.salaryMin} onChange={(e) => set('salaryMin', e.currentTarget.value)} />
      <TextField id="pe-salary-max" label={t('editor.salaryMax')} hint={t('editor.salaryHint')} className="short" inputMode="numeric"
        error={errors.salaryMax} value={d.salaryMax} onChange={(e) => set('salaryMax', e.currentTarget.value)} />
      <SelectField id="pe-education" label={t('posting.education')} error={errors.educationRequired} value={d.educationRequired}
        onChange={(e) => set('educationRequired', e.currentTarget.value as Education)}
        options={EDUCATIONS.map((x) => ({ value: x, label: x === 'NONE' ? t('posting.educationNone') : label('Education', x) }))} />
      <TextField id="pe-skills" label={t('posting.skills')} hint={t('profile.skillsHint')} error={errors.skills}
        value={d.skills} onChange={(e) => set('skills', e.currentTarget.value)} />
      <SelectField id="pe-county" label={t('editor.county')} required error={errors.countyCode} value={d.countyCode}
        placeholder={t('form.choose')} options={counties.options} onChange={(e) => set('countyCode', e.currentTarget.value)} />
      <TextField id="pe-address" label={t('editor.address')} hint={t('editor.addressHint')} required error={errors.address}
        value={d.address} maxLength={200} onChange={(e) => set('address', e.currentTarget.value)} />
      <TextField id="pe-deadline" label={t('posting.deadline')} hint={t('editor.deadlineHint')} className="short" inputMode="numeric"
        error={errors.deadline} value={d.deadline} onChange={(e) => set('deadline', e.currentTarget.value)} />
      <CheckboxField id="pe-reserved" label={t('editor.reserved')} hint={t('editor.reservedHint')} checked={d.reserved}
        onChange={(v) => set('reserved', v)} />

      <h2>{t('editor.accessibilitySection')}</h2>
      <p>{t('editor.accessibilityIntro')}</p>
      <ChoiceGroup id="pe-demands" name="demands" type="checkbox" legend={t('editor.demands')} hint={t('editor.demandsHint')}
        error={errors.demands} value={d.demands} columns onChange={(v) => set('demands', v as JobDemand[])}
        choices={JOB_DEMANDS.map((x) => ({ value: x, label: label('JobDemand', x) }))} />
      <ChoiceGroup id="pe-supports" name="supports" type="checkbox" legend={t('editor.supports')} hint={t('editor.supportsHint')}
        error={errors.supports} value={d.supports} columns onChange={(v) => set('supports', v as WorkplaceSupport[])}
        choices={WORKPLACE_SUPPORTS.map((x) => ({ value: x, label: label('WorkplaceSupport', x) }))} />
      <AccessibilityChecklist demands={d.demands} supports={d.supports} />
      <ChoiceGroup id="pe-categories" name="suitableCategories" type="checkbox" legend={t('editor.categories')}
        hint={t('editor.categoriesHint')} error={errors.suitableCategories} value={d.suitableCategories} columns
        onChange={(v) => set('suitableCategories', v as DisabilityCategory[])}
        choices={DISABILITY_CATEGORIES.map((x) => ({ value: x, label: label('DisabilityCategory', x) }))} />

      <h2>{t('editor.relaxedSection')}</h2>
      <CheckboxField id="pe-relax-age" label={t('posting.relaxedAge')} checked={d.relaxedAge} onChange={(v) => set('relaxedAge', v)} />
      <CheckboxField id="pe-relax-household" label={t('posting.relaxedHousehold')} checked={d.relaxedHousehold}
        onChange={(v) => set('relaxedHousehold', v)} />
      <CheckboxField id="pe-relax-exam" label={t('posting.relaxedExamRatio')} checked={d.relaxedExamRatio}
        onChange={(v) => set('relaxedExamRatio', v)} />
      <TextArea id="pe-relax-note" label={t('editor.relaxationNote')} error={errors.relaxationNote} value={d.relaxationNote} rows={2}
        onChange={(e) => set('relaxationNote', e.currentTarget.value)} />

      <h2>{t('editor.easyReadSection')}</h2>
      <TextArea id="pe-easy-read" label={t('editor.easyRead')} hint={t('editor.easyReadHint')} error={errors.easyRead}
        value={d.easyRead} rows={5} onChange={(e) => set('easyRead', e.currentTarget.value)} />
    </>
  );
}
