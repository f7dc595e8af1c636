// Easy-read summary of a fair (简明版), as job pages have one: short sentences, one idea each, plain words, built from
// the fair's own facts in the interface language. The sentences are shown as a list and read aloud together.
import { useI18n } from '../../i18n/I18nProvider';
import { VENUE_FEATURES } from './event-enums';
import { usePlace, type EventCardData } from './EventParts';
import { useEventText } from './event-text';
import { formatEventTime, formatShortDateTime } from './event-time';

export function useEventEasyRead() {
  const { t, locale } = useI18n();
  const text = useEventText();
  const place = usePlace();
  const sep = t('common.listSeparator');
  // English words start with a capital in labels; inside a sentence they do not
  const inSentence = (s: string) => (locale === 'en' ? s.charAt(0).toLowerCase() + s.slice(1) : s);

  return (e: EventCardData & { approvedEmployers: number }): string[] => {
    const s: string[] = [];
    s.push(t('events.easy.what', { kind: inSentence(text.kind(e.kind)), title: e.title }));
    if (e.status === 'CANCELLED') s.push(t('events.easy.cancelled'));
    if (e.status === 'FINISHED') s.push(t('events.finishedNotice'));
    s.push(t('events.easy.when', { when: formatEventTime(e.startsAt, e.endsAt, locale) }));
    s.push(e.mode === 'ONLINE' ? t('events.onlineNoVenue') : t('events.easy.where', { place: place(e) }));
    if (e.status === 'PUBLISHED') {
      const left = Math.max(0, e.seekerCapacity - e.registeredCount);
      s.push(left > 0 ? t('events.easy.seatsLeft', { left }) : t('events.easy.full'));
      s.push(t('events.easy.closes', { closes: formatShortDateTime(e.registrationClosesAt, locale) }));
    }
    if (e.approvedEmployers > 0) s.push(t('events.easy.employers', { count: e.approvedEmployers }));
    const services = e.serviceOffers.filter((o) => o.quantity > 0).map((o) => inSentence(text.service(o.service)));
    if (services.length) s.push(t('events.easy.services', { list: services.join(sep) }));
    const venue = e.mode === 'ONLINE' ? [] : VENUE_FEATURES.filter((f) => e[f]).map((f) => inSentence(text.venue(f)));
    if (venue.length) s.push(t('events.easy.venue', { list: venue.join(sep) }));
    return s;
  };
}
