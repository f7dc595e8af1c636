// Placeholder: replaced by the full screen.
import { Page } from '../../../components/Page';
import { useI18n } from '../../../i18n/I18nProvider';

export function QuotaListPage() {
  const { t } = useI18n();
  return <Page title={t('quota.quota.title')}><p>{t('quota.quota.title')}</p></Page>;
}
