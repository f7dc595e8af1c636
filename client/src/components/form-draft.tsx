// Keeps a form's values when its submit is refused because the sign-in lapsed (WCAG 3.3.7: nothing typed is
// asked for twice), says so with a link that signs in and comes back, and gives them back on return.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { clearDraft, keepDraft, readDraft, registerOpenDraft } from '../lib/drafts';
import { describeError } from '../lib/graphql-errors';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from './session';

export function signInAndReturnPath(next: string): string {
  return `/sign-in?next=${encodeURIComponent(next)}`;
}

export function useFormDraft<T extends object>() {
  const { pathname, search } = useLocation();
  const { t } = useI18n();
  const { me } = useSession();
  const userId = me?.id ?? '';
  const [initial] = useState<T | null>(() => (userId ? readDraft<T>(pathname, userId) : null));
  const values = useRef<T | null>(null);
  const [lapsed, setLapsed] = useState(false);
  const keep = useCallback(() => {
    if (userId && values.current) keepDraft(pathname, userId, values.current);
  }, [pathname, userId]);
  useEffect(() => registerOpenDraft(keep), [keep]);

  return {
    /** What was kept for this form and person, read once when the form opens. */
    initial,
    /** Call on every render with the values as they stand (password and ID fields are never kept). */
    track: (v: T) => { values.current = v; },
    /** After a successful submit. */
    clear: () => clearDraft(pathname),
    /** True when the refusal was a lapsed sign-in: the values are kept and `signInAgain` links back here. */
    lapsedSignIn: (error: unknown): boolean => {
      const out = describeError(error).code === 'UNAUTHENTICATED';
      if (out) keep();
      setLapsed(out);
      return out;
    },
    /** The sentence and link for the error summary once a submit met a lapsed sign-in. */
    signInAgain: lapsed ? (
      <p><Link to={signInAndReturnPath(pathname + search)}>{t('session.signInAndReturn')}</Link></p>
    ) : null,
    restoredNotice: initial ? t('session.restored') : null,
  };
}
