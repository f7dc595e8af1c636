// Explainable matching of a seeker and a posting. Pure: no I/O, no clock, no framework, no words.
// Hard constraints decide eligibility first; then a 0..100 score from the weights in policy.ts; every part of it
// is a reason (a code with parameters), and every shortfall a gap that says what would close it. explanations.ts
// words them in the reader's language.
import { EDUCATION_RANK, type DisabilityCategory, type Education, type EmploymentForm } from '../common/domain.js';
import { WorkplaceSupport, type JobDemand } from '../vocabulary/codes.js';
import { BARRIER_REMOVED_BY, isRemote } from '../vocabulary/rules.js';
import { MATCH_WEIGHTS, PLACE_ZERO_KM, REMOVED_DEMAND_FIT, SUBSIDISABLE_SUPPORTS, type MatchComponent } from './policy.js';

export interface MatchSeeker {
  category: DisabilityCategory | null;
  cannotDo: readonly JobDemand[];
  supportsMust: readonly WorkplaceSupport[];
  supportsNice: readonly WorkplaceSupport[];
  skills: readonly string[];
  preferredForms: readonly EmploymentForm[];
  preferredCounties: readonly string[];
  countyCode: string;
  payMin: number | null;
  education: Education;
}

export interface MatchPosting {
  countyCode: string;
  latitude: number | null;
  longitude: number | null;
  employmentForm: EmploymentForm;
  salaryMin: number | null;
  salaryMax: number | null;
  educationRequired: Education;
  skills: readonly string[];
  demands: readonly JobDemand[];
  supports: readonly WorkplaceSupport[];
  suitableCategories: readonly DisabilityCategory[];
}

export interface Place { latitude: number; longitude: number }

export interface MatchOptions {
  /** county centres by code, for distances */
  places?: ReadonlyMap<string, Place>;
  /**
   * 'employer' leaves out every reason and gap that would reveal the person's disability or needs (an employer
   * browsing candidates sees only that their needs are met, never which needs).
   */
  audience?: 'seeker' | 'employer';
}

export type ReasonCode =
  | 'SUPPORT_OFFERED' | 'DEMAND_ABSENT' | 'DEMAND_REMOVED' | 'NEEDS_MET' | 'REMOTE' | 'PREFERRED_COUNTY' | 'HOME_COUNTY' | 'NEARBY'
  | 'SKILLS' | 'FORM' | 'PAY' | 'EDUCATION';
export type GapCode =
  | 'DEMAND_BLOCKS' | 'SUPPORT_MISSING' | 'CATEGORY_EXCLUDED' | 'NICE_SUPPORT_MISSING' | 'SKILLS_MISSING' | 'FORM' | 'FAR'
  | 'PAY_BELOW' | 'EDUCATION_BELOW';

/** What a reason or gap is about; which fields are set depends on the code. */
export interface MatchParams {
  demand?: JobDemand;
  support?: WorkplaceSupport;
  /** supports that remove a demand (offered ones for DEMAND_REMOVED, possible ones for DEMAND_BLOCKS) */
  supports?: WorkplaceSupport[];
  form?: EmploymentForm;
  education?: Education;
  county?: string;
  km?: number;
  matched?: number;
  wanted?: number;
  skills?: string[];
  /** the job's top monthly pay, yuan */
  pay?: number;
  /** the pay the person asks for, yuan */
  payMin?: number;
}

export interface MatchReason { code: ReasonCode; params: MatchParams }
export interface MatchGap {
  code: GapCode;
  params: MatchParams;
  /** a hard constraint: the job is not a match until this is closed */
  blocking: boolean;
  /** supports that would close the gap, if the employer offered one */
  closedBy: WorkplaceSupport[];
  /** one of those supports can be paid for by a local subsidy */
  subsidy: boolean;
}

export interface MatchResult {
  eligible: boolean;
  score: number;
  reasons: MatchReason[];
  gaps: MatchGap[];
  /** each part of the score in 0..1 */
  components: Record<MatchComponent, number>;
}

const UNSAID = 0.5;
const SENSITIVE_REASONS: ReadonlySet<ReasonCode> = new Set(['SUPPORT_OFFERED', 'DEMAND_ABSENT', 'DEMAND_REMOVED']);
const SENSITIVE_GAPS: ReadonlySet<GapCode> = new Set(['DEMAND_BLOCKS', 'SUPPORT_MISSING', 'CATEGORY_EXCLUDED', 'NICE_SUPPORT_MISSING']);

const skillKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
const sameSkill = (a: string, b: string) => a === b || (a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a)));

