// Demo recruitment events on top of the demo marketplace: past fairs of every kind with attendance and
// outcomes, upcoming published ones of every kind with booths and registrations (one full, with a waiting list),
// a cancelled one and a draft. Built from the rows already inserted, inside the demo transaction.
//
// planDemoEvents is pure: it replays what the server would have done (registrations in the order they came,
// seats then a waiting list, cancellations that promote the next in line, check-ins during the fair, then
// applications attendees made at the booths during the fair, with their histories and hires) and returns the
// rows; loadDemoEvents reads the facts it needs and writes them. Invariants the server relies on hold by
// construction and are checked by the spec.
import type { EntityManager } from 'typeorm';
import { canMove } from '../../applications/application-transitions.js';
import {
  ApplicationStatus as A, type DisabilityCategory, type EmploymentForm, type OrganizationType, type Residence,
} from '../../common/domain.js';
import { checkEligibility } from '../../events/eligibility.js';
import { EventKind, EventService } from '../../events/event-vocab.js';
import { deriveActionLine, isMassageRole } from '../../placements/action-line.js';
import { queryRows } from '../sql.js';
import { isoDate } from './generator.js';
import { Random } from './random.js';
import { insertRows, placementTable, statusChangeTable, type PlacementRow, type StatusChangeRow, type TableSpec } from './rows.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;
const TICKET_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

type Kind = 'TARGETED' | 'GRADUATE' | 'GENERAL';
type Mode = 'ONSITE' | 'ONLINE' | 'HYBRID';
export type DemoEventStatus = 'DRAFT' | 'PUBLISHED' | 'CANCELLED' | 'FINISHED';
export type DemoRegistrationStatus = 'REGISTERED' | 'WAITLISTED' | 'CANCELLED';

interface DemoEvent {
  kind: Kind; mode: Mode; title: string; organizer: string; county: string | null; dayOffset: number; hours?: number;
  capacity: number; booths: number; fill: number; status: DemoEventStatus;
  graduationYears?: number[]; categories?: string[]; targetCounties?: string[]; orgTypes?: string[];
  venue: string; address: string; services: Array<[EventService, number]>;
  /** share of registrants who cancel before the fair (default 0.08) */
  cancelRate?: number;
  /**
   * Everyone eligible signs up and there are fewer seats (at most `capacity`) than people who stay: a waiting
   * list at the end, and cancellations (all after the last sign-up) that moved it up.
   */
  oversubscribed?: boolean;
  /** CANCELLED events: when staff cancelled (days before today) and why */
  cancelledDaysAgo?: number; cancelReason?: string;
}

/** Titles say {Y} for the year the event takes place; graduationYears are relative to it (0 = that year). */
function events(): DemoEvent[] {
  const S = EventService;
  return [
    { kind: 'GENERAL', mode: 'ONSITE', title: '{Y}年“就业援助月”残疾人专场招聘会', organizer: '信阳市残疾人联合会', county: null, dayOffset: -300, capacity: 300, booths: 30, fill: 0.8, status: 'FINISHED', venue: '信阳市人力资源市场', address: '浉河区新七大道', services: [[S.SIGN_LANGUAGE_INTERPRETER, 4], [S.GUIDE, 10]] },
    { kind: 'GRADUATE', mode: 'HYBRID', title: '{Y}年信阳市残疾人高校毕业生双选会（春季）', organizer: '信阳市残疾人联合会', county: null, dayOffset: -200, capacity: 120, booths: 20, fill: 0.7, graduationYears: [0, -1], status: 'FINISHED', venue: '信阳师范大学体育馆', address: '浉河区南京路237号', services: [[S.SIGN_LANGUAGE_INTERPRETER, 2], [S.REAL_TIME_CAPTIONS, 1], [S.BRAILLE_MATERIALS, 20]] },
    { kind: 'TARGETED', mode: 'ONSITE', title: '罗山县盲人按摩专场招聘会', organizer: '罗山县残疾人联合会', county: '411521', dayOffset: -60, hours: 4, capacity: 80, booths: 8, fill: 0.9, categories: ['VISUAL'], status: 'FINISHED', venue: '罗山县残疾人综合服务中心', address: '罗山县城关镇宝城路', services: [[S.GUIDE, 6], [S.BRAILLE_MATERIALS, 30], [S.ACCESSIBLE_TRANSPORT, 2]] },
    { kind: 'TARGETED', mode: 'ONSITE', title: '国有企业残疾人定向招聘会', organizer: '信阳市国资委、信阳市残联', county: null, dayOffset: 9, capacity: 200, booths: 15, fill: 0.6, orgTypes: ['STATE_OWNED'], status: 'PUBLISHED', venue: '信阳国际会展中心', address: '羊山新区新五大道', services: [[S.SIGN_LANGUAGE_INTERPRETER, 3], [S.GUIDE, 8], [S.LARGE_PRINT_MATERIALS, 50]] },
    { kind: 'GRADUATE', mode: 'HYBRID', title: '{Y}年残疾人高校毕业生冬季双选会', organizer: '信阳市残疾人联合会', county: null, dayOffset: 21, capacity: 12, booths: 12, fill: 1, oversubscribed: true, graduationYears: [0, -1], status: 'PUBLISHED', cancelRate: 0.2, venue: '信阳职业技术学院', address: '平桥区新二十四大街', services: [[S.SIGN_LANGUAGE_INTERPRETER, 2], [S.REAL_TIME_CAPTIONS, 1]] },
    { kind: 'TARGETED', mode: 'ONLINE', title: '平台经济灵活就业线上专场（电商客服、数据标注）', organizer: '平桥区残疾人联合会', county: '411503', dayOffset: 5, hours: 8, capacity: 500, booths: 10, fill: 0.3, orgTypes: ['PLATFORM', 'PRIVATE'], status: 'PUBLISHED', venue: '', address: '', services: [[S.REAL_TIME_CAPTIONS, 1]] },
    { kind: 'GENERAL', mode: 'HYBRID', title: '{Y}年信阳市残疾人就业专场招聘大会', organizer: '信阳市残疾人联合会、信阳市人力资源和社会保障局', county: null, dayOffset: 14, capacity: 200, booths: 25, fill: 0.55, status: 'PUBLISHED', venue: '信阳市人力资源市场', address: '浉河区新七大道', services: [[S.SIGN_LANGUAGE_INTERPRETER, 3], [S.REAL_TIME_CAPTIONS, 1], [S.GUIDE, 8], [S.LARGE_PRINT_MATERIALS, 40], [S.ACCESSIBLE_TRANSPORT, 3]] },
    { kind: 'TARGETED', mode: 'ONSITE', title: '商城县、新县山区残疾人就近就业专场', organizer: '商城县残疾人联合会', county: '411524', dayOffset: 6, hours: 4, capacity: 60, booths: 8, fill: 0.7, targetCounties: ['411523', '411524'], status: 'CANCELLED', cancelledDaysAgo: 2, cancelReason: '原定场馆临时改作他用，新场地无障碍通道尚未完工，为保障大家出行安全，本场招聘会取消，改期后另行通知。', venue: '商城县全民健身中心', address: '商城县赤城街道', services: [[S.GUIDE, 4], [S.ACCESSIBLE_TRANSPORT, 2]] },
    { kind: 'GENERAL', mode: 'ONSITE', title: '息县“助残日”残疾人就业服务活动', organizer: '息县残疾人联合会', county: '411528', dayOffset: 40, capacity: 100, booths: 10, fill: 0, status: 'DRAFT', venue: '息县人民广场', address: '息县谯楼街道', services: [[S.GUIDE, 4]] },
  ];
}

