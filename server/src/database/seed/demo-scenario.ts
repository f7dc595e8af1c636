// The demo data set: generated employers, postings and seekers plus the named accounts and their stories.
import {
  ApplicationStatus as A, ConsentPurpose, DisabilityCategory as C, Education, EmploymentForm as F, EmploymentStatus, Gender, OrganizationType as T, PostingStatus, PriorityGroup, Residence, Role, VerificationStatus,
} from '../../common/domain.js';
import { JobDemand as D, WorkplaceSupport as S } from '../../vocabulary/codes.js';
import { JOB_TEMPLATES, type JobKind } from './catalog.js';
import { apply, externalPlacements, randomApplications, type Activity } from './demo-activity.js';
import { EMPLOYER_TEMPLATES } from './employers.js';
import {
  OrganizationGenerator, PostingGenerator, type GeneratorContext, type OrganizationRow, type PostingRow,
} from './generator.js';
import { Random } from './random.js';
import { demoVerification } from './demo-verification.js';
import { consentRowsOf, type ConsentRow, type DecisionRow, type MemberRow, type UserRow } from './rows.js';
import { SeekerGenerator, type SeekerRow } from './seekers.js';

export interface DemoAccount { role: Role; account: string; password: string; displayName: string; description: string }

export interface DemoData extends Pick<Activity, 'applications' | 'changes' | 'placements'> {
  users: UserRow[]; organizations: OrganizationRow[]; members: MemberRow[]; postings: PostingRow[]; seekers: SeekerRow[];
  consents: ConsentRow[]; decisions: DecisionRow[];
}

export const DEMO_SIZE = { organizations: 40, postings: 290, seekers: 400, applications: 600, externalPlacements: 260 };

const LUOSHAN = '411521';
const PINGQIAO = '411503';

