// An organization's verification history, oldest first: when, what was decided, the status it moved between, who
// decided (their office and name, as the server words them for the reader: the employer sees 王某), the note, and
// how many positions the decision closed. Staff's evidence page and the employer's own page both show it.
import type { VerificationDecision, VerificationStatus } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import './verification-history.css';
import { useMark } from './Lang';

export interface HistoryItem {
  id: string;
  decision: VerificationDecision;
  fromStatus: VerificationStatus;
  toStatus: VerificationStatus;
  note?: string | null;
  closedPostings: number;
  createdAt: string;
  deciderOffice?: string | null;
  deciderName?: string | null;
}

export function VerificationHistory({ items }: { items: readonly HistoryItem[] }) {
  const mark = useMark();
  const { t, label, formatDateTime } = useI18n();
  if (items.length === 0) return <p>{t('verify.history.none')}</p>;
  return mark(
    <ol className="verify-history">
      {items.map((d) => {
        const by = [d.deciderOffice, d.deciderName].filter(Boolean).join(' ');
        return (
          <li key={d.id}>
            <strong>{formatDateTime(d.createdAt)}{t('common.colon')}{t(`verify.decision.${d.decision}`)}</strong>
            {' '}({label('VerificationStatus', d.fromStatus)} → {label('VerificationStatus', d.toStatus)})
            {by && <><br />{t('verify.history.by', { by })}</>}
            {d.note && <><br />{t('verify.history.note', { note: d.note })}</>}
            {d.closedPostings > 0 && <><br />{t('verify.history.closed', { count: d.closedPostings })}</>}
          </li>
        );
      })}
    </ol>
  );
}
