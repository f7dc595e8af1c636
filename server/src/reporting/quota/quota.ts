// Quota and levy arithmetic (DOMAIN.md "Employment quota and levy"): who counts, how much, the required number,
// the shortfall and the levy. Pure and exact: every policy number comes in through PolicyValues, and fractions
// are kept as integers (BigInt for money) until the final rounding to the fen.
//
// Conventions, decided here once:
// - `year` is the year whose staff and wages are counted (the levy for it is declared the following year).
// - A person counts by month: a month counts when they are employed on its last day, in a qualifying job and of
//   working age; counted = weight × months / 12 (财税〔2015〕72号 counts annual averages).
// - A new disabled graduate hired in the year and kept on for more than N months counts all 12 months of it.
// - A time-limited rule (reductions, small-enterprise exemption) applies to a year when it is in force on
//   31 December of that year.
// - Social insurance paid in full (DOMAIN.md): a placement counts only with socialInsuranceFull, and, once the employer
//   has stated the months with social insurance paid in the year (insuranceMonths, entered in the quota-review pack),
//   only when they cover every month the placement was employed in that year (employedMonths): one month short and the
//   placement counts for nothing that year (INSURANCE_MONTHS_SHORT). Months not yet stated do not change the count here;
//   the pack shows them as missing and refuses to be submitted without them.
import { EmploymentForm, OrganizationType } from '../../common/domain.js';
import { figureFor, type PolicyValues, type ValidityWindow } from '../../policy/policy.js';
import { ContractKind, QuotaNote, QuotaReason } from './quota-vocab.js';
import { AdministrativeLevel, DispatchedCountedBy } from '../../policy/policy-vocab.js';

export interface PlacementFacts {
  placementId: string;
  startDate: string;
  endDate: string | null;
  employmentForm: EmploymentForm;
  contractKind: ContractKind | null;
  contractMonths: number | null;
  /** yuan a month */
  monthlyWage: number | null;
  socialInsuranceFull: boolean | null;
  /** null: follows the employment form */
  partTime: boolean | null;
  /** months of the year with social insurance paid, as the employer stated them; null or absent: not stated yet */
  insuranceMonths?: number | null;
}

export interface PersonFacts {
  seekerId: string;
  birthDate: string;
  /** disability level on the certificate, 1 (most severe) to 4; null without one */
  level: number | null;
  graduateYear: number | null;
  /** this person's placements at the organization that touch the year */
  placements: PlacementFacts[];
}

export interface PersonCount {
  seekerId: string;
  /** 2 for a severe disability (level 1-2 by default), else 1 */
  weight: number;
  /** months of the year that count, 0..12 */
  months: number;
  /** weight × months: the person's contribution in twelfths of a person */
  twelfths: number;
  graduateFullYear: boolean;
  reasons: QuotaReason[];
  countedPlacementIds: string[];
}

// ---- dates (ISO strings, UTC, no time zones involved)

const monthEndCache = new Map<number, string[]>();
/** The last day of each month of the year, YYYY-MM-DD (index 0 is January). */
function monthEnds(year: number): string[] {
  let ends = monthEndCache.get(year);
  if (!ends) {
    ends = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(year, m + 1, 0)).toISOString().slice(0, 10));
    monthEndCache.set(year, ends);
  }
  return ends;
}

export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** Age in whole years on a day. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Months of the year (0 = January) the placement covers: employed on the month's last day. */
export function employedMonths(p: Pick<PlacementFacts, 'startDate' | 'endDate'>, year: number): number[] {
  const ends = monthEnds(year);
  return ends.flatMap((end, m) => (p.startDate <= end && (p.endDate === null || p.endDate >= end) ? [m] : []));
}

/** The stated insurance months fall short of the months the placement was employed in the year. */
export function insuranceShort(p: Pick<PlacementFacts, 'startDate' | 'endDate' | 'insuranceMonths'>, year: number): boolean {
  return p.insuranceMonths != null && p.insuranceMonths < employedMonths(p, year).length;
}

export const isPartTime = (p: PlacementFacts) => p.partTime ?? p.employmentForm === EmploymentForm.PART_TIME;

