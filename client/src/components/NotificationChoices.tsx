// Staff serving a seeker: the seeker's own notice choices, read only (only the person changes them; the server
// audit-logs the read). Shows which kinds go by SMS and by email, and whether SMS is off.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh-CN';
import { DataTable, type Column } from './DataTable';

const SEEKER_PREFERENCES = graphql(`
  query SeekerNotificationPreferences($seekerId: ID!) {
    seekerNotificationPreferences(seekerId: $seekerId) { hasPhone hasEmail smsOff items { kind channels } }
  }
`);

const SEEKER_KINDS = ['APPLICATION_STATUS', 'REGISTRATION_CONFIRMED', 'PROMOTED', 'EVENT_REMINDER', 'EVENT_CANCELLED'];

export function NotificationChoices({ seekerId }: { seekerId: string }) {
  const { t } = useI18n();
  const { data } = useQuery(SEEKER_PREFERENCES, { variables: { seekerId } });
  const p = data?.seekerNotificationPreferences;
  if (!p || !p.items.length) return null;
  type Row = (typeof p.items)[number];
  const yes = (r: Row, c: 'SMS' | 'EMAIL') => (r.channels.includes(c) && (c === 'SMS' ? p.hasPhone && !p.smsOff : p.hasEmail) ? `✓ ${t(c === 'SMS' ? 'account.sms' : 'account.email.channel')}` : '—');
  const columns: ReadonlyArray<Column<Row>> = [
    { key: 'kind', header: t('deliveries.kind'), cell: (r) => t(`account.kind.${r.kind}` as MessageKey) },
    { key: 'sms', header: t('account.sms'), cell: (r) => yes(r, 'SMS') },
    { key: 'email', header: t('account.email.channel'), cell: (r) => yes(r, 'EMAIL') },
  ];
  return (
    <section>
      <h2 id="notification-choices-title">{t('account.staffView')}</h2>
      <p>{t('account.staffViewIntro')}</p>
      {p.smsOff && <p>{t('account.smsOff')}</p>}
      <DataTable caption={t('account.staffView')} columns={columns} rows={p.items.filter((i) => SEEKER_KINDS.includes(i.kind))} rowKey={(r) => r.kind} />
    </section>
  );
}
