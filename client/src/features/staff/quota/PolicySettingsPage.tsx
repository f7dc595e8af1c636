// Placeholder: replaced by the full screen.
import { Page } from '../../../components/Page';
import { useI18n } from '../../../i18n/I18nProvider';

export function PolicySettingsPage() {
  const { t } = useI18n();
  return <Page title={t('quota.policy.title')}><p>{t('quota.policy.title')}</p></Page>;
}
