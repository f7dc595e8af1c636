// Placeholder: replaced by the full screen.
import { Page } from '../../../components/Page';
import { useI18n } from '../../../i18n/I18nProvider';

export function ImportsPage() {
  const { t } = useI18n();
  return <Page title={t('compliance.imports.title')}><p>{t('compliance.imports.title')}</p></Page>;
}