// ---- facts read from the demo rows -------------------------------------------------------------------------

export interface SeekerFacts {
  id: string; userId: string | null; category: string | null; graduateYear: number | null; countyCode: string; residence: string;
  createdAt: Date;
  /** works somewhere (a placement without an end): not hired a second time */
  activePlacement: boolean;
  /** when the last placement that ended did; someone is hired at a fair only after it */
  lastPlacementEnd: Date | null;
  /** holds a massage qualification on record */
  massageQualified: boolean;
}
export interface OrganizationFacts {
  id: string; type: string; countyCode: string; createdAt: Date;
  /** registered as a blind-massage clinic (the blind-massage line is counted from it) */
  clinic: boolean;
}
export interface PostingFacts {
  id: string; organizationId: string; title: string; employmentForm: string; openings: number; hiredCount: number;
  suitableCategories: string[]; publishedAt: Date | null; closedAt: Date | null; skills: string[];
}
export interface StaffFacts { id: string; scopeCountyCode: string | null }
export interface DemoEventFacts {
  seekers: readonly SeekerFacts[]; organizations: readonly OrganizationFacts[]; postings: readonly PostingFacts[]; staff: readonly StaffFacts[];
  /** applications already there (one per seeker and posting) */
  applications: ReadonlyArray<{ seekerId: string; postingId: string }>;
  /** employer accounts, who move applications at their organization */
  members: ReadonlyArray<{ organizationId: string; userId: string }>;
}

// ---- rows ------------------------------------------------------------------------------------------------------

export interface EventRow {
  id: string; kind: Kind; mode: Mode; title: string; description: string; organizer: string; countyCode: string | null;
  startsAt: Date; endsAt: Date; registrationOpensAt: Date; registrationClosesAt: Date; venueName: string; address: string; onlineUrl: string;
  stepFree: boolean; accessibilityNote: string; graduationYears: number[]; targetCategories: string[]; targetCounties: string[];
  targetOrganizationTypes: string[]; seekerCapacity: number; registeredCount: number; arrivals: number; lastSeated: boolean;
  boothLimit: number; boothCount: number; status: DemoEventStatus; cancelReason: string | null; createdBy: string | null;
  createdAt: Date; updatedAt: Date;
}
export interface OfferRow { eventId: string; service: EventService; quantity: number }
export interface BoothRow {
  id: string; eventId: string; organizationId: string; status: 'INVITED' | 'APPLIED' | 'APPROVED' | 'DECLINED'; postingIds: string[];
  note: string; declineReason: string | null; decidedBy: string | null; decidedAt: Date | null; createdAt: Date; updatedAt: Date;
}
export interface RegistrationRow {
  id: string; eventId: string; seekerId: string; status: DemoRegistrationStatus; arrival: number; ticketCode: string;
  checkedInAt: Date | null; checkedInBy: string | null; remindedAt: Date | null; promotedAt: Date | null; cancelledAt: Date | null;
  createdAt: Date; updatedAt: Date;
}
export interface ServiceRequestRow { registrationId: string; service: EventService; notes: string; createdAt: Date }
export interface FairApplicationRow {
  id: string; seekerId: string; postingId: string; eventId: string; note: string; status: A; rejectionReason: string | null;
  createdAt: Date; updatedAt: Date;
}
export interface DemoEventPlan {
  events: EventRow[]; offers: OfferRow[]; booths: BoothRow[]; registrations: RegistrationRow[]; serviceRequests: ServiceRequestRow[];
  /** applications made at finished fairs, their histories, and the hires among them */
  applications: FairApplicationRow[]; changes: StatusChangeRow[]; placements: PlacementRow[];
  /** postings that hired at a fair: how many more hired (added to hired_count) */
  hires: Map<string, number>;
}