/** Reasons a placement cannot count at all, whatever the month. */
function placementReasons(p: PlacementFacts, person: PersonFacts, year: number, policy: PolicyValues): QuotaReason[] {
  const r: QuotaReason[] = [];
  if (person.level === null) r.push(QuotaReason.NO_CERTIFICATE);
  if (p.contractKind === null || p.monthlyWage === null || p.socialInsuranceFull === null) r.push(QuotaReason.CONTRACT_FACTS_MISSING);
  if (p.contractKind !== null && p.contractKind !== ContractKind.FORMAL_POST && (p.contractMonths ?? 0) < policy['quota.minContractMonths']) {
    r.push(QuotaReason.CONTRACT_TOO_SHORT);
  }
  if (p.monthlyWage !== null) {
    const minimum = figureFor(policy['wage.localMinimumMonthly'], year);
    if (!minimum) r.push(QuotaReason.MINIMUM_WAGE_NOT_SET);
    else if (p.monthlyWage < minimum.value) r.push(QuotaReason.WAGE_BELOW_MINIMUM);
  }
  if (p.socialInsuranceFull === false) r.push(QuotaReason.SOCIAL_INSURANCE_NOT_FULL);
  if (insuranceShort(p, year)) r.push(QuotaReason.INSURANCE_MONTHS_SHORT);
  if (isPartTime(p) && !policy['quota.partTimeCounts']) r.push(QuotaReason.PART_TIME);
  if (p.contractKind === ContractKind.DISPATCHED && policy['quota.dispatchedCountedBy'] === DispatchedCountedBy.DISPATCHING) {
    r.push(QuotaReason.DISPATCHED_COUNTED_BY_AGENCY);
  }
  return r;
}

/** The new-graduate rule: hired in this year, graduated recently enough, kept on for more than N months by `asOf`. */
function graduateFullYear(p: PlacementFacts, person: PersonFacts, year: number, asOf: string, policy: PolicyValues): boolean {
  const rule = policy['quota.newGraduate'];
  const startYear = Number(p.startDate.slice(0, 4));
  if (person.graduateYear === null || startYear !== year) return false;
  if (startYear - person.graduateYear < 0 || startYear - person.graduateYear > rule.graduatedWithinYears) return false;
  const keptUntil = p.endDate !== null && p.endDate < asOf ? p.endDate : asOf;
  return addMonths(p.startDate, rule.retainedMoreThanMonths) < keptUntil;
}

/**
 * How much one person counts for the organization in the year. `asOf` is today: it decides whether a graduate has
 * been kept on long enough; ongoing employment is assumed to continue to the end of the year.
 */
export function countPerson(person: PersonFacts, year: number, asOf: string, policy: PolicyValues): PersonCount {
  const severe = policy['quota.severeCounting'];
  const weight = person.level !== null && severe.levels.includes(person.level) ? severe.weight : 1;
  const age = policy['quota.workingAge'];
  const reasons = new Set<QuotaReason>();
  const months = new Set<number>();
  const counted: string[] = [];
  let fullYear = false;
  for (const p of person.placements) {
    const blocking = placementReasons(p, person, year, policy);
    blocking.forEach((r) => reasons.add(r));
    const ends = monthEnds(year);
    const employed = employedMonths(p, year);
    if (!employed.length) reasons.add(QuotaReason.NO_MONTH_IN_YEAR);
    if (blocking.length || !employed.length) continue;
    if (graduateFullYear(p, person, year, asOf, policy)) {
      fullYear = true;
      counted.push(p.placementId);
      continue;
    }
    const ofAge = employed.filter((m) => {
      const a = ageOn(person.birthDate, ends[m]);
      return a >= age.min && a < age.max;
    });
    if (!ofAge.length) reasons.add(QuotaReason.NOT_WORKING_AGE);
    else if (ofAge.length < employed.length) reasons.add(QuotaReason.PART_OF_YEAR_OUTSIDE_WORKING_AGE);
    if (ofAge.length) counted.push(p.placementId);
    ofAge.forEach((m) => months.add(m));
  }
  const n = fullYear ? 12 : months.size;
  // a person who counts is not held back by a second, non-qualifying placement: its reasons are only informative
  return {
    seekerId: person.seekerId, weight, months: n, twelfths: weight * n, graduateFullYear: fullYear,
    reasons: [...reasons], countedPlacementIds: counted,
  };
}

