// Vocabulary of outcomes (issue 15): follow-ups of placements and what retention is counted from. Pure data.
import { registerEnums } from '../graphql/enums.js';

/** What a follow-up found: still in the job, left it (on a date), or nobody could be reached. */
export enum FollowUpStatus { EMPLOYED = 'EMPLOYED', LEFT = 'LEFT', UNREACHABLE = 'UNREACHABLE' }

/** Who gave the answer: staff who visited or called, the employer's check-in, the person's own check-in. */
export enum FollowUpSource { STAFF = 'STAFF', EMPLOYER = 'EMPLOYER', SEEKER = 'SEEKER' }

/**
 * A placement's state at N months (retention.ts decides it): not yet due, retained, left before the date, or not
 * known (due, but no follow-up or end date says either way).
 */
export enum RetentionState { NOT_DUE = 'NOT_DUE', RETAINED = 'RETAINED', LEFT = 'LEFT', UNKNOWN = 'UNKNOWN' }

registerEnums([
  [FollowUpStatus, 'FollowUpStatus', '回访结果'],
  [FollowUpSource, 'FollowUpSource', '回访来源'],
  [RetentionState, 'RetentionState', '留存状态'],
]);
