// One event: when and where, the accessibility of the venue and the services on offer, who may attend and,
// for a signed-in seeker, whether they may and why not; how to register; the employers and their positions.
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { ButtonLink } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { ReservedBadge } from '../../../components/posting';
import { useSession } from '../../../components/session';
import { graphql } from '../../../gql';
import type { EventDetailQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { EventStatusBadge, SeatsText, ServicesOnOffer, useEventTime, usePlace, VenueAccessibility, WhoMayAttend } from '../EventParts';
import { ReadAloud } from '../../../components/ReadAloud';
import { useEventEasyRead } from '../event-easy-read';
import { useEventText } from '../event-text';
import { formatShortDateTime } from '../event-time';
import { useMark } from '../../../components/Lang';

export const EVENT_DETAIL = graphql(`
  query EventDetail($id: ID!) {
    event(id: $id) {
      ...EventCardFields
      description onlineUrl accessibilityNote cancelReason
      graduationYears targetCategories targetCounties targetOrganizationTypes
      openToBoothApplications boothLimit boothCount
      eligibility { eligible reasons }
      myRegistration { id status waitlistPosition }
      booths {
        id status
        organization { id name type }
        postings { id title reserved openingsLeft status }
      }
    }
  }
`);

type EventData = EventDetailQuery['event'];

export function EventDetailPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t, label, locale } = useI18n();
  const formatShort = (iso: string) => formatShortDateTime(iso, locale);
  const text = useEventText();
  const when = useEventTime();
  const place = usePlace();
  const easyRead = useEventEasyRead();
  const { data, loading, error } = useQuery(EVENT_DETAIL, { variables: { id }, fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <Loading />;
  if (error && !data) {
    const missing = ['NOT_FOUND', 'BAD_USER_INPUT'].includes(describeError(error).code);
    return (
      <Page title={missing ? t('events.notFoundTitle') : t('error.loadFailed')}>
        <p>{missing ? t('events.notFoundBody') : t('error.tryAgainLater')}</p>
        <p><Link to="/events">{t('events.backToList')}</Link></p>
      </Page>
    );
  }
  const e = data!.event;
  const registered = e.myRegistration?.status === 'REGISTERED';
  const booths = e.booths.filter((b) => b.status === 'APPROVED');
  const easy = easyRead({ ...e, approvedEmployers: booths.length });

  return mark(
    <Page title={e.title}>
      <ul className="badges">
        <li><span className="badge status-neutral">{text.kind(e.kind)}</span></li>
        <li><span className="badge">{text.mode(e.mode)}</span></li>
        <li><EventStatusBadge status={e.status} /></li>
      </ul>
      {e.status === 'CANCELLED' && (
        <Notice tone="warning" title={t('events.cancelledTitle')}>{e.cancelReason && <p>{t('events.cancelReason', { reason: e.cancelReason })}</p>}</Notice>
      )}
      {e.status === 'FINISHED' && <Notice>{t('events.finishedNotice')}</Notice>}

      <section className="easy-read" aria-labelledby="event-easy-read-title">
        <h2 id="event-easy-read-title">{t('events.easy.title')}</h2>
        <ol id="event-easy-read-text" tabIndex={-1}>{easy.map((s, i) => <li key={i}>{s}</li>)}</ol>
        <ReadAloud text={easy.join(locale === 'en' ? ' ' : '')} label={t('readAloud.start')} textId="event-easy-read-text" />
      </section>

      <dl className="facts">
        <dt><Icon name="calendar" small /> {t('events.when')}</dt>
        <dd>{when(e)}</dd>
        <dt><Icon name="pin" small /> {t('events.where')}</dt>
        <dd>{place(e)}</dd>
        {e.mode !== 'ONSITE' && e.onlineUrl && (
          <>
            <dt><Icon name="screen" small /> {t('events.onlineUrl')}</dt>
            <dd><a className="long-text" href={e.onlineUrl} rel="noopener noreferrer">{e.onlineUrl}</a></dd>
          </>
        )}
        <dt><Icon name="building" small /> {t('events.organizer')}</dt>
        <dd>{e.organizer}</dd>
        <dt><Icon name="people" small /> {t('events.seats')}</dt>
        <dd><SeatsText capacity={e.seekerCapacity} registered={e.registeredCount} /></dd>
        <dt><Icon name="clock" small /> {t('events.registrationTime')}</dt>
        <dd>{t('events.registrationRange', { opens: formatShort(e.registrationOpensAt), closes: formatShort(e.registrationClosesAt) })}</dd>
      </dl>

      <section aria-labelledby="event-register-title">
        <h2 id="event-register-title">{t('events.registerTitle')}</h2>
        <RegisterBlock event={e} />
      </section>

      {e.description && (
        <section aria-labelledby="event-about-title">
          <h2 id="event-about-title">{t('events.about')}</h2>
          {e.description.split(/\n+/).filter(Boolean).map((para, i) => <p key={i}>{para}</p>)}
        </section>
      )}

      <section aria-labelledby="event-access-title">
        <h2 id="event-access-title">{t('events.accessTitle')}</h2>
        <VenueAccessibility event={e} note={e.accessibilityNote} />
        <h3>{t('events.servicesTitle')}</h3>
        <ServicesOnOffer offers={e.serviceOffers} />
        <p className="hint">{t('events.servicesAskHint')}</p>
      </section>

      <section aria-labelledby="event-who-title">
        <h2 id="event-who-title">{t('events.whoTitle')}</h2>
        <WhoMayAttend event={e} />
      </section>

      <section aria-labelledby="event-employers-title">
        <h2 id="event-employers-title">{t('events.employersTitle')}</h2>
        {booths.length === 0 ? <p>{t('events.noEmployersYet')}</p> : (
          <ul className="card-list">
            {booths.map((b) => (
              <li key={b.id}>
                <article className="card" aria-labelledby={`booth-${b.id}-name`}>
                  <h3 id={`booth-${b.id}-name`}>{b.organization.name}</h3>
                  <p className="muted">{label('OrganizationType', b.organization.type)}</p>
                  {b.postings.length === 0 ? <p>{t('events.noPostingsAtBooth')}</p> : (
                    <ul className="booth-postings">
                      {b.postings.map((p) => (
                        <li key={p.id}>
                          <Link to={`/jobs/${p.id}`}>{p.title}</Link>
                          {p.reserved && <> <ReservedBadge /></>}
                          {registered && e.status === 'PUBLISHED' && p.status === 'PUBLISHED' && (
                            <> <Link to={`/events/${e.id}/apply/${p.id}`} className="event-apply-link">
                              {t('events.applyHere')}<span className="visually-hidden">{t('common.colon')}{p.title}</span>
                            </Link></>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </article>
              </li>
            ))}
          </ul>
        )}
        {registered && booths.length > 0 && <p className="hint">{t('events.applyHereHint')}</p>}
      </section>
      <p><Link to="/events">{t('events.backToList')}</Link></p>
    </Page>
  );
}

/** What this person can do about the event, and why not when they cannot. */
function RegisterBlock({ event: e }: { event: EventData }) {
  const mark = useMark();
  const { t, locale } = useI18n();
  const formatShort = (iso: string) => formatShortDateTime(iso, locale);
  const { me } = useSession();
  const next = encodeURIComponent(`/events/${e.id}/register`);
  const now = Date.now();
  const opens = new Date(e.registrationOpensAt).getTime();
  const closes = new Date(e.registrationClosesAt).getTime();
  const full = e.registeredCount >= e.seekerCapacity;
  const r = e.myRegistration;

  if (me?.role === 'EMPLOYER') {
    const canApply = e.status === 'PUBLISHED' && e.openToBoothApplications;
    return (
      <>
        <p>{t('events.forEmployers')}</p>
        {canApply
          ? <p><ButtonLink to={`/employer/events/${e.id}/booth`}>{t('events.applyForBooth')}</ButtonLink></p>
          : <p>{t('events.boothsClosed')}</p>}
      </>
    );
  }
  if (me?.role === 'STAFF' || me?.role === 'ADMIN') {
    return <p><ButtonLink to={`/staff/events/${e.id}`}>{t('events.manageThis')}</ButtonLink></p>;
  }
  if (r && r.status !== 'CANCELLED') {
    return (
      <>
        {r.status === 'REGISTERED'
          ? <Notice tone="success"><p>{t('events.youAreRegistered')}</p></Notice>
          : <Notice tone="warning"><p>{t('events.youAreWaitlisted', { position: r.waitlistPosition ?? '?' })}</p></Notice>}
        <p><ButtonLink to="/my-events">{t('events.seeTicket')}</ButtonLink></p>
        {e.status === 'PUBLISHED' && <p><Link to={`/events/${e.id}/register`}>{t('events.changeServices')}</Link></p>}
      </>
    );
  }
  if (e.status !== 'PUBLISHED') return <p>{t('events.notTakingRegistrations')}</p>;
  if (now < opens) return <p>{t('events.registrationNotOpen', { opens: formatShort(e.registrationOpensAt) })}</p>;
  if (now >= closes) return <p>{t('events.registrationClosed')}</p>;
  if (!me) {
    return (
      <>
        <p>{t('events.signInToRegister')}</p>
        <p><ButtonLink to={`/sign-in?next=${next}`}>{t('events.signInAndRegister')}</ButtonLink></p>
        <p><Link to="/sign-up?role=SEEKER">{t('job.createAccount')}</Link></p>
      </>
    );
  }
  if (!e.eligibility) {
    return (
      <>
        <Notice tone="warning"><p>{t('events.profileFirst')}</p></Notice>
        <p><ButtonLink to="/profile/edit">{t('profile.create')}</ButtonLink></p>
      </>
    );
  }
  if (!e.eligibility.eligible) {
    return (
      <Notice tone="warning" title={t('events.notEligibleTitle')}>
        <ul>{e.eligibility.reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>
        <p>{t('events.notEligibleHelp')}</p>
      </Notice>
    );
  }
  return mark(
    <>
      <p>{t('events.eligible')}</p>
      {full && <p>{t('events.fullWaitlist')}</p>}
      <p><ButtonLink to={`/events/${e.id}/register`}>{full ? t('events.joinWaitlist') : t('events.registerButton')}</ButtonLink></p>
    </>
  );
}
