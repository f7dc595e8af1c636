// The event form's state as typed (strings, so half-typed values survive), its checks, and the EventInput
// it becomes. Pure: the checks return message keys, the form turns them into words.
import type { DisabilityCategory, EventInput, EventKind, EventMode, EventService, OrganizationType } from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n/zh-CN';
import { EVENT_SERVICES, VENUE_FEATURES, type VenueFeature } from '../event-enums';
import { parseDateTimeInput, toDateTimeInput } from '../event-time';

export interface EventDraft {
  title: string;
  kind: EventKind;
  mode: EventMode;
  organizer: string;
  countyCode: string;
  description: string;
  startsAt: string;
  endsAt: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  venueName: string;
  address: string;
  onlineUrl: string;
  latitude: string;
  longitude: string;
  venue: VenueFeature[];
  accessibilityNote: string;
  services: Record<EventService, string>;
  graduationYears: string;
  targetCategories: DisabilityCategory[];
  targetCounties: string[];
  targetOrganizationTypes: OrganizationType[];
  seekerCapacity: string;
  boothLimit: string;
  openToBoothApplications: boolean;
}

export type ServiceField = `service:${EventService}`;
export type DraftField =
  | 'title' | 'kind' | 'mode' | 'organizer' | 'countyCode' | 'description' | 'startsAt' | 'endsAt' | 'registrationOpensAt'
  | 'registrationClosesAt' | 'venueName' | 'address' | 'onlineUrl' | 'latitude' | 'longitude' | 'accessibilityNote'
  | 'services' | ServiceField | 'graduationYears' | 'targetCategories' | 'targetCounties' | 'targetOrganizationTypes'
  | 'seekerCapacity' | 'boothLimit';

export interface Problem { key: MessageKey; params?: Record<string, string | number> }

const noServices = () => Object.fromEntries(EVENT_SERVICES.map((s) => [s, ''])) as Record<EventService, string>;

export function emptyDraft(organizer = ''): EventDraft {
  return {
    title: '', kind: 'GENERAL', mode: 'ONSITE', organizer, countyCode: '', description: '', startsAt: '', endsAt: '',
    registrationOpensAt: '', registrationClosesAt: '', venueName: '', address: '', onlineUrl: '', latitude: '', longitude: '',
    venue: [], accessibilityNote: '', services: noServices(), graduationYears: '', targetCategories: [], targetCounties: [],
    targetOrganizationTypes: [], seekerCapacity: '', boothLimit: '', openToBoothApplications: true,
  };
}

export interface EventForDraft extends Record<VenueFeature, boolean> {
  title: string; kind: EventKind; mode: EventMode; organizer: string; countyCode: string | null; description: string;
  startsAt: string; endsAt: string; registrationOpensAt: string; registrationClosesAt: string; venueName: string; address: string;
  onlineUrl: string; latitude: number | null; longitude: number | null; accessibilityNote: string;
  serviceOffers: ReadonlyArray<{ service: EventService; quantity: number }>; graduationYears: readonly number[];
  targetCategories: readonly DisabilityCategory[]; targetCounties: readonly string[]; targetOrganizationTypes: readonly OrganizationType[];
  seekerCapacity: number; boothLimit: number; openToBoothApplications: boolean;
}

export function draftFromEvent(e: EventForDraft): EventDraft {
  const services = noServices();
  for (const o of e.serviceOffers) services[o.service] = o.quantity ? String(o.quantity) : '';
  return {
    title: e.title, kind: e.kind, mode: e.mode, organizer: e.organizer, countyCode: e.countyCode ?? '', description: e.description,
    startsAt: toDateTimeInput(e.startsAt), endsAt: toDateTimeInput(e.endsAt),
    registrationOpensAt: toDateTimeInput(e.registrationOpensAt), registrationClosesAt: toDateTimeInput(e.registrationClosesAt),
    venueName: e.venueName, address: e.address, onlineUrl: e.onlineUrl,
    latitude: e.latitude == null ? '' : String(e.latitude), longitude: e.longitude == null ? '' : String(e.longitude),
    venue: VENUE_FEATURES.filter((f) => e[f]), accessibilityNote: e.accessibilityNote, services,
    graduationYears: e.graduationYears.join('、'), targetCategories: [...e.targetCategories], targetCounties: [...e.targetCounties],
    targetOrganizationTypes: [...e.targetOrganizationTypes], seekerCapacity: String(e.seekerCapacity), boothLimit: String(e.boothLimit),
    openToBoothApplications: e.openToBoothApplications,
  };
}

const whole = (v: string) => (/^\d+$/.test(v.trim().normalize('NFKC')) ? Number(v.trim().normalize('NFKC')) : null);
const decimal = (v: string) => (/^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v.trim()) : null);

/** "2025、2026" (or commas, spaces) → [2025, 2026]; null when something is not a year. */
export function parseYears(v: string): number[] | null {
  const parts = v.normalize('NFKC').split(/[\s,，、;；]+/).filter(Boolean);
  if (parts.some((p) => !/^\d{4}$/.test(p) || Number(p) < 1950 || Number(p) > 2100)) return null;
  return [...new Set(parts.map(Number))].sort();
}

