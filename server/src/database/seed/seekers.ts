// Generated job seekers as the disabled persons' federation registry would hold them, with valid, unique certificates.
import { CATEGORY_DEFAULTS } from '../../vocabulary/rules.js';
import {
  ConsentPurpose, DisabilityCategory as C, Education as E, EmploymentForm as F, EmploymentStatus, Gender, PriorityGroup, Residence,
} from '../../common/domain.js';
import { JobDemand as D, WorkplaceSupport as S } from '../../vocabulary/codes.js';
import { makeCertificate, residentIdCheckChar } from '../../common/identity-numbers.js';
import { RURAL_SKILLS, SEEKER_SKILLS } from './catalog.js';
import {
  type CountyInfo, type GeneratorContext, daysFrom, isoDate, laneOf, mobilePhone, personName, pickCounty, workTime,
} from './generator.js';
import { SCHOOLS_FAR, SCHOOLS_LOCAL } from './names.js';
import { Random } from './random.js';

export interface ConsentEntry { purpose: ConsentPurpose; granted: boolean; recordedAt: string }

export interface SeekerRow {
  id: string; userId: string | null; name: string; gender: Gender; birthDate: string; countyCode: string;
  residence: Residence; phone: string | null;
  /** plain certificate number: encrypted, hashed and masked only when written */
  certificate: string | null;
  category: C | null; level: number | null; education: E; graduateSchool: string | null; graduateYear: number | null;
  skills: string[]; experience: string; cannotDo: D[]; supportsMust: S[]; supportsNice: S[]; preferredForms: F[];
  preferredCounties: string[]; payMin: number | null; priorityGroups: PriorityGroup[]; employmentStatus: EmploymentStatus;
  createdAt: string; updatedAt: string;
  /** not a column: rows for consent_record, oldest first */
  consents: ConsentEntry[];
}

const CATEGORY_WEIGHTS = [[C.PHYSICAL, 40], [C.VISUAL, 12], [C.HEARING, 15], [C.SPEECH, 3], [C.INTELLECTUAL, 12], [C.MENTAL, 10], [C.MULTIPLE, 8]] as const;
const AGE_BANDS: ReadonlyArray<readonly [readonly [number, number], number]> = [[[16, 25], 12], [[26, 35], 18], [[36, 45], 25], [[46, 55], 30], [[56, 60], 15]];
const EDUCATION_WEIGHTS = [[E.NONE, 12], [E.PRIMARY, 18], [E.JUNIOR_HIGH, 35], [E.SENIOR_HIGH, 12], [E.VOCATIONAL, 12], [E.JUNIOR_COLLEGE, 7], [E.BACHELOR, 4]] as const;
const EDUCATION_LOW = [[E.NONE, 40], [E.PRIMARY, 35], [E.JUNIOR_HIGH, 20], [E.VOCATIONAL, 5]] as const;
const PREFERRED_FORMS: Readonly<Record<C, readonly F[]>> = {
  VISUAL: [F.FULL_TIME, F.PART_TIME, F.FLEXIBLE],
  HEARING: [F.FULL_TIME, F.HOME_BASED, F.FLEXIBLE, F.PART_TIME],
  SPEECH: [F.FULL_TIME, F.HOME_BASED, F.FLEXIBLE],
  PHYSICAL: [F.HOME_BASED, F.FULL_TIME, F.FLEXIBLE, F.PUBLIC_WELFARE],
  INTELLECTUAL: [F.AUXILIARY, F.PUBLIC_WELFARE, F.HOME_BASED],
  MENTAL: [F.AUXILIARY, F.PART_TIME, F.FLEXIBLE, F.PUBLIC_WELFARE],
  MULTIPLE: [F.AUXILIARY, F.HOME_BASED, F.PUBLIC_WELFARE],
};
/** Birth dates cover 62 years back from the reference day; each (county, day, gender) has 5 sequence numbers per lane. */
const SPAN_DAYS = 62 * 366;
const PER_SLOT = 5;

export class SeekerGenerator {
  private readonly rng: Random;
  private readonly used: Uint8Array;
  private readonly countyIndex: Map<string, number>;
  private readonly lane: string;

  constructor(private readonly ctx: GeneratorContext, private readonly opts: { graduateShare?: number } = {}) {
    this.rng = new Random(ctx.seed, 'seekers');
    this.countyIndex = new Map(ctx.counties.map((c, i) => [c.code, i]));
    this.used = new Uint8Array(ctx.counties.length * SPAN_DAYS * 2);
    this.lane = String(laneOf(ctx.seed)).padStart(2, '0');
  }