// ---- the waiting list, replayed ------------------------------------------------------------------------------

export interface Sign { at: Date; cancelAt: Date | null }
export interface Seat { arrival: number; status: DemoRegistrationStatus; promotedAt: Date | null; cancelledAt: Date | null; seated: boolean }

/**
 * What the server does with these sign-ups and cancellations, in time order: a seat while there is one, else the
 * waiting list; a registered person who cancels frees a seat that goes to the first on the list at once.
 * `signs` must be sorted by `at`; arrival numbers follow that order. `seated` says whether the sign-up got a seat
 * when it came (the event's last_seated for the last one).
 */
export function replayRegistrations(capacity: number, signs: readonly Sign[]): Seat[] {
  const seats: Seat[] = signs.map((_, i) => ({ arrival: i + 1, status: 'WAITLISTED', promotedAt: null, cancelledAt: null, seated: false }));
  const steps = signs.flatMap((s, i) => [
    { t: s.at.getTime(), cancel: false, i },
    ...(s.cancelAt ? [{ t: s.cancelAt.getTime(), cancel: true, i }] : []),
  ]).sort((a, b) => a.t - b.t || Number(a.cancel) - Number(b.cancel) || a.i - b.i);
  const waiting: Seat[] = []; // in arrival order
  let seated = 0;
  for (const step of steps) {
    const seat = seats[step.i];
    if (!step.cancel) {
      seat.seated = seated < capacity;
      if (seat.seated) {
        seat.status = 'REGISTERED';
        seated++;
      } else {
        waiting.push(seat);
      }
      continue;
    }
    const was = seat.status;
    seat.status = 'CANCELLED';
    seat.cancelledAt = new Date(step.t);
    if (was === 'WAITLISTED') waiting.splice(waiting.indexOf(seat), 1);
    if (was !== 'REGISTERED') continue;
    seated--;
    // promoteWaitlist: free seats go to the waiting list in arrival order, at once
    while (seated < capacity && waiting.length) {
      const next = waiting.shift()!;
      next.status = 'REGISTERED';
      next.promotedAt = new Date(step.t);
      seated++;
    }
  }
  return seats;
}

// ---- the plan --------------------------------------------------------------------------------------------------

const DECLINE_OFF_TARGET = '本场为定向招聘会，贵单位类型不在本场邀请范围内，欢迎参加综合类招聘会。';
const DECLINE_INCOMPLETE = '所附岗位未写明工作地点和无障碍条件，请补充后重新申请。';
const BOOTH_NOTES = ['可现场面试，岗位支持居家办公。', '将安排懂手语的同事在展位接待。', '', '', '提供岗前培训和食宿。'];
const SERVICE_NOTES = ['请安排在入口处等候', '', '需要一名手语翻译陪同面试', '从平桥区出发，需要接送', ''];
const APPLICATION_NOTES = ['在招聘会现场投递，已与招聘负责人当面交流。', '招聘会展位上投递的简历。', '现场面谈后投递，希望尽快安排面试。', ''];
const REJECTIONS = ['岗位已招满', '工作时间无法匹配', '经面试双方未达成一致', '暂不符合岗位技能要求'];
const WITHDRAWALS = ['已找到其他工作', '家庭原因暂不外出工作', '工作地点太远'];
/** At most this many applications per posting from one fair. */
const PER_POSTING = 12;

/** A legal path through the life cycle to `outcome` (checked against the service's rules when used). */
function pathTo(rng: Random, outcome: A): A[] {
  switch (outcome) {
    case A.SUBMITTED: return [A.SUBMITTED];
    case A.REVIEWING: return [A.SUBMITTED, A.REVIEWING];
    // a fair is where people meet: most interviews are arranged at once
    case A.INTERVIEW: return rng.chance(0.3) ? [A.SUBMITTED, A.REVIEWING, A.INTERVIEW] : [A.SUBMITTED, A.INTERVIEW];
    case A.OFFERED: return [...pathTo(rng, A.INTERVIEW), A.OFFERED];
    case A.HIRED: return [...pathTo(rng, A.OFFERED), A.HIRED];
    default: return [...pathTo(rng, rng.pick([A.SUBMITTED, A.REVIEWING, A.INTERVIEW, A.OFFERED])), outcome];
  }
}

