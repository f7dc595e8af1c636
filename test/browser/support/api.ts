// Arranges data for the browser journeys through the real GraphQL API (the way another person would),
// plus the one thing nobody can do through it: an administrator is written into the database.
import { randomInt } from 'node:crypto';
import argon2 from 'argon2';
import pg from 'pg';

export const PASSWORD = 'Correct-Horse-9';
export const LUOSHAN = '411521';
export const PINGQIAO = '411503';

export function baseUrl(): string {
  const url = process.env.BROWSER_BASE_URL;
  if (!url) throw new Error('BROWSER_BASE_URL is not set: run through jest.browser.config.js');
  return url;
}

export function uniquePhone(): string {
  return `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export function residentId(county = LUOSHAN, birth = '19900101'): string {
  const first17 = `${county}${birth}${String(randomInt(100, 1000))}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return first17 + '10X98765432'[sum % 11];
}

/** A certificate number: resident ID + category digit + level digit. */
export function certificate(categoryDigit = 1, level = 2, birth = '19900101'): string {
  return `${residentId(LUOSHAN, birth)}${categoryDigit}${level}`;
}

const CREDIT = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export function creditCode(): string {
  let body = '91411500';
  for (let i = 0; i < 9; i++) body += CREDIT[randomInt(0, 31)];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT.indexOf(body[i]) * CREDIT_WEIGHTS[i];
  return body + CREDIT[(31 - (sum % 31)) % 31];
}

/** Waits until the search index has applied every change waiting in the outbox (the server's /health says so). */
export async function searchIndexCaughtUp(ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const health = (await (await fetch(`${baseUrl()}/health`)).json()) as { outbox?: { pending?: number } };
    if (health.outbox?.pending === 0) return;
    if (Date.now() > until) throw new Error(`the search index did not catch up within ${ms / 1000} s: ${JSON.stringify(health.outbox)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One API user with its own session cookie. */
export class Api {
  cookie: string | undefined;

  async gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const m = /zyt_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '');
    if (m) this.cookie = m[1] ? `zyt_session=${m[1]}` : undefined;
    const json = (await res.json()) as { data?: T; errors?: unknown[] };
    if (json.errors?.length || !json.data) throw new Error(`GraphQL errors: ${JSON.stringify(json.errors ?? json)}`);
    return json.data;
  }

  /** The session cookie value, to hand to a browser context. */
  get session(): string {
    if (!this.cookie) throw new Error('not signed in');
    return this.cookie.split('=')[1];
  }

  static async signUp(role: 'SEEKER' | 'EMPLOYER', displayName: string, phone = uniquePhone()) {
    const api = new Api();
    await api.gql(`mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }`,
      { i: { role, displayName, phone, password: PASSWORD } });
    return Object.assign(api, { phone });
  }

  static async signIn(account: string, password = PASSWORD) {
    const api = new Api();
    await api.gql(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { account, password } });
    return api;
  }
}

/** An administrator, written straight into the database as an operator would (administrators cannot sign up). */
export async function adminMember(): Promise<Api & { phone: string }> {
  const db = new pg.Client({ connectionString: process.env.BROWSER_DATABASE_URL });
  await db.connect();
  const phone = uniquePhone();
  try {
    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    await db.query(`INSERT INTO app_user (phone, password_hash, role, display_name) VALUES ($1, $2, 'ADMIN', '管理员')`, [phone, hash]);
  } finally {
    await db.end();
  }
  return Object.assign(await Api.signIn(phone), { phone });
}

/** Ends a person's sessions on the server, as the idle timeout would: the browser keeps its cookie, the server refuses it. */
export async function endSessionsOf(phone: string): Promise<void> {
  const db = new pg.Client({ connectionString: process.env.BROWSER_DATABASE_URL });
  await db.connect();
  try {
    await db.query(`UPDATE user_session SET revoked_at = now() WHERE revoked_at IS NULL AND user_id = (SELECT id FROM app_user WHERE phone = $1)`, [phone]);
  } finally {
    await db.end();
  }
}

/** A federation staff member: the whole city, or one county (an administrator written into the database creates them). */
export async function staffMember(scopeCountyCode: string | null = null, displayName = '残联工作人员'): Promise<Api & { phone: string }> {
  const admin = await adminMember();
  const phone = uniquePhone();
  await admin.gql(`mutation($i: CreateStaffInput!) { createStaffUser(input: $i) { id } }`,
    { i: { displayName, phone, password: PASSWORD, scopeCountyCode } });
  return Object.assign(await Api.signIn(phone), { phone });
}

export async function verifyOrganization(staff: Api, organizationId: string) {
  await staff.gql(`mutation($i: VerifyOrganizationInput!) { verifyOrganization(input: $i) { id } }`,
    { i: { organizationId, status: 'VERIFIED', note: '' } });
}

export function organizationInput(over: Record<string, unknown> = {}) {
  return {
    name: '信阳无障碍电子商务有限公司', creditCode: creditCode(), type: 'PRIVATE', countyCode: PINGQIAO, address: '平桥区民权路8号',
    staffCount: 120, isSchool: false, description: '电商客服和数据录入，办公区全部无障碍。', contactName: '李经理', contactPhone: '0376-1234567', ...over,
  };
}

export function postingInput(over: Record<string, unknown> = {}) {
  return {
    title: '电商客服', description: '在电脑上用文字回答顾客的问题。公司提供读屏软件和安静的工作区。', countyCode: PINGQIAO,
    address: '平桥区民权路8号', employmentForm: 'FULL_TIME', openings: 3, salaryMin: 2800, salaryMax: 3600, educationRequired: 'NONE',
    skills: ['电脑打字'], reserved: true, demands: ['FAST_PACE'], supports: ['SCREEN_READER', 'TEXT_COMMUNICATION', 'STEP_FREE_ACCESS'],
    suitableCategories: [], ...over,
  };
}

/** A birth date (YYYYMMDD) between 1975 and 2000: working age, and varied enough that certificates do not collide. */
export function randomBirth(): string {
  const d = new Date(Date.UTC(1975, 0, 1) + randomInt(0, 25 * 365) * 86_400_000);
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

export function profileInput(over: Record<string, unknown> = {}) {
  const birth = randomBirth();
  return {
    name: '张明', gender: 'MALE', birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`, countyCode: LUOSHAN, residence: 'RURAL', phone: uniquePhone(),
    certificateNumber: certificate(1, 2, birth), category: 'VISUAL', level: 2, education: 'VOCATIONAL', skills: ['按摩', '电脑打字'],
    experience: '在盲人按摩店工作三年', cannotDo: ['READING_PRINT', 'DRIVING'], supportsMust: ['SCREEN_READER'], supportsNice: ['BRAILLE'],
    preferredForms: ['FULL_TIME'], preferredCounties: [LUOSHAN], payMin: 2500, priorityGroups: [], employmentStatus: 'UNEMPLOYED',
    consents: ['SENSITIVE_DATA', 'JOB_MATCHING', 'SHARE_WITH_EMPLOYERS'], ...over,
  };
}

