// Words for the interview vocabularies (the server's enums), from this feature's messages.
import type { AccommodationStatus, InterviewMode, InterviewOutcome, InterviewStatus, ServiceRequestStatus, VenueAccess } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/zh-CN';

export const VENUE_ACCESS: readonly VenueAccess[] = [
  'STEP_FREE_ENTRANCE', 'GROUND_FLOOR', 'LIFT', 'ACCESSIBLE_TOILET', 'ACCESSIBLE_PARKING', 'TACTILE_PATHS', 'NEAR_BUS_STOP',
] as VenueAccess[];
export const INTERVIEW_MODES: readonly InterviewMode[] = ['IN_PERSON', 'ONLINE'] as InterviewMode[];
export const OUTCOMES: readonly InterviewOutcome[] = ['ATTENDED', 'NO_SHOW', 'RESCHEDULED', 'CANCELLED'] as InterviewOutcome[];

export const accessKey = (v: VenueAccess) => `iv.access.${v}` as MessageKey;
export const modeKey = (v: InterviewMode) => `iv.mode.${v}` as MessageKey;
export const statusKey = (v: InterviewStatus) => `iv.status.${v}` as MessageKey;
export const outcomeKey = (v: InterviewOutcome) => `iv.outcome.${v}` as MessageKey;
export const accStatusKey = (v: AccommodationStatus) => `iv.acc.${v}` as MessageKey;
export const requestStatusKey = (v: ServiceRequestStatus) => `iv.req.${v}` as MessageKey;
export const senderKey = (role: string) => `msg.from.${role === 'SEEKER' || role === 'EMPLOYER' ? role : 'STAFF'}` as MessageKey;

/** The China-time date (YYYY-MM-DD) and time (HH:mm) of an instant, for the form's fields. */
export function chinaParts(iso: string): { date: string; time: string } {
  const d = new Date(iso);
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
  return { date, time };
}