  next(): SeekerRow {
    const rng = this.rng;
    const ctx = this.ctx;
    const county = pickCounty(rng, ctx);
    const category = rng.weighted(CATEGORY_WEIGHTS);
    const level = rng.weighted([[1, 10], [2, 25], [3, 35], [4, 30]] as const);
    const male = rng.chance(0.58);
    const thisYear = ctx.today.getUTCFullYear();
    const graduate = category !== C.INTELLECTUAL && category !== C.MULTIPLE && rng.chance(this.opts.graduateShare ?? 0.05);
    const graduateYear = graduate ? rng.int(thisYear - 4, thisYear) : null;
    const rural = rng.chance(0.55);
    const { birthDate, residentId } = this.allocate(county, male, graduateYear);
    const age = thisYear - Number(birthDate.slice(0, 4));
    const education = graduate ? rng.weighted([[E.JUNIOR_COLLEGE, 45], [E.BACHELOR, 50], [E.MASTER, 5]] as const)
      : rng.weighted(category === C.INTELLECTUAL || category === C.MULTIPLE || age > 50 ? EDUCATION_LOW : EDUCATION_WEIGHTS);
    const skills = rng.sample(SEEKER_SKILLS[category], rng.int(1, 3));
    if (rural && rng.chance(0.35)) skills.push(rng.pick(RURAL_SKILLS));
    const status = !graduate && age <= 22 && rng.chance(0.15) ? EmploymentStatus.STUDENT
      : rng.weighted([[EmploymentStatus.UNEMPLOYED, 70], [EmploymentStatus.EMPLOYED, 12], [EmploymentStatus.SELF_EMPLOYED, 6], [EmploymentStatus.NOT_SEEKING, 8]] as const);
    const registeredDaysAgo = rng.int(2, 730);
    const created = daysFrom(ctx.today, -registeredDaysAgo);
    const createdAt = workTime(rng, created);
    const updatedAt = rng.chance(0.3) ? workTime(rng, daysFrom(created, rng.int(1, registeredDaysAgo - 1))) : createdAt;
    return {
      id: rng.uuid(), userId: null, name: personName(rng, male), gender: male ? Gender.MALE : Gender.FEMALE, birthDate,
      countyCode: county.code, residence: rural ? Residence.RURAL : Residence.URBAN, phone: rng.chance(0.92) ? mobilePhone(rng) : null,
      certificate: makeCertificate(residentId, category, level), category, level, education,
      graduateSchool: graduate ? rng.pick(rng.chance(0.6) ? SCHOOLS_LOCAL : SCHOOLS_FAR) : null, graduateYear,
      skills, experience: experience(rng, county, skills[0], status),
      ...needs(rng, category, level),
      preferredForms: rng.sample(PREFERRED_FORMS[category], rng.int(1, 3)),
      preferredCounties: rng.chance(0.2) ? [...new Set([county.code, rng.pick(ctx.counties).code])] : [county.code],
      payMin: rng.chance(0.85) ? rng.step(1500, 4000, 100) : null,
      priorityGroups: priorityGroups(rng, rural, category),
      employmentStatus: status, createdAt, updatedAt,
      consents: consents(rng, createdAt, ctx.today),
    };
  }

  /** A fresh certificate for a seeker whose county, birth date, gender, category or level a demo scenario changed. */
  recertify(row: SeekerRow): SeekerRow {
    const county = this.ctx.counties.find((c) => c.code === row.countyCode)!;
    const id = this.claim(county, new Date(`${row.birthDate}T00:00:00Z`), row.gender === Gender.MALE);
    if (!id) throw new Error(`no free certificate number for ${row.countyCode} ${row.birthDate}`);
    return { ...row, certificate: row.category && row.level ? makeCertificate(id, row.category, row.level) : null };
  }

  private allocate(county: CountyInfo, male: boolean, graduateYear: number | null): { birthDate: string; residentId: string } {
    const rng = this.rng;
    for (let attempt = 0; attempt < 200; attempt++) {
      let birth: Date;
      if (graduateYear) {
        birth = new Date(Date.UTC(graduateYear - rng.int(21, 24), rng.int(0, 11), rng.int(1, 28)));
      } else {
        const [lo, hi] = rng.weighted(AGE_BANDS);
        birth = daysFrom(this.ctx.today, -Math.floor((rng.int(lo, hi) + rng.next()) * 365.2425));
      }
      const id = this.claim(county, birth, male);
      if (id) return { birthDate: isoDate(birth), residentId: id };
    }
    throw new Error(`too many seekers for one seed in county ${county.code}: certificate numbers of this lane are used up`);
  }

