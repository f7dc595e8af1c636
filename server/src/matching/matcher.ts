// Explainable matching of a seeker and a posting. Pure: no I/O, no clock, no framework.
// Hard constraints decide eligibility first; then a 0..100 score from the weights in policy.ts; every part of it
// is said in words (reasons), and every shortfall says what would close it (gaps).
import { BARRIER_REMOVED_BY } from '../common/accessibility.js';
import {
  EDUCATION_RANK, EmploymentForm, WorkplaceSupport, type DisabilityCategory, type Education, type JobDemand,
} from '../common/domain.js';
import { DEMAND_LABEL, EDUCATION_LABEL, FORM_LABEL, joinOr, SUPPORT_LABEL, type MatchLocale } from './labels.js';
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
  locale: MatchLocale;
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

export interface MatchReason { code: ReasonCode; text: string }
export interface MatchGap {
  code: GapCode;
  text: string;
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

export function isRemote(p: Pick<MatchPosting, 'supports' | 'employmentForm'>): boolean {
  return p.supports.includes(WorkplaceSupport.REMOTE_WORK) || p.employmentForm === EmploymentForm.HOME_BASED;
}

export function matchPosting(seeker: MatchSeeker, posting: MatchPosting, options: MatchOptions): MatchResult {
  const L = options.locale;
  const zh = L === 'zh-CN';
  // reasons address the seeker; an employer reads them about the candidate
  const seekerView = options.audience !== 'employer';
  const you = zh ? (seekerView ? '您' : '求职者') : (seekerView ? 'you' : 'the candidate');
  const reasons: MatchReason[] = [];
  const gaps: MatchGap[] = [];
  const offered = new Set(posting.supports);
  const support = (s: WorkplaceSupport) => SUPPORT_LABEL[L][s];
  const subsidyNote = (closers: readonly WorkplaceSupport[]) => {
    const yes = closers.some((s) => SUBSIDISABLE_SUPPORTS.has(s));
    return { yes, text: !yes ? '' : zh ? '（可申请补贴解决）' : '; this gap can be closed with a subsidy' };
  };

  // hard constraints: a demand the person cannot meet that no offered support removes
  let demandFit = 0;
  for (const d of seeker.cannotDo) {
    const removers = BARRIER_REMOVED_BY[d] ?? [];
    const present = posting.demands.includes(d);
    const removedBy = removers.filter((s) => offered.has(s));
    if (!present) {
      demandFit += 1;
      reasons.push({ code: 'DEMAND_ABSENT', text: zh ? `无需${DEMAND_LABEL[L][d]}` : `no ${DEMAND_LABEL[L][d]} needed` });
    } else if (removedBy.length) {
      demandFit += REMOVED_DEMAND_FIT;
      const by = joinOr(removedBy.map(support), L);
      reasons.push({ code: 'DEMAND_REMOVED', text: zh ? `需要${DEMAND_LABEL[L][d]}，已提供${by}` : `${DEMAND_LABEL[L][d]} is asked for; ${by} is offered` });
    } else {
      const note = subsidyNote(removers);
      const by = joinOr(removers.map(support), L);
      gaps.push({
        code: 'DEMAND_BLOCKS', blocking: true, closedBy: [...removers], subsidy: note.yes,
        text: zh ? `需要${DEMAND_LABEL[L][d]}；如提供${by}即可消除此障碍${note.text}` : `asks for ${DEMAND_LABEL[L][d]}; ${by} would remove this${note.text}`,
      });
    }
  }

  // must-have supports not offered; nice-to-haves count for the score
  let needWeight = 0;
  let needMet = 0;
  for (const [list, weight, must] of [[seeker.supportsMust, 2, true], [seeker.supportsNice, 1, false]] as const) {
    for (const s of list) {
      needWeight += weight;
      if (offered.has(s)) {
        needMet += weight;
        reasons.push({ code: 'SUPPORT_OFFERED', text: zh ? `提供${support(s)}` : `offers ${support(s)}` });
      } else {
        const note = subsidyNote([s]);
        gaps.push({
          code: must ? 'SUPPORT_MISSING' : 'NICE_SUPPORT_MISSING', blocking: must, closedBy: [s], subsidy: note.yes,
          text: must
            ? (zh ? `未提供${support(s)}（您的必需支持）${note.text}` : `does not offer ${support(s)}, which you need${note.text}`)
            : (zh ? `未提供${support(s)}${note.text}` : `does not offer ${support(s)}${note.text}`),
        });
      }
    }
  }

  if (seeker.category && posting.suitableCategories.length && !posting.suitableCategories.includes(seeker.category)) {
    gaps.push({ code: 'CATEGORY_EXCLUDED', blocking: true, closedBy: [], subsidy: false,
      text: zh ? '该岗位未面向您的残疾类别招聘' : 'this job does not list your disability category' });
  }

  // skills
  const wanted = posting.skills.map(skillKey).filter(Boolean);
  const have = seeker.skills.map(skillKey);
  const matched = wanted.filter((k) => have.some((h) => sameSkill(h, k)));
  if (wanted.length) {
    if (matched.length) reasons.push({ code: 'SKILLS', text: zh ? `技能匹配 ${matched.length}/${wanted.length}` : `${matched.length} of ${wanted.length} skills` });
    const missing = posting.skills.filter((_, i) => !matched.includes(wanted[i]));
    if (missing.length) gaps.push({ code: 'SKILLS_MISSING', blocking: false, closedBy: [], subsidy: false,
      text: zh ? `尚缺技能：${missing.join('、')}` : `skills to learn: ${missing.join(', ')}` });
  }

  // form
  let form = UNSAID;
  if (seeker.preferredForms.length) {
    const label = FORM_LABEL[L][posting.employmentForm];
    form = seeker.preferredForms.includes(posting.employmentForm) ? 1 : 0;
    if (form) reasons.push({ code: 'FORM', text: zh ? `${label}，符合${you}的意向` : `${label}, as ${you} prefer${seekerView ? '' : 's'}` });
    else gaps.push({ code: 'FORM', blocking: false, closedBy: [], subsidy: false, text: zh ? `${label}，不是${you}希望的工作形式` : `${label}, not a form ${you} prefer${seekerView ? '' : 's'}` });
  }

  // place: remote work, a preferred county, or distance
  let place = UNSAID;
  const home = options.places?.get(seeker.countyCode);
  const site = posting.latitude != null && posting.longitude != null
    ? { latitude: posting.latitude, longitude: posting.longitude } : options.places?.get(posting.countyCode);
  const km = home && site ? distanceKm(home, site) : null;
  if (isRemote(posting)) {
    place = 1;
    reasons.push({ code: 'REMOTE', text: zh ? '可远程办公' : 'remote work possible' });
  } else if (seeker.preferredCounties.includes(posting.countyCode)) {
    place = 1;
    reasons.push({ code: 'PREFERRED_COUNTY', text: zh ? `在${you}希望工作的县区` : `in a county where ${you} want${seekerView ? '' : 's'} to work` });
  } else if (!seeker.preferredCounties.length && posting.countyCode === seeker.countyCode) {
    place = 1;
    reasons.push({ code: 'HOME_COUNTY', text: zh ? `就在${you}所在的县区` : seekerView ? 'in your own county' : 'in the candidate\'s county' });
  } else if (km != null) {
    place = Math.max(0, 1 - km / PLACE_ZERO_KM);
    const rounded = Math.max(1, Math.round(km));
    if (km <= 30) reasons.push({ code: 'NEARBY', text: zh ? `距离约${rounded}公里` : `about ${rounded} km away` });
    else gaps.push({ code: 'FAR', blocking: false, closedBy: [WorkplaceSupport.REMOTE_WORK, WorkplaceSupport.ACCESSIBLE_TRANSPORT], subsidy: false,
      text: zh ? `距离约${rounded}公里；提供远程办公或无障碍接送可缓解` : `about ${rounded} km away; remote work or accessible transport would help` });
  }

  // pay
  let pay = UNSAID;
  const top = posting.salaryMax ?? posting.salaryMin;
  if (seeker.payMin != null && seeker.payMin > 0 && top != null) {
    pay = Math.min(1, top / seeker.payMin);
    if (top >= seeker.payMin) reasons.push({ code: 'PAY', text: zh ? `月薪最高${top}元，达到${you}的期望` : `pays up to ${top} yuan a month, what ${you} ask${seekerView ? '' : 's'} or more` });
    else gaps.push({ code: 'PAY_BELOW', blocking: false, closedBy: [], subsidy: false,
      text: zh ? `月薪最高${top}元，低于${you}期望的${seeker.payMin}元` : `pays at most ${top} yuan a month, less than the ${seeker.payMin} ${you} ask${seekerView ? '' : 's'}` });
  }

  // education
  const education = EDUCATION_RANK[seeker.education] >= EDUCATION_RANK[posting.educationRequired] ? 1 : 0;
  const edu = EDUCATION_LABEL[L][posting.educationRequired];
  if (education && posting.educationRequired !== 'NONE') reasons.push({ code: 'EDUCATION', text: zh ? `学历符合要求（${edu}）` : `${seekerView ? 'you have' : 'has'} the education asked for (${edu})` });
  if (!education) gaps.push({ code: 'EDUCATION_BELOW', blocking: false, closedBy: [], subsidy: false, text: zh ? `要求${edu}学历` : `asks for ${edu}` });

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
  return options.audience === 'employer' ? forEmployer(result, seeker, L) : result;
}

/** What an employer may see: no disability, no needs; only that the needs are met (when they are). */
function forEmployer(r: MatchResult, seeker: MatchSeeker, L: MatchLocale): MatchResult {
  const reasons = r.reasons.filter((x) => !SENSITIVE_REASONS.has(x.code));
  const hadNeeds = seeker.cannotDo.length + seeker.supportsMust.length + seeker.supportsNice.length > 0;
  if (r.eligible && hadNeeds) reasons.unshift({ code: 'NEEDS_MET', text: L === 'zh-CN' ? '求职者必需的支持均已具备' : 'every support this person needs is in place' });
  return { ...r, reasons, gaps: r.gaps.filter((g) => !SENSITIVE_GAPS.has(g.code)) };
}

/** Eligible first, then by score; stable for equal scores. */
export function compareMatches(a: Pick<MatchResult, 'eligible' | 'score'>, b: Pick<MatchResult, 'eligible' | 'score'>): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
  return b.score - a.score;
}
