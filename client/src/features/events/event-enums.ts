// The values of the event enums in the order screens list them (a Record keyed by the generated union:
// the compiler complains when the schema gains a value nobody placed yet), and the icon beside each.
import type { IconName } from '../../components/Icon';
import type { BoothStatus, EventKind, EventMode, EventService, EventStatus, RegistrationStatus } from '../../gql/graphql';

const inOrder = <T extends string>(r: Record<T, true>): readonly T[] => Object.keys(r) as T[];

export const EVENT_KINDS = inOrder<EventKind>({ TARGETED: true, GRADUATE: true, GENERAL: true });
export const EVENT_MODES = inOrder<EventMode>({ ONSITE: true, ONLINE: true, HYBRID: true });
export const EVENT_STATUSES = inOrder<EventStatus>({ DRAFT: true, PUBLISHED: true, FINISHED: true, CANCELLED: true });
export const REGISTRATION_STATUSES = inOrder<RegistrationStatus>({ REGISTERED: true, WAITLISTED: true, CANCELLED: true });
export const BOOTH_STATUSES = inOrder<BoothStatus>({ INVITED: true, APPLIED: true, APPROVED: true, DECLINED: true, WITHDRAWN: true });

export const EVENT_SERVICES = inOrder<EventService>({
  SIGN_LANGUAGE_INTERPRETER: true, REAL_TIME_CAPTIONS: true, BRAILLE_MATERIALS: true, LARGE_PRINT_MATERIALS: true,
  GUIDE: true, ACCESSIBLE_TRANSPORT: true,
});

export const SERVICE_ICON: Record<EventService, IconName> = {
  SIGN_LANGUAGE_INTERPRETER: 'hand', REAL_TIME_CAPTIONS: 'captions', BRAILLE_MATERIALS: 'braille',
  LARGE_PRINT_MATERIALS: 'magnifier', GUIDE: 'coach', ACCESSIBLE_TRANSPORT: 'bus',
};

/** The venue's own accessibility, as the event's boolean fields. */
export const VENUE_FEATURES = ['stepFreeRoute', 'accessibleToilets', 'tactilePaving', 'quietRoom', 'accessibleParking', 'seating'] as const;
export type VenueFeature = (typeof VENUE_FEATURES)[number];

export const VENUE_ICON: Record<VenueFeature, IconName> = {
  stepFreeRoute: 'ramp', accessibleToilets: 'toilet', tactilePaving: 'walk', quietRoom: 'leaf', accessibleParking: 'car', seating: 'desk',
};
