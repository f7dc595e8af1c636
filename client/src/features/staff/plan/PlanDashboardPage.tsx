// Placeholder: replaced by the full screen.
import { Page } from '../../../components/Page';
import { useI18n } from '../../../i18n/I18nProvider';

export function PlanDashboardPage() {
  const { t } = useI18n();
  return <Page title={t('plan.dashboard.title')}><p>{t('plan.dashboard.title')}</p></Page>;
}
