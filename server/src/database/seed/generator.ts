// Deterministic demo and bulk data: the same seed and reference day give the same organizations and postings.
import { DisabilityCategory, Education, EmploymentForm, OrganizationType, PostingStatus, VerificationStatus } from '../../common/domain.js';
import { JobDemand, WorkplaceSupport } from '../../vocabulary/codes.js';
import { creditCodeCheckChar } from '../../common/identity-numbers.js';
import { JOB_TEMPLATES, SUPPORT_OPENS_CATEGORY, type JobKind, type JobTemplate } from './catalog.js';
import { COUNTY_WEIGHTS, EMPLOYER_TEMPLATES, FIRM_FIRST, FIRM_SECOND, type EmployerTemplate } from './employers.js';
import { GENERIC_TOWNS, GIVEN_FEMALE, GIVEN_MALE, STREETS, SURNAMES, TOWNS, VILLAGE_ROOTS, VILLAGE_SUFFIX, shortCountyName } from './names.js';
import { Random } from './random.js';

export interface CountyInfo { code: string; nameZh: string; latitude: number; longitude: number }

export interface GeneratorContext {
  seed: number;
  /** The reference day: ages, deadlines and publication dates are relative to it, so tests can pin it. */
  today: Date;
  counties: readonly CountyInfo[];
  cityCode: string;
  cityNameZh: string;
}

/** The reference day is the UTC midnight of `now`, so everything generated lies in the past or on purpose in the future. */
export function contextFromRegion(
  region: { cityCode: string; cityNameZh: string; counties: readonly CountyInfo[] }, seed: number, now: Date,
): GeneratorContext {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return { seed, today, counties: region.counties, cityCode: region.cityCode, cityNameZh: region.cityNameZh };
}

/**
 * Each seed writes into its own lane (seed mod 100) of certificate sequence numbers and organization codes,
 * so data from different seeds never collides; seeds 100 apart share a lane (the CLI checks before loading).
 */
export function laneOf(seed: number): number {
  return ((seed % 100) + 100) % 100;
}

export interface OrganizationRow {
  id: string; name: string; creditCode: string; type: OrganizationType; countyCode: string; address: string;
  staffCount: number; establishedPosts: number | null; isSchool: boolean; description: string; contactName: string;
  contactPhone: string; verificationStatus: VerificationStatus; verificationNote: string | null; verifiedAt: string | null;
  verifiedBy: string | null; createdAt: string;
  /** registered, or last resubmitted for checking: the verification queue's order */
  submittedAt?: string;
  /** not a column: the kinds of job this employer posts */
  jobs: readonly JobKind[];
}

export interface PostingRow {
  id: string; organizationId: string; title: string; description: string; countyCode: string; address: string;
  latitude: number; longitude: number; employmentForm: EmploymentForm; openings: number; hiredCount: number;
  salaryMin: number; salaryMax: number; educationRequired: Education; skills: string[]; reserved: boolean;
  relaxedAge: boolean; relaxedHousehold: boolean; relaxedExamRatio: boolean; relaxationNote: string;
  demands: JobDemand[]; supports: WorkplaceSupport[]; suitableCategories: DisabilityCategory[]; status: PostingStatus;
  deadline: string | null; publishedAt: string | null; closedAt: string | null; createdBy: string | null;
  createdAt: string; updatedAt: string;
}

const DAY = 86_400_000;
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export const daysFrom = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
/** A moment on a working day between 08:00 and 18:00 Beijing time (00:00-10:00 UTC). */
export function workTime(rng: Random, day: Date): string {
  const midnight = Math.floor(day.getTime() / DAY) * DAY;
  return new Date(midnight + rng.int(0, 10 * 3600 - 1) * 1000).toISOString();
}

export function personName(rng: Random, male: boolean): string {
  // favour the common surnames: squaring a uniform number leans towards the front of the list
  const surname = SURNAMES[Math.floor(rng.next() ** 2 * SURNAMES.length)];
  return surname + rng.pick(male ? GIVEN_MALE : GIVEN_FEMALE);
}

export function mobilePhone(rng: Random): string {
  return `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`;
}

export function pickCounty(rng: Random, ctx: GeneratorContext): CountyInfo {
  return rng.weighted(ctx.counties.map((c) => [c, COUNTY_WEIGHTS[c.code] ?? 5] as const));
}

export function address(rng: Random, county: CountyInfo, rural: boolean): string {
  const town = rng.pick(TOWNS[county.code] ?? GENERIC_TOWNS);
  if (rural && !town.endsWith('街道')) return `${county.nameZh}${town}${rng.pick(VILLAGE_ROOTS)}${rng.pick(VILLAGE_SUFFIX)}`;
  return `${county.nameZh}${town}${rng.pick(STREETS)}${rng.int(1, 399)}号`;
}

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 organization code check character (the ninth character inside a credit code). */
export function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i], 36) * ORG_CODE_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Unique per (lane, index): agencies get numeric codes, enterprises the post-2015 "MA" style. */
export function makeCreditCode(prefix: string, areaCode: string, lane: number, index: number): string {
  const laneDigits = String(lane).padStart(2, '0');
  let body: string;
  if (prefix.startsWith('9')) {
    let n = index;
    let tail = '';
    for (let i = 0; i < 4; i++) { tail = CREDIT_ALPHABET[n % 31] + tail; n = Math.floor(n / 31); }
    body = `MA${laneDigits}${tail}`;
  } else {
    body = `${laneDigits}${String(index).padStart(6, '0')}`;
  }
  const first17 = `${prefix}${areaCode}${body}${orgCodeCheckChar(body)}`;
  return first17 + creditCodeCheckChar(first17);
}

