// On the person's services page: what staff may do for the person at the counter, when the person agreed to
// it ("残联工作人员可以代我办理"); without that consent the actions are shown but not available, and why.
import { Button, ButtonLink, ButtonRow } from '../../../components/Button';
import { useI18n } from '../../../i18n/I18nProvider';

export function OnBehalfSection({ seekerId, name, consented }: { seekerId: string; name: string; consented: boolean }) {
  const { t } = useI18n();
  const actions = [
    ['apply', t('onBehalf.action.apply')],
    ['register', t('onBehalf.action.register')],
    ['profile', t('onBehalf.action.profile')],
  ] as const;
  return (
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
        </>
      )}
    </section>
  );
}
