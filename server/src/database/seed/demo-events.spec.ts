import { describe, expect, it } from '@jest/globals';
import { canMove } from '../../applications/application-transitions.js';
import { ApplicationStatus, type DisabilityCategory } from '../../common/domain.js';
import { checkEligibility } from '../../events/eligibility.js';
import type { EventKind } from '../../events/event-vocab.js';
import { readRegionFile } from '../../regions/regions.service.js';
import { isDemoClinic, isDemoQualified } from './demo-massage.js';
import { planDemoEvents, replayRegistrations, type DemoEventFacts, type DemoEventPlan } from './demo-events.js';
import { buildDemoData } from './demo-scenario.js';
import { DEMO_ACCOUNTS, DEMO_SEED } from './demo.js';
import { contextFromRegion } from './generator.js';

const HOUR = 3_600_000;
const region = readRegionFile('server/regions/xinyang.json');

/** The rows loadDemoEvents reads, from the demo data of that day. */
export function factsOn(now: Date): DemoEventFacts {
  const data = buildDemoData(contextFromRegion(region, DEMO_SEED, now), DEMO_ACCOUNTS, DEMO_ACCOUNTS.map(() => 'hash'));
  const date = (s: string | null) => (s ? new Date(s) : null);
  return {
    organizations: data.organizations.filter((o) => o.verificationStatus === 'VERIFIED').map((o) => ({
      id: o.id, type: o.type, countyCode: o.countyCode, createdAt: new Date(o.createdAt), clinic: isDemoClinic(o),
    })),
    postings: data.postings.filter((p) => p.publishedAt).map((p) => ({
      id: p.id, organizationId: p.organizationId, title: p.title, employmentForm: p.employmentForm, openings: p.openings, hiredCount: p.hiredCount,
      suitableCategories: p.suitableCategories, publishedAt: date(p.publishedAt), closedAt: date(p.closedAt), skills: p.skills,
    })),
    seekers: data.seekers.map((s) => ({
      id: s.id, userId: s.userId, category: s.category, graduateYear: s.graduateYear, countyCode: s.countyCode, residence: s.residence,
      createdAt: new Date(s.createdAt), activePlacement: data.placements.some((p) => p.seekerId === s.id && !p.endDate),
      lastPlacementEnd: data.placements.filter((p) => p.seekerId === s.id && p.endDate).map((p) => new Date(`${p.endDate}T00:00:00Z`))
        .sort((a, b) => b.getTime() - a.getTime())[0] ?? null,
      massageQualified: isDemoQualified(s),
    })),
    applications: data.applications.map((a) => ({ seekerId: a.seekerId, postingId: a.postingId })),
    members: data.members.map((m) => ({ organizationId: m.organizationId, userId: m.userId })),
    staff: data.users.filter((u) => u.role === 'STAFF').sort((a, b) => a.phone.localeCompare(b.phone)).map((u) => ({ id: u.id, scopeCountyCode: u.scopeCountyCode })),
  };
}

const at = (h: number) => new Date(Date.UTC(2026, 0, 1) + h * HOUR);

describe('replayRegistrations', () => {
  it('seats the first comers, lists the rest, and a cancelled seat goes to the first on the list at once', () => {
    const seats = replayRegistrations(2, [
      { at: at(1), cancelAt: at(10) }, { at: at(2), cancelAt: null }, { at: at(3), cancelAt: at(4) }, { at: at(5), cancelAt: null }, { at: at(6), cancelAt: null },
    ]);
    expect(seats.map((s) => s.status)).toEqual(['CANCELLED', 'REGISTERED', 'CANCELLED', 'REGISTERED', 'WAITLISTED']);
    expect(seats.map((s) => s.seated)).toEqual([true, true, false, false, false]);
    expect(seats[3].promotedAt).toEqual(at(10)); // the first still waiting when the seat came free
    expect(seats[2].promotedAt).toBeNull(); // left the list before then
    expect(seats.map((s) => s.arrival)).toEqual([1, 2, 3, 4, 5]);
  });
});

