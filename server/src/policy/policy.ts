// The quota and levy policy as data: the keys, the shape of each value, their validation, and the defaults file
// (server/policy/henan.json). Pure: the service stores the values in policy_setting and staff change them.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { OrganizationType } from '../common/domain.js';
import type { FieldProblem, MessageParams } from '../common/errors.js';
import { projectRoot } from '../common/project-root.js';
import { AdministrativeLevel, DispatchedCountedBy } from './policy-vocab.js';

export const DEFAULT_POLICY_FILE = 'server/policy/henan.json';

export interface ValidityWindow { validFrom: string; validUntil: string }

export interface PolicyValues {
  'quota.ratioPercent': number;
  'quota.nationalFloorPercent': number;
  'quota.obligationAtLeastOne': boolean;
  'quota.severeCounting': { levels: number[]; weight: number };
  'quota.minContractMonths': number;
  'quota.partTimeCounts': boolean;
  'quota.dispatchedCountedBy': DispatchedCountedBy;
  'quota.newGraduate': { retainedMoreThanMonths: number; graduatedWithinYears: number };
  'quota.workingAge': { min: number; max: number };
  'quota.atLeastOne': { agencyMinPosts: number; agencyLevels: AdministrativeLevel[]; institutionMinPosts: number; excludeSchools: boolean };
  'levy.wageCapMultiple': number;
  'levy.reductions': ValidityWindow & { tiers: Array<{ minRatioPercent: number; payPercent: number }> };
  'levy.smallEnterpriseExemption': ValidityWindow & { maxStaff: number; enterpriseTypes: OrganizationType[] };
  /** yuan a year, by year ("2024": 72900) */
  'wage.localSocialAverage': Record<string, number>;
  /** yuan a month, by year */
  'wage.localMinimumMonthly': Record<string, number>;
  'certificate.reissueSuffixAccepted': boolean;
  /**
   * 新增就业 counts people: a person with several genuine placements in the counting period counts once, under their
   * first one (docs/counting.md). false counts placements (not what the plan's "不少于6900人" means).
   */
  'counting.newEmploymentPeopleOnce': boolean;
  /** Months after a placement's start at which it is followed up (check-ins sent, retention measured). */
  'outcomes.followUpMonths': number[];
  /** Thresholds above or below which an employer's reserved posts raise integrity flags (local choices, see the source). */
  'outcomes.genuineness': GenuinenessThresholds;
  /**
   * The amount of each subsidy the action plan names (code → amount). The plan states none: an amount is shown as a
   * fact only when it has a figure, a unit and the source it comes from; otherwise it is "待核实" (server/src/subsidies).
   */
  'subsidy.amounts': Record<string, SubsidyAmount>;
  /** 助残类公益性岗位 the federation develops (plan 二（五）: 20-30), the range its count is shown against. */
  'welfare.planRange': { minPosts: number; maxPosts: number };
}
export interface SubsidyAmount { amountYuan: number | null; unit: SubsidyAmountUnit | null; source: string }
export const SUBSIDY_AMOUNT_UNITS = ['ONCE', 'MONTH', 'YEAR'] as const;
export type SubsidyAmountUnit = typeof SUBSIDY_AMOUNT_UNITS[number];
export interface GenuinenessThresholds {
  /** an employer is judged only with at least this many placements (or reserved postings) in the period */
  minCases: number;
  /** reserved postings open at least this many days count in the fill and interview rates */
  minPostingAgeDays: number;
  minFillRatePercent: number;
  minInterviewRatePercent: number;
  minRetention6Percent: number;
  maxEndedWithin3MonthsPercent: number;
  /** pay at least this share of the local minimum monthly wage (100 = the minimum wage) */
  minWageToMinimumPercent: number;
  /** months with social insurance paid, as a share of months employed */
  minInsuranceMonthsPercent: number;
}
export type PolicyKey = keyof PolicyValues;

export interface PolicyDefault {
  key: PolicyKey;
  label: { 'zh-CN': string; en: string };
  value: unknown;
  /** A figure staff must confirm (DOMAIN.md marks it "(confirm)", or its source is not settled). */
  confirm: boolean;
  source: string;
}

// ---- a small checker vocabulary: each check adds problems at its path and never throws

/** Problems found in a value, each at its path (the service throws them as one InvalidInputError). */
export class Problems {
  readonly list: FieldProblem[] = [];
  add(path: string, key: string, params?: MessageParams): void {
    this.list.push({ path, key, params });
  }
  check(ok: boolean, path: string, key: string, params?: MessageParams): void {
    if (!ok) this.add(path, key, params);
  }
}

type Check = (v: unknown, path: string, p: Problems) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const decimalsOf = (n: number) => (Number.isInteger(n) ? 0 : (String(n).split('.')[1] ?? '').length);