export function distanceKm(a: Place, b: Place): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2
    + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function matchPosting(seeker: MatchSeeker, posting: MatchPosting, options: MatchOptions = {}): MatchResult {
  const reasons: MatchReason[] = [];
  const gaps: MatchGap[] = [];
  const offered = new Set(posting.supports);
  const gap = (code: GapCode, params: MatchParams, blocking: boolean, closedBy: WorkplaceSupport[] = []) =>
    gaps.push({ code, params, blocking, closedBy, subsidy: closedBy.some((s) => SUBSIDISABLE_SUPPORTS.has(s)) });

  // hard constraints: a demand the person cannot meet that no offered support removes
  let demandFit = 0;
  for (const demand of seeker.cannotDo) {
    const removers = BARRIER_REMOVED_BY[demand] ?? [];
    const removedBy = removers.filter((s) => offered.has(s));
    if (!posting.demands.includes(demand)) {
      demandFit += 1;
      reasons.push({ code: 'DEMAND_ABSENT', params: { demand } });
    } else if (removedBy.length) {
      demandFit += REMOVED_DEMAND_FIT;
      reasons.push({ code: 'DEMAND_REMOVED', params: { demand, supports: removedBy } });
    } else {
      gap('DEMAND_BLOCKS', { demand, supports: [...removers] }, true, [...removers]);
    }
  }

  // must-have supports not offered; nice-to-haves count for the score
  let needWeight = 0;
  let needMet = 0;
  for (const [list, weight, must] of [[seeker.supportsMust, 2, true], [seeker.supportsNice, 1, false]] as const) {
    for (const support of list) {
      needWeight += weight;
      if (offered.has(support)) {
        needMet += weight;
        reasons.push({ code: 'SUPPORT_OFFERED', params: { support } });
      } else {
        gap(must ? 'SUPPORT_MISSING' : 'NICE_SUPPORT_MISSING', { support }, must, [support]);
      }
    }
  }

  if (seeker.category && posting.suitableCategories.length && !posting.suitableCategories.includes(seeker.category)) {
    gap('CATEGORY_EXCLUDED', {}, true);
  }

  // skills
  const wanted = posting.skills.map(skillKey).filter(Boolean);
  const have = seeker.skills.map(skillKey);
  const matched = wanted.filter((k) => have.some((h) => sameSkill(h, k)));
  if (wanted.length) {
    if (matched.length) reasons.push({ code: 'SKILLS', params: { matched: matched.length, wanted: wanted.length } });
    const missing = posting.skills.filter((_, i) => !matched.includes(wanted[i]));
    if (missing.length) gap('SKILLS_MISSING', { skills: missing }, false);
  }

  // form
  let form = UNSAID;
  if (seeker.preferredForms.length) {
    form = seeker.preferredForms.includes(posting.employmentForm) ? 1 : 0;
    if (form) reasons.push({ code: 'FORM', params: { form: posting.employmentForm } });
    else gap('FORM', { form: posting.employmentForm }, false);
  }

  // place: remote work, a preferred county, or distance
  let place = UNSAID;
  const home = options.places?.get(seeker.countyCode);
  const site = posting.latitude != null && posting.longitude != null
    ? { latitude: posting.latitude, longitude: posting.longitude } : options.places?.get(posting.countyCode);
  const km = home && site ? distanceKm(home, site) : null;
  if (isRemote(posting)) {
    place = 1;
    reasons.push({ code: 'REMOTE', params: {} });
  } else if (seeker.preferredCounties.includes(posting.countyCode)) {
    place = 1;
    reasons.push({ code: 'PREFERRED_COUNTY', params: { county: posting.countyCode } });
  } else if (!seeker.preferredCounties.length && posting.countyCode === seeker.countyCode) {
    place = 1;
    reasons.push({ code: 'HOME_COUNTY', params: { county: posting.countyCode } });
  } else if (km != null) {
    place = Math.max(0, 1 - km / PLACE_ZERO_KM);
    const rounded = Math.max(1, Math.round(km));
    if (km <= 30) reasons.push({ code: 'NEARBY', params: { km: rounded } });
    else gaps.push({ code: 'FAR', params: { km: rounded }, blocking: false, subsidy: false,
      closedBy: [WorkplaceSupport.REMOTE_WORK, WorkplaceSupport.ACCESSIBLE_TRANSPORT] });
  }

  // pay
  let pay = UNSAID;
  const top = posting.salaryMax ?? posting.salaryMin;
  if (seeker.payMin != null && seeker.payMin > 0 && top != null) {
    pay = Math.min(1, top / seeker.payMin);
    if (top >= seeker.payMin) reasons.push({ code: 'PAY', params: { pay: top, payMin: seeker.payMin } });
    else gap('PAY_BELOW', { pay: top, payMin: seeker.payMin }, false);
  }

  // education
  const education = EDUCATION_RANK[seeker.education] >= EDUCATION_RANK[posting.educationRequired] ? 1 : 0;
  if (education && posting.educationRequired !== 'NONE') reasons.push({ code: 'EDUCATION', params: { education: posting.educationRequired } });
  if (!education) gap('EDUCATION_BELOW', { education: posting.educationRequired }, false);

  const components: Record<MatchComponent, number> = {
    supportsMet: needWeight ? needMet / needWeight : 1,
    demandsFit: seeker.cannotDo.length ? demandFit / seeker.cannotDo.length : 1,
    skills: wanted.length ? matched.length / wanted.length : UNSAID,
    form, place, pay, education,
  };
  const total = Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0);
  const weighted = (Object.keys(MATCH_WEIGHTS) as MatchComponent[]).reduce((sum, k) => sum + MATCH_WEIGHTS[k] * components[k], 0);
  const eligible = !gaps.some((g) => g.blocking);
  const result: MatchResult = { eligible, score: Math.round((100 * weighted) / total), reasons, gaps, components };
  return options.audience === 'employer' ? forEmployer(result, seeker) : result;
}

/** What an employer may see: no disability, no needs; only that the needs are met (when they are). */
function forEmployer(r: MatchResult, seeker: MatchSeeker): MatchResult {
  const reasons = r.reasons.filter((x) => !SENSITIVE_REASONS.has(x.code));
  const hadNeeds = seeker.cannotDo.length + seeker.supportsMust.length + seeker.supportsNice.length > 0;
  if (r.eligible && hadNeeds) reasons.unshift({ code: 'NEEDS_MET', params: {} });
  return { ...r, reasons, gaps: r.gaps.filter((g) => !SENSITIVE_GAPS.has(g.code)) };
}

/** Eligible first, then by score; stable for equal scores. */
export function compareMatches(a: Pick<MatchResult, 'eligible' | 'score'>, b: Pick<MatchResult, 'eligible' | 'score'>): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
  return b.score - a.score;
}
