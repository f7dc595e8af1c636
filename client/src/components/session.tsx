// Who is signed in (the `me` query, shared by the header and every page that needs a role), and a gate
// for pages that need one: it explains and links to sign-in instead of redirecting silently.
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { ButtonLink } from './Button';
import { Loading } from './Loading';
import { Page } from './Page';

export const ME = graphql(`
  query Me {
    me { id displayName role locale phone email scopeCountyCode mustChangePassword }
  }
`);

export function useSession() {
  const { data, loading, refetch } = useQuery(ME, { fetchPolicy: 'cache-first' });
  return { me: data?.me ?? null, loading: loading && !data, refetch };
}

export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { me, loading } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <Page title={t('gate.signInTitle')}>
        <p>{t(role === 'EMPLOYER' ? 'gate.signInEmployer' : 'gate.signInSeeker')}</p>
        <p><ButtonLink to={`/sign-in?next=${next}`}>{t('nav.signIn')}</ButtonLink></p>
        <p><Link to={`/sign-up?role=${role}`}>{t('gate.noAccount')}</Link></p>
      </Page>
    );
  }
  if (me.role !== role) {
    return (
      <Page title={t('gate.wrongRoleTitle')}>
        <p>{t(role === 'EMPLOYER' ? 'gate.onlyEmployers' : 'gate.onlySeekers')}</p>
        <p><ButtonLink to="/" variant="secondary">{t('nav.home')}</ButtonLink></p>
      </Page>
    );
  }
  return <>{children}</>;
}