function num(min: number, max: number, decimals = 0): Check {
  return (v, path, p) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return void p.add(path, decimals ? 'validation.isNumber' : 'validation.isInt');
    if (decimals === 0 && !Number.isInteger(v)) return void p.add(path, 'validation.isInt');
    if (decimalsOf(v) > decimals) return void p.add(path, 'validation.decimals', { decimals });
    if (v < min) p.add(path, 'validation.min', { min });
    else if (v > max) p.add(path, 'validation.max', { max });
  };
}
const bool: Check = (v, path, p) => void (typeof v !== 'boolean' && p.add(path, 'validation.isBoolean'));
function oneOf(values: readonly string[]): Check {
  return (v, path, p) => void (!values.includes(v as string) && p.add(path, 'validation.isIn'));
}
const isoDate: Check = (v, path, p) => {
  const ok = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
  if (!ok) p.add(path, 'validation.isISO8601');
};
function list(item: Check, min: number, max: number): Check {
  return (v, path, p) => {
    if (!Array.isArray(v)) return void p.add(path, 'validation.invalid');
    if (v.length < min) return void p.add(path, 'validation.required');
    if (v.length > max) return void p.add(path, 'validation.arrayMaxSize', { max });
    if (new Set(v.map((x) => JSON.stringify(x))).size !== v.length) p.add(path, 'validation.arrayUnique');
    v.forEach((x, i) => item(x, `${path}.${i}`, p));
  };
}
/** An object with exactly these keys. */
function shape(fields: Record<string, Check>): Check {
  return (v, path, p) => {
    if (!isObject(v)) return void p.add(path, 'validation.invalid');
    for (const k of Object.keys(v)) if (!(k in fields)) p.add(`${path}.${k}`, 'validation.unknownField', { name: k });
    for (const [k, check] of Object.entries(fields)) {
      if (v[k] === undefined || v[k] === null) p.add(`${path}.${k}`, 'validation.required');
      else check(v[k], `${path}.${k}`, p);
    }
  };
}
/** Figures by year: { "2024": 72900, ... }, at least one year. */
function byYear(item: Check): Check {
  return (v, path, p) => {
    if (!isObject(v)) return void p.add(path, 'validation.invalid');
    const years = Object.keys(v);
    if (!years.length) p.add(path, 'validation.required');
    for (const y of years) {
      if (!/^\d{4}$/.test(y) || Number(y) < 2000 || Number(y) > 2100) p.add(`${path}.${y}`, 'validation.yearKey', { year: y });
      else item(v[y], `${path}.${y}`, p);
    }
  };
}
/** subsidy.amounts: code → { amountYuan, unit, source }, the figure and unit may be null (待核实). */
const subsidyAmounts: Check = (v, path, p) => {
  if (!isObject(v)) return void p.add(path, 'validation.invalid');
  for (const [code, a] of Object.entries(v)) {
    const at = `${path}.${code}`;
    if (!/^[A-Z][A-Z_]{1,59}$/.test(code)) { p.add(at, 'validation.invalid'); continue; }
    if (!isObject(a)) { p.add(at, 'validation.invalid'); continue; }
    for (const k of Object.keys(a)) if (!['amountYuan', 'unit', 'source'].includes(k)) p.add(`${at}.${k}`, 'validation.unknownField', { name: k });
    if (a.amountYuan !== null) num(0, 10_000_000, 2)(a.amountYuan, `${at}.amountYuan`, p);
    if (a.unit !== null) oneOf(SUBSIDY_AMOUNT_UNITS)(a.unit, `${at}.unit`, p);
    if (typeof a.source !== 'string' || a.source.length > 500) p.add(`${at}.source`, 'validation.invalid');
    else p.check(a.amountYuan === null || (a.unit !== null && a.source.trim().length > 0), `${at}.source`, 'validation.subsidyAmountSource');
  }
};
const windowFields = { validFrom: isoDate, validUntil: isoDate };

