// Staff create or edit an event: what and who it is for, when (with the format shown), where, the venue's
// accessibility checklist, services with how many of each, who may attend, seats and booths. Saving keeps a
// new event as a draft; publishing is a separate step on the event's page.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxField, ChoiceGroup, SelectField, TextArea, TextField } from '../../../components/fields';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { DisabilityCategory, EventKind, EventMode, EventService, OrganizationType } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { DISABILITY_CATEGORIES, ORGANIZATION_TYPES } from '../../../lib/enums';
import { describeError } from '../../../lib/graphql-errors';
import { OutOfReachPage } from './EventAccess';
import { EVENT_KINDS, EVENT_MODES, EVENT_SERVICES, SERVICE_ICON, VENUE_FEATURES, type VenueFeature } from '../event-enums';
import { useEventText } from '../event-text';
import { checkDraft, draftFromEvent, emptyDraft, type DraftField, type EventDraft } from './event-draft';
import { useMark } from '../../../components/Lang';

export const EVENT_FOR_EDIT = graphql(`
  query EventForEdit($id: ID!) {
    event(id: $id) {
      id title kind mode status organizer countyCode description startsAt endsAt registrationOpensAt registrationClosesAt
      venueName address onlineUrl latitude longitude accessibilityNote
      stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating
      serviceOffers { service quantity }
      graduationYears targetCategories targetCounties targetOrganizationTypes
      seekerCapacity boothLimit openToBoothApplications registeredCount boothCount canManage county { nameZh nameEn }
    }
  }
`);

export const CREATE_EVENT = graphql(`
  mutation CreateEvent($input: EventInput!) { createEvent(input: $input) { id title status } }
`);

const UPDATE_EVENT = graphql(`
  mutation UpdateEvent($id: ID!, $input: EventInput!) {
    updateEvent(id: $id, input: $input) {
      id title kind mode status organizer countyCode description startsAt endsAt registrationOpensAt registrationClosesAt
      venueName address onlineUrl latitude longitude accessibilityNote
      stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating
      serviceOffers { service quantity }
      graduationYears targetCategories targetCounties targetOrganizationTypes seekerCapacity boothLimit openToBoothApplications
    }
  }
`);

export const STAFF_SCOPE = graphql(`
  query StaffScope { me { id scopeCountyCode } }
`);

const serviceId = (s: EventService) => `ev-service-${s.toLowerCase().replace(/_/g, '-')}`;

const ORDER: ReadonlyArray<readonly [DraftField, string]> = [
  ['title', 'ev-title'], ['kind', 'ev-kind-0'], ['mode', 'ev-mode-0'], ['organizer', 'ev-organizer'], ['countyCode', 'ev-county'],
  ['description', 'ev-description'], ['startsAt', 'ev-starts'], ['endsAt', 'ev-ends'], ['registrationOpensAt', 'ev-reg-opens'],
  ['registrationClosesAt', 'ev-reg-closes'], ['venueName', 'ev-venue'], ['address', 'ev-address'], ['onlineUrl', 'ev-online'],
  ['latitude', 'ev-lat'], ['longitude', 'ev-lng'], ['accessibilityNote', 'ev-access-note'],
  ['services', serviceId(EVENT_SERVICES[0])], ...EVENT_SERVICES.map((s) => [`service:${s}` as DraftField, serviceId(s)] as const),
  ['graduationYears', 'ev-grad-years'], ['targetCategories', 'ev-categories-0'], ['targetCounties', 'ev-counties-0'],
  ['targetOrganizationTypes', 'ev-org-types-0'], ['seekerCapacity', 'ev-capacity'], ['boothLimit', 'ev-booth-limit'],
];

