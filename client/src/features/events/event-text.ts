// Words for the event enums (kept as messages in events.zh-CN.ts / events.en.ts; the template types make a
// missing message a compile error).
import type { BoothStatus, EventKind, EventMode, EventService, EventStatus, RegistrationStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import type { VenueFeature } from './event-enums';

export function useEventText() {
  const { t } = useI18n();
  return {
    kind: (k: EventKind) => t(`events.kind.${k}`),
    mode: (m: EventMode) => t(`events.mode.${m}`),
    status: (s: EventStatus) => t(`events.status.${s}`),
    service: (s: EventService) => t(`events.service.${s}`),
    serviceHint: (s: EventService) => t(`events.serviceHint.${s}`),
    registration: (s: RegistrationStatus) => t(`events.registration.${s}`),
    booth: (s: BoothStatus) => t(`events.booth.${s}`),
    venue: (f: VenueFeature) => t(`events.venue.${f}`),
  };
}
