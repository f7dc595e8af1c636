// Placeholder: replaced by the full screen.
import { Page } from '../../../components/Page';
import { useI18n } from '../../../i18n/I18nProvider';

export function QuarterlyReportPage() {
  const { t } = useI18n();
  return <Page title={t('plan.quarterly.title')}><p>{t('plan.quarterly.title')}</p></Page>;
}