// ---- the organization's position

export interface OrganizationFacts {
  type: OrganizationType;
  isSchool: boolean;
  /** annual average staff (在职职工人数) */
  staffCount: number;
  /** employer's annual average wage per employee, yuan; null when not entered */
  averageWage: number | null;
  establishedPosts: number | null;
  administrativeLevel: AdministrativeLevel | null;
}

export interface QuotaResult {
  ratioPercent: number;
  /** staff × ratio, unrounded */
  requiredExact: number;
  /** the obligation: requiredExact, but at least one person when there are staff and the policy says so */
  required: number;
  /** people counted, in persons (weights and months applied) */
  counted: number;
  countedPeople: number;
  achievedRatioPercent: number | null;
  ratioMet: boolean;
  atLeastOneApplies: boolean;
  atLeastOneMet: boolean | null;
  /** max(0, staff × ratio − counted), not rounded */
  shortfall: number;
  socialAverageWage: number | null;
  socialAverageWageYear: number | null;
  wageCap: number | null;
  /** min(average wage, cap): the wage the levy is computed on */
  levyWage: number | null;
  wageCapped: boolean;
  /** shortfall × wage, before reductions and exemptions, yuan with two decimals */
  levyDue: number | null;
  /** the share of the due amount payable under a reduction in force (50 or 90), null when none applies */
  reductionPayPercent: number | null;
  smallEnterpriseExempt: boolean;
  /** what the organization pays, yuan with two decimals */
  levyPayable: number | null;
  notes: QuotaNote[];
}

/** One person in units of 1/DENOMINATOR: twelfths of a month × ratios in thousandths of a percent. */
const MONTHS = 12n;
const PERCENT_SCALE = 100_000n; // 1.6% = 1600 / 100000
const DENOMINATOR = MONTHS * PERCENT_SCALE;

const percentUnits = (percent: number) => BigInt(Math.round(percent * 1000)); // 1.6 → 1600
/** staff × percent%, in 1/DENOMINATOR persons */
const staffShare = (staff: number, percent: number) => BigInt(staff) * percentUnits(percent) * MONTHS;
const toPersons = (units: bigint) => Number(units) / Number(DENOMINATOR);
/** n / d rounded half up, for n, d ≥ 0 */
const divRound = (n: bigint, d: bigint) => (2n * n + d) / (2n * d);
const fenToYuan = (fen: bigint) => Number(fen) / 100;
const inForce = (w: ValidityWindow, year: number) => w.validFrom <= `${year}-12-31` && `${year}-12-31` <= w.validUntil;