/** 09:00 China time (01:00 UTC) on the day `dayOffset` days from `now`. */
function startOf(now: Date, dayOffset: number): Date {
  return new Date(Math.floor((now.getTime() + dayOffset * DAY) / DAY) * DAY + 1 * HOUR);
}

export function planDemoEvents(now: Date, seed: number, facts: DemoEventFacts): DemoEventPlan {
  const rng = new Random(seed, 'events');
  const plan: DemoEventPlan = {
    events: [], offers: [], booths: [], registrations: [], serviceRequests: [], applications: [], changes: [], placements: [], hires: new Map(),
  };
  const tickets = new Set<string>();
  const ticket = () => {
    for (;;) {
      let s = '';
      for (let i = 0; i < 10; i++) s += TICKET_ALPHABET[rng.int(0, TICKET_ALPHABET.length - 1)];
      if (!tickets.has(s)) return tickets.add(s), s;
    }
  };
  const shuffled = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  const between = (lo: number, hi: number, skew = 1) => new Date(Math.round(lo + (hi - lo) * rng.next() ** skew));
  const cityStaff = facts.staff.find((s) => s.scopeCountyCode === null) ?? facts.staff[0];
  const applied = new Set(facts.applications.map((a) => `${a.seekerId}/${a.postingId}`));
  const hired = new Set(facts.seekers.filter((x) => x.activePlacement).map((x) => x.id));
  const postingsOf = new Map<string, PostingFacts[]>();
  for (const p of facts.postings) postingsOf.set(p.organizationId, [...(postingsOf.get(p.organizationId) ?? []), p]);

  for (const def of events()) {
    const start = startOf(now, def.dayOffset);
    const end = new Date(start.getTime() + (def.hours ?? 6) * HOUR);
    const y = start.getUTCFullYear();
    const opens = new Date(start.getTime() - 30 * DAY);
    const closes = new Date(start.getTime() - HOUR);
    const staff = facts.staff.find((s) => def.county && s.scopeCountyCode === def.county) ?? cityStaff;
    const cancelledAt = def.status === 'CANCELLED'
      ? new Date(Math.min(now.getTime() - (def.cancelledDaysAgo ?? 1) * DAY, start.getTime() - DAY) + rng.int(1, 8) * HOUR) : null;
    const createdAt = def.status === 'DRAFT'
      ? new Date(now.getTime() - 3 * DAY)
      : new Date(Math.min(opens.getTime() - 5 * DAY, now.getTime() - 20 * DAY) + rng.int(0, 8) * HOUR);
    const ev: EventRow = {
      id: rng.uuid(), kind: def.kind, mode: def.mode, title: def.title.replace('{Y}', String(y)),
      description: `${def.organizer}主办。现场设无障碍通道和休息区，可预约手语翻译、引导和接送。`, organizer: def.organizer,
      countyCode: def.county, startsAt: start, endsAt: end, registrationOpensAt: opens, registrationClosesAt: closes,
      venueName: def.venue, address: def.address, onlineUrl: def.mode === 'ONSITE' ? '' : 'https://meeting.example.cn/zhuyetong',
      stepFree: def.mode !== 'ONLINE', accessibilityNote: '入口在东侧，有坡道；安静休息室在二楼，有电梯。',
      graduationYears: def.graduationYears?.map((g) => y + g) ?? [], targetCategories: def.categories ?? [],
      targetCounties: def.targetCounties ?? [], targetOrganizationTypes: def.orgTypes ?? [], seekerCapacity: def.capacity,
      registeredCount: 0, arrivals: 0, lastSeated: false, boothLimit: def.booths, boothCount: 0, status: def.status,
      cancelReason: def.cancelReason ?? null, createdBy: staff?.id ?? null, createdAt,
      updatedAt: def.status === 'FINISHED' ? new Date(end.getTime() + 40 * MINUTE) : cancelledAt ?? (def.status === 'DRAFT' ? createdAt : opens),
    };
    plan.events.push(ev);
    for (const [service, quantity] of def.services) plan.offers.push({ eventId: ev.id, service, quantity });
    if (def.status === 'DRAFT') continue;

    // everything that happened before the fair happened before today (and before a cancellation)
    const before = Math.min(closes.getTime(), now.getTime() - 10 * MINUTE, cancelledAt?.getTime() ?? Infinity);
    planBooths(def, ev, before, staff?.id ?? null);
    planRegistrations(def, ev, before, staff?.id ?? null);
    if (def.status === 'FINISHED') planApplications(ev);
  }
  return plan;

  function planBooths(def: DemoEvent, ev: EventRow, before: number, staffId: string | null) {
    const from = ev.createdAt.getTime() + DAY;
    const until = Math.min(before, ev.startsAt.getTime() - 2 * DAY);
    // postings published by then and still open on the day; for a category fair, postings that suit it
    const openPostings = (orgId: string, by: number) => (postingsOf.get(orgId) ?? []).filter((p) => p.publishedAt && p.publishedAt.getTime() <= by
      && (!p.closedAt || p.closedAt.getTime() > Math.min(ev.startsAt.getTime(), now.getTime()))
      && (!def.categories || p.suitableCategories.some((c) => def.categories!.includes(c))));
    const byCounty = (a: OrganizationFacts, b: OrganizationFacts) => Number(b.countyCode === def.county) - Number(a.countyCode === def.county);
    const ofType = facts.organizations.filter((o) => (!def.orgTypes || def.orgTypes.includes(o.type)) && o.createdAt.getTime() < from);
    const fits = ofType.filter((o) => openPostings(o.id, until - HOUR).length);
    // organizations of the organizer's county first, then others; when few had postings on the platform then,
    // employers came with their jobs on paper (a booth without postings)
    const ordered = shuffled(fits).sort(byCounty);
    const target = Math.min(def.booths, Math.ceil(def.booths * 0.7));
    const paper = shuffled(ofType.filter((o) => !fits.includes(o))).slice(0, Math.max(0, Math.ceil(target / 2) - ordered.length));
    const approved = [...ordered.slice(0, target), ...paper];
    const booth = (o: OrganizationFacts, status: BoothRow['status'], lo: number, hi: number): BoothRow => {
      const own = openPostings(o.id, hi - HOUR);
      const firstPublished = own.length ? Math.min(...own.map((p) => p.publishedAt!.getTime())) : lo;
      const created = between(Math.max(lo, firstPublished, o.createdAt.getTime() + HOUR), hi - HOUR);
      const postings = own.filter((p) => p.publishedAt!.getTime() <= created.getTime()).slice(0, 3).map((p) => p.id);
      const decided = status === 'APPROVED' || status === 'DECLINED'
        ? new Date(Math.min(created.getTime() + rng.int(2, 48) * HOUR, hi)) : null;
      return {
        id: rng.uuid(), eventId: ev.id, organizationId: o.id, status, postingIds: status === 'INVITED' ? [] : postings,
        note: status === 'INVITED' ? '' : rng.pick(BOOTH_NOTES), declineReason: null, decidedBy: decided ? staffId : null,
        decidedAt: decided, createdAt: created, updatedAt: decided ?? created,
      };
    };
    for (const o of approved) plan.booths.push(booth(o, 'APPROVED', from, until));
    ev.boothCount = approved.length;
    const rest = ordered.slice(target);
    if (def.status === 'PUBLISHED') {
      // applications waiting for a decision, an invitation not yet answered, one declined
      for (const o of rest.slice(0, 2)) plan.booths.push(booth(o, 'APPLIED', Math.max(from, until - 4 * DAY), until));
      for (const o of rest.slice(2, 3)) plan.booths.push(booth(o, 'INVITED', from, until));
      const offTarget = def.orgTypes
        ? facts.organizations.find((o) => !def.orgTypes!.includes(o.type) && o.createdAt.getTime() < from && openPostings(o.id, until - HOUR).length)
        : rest[3];
      if (offTarget) {
        const b = booth(offTarget, 'DECLINED', from, until);
        plan.booths.push({ ...b, declineReason: def.orgTypes ? DECLINE_OFF_TARGET : DECLINE_INCOMPLETE });
      }
    }
  }

  function planRegistrations(def: DemoEvent, ev: EventRow, before: number, staffId: string | null) {
    const rules = {
      kind: def.kind as EventKind, graduationYears: ev.graduationYears,
      targetCategories: ev.targetCategories as DisabilityCategory[], targetCounties: ev.targetCounties,
    };
    const opens = ev.registrationOpensAt.getTime();
    // a profile exists before its owner registers; demo accounts first, then a random share of everyone eligible
    const eligible = facts.seekers.filter((s) => checkEligibility(rules, {
      graduateYear: s.graduateYear, category: s.category as DisabilityCategory | null, countyCode: s.countyCode,
    }).length === 0 && Math.max(opens, s.createdAt.getTime() + HOUR) < before - HOUR);
    const wanted = def.oversubscribed ? eligible.length : Math.round(def.capacity * def.fill);
    const named = eligible.filter((s) => s.userId);
    const chosen = [...named, ...rng.sample(eligible.filter((s) => !s.userId), Math.max(0, wanted - named.length))].slice(0, wanted);
    // most sign up soon after registration opens
    const signs: Array<Sign & { seeker: SeekerFacts }> = chosen
      .map((s) => ({ seeker: s, at: between(Math.max(opens, s.createdAt.getTime() + HOUR), before - HOUR, 1.4), cancelAt: null }))
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    const lastSign = signs.length ? signs[signs.length - 1].at.getTime() : 0;
    for (const s of signs) {
      const from = (def.oversubscribed ? lastSign : s.at.getTime()) + 30 * MINUTE;
      if (rng.chance(def.cancelRate ?? 0.08) && from < before) s.cancelAt = between(from, before);
    }
    if (def.oversubscribed && signs.length && lastSign + 30 * MINUTE < before) {
      // the first to sign up (who had a seat) is among those who cancel, so someone moved up
      signs[0].cancelAt ??= between(lastSign + 30 * MINUTE, before);
      ev.seekerCapacity = Math.max(1, Math.min(def.capacity, signs.filter((s) => !s.cancelAt).length - 2));
    }
    const seats = replayRegistrations(ev.seekerCapacity, signs);
    const start = ev.startsAt.getTime();
    const hours = ev.endsAt.getTime() - start;
    const reminder = start - 16 * HOUR; // the day-before reminder, 17:00 China time
    const rows = signs.map((s, i): RegistrationRow => {
      const seat = seats[i];
      // most arrive in the first half of the fair
      const checkedIn = def.status === 'FINISHED' && seat.status === 'REGISTERED' && rng.chance(0.8)
        ? new Date(start + Math.min(hours - MINUTE, Math.round(hours * rng.next() ** 2))) : null;
      const seatedAt = (seat.promotedAt ?? s.at).getTime();
      const remindedAt = def.status === 'FINISHED' && seat.status === 'REGISTERED' && seatedAt < reminder ? new Date(reminder + i * 50) : null;
      const times = [s.at, seat.promotedAt, seat.cancelledAt, checkedIn, remindedAt].filter((t): t is Date => t !== null);
      return {
        id: rng.uuid(), eventId: ev.id, seekerId: s.seeker.id, status: seat.status, arrival: seat.arrival, ticketCode: ticket(),
        checkedInAt: checkedIn, checkedInBy: checkedIn ? staffId : null, remindedAt, promotedAt: seat.promotedAt,
        cancelledAt: seat.cancelledAt, createdAt: s.at, updatedAt: new Date(Math.max(...times.map((t) => t.getTime()))),
      };
    });
    // a finished fair that had people registered had someone there
    const registered = rows.filter((r) => r.status === 'REGISTERED');
    if (def.status === 'FINISHED' && registered.length && !registered.some((r) => r.checkedInAt)) {
      const r = registered[0];
      r.checkedInAt = new Date(start + 20 * MINUTE);
      r.checkedInBy = staffId;
      r.updatedAt = new Date(Math.max(r.updatedAt.getTime(), r.checkedInAt.getTime()));
    }
    for (const r of rows) {
      if (rng.chance(0.15)) plan.serviceRequests.push({ registrationId: r.id, service: rng.pick(def.services)[0], notes: rng.pick(SERVICE_NOTES), createdAt: r.createdAt });
    }
    plan.registrations.push(...rows);
    ev.registeredCount = registered.length;
    ev.arrivals = rows.length;
    ev.lastSeated = seats.length > 0 && seats[seats.length - 1].seated;
  }

  /**
   * Attendees apply at the booths during the fair, to postings there that suit them; employers answer over the
   * following days. A hire takes an opening (never beyond openings) and becomes a placement, once per person.
   */
  function planApplications(ev: EventRow) {
    const seekers = new Map(facts.seekers.map((s) => [s.id, s]));
    const postings = new Map(facts.postings.map((p) => [p.id, p]));
    const orgs = new Map(facts.organizations.map((o) => [o.id, o]));
    const employer = new Map(facts.members.map((m) => [m.organizationId, m.userId]));
    const atFair = [...new Set(plan.booths.filter((b) => b.eventId === ev.id && b.status === 'APPROVED').flatMap((b) => b.postingIds))]
      .map((id) => postings.get(id)!);
    if (!atFair.length) return;
    const perPosting = new Map<string, number>();
    const latest = now.getTime() - DAY;
    for (const r of plan.registrations.filter((x) => x.eventId === ev.id && x.checkedInAt)) {
      const seeker = seekers.get(r.seekerId)!;
      const suitable = atFair.filter((p) => seeker.category && p.suitableCategories.includes(seeker.category));
      // people without a job apply more (and are the ones who can be hired)
      const free = !hired.has(seeker.id) && (!seeker.lastPlacementEnd || seeker.lastPlacementEnd < ev.startsAt);
      const count = rng.weighted(free ? [[0, 25], [1, 45], [2, 30]] as const : [[0, 60], [1, 32], [2, 8]] as const);
      for (let n = 0; n < count; n++) {
        const posting = rng.pick(suitable.length && rng.chance(0.85) ? suitable : atFair);
        if (applied.has(`${seeker.id}/${posting.id}`) || (perPosting.get(posting.id) ?? 0) >= PER_POSTING) continue;
        applied.add(`${seeker.id}/${posting.id}`);
        perPosting.set(posting.id, (perPosting.get(posting.id) ?? 0) + 1);
        const outcome = rng.weighted([[A.SUBMITTED, 4], [A.REVIEWING, 8], [A.INTERVIEW, 10], [A.OFFERED, 5], [A.HIRED, free ? 24 : 6], [A.REJECTED, 25], [A.WITHDRAWN, 8]] as const);
        let path = pathTo(rng, outcome);
        const hiredSoFar = posting.hiredCount + (plan.hires.get(posting.id) ?? 0);
        if (path.includes(A.HIRED) && (hiredSoFar >= posting.openings || !free || hired.has(seeker.id))) path = path.slice(0, -1);
        // at the booth, later the same day
        const room = ev.endsAt.getTime() - r.checkedInAt!.getTime() - MINUTE;
        if (room < MINUTE) break;
        let at = r.checkedInAt!.getTime() + Math.min(room, rng.int(10, 120) * MINUTE);
        const gaps = path.slice(1).map(() => rng.int(1, 4) * DAY + rng.int(0, 8) * HOUR);
        // a recent fair has had no time for a long history: keep the part that fits
        while (path.length > 1 && at + gaps.slice(0, path.length - 1).reduce((x, y) => x + y, 0) > latest) path = path.slice(0, -1);
        const status = path[path.length - 1];
        const boss = employer.get(posting.organizationId) ?? null;
        const app: FairApplicationRow = {
          id: rng.uuid(), seekerId: seeker.id, postingId: posting.id, eventId: ev.id, note: rng.pick(APPLICATION_NOTES), status,
          rejectionReason: null, createdAt: new Date(at), updatedAt: new Date(at),
        };
        plan.changes.push({ applicationId: app.id, fromStatus: null, toStatus: A.SUBMITTED, reason: null, actorUserId: seeker.userId, createdAt: app.createdAt.toISOString() });
        for (let i = 1; i < path.length; i++) {
          at += gaps[i - 1];
          const [from, to] = [path[i - 1], path[i]];
          const bySeeker = to === A.WITHDRAWN;
          if (!canMove(bySeeker ? 'SEEKER' : 'EMPLOYER', from, to)) throw new Error(`demo events: illegal move ${from} → ${to}`);
          const reason = to === A.REJECTED ? rng.pick(REJECTIONS) : to === A.WITHDRAWN ? rng.pick(WITHDRAWALS) : null;
          if (to === A.REJECTED) app.rejectionReason = reason;
          plan.changes.push({ applicationId: app.id, fromStatus: from, toStatus: to, reason, actorUserId: bySeeker ? seeker.userId : boss, createdAt: new Date(at).toISOString() });
        }
        app.updatedAt = new Date(at);
        plan.applications.push(app);
        if (status !== A.HIRED) continue;
        hired.add(seeker.id);
        plan.hires.set(posting.id, (plan.hires.get(posting.id) ?? 0) + 1);
        const start = new Date(at + rng.int(1, 14) * DAY);
        const org = orgs.get(posting.organizationId)!;
        plan.placements.push({
          id: rng.uuid(), seekerId: seeker.id, organizationId: org.id, postingId: posting.id, applicationId: app.id,
          employmentForm: posting.employmentForm, startDate: isoDate(start), endDate: null, countyCode: seeker.countyCode, source: 'PLATFORM',
          actionLine: deriveActionLine({
            organizationType: org.type as OrganizationType, employmentForm: posting.employmentForm as EmploymentForm,
            category: seeker.category as DisabilityCategory | null, residence: seeker.residence as Residence, graduateYear: seeker.graduateYear,
            startYear: start.getUTCFullYear(),
            employerIsMassageClinic: org.clinic, holdsMassageQualification: seeker.massageQualified, massageRole: isMassageRole(posting.skills),
          }),
          note: `${ev.title}现场招聘`, recordedBy: boss, createdAt: app.updatedAt.toISOString(), massageRole: isMassageRole(posting.skills),
        });
      }
    }
  }
}

