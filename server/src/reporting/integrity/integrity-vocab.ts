// What the integrity checks look for (the plan asks to prevent fake arrangements of disabled employment).
export enum FlagKind {
  DOUBLE_COUNTED = 'DOUBLE_COUNTED', // one person counted by two organizations in overlapping periods
  SHORT_PLACEMENT = 'SHORT_PLACEMENT', // a placement that ended within 3 months
  STALE_RESERVED_POSTINGS = 'STALE_RESERVED_POSTINGS', // reserved postings open 90 days with no interview
  NO_HISTORY = 'NO_HISTORY', // a placement with no application or event history
}

export enum FlagStatus { OPEN = 'OPEN', CONFIRMED = 'CONFIRMED', CLEARED = 'CLEARED' }

/** Thresholds of the checks; policy, so named here once. */
export const INTEGRITY_RULES = { shortPlacementMonths: 3, staleReservedDays: 90 } as const;
