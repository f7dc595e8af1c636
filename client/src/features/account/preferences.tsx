// Notice choices: per kind of notice, SMS and/or email (the in-app list always keeps every notice). The person's
// own form on the account page, and a read-only view for staff serving a seeker.
import type { ReactNode } from 'react';
import { DataTable, type Column } from '../../components/DataTable';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';

/** The kinds each role hears of; a kind added later and not listed here is shown to everyone. */
const FOR_ROLE: Record<string, readonly string[]> = {
  SEEKER: ['APPLICATION_STATUS', 'INTERVIEW_PROPOSED', 'INTERVIEW_ACCOMMODATION', 'INTERVIEW_RESCHEDULED', 'INTERVIEW_CANCELLED',
    'INTERVIEW_OUTCOME', 'INTERVIEW_REMINDER', 'NEW_MESSAGE', 'THREAD_CLOSED', 'INVITED_TO_APPLY', 'NEW_MATCHING_JOBS',
    'REGISTRATION_CONFIRMED', 'WAITLISTED', 'PROMOTED', 'EVENT_REMINDER', 'EVENT_CANCELLED',
    'APPLIED_ON_BEHALF', 'REGISTERED_ON_BEHALF', 'PROFILE_UPDATED_ON_BEHALF'],
  EMPLOYER: ['APPLICATION_RECEIVED', 'APPLICATION_WITHDRAWN', 'INVITATION_ACCEPTED', 'INVITATION_DECLINED', 'INTERVIEW_ACCEPTED',
    'INTERVIEW_NEW_TIME_ASKED', 'INTERVIEW_CANCELLED', 'INTERVIEW_REMINDER', 'SERVICE_REQUEST_HANDLED', 'NEW_MESSAGE', 'THREAD_CLOSED',
    'BOOTH_DECIDED', 'EVENT_CANCELLED', 'ORGANIZATION_VERIFIED', 'ORGANIZATION_REJECTED', 'ORGANIZATION_INFO_REQUESTED', 'ORGANIZATION_SUSPENDED'],
  STAFF: ['ORGANIZATION_AWAITING_VERIFICATION', 'SERVICE_REQUESTED', 'THREAD_INVITED', 'MESSAGE_REPORTED', 'NEW_MESSAGE'],
  ADMIN: ['ORGANIZATION_AWAITING_VERIFICATION'],
};
const LISTED = new Set(Object.values(FOR_ROLE).flat());

export function kindsFor<T extends { kind: string }>(role: string, items: readonly T[]): T[] {
  const mine = FOR_ROLE[role] ?? [];
  return items.filter((i) => mine.includes(i.kind) || !LISTED.has(i.kind));
}

export function useKindLabel(): (kind: string) => string {
  const { t, has } = useI18n();
  return (kind) => {
    // a kind with no label yet (added by a later feature) shows its code rather than breaking the page
    const key = `account.kind.${kind}` as MessageKey;
    return has(key) ? t(key) : kind;
  };
}

export function ChannelsTable({ caption, rows }: { caption: ReactNode; rows: ReadonlyArray<{ kind: string; cells: readonly [ReactNode, ReactNode] }> }) {
  const { t } = useI18n();
  const label = useKindLabel();
  type Row = (typeof rows)[number];
  const columns: ReadonlyArray<Column<Row>> = [
    { key: 'kind', header: t('deliveries.kind'), cell: (r) => label(r.kind) },
    { key: 'sms', header: t('account.sms'), cell: (r) => r.cells[0] },
    { key: 'email', header: t('account.email.channel'), cell: (r) => r.cells[1] },
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.kind} />;
}
