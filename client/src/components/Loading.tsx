import { useI18n } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../lib/document-title';

/**
 * Shown while a page's data loads; polite, so it is read once and not repeated. The tab's title says so too,
 * instead of still naming the page the person left,
 * and gives the title back when the data has come.
 */
export function Loading() {
  const { t } = useI18n();
  // only while shown: when it goes, the page's own title comes back (lib/document-title.ts)
  useDocumentTitle(`${t('common.loading')} - ${t('app.name')}`, 'loading');
  return <p role="status">{t('common.loading')}</p>;
}
