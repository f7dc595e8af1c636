// The seeker profile, one question group per step: consent first, then about you, disability and needs
// (only with consent), skills, preferences, and a review before saving. Nothing is saved until the last
// step; the steps are in the address so the back button works.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button, ButtonRow } from '../../components/Button';
import { ErrorSummary, focusField } from '../../components/ErrorSummary';
import { useFormDraft } from '../../components/form-draft';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useSession } from '../../components/session';
import { useFormErrors } from '../../components/useFormErrors';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { draftFromProfile, FIELDS, STEP_OF_TARGET, stepsFor, toInput, validateStep, type Draft, type Field, type StepId } from './draft';
import { MY_PROFILE, SAVE_PROFILE, UPDATE_PROFILE_ON_BEHALF } from './profile.operations';
import { AboutStep, ConsentStep } from './steps-basic';
import { DisabilityStep, NeedsStep } from './steps-disability';
import { PreferencesStep, ReviewStep, SkillsStep } from './steps-more';
import { useMark } from '../../components/Lang';

const STEP_NAME: Record<StepId, MessageKey> = {
  consent: 'wizard.consent', about: 'wizard.about', disability: 'wizard.disability', needs: 'wizard.needs',
  skills: 'wizard.skills', preferences: 'wizard.preferences', review: 'wizard.review',
};

const ORDER = FIELDS.map(([f, target]) => [f, target] as const);

export function ProfileWizard() {
  const { data, loading, error } = useQuery(MY_PROFILE, { fetchPolicy: 'network-only' });
  const { me, loading: sessionLoading } = useSession();
  const { t } = useI18n();
  if ((loading && !data) || sessionLoading) return <Loading />;
  if (error) return <Notice tone="error">{t('error.loadFailed')}</Notice>;
  return <Wizard initial={draftFromProfile(data?.myProfile, me?.displayName ?? '')} hadDisabilityData={!!data?.myProfile?.category} />;
}

export interface StepProps {
  draft: Draft;
  update: (change: Partial<Draft>) => void;
  errors: Partial<Record<Field, string>>;
}

/** Staff updating the profile for the person (who consented): no consent step, consents stay the person's. */
export interface OnBehalfOf { seekerId: string; name: string }

export function Wizard({ initial, hadDisabilityData, onBehalf }: { initial: Draft; hadDisabilityData: boolean; onBehalf?: OnBehalfOf }) {
  const mark = useMark();
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  // what was typed survives a lapsed sign-in, except the certificate number (never kept in the browser)
  const kept = useFormDraft<Partial<Draft>>();
  const [draft, setDraft] = useState<Draft>(() => ({ ...initial, ...kept.initial }));
  kept.track(draft);
  const [params, setParams] = useSearchParams();
  const steps = stepsFor(draft).filter((s) => !onBehalf || s !== 'consent');
  const asked = params.get('step') as StepId | null;
  const step: StepId = asked && steps.includes(asked) ? asked : steps[0];
  const index = steps.indexOf(step);
  const errors = useFormErrors<Field>(ORDER);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const [saveOwn, { loading: savingOwn }] = useMutation(SAVE_PROFILE);
  const [saveFor, { loading: savingFor }] = useMutation(UPDATE_PROFILE_ON_BEHALF);
  const saving = savingOwn || savingFor;

  // a summary link to a field on another step: focus it once that step is on screen (the address change
  // may commit after this state change)
  useEffect(() => {
    if (pendingFocus && document.getElementById(pendingFocus)) {
      focusField(pendingFocus);
      setPendingFocus(null);
    }
  }, [pendingFocus, step]);

  const update = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const goTo = (s: StepId) => setParams({ step: s });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (step !== 'review') {
      const problems = validateStep(step, draft, i18n);
      if (Object.keys(problems).length) return errors.fail(problems);
      errors.clear();
      return goTo(steps[index + 1]);
    }
    if (saving) return;
    // every step again: a step may have been skipped with the back button or by address
    for (const s of steps) {
      const problems = validateStep(s, draft, i18n);
      if (Object.keys(problems).length) return errors.fail(problems);
    }
    try {
      if (onBehalf) {
        await saveFor({ variables: { seekerId: onBehalf.seekerId, input: { ...toInput(draft), consents: undefined } } });
        kept.clear();
        navigate(`/staff/seekers/${onBehalf.seekerId}`, { state: { flash: t('onBehalf.profile.saved', { name: onBehalf.name }) } });
        return;
      }
      await saveOwn({
        variables: { input: toInput(draft) },
        update: (cache, { data }) => {
          if (data) cache.writeQuery({ query: MY_PROFILE, data: { myProfile: data.saveMyProfile } });
        },
      });
      kept.clear();
      navigate('/profile', { state: { flash: t('profile.saved') } });
    } catch (err) {
      if (kept.lapsedSignIn(err)) errors.fail({}, t('session.lapsedOnSubmit'));
      else errors.failFromServer(err, t('error.generic'));
    }
  };

  const onNavigate = (target: string) => {
    const s = STEP_OF_TARGET[target];
    if (s && s !== step) {
      goTo(s);
      setPendingFocus(target);
      return true;
    }
    return false;
  };

  const name = t(STEP_NAME[step]);
  const position = t('wizard.position', { n: index + 1, total: steps.length });
  const props: StepProps = { draft, update, errors: errors.fields };
  return mark(
    <Page title={onBehalf ? t('onBehalf.profile.pageTitle', { step: name, position, name: onBehalf.name }) : t('wizard.pageTitle', { name, position })}
      heading={name} hasErrors={errors.hasErrors} focusKey={step}>
      <p className="lead">{onBehalf ? t('onBehalf.profile.lead', { name: onBehalf.name }) : t('wizard.title')}{t('common.colon')}{position}</p>
      <ol className="steps" aria-label={t('wizard.stepsLabel')}>
        {steps.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>{i + 1}. {t(STEP_NAME[s])}</li>
        ))}
      </ol>
      {kept.restoredNotice && <Notice tone="success"><p>{kept.restoredNotice}</p></Notice>}
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} onNavigate={onNavigate}
        action={kept.signInAgain} />
      <form onSubmit={submit} noValidate>
        {step === 'consent' && <ConsentStep {...props} hadDisabilityData={hadDisabilityData} />}
        {step === 'about' && <AboutStep {...props} />}
        {step === 'disability' && <DisabilityStep {...props} />}
        {step === 'needs' && <NeedsStep {...props} />}
        {step === 'skills' && <SkillsStep {...props} />}
        {step === 'preferences' && <PreferencesStep {...props} />}
        {step === 'review' && <ReviewStep {...props} steps={steps} />}
        <ButtonRow>
          <Button type="submit" aria-disabled={saving || undefined}>{step === 'review' ? t('wizard.save') : t('wizard.next')}</Button>
          {index > 0 && <Button variant="secondary" onClick={() => goTo(steps[index - 1])}>{t('wizard.back')}</Button>}
        </ButtonRow>
      </form>
    </Page>
  );
}
