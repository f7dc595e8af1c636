// Demo activity on top of generated rows: applications with legal status histories, hires that become
// placements, and staff-recorded (external) placements for 2022-2024 so the dashboards have something to show.
import { canMove } from '../../applications/application-transitions.js';
import {
  ActionLine, ApplicationStatus as A, DisabilityCategory as C, EmploymentForm as F, EmploymentStatus, InterviewAccommodation as I,
  OrganizationType as T, PlacementSource, PostingStatus, Residence,
} from '../../common/domain.js';
import { isDemoClinic, isDemoQualified } from './demo-massage.js';
import { deriveActionLine, isMassageRole } from '../../placements/action-line.js';
import type { OrganizationRow, PostingRow } from './generator.js';
import { isoDate } from './generator.js';
import type { Random } from './random.js';
import type { ApplicationRow, PlacementRow, StatusChangeRow } from './rows.js';
import type { SeekerRow } from './seekers.js';

const DAY = 86_400_000;

export interface Activity {
  rng: Random;
  today: Date;
  organizations: ReadonlyMap<string, OrganizationRow>;
  /** seeker id → app_user id, for the demo accounts */
  seekerUser: ReadonlyMap<string, string>;
  /** organization id → the employer account that manages it */
  employerUser: ReadonlyMap<string, string>;
  /** the staff account that records placements in a county */
  staffFor(countyCode: string): string;
  applications: ApplicationRow[];
  changes: StatusChangeRow[];
  placements: PlacementRow[];
  /** a person is counted by one employer at a time: no second active placement */
  placed: Set<string>;
}

const REJECTIONS = ['岗位已招满', '工作时间无法匹配', '经面试双方未达成一致', '暂不符合岗位技能要求', '通勤距离较远，双方协商不录用'];
const WITHDRAWALS = ['已找到其他工作', '家庭原因暂不外出工作', '工作地点太远'];
const NOTES = ['您好，我对这个岗位很感兴趣，希望有机会面试。', '我有相关工作经验，可以尽快到岗。', '希望能居家工作，时间可以灵活安排。', '县残联就业服务中心推荐。', ''];
const ACCOMMODATIONS: Readonly<Record<C, readonly I[]>> = {
  VISUAL: [I.SCREEN_READER_MATERIALS, I.COMPANION], HEARING: [I.SIGN_LANGUAGE_INTERPRETER, I.TEXT_INTERVIEW, I.CAPTIONS],
  SPEECH: [I.TEXT_INTERVIEW, I.EXTRA_TIME], PHYSICAL: [I.STEP_FREE_VENUE, I.REMOTE_INTERVIEW], INTELLECTUAL: [I.COMPANION, I.EXTRA_TIME],
  MENTAL: [I.QUIET_ROOM, I.EXTRA_TIME], MULTIPLE: [I.COMPANION, I.STEP_FREE_VENUE],
};

/** A legal path through the life cycle (checked against the same rules the service enforces). */
function pathTo(rng: Random, outcome: A): A[] {
  switch (outcome) {
    case A.SUBMITTED: return [A.SUBMITTED];
    case A.REVIEWING: return [A.SUBMITTED, A.REVIEWING];
    case A.INTERVIEW: return rng.chance(0.6) ? [A.SUBMITTED, A.REVIEWING, A.INTERVIEW] : [A.SUBMITTED, A.INTERVIEW];
    case A.OFFERED: return rng.chance(0.7) ? [...pathTo(rng, A.INTERVIEW), A.OFFERED] : [A.SUBMITTED, A.REVIEWING, A.OFFERED];
    case A.HIRED: return [...pathTo(rng, A.OFFERED), A.HIRED];
    default: return [...pathTo(rng, rng.pick([A.SUBMITTED, A.REVIEWING, A.INTERVIEW, A.OFFERED])), outcome];
  }
}

export function pickOutcome(rng: Random): A {
  return rng.weighted([[A.SUBMITTED, 25], [A.REVIEWING, 15], [A.INTERVIEW, 12], [A.OFFERED, 6], [A.HIRED, 14], [A.REJECTED, 18], [A.WITHDRAWN, 10]] as const);
}

