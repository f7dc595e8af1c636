// An import's status in words; the colour only repeats them.
import type { SeekerImportStatus } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';

const TONE: Record<SeekerImportStatus, string> = {
  QUEUED: 'status-neutral', VALIDATING: 'status-neutral', WRITING: 'status-neutral', DONE: 'status-good', REJECTED: 'status-bad', FAILED: 'status-bad',
};

export function ImportStatusBadge({ status }: { status: SeekerImportStatus }) {
  const { t } = useI18n();
  return <span className={`badge ${TONE[status]}`}>{t(`compliance.status.${status}`)}</span>;
}
