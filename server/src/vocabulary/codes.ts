// The codes of the accessibility vocabulary: what a job asks of a person (demands) and what a workplace offers
// (supports). A seeker's needs are these same codes: demands they cannot meet, supports they must or would like to have.

/** 岗位要求: what a job asks of the person doing it. */
export enum JobDemand {
  PROLONGED_STANDING = 'PROLONGED_STANDING', WALKING = 'WALKING', LIFTING = 'LIFTING', FINE_MOTOR = 'FINE_MOTOR',
  VOICE_CALLS = 'VOICE_CALLS', HEARING_ALARMS = 'HEARING_ALARMS', READING_PRINT = 'READING_PRINT',
  VISUAL_DETAIL = 'VISUAL_DETAIL', DRIVING = 'DRIVING', NIGHT_SHIFTS = 'NIGHT_SHIFTS', TRAVEL = 'TRAVEL',
  FAST_PACE = 'FAST_PACE', CUSTOMER_FACING = 'CUSTOMER_FACING',
}

/** 无障碍支持: what a workplace offers. */
export enum WorkplaceSupport {
  STEP_FREE_ACCESS = 'STEP_FREE_ACCESS', ELEVATOR = 'ELEVATOR', ACCESSIBLE_TOILET = 'ACCESSIBLE_TOILET',
  ADJUSTABLE_WORKSTATION = 'ADJUSTABLE_WORKSTATION', SCREEN_READER = 'SCREEN_READER', SCREEN_MAGNIFIER = 'SCREEN_MAGNIFIER',
  BRAILLE = 'BRAILLE', SIGN_LANGUAGE = 'SIGN_LANGUAGE', CAPTIONING = 'CAPTIONING', TEXT_COMMUNICATION = 'TEXT_COMMUNICATION',
  WRITTEN_INSTRUCTIONS = 'WRITTEN_INSTRUCTIONS', FLEXIBLE_HOURS = 'FLEXIBLE_HOURS', REMOTE_WORK = 'REMOTE_WORK',
  QUIET_SPACE = 'QUIET_SPACE', JOB_COACH = 'JOB_COACH', ACCESSIBLE_TRANSPORT = 'ACCESSIBLE_TRANSPORT',
  ACCESSIBLE_DORMITORY = 'ACCESSIBLE_DORMITORY', ASSISTIVE_DEVICES = 'ASSISTIVE_DEVICES',
}

export const JOB_DEMANDS: readonly JobDemand[] = Object.values(JobDemand);
export const WORKPLACE_SUPPORTS: readonly WorkplaceSupport[] = Object.values(WorkplaceSupport);

export type VocabularyLocale = 'zh-CN' | 'en';
export const VOCABULARY_LOCALES: readonly VocabularyLocale[] = ['zh-CN', 'en'];
