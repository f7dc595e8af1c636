// The frame of every page: skip link, header (language, display modes, account, navigation), the main
// landmark with a status area for messages carried over from the previous page, and the footer.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useAnnounce } from '../components/Announcer';
import { Button } from '../components/Button';
import { ME, useSession } from '../components/session';
import { SessionExpiry } from '../components/SessionExpiry';
import { clearAllDrafts } from '../lib/drafts';
import { PasswordChangeGate } from '../features/auth/PasswordChangeGate';
import { NotificationsLink } from '../features/events/notifications/NotificationsLink';
import { CheckInsNavLink } from '../features/checkins/CheckInsNavLink';
import { graphql } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/types';
import { useDisplayModes } from './display-modes';
import { useMark } from '../components/Lang';

const SIGN_OUT = graphql(`
  mutation SignOut { signOut }
`);

const UPDATE_LOCALE = graphql(`
  mutation UpdateMyLocale($input: UpdateMeInput!) { updateMe(input: $input) { id locale } }
`);

export interface FlashState { flash?: string }

export function Layout() {
  const mark = useMark();
  const { t } = useI18n();
  const location = useLocation();
  const flash = (location.state as FlashState | null)?.flash ?? '';
  const announce = useAnnounce();
  // on a phone the account and the navigation sit behind one Menu button, so a page starts on the first screen
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => {
    if (flash) announce(flash);
  }, [flash, location.key, announce]);
  // a followed link closes the menu
  useEffect(() => setMenuOpen(false), [location.pathname]);

  return mark(
    <>
      <a
        href="#main"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          const main = document.getElementById('main');
          main?.focus();
          main?.scrollIntoView();
        }}
      >
        {t('layout.skip')}
      </a>
      <header className="site-header">
        <div className="utility-bar">
          <div className="container">
            <LanguageSwitch />
            <DisplayToggles />
          </div>
        </div>
        <div className="container brand-row">
          <Link to="/" className="brand">
            {t('app.name')}
            <small>{t('app.tagline')}</small>
          </Link>
          <button type="button" className="button secondary menu-button" aria-expanded={menuOpen} aria-controls="site-menu"
            onClick={() => setMenuOpen((open) => !open)}>
            {t('layout.menu')}
          </button>
          <div id="site-menu" className={menuOpen ? 'site-menu open' : 'site-menu'}>
            <Account />
            <MainNav />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <div className="container">
          {flash && <div className="notice success flash"><p>{flash}</p></div>}
          <PasswordChangeGate><Outlet /></PasswordChangeGate>
        </div>
      </main>
      <Expiry />
      <footer className="site-footer">
        <div className="container">
          <p>{t('layout.footerOwner')}</p>
          <p>{t('layout.footerHelp')}</p>
        </div>
      </footer>
    </>
  );
}

function LanguageSwitch() {
  const mark = useMark();
  const { locale, setLocale, t } = useI18n();
  const client = useApolloClient();
  const { me } = useSession();
  const [updateMe] = useMutation(UPDATE_LOCALE);
  const announce = useAnnounce();
  const other: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  // the button keeps focus and only its name changes, which screen readers do not say: say the switch, in the new
  // language (found in the screen-reader pass)
  const switched = useRef(false);
  useEffect(() => {
    if (switched.current) announce(t('language.switched'));
    switched.current = false;
  }, [locale, announce, t]);
  const switchTo = () => {
    switched.current = true;
    setLocale(other);
    // texts the server writes (easy-read summaries, messages) follow the new language
    void client.refetchQueries({ include: 'active' });
    // (not while a one-time password must be replaced: the server answers nothing else then)
    if (me && !me.mustChangePassword) updateMe({ variables: { input: { locale: other } } }).catch(() => { /* only a preference */ });
  };
  return mark(
    <button type="button" className="button quiet" lang={other} onClick={switchTo}>
      {t('language.other')}
    </button>
  );
}

function DisplayToggles() {
  const mark = useMark();
  const { t } = useI18n();
  const { modes, set } = useDisplayModes();
  return mark(
    <>
      <Button variant="secondary" aria-pressed={modes.largeText} onClick={() => set({ largeText: !modes.largeText })}>
        {t('display.largeText')}
      </Button>
      <Button variant="secondary" aria-pressed={modes.highContrast} onClick={() => set({ highContrast: !modes.highContrast })}>
        {t('display.highContrast')}
      </Button>
    </>
  );
}

