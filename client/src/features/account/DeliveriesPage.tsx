// Staff: messages that failed after every retry (each with a button to send it again), and the SMS and email sent,
// exactly as sent, the recipient masked.
import { useMutation, useQuery } from '@apollo/client/react';
import { useAnnounce } from '../../components/Announcer';
import { Button } from '../../components/Button';
import { DataTable, type Column } from '../../components/DataTable';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { describeError } from '../../lib/graphql-errors';
import { useMark } from '../../components/Lang';
import { useKindLabel } from './preferences';

const DELIVERIES = graphql(`
  query Deliveries {
    failedDeliveries(page: { pageSize: 50 }) { total items { id channel kind attempts lastError updatedAt recipientName recipientPhone } }
    sentMessages(page: { pageSize: 50 }) { total items { id channel transport recipient kind subject body createdAt } }
  }
`);

const RETRY = graphql(`
  mutation RetryDelivery($id: ID!) { retryDelivery(id: $id) }
`);

export function DeliveriesPage() {
  const mark = useMark();
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const label = useKindLabel();
  const { data, loading, error, refetch } = useQuery(DELIVERIES, { fetchPolicy: 'cache-and-network' });
  const [retry, { loading: retrying }] = useMutation(RETRY);
  const when = (iso: string) => new Date(iso).toLocaleString(locale, { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' });
  const channel = (c: string) => t(`deliveries.${c}` as MessageKey);

  type Failed = NonNullable<typeof data>['failedDeliveries']['items'][number];
  type Sent = NonNullable<typeof data>['sentMessages']['items'][number];
  const failedColumns: ReadonlyArray<Column<Failed>> = [
    { key: 'time', header: t('deliveries.time'), cell: (r) => when(r.updatedAt as string), nowrap: true },
    { key: 'to', header: t('deliveries.recipient'), cell: (r) => `${r.recipientName} ${r.recipientPhone ?? ''}`.trim() },
    { key: 'channel', header: t('deliveries.channel'), cell: (r) => channel(r.channel) },
    { key: 'kind', header: t('deliveries.kind'), cell: (r) => label(r.kind) },
    { key: 'attempts', header: t('deliveries.attempts'), cell: (r) => r.attempts },
    { key: 'error', header: t('deliveries.error'), cell: (r) => r.lastError ?? '' },
    {
      key: 'retry', header: t('deliveries.retry'), cell: (r) => (
        <Button variant="secondary" aria-disabled={retrying || undefined}
          aria-label={t('deliveries.retryLabel', { name: r.recipientName, channel: channel(r.channel) })}
          onClick={async () => {
            try {
              await retry({ variables: { id: r.id } });
              announce(t('deliveries.retried'));
              await refetch();
            } catch (e) {
              announce(describeError(e).message ?? t('error.generic'));
            }
          }}>{t('deliveries.retry')}</Button>
      ),
    },
  ];
  const sentColumns: ReadonlyArray<Column<Sent>> = [
    { key: 'time', header: t('deliveries.time'), cell: (r) => when(r.createdAt as string), nowrap: true },
    { key: 'channel', header: t('deliveries.channel'), cell: (r) => `${channel(r.channel)} (${r.transport})` },
    { key: 'to', header: t('deliveries.recipient'), cell: (r) => r.recipient },
    { key: 'text', header: t('deliveries.text'), cell: (r) => (r.subject ? `${r.subject}: ${r.body}` : r.body) },
  ];

  return mark(
    <Page title={t('deliveries.title')}>
      {loading && !data && <Loading />}
      {error && <Notice tone="error"><p>{describeError(error).message ?? t('error.generic')}</p></Notice>}
      {data && (
        <>
          <h2>{t('deliveries.failedTitle')}</h2>
          {data.failedDeliveries.items.length
            ? <DataTable caption={t('deliveries.failedTitle')} columns={failedColumns} rows={data.failedDeliveries.items} rowKey={(r) => r.id} />
            : <p>{t('deliveries.failedNone')}</p>}
          <h2>{t('deliveries.sentTitle')}</h2>
          {data.sentMessages.items.length
            ? <DataTable caption={t('deliveries.sentTitle')} columns={sentColumns} rows={data.sentMessages.items} rowKey={(r) => r.id} />
            : <p>{t('deliveries.sentNone')}</p>}
        </>
      )}
    </Page>
  );
}
