// The rules of the vocabulary (DOMAIN.md): which supports remove which demand's barrier, the needs a disability
// category suggests, and when a job counts as remote. Data and pure functions: matching, search and the client
// (through the vocabulary query) read these, and nothing else states them.
import type { DisabilityCategory, EmploymentForm } from '../common/domain.js';
import { JobDemand, WorkplaceSupport } from './codes.js';

const S = WorkplaceSupport;
const D = JobDemand;

/** A demand the seeker cannot meet stops being a barrier when the posting offers any of these supports. */
export const BARRIER_REMOVED_BY: Readonly<Record<JobDemand, readonly WorkplaceSupport[]>> = {
  [D.PROLONGED_STANDING]: [S.ADJUSTABLE_WORKSTATION, S.ASSISTIVE_DEVICES],
  [D.WALKING]: [S.REMOTE_WORK, S.STEP_FREE_ACCESS, S.ELEVATOR, S.ASSISTIVE_DEVICES],
  [D.LIFTING]: [S.ASSISTIVE_DEVICES],
  [D.FINE_MOTOR]: [S.ASSISTIVE_DEVICES, S.ADJUSTABLE_WORKSTATION],
  [D.VOICE_CALLS]: [S.TEXT_COMMUNICATION, S.SIGN_LANGUAGE],
  [D.HEARING_ALARMS]: [S.ASSISTIVE_DEVICES],
  [D.READING_PRINT]: [S.SCREEN_READER, S.BRAILLE, S.SCREEN_MAGNIFIER],
  [D.VISUAL_DETAIL]: [S.SCREEN_MAGNIFIER, S.ASSISTIVE_DEVICES],
  [D.DRIVING]: [S.ACCESSIBLE_TRANSPORT, S.REMOTE_WORK],
  [D.NIGHT_SHIFTS]: [S.FLEXIBLE_HOURS],
  [D.TRAVEL]: [S.REMOTE_WORK, S.ACCESSIBLE_TRANSPORT],
  [D.FAST_PACE]: [S.FLEXIBLE_HOURS, S.JOB_COACH],
  [D.CUSTOMER_FACING]: [S.JOB_COACH, S.SIGN_LANGUAGE, S.TEXT_COMMUNICATION],
};

export interface CategoryDefaults {
  cannotDo: JobDemand[];
  supportsMust: WorkplaceSupport[];
  supportsNice: WorkplaceSupport[];
}

/** Suggestions only: the seeker always edits their own needs. */
export const CATEGORY_DEFAULTS: Readonly<Record<DisabilityCategory, CategoryDefaults>> = {
  VISUAL: { cannotDo: [D.READING_PRINT, D.DRIVING, D.VISUAL_DETAIL], supportsMust: [S.SCREEN_READER], supportsNice: [S.BRAILLE, S.ACCESSIBLE_TRANSPORT, S.WRITTEN_INSTRUCTIONS] },
  HEARING: { cannotDo: [D.VOICE_CALLS, D.HEARING_ALARMS], supportsMust: [S.TEXT_COMMUNICATION], supportsNice: [S.SIGN_LANGUAGE, S.CAPTIONING, S.WRITTEN_INSTRUCTIONS] },
  SPEECH: { cannotDo: [D.VOICE_CALLS], supportsMust: [S.TEXT_COMMUNICATION], supportsNice: [S.WRITTEN_INSTRUCTIONS] },
  PHYSICAL: { cannotDo: [D.PROLONGED_STANDING, D.WALKING, D.LIFTING], supportsMust: [S.STEP_FREE_ACCESS], supportsNice: [S.ACCESSIBLE_TOILET, S.ELEVATOR, S.ADJUSTABLE_WORKSTATION] },
  INTELLECTUAL: { cannotDo: [D.FAST_PACE], supportsMust: [], supportsNice: [S.JOB_COACH, S.WRITTEN_INSTRUCTIONS] },
  MENTAL: { cannotDo: [D.NIGHT_SHIFTS], supportsMust: [], supportsNice: [S.QUIET_SPACE, S.FLEXIBLE_HOURS, S.JOB_COACH] },
  MULTIPLE: { cannotDo: [], supportsMust: [], supportsNice: [S.JOB_COACH] },
};

/**
 * A job can be done without coming in: it offers remote work or is home-based (居家就业). One rule for the matcher's
 * place score and the search index's `remote` field.
 */
export function isRemote(p: { supports: readonly WorkplaceSupport[]; employmentForm: EmploymentForm | `${EmploymentForm}` }): boolean {
  return p.supports.includes(WorkplaceSupport.REMOTE_WORK) || p.employmentForm === 'HOME_BASED';
}
