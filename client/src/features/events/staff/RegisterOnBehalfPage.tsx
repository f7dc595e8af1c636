// Staff at the counter register a person who consented ("残联工作人员可以代我办理") for a fair, with the
// services the person needs: a seat, or the waiting list when it is full, as when the person registers. The page
// around the choice is the one every such act shares (OnBehalfChoicePage).
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { OnBehalfChoicePage } from '../../../components/OnBehalfChoicePage';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useEventTime } from '../EventParts';
import { NOTES_MAX, ServiceRequestPicker, type ServiceRequest } from '../seeker/ServiceRequestPicker';

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
  const { id = '' } = useParams();
  const { t } = useI18n();
  const when = useEventTime();
  const { data, loading, error, refetch } = useQuery(CONTEXT, { variables: { id }, fetchPolicy: 'network-only' });
  const [register] = useMutation(REGISTER_ON_BEHALF);
  const [requests, setRequests] = useState<ServiceRequest[]>([]);
  const events = (data?.events.items ?? []).filter((e) => e.status === 'PUBLISHED');
  return (
    <OnBehalfChoicePage seekerId={id} seeker={data?.seeker} loading={loading} error={error} choiceId="ob-event"
      words={{
        title: t('onBehalf.register.title'),
        pageTitle: (name) => t('onBehalf.register.pageTitle', { name }),
        intro: (name) => t('onBehalf.register.intro', { name }),
        formTitle: t('onBehalf.register.formTitle'),
        legend: t('onBehalf.register.event'),
        choose: t('onBehalf.register.chooseEvent'),
        none: t('onBehalf.register.noEvents'),
        submit: (name) => t('onBehalf.register.submit', { name }),
      }}
      choices={events.map((e) => ({
        value: e.id, label: e.title,
        hint: t('onBehalf.register.eventHint', { when: when(e), taken: e.registeredCount, capacity: e.seekerCapacity }),
      }))}
      onChoose={() => setRequests([])}
      extra={(eventId) => (
        <ServiceRequestPicker id="ob-services" value={requests} onChange={setRequests} offers={events.find((e) => e.id === eventId)?.serviceOffers ?? []} />
      )}
      check={() => (requests.some((r) => r.notes.length > NOTES_MAX) ? t('form.tooLong', { max: NOTES_MAX }) : null)}
      act={async (eventId) => {
        const r = await register({ variables: { seekerId: id, eventId, services: requests.map((x) => ({ service: x.service, notes: x.notes.trim() })) } });
        const reg = r.data!.registerOnBehalf;
        const name = data!.seeker.name;
        void refetch();
        return reg.status === 'REGISTERED'
          ? t('onBehalf.register.seated', { name, title: reg.event.title })
          : t('onBehalf.register.waitlisted', { name, title: reg.event.title, position: reg.waitlistPosition ?? '?' });
      }} />
  );
}
