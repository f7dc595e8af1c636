// One page: its document title (with an error prefix after a failed submit), its single h1, and focus
// moved to that h1 after a client-side navigation so screen readers announce where the person is.
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';

let firstRender = true;

export function Page({ title, heading, hasErrors = false, focusKey, children }: {
  /** The page's name: the document title and, unless heading is given, the h1. */
  title: string;
  heading?: ReactNode;
  hasErrors?: boolean;
  /** Focus moves to the h1 when this changes (defaults to the path). */
  focusKey?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const h1 = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  const key = focusKey ?? pathname;

  useEffect(() => {
    const base = `${title} - ${t('app.name')}`;
    document.title = hasErrors ? `${t('page.errorPrefix')}${base}` : base;
  }, [title, hasErrors, t]);

  useEffect(() => {
    // the first page of a visit keeps the browser's own start: the first Tab reaches the skip link
    if (firstRender) {
      firstRender = false;
      return;
    }
    h1.current?.focus({ preventScroll: false });
  }, [key]);

  return (
    <>
      <h1 ref={h1} tabIndex={-1}>{heading ?? title}</h1>
      {children}
    </>
  );
}

/** Tests render pages one after another: each starts like a fresh visit. */
export function resetPageFocusForTests() {
  firstRender = true;
}
