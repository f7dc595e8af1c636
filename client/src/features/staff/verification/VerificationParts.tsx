// Pieces of the verification screens: an organization's status in words, and its credit code with the result of
// the check character (the 18th) worked out by the server.
import { Icon } from '../../../components/Icon';
import type { VerificationStatus } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';

const TONE: Record<VerificationStatus, string> = {
  PENDING: 'status-neutral', INFO_REQUESTED: 'status-neutral', VERIFIED: 'status-good', REJECTED: 'status-bad', SUSPENDED: 'status-bad',
};

/** The status in words; colour only repeats them. */
export function StatusBadge({ status }: { status: VerificationStatus }) {
  const { label } = useI18n();
  return (
    <span className={`badge ${TONE[status]}`}>
      {status === 'VERIFIED' && <Icon name="check" small />}
      {label('VerificationStatus', status)}
    </span>
  );
}

export function CreditCodeFact({ code, valid }: { code: string; valid: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <span className="credit-code">{code}</span>
      {t('common.listSeparator')}
      <span className={valid ? 'check-ok' : 'check-bad'}>{valid ? t('verify.fact.checkOk') : t('verify.fact.checkBad')}</span>
    </>
  );
}
