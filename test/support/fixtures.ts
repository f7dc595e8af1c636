// Ready-made actors for e2e tests: each signs up (or is created) through the real API.
import { randomInt } from 'node:crypto';
import argon2 from 'argon2';
import { DisabilityCategory } from '../../server/src/common/domain.js';
import { creditCodeCheckChar, makeCertificate, residentIdCheckChar } from '../../server/src/common/identity-numbers.js';
import { Client, type TestServer, uniquePhone } from './server.js';

export const PASSWORD = 'Correct-Horse-9';
export const LUOSHAN = '411521';
export const PINGQIAO = '411503';
export const XIXIAN = '411528';

/** A valid resident ID for a birth date in a county, unique enough for a test run. */
export function residentId(county = LUOSHAN, birth = '19900101'): string {
  const first17 = `${county}${birth}${String(randomInt(0, 1000)).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** A random birth date (YYYYMMDD) of a working-age adult, so generated certificates rarely collide. */
export function randomBirth(): string {
  const d = new Date(Date.UTC(1970, 0, 1) + randomInt(0, 30 * 365) * 86_400_000);
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

export function certificate(category = DisabilityCategory.VISUAL, level = 2, birth = randomBirth(), county = LUOSHAN): string {
  return makeCertificate(residentId(county, birth), category, level);
}

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export function creditCode(): string {
  let body = '91411500';
  for (let i = 0; i < 9; i++) body += CREDIT_ALPHABET[randomInt(0, 31)];
  return body + creditCodeCheckChar(body);
}

export async function signUp(server: TestServer, role: 'SEEKER' | 'EMPLOYER', name = '测试用户', headers: Record<string, string> = {}) {
  const client = new Client(server.url, headers);
  const phone = uniquePhone();
  const data = await client.ok<{ signUp: { user: { id: string } } }>(
    `mutation($input: SignUpInput!) { signUp(input: $input) { user { id role } } }`,
    { input: { role, displayName: name, phone, password: PASSWORD } },
  );
  return { client, userId: data.signUp.user.id, phone };
}

/** A complete profile; the birth date follows the certificate unless the test sets one. */
export function profileInput(over: Record<string, unknown> = {}) {
  const cert = 'certificateNumber' in over ? over.certificateNumber : certificate(DisabilityCategory.VISUAL, 2);
  const birthDate = typeof cert === 'string' && cert.length >= 14
    ? `${cert.slice(6, 10)}-${cert.slice(10, 12)}-${cert.slice(12, 14)}` : '1990-01-01';
  return {
    name: '张明', gender: 'MALE', birthDate, countyCode: LUOSHAN, residence: 'RURAL', phone: uniquePhone(),
    certificateNumber: cert, category: 'VISUAL', level: 2, education: 'VOCATIONAL',
    skills: ['按摩', '推拿'], experience: '在盲人按摩店工作三年', cannotDo: ['READING_PRINT', 'DRIVING'],
    supportsMust: ['SCREEN_READER'], supportsNice: ['BRAILLE'], preferredForms: ['FULL_TIME'], preferredCounties: [LUOSHAN],
    payMin: 2500, priorityGroups: [], employmentStatus: 'UNEMPLOYED',
    consents: ['SENSITIVE_DATA', 'JOB_MATCHING'], ...over,
  };
}

export const SAVE_PROFILE = `mutation($input: SeekerProfileInput!) { saveMyProfile(input: $input) { id name category level certificateNumber consents } }`;

export async function seeker(server: TestServer, over: Record<string, unknown> = {}) {
  const s = await signUp(server, 'SEEKER', '求职者');
  const data = await s.client.ok<{ saveMyProfile: { id: string } }>(SAVE_PROFILE, { input: profileInput(over) });
  return { ...s, seekerId: data.saveMyProfile.id };
}

export function organizationInput(over: Record<string, unknown> = {}) {
  return {
    name: '信阳测试电子商务有限公司', creditCode: creditCode(), type: 'PRIVATE', countyCode: PINGQIAO, address: '平桥区测试路1号',
    staffCount: 120, isSchool: false, description: '电商客服外包', contactName: '李经理', contactPhone: '0376-1234567', ...over,
  };
}

/**
 * An employer with an organization, verified by default (written straight into the database, as staff's approval
 * would leave it): only verified organizations' postings are public. `{ verified: false }` leaves it waiting.
 */
export async function employer(server: TestServer, over: Record<string, unknown> = {}, opts: { verified?: boolean } = {}) {
  const e = await signUp(server, 'EMPLOYER', '招聘专员');
  const data = await e.client.ok<{ createOrganization: { id: string } }>(
    `mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }`, { input: organizationInput(over) });
  if (opts.verified ?? true) {
    await server.db.query(`UPDATE organization SET verification_status = 'VERIFIED', verified_at = now() WHERE id = $1`, [data.createOrganization.id]);
  }
  return { ...e, organizationId: data.createOrganization.id };
}

export function postingInput(over: Record<string, unknown> = {}) {
  return {
    title: '盲人按摩师', description: '为顾客提供保健按摩服务，店内配有读屏电脑和盲文价目表。', countyCode: LUOSHAN,
    address: '罗山县城关镇测试街8号', latitude: 32.2, longitude: 114.51, employmentForm: 'FULL_TIME', openings: 3,
    salaryMin: 3000, salaryMax: 4500, educationRequired: 'NONE', skills: ['按摩'], reserved: true,
    demands: ['PROLONGED_STANDING'], supports: ['SCREEN_READER', 'BRAILLE'], suitableCategories: [], ...over,
  };
}

export const CREATE_POSTING = `mutation($input: PostingInput!) { createPosting(input: $input) { id status version } }`;
export const PUBLISH_POSTING = `mutation($id: ID!) { publishPosting(id: $id) { id status } }`;

export async function publishedPosting(emp: { client: Client }, over: Record<string, unknown> = {}): Promise<string> {
  const { createPosting } = await emp.client.ok<{ createPosting: { id: string } }>(CREATE_POSTING, { input: postingInput(over) });
  await emp.client.ok(PUBLISH_POSTING, { id: createPosting.id });
  return createPosting.id;
}

/** Administrators cannot sign up: one is written straight into the database, as an operator would. */
export async function admin(server: TestServer) {
  const phone = uniquePhone();
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  await server.db.query(
    `INSERT INTO app_user (phone, password_hash, role, display_name) VALUES ($1, $2, 'ADMIN', '管理员')`, [phone, hash]);
  const client = new Client(server.url);
  await client.ok(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { account: phone, password: PASSWORD } });
  return { client, phone };
}

export async function staff(server: TestServer, adminClient: Client, scopeCountyCode: string | null) {
  const phone = uniquePhone();
  const { createStaffUser } = await adminClient.ok<{ createStaffUser: { id: string } }>(
    `mutation($i: CreateStaffInput!) { createStaffUser(input: $i) { id } }`,
    { i: { displayName: '残联工作人员', phone, password: PASSWORD, scopeCountyCode } });
  const client = new Client(server.url);
  await client.ok(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { account: phone, password: PASSWORD } });
  return { client, userId: createStaffUser.id, phone };
}

export async function count(server: TestServer, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const { rows } = await server.db.query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, params);
  return Number(rows[0].n);
}

/**
 * Waits until the relay has applied every outbox row of these aggregates (every posting's, without ids): the search
 * index is eventually consistent.
 */
export async function indexed(server: TestServer, ids?: string[], timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  const [where, params] = ids ? ['aggregate_id = ANY($1::uuid[]) AND processed_at IS NULL', [ids]] : [`aggregate = 'posting' AND processed_at IS NULL`, []];
  for (;;) {
    const left = await count(server, 'outbox', where, params);
    if (left === 0) return;
    if (Date.now() > until) throw new Error(`${left} outbox rows still pending`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
