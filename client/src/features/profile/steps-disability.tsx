// Wizard steps about disability: the certificate number (checked as it is typed), category and level,
// then what the person cannot do and which supports they need, pre-filled from the category.
import { useLazyQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useAnnounce } from '../../components/Announcer';
import { Button } from '../../components/Button';
import { ChoiceGroup, TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import type { DisabilityCategory, JobDemand, WorkplaceSupport } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { DISABILITY_CATEGORIES, DISABILITY_LEVELS, JOB_DEMANDS, WORKPLACE_SUPPORTS } from '../../lib/enums';
import { checkCertificate, normalizeDate } from '../../lib/identity-numbers';
import { certificateMessage } from './draft';
import { CATEGORY_DEFAULTS } from './profile.operations';
import type { StepProps } from './ProfileWizard';
import { useMark } from '../../components/Lang';

export function DisabilityStep({ draft, update, errors }: StepProps) {
  const mark = useMark();
  const i18n = useI18n();
  const { t, label, formatDate } = i18n;
  const [blurred, setBlurred] = useState(false);
  const raw = draft.certificateNumber;
  const check = checkCertificate(raw);
  // while typing, only certain problems; after leaving the field, also "too short"
  const typingProblem = raw.trim() ? certificateMessage(raw, i18n, !blurred) : null;
  const error = errors.certificateNumber ?? typingProblem ?? undefined;
  const ok = check.ok ? t('cert.valid', {
    category: label('DisabilityCategory', check.value.category),
    level: label('DisabilityLevel', String(check.value.level) as '1'),
    birth: formatDate(check.value.birthDate),
  }) : null;

  const onCertificate = (value: string) => {
    const c = checkCertificate(value);
    const change: Partial<StepProps['draft']> = { certificateNumber: value };
    if (c.ok) {
      // the number says category, level, birth date and gender: fill them in (the person can still see them)
      change.category = c.value.category;
      change.level = String(c.value.level);
      if (!normalizeDate(draft.birthDate)) change.birthDate = c.value.birthDate;
      if (!draft.gender) change.gender = c.value.gender;
    }
    update(change);
  };

  return mark(
    <>
      <p>{t('disability.intro')}</p>
      {draft.storedCertificate && <p>{t('disability.stored', { masked: draft.storedCertificate })}</p>}
      <TextField
        id="profile-cert"
        label={t('profile.certificate')}
        hint={ok ?? t(draft.storedCertificate ? 'profile.certificateHintStored' : 'profile.certificateHint')}
        liveHint
        liveError
        error={error}
        value={raw}
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        maxLength={24}
        onChange={(e) => onCertificate(e.currentTarget.value)}
        onBlur={() => setBlurred(true)}
        onFocus={() => setBlurred(false)}
      />
      <ChoiceGroup id="profile-category" name="category" type="radio" legend={t('profile.category')} hint={t('profile.categoryHint')}
        error={errors.category} value={draft.category} columns
        onChange={(v) => update({ category: v as DisabilityCategory, needsReviewed: draft.category === v ? draft.needsReviewed : false })}
        choices={DISABILITY_CATEGORIES.map((c) => ({ value: c, label: label('DisabilityCategory', c) }))} />
      <ChoiceGroup id="profile-level" name="level" type="radio" legend={t('profile.level')} hint={t('profile.levelHint')}
        error={errors.level} value={draft.level} onChange={(v) => update({ level: v as string })}
        choices={DISABILITY_LEVELS.map((l) => ({ value: String(l), label: label('DisabilityLevel', String(l) as '1') }))} />
    </>
  );
}

export function NeedsStep({ draft, update, errors }: StepProps) {
  const mark = useMark();
  const { t, label } = useI18n();
  const announce = useAnnounce();
  const [loadDefaults] = useLazyQuery(CATEGORY_DEFAULTS);
  const [suggested, setSuggested] = useState(false);

  const applyDefaults = async (silent: boolean) => {
    if (!draft.category) return;
    const { data } = await loadDefaults({ variables: { category: draft.category } });
    if (!data) return;
    update({
      cannotDo: [...data.categoryDefaults.cannotDo],
      supportsMust: [...data.categoryDefaults.supportsMust],
      supportsNice: [...data.categoryDefaults.supportsNice],
      needsReviewed: true,
    });
    setSuggested(true);
    if (!silent) announce(t('needs.suggestionsApplied'));
  };

  // the first visit with a category and nothing chosen yet: start from the category's usual needs
  useEffect(() => {
    if (!draft.needsReviewed && draft.category && !draft.cannotDo.length && !draft.supportsMust.length && !draft.supportsNice.length) {
      void applyDefaults(true);
    } else if (!draft.needsReviewed) {
      update({ needsReviewed: true });
    }
    // once, when the step opens: the dependencies are left out on purpose
  }, []);

  return mark(
    <>
      <p>{t('needs.intro')}</p>
      {suggested && draft.category && (
        <Notice><p>{t('needs.suggested', { category: label('DisabilityCategory', draft.category) })}</p></Notice>
      )}
      {draft.category && (
        <p><Button variant="secondary" onClick={() => void applyDefaults(false)}>{t('needs.applySuggestions')}</Button></p>
      )}
      <ChoiceGroup id="profile-cannot" name="cannotDo" type="checkbox" legend={t('needs.cannotDo')} hint={t('needs.cannotDoHint')}
        error={errors.cannotDo} value={draft.cannotDo} columns onChange={(v) => update({ cannotDo: v as JobDemand[] })}
        choices={JOB_DEMANDS.map((d) => ({ value: d, label: label('JobDemand', d) }))} />
      <ChoiceGroup id="profile-must" name="supportsMust" type="checkbox" legend={t('needs.must')} hint={t('needs.mustHint')}
        error={errors.supportsMust} value={draft.supportsMust} columns onChange={(v) => update({ supportsMust: v as WorkplaceSupport[] })}
        choices={WORKPLACE_SUPPORTS.map((s) => ({ value: s, label: label('WorkplaceSupport', s) }))} />
      <ChoiceGroup id="profile-nice" name="supportsNice" type="checkbox" legend={t('needs.nice')} hint={t('needs.niceHint')}
        error={errors.supportsNice} value={draft.supportsNice} columns onChange={(v) => update({ supportsNice: v as WorkplaceSupport[] })}
        choices={WORKPLACE_SUPPORTS.map((s) => ({ value: s, label: label('WorkplaceSupport', s) }))} />
    </>
  );
}
