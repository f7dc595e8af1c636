// The gate for federation staff pages (STAFF or ADMIN), in the manner of RequireRole: it explains and links
// to sign-in instead of redirecting silently.
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ButtonLink } from '../../../components/Button';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useSession } from '../../../components/session';
import { useI18n } from '../../../i18n/I18nProvider';

export function RequireStaff({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <Page title={t('gate.signInTitle')}>
        <p>{t('events.gate.signInStaff')}</p>
        <p><ButtonLink to={`/sign-in?next=${next}`}>{t('nav.signIn')}</ButtonLink></p>
      </Page>
    );
  }
  if (me.role !== 'STAFF' && me.role !== 'ADMIN') {
    return (
      <Page title={t('gate.wrongRoleTitle')}>
        <p>{t('events.gate.onlyStaff')}</p>
        <p><ButtonLink to="/" variant="secondary">{t('nav.home')}</ButtonLink></p>
      </Page>
    );
  }
  return <>{children}</>;
}
