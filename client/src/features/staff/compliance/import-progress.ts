// What the import screen says while a job runs: the share done as a percentage, and which changes are worth
// announcing (a quarter more checked, writing started, the end), so a screen reader is not told every poll.
import type { SeekerImportStatus } from '../../../gql/graphql';

const ACTIVE: readonly SeekerImportStatus[] = ['QUEUED', 'VALIDATING', 'WRITING'];

export function isActive(status: SeekerImportStatus): boolean {
  return ACTIVE.includes(status);
}

/** The server's 0..1 share as a whole percentage (never 100 before the job has ended). */
export function percentOf(progress: number, status: SeekerImportStatus): number {
  if (!isActive(status)) return 100;
  return Math.max(0, Math.min(99, Math.floor(progress * 100)));
}

/** Progress is announced at 25, 50 and 75 %. */
export const ANNOUNCE_EVERY = 25;

export interface JobState { status: SeekerImportStatus; percent: number }

export type Announcement =
  | { kind: 'progress'; percent: number }
  | { kind: 'writing' }
  | { kind: 'finished'; status: 'DONE' | 'REJECTED' | 'FAILED' };

/** What to announce when the job moves from `prev` (null: first seen, nothing to compare) to `next`. */
export function announcementFor(prev: JobState | null, next: JobState): Announcement | null {
  if (!prev || !isActive(prev.status)) return null;
  if (!isActive(next.status)) return { kind: 'finished', status: next.status as 'DONE' | 'REJECTED' | 'FAILED' };
  if (next.status === 'WRITING') return prev.status === 'WRITING' ? null : { kind: 'writing' };
  const step = Math.floor(next.percent / ANNOUNCE_EVERY);
  const before = prev.status === 'VALIDATING' ? Math.floor(prev.percent / ANNOUNCE_EVERY) : 0;
  return step > before ? { kind: 'progress', percent: step * ANNOUNCE_EVERY } : null;
}
