// Placeholder: replaced by the full screen.
import { Page } from '../../../components/Page';
import { useI18n } from '../../../i18n/I18nProvider';

export function EmployerQuotaPage() {
  const { t } = useI18n();
  return <Page title={t('quota.employerQuota.title')}><p>{t('quota.employerQuota.title')}</p></Page>;
}