/** `hashes[i]` is the password hash of `accounts[i]`; hashing is slow, so the caller does it outside any transaction. */
export function buildDemoData(ctx: GeneratorContext, accounts: readonly DemoAccount[], hashes: readonly string[]): DemoData {
  const rng = new Random(ctx.seed, 'demo');
  const county = (code: string) => ctx.counties.find((c) => c.code === code) ?? ctx.counties[0];
  const createdAt = new Date(ctx.today.getTime() - 400 * 86_400_000).toISOString();
  const users: UserRow[] = accounts.map((a, i) => ({
    id: rng.uuid(), phone: a.account, passwordHash: hashes[i], role: a.role, displayName: a.displayName,
    scopeCountyCode: a.account === '13800000003' ? LUOSHAN : null, createdAt,
  }));
  const user = (phone: string) => users.find((u) => u.phone === phone)!.id;
  const [cityStaff, countyStaff, employer1, employer2] = ['13800000002', '13800000003', '13800000011', '13800000012'].map(user);

  // employers: generated ones until every type and county is present, then the two named demo employers
  const orgGen = new OrganizationGenerator(ctx);
  const organizations = Array.from({ length: DEMO_SIZE.organizations }, () => orgGen.next());
  for (const type of Object.values(T)) {
    if (!organizations.some((o) => o.type === type)) organizations.push(orgGen.make(EMPLOYER_TEMPLATES.find((t) => t.type === type)!, rng.pick(ctx.counties)));
  }
  for (const c of ctx.counties) {
    if (!organizations.some((o) => o.countyCode === c.code)) organizations.push(orgGen.make(rng.pick(EMPLOYER_TEMPLATES.filter((t) => !t.cityLevel)), c));
  }
  const verified = {
    verificationStatus: VerificationStatus.VERIFIED, verificationNote: null, verifiedAt: createdAt, verifiedBy: cityStaff,
    createdAt: new Date(ctx.today.getTime() - 420 * 86_400_000).toISOString(),
  };
  const shop = {
    ...orgGen.make(EMPLOYER_TEMPLATES.find((t) => t.type === T.PRIVATE && t.jobs.includes('ECOM'))!, county(PINGQIAO), '信阳市平桥区云帆电子商务有限公司'),
    ...verified, staffCount: 46, contactName: '赵云帆', contactPhone: '13800000011', jobs: ['CS_TEXT', 'ECOM', 'LOGISTICS', 'CALL'] as JobKind[],
    description: '平桥区电商企业，网店主营信阳毛尖、固始鹅块等农特产品，吸纳残疾人从事居家客服、美工和打包发货。',
  };
  const clinic = {
    ...orgGen.make(EMPLOYER_TEMPLATES.find((t) => t.creditPrefix === '92' && t.jobs.includes('MASSAGE'))!, county(LUOSHAN), '罗山县明光盲人按摩中心'),
    ...verified, staffCount: 12, contactName: '周明光', contactPhone: '13800000012', verifiedBy: countyStaff,
    description: '罗山县盲人保健按摩店，店主为全盲按摩师，提供食宿，带徒传艺，持证上岗。',
  };
  for (const o of organizations) if (o.verificationStatus !== VerificationStatus.PENDING) o.verifiedBy = o.countyCode === LUOSHAN ? countyStaff : cityStaff;
  organizations.push(shop, clinic);
  const members: MemberRow[] = [
    { organizationId: shop.id, userId: employer1, memberRole: 'OWNER', createdAt },
    { organizationId: clinic.id, userId: employer2, memberRole: 'OWNER', createdAt },
  ];

  const postingGen = new PostingGenerator(ctx, organizations.slice(0, -2));
  const postings = Array.from({ length: DEMO_SIZE.postings }, () => postingGen.next());
  const named = (org: OrganizationRow, by: string, kind: JobKind, title: string, status: PostingStatus, pin: Partial<PostingRow> = {}) => {
    const p = { ...postingGen.make(org, JOB_TEMPLATES.find((t) => t.kind === kind)!, { status, title }), createdBy: by, ...pin };
    postings.push(p);
    return p;
  };
  const textService = named(shop, employer1, 'CS_TEXT', '电商客服（文字，可居家）', PostingStatus.PUBLISHED, {
    employmentForm: F.HOME_BASED, openings: 5, reserved: true, demands: [D.FAST_PACE, D.VOICE_CALLS],
    supports: [S.TEXT_COMMUNICATION, S.REMOTE_WORK, S.FLEXIBLE_HOURS, S.SCREEN_READER], suitableCategories: [C.HEARING, C.SPEECH, C.PHYSICAL, C.VISUAL],
    description: '在家通过旺旺、微信文字回复买家咨询。偶尔需要电话回访，可全部改用文字消息完成。公司提供电脑读屏软件安装指导。',
  });
  const callBack = named(shop, employer1, 'CALL', '电话回访专员', PostingStatus.PUBLISHED, {
    employmentForm: F.FULL_TIME, openings: 2, demands: [D.VOICE_CALLS], supports: [S.SCREEN_READER, S.STEP_FREE_ACCESS, S.ADJUSTABLE_WORKSTATION],
    suitableCategories: [C.VISUAL, C.PHYSICAL], description: '每天电话回访老客户、确认收货和评价，需要用普通话通话。',
  });
  const designer = named(shop, employer1, 'ECOM', '网店美工', PostingStatus.PUBLISHED, {
    employmentForm: F.FULL_TIME, openings: 1, supports: [S.STEP_FREE_ACCESS, S.ELEVATOR, S.ACCESSIBLE_TOILET, S.TEXT_COMMUNICATION, S.REMOTE_WORK],
  });
  const packer = named(shop, employer1, 'LOGISTICS', '打包发货员', PostingStatus.PUBLISHED, { employmentForm: F.FULL_TIME, openings: 4 });
  named(shop, employer1, 'ECOM', '直播助理', PostingStatus.DRAFT);
  const massage = [
    named(clinic, employer2, 'MASSAGE', '盲人保健按摩师', PostingStatus.PUBLISHED, { employmentForm: F.FULL_TIME, openings: 3, supports: [S.SCREEN_READER, S.BRAILLE, S.ACCESSIBLE_DORMITORY] }),
    named(clinic, employer2, 'MASSAGE', '推拿师', PostingStatus.PUBLISHED, { employmentForm: F.PART_TIME, openings: 2 }),
    named(clinic, employer2, 'MASSAGE', '中医推拿理疗师', PostingStatus.PUBLISHED, { employmentForm: F.FULL_TIME, openings: 1 }),
    named(clinic, employer2, 'MASSAGE', '足疗按摩师', PostingStatus.CLOSED),
  ];

  const seekerGen = new SeekerGenerator(ctx, { graduateShare: 0.12 });
  const seekers = Array.from({ length: DEMO_SIZE.seekers }, () => seekerGen.next());
  const thisYear = ctx.today.getUTCFullYear();
  const allConsents = (at: string) => Object.values(ConsentPurpose).map((purpose) => ({ purpose, granted: true, recordedAt: at }));
  const person = (phone: string, p: Partial<SeekerRow>) => {
    const base = seekerGen.next();
    const row = seekerGen.recertify({
      ...base, userId: user(phone), phone, residence: Residence.URBAN, graduateSchool: null, graduateYear: null, priorityGroups: [],
      employmentStatus: EmploymentStatus.UNEMPLOYED, consents: allConsents(base.createdAt), ...p,
    });
    seekers.push(row);
    return row;
  };
  const blind = person('13800000021', {
    name: '张明', gender: Gender.MALE, birthDate: '1988-05-16', countyCode: LUOSHAN, category: C.VISUAL, level: 2, education: Education.VOCATIONAL,
    skills: ['按摩', '推拿', '保健按摩', '读屏软件'], cannotDo: [D.READING_PRINT, D.DRIVING], supportsMust: [S.SCREEN_READER],
    supportsNice: [S.BRAILLE, S.ACCESSIBLE_TRANSPORT], preferredForms: [F.FULL_TIME, F.PART_TIME], preferredCounties: [LUOSHAN, '411502'], payMin: 3000,
    experience: '在郑州盲人按摩店工作6年，持保健按摩师（中级）证书，2023年回罗山。',
  });
  const deaf = person('13800000022', {
    name: '刘静', gender: Gender.FEMALE, birthDate: '1995-09-03', countyCode: '411502', category: C.HEARING, level: 3, education: Education.SENIOR_HIGH,
    skills: ['电脑打字', 'Photoshop', '手语'], cannotDo: [D.VOICE_CALLS, D.HEARING_ALARMS], supportsMust: [S.TEXT_COMMUNICATION],
    supportsNice: [S.SIGN_LANGUAGE, S.CAPTIONING], preferredForms: [F.FULL_TIME, F.HOME_BASED], preferredCounties: ['411502', PINGQIAO], payMin: 2800,
    experience: '在服装厂做过3年质检，会用电脑处理图片，希望做居家客服或美工。',
  });
  const wheelchair = person('13800000023', {
    name: '陈刚', gender: Gender.MALE, birthDate: '1982-11-20', countyCode: PINGQIAO, category: C.PHYSICAL, level: 2, education: Education.JUNIOR_COLLEGE,
    skills: ['电脑操作', 'Office办公软件', '会计'], cannotDo: [D.PROLONGED_STANDING, D.WALKING, D.LIFTING], supportsMust: [S.STEP_FREE_ACCESS, S.ACCESSIBLE_TOILET],
    supportsNice: [S.ELEVATOR, S.ADJUSTABLE_WORKSTATION], preferredForms: [F.FULL_TIME, F.HOME_BASED], preferredCounties: [PINGQIAO, '411502'], payMin: 3000,
    experience: '轮椅使用者，曾在平桥区一家商贸公司做出纳5年。',
  });
  const graduate = person('13800000024', {
    name: '李雨涵', gender: Gender.FEMALE, birthDate: `${thisYear - 22}-03-12`, countyCode: '411522', residence: Residence.RURAL, category: C.PHYSICAL,
    level: 4, education: Education.BACHELOR, graduateSchool: '信阳师范大学', graduateYear: thisYear, skills: ['新媒体运营', 'Office办公软件', '公文写作'],
    cannotDo: [D.LIFTING], supportsMust: [], supportsNice: [S.ACCESSIBLE_TOILET, S.ELEVATOR], preferredForms: [F.FULL_TIME],
    preferredCounties: ['411522', '411502', PINGQIAO], payMin: 3500, priorityGroups: [PriorityGroup.POVERTY_MONITORING],
    experience: `信阳师范大学汉语言文学专业${thisYear}届毕业生，在校期间任学院新媒体中心编辑。`,
  });
  const accountSeekers = [blind, deaf, wheelchair, graduate];

  const act: Activity = {
    rng, today: ctx.today, organizations: new Map(organizations.map((o) => [o.id, o])),
    seekerUser: new Map(accountSeekers.map((s) => [s.id, s.userId!])),
    employerUser: new Map([[shop.id, employer1], [clinic.id, employer2]]),
    staffFor: (code) => (code === LUOSHAN ? countyStaff : cityStaff),
    applications: [], changes: [], placements: [], placed: new Set(),
  };
  // the accounts' own stories stay open, so a visitor can move them on
  apply(act, blind, massage[0], A.INTERVIEW);
  apply(act, blind, callBack, A.SUBMITTED);
  apply(act, deaf, textService, A.REVIEWING);
  apply(act, wheelchair, textService, A.SUBMITTED);
  apply(act, graduate, designer, A.OFFERED);
  const generated = seekers.slice(0, DEMO_SIZE.seekers);
  const visual = generated.filter((s) => s.category === C.VISUAL);
  for (const [i, p] of [textService, textService, designer, packer, packer, callBack, textService, packer].entries()) {
    apply(act, generated[i * 7], p, [A.HIRED, A.REJECTED, A.INTERVIEW, A.HIRED, A.SUBMITTED, A.WITHDRAWN, A.REVIEWING, A.OFFERED][i]);
  }
  for (const [i, s] of visual.slice(0, 6).entries()) apply(act, s, massage[i % 3], [A.HIRED, A.INTERVIEW, A.SUBMITTED, A.REJECTED, A.HIRED, A.REVIEWING][i]);
  randomApplications(act, generated.slice(60), postings, DEMO_SIZE.applications);
  externalPlacements(act, generated, DEMO_SIZE.externalPlacements);

  const consents = seekers.flatMap((s) => consentRowsOf(s, s.userId));
  // last, so that nothing above changes: rejected organizations' postings closed, decisions kept, a queue for staff
  const decisions = demoVerification(ctx.seed, organizations, postings);
  return { users, organizations, members, postings, seekers, consents, decisions, applications: act.applications, changes: act.changes, placements: act.placements };
}
