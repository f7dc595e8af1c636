// Placeholder: replaced by the full screen.
import { Page } from '../../../components/Page';
import { useI18n } from '../../../i18n/I18nProvider';

export function SeekerServicesPage() {
  const { t } = useI18n();
  return <Page title={t('casework.seeker.title')}><p>{t('casework.seeker.title')}</p></Page>;
}
