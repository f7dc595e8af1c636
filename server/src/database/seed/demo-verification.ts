// The demo's verification state: rejected organizations' postings closed (as a rejection does), each decision in the
// organization's history, and organizations waiting in staff's queue (one of them asked for more information).
import { VerificationDecision, VerificationStatus } from '../../common/domain.js';
import { closedIfOrganizationStopped, type OrganizationRow, type PostingRow } from './generator.js';
import { Random } from './random.js';
import type { DecisionRow } from './rows.js';

const INFO_NOTES = ['请补充营业执照副本的清晰照片', '联系人电话无法接通，请更新联系电话', '请说明单位实际经营地址与注册地址是否一致'];

export function demoVerification(seed: number, organizations: OrganizationRow[], postings: PostingRow[]): DecisionRow[] {
  const rng = new Random(seed, 'verification');
  const byId = new Map(organizations.map((o) => [o.id, o]));
  for (const p of postings) closedIfOrganizationStopped(p, byId.get(p.organizationId));
  const decisions: DecisionRow[] = [];
  const decide = (o: OrganizationRow, decision: VerificationDecision, from: VerificationStatus, to: VerificationStatus, note: string | null, at: string) =>
    decisions.push({ id: rng.uuid(), organizationId: o.id, decision, fromStatus: from, toStatus: to, note, decidedBy: o.verifiedBy, createdAt: at });
  const pending = organizations.filter((o) => o.verificationStatus === VerificationStatus.PENDING);
  for (const o of organizations) {
    if (o.verificationStatus === VerificationStatus.VERIFIED && o.verifiedAt) decide(o, VerificationDecision.APPROVE, VerificationStatus.PENDING, VerificationStatus.VERIFIED, null, o.verifiedAt);
    if (o.verificationStatus === VerificationStatus.REJECTED && o.verifiedAt) {
      decide(o, VerificationDecision.REJECT, VerificationStatus.PENDING, VerificationStatus.REJECTED, o.verificationNote, o.verifiedAt);
      // the decision, not the approval, is when the organization was last decided on: verified_at holds approvals only
      o.verifiedAt = null;
    }
  }
  // the oldest pending organization was asked for more; the others wait for a first look
  const asked = pending.sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
  if (asked) {
    const note = rng.pick(INFO_NOTES);
    const at = new Date(new Date(asked.createdAt).getTime() + 2 * 86_400_000).toISOString();
    Object.assign(asked, { verificationStatus: VerificationStatus.INFO_REQUESTED, verificationNote: note });
    decisions.push({ id: rng.uuid(), organizationId: asked.id, decision: VerificationDecision.REQUEST_INFO, fromStatus: VerificationStatus.PENDING,
      toStatus: VerificationStatus.INFO_REQUESTED, note, decidedBy: null, createdAt: at });
  }
  return decisions;
}
