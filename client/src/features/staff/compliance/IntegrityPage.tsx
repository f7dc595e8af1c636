// Placeholder: replaced by the full screen.
import { Page } from '../../../components/Page';
import { useI18n } from '../../../i18n/I18nProvider';

export function IntegrityPage() {
  const { t } = useI18n();
  return <Page title={t('compliance.integrity.title')}><p>{t('compliance.integrity.title')}</p></Page>;
}
