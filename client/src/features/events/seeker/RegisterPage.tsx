// Register for an event (a seat, or the waiting list when it is full) with the services the person needs;
// once registered, the same page changes the service requests.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, ButtonLink, ButtonRow } from '../../../components/Button';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { useFormDraft } from '../../../components/form-draft';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import type { EventService } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { useEventTime, usePlace } from '../EventParts';
import { useEventText } from '../event-text';
import { NOTES_MAX, ServiceRequestPicker, serviceNotesId, type ServiceRequest } from './ServiceRequestPicker';
import { useMark } from '../../../components/Lang';

const REGISTER_CONTEXT = graphql(`
  query EventRegisterContext($id: ID!) {
    event(id: $id) {
      id title status mode startsAt endsAt venueName address seekerCapacity registeredCount
      registrationOpensAt registrationClosesAt
      county { code nameZh nameEn }
      serviceOffers { service quantity }
      eligibility { eligible reasons }
      myRegistration { id status waitlistPosition services { id service notes } }
    }
  }
`);

const REGISTER = graphql(`
  mutation RegisterForEvent($eventId: ID!, $services: [ServiceRequestInput!]!) {
    registerForEvent(eventId: $eventId, services: $services) {
      id status waitlistPosition services { id service notes }
      event { id registeredCount myRegistration { id status waitlistPosition } }
    }
  }
`);

const UPDATE_SERVICES = graphql(`
  mutation UpdateEventServiceRequests($registrationId: ID!, $services: [ServiceRequestInput!]!) {
    updateEventServiceRequests(registrationId: $registrationId, services: $services) { id services { id service notes } }
  }
`);

const PICKER = 'register-services';

export function RegisterPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t } = useI18n();
  const text = useEventText();
  const when = useEventTime();
  const place = usePlace();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(REGISTER_CONTEXT, { variables: { id }, fetchPolicy: 'network-only' });
  // the services asked for survive a lapsed sign-in
  const draft = useFormDraft<{ requests: ServiceRequest[] | null }>();
  const [requests, setRequests] = useState<ServiceRequest[] | null>(draft.initial?.requests ?? null);
  draft.track({ requests });
  const [noteErrors, setNoteErrors] = useState<Partial<Record<EventService, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [register, { loading: registering }] = useMutation(REGISTER);
  const [update, { loading: updating }] = useMutation(UPDATE_SERVICES);

  if (loading && !data) return <Loading />;
  if (error || !data) {
    return (
      <Page title={t('events.notFoundTitle')}>
        <p>{describeError(error).code === 'NOT_FOUND' ? t('events.notFoundBody') : t('error.tryAgainLater')}</p>
        <p><Link to="/events">{t('events.backToList')}</Link></p>
      </Page>
    );
  }
  const e = data.event;
  const existing = e.myRegistration && e.myRegistration.status !== 'CANCELLED' ? e.myRegistration : null;
  const title = existing ? t('events.register.editTitle', { title: e.title }) : t('events.register.title', { title: e.title });
  const value = requests ?? existing?.services.map((s) => ({ service: s.service, notes: s.notes })) ?? [];

  if (!existing) {
    if (!e.eligibility) {
      return (
        <Page title={title}>
          <Notice tone="warning"><p>{t('events.profileFirst')}</p></Notice>
          <p><ButtonLink to="/profile/edit">{t('profile.create')}</ButtonLink></p>
        </Page>
      );
    }
    if (!e.eligibility.eligible) {
      return (
        <Page title={title}>
          <Notice tone="warning" title={t('events.notEligibleTitle')}>
            <ul>{e.eligibility.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
          </Notice>
          <p><Link to={`/events/${e.id}`}>{t('events.backToEvent')}</Link></p>
        </Page>
      );
    }
  }

  const summary: SummaryItem[] = Object.entries(noteErrors).map(([s, msg]) => ({ target: serviceNotesId(PICKER, s as EventService), message: msg! }));
  const hasErrors = summary.length > 0 || !!message;
  const full = e.registeredCount >= e.seekerCapacity;

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (registering || updating) return;
    const problems: Partial<Record<EventService, string>> = {};
    for (const r of value) {
      if (r.notes.length > NOTES_MAX) problems[r.service] = t('events.services.notesTooLong', { service: text.service(r.service), max: NOTES_MAX });
    }
    setNoteErrors(problems);
    if (Object.keys(problems).length) {
      setMessage(null);
      setAttempt((a) => a + 1);
      return;
    }
    const services = value.map((r) => ({ service: r.service, notes: r.notes.trim() }));
    try {
      if (existing) {
        await update({ variables: { registrationId: existing.id, services } });
        draft.clear();
        navigate('/my-events', { state: { flash: t('events.register.updated', { title: e.title }) } });
        return;
      }
      const { data: done } = await register({ variables: { eventId: e.id, services } });
      const r = done!.registerForEvent;
      draft.clear();
      const flash = r.status === 'REGISTERED'
        ? t('events.register.done', { title: e.title })
        : t('events.register.waitlisted', { title: e.title, position: r.waitlistPosition ?? '?' });
      navigate('/my-events', { state: { flash } });
    } catch (err) {
      setMessage(draft.lapsedSignIn(err) ? t('session.lapsedOnSubmit') : describeError(err).message ?? t('error.generic'));
      setAttempt((a) => a + 1);
    }
  };

  return mark(
    <Page title={title} hasErrors={hasErrors}>
      <dl className="facts">
        <dt>{t('events.when')}</dt>
        <dd>{when(e)}</dd>
        <dt>{t('events.where')}</dt>
        <dd>{place(e)}</dd>
        {existing && (
          <>
            <dt>{t('events.register.yourStatus')}</dt>
            <dd>{existing.status === 'WAITLISTED'
              ? t('events.youAreWaitlisted', { position: existing.waitlistPosition ?? '?' })
              : text.registration(existing.status)}</dd>
          </>
        )}
      </dl>
      {!existing && full && <Notice tone="warning"><p>{t('events.fullWaitlist')}</p></Notice>}
      {draft.restoredNotice && <Notice tone="success"><p>{draft.restoredNotice}</p></Notice>}
      <ErrorSummary items={summary} message={message} attempt={attempt} action={draft.signInAgain} />
      <form onSubmit={submit} noValidate>
        <ServiceRequestPicker id={PICKER} value={value} offers={e.serviceOffers} noteErrors={noteErrors}
          onChange={(next) => setRequests(next)} />
        <p>{t('events.register.sharing')}</p>
        <ButtonRow>
          <Button type="submit" aria-disabled={registering || updating || undefined}>
            {existing ? t('events.register.saveServices') : full ? t('events.joinWaitlist') : t('events.register.submit')}
          </Button>
          <Link to={`/events/${e.id}`}>{t('common.cancel')}</Link>
        </ButtonRow>
      </form>
    </Page>
  );
}
