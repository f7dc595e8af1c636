// The quota-review pack's content, built from a quota position (QuotaService.position: its people and computeQuota's
// arithmetic, never re-computed here) and the social-insurance months the employer stated per placement and year.
//
// Definitions, decided here once and shown on the pack:
// - months employed: the months of the year whose last day the placement covers (quota.ts employedMonths), over
//   all of the person's placements at the organization (a month counts once);
// - insurance months: the months the employer states for each placement (placement_year_fact), summed over the
//   person's placements, at most 12; null while any placement has none stated;
// - insurance short: a placement's stated insurance months fall short of its months employed in the year. The quota
//   arithmetic itself applies it (quota.ts, INSURANCE_MONTHS_SHORT): that placement counts for nothing in the year, so
//   the pack's counted value, its levy, the Excel and the printed page all follow from the one position;
// - insurance not stated: the pack shows it as missing and cannot be submitted until it is (missingInsurance).
import type { PolicyValues } from '../../policy/policy.js';
import { employedMonths } from '../../reporting/quota/quota.js';
import { QuotaReason } from '../../reporting/quota/quota-vocab.js';
import type { PlacementContract, QuotaPerson, QuotaPosition } from '../../reporting/quota/quota.models.js';
import { QuotaReviewLineKey as K } from './quota-review-vocab.js';

export interface PackPlacement extends Omit<PlacementContract, 'recordedAt' | 'organizationId' | 'seekerId' | 'employmentForm'> {
  monthsEmployed: number;
  insuranceMonths: number | null;
}

export interface PackPerson extends Pick<QuotaPerson, 'seekerId' | 'name' | 'certificateNumber' | 'level' | 'severe' | 'weight'
  | 'units' | 'counts' | 'graduateFullYear' | 'reasons'> {
  monthsEmployed: number;
  /** the months that count (QuotaPerson.months) */
  monthsCounted: number;
  insuranceMonths: number | null;
  insuranceShort: boolean;
  placements: PackPlacement[];
}

export interface PackLine {
  key: K;
  value: number | null;
  /** the message key of the rule in words, and its parameters */
  ruleKey: string;
  params: Record<string, string | number>;
}

export interface PackOrganization { id: string; name: string; creditCode: string; countyCode: string }

/** What a submission freezes (quota_review_pack.snapshot), and what the live pack shows. */
export interface PackContent {
  organization: PackOrganization;
  year: number;
  provisional: boolean;
  ratioMet: boolean;
  notes: string[];
  people: PackPerson[];
  lines: PackLine[];
}

export type PositionForPack = Pick<QuotaPosition, 'year' | 'provisional' | 'ratioMet' | 'notes' | 'staffCount' | 'yearDataEntered'
  | 'averageWage' | 'ratioPercent' | 'requiredExact' | 'required' | 'counted' | 'countedPeople' | 'achievedRatioPercent' | 'shortfall'
  | 'socialAverageWage' | 'socialAverageWageYear' | 'wageCap' | 'levyWage' | 'levyDue' | 'reductionPayPercent'
  | 'smallEnterpriseExempt' | 'levyPayable' | 'people'>;

/** Months of the year a person was employed: the union over their placements. */
export function monthsEmployed(placements: ReadonlyArray<Pick<PlacementContract, 'startDate' | 'endDate'>>, year: number): number {
  return new Set(placements.flatMap((p) => employedMonths(p, year))).size;
}

/** The person's insurance months: the sum over placements, at most 12; null while one is not stated. */
export function insuranceMonthsOf(placements: ReadonlyArray<{ insuranceMonths: number | null }>): number | null {
  if (placements.some((p) => p.insuranceMonths === null)) return null;
  return Math.min(12, placements.reduce((s, p) => s + (p.insuranceMonths ?? 0), 0));
}

