// The application life cycle as data: which moves are legal, and who may make them.
import { ApplicationStatus as S } from '../common/domain.js';

export type Mover = 'EMPLOYER' | 'SEEKER';

const EMPLOYER_MOVES: Readonly<Record<S, readonly S[]>> = {
  [S.SUBMITTED]: [S.REVIEWING, S.INTERVIEW, S.REJECTED],
  [S.REVIEWING]: [S.INTERVIEW, S.OFFERED, S.REJECTED],
  [S.INTERVIEW]: [S.OFFERED, S.REJECTED],
  [S.OFFERED]: [S.HIRED, S.REJECTED],
  [S.HIRED]: [],
  [S.REJECTED]: [],
  [S.WITHDRAWN]: [],
};

/** A seeker may withdraw until the outcome is final. */
const SEEKER_MOVES: Readonly<Record<S, readonly S[]>> = {
  [S.SUBMITTED]: [S.WITHDRAWN],
  [S.REVIEWING]: [S.WITHDRAWN],
  [S.INTERVIEW]: [S.WITHDRAWN],
  [S.OFFERED]: [S.WITHDRAWN],
  [S.HIRED]: [],
  [S.REJECTED]: [],
  [S.WITHDRAWN]: [],
};

export function canMove(who: Mover, from: S, to: S): boolean {
  return (who === 'EMPLOYER' ? EMPLOYER_MOVES : SEEKER_MOVES)[from].includes(to);
}

export function isFinal(status: S): boolean {
  return EMPLOYER_MOVES[status].length === 0;
}

/** Where this mover may take an application next (the client offers exactly these). */
export function movesFrom(who: Mover, from: S): readonly S[] {
  return (who === 'EMPLOYER' ? EMPLOYER_MOVES : SEEKER_MOVES)[from];
}
