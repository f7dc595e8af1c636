// On the person's services page: what staff may do for the person at the counter, when the person agreed to
// it ("残联工作人员可以代我办理"); without that consent the actions are shown but not available, and why. A
// person who signed the consent on paper (often someone without an account) has it recorded here, with its date.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonLink, ButtonRow } from '../../../components/Button';
import { TextField } from '../../../components/fields';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { todayIso } from './casework-rules';
import { useMark } from '../../../components/Lang';

export const RECORD_SIGNED_CONSENT = graphql(`
  mutation RecordSignedConsentOnBehalf($seekerId: ID!, $granted: Boolean!, $signedOn: String!) {
    recordSignedConsentOnBehalf(seekerId: $seekerId, granted: $granted, signedOn: $signedOn) { id consents }
  }
`);

export function OnBehalfSection({ seekerId, name, consented, onChanged }: {
  seekerId: string; name: string; consented: boolean; onChanged: () => void;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const actions = [
    ['apply', t('onBehalf.action.apply')],
    ['register', t('onBehalf.action.register')],
    ['profile', t('onBehalf.action.profile')],
    ['enrol', t('training.onBehalf.action')],
  ] as const;
  return mark(
    <section aria-labelledby="on-behalf-title">
      <h2 id="on-behalf-title">{t('onBehalf.section.title')}</h2>
      {consented ? (
        <>
          <p>{t('onBehalf.section.consented', { name })}</p>
          <ButtonRow>
            {actions.map(([path, text]) => (
              <ButtonLink key={path} variant="secondary" to={`/staff/seekers/${seekerId}/${path}`}>{text}</ButtonLink>
            ))}
          </ButtonRow>
        </>
      ) : (
        <>
          <p id="on-behalf-why">{t('onBehalf.noConsent', { name })}</p>
          <ButtonRow>
            {actions.map(([path, text]) => (
              <Button key={path} variant="secondary" aria-disabled="true" aria-describedby="on-behalf-why">{text}</Button>
            ))}
          </ButtonRow>
          <PaperConsentForm seekerId={seekerId} name={name} onRecorded={onChanged} />
        </>
      )}
    </section>
  );
}

function PaperConsentForm({ seekerId, name, onRecorded }: { seekerId: string; name: string; onRecorded: () => void }) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const [record, { loading }] = useMutation(RECORD_SIGNED_CONSENT);
  const [signedOn, setSignedOn] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const date = signedOn.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setError(t('onBehalf.paper.dateFormat', { example: todayIso() }));
      document.getElementById('ob-signed-on')?.focus();
      return;
    }
    try {
      await record({ variables: { seekerId, granted: true, signedOn: date } });
      setError(undefined);
      announce(t('onBehalf.paper.recorded', { name }));
      onRecorded();
    } catch (err) {
      const r = describeError(err);
      setError(Object.values(r.fields)[0] ?? r.message ?? t('error.generic'));
      document.getElementById('ob-signed-on')?.focus();
    }
  };

  return mark(
    <form onSubmit={submit} noValidate aria-labelledby="ob-paper-title">
      <h3 id="ob-paper-title">{t('onBehalf.paper.title')}</h3>
      <p className="hint">{t('onBehalf.paper.hint', { name })}</p>
      <TextField id="ob-signed-on" label={t('onBehalf.paper.date')} required error={error} className="medium" autoComplete="off"
        hint={t('onBehalf.paper.dateHint', { example: todayIso() })} value={signedOn} onChange={(x) => setSignedOn(x.currentTarget.value)} />
      <Button type="submit" variant="secondary" aria-disabled={loading || undefined}>{t('onBehalf.paper.submit')}</Button>
    </form>
  );
}