function useSignOut() {
  const { t } = useI18n();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading: signingOut }] = useMutation(SIGN_OUT);
  const run = async () => {
    // whatever the server says, this browser forgets the person's data, drafts of forms included
    clearAllDrafts();
    await signOut().catch(() => undefined);
    navigate('/', { state: { flash: t('auth.signedOut') } });
    await client.clearStore();
    await client.refetchQueries({ include: [ME] }).catch(() => undefined);
  };
  return { signOut: run, signingOut };
}

function Expiry() {
  const { signOut } = useSignOut();
  return <SessionExpiry onSignOut={() => void signOut()} />;
}

function Account() {
  const mark = useMark();
  const { t } = useI18n();
  const { me, loading } = useSession();
  const { signOut: doSignOut, signingOut } = useSignOut();
  if (loading) return null;
  if (!me) {
    return (
      <div className="account">
        <NavLink to="/sign-in" className="button secondary">{t('nav.signIn')}</NavLink>
        <NavLink to="/sign-up" className="button">{t('nav.signUp')}</NavLink>
      </div>
    );
  }
  return mark(
    <div className="account">
      <span>{t('nav.signedInAs', { name: me.displayName })}</span>
      {!me.mustChangePassword && <NotificationsLink />}
      {!me.mustChangePassword && <NavLink to="/account">{t('account.nav')}</NavLink>}
      <Button variant="secondary" onClick={doSignOut} disabled={signingOut}>{t('nav.signOut')}</Button>
    </div>
  );
}

function MainNav() {
  const mark = useMark();
  const { t } = useI18n();
  const { me } = useSession();
  return mark(
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        <li><NavLink to="/" end>{t('nav.home')}</NavLink></li>
        <li><NavLink to="/jobs">{t('nav.jobs')}</NavLink></li>
        <li><NavLink to="/events">{t('events.nav.events')}</NavLink></li>
        <li><NavLink to="/training">{t('training.nav.courses')}</NavLink></li>
        <li><NavLink to="/workshops">{t('workshops.nav')}</NavLink></li>
        {me?.role === 'SEEKER' && (
          <>
            <li><NavLink to="/profile">{t('nav.profile')}</NavLink></li>
            <li><NavLink to="/applications">{t('nav.applications')}</NavLink></li>
            <li><NavLink to="/saved-searches">{t('saved.nav')}</NavLink></li>
            <li><NavLink to="/my-subsidies">{t('sub.nav.person')}</NavLink></li>
            {!me.mustChangePassword && <li><CheckInsNavLink employer={false} /></li>}
          </>
        )}
        {me?.role === 'EMPLOYER' && (
          <>
            <li><NavLink to="/employer/organization">{t('nav.organization')}</NavLink></li>
            <li><NavLink to="/employer/postings">{t('nav.postings')}</NavLink></li>
            <li><NavLink to="/employer/quota">{t('staff.nav.employerQuota')}</NavLink></li>
            <li><NavLink to="/employer/subsidies">{t('sub.nav.employer')}</NavLink></li>
            {!me.mustChangePassword && <li><CheckInsNavLink employer /></li>}
            <li><NavLink to="/employer/talent">{t('training.nav.employerTalent')}</NavLink></li>
          </>
        )}
        {(me?.role === 'STAFF' || me?.role === 'ADMIN') && (
          <>
            <li><NavLink to="/staff" end>{t('staff.nav.workbench')}</NavLink></li>
            <li><NavLink to="/staff/verification">{t('staff.nav.verify')}</NavLink></li>
            <li><NavLink to="/staff/events">{t('events.nav.staff')}</NavLink></li>
            <li><NavLink to="/staff/deliveries">{t('deliveries.nav')}</NavLink></li>
            <li><NavLink to="/staff/training">{t('training.nav.staff')}</NavLink></li>
            <li><NavLink to="/staff/talent-pool">{t('training.nav.talentPool')}</NavLink></li>
          </>
        )}
      </ul>
    </nav>
  );
}