const CHECKS: Record<PolicyKey, Check> = {
  'quota.ratioPercent': num(0.001, 10, 3),
  'quota.nationalFloorPercent': num(0.001, 10, 3),
  'quota.obligationAtLeastOne': bool,
  'quota.severeCounting': shape({ levels: list(num(1, 4), 0, 4), weight: num(1, 5) }),
  'quota.minContractMonths': num(1, 120),
  'quota.partTimeCounts': bool,
  'quota.dispatchedCountedBy': oneOf(Object.values(DispatchedCountedBy)),
  'quota.newGraduate': shape({ retainedMoreThanMonths: num(0, 12), graduatedWithinYears: num(0, 5) }),
  'quota.workingAge': shape({ min: num(14, 30), max: num(45, 75) }),
  'quota.atLeastOne': shape({
    agencyMinPosts: num(1, 100_000), agencyLevels: list(oneOf(Object.values(AdministrativeLevel)), 0, 3),
    institutionMinPosts: num(1, 100_000), excludeSchools: bool,
  }),
  'levy.wageCapMultiple': num(1, 10, 2),
  'levy.reductions': shape({
    ...windowFields,
    tiers: list(shape({ minRatioPercent: num(0, 10, 3), payPercent: num(0, 100) }), 0, 10),
  }),
  'levy.smallEnterpriseExemption': shape({
    ...windowFields, maxStaff: num(0, 10_000), enterpriseTypes: list(oneOf(Object.values(OrganizationType)), 0, 7),
  }),
  'wage.localSocialAverage': byYear(num(1000, 10_000_000, 2)),
  'wage.localMinimumMonthly': byYear(num(100, 100_000, 2)),
  'certificate.reissueSuffixAccepted': bool,
  'counting.newEmploymentPeopleOnce': bool,
  'outcomes.followUpMonths': list(num(1, 36), 1, 8),
  'outcomes.genuineness': shape({
    minCases: num(1, 1000), minPostingAgeDays: num(1, 3650), minFillRatePercent: num(0, 100), minInterviewRatePercent: num(0, 100),
    minRetention6Percent: num(0, 100), maxEndedWithin3MonthsPercent: num(0, 100), minWageToMinimumPercent: num(0, 300),
    minInsuranceMonthsPercent: num(0, 100),
  }),
  'subsidy.amounts': subsidyAmounts,
  'welfare.planRange': shape({ minPosts: num(1, 10_000), maxPosts: num(1, 10_000) }),
};

export const POLICY_KEYS = Object.keys(CHECKS) as PolicyKey[];

export function isPolicyKey(key: string): key is PolicyKey {
  return Object.hasOwn(CHECKS, key);
}

/**
 * Problems with a new value for one key, given the other current values (some rules span two keys).
 * Paths start at `value` (value.tiers.0.payPercent).
 */
export function checkPolicyValue<K extends PolicyKey>(key: K, value: unknown, current: PolicyValues): FieldProblem[] {
  const p = new Problems();
  CHECKS[key](value, 'value', p);
  if (p.list.length) return p.list;
  switch (key) {
    case 'quota.ratioPercent':
      p.check((value as number) >= current['quota.nationalFloorPercent'], 'value', 'validation.ratioBelowFloor',
        { floor: current['quota.nationalFloorPercent'] });
      break;
    case 'quota.nationalFloorPercent':
      p.check((value as number) <= current['quota.ratioPercent'], 'value', 'validation.floorAboveRatio', { ratio: current['quota.ratioPercent'] });
      break;
    case 'quota.workingAge': {
      const v = value as PolicyValues['quota.workingAge'];
      p.check(v.min < v.max, 'value.max', 'validation.ageRange');
      break;
    }
    case 'welfare.planRange': {
      const v = value as PolicyValues['welfare.planRange'];
      p.check(v.minPosts <= v.maxPosts, 'value.maxPosts', 'validation.rangeMaxBelowMin', { min: v.minPosts });
      break;
    }
    case 'outcomes.followUpMonths': {
      const v = value as number[];
      p.check(v.every((m, i) => i === 0 || m > v[i - 1]), 'value', 'validation.ascending');
      break;
    }
    case 'levy.reductions':
    case 'levy.smallEnterpriseExemption': {
      const v = value as ValidityWindow;
      p.check(v.validFrom <= v.validUntil, 'value.validUntil', 'validation.endBeforeStart');
      break;
    }
  }
  return p.list;
}

export function readPolicyFile(path = DEFAULT_POLICY_FILE): PolicyDefault[] {
  const full = isAbsolute(path) ? path : join(projectRoot(), path);
  const file = JSON.parse(readFileSync(full, 'utf8')) as { settings: PolicyDefault[] };
  return file.settings;
}

/**
 * Checks a defaults file as a whole: every key known and present once, every value valid. Start-up refuses a bad
 * file, naming the key, rather than computing levies from it.
 */
export function policyFromDefaults(defaults: readonly PolicyDefault[]): PolicyValues {
  const values = Object.fromEntries(defaults.map((d) => [d.key, d.value])) as unknown as PolicyValues;
  const errors: string[] = [];
  for (const d of defaults) if (!isPolicyKey(d.key)) errors.push(`${d.key}: unknown key`);
  for (const key of POLICY_KEYS) {
    if (!defaults.some((d) => d.key === key)) errors.push(`${key}: missing`);
    else if (!defaults.find((d) => d.key === key)!.source?.trim()) errors.push(`${key}: no source named`);
    else errors.push(...checkPolicyValue(key, values[key], values).map((f) => `${key} ${f.path}: ${f.key}`));
  }
  if (errors.length) throw new Error(`Invalid policy file:\n  ${errors.join('\n  ')}`);
  return values;
}

/** The figure for a year, or else the latest earlier one (published figures lag a year); null when none. */
export function figureFor(table: Record<string, number>, year: number): { year: number; value: number } | null {
  const years = Object.keys(table).map(Number).filter((y) => y <= year).sort((a, b) => b - a);
  return years.length ? { year: years[0], value: table[String(years[0])] } : null;
}
