// How an event looks wherever it appears: a card in lists, its time and place, the accessibility of the
// venue and the services on offer (icons always next to words), and who may attend.
import { Link } from 'react-router';
import './events.css';
import { useCountyOptions } from '../../components/counties';
import { Icon } from '../../components/Icon';
import { useCountyName } from '../../components/posting';
import { graphql } from '../../gql';
import type { DisabilityCategory, EventKind, EventMode, EventService, EventStatus, OrganizationType } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { EVENT_SERVICES, SERVICE_ICON, VENUE_FEATURES, VENUE_ICON, type VenueFeature } from './event-enums';
import { useEventText } from './event-text';
import { formatEventTime } from './event-time';
import { useMark } from '../../components/Lang';

export const EVENT_CARD_FIELDS = graphql(`
  fragment EventCardFields on RecruitmentEvent {
    id title kind mode status startsAt endsAt venueName address organizer
    seekerCapacity registeredCount registrationOpensAt registrationClosesAt
    stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating
    county { code nameZh nameEn }
    serviceOffers { service quantity }
  }
`);

type Venue = Record<VenueFeature, boolean>;

export interface EventCardData extends Venue {
  id: string;
  title: string;
  kind: EventKind;
  mode: EventMode;
  status: EventStatus;
  startsAt: string;
  endsAt: string;
  venueName: string;
  address: string;
  organizer: string;
  seekerCapacity: number;
  registeredCount: number;
  registrationOpensAt: string;
  registrationClosesAt: string;
  county: { code: string; nameZh: string; nameEn: string } | null;
  serviceOffers: ReadonlyArray<{ service: EventService; quantity: number }>;
}

export function useEventTime() {
  const { locale } = useI18n();
  return (e: { startsAt: string; endsAt: string }) => formatEventTime(e.startsAt, e.endsAt, locale);
}

/** Where: the venue and address for events on site, "online" for the others. */
export function usePlace() {
  const { t } = useI18n();
  const county = useCountyName();
  const text = useEventText();
  return (e: { mode: EventMode; venueName: string; address: string; county: { nameZh: string; nameEn: string } | null }) => {
    const where = [e.venueName, e.address].filter(Boolean).join(t('events.placeSeparator'));
    if (e.mode === 'ONLINE') return text.mode('ONLINE');
    const place = where || county(e.county) || t('events.wholeCity');
    return e.mode === 'HYBRID' ? t('events.placeHybrid', { place }) : place;
  };
}

export function SeatsText({ capacity, registered }: { capacity: number; registered: number }) {
  const { t } = useI18n();
  const left = Math.max(0, capacity - registered);
  return <>{left > 0 ? t('events.seatsLeft', { left, capacity }) : t('events.seatsFull', { capacity })}</>;
}

export function EventStatusBadge({ status }: { status: EventStatus }) {
  const text = useEventText();
  const tone = status === 'PUBLISHED' ? 'status-good' : status === 'CANCELLED' ? 'status-bad' : status === 'DRAFT' ? 'status-neutral' : '';
  return <span className={`badge ${tone}`}>{text.status(status)}</span>;
}

/** An event in a list; headingLevel keeps the page's heading outline in order. */
export function EventCard({ event: e, headingLevel = 3, linkTo }: { event: EventCardData; headingLevel?: 2 | 3; linkTo?: string }) {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  const text = useEventText();
  const when = useEventTime();
  const place = usePlace();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const venue = VENUE_FEATURES.filter((f) => e[f]);
  const services = e.serviceOffers.filter((o) => o.quantity > 0);
  return mark(
    <article className="card event-card" aria-labelledby={`event-${e.id}-title`}>
      <H id={`event-${e.id}-title`}><Link to={linkTo ?? `/events/${e.id}`}>{e.title}</Link></H>
      <ul className="badges">
        <li><span className="badge status-neutral">{text.kind(e.kind)}</span></li>
        <li><span className="badge">{text.mode(e.mode)}</span></li>
        {e.status !== 'PUBLISHED' && <li><EventStatusBadge status={e.status} /></li>}
      </ul>
      <dl className="facts">
        <dt>{t('events.when')}</dt>
        <dd>{when(e)}</dd>
        <dt>{t('events.where')}</dt>
        <dd>{place(e)}</dd>
        <dt>{t('events.seats')}</dt>
        <dd><SeatsText capacity={e.seekerCapacity} registered={e.registeredCount} /></dd>
        <dt>{t('events.registrationCloses')}</dt>
        <dd>{formatDateTime(e.registrationClosesAt)}</dd>
      </dl>
      {(venue.length > 0 || services.length > 0) && (
        <>
          <p className="field-label">{t('events.accessibleShort')}</p>
          <ul className="icon-list">
            {venue.map((f) => <li key={f}><Icon name={VENUE_ICON[f]} small />{text.venue(f)}</li>)}
            {services.map((o) => <li key={o.service}><Icon name={SERVICE_ICON[o.service]} small />{text.service(o.service)}</li>)}
          </ul>
        </>
      )}
    </article>
  );
}