// ---- writing ---------------------------------------------------------------------------------------------------

const iso = (d: Date | null) => d?.toISOString() ?? null;

const eventTable: TableSpec<EventRow> = {
  table: 'recruitment_event',
  columns: ['id', 'kind', 'mode', 'title', 'description', 'organizer', 'county_code', 'starts_at', 'ends_at', 'registration_opens_at',
    'registration_closes_at', 'venue_name', 'address', 'online_url', 'step_free_route', 'accessible_toilets', 'tactile_paving', 'quiet_room',
    'accessible_parking', 'seating', 'accessibility_note', 'graduation_years', 'target_categories', 'target_counties',
    'target_organization_types', 'seeker_capacity', 'registered_count', 'arrivals', 'last_seated', 'booth_limit', 'booth_count', 'status',
    'cancel_reason', 'created_by', 'created_at', 'updated_at'],
  values: (e) => [e.id, e.kind, e.mode, e.title, e.description, e.organizer, e.countyCode, iso(e.startsAt), iso(e.endsAt),
    iso(e.registrationOpensAt), iso(e.registrationClosesAt), e.venueName, e.address, e.onlineUrl, true, true, e.stepFree, true, true, true,
    e.accessibilityNote, e.graduationYears.map(String), e.targetCategories, e.targetCounties, e.targetOrganizationTypes, e.seekerCapacity,
    e.registeredCount, e.arrivals, e.lastSeated, e.boothLimit, e.boothCount, e.status, e.cancelReason, e.createdBy, iso(e.createdAt), iso(e.updatedAt)],
};
const offerTable: TableSpec<OfferRow> = {
  table: 'event_service_offer', columns: ['event_id', 'service', 'quantity'], values: (o) => [o.eventId, o.service, o.quantity],
};
const boothTable: TableSpec<BoothRow> = {
  table: 'event_booth',
  columns: ['id', 'event_id', 'organization_id', 'status', 'posting_ids', 'note', 'decline_reason', 'decided_by', 'decided_at', 'created_at', 'updated_at'],
  values: (b) => [b.id, b.eventId, b.organizationId, b.status, b.postingIds, b.note, b.declineReason, b.decidedBy, iso(b.decidedAt),
    iso(b.createdAt), iso(b.updatedAt)],
};
const registrationTable: TableSpec<RegistrationRow> = {
  table: 'event_registration',
  columns: ['id', 'event_id', 'seeker_id', 'status', 'arrival', 'ticket_code', 'checked_in_at', 'checked_in_by', 'reminded_at', 'promoted_at',
    'cancelled_at', 'created_at', 'updated_at'],
  values: (r) => [r.id, r.eventId, r.seekerId, r.status, r.arrival, r.ticketCode, iso(r.checkedInAt), r.checkedInBy, iso(r.remindedAt),
    iso(r.promotedAt), iso(r.cancelledAt), iso(r.createdAt), iso(r.updatedAt)],
};
const serviceRequestTable: TableSpec<ServiceRequestRow> = {
  table: 'event_service_request', columns: ['registration_id', 'service', 'notes', 'created_at'],
  values: (s) => [s.registrationId, s.service, s.notes, iso(s.createdAt)],
};

