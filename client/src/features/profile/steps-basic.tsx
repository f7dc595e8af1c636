// Wizard steps: consent (why disability data is asked for, who sees it) and the basic facts.
import { useCountyOptions } from '../../components/counties';
import { ChoiceGroup, SelectField, TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import type { ConsentPurpose } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { CONSENT_PURPOSES, GENDERS, RESIDENCES } from '../../lib/enums';
import type { StepProps } from './ProfileWizard';
import { useMark } from '../../components/Lang';

const CONSENT_TEXT: Record<ConsentPurpose, [MessageKey, MessageKey]> = {
  SENSITIVE_DATA: ['consent.sensitive', 'consent.sensitiveHint'],
  JOB_MATCHING: ['consent.matching', 'consent.matchingHint'],
  DISCOVERABLE: ['consent.discoverable', 'consent.discoverableHint'],
  SHARE_WITH_EMPLOYERS: ['consent.share', 'consent.shareHint'],
  ACT_ON_BEHALF: ['consent.actOnBehalf', 'consent.actOnBehalfHint'],
};

export function ConsentStep({ draft, update, errors, hadDisabilityData }: StepProps & { hadDisabilityData: boolean }) {
  const mark = useMark();
  const { t } = useI18n();
  const withdrawing = hadDisabilityData && !draft.consents.includes('SENSITIVE_DATA');
  return mark(
    <>
      <p>{t('consent.intro')}</p>
      <h2>{t('consent.whyTitle')}</h2>
      <p>{t('consent.why')}</p>
      <h2>{t('consent.whoTitle')}</h2>
      <ul>
        <li>{t('consent.whoYou')}</li>
        <li>{t('consent.whoStaff')}</li>
        <li>{t('consent.whoEmployers')}</li>
        <li>{t('consent.whoNobodyElse')}</li>
      </ul>
      <ChoiceGroup
        id="consent"
        name="consents"
        type="checkbox"
        legend={t('consent.legend')}
        legendClassName="page-legend"
        hint={t('consent.legendHint')}
        error={errors.consents}
        value={draft.consents}
        onChange={(v) => update({ consents: v as ConsentPurpose[] })}
        choices={CONSENT_PURPOSES.map((p) => ({ value: p, label: t(CONSENT_TEXT[p][0]), hint: t(CONSENT_TEXT[p][1]) }))}
      />
      {withdrawing && <Notice tone="warning"><p>{t('consent.withdrawWarning')}</p></Notice>}
      <p>{t('consent.optional')}</p>
    </>
  );
}

export function AboutStep({ draft, update, errors }: StepProps) {
  const mark = useMark();
  const { t, label } = useI18n();
  const counties = useCountyOptions();
  return mark(
    <>
      <TextField id="profile-name" label={t('profile.name')} required error={errors.name} value={draft.name}
        onChange={(e) => update({ name: e.currentTarget.value })} autoComplete="name" maxLength={50} />
      <ChoiceGroup id="profile-gender" name="gender" type="radio" legend={t('profile.gender')} required error={errors.gender}
        value={draft.gender} onChange={(v) => update({ gender: v as StepProps['draft']['gender'] })}
        choices={GENDERS.map((g) => ({ value: g, label: label('Gender', g) }))} />
      <TextField id="profile-birth" label={t('profile.birthDate')} hint={t('profile.birthDateHint')} required className="short"
        error={errors.birthDate} value={draft.birthDate} inputMode="numeric" autoComplete="bday"
        onChange={(e) => update({ birthDate: e.currentTarget.value })} />
      <SelectField id="profile-county" label={t('profile.county')} hint={t('profile.countyHint')} required error={errors.countyCode}
        value={draft.countyCode} placeholder={t('form.choose')} options={counties.options}
        onChange={(e) => update({ countyCode: e.currentTarget.value })} />
      <ChoiceGroup id="profile-residence" name="residence" type="radio" legend={t('profile.residence')} required
        error={errors.residence} value={draft.residence} onChange={(v) => update({ residence: v as StepProps['draft']['residence'] })}
        choices={RESIDENCES.map((r) => ({ value: r, label: label('Residence', r) }))} />
      <TextField id="profile-phone" label={t('profile.phone')} hint={t('profile.phoneHint')} error={errors.phone} className="short"
        value={draft.phone} type="tel" inputMode="tel" autoComplete="tel-national" onChange={(e) => update({ phone: e.currentTarget.value })} />
    </>
  );
}
