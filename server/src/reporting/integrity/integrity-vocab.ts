// What the integrity checks look for (the plan asks to prevent fake arrangements of disabled employment).
export enum FlagKind {
  DOUBLE_COUNTED = 'DOUBLE_COUNTED', // one person counted by two organizations in overlapping periods
  SHORT_PLACEMENT = 'SHORT_PLACEMENT', // a placement that ended within 3 months
  STALE_RESERVED_POSTINGS = 'STALE_RESERVED_POSTINGS', // reserved postings open 90 days with no interview
  NO_HISTORY = 'NO_HISTORY', // a placement with no application or event history
  // genuineness of reserved posts and placements (issue 15; outcomes/genuineness defines the figures), per employer
  // and year, with thresholds from the policy setting outcomes.genuineness
  LOW_FILL_RATE = 'LOW_FILL_RATE', // reserved posts hardly ever filled
  LOW_INTERVIEW_RATE = 'LOW_INTERVIEW_RATE', // applications to reserved posts hardly ever reach an interview
  LOW_RETENTION = 'LOW_RETENTION', // few placements still held at 6 months
  EARLY_ENDINGS = 'EARLY_ENDINGS', // many placements ended within 3 months
  INSURANCE_GAPS = 'INSURANCE_GAPS', // fewer months of social insurance than months employed
  PAY_BELOW_MINIMUM = 'PAY_BELOW_MINIMUM', // one placement paid below the local minimum wage
}

/** The genuineness kinds, each raised from one judged figure (PAY_BELOW_MINIMUM: per placement). */
export const GENUINENESS_KINDS = [
  FlagKind.LOW_FILL_RATE, FlagKind.LOW_INTERVIEW_RATE, FlagKind.LOW_RETENTION, FlagKind.EARLY_ENDINGS, FlagKind.INSURANCE_GAPS,
  FlagKind.PAY_BELOW_MINIMUM,
] as const;

export enum FlagStatus { OPEN = 'OPEN', CONFIRMED = 'CONFIRMED', CLEARED = 'CLEARED' }

/** Thresholds of the checks; policy, so named here once. */
export const INTEGRITY_RULES = { shortPlacementMonths: 3, staleReservedDays: 90 } as const;