/** One application with its history; a hire takes an opening (never beyond `openings`) and becomes a placement. */
export function apply(act: Activity, seeker: SeekerRow, posting: PostingRow, outcome: A): ApplicationRow {
  const rng = act.rng;
  let path = pathTo(rng, outcome);
  if (path.includes(A.HIRED) && (posting.hiredCount >= posting.openings || act.placed.has(seeker.id))) path = path.slice(0, -1);
  const gaps = path.slice(1).map(() => rng.int(1, 4) * DAY + rng.int(0, 8) * 3_600_000);
  const earliest = Math.max(Date.parse(posting.publishedAt ?? posting.createdAt), Date.parse(seeker.createdAt));
  const latest = act.today.getTime() - DAY;
  // a recent posting has had no time for a long history: keep the part of the path that fits
  while (path.length > 1 && earliest + gaps.slice(0, path.length - 1).reduce((a, b) => a + b, 0) > latest) path = path.slice(0, -1);
  let at = earliest + rng.next() * Math.max(0, latest - earliest - gaps.slice(0, path.length - 1).reduce((a, b) => a + b, 0));
  const status = path[path.length - 1];
  const employer = act.employerUser.get(posting.organizationId) ?? null;
  const seekerUser = act.seekerUser.get(seeker.id) ?? null;
  const app: ApplicationRow = {
    id: rng.uuid(), seekerId: seeker.id, postingId: posting.id, note: rng.pick(NOTES),
    accommodations: seeker.category && rng.chance(0.5) ? rng.sample(ACCOMMODATIONS[seeker.category], 1) : [],
    accommodationNote: '', status, rejectionReason: null, createdAt: new Date(at).toISOString(), updatedAt: '',
  };
  if (app.accommodations.includes(I.SIGN_LANGUAGE_INTERPRETER)) app.accommodationNote = '面试时请安排手语翻译，或用文字沟通。';
  act.changes.push({ applicationId: app.id, fromStatus: null, toStatus: A.SUBMITTED, reason: null, actorUserId: seekerUser, createdAt: app.createdAt });
  for (let i = 1; i < path.length; i++) {
    at += gaps[i - 1];
    const [from, to] = [path[i - 1], path[i]];
    const bySeeker = to === A.WITHDRAWN;
    if (!canMove(bySeeker ? 'SEEKER' : 'EMPLOYER', from, to)) throw new Error(`demo data: illegal move ${from} → ${to}`);
    const reason = to === A.REJECTED ? rng.pick(REJECTIONS) : to === A.WITHDRAWN ? rng.pick(WITHDRAWALS) : null;
    if (to === A.REJECTED) app.rejectionReason = reason;
    act.changes.push({ applicationId: app.id, fromStatus: from, toStatus: to, reason, actorUserId: bySeeker ? seekerUser : employer, createdAt: new Date(at).toISOString() });
  }
  app.updatedAt = new Date(at).toISOString();
  act.applications.push(app);
  if (status === A.HIRED) hire(act, seeker, posting, app, at, employer);
  return app;
}

function hire(act: Activity, seeker: SeekerRow, posting: PostingRow, app: ApplicationRow, at: number, employer: string | null) {
  const org = act.organizations.get(posting.organizationId)!;
  const startDate = isoDate(new Date(at + act.rng.int(1, 14) * DAY));
  posting.hiredCount += 1;
  // as hiring through the product does: the last opening taken closes the posting
  if (posting.hiredCount >= posting.openings && posting.status === PostingStatus.PUBLISHED) {
    posting.status = PostingStatus.CLOSED;
    posting.closedAt = app.updatedAt;
  }
  act.placed.add(seeker.id);
  seeker.employmentStatus = EmploymentStatus.EMPLOYED;
  act.placements.push({
    id: act.rng.uuid(), seekerId: seeker.id, organizationId: org.id, postingId: posting.id, applicationId: app.id,
    employmentForm: posting.employmentForm, startDate, endDate: null, countyCode: seeker.countyCode, source: PlacementSource.PLATFORM,
    actionLine: deriveActionLine({
      organizationType: org.type, employmentForm: posting.employmentForm, category: seeker.category,
      residence: seeker.residence, graduateYear: seeker.graduateYear, startYear: Number(startDate.slice(0, 4)),
      employerIsMassageClinic: isDemoClinic(org), holdsMassageQualification: isDemoQualified(seeker), massageRole: isMassageRole(posting.skills),
    }),
    note: '', recordedBy: employer, createdAt: app.updatedAt, massageRole: isMassageRole(posting.skills),
  });
}

/** Random applications, mostly to postings that list the seeker's category as suitable. */
export function randomApplications(act: Activity, seekers: readonly SeekerRow[], postings: readonly PostingRow[], count: number) {
  const open = postings.filter((p) => p.status === PostingStatus.PUBLISHED);
  const taken = new Set(act.applications.map((a) => `${a.seekerId}/${a.postingId}`));
  for (let n = 0, tries = 0; n < count && tries < count * 20; tries++) {
    const seeker = act.rng.pick(seekers);
    const suitable = open.filter((p) => seeker.category && p.suitableCategories.includes(seeker.category));
    const posting = act.rng.pick(suitable.length && act.rng.chance(0.85) ? suitable : open);
    if (taken.has(`${seeker.id}/${posting.id}`)) continue;
    taken.add(`${seeker.id}/${posting.id}`);
    apply(act, seeker, posting, pickOutcome(act.rng));
    n++;
  }
}