/** An employer with a verified organization and one published posting. */
export async function employerWithPosting(staff: Api, over: { posting?: Record<string, unknown>; org?: Record<string, unknown> } = {}) {
  const employer = await Api.signUp('EMPLOYER', '李经理');
  const { createOrganization } = await employer.gql(
    `mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`, { i: organizationInput(over.org) });
  await verifyOrganization(staff, createOrganization.id);
  const { createPosting } = await employer.gql(`mutation($i: PostingInput!) { createPosting(input: $i) { id } }`,
    { i: postingInput(over.posting) });
  await employer.gql(`mutation($id: ID!) { publishPosting(id: $id) { id } }`, { id: createPosting.id });
  return { employer, organizationId: createOrganization.id as string, postingId: createPosting.id as string };
}

export async function seekerWithProfile(over: Record<string, unknown> = {}) {
  const seeker = await Api.signUp('SEEKER', '张明');
  await seeker.gql(`mutation($i: SeekerProfileInput!) { saveMyProfile(input: $i) { id } }`, { i: profileInput(over) });
  return seeker;
}

/** A résumé with an entry in every section (the printable CV and the applicant page show it). */
export const DEMO_RESUME = {
  education: [{ school: '信阳市特殊教育学校', major: '中医按摩', degree: 'VOCATIONAL', enrolledOn: '2009-09-01', graduatedOn: '2012-07-01' }],
  work: [{ employerName: '罗山县明光盲人按摩中心', jobTitle: '保健按摩师', startDate: '2012-08-01', endDate: null, duties: '每天接待顾客做保健按摩。' }],
  skills: [{ skill: '保健按摩', evidence: '工作十二年' }],
  certificates: [{ certificateKind: 'MASSAGE_HEALTH', certificateName: '盲人保健按摩师（中级）', issuer: '中国残联盲人按摩指导中心', issuedOn: '2014-05-20', expiresOn: null }],
  languages: [{ language: '普通话', proficiency: 'NATIVE' }],
  assistiveTech: [{ tool: '读屏软件（争渡）', toolNote: '电脑和手机都用读屏' }],
  visibility: { education: 'APPLIED_EMPLOYERS', work: 'APPLIED_EMPLOYERS', skills: 'APPLIED_EMPLOYERS', certificates: 'APPLIED_EMPLOYERS', languages: 'APPLIED_EMPLOYERS', assistiveTech: 'APPLIED_EMPLOYERS' },
};

export async function saveResume(seeker: Api, input: Record<string, unknown> = DEMO_RESUME) {
  await seeker.gql(`mutation($i: ResumeInput!) { saveResume(input: $i) { version } }`, { i: input });
}

export async function apply(seeker: Api, postingId: string) {
  const { applyToPosting } = await seeker.gql(`mutation($i: ApplyInput!) { applyToPosting(input: $i) { id } }`,
    { i: { postingId, note: '我有三年客服经验。', accommodations: ['SCREEN_READER_MATERIALS'], accommodationNote: '' } });
  return applyToPosting.id as string;
}
