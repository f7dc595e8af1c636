// Staff: how a message to many people about an event (its cancellation) reached them: deliveries counted by
// channel and outcome, and who heard of it only in the app (name masked, phone in full to call them; the server
// audit-logs the read).
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh-CN';
import { DataTable, type Column } from './DataTable';
import { Loading } from './Loading';

const EVENT_DELIVERY_REPORT = graphql(`
  query EventDeliveryReport($eventId: ID!) {
    eventDeliveryReport(eventId: $eventId) { recipients counts { channel status count } unreached { userId name phone role } }
  }
`);

export function DeliveryReport({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  const { data, loading } = useQuery(EVENT_DELIVERY_REPORT, { variables: { eventId }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  const r = data?.eventDeliveryReport;
  if (!r) return null;
  type U = (typeof r.unreached)[number];
  const columns: ReadonlyArray<Column<U>> = [
    { key: 'name', header: t('deliveries.name'), cell: (u) => u.name ?? '' },
    { key: 'phone', header: t('deliveries.phone'), cell: (u) => u.phone ?? '—', nowrap: true },
  ];
  return (
    <section>
      <h2 id="delivery-report-title">{t('deliveries.reportTitle')}</h2>
      <p>{t('deliveries.reportRecipients', { count: r.recipients })}</p>
      <ul>
        {r.counts.map((c) => (
          <li key={`${c.channel}-${c.status}`}>{t('deliveries.reportCount', {
            channel: t(`deliveries.${c.channel}` as MessageKey), status: t(`deliveries.status.${c.status}` as MessageKey), count: c.count,
          })}</li>
        ))}
      </ul>
      <h3>{t('deliveries.unreachedTitle')}</h3>
      {r.unreached.length
        ? <DataTable caption={t('deliveries.unreachedTitle')} columns={columns} rows={r.unreached} rowKey={(u) => u.userId} />
        : <p>{t('deliveries.unreachedNone')}</p>}
    </section>
  );
}
