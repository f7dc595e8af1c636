// The gate for pages every signed-in person has (notifications), in the manner of RequireRole.
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { ButtonLink } from '../../../components/Button';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useSession } from '../../../components/session';
import { useI18n } from '../../../i18n/I18nProvider';

export function RequireSignedIn({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <Page title={t('gate.signInTitle')}>
        <p>{t('events.gate.signInAny')}</p>
        <p><ButtonLink to={`/sign-in?next=${next}`}>{t('nav.signIn')}</ButtonLink></p>
        <p><Link to="/sign-up">{t('gate.noAccount')}</Link></p>
      </Page>
    );
  }
  return <>{children}</>;
}
