// Warns before the sign-in lapses for want of activity (WCAG 2.2.1), with a way to stay signed in, and says
// so when it has lapsed, keeping what open forms hold so signing in again returns to them.
import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import { keepOpenDrafts } from '../lib/drafts';
import { lastServerContact, noteServerContact, onServerContact } from '../lib/server-contact';
import { Button, ButtonLink, ButtonRow } from './Button';
import { Dialog } from './Dialog';
import { signInAndReturnPath } from './form-draft';
import { useSession } from './session';

/** How long before the idle timeout the warning appears (WCAG 2.2.1 asks for at least 20 seconds). */
export const WARN_BEFORE_MS = 5 * 60_000;

const SESSION_STATUS = graphql(`
  query SessionStatus { sessionStatus { idleTimeoutSeconds expiresAt } }
`);

type Phase = 'quiet' | 'warning' | 'ended' | 'dismissed';

export function SessionExpiry({ onSignOut, warnBeforeMs = WARN_BEFORE_MS }: {
  onSignOut: () => void;
  /** Tests shorten it; the product uses WARN_BEFORE_MS. */
  warnBeforeMs?: number;
}) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const location = useLocation();
  // asking is itself a request, so it also answers "继续使用"
  const { data, refetch } = useQuery(SESSION_STATUS, { skip: !me, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: false });
  const status = me ? data?.sessionStatus ?? null : null;
  const [contact, setContact] = useState(lastServerContact);
  useEffect(() => onServerContact(() => setContact(lastServerContact())), []);
  const [phase, setPhase] = useState<Phase>('quiet');
  const stay = useRef<HTMLButtonElement>(null);
  const bodyId = `session-expiry-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  const endsAt = status ? Math.min(contact + status.idleTimeoutSeconds * 1000, Date.parse(status.expiresAt)) : null;

  const lapse = useCallback(() => {
    keepOpenDrafts();
    setPhase('ended');
  }, []);

  // signed in again (or active in another tab): start over
  useEffect(() => {
    if (status) setPhase((p) => (p === 'ended' || p === 'dismissed' ? 'quiet' : p));
  }, [status]);

  useEffect(() => {
    if (endsAt === null || phase === 'ended' || phase === 'dismissed') return;
    const warnIn = endsAt - warnBeforeMs - Date.now();
    if (warnIn > 0) setPhase('quiet'); // there was activity since the warning
    const timers = [
      setTimeout(() => setPhase('warning'), Math.max(0, warnIn)),
      // at the end, ask: a lapsed session answers null (and asking does not revive it)
      setTimeout(() => {
        refetch().then((r) => { if (!r.data?.sessionStatus) lapse(); }, () => undefined);
      }, Math.max(0, endsAt - Date.now())),
    ];
    return () => timers.forEach(clearTimeout);
  }, [endsAt, warnBeforeMs, phase, refetch, lapse]);

  const keepGoing = () => {
    refetch().then((r) => {
      if (!r.data?.sessionStatus) return lapse();
      noteServerContact(); // the Apollo link does too; said here so the dialog does not depend on it
      setPhase('quiet');
    }, () => undefined);
  };

  const time = endsAt !== null
    ? new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(endsAt))
    : '';
  const minutes = endsAt !== null ? Math.max(1, Math.round((endsAt - Date.now()) / 60_000)) : 0;

  return (
    <>
      <Dialog open={phase === 'warning' && endsAt !== null} title={t('session.warningTitle')} onClose={keepGoing}
        initialFocus={stay} describedBy={bodyId}>
        <p id={bodyId}>{t('session.warningBody', { time, minutes })}</p>
        <ButtonRow>
          <Button ref={stay} onClick={keepGoing}>{t('session.stay')}</Button>
          <Button variant="secondary" onClick={() => { setPhase('dismissed'); onSignOut(); }}>{t('nav.signOut')}</Button>
        </ButtonRow>
      </Dialog>
      <Dialog open={phase === 'ended'} title={t('session.endedTitle')} onClose={() => setPhase('dismissed')} describedBy={`${bodyId}-ended`}>
        <p id={`${bodyId}-ended`}>{t('session.endedBody')}</p>
        <ButtonRow>
          <ButtonLink to={signInAndReturnPath(location.pathname + location.search)}
            onClick={() => { keepOpenDrafts(); setPhase('dismissed'); }}>{t('session.signInAndReturn')}</ButtonLink>
          <Button variant="secondary" onClick={() => setPhase('dismissed')}>{t('session.close')}</Button>
        </ButtonRow>
      </Dialog>
    </>
  );
}
