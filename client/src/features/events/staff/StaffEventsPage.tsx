// Staff: the events they run, by status (tabs), with the numbers that matter at a glance.
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { ButtonLink } from '../../../components/Button';
import { DataTable } from '../../../components/DataTable';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { Tabs } from '../../../components/Tabs';
import { graphql } from '../../../gql';
import type { EventStatus } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useEventTime } from '../EventParts';
import { useEventText } from '../event-text';
import { useEventOwner } from './EventAccess';
import { useMark } from '../../../components/Lang';

const STAFF_EVENTS = graphql(`
  query StaffEvents($filter: EventFilter, $page: PageInput) {
    events(filter: $filter, page: $page) {
      total page pageSize
      items { id title kind mode status startsAt endsAt seekerCapacity registeredCount boothLimit boothCount canManage county { code nameZh nameEn } }
    }
  }
`);

const TABS = ['PUBLISHED', 'DRAFT', 'FINISHED', 'CANCELLED'] as const;
const PAGE_SIZE = 20;
// finished and cancelled events are looked back on: from long ago, not only from today
const LONG_AGO = '2000-01-01';

export function StaffEventsPage() {
  const mark = useMark();
  const { t } = useI18n();
  const text = useEventText();
  const when = useEventTime();
  const owner = useEventOwner();
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as EventStatus) : 'PUBLISHED';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data, loading, error } = useQuery(STAFF_EVENTS, {
    variables: { filter: { status: tab, from: tab === 'PUBLISHED' ? undefined : LONG_AGO }, page: { page, pageSize: PAGE_SIZE } },
    fetchPolicy: 'network-only',
  });
  const rows = data?.events.items ?? [];
  const total = data?.events.total ?? 0;

  const panel = loading && !data ? <Loading /> : error ? <Notice tone="error">{t('error.loadFailed')}</Notice> : rows.length === 0
    ? <p>{t('events.staff.none')}</p>
    : (
      <>
        <DataTable
          caption={t('events.staff.caption', { status: text.status(tab), count: total })}
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { key: 'title', header: t('events.staff.colTitle'), rowHeader: true, cell: (r) => <Link to={`/staff/events/${r.id}`}>{r.title}</Link> },
            { key: 'owner', header: t('events.staff.colOwner'), cell: (r) => t(r.canManage ? 'events.staff.ownerSelf' : 'events.staff.ownerReadOnly', { owner: owner(r) }) },
            { key: 'when', header: t('events.when'), cell: (r) => when(r) },
            { key: 'kind', header: t('events.staff.colKind'), cell: (r) => `${text.kind(r.kind)}${t('common.listSeparator')}${text.mode(r.mode)}` },
            { key: 'seats', header: t('events.staff.colRegistered'), cell: (r) => t('events.staff.ofCapacity', { count: r.registeredCount, capacity: r.seekerCapacity }) },
            { key: 'booths', header: t('events.staff.colBooths'), cell: (r) => t('events.staff.ofCapacity', { count: r.boothCount, capacity: r.boothLimit }) },
          ]}
        />
        <Pagination page={page} pageSize={PAGE_SIZE} total={total}
          hrefFor={(p) => `/staff/events?${new URLSearchParams({ status: tab, ...(p > 1 ? { page: String(p) } : {}) })}`} />
      </>
    );

  return mark(
    <Page title={t('events.staff.title')}>
      <p>{t('events.staff.intro')}</p>
      <p><ButtonLink to="/staff/events/new">{t('events.staff.new')}</ButtonLink></p>
      <Tabs
        label={t('events.staff.tabsLabel')}
        selected={tab}
        onSelect={(id) => setParams({ status: id }, { replace: true })}
        tabs={TABS.map((id) => ({ id, label: text.status(id), panel: id === tab ? panel : null }))}
      />
    </Page>
  );
}
