import type { ApplicationStatus } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { Icon } from './Icon';
import { useMark } from './Lang';

const TONE: Record<ApplicationStatus, string> = {
  SUBMITTED: 'status-neutral', REVIEWING: 'status-neutral', INTERVIEW: 'status-neutral', OFFERED: 'status-good',
  HIRED: 'status-good', REJECTED: 'status-bad', WITHDRAWN: '',
};

/** An application's status in words (colour only repeats what the words say). */
export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const mark = useMark();
  const { label } = useI18n();
  return mark(
    <span className={`badge ${TONE[status]}`}>
      {(status === 'HIRED' || status === 'OFFERED') && <Icon name="check" small />}
      {label('ApplicationStatus', status)}
    </span>
  );
}
