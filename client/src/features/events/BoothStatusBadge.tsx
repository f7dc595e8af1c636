import type { BoothStatus } from '../../gql/graphql';
import { Icon } from '../../components/Icon';
import { useEventText } from './event-text';

const TONE: Record<BoothStatus, string> = {
  INVITED: 'status-neutral', APPLIED: 'status-neutral', APPROVED: 'status-good', DECLINED: 'status-bad', WITHDRAWN: '',
};

/** A booth's status in words (colour only repeats what the words say). */
export function BoothStatusBadge({ status }: { status: BoothStatus }) {
  const text = useEventText();
  return <span className={`badge ${TONE[status]}`}>{status === 'APPROVED' && <Icon name="check" small />}{text.booth(status)}</span>;
}
