// The top of a filtered list's results: the heading focus moves to after a search, the count as a status message
// (announced), a failure to load, and the words for an empty list. The list itself follows, as each page draws it.
import type { Ref } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Notice } from './Notice';

export function ResultsHeading({ id, headingRef, title, status, failed, empty }: {
  id: string; headingRef: Ref<HTMLHeadingElement>; title: string; status: string; failed: boolean;
  /** shown when the list loaded with nothing in it; null while loading */
  empty: string | null;
}) {
  const { t } = useI18n();
  return (
    <>
      <h2 id={id} ref={headingRef} tabIndex={-1}>{title}</h2>
      <p role="status">{status}</p>
      {failed && <Notice tone="error">{t('error.tryAgainLater')}</Notice>}
      {empty !== null && <p>{empty}</p>}
    </>
  );
}