export function computeQuota(org: OrganizationFacts, people: readonly PersonCount[], year: number, policy: PolicyValues): QuotaResult {
  const notes: QuotaNote[] = [];
  const ratioPercent = policy['quota.ratioPercent'];
  const staff = org.staffCount;
  const requiredUnits = staffShare(staff, ratioPercent);
  const obligationUnits = staff > 0 && policy['quota.obligationAtLeastOne'] && requiredUnits < DENOMINATOR ? DENOMINATOR : requiredUnits;
  const countedUnits = BigInt(people.reduce((s, p) => s + p.twelfths, 0)) * PERCENT_SCALE;
  const countedPeople = people.filter((p) => p.twelfths > 0).length;
  if (countedPeople > staff) notes.push(QuotaNote.COUNTED_ABOVE_STAFF);
  const shortfallUnits = requiredUnits > countedUnits ? requiredUnits - countedUnits : 0n;

  // "at least one": agencies of the named levels and public institutions (schools excluded) above a size
  const rule = policy['quota.atLeastOne'];
  const publicSector = org.type === OrganizationType.GOVERNMENT_AGENCY || org.type === OrganizationType.PUBLIC_INSTITUTION;
  const posts = org.establishedPosts ?? staff;
  if (publicSector && org.establishedPosts === null) notes.push(QuotaNote.POSTS_FROM_STAFF_COUNT);
  const atLeastOneApplies = (org.type === OrganizationType.GOVERNMENT_AGENCY && posts >= rule.agencyMinPosts
      && org.administrativeLevel !== null && rule.agencyLevels.includes(org.administrativeLevel))
    || (org.type === OrganizationType.PUBLIC_INSTITUTION && posts >= rule.institutionMinPosts && !(rule.excludeSchools && org.isSchool));

  // the wage: the employer's average, capped at a multiple of the local social average wage
  const social = figureFor(policy['wage.localSocialAverage'], year);
  if (!social) notes.push(QuotaNote.SOCIAL_WAGE_NOT_SET);
  else if (social.year !== year) notes.push(QuotaNote.SOCIAL_WAGE_FROM_EARLIER_YEAR);
  const capFen = social ? BigInt(Math.round(social.value * 100 * policy['levy.wageCapMultiple'])) : null;
  const averageFen = org.averageWage === null ? null : BigInt(Math.round(org.averageWage * 100));
  if (averageFen === null) notes.push(QuotaNote.WAGE_NOT_ENTERED);
  const wageCapped = averageFen !== null && capFen !== null && averageFen > capFen;
  const wageFen = averageFen === null ? null : wageCapped ? capFen! : averageFen;

  // reductions by the achieved ratio, highest threshold first; none applies when no tier is reached
  const reductions = policy['levy.reductions'];
  const tier = inForce(reductions, year)
    ? [...reductions.tiers].sort((a, b) => b.minRatioPercent - a.minRatioPercent).find((t) => countedUnits >= staffShare(staff, t.minRatioPercent))
    : undefined;
  const payPercent = BigInt(tier?.payPercent ?? 100);
  const exemption = policy['levy.smallEnterpriseExemption'];
  const smallEnterpriseExempt = inForce(exemption, year) && exemption.enterpriseTypes.includes(org.type) && staff <= exemption.maxStaff;

  const dueExact = wageFen === null ? null : shortfallUnits * wageFen; // fen × DENOMINATOR
  return {
    ratioPercent,
    requiredExact: toPersons(requiredUnits),
    required: toPersons(obligationUnits),
    counted: toPersons(countedUnits),
    countedPeople,
    achievedRatioPercent: staff > 0 ? Number(countedUnits * 100n * 10_000n / (BigInt(staff) * DENOMINATOR)) / 10_000 : null,
    ratioMet: countedUnits >= obligationUnits,
    atLeastOneApplies,
    atLeastOneMet: atLeastOneApplies ? countedPeople >= 1 : null,
    shortfall: toPersons(shortfallUnits),
    socialAverageWage: social?.value ?? null,
    socialAverageWageYear: social?.year ?? null,
    wageCap: capFen === null ? null : fenToYuan(capFen),
    levyWage: wageFen === null ? null : fenToYuan(wageFen),
    wageCapped,
    levyDue: dueExact === null ? null : fenToYuan(divRound(dueExact, DENOMINATOR)),
    reductionPayPercent: shortfallUnits > 0n && tier ? tier.payPercent : null,
    smallEnterpriseExempt,
    // one rounding, from the exact product, so 50% of an odd fen is not rounded twice
    levyPayable: dueExact === null ? null : smallEnterpriseExempt ? 0 : fenToYuan(divRound(dueExact * payPercent, DENOMINATOR * 100n)),
    notes,
  };
}

/**
 * The level of government from the unified social credit code: characters 3-8 are the registering authority's
 * division code, and agencies and institutions register with the 编办 of their own level (411500: city, 410000:
 * province, 411521: county).
 */
export function levelFromCreditCode(creditCode: string): AdministrativeLevel | null {
  const area = creditCode.slice(2, 8);
  if (!/^\d{6}$/.test(area)) return null;
  if (area.endsWith('0000')) return AdministrativeLevel.PROVINCE;
  if (area.endsWith('00')) return AdministrativeLevel.CITY;
  return AdministrativeLevel.COUNTY;
}
