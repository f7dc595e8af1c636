// Which decisions staff may take on an organization in each status, and which need a note (the server's rules,
// so the form offers only what will be accepted and says what is missing before sending).
import type { VerificationDecision, VerificationStatus } from '../../../gql/graphql';

export type StaffDecision = Exclude<VerificationDecision, 'RESUBMIT'>;

const ALLOWED: Record<VerificationStatus, readonly StaffDecision[]> = {
  PENDING: ['APPROVE', 'REQUEST_INFO', 'REJECT'],
  INFO_REQUESTED: ['APPROVE', 'REJECT'],
  REJECTED: ['APPROVE', 'REQUEST_INFO'],
  VERIFIED: ['SUSPEND'],
  SUSPENDED: ['APPROVE', 'REJECT'],
};

export type NotedDecision = Exclude<StaffDecision, 'APPROVE'>;
const NOTE_REQUIRED: ReadonlySet<StaffDecision> = new Set<StaffDecision>(['REJECT', 'REQUEST_INFO', 'SUSPEND']);

export function decisionsFor(status: VerificationStatus): readonly StaffDecision[] {
  return ALLOWED[status] ?? [];
}

/** What is missing before a decision can be sent: the decision itself, or the note it needs. */
export function decisionProblems(decision: StaffDecision | '', note: string): { decision?: 'missing'; note?: NotedDecision } {
  if (!decision) return { decision: 'missing' };
  if (NOTE_REQUIRED.has(decision) && !note.trim()) return { note: decision as NotedDecision };
  return {};
}

/** Rejecting or suspending closes the organization's open positions: the form says so before it is sent. */
export function closesPostings(decision: StaffDecision | ''): boolean {
  return decision === 'REJECT' || decision === 'SUSPEND';
}
