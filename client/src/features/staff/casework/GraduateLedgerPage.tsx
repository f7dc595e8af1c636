// Placeholder: replaced by the full screen.
import { Page } from '../../../components/Page';
import { useI18n } from '../../../i18n/I18nProvider';

export function GraduateLedgerPage() {
  const { t } = useI18n();
  return <Page title={t('casework.ledger.title')}><p>{t('casework.ledger.title')}</p></Page>;
}
