import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Shown while a page's data loads; polite, so it is read once and not repeated. The tab's title says so too,
 * instead of still naming the page the person left.
 */
export function Loading() {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${t('common.loading')} - ${t('app.name')}`;
  }, [t]);
  return <p role="status">{t('common.loading')}</p>;
}
