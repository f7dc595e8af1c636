// From a pack's content (live or frozen) and its stored row to what GraphQL answers: lines worded in the reader's
// language from their rule keys, so the snapshot keeps figures and codes, never words.
import { translate } from '../../common/messages.js';
import type { Locale } from '../../common/request-context.js';
import type { QuotaNote } from '../../reporting/quota/quota-vocab.js';
import { QuotaReviewLineKey as K, QuotaReviewStatus as S } from './quota-review-vocab.js';
import { lineValue, type PackContent, type PackLine } from './quota-review.js';
import type { QuotaReviewLine, QuotaReviewPack, QuotaReviewPerson, QuotaReviewSubmission } from './quota-review.models.js';

export interface SubmissionRow {
  id: string;
  organizationId: string;
  countyCode: string;
  year: number;
  version: number;
  status: S;
  submittedAt: Date;
  submittedByName: string;
  reviewedAt: Date | null;
  reviewedByName: string | null;
  returnReason: string | null;
  snapshot: PackContent;
}

/** Columns of quota_review_pack p with the submitter (su) and reviewer (ru) joined. */
export const SUBMISSION_COLUMNS = `p.id, p.organization_id AS "organizationId", p.county_code AS "countyCode", p.year, p.version, p.status,
  p.submitted_at AS "submittedAt", su.display_name AS "submittedByName", p.reviewed_at AS "reviewedAt", ru.display_name AS "reviewedByName",
  p.return_reason AS "returnReason"`;

export const lineLabel = (key: K, locale?: Locale) => translate(`quotaReview.line.${key}`, {}, locale);
export const lineRule = (l: PackLine, locale?: Locale) => translate(l.ruleKey, l.params, locale);

export function linesOf(content: PackContent, locale?: Locale): QuotaReviewLine[] {
  return content.lines.map((l) => ({ key: l.key, label: lineLabel(l.key, locale), value: l.value, rule: lineRule(l, locale) }));
}

export function submissionOf(r: SubmissionRow): QuotaReviewSubmission {
  return {
    id: r.id, organizationId: r.organizationId, organizationName: r.snapshot.organization.name, countyCode: r.countyCode, year: r.year,
    version: r.version, status: r.status, submittedAt: r.submittedAt, submittedByName: r.submittedByName, reviewedAt: r.reviewedAt,
    reviewedByName: r.reviewedByName, returnReason: r.returnReason,
    required: lineValue(r.snapshot, K.REQUIRED) ?? 0, counted: lineValue(r.snapshot, K.COUNTED) ?? 0,
    shortfall: lineValue(r.snapshot, K.SHORTFALL) ?? 0, levyPayable: lineValue(r.snapshot, K.LEVY_PAYABLE),
  };
}

/**
 * The pack as answered: a stored version (row given) shows its own status and review; the live pack shows the latest
 * version's, or DRAFT when none was submitted.
 */
export function packView(content: PackContent, row: SubmissionRow | null, submissions: QuotaReviewSubmission[], locale?: Locale): QuotaReviewPack {
  const latest = row ? submissionOf(row) : submissions[0] ?? null;
  return {
    id: row?.id ?? null, version: row?.version ?? null, status: latest?.status ?? S.DRAFT,
    organizationId: content.organization.id, organizationName: content.organization.name, creditCode: content.organization.creditCode,
    countyCode: content.organization.countyCode, year: content.year, provisional: content.provisional, ratioMet: content.ratioMet,
    notes: content.notes as QuotaNote[], lines: linesOf(content, locale),
    submittedAt: latest?.submittedAt ?? null, submittedByName: latest?.submittedByName ?? null, reviewedAt: latest?.reviewedAt ?? null,
    reviewedByName: latest?.reviewedByName ?? null, returnReason: latest?.returnReason ?? null,
    submissions, people: content.people as QuotaReviewPerson[],
  };
}
