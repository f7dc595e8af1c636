// A copy of a small table the server owns (server/src/applications/application-transitions.ts).
import type { ApplicationStatus } from '../gql/graphql';

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
