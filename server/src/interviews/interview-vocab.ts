// Vocabulary of interviews and the federation's service requests. Pure data.

export enum InterviewMode { IN_PERSON = 'IN_PERSON', ONLINE = 'ONLINE' }

/** Where the interview stands: proposed by the employer, accepted, a new time asked for, cancelled, or held (outcome recorded). */
export enum InterviewStatus {
  PROPOSED = 'PROPOSED', ACCEPTED = 'ACCEPTED', NEW_TIME_ASKED = 'NEW_TIME_ASKED', CANCELLED = 'CANCELLED', DONE = 'DONE',
}
export const OPEN_INTERVIEW: readonly InterviewStatus[] = [InterviewStatus.PROPOSED, InterviewStatus.ACCEPTED, InterviewStatus.NEW_TIME_ASKED];

/** What the place offers a person who uses a wheelchair, cannot climb stairs or needs an accessible toilet. */
export enum VenueAccess {
  STEP_FREE_ENTRANCE = 'STEP_FREE_ENTRANCE', // 无台阶入口
  GROUND_FLOOR = 'GROUND_FLOOR', // 一楼
  LIFT = 'LIFT', // 有电梯
  ACCESSIBLE_TOILET = 'ACCESSIBLE_TOILET', // 无障碍卫生间
  ACCESSIBLE_PARKING = 'ACCESSIBLE_PARKING', // 无障碍停车位
  TACTILE_PATHS = 'TACTILE_PATHS', // 盲道
  NEAR_BUS_STOP = 'NEAR_BUS_STOP', // 靠近公交站
}

/** The employer's answer to one accommodation the seeker asked for. */
export enum AccommodationStatus { OPEN = 'OPEN', CONFIRMED = 'CONFIRMED', DECLINED = 'DECLINED' }

export enum InterviewOutcome { ATTENDED = 'ATTENDED', NO_SHOW = 'NO_SHOW', RESCHEDULED = 'RESCHEDULED', CANCELLED = 'CANCELLED' }

/** The seeker's answer to a proposed time. */
export enum InterviewResponse { ACCEPT = 'ACCEPT', ASK_NEW_TIME = 'ASK_NEW_TIME' }

export enum ServiceRequestKind { SIGN_LANGUAGE_INTERPRETER = 'SIGN_LANGUAGE_INTERPRETER' }
export enum ServiceRequestStatus { OPEN = 'OPEN', ARRANGED = 'ARRANGED', DECLINED = 'DECLINED' }