/** The venue's accessibility, every item said in words: what there is and what there is not. */
export function VenueAccessibility({ event: e, note }: { event: Venue & { mode: EventMode }; note?: string }) {
  const mark = useMark();
  const { t } = useI18n();
  const text = useEventText();
  if (e.mode === 'ONLINE') return <p>{t('events.onlineNoVenue')}</p>;
  const yes = VENUE_FEATURES.filter((f) => e[f]);
  const no = VENUE_FEATURES.filter((f) => !e[f]);
  return mark(
    <>
      {yes.length > 0 ? (
        <ul className="icon-list">
          {yes.map((f) => <li key={f}><Icon name={VENUE_ICON[f]} />{text.venue(f)}</li>)}
        </ul>
      ) : <p>{t('events.noVenueFeatures')}</p>}
      {no.length > 0 && <p>{t('events.venueMissing', { list: no.map((f) => text.venue(f)).join(t('common.listSeparator')) })}</p>}
      {note && <p>{note}</p>}
    </>
  );
}

/** Services on offer with how many of each (e.g. four sign-language interpreters). */
export function ServicesOnOffer({ offers }: { offers: ReadonlyArray<{ service: EventService; quantity: number }> }) {
  const mark = useMark();
  const { t } = useI18n();
  const text = useEventText();
  const list = EVENT_SERVICES.map((s) => offers.find((o) => o.service === s)).filter((o): o is { service: EventService; quantity: number } => !!o && o.quantity > 0);
  if (!list.length) return <p>{t('events.noServices')}</p>;
  return mark(
    <ul className="icon-list">
      {list.map((o) => (
        <li key={o.service}><Icon name={SERVICE_ICON[o.service]} />{t('events.serviceWithQuantity', { service: text.service(o.service), quantity: o.quantity })}</li>
      ))}
    </ul>
  );
}

/** The rules of who may attend, in plain words. */
export function WhoMayAttend({ event: e }: { event: {
  kind: EventKind; graduationYears: readonly number[]; targetCategories: readonly DisabilityCategory[];
  targetCounties: readonly string[]; targetOrganizationTypes: readonly OrganizationType[];
} }) {
  const mark = useMark();
  const { t, label } = useI18n();
  const counties = useCountyOptions();
  const sep = t('common.listSeparator');
  const rules: string[] = [];
  if (e.kind === 'GRADUATE') {
    rules.push(e.graduationYears.length ? t('events.rule.graduateYears', { years: e.graduationYears.join(sep) }) : t('events.rule.graduateAny'));
  }
  if (e.kind === 'TARGETED') {
    if (e.targetCategories.length) rules.push(t('events.rule.categories', { list: e.targetCategories.map((c) => label('DisabilityCategory', c)).join(sep) }));
    if (e.targetCounties.length) rules.push(t('events.rule.counties', { list: e.targetCounties.map(counties.nameOf).join(sep) }));
  }
  if (!rules.length) rules.push(t('events.rule.everyone'));
  return mark(
    <>
      <ul>{rules.map((r) => <li key={r}>{r}</li>)}</ul>
      {e.targetOrganizationTypes.length > 0 && (
        <p>{t('events.rule.employers', { list: e.targetOrganizationTypes.map((o) => label('OrganizationType', o)).join(sep) })}</p>
      )}
    </>
  );
}