function checkPlan(plan: DemoEventPlan, facts: DemoEventFacts, now: Date) {
  const seekers = new Map(facts.seekers.map((s) => [s.id, s]));
  const postings = new Map(facts.postings.map((p) => [p.id, p]));
  const tickets = plan.registrations.map((r) => r.ticketCode);
  expect(new Set(tickets).size).toBe(tickets.length);
  for (const t of tickets) expect(t).toMatch(/^[A-Z0-9]{10}$/);
  for (const e of plan.events) {
    const regs = plan.registrations.filter((r) => r.eventId === e.id).sort((a, b) => a.arrival - b.arrival);
    const booths = plan.booths.filter((b) => b.eventId === e.id);
    const registered = regs.filter((r) => r.status === 'REGISTERED');
    const waiting = regs.filter((r) => r.status === 'WAITLISTED');
    // the CHECK constraints
    expect(e.endsAt > e.startsAt && e.registrationClosesAt > e.registrationOpensAt && e.registrationClosesAt <= e.endsAt).toBe(true);
    expect(e.createdAt.getTime()).toBeLessThan(now.getTime());
    expect(e.status === 'CANCELLED').toBe(!!e.cancelReason);
    // counters equal the rows; seats and booths never oversold; the list only waits for a full fair
    expect(e.registeredCount).toBe(registered.length);
    expect(e.registeredCount).toBeLessThanOrEqual(e.seekerCapacity);
    if (waiting.length) expect(e.registeredCount).toBe(e.seekerCapacity);
    expect(e.arrivals).toBe(regs.length);
    expect(e.boothCount).toBe(booths.filter((b) => b.status === 'APPROVED').length);
    expect(e.boothCount).toBeLessThanOrEqual(e.boothLimit);
    expect(new Set(booths.map((b) => b.organizationId)).size).toBe(booths.length);
    expect(new Set(regs.map((r) => r.seekerId)).size).toBe(regs.length);
    if (e.status === 'DRAFT') expect(regs.length + booths.length).toBe(0);
    // arrival follows registration time; all of it inside the window and before today (and any cancellation)
    expect(regs.map((r) => r.arrival)).toEqual(regs.map((_, i) => i + 1));
    for (let i = 1; i < regs.length; i++) expect(regs[i].createdAt.getTime()).toBeGreaterThan(regs[i - 1].createdAt.getTime());
    if (regs.length && regs[regs.length - 1].status === 'WAITLISTED') expect(e.lastSeated).toBe(false);
    for (const r of regs) {
      const s = seekers.get(r.seekerId)!;
      expect(r.createdAt >= e.registrationOpensAt && r.createdAt < e.registrationClosesAt && r.createdAt < now && r.createdAt > s.createdAt).toBe(true);
      if (e.status === 'CANCELLED') expect(r.createdAt < e.updatedAt).toBe(true);
      expect(checkEligibility({ kind: e.kind as EventKind, graduationYears: e.graduationYears, targetCategories: e.targetCategories as DisabilityCategory[], targetCounties: e.targetCounties },
        { graduateYear: s.graduateYear, category: s.category as DisabilityCategory | null, countyCode: s.countyCode })).toEqual([]);
      expect(r.status === 'CANCELLED').toBe(r.cancelledAt !== null);
      if (r.cancelledAt) expect(r.cancelledAt > r.createdAt && r.cancelledAt < e.registrationClosesAt && r.cancelledAt < now).toBe(true);
      if (r.promotedAt) expect(r.promotedAt > r.createdAt).toBe(true);
      if (r.checkedInAt) {
        expect(r.status).toBe('REGISTERED');
        expect(e.status).toBe('FINISHED');
        expect(r.checkedInAt >= e.startsAt && r.checkedInAt < e.endsAt).toBe(true);
      }
      expect(r.updatedAt >= r.createdAt).toBe(true);
    }
    // every promotion took the seat a registered person gave up, and went to the first in line
    for (const p of regs.filter((r) => r.promotedAt)) {
      expect(regs.some((c) => c.cancelledAt?.getTime() === p.promotedAt!.getTime())).toBe(true);
      for (const w of waiting) expect(w.arrival).toBeGreaterThan(p.arrival);
    }
    // booths show postings that were published when the booth was asked for and open on the day
    for (const b of booths) {
      expect(b.createdAt < e.startsAt && b.createdAt < now).toBe(true);
      if (b.decidedAt) expect(b.decidedAt >= b.createdAt && b.decidedAt < e.startsAt && b.decidedAt < now).toBe(true);
      expect(b.status === 'DECLINED').toBe(b.declineReason !== null);
      for (const id of b.postingIds) {
        const p = postings.get(id)!;
        expect(facts.postings.find((x) => x.id === id)?.organizationId).toBe(b.organizationId);
        expect(p.publishedAt!.getTime()).toBeLessThanOrEqual(b.createdAt.getTime());
        if (p.closedAt) expect(p.closedAt > e.startsAt).toBe(true);
      }
    }
  }
  // applications made at a fair: by someone who came, during it, to a posting at an approved booth, once per posting
  const pairs = [...facts.applications, ...plan.applications].map((a) => `${a.seekerId}/${a.postingId}`);
  expect(new Set(pairs).size).toBe(pairs.length);
  for (const a of plan.applications) {
    const e = plan.events.find((x) => x.id === a.eventId)!;
    const r = plan.registrations.find((x) => x.eventId === e.id && x.seekerId === a.seekerId)!;
    expect(e.status).toBe('FINISHED');
    expect(r.checkedInAt && a.createdAt > r.checkedInAt && a.createdAt < e.endsAt).toBeTruthy();
    expect(plan.booths.some((b) => b.eventId === e.id && b.status === 'APPROVED' && b.postingIds.includes(a.postingId))).toBe(true);
    const steps = plan.changes.filter((c) => c.applicationId === a.id);
    expect(steps[0]).toMatchObject({ fromStatus: null, toStatus: 'SUBMITTED', createdAt: a.createdAt.toISOString() });
    for (const c of steps.slice(1)) {
      expect(canMove(c.toStatus === 'WITHDRAWN' ? 'SEEKER' : 'EMPLOYER', c.fromStatus as ApplicationStatus, c.toStatus as ApplicationStatus)).toBe(true);
    }
    expect(steps.map((c) => c.createdAt)).toEqual(steps.map((c) => c.createdAt).sort());
    expect(steps[steps.length - 1]).toMatchObject({ toStatus: a.status, createdAt: a.updatedAt.toISOString() });
    expect(a.updatedAt.getTime()).toBeLessThan(now.getTime());
    expect(a.status === 'REJECTED').toBe(a.rejectionReason !== null);
    expect(plan.placements.filter((p) => p.applicationId === a.id)).toHaveLength(a.status === 'HIRED' ? 1 : 0);
  }
  // a hire takes an opening and is the person's only placement
  for (const p of facts.postings) expect(p.hiredCount + (plan.hires.get(p.id) ?? 0)).toBeLessThanOrEqual(p.openings);
  expect([...plan.hires.values()].reduce((x, y) => x + y, 0)).toBe(plan.placements.length);
  expect(new Set(plan.placements.map((p) => p.seekerId)).size).toBe(plan.placements.length);
  for (const p of plan.placements) {
    const s = seekers.get(p.seekerId)!;
    expect(s.activePlacement).toBe(false);
    if (s.lastPlacementEnd) expect(s.lastPlacementEnd.toISOString().slice(0, 10) < p.startDate).toBe(true);
  }

  const regIds = new Set(plan.registrations.map((r) => r.id));
  const requests = plan.serviceRequests.map((s) => `${s.registrationId}/${s.service}`);
  expect(new Set(requests).size).toBe(requests.length);
  for (const s of plan.serviceRequests) {
    expect(regIds.has(s.registrationId)).toBe(true);
    const r = plan.registrations.find((x) => x.id === s.registrationId)!;
    expect(plan.offers.some((o) => o.eventId === r.eventId && o.service === s.service)).toBe(true);
  }
}

