// Staff: who registered for an event, in arrival order, with the services each asked for and whether they
// have checked in. Filtered by status in the address.
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { DataTable } from '../../../components/DataTable';
import { SelectField } from '../../../components/fields';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import type { RegistrationStatus } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { REGISTRATION_STATUSES, SERVICE_ICON } from '../event-enums';
import { useEventText } from '../event-text';
import { useLoadProblem } from './EventAccess';
import { useMark } from '../../../components/Lang';

const EVENT_REGISTRATIONS = graphql(`
  query StaffEventRegistrations($eventId: ID!, $status: RegistrationStatus) {
    event(id: $eventId) { id title seekerCapacity registeredCount }
    eventRegistrations(eventId: $eventId, status: $status) {
      id status createdAt checkedInAt waitlistPosition
      seeker { id name phone category }
      services { id service notes }
    }
  }
`);

export function RegistrationsPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t, label, formatDateTime } = useI18n();
  const text = useEventText();
  const loadProblem = useLoadProblem();
  const [params, setParams] = useSearchParams();
  const status = (REGISTRATION_STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as RegistrationStatus) : null;
  const [filter, setFilter] = useState<string>(status ?? '');
  const { data, loading, error } = useQuery(EVENT_REGISTRATIONS, { variables: { eventId: id, status }, fetchPolicy: 'network-only' });

  if (loading && !data) return <Loading />;
  if (error && !data) {
    return (
      <Page title={t('events.registrations.title')}>
        <Notice tone="error"><p>{loadProblem(error)}</p></Notice>
        <p><Link to={`/staff/events/${id}`}>{t('events.staff.backToEvent')}</Link></p>
        <p><Link to="/staff/events">{t('events.staff.title')}</Link></p>
      </Page>
    );
  }
  const e = data!.event;
  const rows = data!.eventRegistrations;
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    setParams(filter ? { status: filter } : {});
  };

  return mark(
    <Page title={t('events.registrations.pageTitle', { title: e.title })}>
      <p><Link to={`/staff/events/${e.id}`}>{t('events.staff.backToEvent')}</Link></p>
      <form onSubmit={submit} className="inline-filter" aria-label={t('events.registrations.filterLabel')}>
        <SelectField id="reg-status" label={t('events.registrations.status')} value={filter} placeholder={t('events.registrations.all')}
          options={REGISTRATION_STATUSES.map((s) => ({ value: s, label: text.registration(s) }))} onChange={(x) => setFilter(x.currentTarget.value)} />
        <Button type="submit" variant="secondary">{t('events.registrations.show')}</Button>
      </form>
      <p role="status">{t('events.registrations.count', { count: rows.length })}</p>
      {rows.length > 0 && (
        <DataTable
          caption={status ? t('events.registrations.captionStatus', { status: text.registration(status) }) : t('events.registrations.caption')}
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { key: 'name', header: t('events.registrations.colName'), rowHeader: true, cell: (r) => r.seeker.name },
            { key: 'status', header: t('events.registrations.status'), cell: (r) => (r.status === 'WAITLISTED' && r.waitlistPosition
              ? t('events.registrations.waitlistAt', { position: r.waitlistPosition })
              : text.registration(r.status)) },
            { key: 'category', header: t('events.registrations.colCategory'), cell: (r) => (r.seeker.category ? label('DisabilityCategory', r.seeker.category) : t('events.registrations.notShared')) },
            { key: 'phone', header: t('events.registrations.colPhone'), cell: (r) => r.seeker.phone ?? t('events.registrations.notShared') },
            { key: 'services', header: t('events.registrations.colServices'), cell: (r) => (r.services.length === 0 ? t('common.none') : (
              <ul className="plain-list">
                {r.services.map((s) => <li key={s.id}><Icon name={SERVICE_ICON[s.service]} small /> {text.service(s.service)}{s.notes ? t('events.mine.serviceNotes', { notes: s.notes }) : ''}</li>)}
              </ul>
            )) },
            { key: 'checkedIn', header: t('events.registrations.colCheckedIn'), cell: (r) => (r.checkedInAt ? formatDateTime(r.checkedInAt) : t('events.registrations.notYet')) },
            { key: 'registeredAt', header: t('events.registrations.colRegisteredAt'), cell: (r) => formatDateTime(r.createdAt) },
          ]}
        />
      )}
    </Page>
  );
}
