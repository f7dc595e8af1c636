// Policy setting values (JSON of several shapes) in words, their units, and the text a person edits them as.
import type { OrganizationType } from '../../../gql/graphql';
import type { I18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/zh-CN';
import { normalizeNumber } from './year-figures';

const UNITS: Record<string, MessageKey> = {
  'quota.ratioPercent': 'quota.unit.percent',
  'quota.nationalFloorPercent': 'quota.unit.percent',
  'quota.minContractMonths': 'quota.unit.months',
  'levy.wageCapMultiple': 'quota.unit.multiple',
  'wage.localSocialAverage': 'quota.unit.yuanYear',
  'wage.localMinimumMonthly': 'quota.unit.yuanMonth',
  'quota.workingAge': 'quota.unit.years',
};

export function unitOf(key: string, t: I18n['t']): string {
  const k = UNITS[key];
  return k ? t(k) : t('quota.policy.noUnit');
}

const FIELD_KEYS = new Set([
  'levels', 'weight', 'retainedMoreThanMonths', 'graduatedWithinYears', 'min', 'max', 'agencyMinPosts', 'agencyLevels',
  'institutionMinPosts', 'excludeSchools', 'validFrom', 'validUntil', 'tiers', 'minRatioPercent', 'payPercent', 'maxStaff',
  'enterpriseTypes',
]);
const LEVELS = new Set(['PROVINCE', 'CITY', 'COUNTY']);
const DISPATCH = new Set(['RECEIVING', 'DISPATCHING']);
const ORG_TYPES = new Set(['GOVERNMENT_AGENCY', 'PUBLIC_INSTITUTION', 'STATE_OWNED', 'PRIVATE', 'PLATFORM', 'SOCIAL_ORG', 'AUXILIARY_INSTITUTION']);

/** A value in words: "是", "1.6", "2024年：72,900；2025年：75,100", "比例不低于（%）：1，缴纳（%）：50". */
export function formatPolicyValue(value: unknown, i18n: Pick<I18n, 't' | 'label' | 'formatNumber'>, depth = 0): string {
  const { t, label, formatNumber } = i18n;
  const sep = t('common.listSeparator');
  if (value === null || value === undefined) return t('common.none');
  if (typeof value === 'boolean') return value ? t('quota.value.yes') : t('quota.value.no');
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') {
    if (LEVELS.has(value)) return t(`quota.level.${value}` as MessageKey);
    if (DISPATCH.has(value)) return t(`quota.dispatched.${value}` as MessageKey);
    if (ORG_TYPES.has(value)) return label('OrganizationType', value as OrganizationType);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => formatPolicyValue(v, i18n, depth + 1)).join(depth ? sep : t('quota.value.parts'));
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => {
      const name = /^\d{4}$/.test(k) ? t('quota.field.year', { year: k }) : FIELD_KEYS.has(k) ? t(`quota.field.${k}` as MessageKey) : k;
      return t('quota.value.pair', { name, value: formatPolicyValue(v, i18n, depth + 1) });
    }).join(depth ? t('quota.value.innerParts') : t('quota.value.parts'));
  }
  return String(value);
}

export type ValueKind = 'number' | 'boolean' | 'choice' | 'json';

export function kindOf(value: unknown): ValueKind {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'choice';
  return 'json';
}

/** The text a person starts editing from. */
export function valueToText(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return String(value);
  return JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
}

/** The typed value back from the text, or the message key of what is wrong with it. */
export function parseValueText(kind: ValueKind, text: string): { value: unknown } | { problem: MessageKey } {
  const s = text.trim();
  if (!s) return { problem: 'quota.policy.valueRequired' };
  switch (kind) {
    case 'number': {
      const n = normalizeNumber(s);
      return /^-?\d+(\.\d+)?$/.test(n) ? { value: Number(n) } : { problem: 'quota.policy.valueNotNumber' };
    }
    case 'boolean':
      return { value: s === 'true' };
    case 'choice':
      return { value: s };
    case 'json':
      try {
        return { value: JSON.parse(s) as unknown };
      } catch {
        return { problem: 'quota.policy.valueNotJson' };
      }
  }
}