  /** Takes the next free sequence number for (county, birth day, gender); the 17th digit is odd for men. */
  private claim(county: CountyInfo, birth: Date, male: boolean): string | null {
    const day = Math.floor((this.ctx.today.getTime() - birth.getTime()) / 86_400_000);
    if (day < 0 || day >= SPAN_DAYS) return null;
    const slot = ((this.countyIndex.get(county.code)! * SPAN_DAYS) + day) * 2 + (male ? 1 : 0);
    const n = this.used[slot];
    if (n >= PER_SLOT) return null;
    this.used[slot] = n + 1;
    const first17 = `${county.code}${isoDate(birth).replaceAll('-', '')}${this.lane}${2 * n + (male ? 1 : 0)}`;
    return first17 + residentIdCheckChar(first17);
  }
}

function needs(rng: Random, category: C, level: number): { cannotDo: D[]; supportsMust: S[]; supportsNice: S[] } {
  const severe = level <= 2;
  let parts = [category];
  if (category === C.MULTIPLE) parts = rng.sample([C.VISUAL, C.HEARING, C.SPEECH, C.PHYSICAL, C.INTELLECTUAL], 2);
  const cannot = new Set<D>();
  const must = new Set<S>();
  const nice = new Set<S>(CATEGORY_DEFAULTS[category].supportsNice);
  for (const part of parts) {
    const d = CATEGORY_DEFAULTS[part];
    // low vision (levels 3-4) reads with a magnifier; a blind person needs a screen reader
    if (part === C.VISUAL && !severe) {
      cannot.add(D.DRIVING).add(D.VISUAL_DETAIL);
      if (rng.chance(0.4)) cannot.add(D.READING_PRINT);
      must.add(S.SCREEN_MAGNIFIER);
      continue;
    }
    for (const x of d.cannotDo) if (severe || rng.chance(0.65)) cannot.add(x);
    for (const x of d.supportsMust) (severe || rng.chance(0.7) ? must : nice).add(x);
    for (const x of rng.sample(d.supportsNice, rng.int(1, d.supportsNice.length))) nice.add(x);
  }
  if (category === C.PHYSICAL && severe && rng.chance(0.6)) must.add(S.ACCESSIBLE_TOILET);
  if (category === C.PHYSICAL && severe && rng.chance(0.3)) cannot.add(D.TRAVEL);
  for (const x of must) nice.delete(x);
  return { cannotDo: [...cannot], supportsMust: [...must], supportsNice: [...nice] };
}

function priorityGroups(rng: Random, rural: boolean, category: C): PriorityGroup[] {
  const groups: PriorityGroup[] = [];
  if (rng.chance(rural ? 0.25 : 0.1)) groups.push(PriorityGroup.MINIMUM_INCOME);
  if (rng.chance(0.08)) groups.push(PriorityGroup.MULTIPLE_DISABLED_HOUSEHOLD);
  if (rng.chance(category === C.INTELLECTUAL || category === C.MENTAL ? 0.25 : 0.05)) groups.push(PriorityGroup.ELDERLY_PARENTS);
  if (rural && rng.chance(0.12)) groups.push(PriorityGroup.POVERTY_MONITORING);
  return groups;
}

function experience(rng: Random, county: CountyInfo, skill: string, status: EmploymentStatus): string {
  if (status === EmploymentStatus.STUDENT) return '在校学生，参加过学校组织的实习。';
  if (status === EmploymentStatus.EMPLOYED) return `目前在${county.nameZh}从事${skill}相关工作。`;
  return rng.weighted([
    [`曾在${county.nameZh}从事${skill}相关工作${rng.int(1, 12)}年。`, 4],
    [`参加过${county.nameZh}残联组织的${skill}培训，取得结业证书。`, 3],
    [`曾在外地务工${rng.int(1, 8)}年，返乡后希望在家门口就业。`, 2],
    ['暂无正式工作经历。', 2],
    ['', 1],
  ] as const);
}

/** Sensitive-data consent comes with registration; the optional purposes are separate choices (PIPL). */
function consents(rng: Random, createdAt: string, today: Date): ConsentEntry[] {
  const out: ConsentEntry[] = [{ purpose: ConsentPurpose.SENSITIVE_DATA, granted: true, recordedAt: createdAt }];
  if (!rng.chance(0.85)) return out;
  out.push({ purpose: ConsentPurpose.JOB_MATCHING, granted: true, recordedAt: createdAt });
  if (rng.chance(0.45)) {
    out.push({ purpose: ConsentPurpose.DISCOVERABLE, granted: true, recordedAt: createdAt });
    // a few people change their mind later: the newest row wins
    if (rng.chance(0.05)) out.push({ purpose: ConsentPurpose.DISCOVERABLE, granted: false, recordedAt: new Date(Math.min(Date.parse(createdAt) + 7 * 86_400_000, today.getTime())).toISOString() });
  }
  if (rng.chance(0.35)) out.push({ purpose: ConsentPurpose.SHARE_WITH_EMPLOYERS, granted: true, recordedAt: createdAt });
  return out;
}