describe.each(['2026-03-15T00:00:00Z', '2026-11-29T08:00:00Z', new Date().toISOString()])('the demo events on %s', (day) => {
  const now = new Date(day);
  const facts = factsOn(now);
  const plan = planDemoEvents(now, DEMO_SEED, facts);
  const regsOf = (id: string) => plan.registrations.filter((r) => r.eventId === id);
  const past = plan.events.filter((e) => e.startsAt < now);
  const upcoming = plan.events.filter((e) => e.startsAt > now);

  it('keeps every invariant the server relies on', () => checkPlan(plan, facts, now));

  it('is the same for the same seed', () => {
    const again = planDemoEvents(now, DEMO_SEED, facts);
    expect(again).toEqual(plan);
  });

  it('has past and upcoming events of every kind, published ones with registrations and booths, a cancelled one and a draft', () => {
    for (const kind of ['GENERAL', 'GRADUATE', 'TARGETED']) {
      expect(past.some((e) => e.kind === kind && e.status === 'FINISHED' && e.registeredCount > 0 && e.boothCount > 0)).toBe(true);
      expect(upcoming.some((e) => e.kind === kind && e.status === 'PUBLISHED' && e.registeredCount > 0 && e.boothCount > 0)).toBe(true);
    }
    expect(past.every((e) => e.status === 'FINISHED')).toBe(true);
    const cancelled = plan.events.filter((e) => e.status === 'CANCELLED');
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0].cancelReason!.length).toBeGreaterThan(10);
    expect(cancelled[0].targetCounties.length).toBeGreaterThan(0);
    expect(regsOf(cancelled[0].id).filter((r) => r.status === 'REGISTERED').length).toBeGreaterThan(0);
    expect(upcoming.some((e) => e.kind === 'GENERAL' && e.status === 'DRAFT')).toBe(true);
    for (const status of ['APPLIED', 'INVITED', 'DECLINED']) expect(plan.booths.some((b) => b.status === status)).toBe(true);
  });

  it('has cancelled registrations on past and upcoming fairs, and a full fair whose list moved up', () => {
    const cancelledIn = (events: typeof plan.events) => events.flatMap((e) => regsOf(e.id)).filter((r) => r.status === 'CANCELLED').length;
    expect(cancelledIn(past)).toBeGreaterThan(0);
    expect(cancelledIn(upcoming.filter((e) => e.status === 'PUBLISHED'))).toBeGreaterThan(0);
    const full = upcoming.find((e) => regsOf(e.id).some((r) => r.status === 'WAITLISTED'))!;
    expect(full.registeredCount).toBe(full.seekerCapacity);
    expect(regsOf(full.id).some((r) => r.promotedAt)).toBe(true);
  });

  it('checks people in during the fair, most in its first half', () => {
    for (const e of past) {
      const times = regsOf(e.id).filter((r) => r.checkedInAt).map((r) => r.checkedInAt!.getTime());
      expect(times.length).toBeGreaterThan(0);
      expect(new Set(times).size).toBeGreaterThan(times.length / 2);
      if (times.length >= 10) {
        const half = (e.startsAt.getTime() + e.endsAt.getTime()) / 2;
        expect(times.filter((t) => t < half).length).toBeGreaterThan(times.length / 2);
      }
    }
  });

  it('has applications made at every finished fair, and hires among them', () => {
    for (const e of past) expect(plan.applications.filter((a) => a.eventId === e.id).length).toBeGreaterThan(0);
    expect(plan.placements.length).toBeGreaterThan(0);
  });

  it('keeps what the demo browser test reads: last spring\'s graduate fair, finished, with people and employers', () => {
    const spring = plan.events.filter((e) => e.title.includes('高校毕业生双选会（春季）'));
    expect(spring).toHaveLength(1);
    expect(spring[0].status).toBe('FINISHED');
    expect(spring[0].registeredCount).toBeGreaterThan(0);
    expect(regsOf(spring[0].id).some((r) => r.checkedInAt)).toBe(true);
    expect(spring[0].boothCount).toBeGreaterThan(0);
  });
});
