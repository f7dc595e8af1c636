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
  'outcomes.followUpMonths': 'quota.unit.monthsAfterStart',
  'welfare.planRange': 'quota.unit.posts',
};

export function unitOf(key: string, t: I18n['t']): string {
  const k = UNITS[key];
  return k ? t(k) : t('quota.policy.noUnit');
}

/** The thresholds of the genuineness checks (outcomes.genuineness): each a number, its unit in its label. */
const GENUINENESS_PARTS = [
  'minCases', 'minPostingAgeDays', 'minFillRatePercent', 'minInterviewRatePercent', 'minRetention6Percent', 'maxEndedWithin3MonthsPercent',
  'minWageToMinimumPercent', 'minInsuranceMonthsPercent',
] as const;

const FIELD_KEYS = new Set([
  'levels', 'weight', 'retainedMoreThanMonths', 'graduatedWithinYears', 'min', 'max', 'agencyMinPosts', 'agencyLevels',
  'institutionMinPosts', 'excludeSchools', 'validFrom', 'validUntil', 'tiers', 'minRatioPercent', 'payPercent', 'maxStaff',
  'enterpriseTypes', 'minPosts', 'maxPosts', ...GENUINENESS_PARTS,
]);
const LEVELS = new Set(['PROVINCE', 'CITY', 'COUNTY']);
const DISPATCH = new Set(['RECEIVING', 'DISPATCHING']);
const ORG_TYPES = new Set(['GOVERNMENT_AGENCY', 'PUBLIC_INSTITUTION', 'STATE_OWNED', 'PRIVATE', 'PLATFORM', 'SOCIAL_ORG', 'AUXILIARY_INSTITUTION']);

/** A value in words: "是", "1.6", "2024年：72,900；2025年：75,100", "比例不低于（%）：1，缴纳（%）：50". */
export function formatPolicyValue(value: unknown, i18n: Pick<I18n, 't' | 'label' | 'formatNumber' | 'formatDate'>, depth = 0): string {
  const { t, label, formatNumber, formatDate } = i18n;
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
  if (depth === 0 && isNumberList(value)) return t('quota.value.monthList', { months: value.map((n) => formatNumber(n)).join(t('common.listSeparator')) });
  if (Array.isArray(value)) return value.map((v) => formatPolicyValue(v, i18n, depth + 1)).join(depth ? sep : t('quota.value.parts'));
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => {
      const name = /^\d{4}$/.test(k) ? t('quota.field.year', { year: k }) : FIELD_KEYS.has(k) ? t(`quota.field.${k}` as MessageKey) : k;
      let words: string;
      if (PART_TYPES[k] === 'date' && typeof v === 'string' && isIsoDate(v)) words = formatDate(v);
      else if (k === 'levels' && Array.isArray(v)) words = v.map((n) => t('quota.policy.levelN', { n: String(n) })).join(sep);
      else words = formatPolicyValue(v, i18n, depth + 1);
      return t('quota.value.pair', { name, value: words });
    }).join(depth ? t('quota.value.innerParts') : t('quota.value.parts'));
  }
  return String(value);
}

/**
 * How a value is edited: one number, yes/no, a choice, labelled fields of a structured value, a figure per year,
 * or (a shape this page does not know yet) JSON text.
 */
export type ValueKind = 'number' | 'boolean' | 'choice' | 'fields' | 'byYear' | 'list' | 'json';

/** A list of whole numbers (the follow-up months, 1, 3, 6, 12). */
const isNumberList = (v: unknown): v is number[] => Array.isArray(v) && v.length > 0 && v.every((n) => typeof n === 'number' && Number.isInteger(n));

/** The type of each part of a structured value (server/src/policy/policy.ts has the same shapes). */
export type PartType = 'number' | 'date' | 'boolean' | 'set' | 'tiers';
export const PART_TYPES: Record<string, PartType> = {
  weight: 'number', retainedMoreThanMonths: 'number', graduatedWithinYears: 'number', min: 'number', max: 'number',
  agencyMinPosts: 'number', institutionMinPosts: 'number', maxStaff: 'number', minPosts: 'number', maxPosts: 'number', minRatioPercent: 'number', payPercent: 'number',
  validFrom: 'date', validUntil: 'date', excludeSchools: 'boolean', levels: 'set', agencyLevels: 'set', enterpriseTypes: 'set', tiers: 'tiers',
  ...Object.fromEntries(GENUINENESS_PARTS.map((k) => [k, 'number'])),
};
/** The choices of each list part; disability levels are numbers, the others vocabulary values. */
export const SET_OPTIONS: Record<string, readonly string[]> = {
  levels: ['1', '2', '3', '4'], agencyLevels: [...LEVELS], enterpriseTypes: [...ORG_TYPES],
};
export const TIER_PARTS = ['minRatioPercent', 'payPercent'] as const;

const isYearKey = (k: string) => /^\d{4}$/.test(k);