export class OrganizationGenerator {
  private readonly rng: Random;
  private readonly usedNames = new Set<string>();
  private index = 0;

  constructor(private readonly ctx: GeneratorContext) {
    this.rng = new Random(ctx.seed, 'organizations');
  }

  next(): OrganizationRow {
    const rng = this.rng;
    const county = pickCounty(rng, this.ctx);
    const template = rng.weighted(EMPLOYER_TEMPLATES.map((t) => [t, t.weight * (t.countyBias?.[county.code] ?? 1)] as const));
    const home = template.cityLevel && !['411502', '411503'].includes(county.code)
      ? this.ctx.counties.find((c) => c.code === rng.pick(['411502', '411503'])) ?? county : county;
    return this.make(template, home);
  }

  /** An organization of a given template, county and optionally name: demo data uses it for named employers. */
  make(template: EmployerTemplate, county: CountyInfo, fixedName?: string): OrganizationRow {
    const rng = this.rng;
    const name = fixedName ?? this.uniqueName(template, county);
    const staffCount = rng.int(template.staff[0], template.staff[1]);
    const publicSector = template.type === OrganizationType.GOVERNMENT_AGENCY || template.type === OrganizationType.PUBLIC_INSTITUTION;
    const verification = rng.weighted([[VerificationStatus.VERIFIED, 86], [VerificationStatus.PENDING, 10], [VerificationStatus.REJECTED, 4]] as const);
    const created = daysFrom(this.ctx.today, -rng.int(30, 900));
    const areaCode = template.cityLevel ? this.ctx.cityCode : county.code;
    return {
      id: rng.uuid(),
      name,
      creditCode: makeCreditCode(template.creditPrefix, areaCode, laneOf(this.ctx.seed), this.index++),
      type: template.type,
      countyCode: county.code,
      address: address(rng, county, false),
      staffCount,
      // 编制: close to head count; the "at least one" rule looks at 50 (agencies) and 63 (institutions)
      establishedPosts: publicSector ? Math.max(5, staffCount + rng.int(-15, 10)) : null,
      isSchool: template.isSchool ?? false,
      description: template.description,
      contactName: personName(rng, rng.chance(0.5)),
      contactPhone: rng.chance(0.6) ? mobilePhone(rng) : `0376-${rng.int(2000000, 8999999)}`,
      verificationStatus: verification,
      verificationNote: verification === VerificationStatus.REJECTED ? rng.pick(['营业执照信息与登记不一致', '统一社会信用代码无法核实', '联系人无法取得联系']) : null,
      verifiedAt: verification === VerificationStatus.PENDING ? null : workTime(rng, daysFrom(created, rng.int(1, 20))),
      verifiedBy: null,
      createdAt: workTime(rng, created),
      jobs: template.jobs,
    };
  }

  private uniqueName(t: EmployerTemplate, county: CountyInfo): string {
    let name = '';
    // bulk runs may still repeat a name after a few tries: names are not unique in law either
    for (let attempt = 0; attempt < 8; attempt++) {
      const first = this.rng.pick(FIRM_FIRST);
      const second = this.rng.pick(FIRM_SECOND.filter((c) => c !== first));
      name = this.rng.pick(t.names)
        .replace('{city}', this.ctx.cityNameZh).replace('{county}', county.nameZh).replace('{short}', shortCountyName(county.nameZh))
        .replace('{firm}', first + second).replace('{town}', this.rng.pick(TOWNS[county.code] ?? GENERIC_TOWNS));
      if (!this.usedNames.has(name)) break;
    }
    this.usedNames.add(name);
    return name;
  }
}

export function generateOrganizations(ctx: GeneratorContext, count: number): OrganizationRow[] {
  const gen = new OrganizationGenerator(ctx);
  return Array.from({ length: count }, () => gen.next());
}

const RELAXATIONS = [['relaxedAge', '年龄放宽至45周岁'], ['relaxedHousehold', '不限户籍'], ['relaxedExamRatio', '开考比例放宽至1:2']] as const;

export class PostingGenerator {
  private readonly rng: Random;
  private readonly countyByCode: Map<string, CountyInfo>;

  constructor(private readonly ctx: GeneratorContext, private readonly organizations: readonly OrganizationRow[]) {
    this.rng = new Random(ctx.seed, 'postings');
    this.countyByCode = new Map(ctx.counties.map((c) => [c.code, c]));
  }

  next(): PostingRow {
    const org = this.rng.pick(this.organizations);
    const kind = this.rng.pick(org.jobs);
    return this.make(org, this.rng.pick(JOB_TEMPLATES.filter((t) => t.kind === kind)));
  }

