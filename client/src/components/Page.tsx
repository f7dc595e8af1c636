// One page: its document title (with an error prefix after a failed submit), its single h1, and focus
// moved to that h1 after a client-side navigation so screen readers announce where the person is.
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../lib/document-title';
import { useMark } from './Lang';

let firstRender = true;

/** A document title made of parts, most specific first ("罗山按摩 – 第2页 – 找工作"); empty parts are left out. */
export function titleOf(...parts: (string | false | null | undefined)[]): string {
  return parts.filter((p): p is string => !!p && !!p.trim()).join(' – ');
}

export function Page({ title, documentTitle, heading, hasErrors = false, focusKey, children }: {
  /** The page's name: the document title and, unless heading is given, the h1. */
  title: string;
  /**
   * The document title when it says more than the h1 (the words searched for and the page number); it contains
   * the title or the heading.
   */
  documentTitle?: string;
  heading?: ReactNode;
  hasErrors?: boolean;
  /** Focus moves to the h1 when this changes (defaults to the path). */
  focusKey?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const mark = useMark();
  const h1 = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  const key = focusKey ?? pathname;

  const base = `${documentTitle ?? title} - ${t('app.name')}`;
  // held while the page is shown, given back to it after any loading state (lib/document-title.ts)
  useDocumentTitle(hasErrors ? `${t('page.errorPrefix')}${base}` : base);

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
      <h1 ref={h1} tabIndex={-1}>{mark(heading ?? title)}</h1>
      {mark(children)}
    </>
  );
}

/** Tests render pages one after another: each starts like a fresh visit. */
export function resetPageFocusForTests() {
  firstRender = true;
}
