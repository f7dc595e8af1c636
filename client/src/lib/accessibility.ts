// Copies of two small policy tables the server owns (server/src/common/accessibility.ts and
// server/src/applications/application-transitions.ts). The API does not expose them yet.
import type { ApplicationStatus, JobDemand, WorkplaceSupport } from '../gql/graphql';

/** A demand stops being a barrier when the job offers any of these supports. */
export const BARRIER_REMOVED_BY: Readonly<Record<JobDemand, readonly WorkplaceSupport[]>> = {
  PROLONGED_STANDING: ['ADJUSTABLE_WORKSTATION', 'ASSISTIVE_DEVICES'],
  WALKING: ['REMOTE_WORK', 'STEP_FREE_ACCESS', 'ELEVATOR', 'ASSISTIVE_DEVICES'],
  LIFTING: ['ASSISTIVE_DEVICES'],
  FINE_MOTOR: ['ASSISTIVE_DEVICES', 'ADJUSTABLE_WORKSTATION'],
  VOICE_CALLS: ['TEXT_COMMUNICATION', 'SIGN_LANGUAGE'],
  HEARING_ALARMS: ['ASSISTIVE_DEVICES'],
  READING_PRINT: ['SCREEN_READER', 'BRAILLE', 'SCREEN_MAGNIFIER'],
  VISUAL_DETAIL: ['SCREEN_MAGNIFIER', 'ASSISTIVE_DEVICES'],
  DRIVING: ['ACCESSIBLE_TRANSPORT', 'REMOTE_WORK'],
  NIGHT_SHIFTS: ['FLEXIBLE_HOURS'],
  TRAVEL: ['REMOTE_WORK', 'ACCESSIBLE_TRANSPORT'],
  FAST_PACE: ['FLEXIBLE_HOURS', 'JOB_COACH'],
  CUSTOMER_FACING: ['JOB_COACH', 'SIGN_LANGUAGE', 'TEXT_COMMUNICATION'],
};

/** Where an employer may move an application from each status (REJECTED needs a reason). */
export const EMPLOYER_MOVES: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  SUBMITTED: ['REVIEWING', 'INTERVIEW', 'REJECTED'],
  REVIEWING: ['INTERVIEW', 'OFFERED', 'REJECTED'],
  INTERVIEW: ['OFFERED', 'REJECTED'],
  OFFERED: ['HIRED', 'REJECTED'],
  HIRED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

export const FINAL_STATUSES: readonly ApplicationStatus[] = ['HIRED', 'REJECTED', 'WITHDRAWN'];