  /** A posting of a template for an organization; `status` and `title` pin what a demo scenario needs. */
  make(org: OrganizationRow, t: JobTemplate, pin: { status?: PostingStatus; title?: string } = {}): PostingRow {
    const rng = this.rng;
    const county = this.countyByCode.get(org.countyCode)!;
    const form = rng.weighted(t.forms);
    const salaryMin = rng.step(t.salary[0], (t.salary[0] + t.salary[1]) / 2, 100);
    const salaryMax = Math.min(8000, salaryMin + rng.step(200, 1800, 100));
    const demands = [...t.demands, ...rng.sample(t.maybeDemands, rng.int(0, Math.min(2, t.maybeDemands.length)))];
    const supports = [...t.supports, ...rng.sample(t.maybeSupports, rng.int(0, Math.min(3, t.maybeSupports.length)))];
    const suitable = new Set<DisabilityCategory>(t.suitable);
    for (const [support, category] of SUPPORT_OPENS_CATEGORY) if (supports.includes(support)) suitable.add(category);
    const reserved = rng.chance(t.reserved);
    const publicSector = [OrganizationType.GOVERNMENT_AGENCY, OrganizationType.PUBLIC_INSTITUTION, OrganizationType.STATE_OWNED].includes(org.type);
    const relaxed = { relaxedAge: false, relaxedHousehold: false, relaxedExamRatio: false };
    if (publicSector && reserved) for (const [key] of RELAXATIONS) relaxed[key] = rng.chance(0.45);
    const relaxationNote = RELAXATIONS.filter(([key]) => relaxed[key]).map(([, note]) => note).join('；');
    const title = pin.title ?? rng.pick(t.titles);
    const addr = form === EmploymentForm.HOME_BASED ? `${org.address}（可居家办公）` : org.address;
    const status = pin.status ?? rng.weighted([[PostingStatus.PUBLISHED, 80], [PostingStatus.DRAFT, 8], [PostingStatus.CLOSED, 12]] as const);
    const dates = this.dates(status);
    return {
      id: rng.uuid(), organizationId: org.id, title, countyCode: county.code, address: addr,
      description: `${t.duties}${reserved ? '本岗位为残疾人专门岗位。' : ''}工作地点：${addr}。`,
      latitude: round5(county.latitude + (rng.next() - 0.5) * 0.1), longitude: round5(county.longitude + (rng.next() - 0.5) * 0.1),
      employmentForm: form,
      openings: form === EmploymentForm.PUBLIC_WELFARE || t.kind === 'HANDCRAFT' || t.kind === 'LOGISTICS' ? rng.int(2, 20) : rng.weighted([[1, 5], [2, 3], [3, 2], [5, 1]] as const),
      hiredCount: 0, salaryMin, salaryMax,
      educationRequired: rng.pick(t.education), skills: rng.sample(t.skills, rng.int(1, Math.min(3, t.skills.length))),
      reserved, ...relaxed, relaxationNote, demands, supports, suitableCategories: [...suitable], status, ...dates, createdBy: null,
    };
  }

  private dates(status: PostingStatus) {
    const rng = this.rng;
    const today = this.ctx.today;
    if (status === PostingStatus.DRAFT) {
      const created = workTime(rng, daysFrom(today, -rng.int(1, 30)));
      return { deadline: rng.chance(0.6) ? isoDate(daysFrom(today, rng.int(30, 90))) : null, publishedAt: null, closedAt: null, createdAt: created, updatedAt: created };
    }
    const published = daysFrom(today, -(status === PostingStatus.CLOSED ? rng.int(60, 400) : rng.int(1, 240)));
    const createdAt = workTime(rng, daysFrom(published, -rng.int(1, 10)));
    const publishedAt = workTime(rng, published);
    if (status === PostingStatus.PUBLISHED) {
      return { deadline: isoDate(daysFrom(today, rng.int(7, 120))), publishedAt, closedAt: null, createdAt, updatedAt: publishedAt };
    }
    const closed = daysFrom(published, rng.int(20, 59));
    const closedAt = workTime(rng, closed);
    return { deadline: isoDate(closed), publishedAt, closedAt, createdAt, updatedAt: closedAt };
  }
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/**
 * A rejected (or suspended) organization's published postings were closed when it was decided on, as decideOrganization
 * does: never published and searchable. Returns the posting, changed in place when it was closed.
 */
export function closedIfOrganizationStopped(p: PostingRow, org: Pick<OrganizationRow, 'verificationStatus' | 'verifiedAt'> | undefined): PostingRow {
  if (!org || p.status !== PostingStatus.PUBLISHED) return p;
  if (org.verificationStatus !== VerificationStatus.REJECTED && org.verificationStatus !== VerificationStatus.SUSPENDED) return p;
  const at = org.verifiedAt && org.verifiedAt > p.publishedAt! ? org.verifiedAt : p.publishedAt!;
  return Object.assign(p, { status: PostingStatus.CLOSED, closedAt: at, updatedAt: at });
}