/** Checks the draft; returns the problems by field, and the input when there are none. */
export function checkDraft(d: EventDraft): { problems: Partial<Record<DraftField, Problem>>; input: EventInput | null } {
  const p: Partial<Record<DraftField, Problem>> = {};
  const title = d.title.trim();
  if (title.length < 2 || title.length > 100) p.title = { key: 'events.form.err.title' };
  const organizer = d.organizer.trim();
  if (organizer.length < 2 || organizer.length > 100) p.organizer = { key: 'events.form.err.organizer' };
  if (d.description.length > 5000) p.description = { key: 'form.tooLong', params: { max: 5000 } };

  const times = {} as Record<'startsAt' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt', string | null>;
  for (const f of ['startsAt', 'endsAt', 'registrationOpensAt', 'registrationClosesAt'] as const) {
    times[f] = parseDateTimeInput(d[f]);
    if (!d[f].trim()) p[f] = { key: `events.form.err.${f}Missing` };
    else if (!times[f]) p[f] = { key: 'events.form.err.dateTimeFormat' };
  }
  const ms = (iso: string | null) => (iso ? new Date(iso).getTime() : NaN);
  if (times.startsAt && times.endsAt && ms(times.endsAt) <= ms(times.startsAt)) p.endsAt = { key: 'events.form.err.endBeforeStart' };
  if (times.registrationOpensAt && times.registrationClosesAt && ms(times.registrationClosesAt) <= ms(times.registrationOpensAt)) {
    p.registrationClosesAt = { key: 'events.form.err.closesBeforeOpens' };
  } else if (times.registrationClosesAt && times.endsAt && ms(times.registrationClosesAt) > ms(times.endsAt)) {
    p.registrationClosesAt = { key: 'events.form.err.closesAfterEnd' };
  }

  if (d.mode !== 'ONLINE' && !d.address.trim()) p.address = { key: 'events.form.err.addressMissing' };
  if (d.address.length > 200) p.address = { key: 'form.tooLong', params: { max: 200 } };
  if (d.venueName.length > 100) p.venueName = { key: 'form.tooLong', params: { max: 100 } };
  if (d.mode !== 'ONSITE' && !/^https?:\/\/\S+$/.test(d.onlineUrl.trim())) p.onlineUrl = { key: 'events.form.err.onlineUrl' };
  const lat = d.latitude.trim() ? decimal(d.latitude) : undefined;
  const lng = d.longitude.trim() ? decimal(d.longitude) : undefined;
  if (lat === null || (lat !== undefined && Math.abs(lat) > 90)) p.latitude = { key: 'events.form.err.latitude' };
  if (lng === null || (lng !== undefined && Math.abs(lng) > 180)) p.longitude = { key: 'events.form.err.longitude' };
  if ((lat === undefined) !== (lng === undefined) && !p.latitude && !p.longitude) {
    p[lat === undefined ? 'latitude' : 'longitude'] = { key: 'events.form.err.bothCoordinates' };
  }
  if (d.accessibilityNote.length > 1000) p.accessibilityNote = { key: 'form.tooLong', params: { max: 1000 } };

  const services: EventInput['services'] = [];
  for (const s of EVENT_SERVICES) {
    const raw = d.services[s].trim();
    if (!raw) continue;
    const n = whole(raw);
    if (n === null || n > 10000) p[`service:${s}`] = { key: 'events.form.err.quantity', params: { service: s } };
    else if (n > 0) services.push({ service: s, quantity: n });
  }

  const years = d.kind === 'GRADUATE' ? parseYears(d.graduationYears) : [];
  if (years === null) p.graduationYears = { key: 'events.form.err.years' };

  const capacity = whole(d.seekerCapacity);
  if (capacity === null || capacity < 1 || capacity > 100000) p.seekerCapacity = { key: 'events.form.err.capacity' };
  const booths = whole(d.boothLimit);
  if (booths === null || booths > 10000) p.boothLimit = { key: 'events.form.err.boothLimit' };

  if (Object.keys(p).length) return { problems: p, input: null };
  const targeted = d.kind === 'TARGETED';
  return {
    problems: {},
    input: {
      title, kind: d.kind, mode: d.mode, organizer, countyCode: d.countyCode || null, description: d.description.trim(),
      startsAt: times.startsAt!, endsAt: times.endsAt!, registrationOpensAt: times.registrationOpensAt!, registrationClosesAt: times.registrationClosesAt!,
      venueName: d.mode === 'ONLINE' ? '' : d.venueName.trim(), address: d.mode === 'ONLINE' ? '' : d.address.trim(),
      onlineUrl: d.mode === 'ONSITE' ? '' : d.onlineUrl.trim(), latitude: lat ?? null, longitude: lng ?? null,
      ...Object.fromEntries(VENUE_FEATURES.map((f) => [f, d.venue.includes(f)])),
      accessibilityNote: d.accessibilityNote.trim(), services,
      graduationYears: years ?? [],
      targetCategories: targeted ? d.targetCategories : [],
      targetCounties: targeted ? d.targetCounties : [],
      targetOrganizationTypes: targeted ? d.targetOrganizationTypes : [],
      seekerCapacity: capacity!, boothLimit: booths!, openToBoothApplications: d.openToBoothApplications,
    },
  };
}