export function EventEditorPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const { data, loading, error } = useQuery(EVENT_FOR_EDIT, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  if (id && loading && !data) return <Loading />;
  if (id && (error || !data)) {
    return (
      <Page title={t('events.notFoundTitle')}>
        <p>{describeError(error).code === 'NOT_FOUND' ? t('events.notFoundBody') : t('error.tryAgainLater')}</p>
        <p><Link to="/staff/events">{t('events.staff.title')}</Link></p>
      </Page>
    );
  }
  const event = data?.event;
  if (event && !event.canManage) return <OutOfReachPage title={t('events.form.editTitle', { title: event.title })} event={event} />;
  if (event && (event.status === 'CANCELLED' || event.status === 'FINISHED')) {
    return (
      <Page title={t('events.form.editTitle', { title: event.title })}>
        <Notice tone="warning"><p>{t('events.form.closed')}</p></Notice>
        <p><Link to={`/staff/events/${event.id}`}>{t('events.staff.backToEvent')}</Link></p>
      </Page>
    );
  }
  return <EventForm key={event?.id ?? 'new'} eventId={event?.id ?? null} initial={event ? draftFromEvent(event) : null}
    counts={event ? { registered: event.registeredCount, booths: event.boothCount } : null} />;
}

function EventForm({ eventId, initial, counts }: { eventId: string | null; initial: EventDraft | null; counts: { registered: number; booths: number } | null }) {
  const mark = useMark();
  const { t, label } = useI18n();
  const text = useEventText();
  const navigate = useNavigate();
  const scopeQuery = useQuery(STAFF_SCOPE, { fetchPolicy: 'cache-first' });
  const counties = useCountyOptions();
  const [d, setD] = useState<EventDraft>(() => initial ?? emptyDraft(t('events.form.defaultOrganizer')));
  const errors = useFormErrors<DraftField>(ORDER);
  const [create, { loading: creating }] = useMutation(CREATE_EVENT);
  const [update, { loading: updating }] = useMutation(UPDATE_EVENT);
  const set = <K extends keyof EventDraft>(k: K, v: EventDraft[K]) => setD((x) => ({ ...x, [k]: v }));
  const e = errors.fields;
  const timeHint = t('events.form.dateTimeHint');
  const pageTitle = eventId ? t('events.form.editTitle', { title: initial?.title ?? '' }) : t('events.form.newTitle');
  // staff of one county run events in that county only
  const scope = scopeQuery.data?.me?.scopeCountyCode ?? null;
  useEffect(() => {
    if (!eventId && scope) setD((x) => (x.countyCode ? x : { ...x, countyCode: scope }));
  }, [eventId, scope]);

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (creating || updating) return;
    const { problems, input } = checkDraft(d);
    if (!input) {
      // a service named in a problem is an enum value: say it in words
      const words = (params?: Record<string, string | number>) => (params?.service ? { ...params, service: text.service(params.service as EventService) } : params);
      errors.fail(Object.fromEntries(Object.entries(problems).map(([f, p]) => [f, t(p!.key, words(p!.params))])) as Partial<Record<DraftField, string>>);
      return;
    }
    try {
      if (eventId) {
        await update({ variables: { id: eventId, input } });
        navigate(`/staff/events/${eventId}`, { state: { flash: t('events.form.saved', { title: input.title }) } });
      } else {
        const { data } = await create({ variables: { input } });
        navigate(`/staff/events/${data!.createEvent.id}`, { state: { flash: t('events.form.created', { title: input.title }) } });
      }
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <Page title={pageTitle} hasErrors={errors.hasErrors}>
      <p>{t('events.form.intro')}</p>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate className="event-form">
        <h2>{t('events.form.basics')}</h2>
        <TextField id="ev-title" label={t('events.form.title')} hint={t('events.form.titleHint')} required error={e.title}
          value={d.title} onChange={(x) => set('title', x.currentTarget.value)} />
        <ChoiceGroup id="ev-kind" name="kind" type="radio" legend={t('events.form.kind')} required error={e.kind} value={d.kind}
          onChange={(v) => set('kind', v as EventKind)}
          choices={EVENT_KINDS.map((k) => ({ value: k, label: text.kind(k), hint: t(`events.kindHint.${k}`) }))} />
        <ChoiceGroup id="ev-mode" name="mode" type="radio" legend={t('events.form.mode')} required error={e.mode} value={d.mode}
          onChange={(v) => set('mode', v as EventMode)} choices={EVENT_MODES.map((m) => ({ value: m, label: text.mode(m) }))} />
        <TextField id="ev-organizer" label={t('events.form.organizer')} hint={t('events.form.organizerHint')} required error={e.organizer}
          value={d.organizer} onChange={(x) => set('organizer', x.currentTarget.value)} />
        <SelectField id="ev-county" label={t('events.form.county')} hint={scope ? t('events.form.countyHintScoped') : t('events.form.countyHint')}
          error={e.countyCode} value={d.countyCode} placeholder={t('events.wholeCity')} options={counties.options}
          onChange={(x) => set('countyCode', x.currentTarget.value)} />
        <TextArea id="ev-description" label={t('events.form.description')} hint={t('events.form.descriptionHint')} error={e.description}
          rows={5} value={d.description} onChange={(x) => set('description', x.currentTarget.value)} />

        <h2>{t('events.form.timesTitle')}</h2>
        <p className="hint">{t('events.form.timesIntro')}</p>
        <TextField id="ev-starts" label={t('events.form.startsAt')} hint={timeHint} required error={e.startsAt} className="medium"
          autoComplete="off" value={d.startsAt} onChange={(x) => set('startsAt', x.currentTarget.value)} />
        <TextField id="ev-ends" label={t('events.form.endsAt')} hint={timeHint} required error={e.endsAt} className="medium"
          autoComplete="off" value={d.endsAt} onChange={(x) => set('endsAt', x.currentTarget.value)} />
        <TextField id="ev-reg-opens" label={t('events.form.registrationOpensAt')} hint={timeHint} required error={e.registrationOpensAt}
          className="medium" autoComplete="off" value={d.registrationOpensAt} onChange={(x) => set('registrationOpensAt', x.currentTarget.value)} />
        <TextField id="ev-reg-closes" label={t('events.form.registrationClosesAt')} hint={t('events.form.closesHint')} required
          error={e.registrationClosesAt} className="medium" autoComplete="off" value={d.registrationClosesAt}
          onChange={(x) => set('registrationClosesAt', x.currentTarget.value)} />

        <h2>{t('events.form.placeTitle')}</h2>
        {d.mode !== 'ONLINE' && (
          <>
            <TextField id="ev-venue" label={t('events.form.venueName')} hint={t('events.form.venueNameHint')} error={e.venueName}
              value={d.venueName} onChange={(x) => set('venueName', x.currentTarget.value)} />
            <TextField id="ev-address" label={t('events.form.address')} required error={e.address} autoComplete="off"
              value={d.address} onChange={(x) => set('address', x.currentTarget.value)} />
            <TextField id="ev-lat" label={t('events.form.latitude')} hint={t('events.form.latitudeHint')} error={e.latitude} className="short"
              inputMode="decimal" value={d.latitude} onChange={(x) => set('latitude', x.currentTarget.value)} />
            <TextField id="ev-lng" label={t('events.form.longitude')} hint={t('events.form.longitudeHint')} error={e.longitude} className="short"
              inputMode="decimal" value={d.longitude} onChange={(x) => set('longitude', x.currentTarget.value)} />
          </>
        )}
        {d.mode !== 'ONSITE' && (
          <TextField id="ev-online" type="url" label={t('events.form.onlineUrl')} hint={t('events.form.onlineUrlHint')} required
            error={e.onlineUrl} value={d.onlineUrl} onChange={(x) => set('onlineUrl', x.currentTarget.value)} />
        )}

        <h2>{t('events.form.accessTitle')}</h2>
        {d.mode === 'ONLINE' ? <p>{t('events.form.accessOnline')}</p> : (
          <ChoiceGroup id="ev-access" name="venue" type="checkbox" legend={t('events.form.accessLegend')} hint={t('events.form.accessHint')}
            value={d.venue} onChange={(v) => set('venue', v as VenueFeature[])} columns
            choices={VENUE_FEATURES.map((f) => ({ value: f, label: text.venue(f) }))} />
        )}
        <TextArea id="ev-access-note" label={t('events.form.accessNote')} hint={t('events.form.accessNoteHint')} error={e.accessibilityNote}
          rows={3} value={d.accessibilityNote} onChange={(x) => set('accessibilityNote', x.currentTarget.value)} />

        <fieldset className="field service-quantities">
          <legend>{t('events.form.servicesLegend')}</legend>
          <p className="hint" id="ev-services-hint">{t('events.form.servicesHint')}</p>
          {e.services && <p className="field-error">{e.services}</p>}
          <div className="quantity-grid">
            {EVENT_SERVICES.map((s) => (
              <TextField key={s} id={serviceId(s)} className="short" inputMode="numeric" autoComplete="off"
                label={<><Icon name={SERVICE_ICON[s]} small /> {t('events.form.serviceQuantity', { service: text.service(s) })}</>}
                error={e[`service:${s}`]} value={d.services[s]}
                onChange={(x) => { const v = x.currentTarget.value; setD((o) => ({ ...o, services: { ...o.services, [s]: v } })); }} />
            ))}
          </div>
        </fieldset>

        <h2>{t('events.form.whoTitle')}</h2>
        {d.kind === 'GENERAL' && <p>{t('events.form.whoGeneral')}</p>}
        {d.kind === 'GRADUATE' && (
          <TextField id="ev-grad-years" label={t('events.form.graduationYears')} hint={t('events.form.graduationYearsHint')}
            error={e.graduationYears} className="medium" inputMode="numeric" value={d.graduationYears}
            onChange={(x) => set('graduationYears', x.currentTarget.value)} />
        )}
        {d.kind === 'TARGETED' && (
          <>
            <ChoiceGroup id="ev-categories" name="categories" type="checkbox" legend={t('events.form.targetCategories')}
              hint={t('events.form.targetCategoriesHint')} error={e.targetCategories} value={d.targetCategories} columns
              onChange={(v) => set('targetCategories', v as DisabilityCategory[])}
              choices={DISABILITY_CATEGORIES.map((c) => ({ value: c, label: label('DisabilityCategory', c) }))} />
            <ChoiceGroup id="ev-counties" name="counties" type="checkbox" legend={t('events.form.targetCounties')}
              hint={t('events.form.targetCountiesHint')} error={e.targetCounties} value={d.targetCounties} columns
              onChange={(v) => set('targetCounties', v as string[])}
              choices={counties.options.map((c) => ({ value: c.value, label: c.label }))} />
            <ChoiceGroup id="ev-org-types" name="orgTypes" type="checkbox" legend={t('events.form.targetOrganizationTypes')}
              hint={t('events.form.targetOrganizationTypesHint')} error={e.targetOrganizationTypes} value={d.targetOrganizationTypes} columns
              onChange={(v) => set('targetOrganizationTypes', v as OrganizationType[])}
              choices={ORGANIZATION_TYPES.map((o) => ({ value: o, label: label('OrganizationType', o) }))} />
          </>
        )}

        <h2>{t('events.form.seatsTitle')}</h2>
        <TextField id="ev-capacity" label={t('events.form.seekerCapacity')} required className="short" inputMode="numeric" autoComplete="off"
          hint={counts ? t('events.form.capacityHintNow', { count: counts.registered }) : t('events.form.capacityHint')}
          error={e.seekerCapacity} value={d.seekerCapacity} onChange={(x) => set('seekerCapacity', x.currentTarget.value)} />
        <TextField id="ev-booth-limit" label={t('events.form.boothLimit')} required className="short" inputMode="numeric" autoComplete="off"
          hint={counts ? t('events.form.boothLimitHintNow', { count: counts.booths }) : t('events.form.boothLimitHint')}
          error={e.boothLimit} value={d.boothLimit} onChange={(x) => set('boothLimit', x.currentTarget.value)} />
        <CheckboxField id="ev-booth-open" label={t('events.form.openToBooths')} hint={t('events.form.openToBoothsHint')}
          checked={d.openToBoothApplications} onChange={(v) => set('openToBoothApplications', v)} />

        <ButtonRow>
          <Button type="submit" aria-disabled={creating || updating || undefined}>{eventId ? t('events.form.save') : t('events.form.saveDraft')}</Button>
          <Link to={eventId ? `/staff/events/${eventId}` : '/staff/events'}>{t('common.cancel')}</Link>
        </ButtonRow>
      </form>
    </Page>
  );
}
