// Pieces of the verification screens: an organization's status in words, and its credit code with the result of
// the check character (the 18th) worked out by the server.
import { Icon } from '../../../components/Icon';
import type { VerificationStatus } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useMark } from '../../../components/Lang';

const TONE: Record<VerificationStatus, string> = {
  PENDING: 'status-neutral', INFO_REQUESTED: 'status-neutral', VERIFIED: 'status-good', REJECTED: 'status-bad', SUSPENDED: 'status-bad',
};

/** The status in words; colour only repeats them. */
export function StatusBadge({ status }: { status: VerificationStatus }) {
  const mark = useMark();
  const { label } = useI18n();
  return mark(
    <span className={`badge ${TONE[status]}`}>
      {status === 'VERIFIED' && <Icon name="check" small />}
      {label('VerificationStatus', status)}
    </span>
  );
}

export function CreditCodeFact({ code, valid }: { code: string; valid: boolean }) {
  const mark = useMark();
  const { t } = useI18n();
  return mark(
    <>
      <span className="credit-code">{code}</span>
      {t('common.listSeparator')}
      <span className={valid ? 'check-ok' : 'check-bad'}>{valid ? t('verify.fact.checkOk') : t('verify.fact.checkBad')}</span>
    </>
  );
}

export interface Licence { mimeType: string; byteSize: number; fileName: string; uploadedAt: string; url: string }

/** The uploaded business licence: an image shown with a text alternative, a PDF as a link (each read is audited). */
export function LicenceFact({ licence, organizationName }: { licence: Licence | null | undefined; organizationName: string }) {
  const mark = useMark();
  const { t, formatDateTime, formatNumber } = useI18n();
  if (!licence) return <>{t('verify.fact.noLicence')}</>;
  const size = t('verify.licence.size', { kb: formatNumber(Math.max(1, Math.round(licence.byteSize / 1024))) });
  const uploaded = t('verify.licence.uploaded', { at: formatDateTime(licence.uploadedAt) });
  if (licence.mimeType === 'application/pdf') {
    return (
      <>
        <a href={licence.url} download>{t('verify.licence.pdf', { size })}</a>
        <br />{uploaded}
      </>
    );
  }
  return mark(
    <figure className="licence-figure">
      <img className="licence-image" src={licence.url} alt={t('verify.licence.alt', { name: organizationName })} />
      <figcaption>{uploaded}{t('common.listSeparator')}{size}{t('common.listSeparator')}<a href={licence.url} download>{t('verify.licence.download')}</a></figcaption>
    </figure>
  );
}
