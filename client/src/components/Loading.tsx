import { useI18n } from '../i18n/I18nProvider';

/** Shown while a page's data loads; polite, so it is read once and not repeated. */
export function Loading() {
  const { t } = useI18n();
  return <p role="status">{t('common.loading')}</p>;
}
