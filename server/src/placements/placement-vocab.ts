// Vocabularies of placements: why one ended, and the kinds of entry in its history. Words are in the client's i18n.

/** Why a placement ended (离职原因). */
export enum PlacementEndReason {
  CONTRACT_ENDED = 'CONTRACT_ENDED', // 合同期满
  RESIGNED = 'RESIGNED', // 本人辞职
  DISMISSED = 'DISMISSED', // 单位解除
  HEALTH = 'HEALTH', // 健康原因
  MOVED_AWAY = 'MOVED_AWAY', // 迁居
  RETIRED = 'RETIRED', // 退休
  DIED = 'DIED', // 去世
  OTHER = 'OTHER', // 其他 (the note says what)
}

/** One entry of a placement's history. */
export enum PlacementChangeKind {
  RECORDED = 'RECORDED',
  CORRECTED = 'CORRECTED',
  ENDED = 'ENDED',
  /** staff confirmed an integrity flag: not a genuine placement, left out of every count */
  EXCLUDED = 'EXCLUDED',
  /** staff cleared an integrity flag on it: it keeps counting */
  FLAG_CLEARED = 'FLAG_CLEARED',
  CONTRACT_SET = 'CONTRACT_SET',
}

/** The fields a correction may change, as named in a history entry's changes. */
export const CORRECTABLE_FIELDS = [
  'organizationId', 'employmentForm', 'startDate', 'endDate', 'endReason', 'actionLine',
  'contractKind', 'contractMonths', 'monthlyWage', 'socialInsuranceFull', 'partTime', 'evidence', 'note',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