function packPerson(p: QuotaPerson, year: number, insurance: ReadonlyMap<string, number>): PackPerson {
  const placements: PackPlacement[] = p.placements.map((c) => ({
    placementId: c.placementId, startDate: c.startDate, endDate: c.endDate, contractKind: c.contractKind, contractMonths: c.contractMonths,
    monthlyWage: c.monthlyWage, socialInsuranceFull: c.socialInsuranceFull, partTime: c.partTime,
    monthsEmployed: employedMonths(c, year).length, insuranceMonths: insurance.get(c.placementId) ?? null,
  }));
  const insuranceMonths = insuranceMonthsOf(placements);
  return {
    seekerId: p.seekerId, name: p.name, certificateNumber: p.certificateNumber, level: p.level, severe: p.severe, weight: p.weight,
    units: p.units, counts: p.counts, graduateFullYear: p.graduateFullYear, reasons: p.reasons,
    monthsEmployed: monthsEmployed(p.placements, year), monthsCounted: p.months, insuranceMonths,
    insuranceShort: p.reasons.includes(QuotaReason.INSURANCE_MONTHS_SHORT),
    placements,
  };
}

/** The arithmetic of the position, line by line, each with the rule it follows and the figures it uses. */
export function packLines(q: PositionForPack, policy: PolicyValues): PackLine[] {
  const line = (key: K, value: number | null, ruleKey: string, params: Record<string, string | number> = {}): PackLine =>
    ({ key, value, ruleKey: `quotaReview.rule.${ruleKey}`, params });
  const severe = policy['quota.severeCounting'];
  const exemption = policy['levy.smallEnterpriseExemption'];
  const wageRule = q.levyWage === null ? 'levyWageMissing' : q.wageCap === null ? 'levyWageUncapped' : 'levyWage';
  return [
    line(K.STAFF_COUNT, q.staffCount, q.yearDataEntered ? 'staffCountEntered' : 'staffCountProfile'),
    line(K.RATIO, q.ratioPercent, 'ratio'),
    line(K.REQUIRED, q.required, q.required > q.requiredExact ? 'requiredAtLeastOne' : 'required',
      { staff: q.staffCount, ratio: q.ratioPercent, exact: q.requiredExact }),
    line(K.COUNTED, q.counted, 'counted', { people: q.countedPeople, levels: severe.levels.join('、'), weight: severe.weight }),
    line(K.ACHIEVED_RATIO, q.achievedRatioPercent, 'achievedRatio', { counted: q.counted, staff: q.staffCount }),
    line(K.SHORTFALL, q.shortfall, 'shortfall', { required: q.requiredExact, counted: q.counted }),
    line(K.AVERAGE_WAGE, q.averageWage, q.averageWage === null ? 'averageWageMissing' : 'averageWage'),
    line(K.LEVY_WAGE, q.levyWage, wageRule, {
      social: q.socialAverageWage ?? '', socialYear: q.socialAverageWageYear ?? '', multiple: policy['levy.wageCapMultiple'], cap: q.wageCap ?? '',
    }),
    line(K.LEVY_DUE, q.levyDue, q.levyDue === null ? 'levyDueMissing' : 'levyDue', { shortfall: q.shortfall, wage: q.levyWage ?? '' }),
    line(K.REDUCTION, q.reductionPayPercent, q.reductionPayPercent === null ? 'noReduction' : 'reduction',
      { achieved: q.achievedRatioPercent ?? '', pay: q.reductionPayPercent ?? '' }),
    line(K.LEVY_PAYABLE, q.levyPayable, q.levyPayable === null ? 'levyDueMissing' : q.smallEnterpriseExempt ? 'exempt' : 'payable', {
      due: q.levyDue ?? '', pay: q.reductionPayPercent ?? 100, maxStaff: exemption.maxStaff, until: exemption.validUntil,
    }),
  ];
}

export function packContent(org: PackOrganization, q: PositionForPack, insurance: ReadonlyMap<string, number>, policy: PolicyValues): PackContent {
  return {
    organization: org, year: q.year, provisional: q.provisional, ratioMet: q.ratioMet, notes: [...q.notes],
    people: q.people.map((p) => packPerson(p, q.year, insurance)),
    lines: packLines(q, policy),
  };
}

/** The placements whose insurance months must be stated before the pack is submitted: those of people who count. */
export function missingInsurance(content: PackContent): PackPerson[] {
  return content.people.filter((p) => p.counts && p.insuranceMonths === null);
}

/** The value of one line of the pack. */
export const lineValue = (content: PackContent, key: K): number | null => content.lines.find((l) => l.key === key)?.value ?? null;
