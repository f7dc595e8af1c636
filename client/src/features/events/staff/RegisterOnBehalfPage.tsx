// Staff at the counter register a person who consented ("残联工作人员可以代我办理") for a fair, with the
// services the person needs: a seat, or the waiting list when it is full, as when the person registers.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { ErrorSummary, type SummaryItem } from '../../../components/ErrorSummary';
import { ChoiceGroup } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { useEventTime } from '../EventParts';
import { NOTES_MAX, ServiceRequestPicker, type ServiceRequest } from '../seeker/ServiceRequestPicker';
import { useMark } from '../../../components/Lang';

const CONTEXT = graphql(`
  query OnBehalfRegisterContext($id: ID!) {
    seeker(id: $id) { id name consents }
    events(page: { pageSize: 30 }) {
      items { id title status startsAt endsAt seekerCapacity registeredCount serviceOffers { service quantity } }
    }
  }
`);

const REGISTER_ON_BEHALF = graphql(`
  mutation RegisterOnBehalf($seekerId: ID!, $eventId: ID!, $services: [ServiceRequestInput!]!) {
    registerOnBehalf(seekerId: $seekerId, eventId: $eventId, services: $services) {
      id status waitlistPosition event { id title registeredCount } onBehalf { staffName office }
    }
  }
`);

export function RegisterOnBehalfPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t } = useI18n();
  const when = useEventTime();
  const announce = useAnnounce();
  const { data, loading, error, refetch } = useQuery(CONTEXT, { variables: { id }, fetchPolicy: 'network-only' });
  const [register, { loading: sending }] = useMutation(REGISTER_ON_BEHALF);
  const [eventId, setEventId] = useState('');
  const [requests, setRequests] = useState<ServiceRequest[]>([]);
  const [problems, setProblems] = useState<SummaryItem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | null>(null);

  if (loading && !data) return <Loading />;
  if (error || !data) {
    return (
      <Page title={t('onBehalf.register.title')}>
        <Notice tone="error"><p>{describeError(error).message ?? t('error.loadFailed')}</p></Notice>
        <p><Link to={`/staff/seekers/${id}`}>{t('onBehalf.back')}</Link></p>
      </Page>
    );
  }
  const s = data.seeker;
  const title = t('onBehalf.register.pageTitle', { name: s.name });
  const back = <p><Link to={`/staff/seekers/${s.id}`}>{t('onBehalf.backTo', { name: s.name })}</Link></p>;
  if (!(s.consents ?? []).includes('ACT_ON_BEHALF')) {
    return <Page title={title}>{back}<Notice tone="warning"><p>{t('onBehalf.noConsent', { name: s.name })}</p></Notice></Page>;
  }
  const events = data.events.items.filter((e) => e.status === 'PUBLISHED');
  const chosen = events.find((e) => e.id === eventId);

  const fail = (items: SummaryItem[], msg: string | null) => {
    setProblems(items);
    setMessage(msg);
    setAttempt((a) => a + 1);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    if (!chosen) return fail([{ target: 'ob-event-0', message: t('onBehalf.register.chooseEvent') }], null);
    const tooLong = requests.find((r) => r.notes.length > NOTES_MAX);
    if (tooLong) return fail([], t('form.tooLong', { max: NOTES_MAX }));
    try {
      const r = await register({ variables: { seekerId: s.id, eventId: chosen.id, services: requests.map((x) => ({ service: x.service, notes: x.notes.trim() })) } });
      const reg = r.data!.registerOnBehalf;
      const msg = reg.status === 'REGISTERED'
        ? t('onBehalf.register.seated', { name: s.name, title: reg.event.title })
        : t('onBehalf.register.waitlisted', { name: s.name, title: reg.event.title, position: reg.waitlistPosition ?? '?' });
      setProblems([]);
      setMessage(null);
      setDone(msg);
      announce(msg);
      void refetch();
    } catch (err) {
      fail([], describeError(err).message ?? t('error.generic'));
    }
  };

  return mark(
    <Page title={title} hasErrors={problems.length > 0 || !!message}>
      {back}
      <p>{t('onBehalf.register.intro', { name: s.name })}</p>
      <ErrorSummary items={problems} message={message} attempt={attempt} />
      {done && <Notice tone="success"><p>{done}</p></Notice>}
      {events.length === 0 ? <p>{t('onBehalf.register.noEvents')}</p> : (
        <form onSubmit={submit} noValidate aria-labelledby="ob-register-title">
          <h2 id="ob-register-title">{t('onBehalf.register.formTitle')}</h2>
          <ChoiceGroup id="ob-event" name="eventId" type="radio" legend={t('onBehalf.register.event')}
            error={problems.find((p) => p.target === 'ob-event-0')?.message}
            value={eventId || null} onChange={(v) => { setEventId(String(v)); setRequests([]); }}
            choices={events.map((e) => ({
              value: e.id, label: e.title,
              hint: t('onBehalf.register.eventHint', { when: when(e), taken: e.registeredCount, capacity: e.seekerCapacity }),
            }))} />
          {chosen && <ServiceRequestPicker id="ob-services" value={requests} onChange={setRequests} offers={chosen.serviceOffers} />}
          <ButtonRow>
            <Button type="submit" aria-disabled={sending || undefined}>{t('onBehalf.register.submit', { name: s.name })}</Button>
          </ButtonRow>
        </form>
      )}
    </Page>
  );
}
