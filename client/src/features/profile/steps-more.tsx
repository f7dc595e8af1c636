// Wizard steps: skills and education, job preferences, and the review before saving.
import { Link } from 'react-router';
import { useCountyOptions } from '../../components/counties';
import { ChoiceGroup, SelectField, TextArea, TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import type { ConsentPurpose, EmploymentForm } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { EDUCATIONS, EMPLOYMENT_FORMS, EMPLOYMENT_STATUSES } from '../../lib/enums';
import { normalizeDate } from '../../lib/identity-numbers';
import { splitSkills, type StepId } from './draft';
import type { StepProps } from './ProfileWizard';
import { useMark } from '../../components/Lang';

export function SkillsStep({ draft, update, errors }: StepProps) {
  const mark = useMark();
  const { t, label } = useI18n();
  return mark(
    <>
      <TextField id="profile-skills" label={t('profile.skills')} hint={t('profile.skillsHint')} error={errors.skills}
        value={draft.skills} onChange={(e) => update({ skills: e.currentTarget.value })} />
      <SelectField id="profile-education" label={t('profile.education')} error={errors.education} value={draft.education}
        onChange={(e) => update({ education: e.currentTarget.value as StepProps['draft']['education'] })}
        options={EDUCATIONS.map((x) => ({ value: x, label: label('Education', x) }))} />
      <TextField id="profile-school" label={t('profile.school')} hint={t('profile.schoolHint')} error={errors.graduateSchool}
        value={draft.graduateSchool} onChange={(e) => update({ graduateSchool: e.currentTarget.value })} maxLength={100} />
      <TextField id="profile-grad-year" label={t('profile.gradYear')} hint={t('profile.gradYearHint')} error={errors.graduateYear}
        className="short" inputMode="numeric" value={draft.graduateYear} onChange={(e) => update({ graduateYear: e.currentTarget.value })} />
      <TextArea id="profile-experience" label={t('profile.experience')} hint={t('profile.experienceHint')} error={errors.experience}
        value={draft.experience} rows={5} onChange={(e) => update({ experience: e.currentTarget.value })} />
      <SelectField id="profile-employment" label={t('profile.employmentStatus')} error={errors.employmentStatus}
        value={draft.employmentStatus} onChange={(e) => update({ employmentStatus: e.currentTarget.value as StepProps['draft']['employmentStatus'] })}
        options={EMPLOYMENT_STATUSES.map((x) => ({ value: x, label: label('EmploymentStatus', x) }))} />
    </>
  );
}

export function PreferencesStep({ draft, update, errors }: StepProps) {
  const mark = useMark();
  const { t, label } = useI18n();
  const counties = useCountyOptions();
  return mark(
    <>
      <ChoiceGroup id="profile-forms" name="preferredForms" type="checkbox" legend={t('profile.preferredForms')}
        hint={t('profile.preferredFormsHint')} error={errors.preferredForms} value={draft.preferredForms} columns
        onChange={(v) => update({ preferredForms: v as EmploymentForm[] })}
        choices={EMPLOYMENT_FORMS.map((f) => ({ value: f, label: label('EmploymentForm', f) }))} />
      <ChoiceGroup id="profile-counties" name="preferredCounties" type="checkbox" legend={t('profile.preferredCounties')}
        hint={t('profile.preferredCountiesHint')} error={errors.preferredCounties} value={draft.preferredCounties} columns
        onChange={(v) => update({ preferredCounties: v as string[] })} choices={counties.options} />
      <TextField id="profile-pay" label={t('profile.payMin')} hint={t('profile.payMinHint')} error={errors.payMin} className="short"
        inputMode="numeric" value={draft.payMin} onChange={(e) => update({ payMin: e.currentTarget.value })} />
    </>
  );
}

const CONSENT_SHORT: Record<ConsentPurpose, MessageKey> = {
  SENSITIVE_DATA: 'consent.sensitive', JOB_MATCHING: 'consent.matching', DISCOVERABLE: 'consent.discoverable',
  SHARE_WITH_EMPLOYERS: 'consent.share', ACT_ON_BEHALF: 'consent.actOnBehalf',
};

export function ReviewStep({ draft, steps }: StepProps & { steps: StepId[] }) {
  const mark = useMark();
  const { t, label, formatDate, formatNumber } = useI18n();
  const counties = useCountyOptions();
  const none = t('common.none');
  const join = (xs: readonly string[]) => (xs.length ? xs.join(t('common.listSeparator')) : none);
  const birth = normalizeDate(draft.birthDate);
  const change = (step: StepId, what: string) => (
    <Link to={`?step=${step}`}>{t('review.change')}<span className="visually-hidden">{t('common.colon')}{what}</span></Link>
  );
  return mark(
    <>
      <p>{t('review.intro')}</p>

      <h2>{t('wizard.consent')}</h2>
      <ul>{draft.consents.length ? draft.consents.map((c) => <li key={c}>{t(CONSENT_SHORT[c])}</li>) : <li>{t('review.noConsent')}</li>}</ul>
      {/* staff acting for the person see the consents but cannot change them */}
      {steps.includes('consent') && <p>{change('consent', t('wizard.consent'))}</p>}

      <h2>{t('wizard.about')}</h2>
      <dl className="summary-list">
        <dt>{t('profile.name')}</dt><dd>{draft.name}</dd>
        <dt>{t('profile.gender')}</dt><dd>{draft.gender ? label('Gender', draft.gender) : none}</dd>
        <dt>{t('profile.birthDate')}</dt><dd>{birth ? formatDate(birth) : draft.birthDate}</dd>
        <dt>{t('profile.county')}</dt><dd>{draft.countyCode ? counties.nameOf(draft.countyCode) : none}</dd>
        <dt>{t('profile.residence')}</dt><dd>{draft.residence ? label('Residence', draft.residence) : none}</dd>
        <dt>{t('profile.phoneShort')}</dt><dd>{draft.phone || none}</dd>
      </dl>
      <p>{change('about', t('wizard.about'))}</p>

      {steps.includes('disability') && (
        <>
          <h2>{t('wizard.disability')}</h2>
          <dl className="summary-list">
            <dt>{t('profile.certificateShort')}</dt>
            <dd>{draft.certificateNumber.trim() || draft.storedCertificate || none}</dd>
            <dt>{t('profile.category')}</dt><dd>{draft.category ? label('DisabilityCategory', draft.category) : none}</dd>
            <dt>{t('profile.level')}</dt><dd>{draft.level ? label('DisabilityLevel', draft.level as '1') : none}</dd>
          </dl>
          <p>{change('disability', t('wizard.disability'))}</p>
          <h2>{t('wizard.needs')}</h2>
          <dl className="summary-list">
            <dt>{t('needs.cannotDoShort')}</dt><dd>{join(draft.cannotDo.map((d) => label('JobDemand', d)))}</dd>
            <dt>{t('needs.mustShort')}</dt><dd>{join(draft.supportsMust.map((s) => label('WorkplaceSupport', s)))}</dd>
            <dt>{t('needs.niceShort')}</dt><dd>{join(draft.supportsNice.map((s) => label('WorkplaceSupport', s)))}</dd>
          </dl>
          <p>{change('needs', t('wizard.needs'))}</p>
        </>
      )}
      {!steps.includes('disability') && <Notice><p>{t('review.noDisabilityData')}</p></Notice>}

      <h2>{t('wizard.skills')}</h2>
      <dl className="summary-list">
        <dt>{t('profile.skills')}</dt><dd>{join(splitSkills(draft.skills))}</dd>
        <dt>{t('profile.education')}</dt><dd>{label('Education', draft.education)}</dd>
        <dt>{t('profile.schoolShort')}</dt><dd>{draft.graduateSchool || none}</dd>
        <dt>{t('profile.gradYearShort')}</dt><dd>{draft.graduateYear || none}</dd>
        <dt>{t('profile.experienceShort')}</dt><dd>{draft.experience || none}</dd>
        <dt>{t('profile.employmentStatus')}</dt><dd>{label('EmploymentStatus', draft.employmentStatus)}</dd>
      </dl>
      <p>{change('skills', t('wizard.skills'))}</p>

      <h2>{t('wizard.preferences')}</h2>
      <dl className="summary-list">
        <dt>{t('profile.preferredForms')}</dt><dd>{join(draft.preferredForms.map((f) => label('EmploymentForm', f)))}</dd>
        <dt>{t('profile.preferredCounties')}</dt><dd>{join(draft.preferredCounties.map((c) => counties.nameOf(c)))}</dd>
        <dt>{t('profile.payMinShort')}</dt><dd>{/^\d+$/.test(draft.payMin) ? t('posting.payFixed', { amount: formatNumber(Number(draft.payMin)) }) : none}</dd>
      </dl>
      <p>{change('preferences', t('wizard.preferences'))}</p>
    </>
  );
}
