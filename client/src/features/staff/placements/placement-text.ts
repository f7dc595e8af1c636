// Words and small rules of the placement screens: a placement's status, and a history entry's change in words.
import type { MessageKey } from '../../../i18n/zh-CN';

export const STATUSES = ['ongoing', 'ended', 'excluded'] as const;
export type PlacementStatus = (typeof STATUSES)[number];

export function statusOf(p: { counted: boolean; endDate?: string | null }): PlacementStatus {
  if (!p.counted) return 'excluded';
  return p.endDate ? 'ended' : 'ongoing';
}

export const END_REASONS = ['CONTRACT_ENDED', 'RESIGNED', 'DISMISSED', 'HEALTH', 'MOVED_AWAY', 'RETIRED', 'DIED', 'OTHER'] as const;
export const FORMS = ['FULL_TIME', 'PART_TIME', 'FLEXIBLE', 'HOME_BASED', 'AUXILIARY', 'PUBLIC_WELFARE'] as const;
export const LINES = ['PUBLIC_SECTOR', 'STATE_OWNED', 'PRIVATE', 'DISABILITY_ORG', 'HARD_TO_EMPLOY', 'RURAL', 'GRADUATE', 'BLIND_MASSAGE'] as const;

const FIELDS = new Set(['organization', 'employmentForm', 'startDate', 'endDate', 'endReason', 'actionLine', 'contractKind', 'contractMonths',
  'monthlyWage', 'socialInsuranceFull', 'partTime', 'evidence', 'note', 'workshop']);

/** The words for one changed value: enums and booleans in words, dates formatted, the rest as stored. */
export function valueText(field: string, v: string | null, i18n: {
  t: (k: MessageKey, p?: Record<string, string | number>) => string; label: (kind: 'EmploymentForm', v: never) => string; formatDate: (d: string) => string;
}): string {
  if (v == null || v === '') return i18n.t('placements.history.empty');
  switch (field) {
    case 'employmentForm': return i18n.label('EmploymentForm', v as never);
    case 'endReason': return (END_REASONS as readonly string[]).includes(v) ? i18n.t(`placements.endReason.${v as (typeof END_REASONS)[number]}`) : v;
    case 'actionLine': return (LINES as readonly string[]).includes(v) ? i18n.t(`plan.line.${v as (typeof LINES)[number]}`) : v;
    case 'contractKind': return ['FORMAL_POST', 'CONTRACT', 'DISPATCHED'].includes(v) ? i18n.t(`quota.contract.kind.${v as 'CONTRACT'}`) : v;
    case 'socialInsuranceFull': case 'partTime': return i18n.t(v === 'true' ? 'quota.yes' : 'quota.no');
    case 'startDate': case 'endDate': return /^\d{4}-\d{2}-\d{2}$/.test(v) ? i18n.formatDate(v) : v;
    default: return v;
  }
}

export function fieldText(field: string, t: (k: MessageKey) => string): string {
  return FIELDS.has(field) ? t(`placements.field.${field}` as MessageKey) : field;
}

export const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
