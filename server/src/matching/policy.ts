// The numbers matching runs on, in one place: weights of the score and which supports subsidies can pay for.
import { WorkplaceSupport as S } from '../vocabulary/codes.js';

/**
 * Weights of the match score (they need not add up to 100: the score is their weighted share, 0..100).
 * A component a person left unsaid (no preferred form, no pay expectation) counts half.
 */
export const MATCH_WEIGHTS = {
  /** supports the person needs (must-haves count double) that the job offers */
  supportsMet: 25,
  /** demands the person cannot meet that the job does not make (or makes with a support that removes them) */
  demandsFit: 10,
  /** the job's skills the person has */
  skills: 25,
  /** the person's preferred employment form */
  form: 10,
  /** preferred county, distance, or remote work */
  place: 15,
  /** pays at least what the person asks */
  pay: 10,
  /** the person has the education the job asks for */
  education: 5,
} as const;

export type MatchComponent = keyof typeof MATCH_WEIGHTS;

/** A demand that is present but removed by a support fits a little less than one that is absent. */
export const REMOVED_DEMAND_FIT = 0.75;

/** Distance at which the place component reaches zero, in km (a county seat to the next is 40-80 km here). */
export const PLACE_ZERO_KM = 80;

/**
 * Supports that local subsidies can pay for: workplace adaptation and assistive devices (../shared/DOMAIN.md,
 * "Local subsidies can pay for workplace adaptation and assistive devices"). A gap one of these closes says so.
 */
export const SUBSIDISABLE_SUPPORTS: ReadonlySet<S> = new Set([
  S.STEP_FREE_ACCESS, S.ELEVATOR, S.ACCESSIBLE_TOILET, S.ADJUSTABLE_WORKSTATION, S.SCREEN_READER, S.SCREEN_MAGNIFIER,
  S.BRAILLE, S.CAPTIONING, S.ASSISTIVE_DEVICES,
]);