interface LineRecipe { line: ActionLine; weight: number; orgTypes: readonly T[]; form: F; title: string; fits(s: SeekerRow): boolean }
const NOT_GRADUATE = (s: SeekerRow) => s.graduateYear === null;
const RECIPES: readonly LineRecipe[] = [
  { line: ActionLine.PRIVATE, weight: 22, orgTypes: [T.PRIVATE, T.PLATFORM], form: F.FULL_TIME, title: '电商客服', fits: (s) => NOT_GRADUATE(s) && s.residence === Residence.URBAN },
  { line: ActionLine.RURAL, weight: 20, orgTypes: [T.PRIVATE, T.PLATFORM], form: F.FLEXIBLE, title: '采茶工', fits: (s) => NOT_GRADUATE(s) && s.residence === Residence.RURAL },
  { line: ActionLine.HARD_TO_EMPLOY, weight: 16, orgTypes: [T.GOVERNMENT_AGENCY, T.PUBLIC_INSTITUTION], form: F.PUBLIC_WELFARE, title: '护林员', fits: NOT_GRADUATE },
  { line: ActionLine.DISABILITY_ORG, weight: 10, orgTypes: [T.SOCIAL_ORG, T.AUXILIARY_INSTITUTION], form: F.HOME_BASED, title: '手工编织', fits: NOT_GRADUATE },
  { line: ActionLine.PUBLIC_SECTOR, weight: 8, orgTypes: [T.GOVERNMENT_AGENCY, T.PUBLIC_INSTITUTION], form: F.FULL_TIME, title: '档案整理员', fits: NOT_GRADUATE },
  { line: ActionLine.STATE_OWNED, weight: 8, orgTypes: [T.STATE_OWNED], form: F.FULL_TIME, title: '便民服务亭营业员', fits: NOT_GRADUATE },
  { line: ActionLine.BLIND_MASSAGE, weight: 9, orgTypes: [T.PRIVATE, T.SOCIAL_ORG], form: F.FULL_TIME, title: '盲人保健按摩师', fits: (s) => NOT_GRADUATE(s) && s.category === C.VISUAL },
  { line: ActionLine.GRADUATE, weight: 7, orgTypes: [T.PRIVATE, T.PUBLIC_INSTITUTION, T.STATE_OWNED], form: F.FULL_TIME, title: '行政文员', fits: (s) => s.graduateYear !== null && s.graduateYear <= 2024 },
];

/**
 * Placements federation staff recorded from outside the platform, 2022-01-01 .. 2024-12-31 (the action plan's years).
 * The line is derived with the same rule as the service; the recipe only picks facts that lead to it.
 */
export function externalPlacements(act: Activity, seekers: readonly SeekerRow[], count: number) {
  const rng = act.rng;
  const orgs = [...act.organizations.values()];
  for (let i = 0; i < count; i++) {
    // the first round covers every line once, then lines follow their weights
    const recipe = i < RECIPES.length ? RECIPES[i] : rng.weighted(RECIPES.map((r) => [r, r.weight] as const));
    const candidates = seekers.filter((s) => !act.placed.has(s.id) && recipe.fits(s));
    const seeker = candidates.length ? rng.pick(candidates) : null;
    const massage = recipe.line === ActionLine.BLIND_MASSAGE;
    const orgChoices = orgs.filter((o) => recipe.orgTypes.includes(o.type) && (!massage || o.jobs.includes('MASSAGE')));
    if (!seeker || !orgChoices.length) continue;
    const org = rng.pick(orgChoices);
    let start: Date;
    if (recipe.line === ActionLine.GRADUATE) {
      const year = rng.int(Math.max(2022, seeker.graduateYear!), Math.min(2024, seeker.graduateYear! + 2));
      start = new Date(Date.UTC(year, rng.int(6, 11), rng.int(1, 28)));
    } else {
      start = new Date(Date.UTC(2022, 0, 1) + rng.int(0, 1095) * DAY);
    }
    const startDate = isoDate(start);
    const ended = rng.chance(0.3);
    const end = ended ? new Date(Math.min(start.getTime() + rng.int(120, 700) * DAY, act.today.getTime() - DAY)) : null;
    act.placed.add(seeker.id);
    if (!ended) seeker.employmentStatus = EmploymentStatus.EMPLOYED;
    act.placements.push({
      id: rng.uuid(), seekerId: seeker.id, organizationId: org.id, postingId: null, applicationId: null, employmentForm: recipe.form,
      startDate, endDate: end ? isoDate(end) : null, countyCode: seeker.countyCode, source: PlacementSource.EXTERNAL,
      actionLine: deriveActionLine({
        organizationType: org.type, employmentForm: recipe.form, category: seeker.category,
        residence: seeker.residence, graduateYear: seeker.graduateYear, startYear: start.getUTCFullYear(),
        // staff recording a massage hire say it is massage work (there is no posting to ask)
        employerIsMassageClinic: isDemoClinic(org), holdsMassageQualification: isDemoQualified(seeker), massageRole: massage,
      }),
      note: `线下登记：${recipe.title}`, recordedBy: act.staffFor(seeker.countyCode), massageRole: massage,
      // staff back-fill a placement once the person is in the registry, so the record is never older than the profile
      createdAt: new Date(Math.max(start.getTime() + rng.int(1, 30) * DAY + 3 * 3_600_000, Date.parse(seeker.createdAt) + 3_600_000)).toISOString(),
    });
  }
}
