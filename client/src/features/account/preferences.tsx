// Notice choices: per kind of notice, SMS and/or email (the in-app list always keeps every notice). The person's
// own form on the account page, and a read-only view for staff serving a seeker.
import type { ReactNode } from 'react';
import { DataTable, type Column } from '../../components/DataTable';
import { useI18n } from '../../i18n/I18nProvider';
import type { NotificationKind } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/zh-CN';

/**
 * Every kind of notice has a label in both message files: a kind added on the server without one fails
 * `npm run typecheck` here (the server lists the kinds a person's role receives: notification-kind.ts).
 */
type KindLabelKey = `account.kind.${NotificationKind}`;
export const EVERY_KIND_LABELLED: KindLabelKey extends MessageKey ? true : never = true;

export function useKindLabel(): (kind: string) => string {
  const { t, has } = useI18n();
  return (kind) => {
    // a kind the server added after this client was built shows its code rather than breaking the page
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