export function kindOf(value: unknown): ValueKind {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'choice';
  if (isNumberList(value)) return 'list';
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length && keys.every(isYearKey)) return 'byYear';
    if (keys.length && keys.every((k) => k in PART_TYPES)) return 'fields';
  }
  return 'json';
}

/** The form's state for a structured value: every figure as the text typed, lists as chosen values. */
export interface StructuredDraft {
  parts: Record<string, string>;
  sets: Record<string, string[]>;
  flags: Record<string, boolean>;
  /** levy tiers, or the figures by year ({ year, amount }) */
  rows: Array<Record<string, string>>;
}

export function draftOf(kind: ValueKind, value: unknown): StructuredDraft {
  const d: StructuredDraft = { parts: {}, sets: {}, flags: {}, rows: [] };
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  if (kind === 'byYear') {
    d.rows = Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([year, amount]) => ({ year, amount: String(amount) }));
    return d;
  }
  for (const [k, x] of Object.entries(v)) {
    const type = PART_TYPES[k];
    if (type === 'set') d.sets[k] = Array.isArray(x) ? x.map(String) : [];
    else if (type === 'boolean') d.flags[k] = x === true;
    else if (type === 'tiers') d.rows = (Array.isArray(x) ? x : []).map((r: Record<string, unknown>) => Object.fromEntries(TIER_PARTS.map((p) => [p, String(r?.[p] ?? '')])));
    else d.parts[k] = x === null || x === undefined ? '' : String(x);
  }
  return d;
}

/** The parts of a structured value in the order the value has them (the form shows them in that order). */
export function partsOf(value: unknown): string[] {
  return value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).filter((k) => k in PART_TYPES) : [];
}

function numberOf(text: string): number | null {
  const n = normalizeNumber(text.trim());
  return /^-?\d+(\.\d+)?$/.test(n) ? Number(n) : null;
}
const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))
  && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/**
 * The value back from the form, or what is wrong by field name (the names the server's paths use under `value`:
 * "agencyMinPosts", "tiers.0.payPercent"; figures by year are "years.0.year" and "years.0.amount").
 */
export function valueOfDraft(kind: 'fields' | 'byYear', original: unknown, d: StructuredDraft): { value: unknown } | { problems: Record<string, MessageKey> } {
  const problems: Record<string, MessageKey> = {};
  const num = (name: string, text: string): number | undefined => {
    if (!text.trim()) { problems[name] = 'quota.policy.partRequired'; return undefined; }
    const n = numberOf(text);
    if (n === null) { problems[name] = 'quota.policy.partNotNumber'; return undefined; }
    return n;
  };
  if (kind === 'byYear') {
    const out: Record<string, number> = {};
    const seen = new Set<string>();
    d.rows.forEach((r, i) => {
      const year = (r.year ?? '').trim();
      if (!/^\d{4}$/.test(year)) problems[`years.${i}.year`] = 'quota.policy.yearInvalid';
      else if (seen.has(year)) problems[`years.${i}.year`] = 'quota.policy.yearTwice';
      seen.add(year);
      const amount = num(`years.${i}.amount`, r.amount ?? '');
      if (amount !== undefined && /^\d{4}$/.test(year)) out[year] = amount;
    });
    if (!d.rows.length) problems['years'] = 'quota.policy.yearsRequired';
    return Object.keys(problems).length ? { problems } : { value: out };
  }
  const out: Record<string, unknown> = {};
  for (const k of partsOf(original)) {
    const type = PART_TYPES[k];
    if (type === 'number') out[k] = num(k, d.parts[k] ?? '');
    else if (type === 'date') {
      const s = (d.parts[k] ?? '').trim();
      if (!s) problems[k] = 'quota.policy.partRequired';
      else if (!isIsoDate(s)) problems[k] = 'quota.policy.dateInvalid';
      out[k] = s;
    } else if (type === 'boolean') out[k] = d.flags[k] === true;
    else if (type === 'set') {
      const chosen = d.sets[k] ?? [];
      out[k] = k === 'levels' ? chosen.map(Number) : chosen;
    } else if (type === 'tiers') {
      out[k] = d.rows.map((r, i) => Object.fromEntries(TIER_PARTS.map((p) => [p, num(`${k}.${i}.${p}`, r[p] ?? '')])));
    }
  }
  return Object.keys(problems).length ? { problems } : { value: out };
}

/** The text a person starts editing from. */
export function valueToText(value: unknown): string {
  if (isNumberList(value)) return value.join(', ');
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
    case 'list': {
      // "1、3、6、12", "1, 3, 6, 12" or "1 3 6 12": whole numbers, full-width digits too
      const parts = normalizeNumber(s.replace(/[、,，;；\s]+/g, ' ').trim().replace(/ /g, '|')).split('|');
      return parts.every((x) => /^\d+$/.test(x)) ? { value: parts.map(Number) } : { problem: 'quota.policy.valueNotList' };
    }
    case 'choice':
      return { value: s };
    case 'json':
    case 'fields':
    case 'byYear':
      try {
        return { value: JSON.parse(s) as unknown };
      } catch {
        return { problem: 'quota.policy.valueNotJson' };
      }
  }
}
