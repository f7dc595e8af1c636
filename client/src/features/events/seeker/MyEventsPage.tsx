// The seeker's events, newest registration first: the ticket for a seat, the place on the waiting list,
// the services asked for; changing them and cancelling (a confirm dialog) from here.
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonLink, ButtonRow } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import type { MyEventRegistrationsQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { EVENT_SERVICES, SERVICE_ICON } from '../event-enums';
import { EventStatusBadge, useEventTime, usePlace } from '../EventParts';
import { useEventText } from '../event-text';
import { useFocusLater } from '../useFocusLater';
import { Ticket } from './Ticket';
import { useMark } from '../../../components/Lang';

const MY_REGISTRATIONS = graphql(`
  query MyEventRegistrations {
    myEventRegistrations {
      id status createdAt checkedInAt waitlistPosition ticketCode ticketQrSvg
      onBehalf { staffName office }
      services { id service notes }
      event {
        id title status mode startsAt endsAt venueName address onlineUrl cancelReason
        county { code nameZh nameEn }
      }
    }
  }
`);

const CANCEL_REGISTRATION = graphql(`
  mutation CancelEventRegistration($registrationId: ID!) {
    cancelEventRegistration(registrationId: $registrationId) {
      id status cancelledAt ticketCode ticketQrSvg waitlistPosition
      event { id registeredCount myRegistration { id status } }
    }
  }
`);

type Registration = MyEventRegistrationsQuery['myEventRegistrations'][number];

export function MyEventsPage() {
  const mark = useMark();
  const { t } = useI18n();
  const { data, loading, error } = useQuery(MY_REGISTRATIONS, { fetchPolicy: 'network-only' });
  const [cancelling, setCancelling] = useState<Registration | null>(null);
  const focusLater = useFocusLater();
  const list = data?.myEventRegistrations ?? [];
  const active = list.filter((r) => r.status !== 'CANCELLED');
  const cancelled = list.filter((r) => r.status === 'CANCELLED');

  return mark(
    <Page title={t('events.mine.title')}>
      {loading && !data && <Loading />}
      {error && <Notice tone="error">{t('error.loadFailed')}</Notice>}
      {data && list.length === 0 && (
        <>
          <p>{t('events.mine.none')}</p>
          <p><ButtonLink to="/events">{t('events.mine.browse')}</ButtonLink></p>
        </>
      )}
      {active.length > 0 && (
        <>
          <p>{t('events.mine.count', { count: active.length })}</p>
          <ul className="card-list">
            {active.map((r) => <li key={r.id}><RegistrationCard registration={r} onCancel={() => setCancelling(r)} /></li>)}
          </ul>
        </>
      )}
      {cancelled.length > 0 && (
        <section aria-labelledby="mine-cancelled">
          <h2 id="mine-cancelled" tabIndex={-1}>{t('events.mine.cancelledTitle')}</h2>
          <ul>
            {cancelled.map((r) => <li key={r.id}><Link to={`/events/${r.event.id}`}>{r.event.title}</Link></li>)}
          </ul>
        </section>
      )}
      {data && <p><Link to="/events">{t('events.mine.browse')}</Link></p>}
      <CancelDialog registration={cancelling} onDone={(cancelledId) => {
        setCancelling(null);
        // the card moves to the cancelled list: focus follows it there once its buttons are gone
        if (cancelledId) focusLater('mine-cancelled', () => !document.getElementById(`cancel-${cancelledId}`));
      }} />
    </Page>
  );
}

function RegistrationCard({ registration: r, onCancel }: { registration: Registration; onCancel: () => void }) {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  const text = useEventText();
  const when = useEventTime();
  const place = usePlace();
  const e = r.event;
  const open = e.status === 'PUBLISHED';
  return mark(
    <article className="card" aria-labelledby={`reg-${r.id}-title`}>
      <h2 id={`reg-${r.id}-title`} tabIndex={-1}><Link to={`/events/${e.id}`}>{e.title}</Link></h2>
      {e.status !== 'PUBLISHED' && <p className="badges"><EventStatusBadge status={e.status} /></p>}
      {e.status === 'CANCELLED' && e.cancelReason && <Notice tone="warning"><p>{t('events.cancelReason', { reason: e.cancelReason })}</p></Notice>}
      <dl className="facts">
        <dt>{t('events.when')}</dt>
        <dd>{when(e)}</dd>
        <dt>{t('events.where')}</dt>
        <dd>{place(e)}</dd>
        {e.mode !== 'ONSITE' && e.onlineUrl && (<><dt>{t('events.onlineUrl')}</dt><dd><a className="long-text" href={e.onlineUrl} rel="noopener noreferrer">{e.onlineUrl}</a></dd></>)}
        <dt>{t('events.mine.status')}</dt>
        <dd>
          <span className={`badge ${r.status === 'REGISTERED' ? 'status-good' : 'status-neutral'}`}>
            {r.status === 'REGISTERED' && <Icon name="check" small />}{text.registration(r.status)}
          </span>
          {r.status === 'WAITLISTED' && <> {t('events.mine.position', { position: r.waitlistPosition ?? '?' })}</>}
        </dd>
        {r.onBehalf && (<><dt>{t('onBehalf.madeBy')}</dt><dd>{t('onBehalf.madeByWho', { office: r.onBehalf.office, name: r.onBehalf.staffName })}</dd></>)}
        {r.checkedInAt && (<><dt>{t('events.mine.checkedIn')}</dt><dd>{formatDateTime(r.checkedInAt)}</dd></>)}
        <dt>{t('events.mine.services')}</dt>
        <dd>
          {r.services.length === 0 ? t('events.mine.noServices') : (
            <ul className="plain-list">
              {[...r.services].sort((a, b) => EVENT_SERVICES.indexOf(a.service) - EVENT_SERVICES.indexOf(b.service)).map((s) => (
                <li key={s.id}><Icon name={SERVICE_ICON[s.service]} small /> {text.service(s.service)}{s.notes ? t('events.mine.serviceNotes', { notes: s.notes }) : ''}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {r.status === 'WAITLISTED' && <p>{t('events.mine.waitlistHelp')}</p>}
      {r.status === 'REGISTERED' && r.ticketCode && <Ticket code={r.ticketCode} qrSvg={r.ticketQrSvg} headingId={`reg-${r.id}-ticket`} />}
      {open && (
        <ButtonRow>
          <ButtonLink to={`/events/${e.id}/register`} variant="secondary">
            {t('events.changeServices')}<span className="visually-hidden">{t('common.colon')}{e.title}</span>
          </ButtonLink>
          <Button variant="secondary" id={`cancel-${r.id}`} onClick={onCancel}>
            {t('events.mine.cancel')}<span className="visually-hidden">{t('common.colon')}{e.title}</span>
          </Button>
        </ButtonRow>
      )}
    </article>
  );
}

function CancelDialog({ registration, onDone }: { registration: Registration | null; onDone: (cancelledId?: string) => void }) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const [cancel, { loading }] = useMutation(CANCEL_REGISTRATION, { refetchQueries: ['MyEventRegistrations'] });
  const [problem, setProblem] = useState<string | null>(null);
  const keep = useRef<HTMLButtonElement>(null);

  const close = (cancelledId?: string) => {
    setProblem(null);
    onDone(cancelledId);
  };
  const confirm = async () => {
    if (!registration || loading) return;
    try {
      await cancel({ variables: { registrationId: registration.id } });
      announce(t('events.mine.cancelled', { title: registration.event.title }));
      close(registration.id);
    } catch (err) {
      setProblem(describeError(err).message ?? t('error.generic'));
    }
  };

  return mark(
    <Dialog open={!!registration} title={t('events.mine.cancelTitle')} onClose={() => close()} initialFocus={keep}>
      <p>{t('events.mine.cancelBody', { title: registration?.event.title ?? '' })}</p>
      {registration?.status === 'REGISTERED' && <p>{t('events.mine.cancelSeat')}</p>}
      {problem && <Notice tone="error" role="alert">{problem}</Notice>}
      <ButtonRow>
        <Button variant="danger" onClick={confirm} aria-disabled={loading || undefined}>{t('events.mine.cancelConfirm')}</Button>
        <Button variant="secondary" ref={keep} onClick={() => close()}>{t('events.mine.keep')}</Button>
      </ButtonRow>
    </Dialog>
  );
}
