// Simple line icons drawn in the text colour (so they follow high-contrast and forced-colours modes).
// They are decoration: every icon stands next to words that say the same, so screen readers skip them.
import type { JobDemand, WorkplaceSupport } from '../gql/graphql';
import { useMark } from './Lang';

const PATHS = {
  stand: 'M12 3a2 2 0 1 0 0 4 2 2 0 0 0 0-4zM9 9h6l-1 6v6M10 21v-6l-1-6',
  walk: 'M13 3a2 2 0 1 0 0 4 2 2 0 0 0 0-4zM10 21l2-6 3 3v3M8 12l3-4 4 2 2 3M12 15l-1-4',
  box: 'M3 8l9-5 9 5v8l-9 5-9-5zM3 8l9 5 9-5M12 13v8',
  hand: 'M7 12V6a1.5 1.5 0 0 1 3 0v5M10 11V4a1.5 1.5 0 0 1 3 0v7M13 11V5a1.5 1.5 0 0 1 3 0v7M16 11V8a1.5 1.5 0 0 1 3 0v6a7 7 0 0 1-7 7c-3 0-4-1-6-4l-2-3a1.5 1.5 0 0 1 2.5-1.5L7 14',
  phone: 'M5 3h4l2 5-3 2a11 11 0 0 0 6 6l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z',
  bell: 'M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 21h4',
  document: 'M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6',
  eye: 'M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
  car: 'M3 16v-4l2-5h14l2 5v4zM3 16v3h3v-3M18 16v3h3v-3M7 13h.01M17 13h.01',
  moon: 'M20 14A8 8 0 1 1 10 4a7 7 0 0 0 10 10z',
  suitcase: 'M4 8h16v12H4zM9 8V5h6v3M4 13h16',
  bolt: 'M13 2L4 14h7l-1 8 9-12h-7z',
  people: 'M9 4a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM3 20v-2a5 5 0 0 1 10 0v2M17 6a2.5 2.5 0 1 0 0 5M21 20v-1.5a4 4 0 0 0-4-4',
  ramp: 'M3 20h18L3 10zM14 5a2 2 0 1 0 0 4 2 2 0 0 0 0-4z',
  elevator: 'M5 3h14v18H5zM12 3v18M8 10l1.5-2L11 10M13 14l1.5 2 1.5-2',
  toilet: 'M7 4a2 2 0 1 0 0 .1M17 4a2 2 0 1 0 0 .1M5 8h4l1 7H8v6M6 21v-6M15 8h4l-1 6h-1v7M16 21v-7',
  desk: 'M3 9h18M5 9v12M19 9v12M8 4h8v5M12 13v4',
  screen: 'M3 4h18v12H3zM8 20h8M12 16v4M8 10l2 2 4-4',
  magnifier: 'M10 3a7 7 0 1 0 0 14 7 7 0 0 0 0-14zM15 15l6 6M7 10h6M10 7v6',
  braille: 'M7 5a1.5 1.5 0 1 0 0 .1M7 12a1.5 1.5 0 1 0 0 .1M7 19a1.5 1.5 0 1 0 0 .1M17 5a1.5 1.5 0 1 0 0 .1M17 12a1.5 1.5 0 1 0 0 .1',
  captions: 'M3 5h18v14H3zM10 10.5a2 2 0 1 0 0 3M17 10.5a2 2 0 1 0 0 3',
  chat: 'M4 4h16v12H9l-5 4zM8 9h8M8 12h5',
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3 3',
  home: 'M3 11l9-8 9 8M5 10v11h14V10M10 21v-6h4v6',
  leaf: 'M5 19C5 9 11 4 20 4c0 9-5 15-15 15zM5 19l8-8',
  coach: 'M8 4a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zM16 8a2 2 0 1 0 0 4 2 2 0 0 0 0-4zM3 20v-3a5 5 0 0 1 10 0v3M13 20v-2a3 3 0 0 1 6 0v2',
  bus: 'M5 4h14v13H5zM5 11h14M7 17v3M17 17v3M8 14h.01M16 14h.01',
  bed: 'M3 18V7M3 13h18v5M21 18v-3M7 10a1.5 1.5 0 1 0 0 .1M11 10h8a2 2 0 0 1 2 2v1',
  wrench: 'M14 6a4 4 0 0 0 5 5l-8 8a2 2 0 0 1-3-3l8-8a4 4 0 0 1-2-2zM16 4l3 3',
  star: 'M12 3l2.8 5.8 6.2.9-4.5 4.4 1 6.3L12 17.5 6.5 20.4l1-6.3L3 9.7l6.2-.9z',
  pin: 'M12 21s7-6.3 7-12a7 7 0 0 0-14 0c0 5.7 7 12 7 12zM12 7a2 2 0 1 0 0 4 2 2 0 0 0 0-4z',
  money: 'M3 6h18v12H3zM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM6 9v.01M18 15v.01',
  building: 'M4 21V5l8-2v18M12 8h8v13M7 8h2M7 12h2M7 16h2M15 12h2M15 16h2M2 21h20',
  briefcase: 'M3 7h18v13H3zM8 7V4h8v3M3 12h18',
  calendar: 'M4 5h16v16H4zM4 10h16M8 3v4M16 3v4',
  speaker: 'M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11',
  check: 'M4 12l5 5L20 6',
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 11v6M12 7.5v.01',
  search: 'M10 3a7 7 0 1 0 0 14 7 7 0 0 0 0-14zM15 15l6 6',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, small }: { name: IconName; small?: boolean }) {
  const mark = useMark();
  return mark(
    <svg className={small ? 'icon small' : 'icon'} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2}
      strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}

export const DEMAND_ICON: Record<JobDemand, IconName> = {
  PROLONGED_STANDING: 'stand', WALKING: 'walk', LIFTING: 'box', FINE_MOTOR: 'hand', VOICE_CALLS: 'phone',
  HEARING_ALARMS: 'bell', READING_PRINT: 'document', VISUAL_DETAIL: 'eye', DRIVING: 'car', NIGHT_SHIFTS: 'moon',
  TRAVEL: 'suitcase', FAST_PACE: 'bolt', CUSTOMER_FACING: 'people',
};

export const SUPPORT_ICON: Record<WorkplaceSupport, IconName> = {
  STEP_FREE_ACCESS: 'ramp', ELEVATOR: 'elevator', ACCESSIBLE_TOILET: 'toilet', ADJUSTABLE_WORKSTATION: 'desk',
  SCREEN_READER: 'screen', SCREEN_MAGNIFIER: 'magnifier', BRAILLE: 'braille', SIGN_LANGUAGE: 'hand', CAPTIONING: 'captions',
  TEXT_COMMUNICATION: 'chat', WRITTEN_INSTRUCTIONS: 'document', FLEXIBLE_HOURS: 'clock', REMOTE_WORK: 'home',
  QUIET_SPACE: 'leaf', JOB_COACH: 'coach', ACCESSIBLE_TRANSPORT: 'bus', ACCESSIBLE_DORMITORY: 'bed', ASSISTIVE_DEVICES: 'wrench',
};
