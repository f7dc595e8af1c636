// Placeholder: replaced by the full screen.
import { Page } from '../../../components/Page';
import { useI18n } from '../../../i18n/I18nProvider';

export function FourOnesPage() {
  const { t } = useI18n();
  return <Page title={t('casework.fourOnes.title')}><p>{t('casework.fourOnes.title')}</p></Page>;
}
