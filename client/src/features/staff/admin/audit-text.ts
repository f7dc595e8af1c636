// The audit log's codes in words: the kind of action, what it was about, what was read and why, and the
// operation of a change. Codes the screens do not know yet are shown as "other", never raw.
import type { I18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/zh-CN';

export const ACTIONS = ['READ_SENSITIVE', 'STAFF_ACTION', 'ADMIN_ACTION', 'SIGN_IN_FAILED', 'CONSENT'] as const;
const KNOWN_ACTIONS = new Set<string>([...ACTIONS, 'SIGN_IN']);
const ENTITIES = new Set(['seeker', 'organization', 'posting', 'user', 'event', 'placement', 'application', 'booth', 'integrity_flag', 'workshop', 'massageClinic', 'massageQualification']);
const FIELDS = new Set(['disability', 'certificateNumber', 'residentIdNumber', 'needs', 'quota']);
const PURPOSES = new Set(['CASEWORK', 'QUOTA_REVIEW', 'PLACEMENT_VERIFICATION', 'STATISTICS', 'APPLICATION_REVIEW', 'CANDIDATE_MATCH']);
// reads written before a purpose was recorded named who read (staff in scope, or an employer applied to)
const LEGACY_PURPOSE: Record<string, string> = { STAFF: 'CASEWORK', EMPLOYER: 'APPLICATION_REVIEW' };
const OPS = new Set(['createStaff', 'updateStaff', 'setStaffScope', 'disable', 'enable', 'create', 'update', 'record', 'end', 'decide',
  'invite', 'transition', 'recordService', 'assignCoach', 'ledger', 'savePlan', 'run', 'verify']);

export function actionText(t: I18n['t'], action: string): string {
  return t(`audit.action.${KNOWN_ACTIONS.has(action) ? action : 'OTHER'}` as MessageKey);
}

export function entityText(t: I18n['t'], entity: string): string {
  return t(`audit.entity.${ENTITIES.has(entity) ? entity : 'OTHER'}` as MessageKey);
}

export function purposeText(t: I18n['t'], purpose: string | null): string {
  const p = purpose ? LEGACY_PURPOSE[purpose] ?? purpose : '';
  return t(`purpose.${PURPOSES.has(p) ? p : 'OTHER'}` as MessageKey);
}

/** One line saying what happened beyond the kind of action: what was read and why, or which change. */
export function detailText(t: I18n['t'], e: { action: string; field: string | null; purpose: string | null; detail: unknown }): string {
  if (e.action === 'READ_SENSITIVE') {
    const field = t(`audit.field.${e.field && FIELDS.has(e.field) ? e.field : 'OTHER'}` as MessageKey);
    return t('audit.readDetail', { field, purpose: purposeText(t, e.purpose) });
  }
  const op = (e.detail as { op?: unknown } | null)?.op;
  return typeof op === 'string' && OPS.has(op) ? t(`audit.op.${op}` as MessageKey) : '';
}
