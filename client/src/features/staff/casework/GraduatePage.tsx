// Placeholder: replaced by the full screen.
import { Page } from '../../../components/Page';
import { useI18n } from '../../../i18n/I18nProvider';

export function GraduatePage() {
  const { t } = useI18n();
  return <Page title={t('casework.graduate.title')}><p>{t('casework.graduate.title')}</p></Page>;
}