const fairApplicationTable: TableSpec<FairApplicationRow> = {
  table: 'application',
  columns: ['id', 'seeker_id', 'posting_id', 'event_id', 'note', 'status', 'rejection_reason', 'created_at', 'updated_at'],
  values: (a) => [a.id, a.seekerId, a.postingId, a.eventId, a.note, a.status, a.rejectionReason, iso(a.createdAt), iso(a.updatedAt)],
};

export interface DemoEventCounts { events: number; registrations: number; applications: number; hires: number }

export async function loadDemoEvents(m: EntityManager, now: Date, seed: number): Promise<DemoEventCounts> {
  const organizations = await queryRows<OrganizationFacts>(m,
    `SELECT id, type, county_code AS "countyCode", created_at AS "createdAt",
            EXISTS (SELECT 1 FROM massage_clinic c WHERE c.organization_id = o.id) AS clinic
       FROM organization o WHERE verification_status = 'VERIFIED' ORDER BY name, id`);
  const postings = await queryRows<PostingFacts>(m,
    `SELECT id, organization_id AS "organizationId", title, employment_form AS "employmentForm", openings, hired_count AS "hiredCount",
            suitable_categories AS "suitableCategories", published_at AS "publishedAt", closed_at AS "closedAt", skills
       FROM posting WHERE published_at IS NOT NULL ORDER BY reserved DESC, title, id`);
  const seekers = (await queryRows<Omit<SeekerFacts, 'lastPlacementEnd'> & { lastPlacementEnd: string | null }>(m,
    `SELECT id, user_id AS "userId", category, graduate_year AS "graduateYear", county_code AS "countyCode", residence, created_at AS "createdAt",
            EXISTS (SELECT 1 FROM placement p WHERE p.seeker_id = s.id AND p.end_date IS NULL) AS "activePlacement",
            (SELECT max(p.end_date)::text FROM placement p WHERE p.seeker_id = s.id) AS "lastPlacementEnd",
            EXISTS (SELECT 1 FROM massage_qualification q WHERE q.seeker_id = s.id) AS "massageQualified"
       FROM seeker_profile s ORDER BY user_id NULLS LAST, name, id`))
    .map((s) => ({ ...s, lastPlacementEnd: s.lastPlacementEnd ? new Date(`${s.lastPlacementEnd}T00:00:00Z`) : null }));
  const staff = await queryRows<StaffFacts>(m, `SELECT id, scope_county_code AS "scopeCountyCode" FROM app_user WHERE role = 'STAFF' ORDER BY phone`);
  const applications = await queryRows<{ seekerId: string; postingId: string }>(m, `SELECT seeker_id AS "seekerId", posting_id AS "postingId" FROM application`);
  const members = await queryRows<{ organizationId: string; userId: string }>(m,
    `SELECT organization_id AS "organizationId", user_id AS "userId" FROM organization_member ORDER BY member_role DESC, created_at, user_id`);
  const plan = planDemoEvents(now, seed, { organizations, postings, seekers, staff, applications, members });
  await insertRows(m, eventTable, plan.events);
  await insertRows(m, offerTable, plan.offers);
  await insertRows(m, boothTable, plan.booths);
  await insertRows(m, registrationTable, plan.registrations);
  await insertRows(m, serviceRequestTable, plan.serviceRequests);
  await insertRows(m, fairApplicationTable, plan.applications);
  await insertRows(m, statusChangeTable, plan.changes);
  await insertRows(m, placementTable, plan.placements);
  // as hiring through the product does: the last opening taken closes the posting
  for (const [postingId, n] of plan.hires) {
    await m.query(`UPDATE posting SET hired_count = hired_count + $2,
        status = CASE WHEN hired_count + $2 >= openings AND status = 'PUBLISHED' THEN 'CLOSED' ELSE status END,
        closed_at = CASE WHEN hired_count + $2 >= openings AND status = 'PUBLISHED' THEN now() ELSE closed_at END
      WHERE id = $1`, [postingId, n]);
  }
  if (plan.placements.length) {
    await m.query(`UPDATE seeker_profile SET employment_status = 'EMPLOYED' WHERE id = ANY($1)`, [plan.placements.map((p) => p.seekerId)]);
  }
  return { events: plan.events.length, registrations: plan.registrations.length, applications: plan.applications.length, hires: plan.placements.length };
}
