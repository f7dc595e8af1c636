// Placeholder: replaced by the full screen.
import { Page } from '../../../components/Page';
import { useI18n } from '../../../i18n/I18nProvider';

export function ImportPage() {
  const { t } = useI18n();
  return <Page title={t('compliance.import.title')}><p>{t('compliance.import.title')}</p></Page>;
}
