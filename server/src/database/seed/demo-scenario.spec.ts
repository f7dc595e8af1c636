import { describe, expect, it } from '@jest/globals';
import { canMove } from '../../applications/application-transitions.js';
import { ActionLine, ApplicationStatus, NON_PLACEMENT_LINES } from '../../common/domain.js';
import { JobDemand, WorkplaceSupport } from '../../vocabulary/codes.js';
import { readRegionFile } from '../../regions/regions.service.js';
import { buildDemoData } from './demo-scenario.js';
import { DEMO_ACCOUNTS, DEMO_SEED } from './demo.js';
import { contextFromRegion } from './generator.js';

const region = readRegionFile('server/regions/xinyang.json');
const data = buildDemoData(contextFromRegion(region, DEMO_SEED, new Date('2026-03-15T00:00:00Z')), DEMO_ACCOUNTS, DEMO_ACCOUNTS.map(() => 'hash'));

describe('demo data', () => {
  it('has one user per demo account, seekers linked to their profiles and employers to their organizations', () => {
    expect(data.users.map((u) => u.phone)).toEqual(DEMO_ACCOUNTS.map((a) => a.account));
    for (const a of DEMO_ACCOUNTS.filter((x) => x.role === 'SEEKER')) {
      const user = data.users.find((u) => u.phone === a.account)!;
      expect(data.seekers.filter((s) => s.userId === user.id)).toHaveLength(1);
    }
    expect(data.members).toHaveLength(2);
  });
  it('never hires beyond openings and records a placement for every hire', () => {
    for (const p of data.postings) {
      expect(p.hiredCount).toBeLessThanOrEqual(p.openings);
      expect(data.placements.filter((x) => x.postingId === p.id)).toHaveLength(p.hiredCount);
    }
    const hired = data.applications.filter((a) => a.status === ApplicationStatus.HIRED);
    expect(hired.length).toBeGreaterThan(10);
    for (const a of hired) expect(data.placements.some((p) => p.applicationId === a.id)).toBe(true);
  });
  it('closes a posting when its last opening is taken, as hiring through the product does', () => {
    const filled = data.postings.filter((p) => p.hiredCount >= p.openings);
    expect(filled.length).toBeGreaterThan(0);
    for (const p of filled) {
      expect(p.status).not.toBe('PUBLISHED');
      if (p.status === 'CLOSED') expect(p.closedAt).not.toBeNull();
    }
  });
  it('writes status histories that follow the legal moves and end at the current status', () => {
    for (const a of data.applications) {
      const steps = data.changes.filter((c) => c.applicationId === a.id);
      expect(steps[0].fromStatus).toBeNull();
      for (const s of steps.slice(1)) {
        expect(canMove(s.toStatus === 'WITHDRAWN' ? 'SEEKER' : 'EMPLOYER', s.fromStatus as ApplicationStatus, s.toStatus as ApplicationStatus)).toBe(true);
      }
      expect(steps[steps.length - 1].toStatus).toBe(a.status);
      expect(steps.map((s) => s.createdAt)).toEqual([...steps.map((s) => s.createdAt)].sort());
    }
  });
  it('has external placements for 2022-2024 in every county and every placement line', () => {
    const external = data.placements.filter((p) => p.source === 'EXTERNAL');
    expect(external.length).toBeGreaterThan(200);
    expect(external.every((p) => p.startDate >= '2022-01-01' && p.startDate <= '2024-12-31')).toBe(true);
    expect(new Set(external.map((p) => p.countyCode)).size).toBe(region.counties.length);
    const lines = Object.values(ActionLine).filter((l) => !NON_PLACEMENT_LINES.has(l));
    expect(new Set(external.map((p) => p.actionLine))).toEqual(new Set(lines));
    const active = data.placements.filter((p) => p.endDate === null).map((p) => p.seekerId);
    expect(new Set(active).size).toBe(active.length);
  });
  it('offers massage in 罗山县 with a screen reader and voice-call jobs with and without text', () => {
    const massage = data.postings.filter((p) => p.countyCode === '411521' && /按摩|推拿/.test(p.title) && p.status === 'PUBLISHED');
    expect(massage.length).toBeGreaterThanOrEqual(3);
    for (const p of massage) {
      expect(p.supports).toContain(WorkplaceSupport.SCREEN_READER);
      expect(p.demands).not.toContain(JobDemand.READING_PRINT);
    }
    const voice = data.postings.filter((p) => p.status === 'PUBLISHED' && p.demands.includes(JobDemand.VOICE_CALLS));
    expect(voice.some((p) => p.supports.includes(WorkplaceSupport.TEXT_COMMUNICATION))).toBe(true);
    expect(voice.some((p) => !p.supports.includes(WorkplaceSupport.TEXT_COMMUNICATION))).toBe(true);
  });
  it('never leaves a rejected organization\'s posting published, and gives staff a verification queue with its history', () => {
    const status = new Map(data.organizations.map((o) => [o.id, o.verificationStatus]));
    const rejected = data.organizations.filter((o) => o.verificationStatus === 'REJECTED');
    expect(rejected.length).toBeGreaterThan(0);
    expect(data.postings.filter((p) => status.get(p.organizationId) === 'REJECTED' && p.status === 'PUBLISHED')).toEqual([]);
    expect(data.postings.some((p) => status.get(p.organizationId) === 'REJECTED' && p.status === 'CLOSED')).toBe(true);
    for (const p of data.postings.filter((x) => x.closedAt)) expect(p.closedAt! >= p.publishedAt!).toBe(true);
    const queue = data.organizations.filter((o) => o.verificationStatus === 'PENDING' || o.verificationStatus === 'INFO_REQUESTED');
    expect(queue.length).toBeGreaterThanOrEqual(3);
    expect(queue.filter((o) => o.verificationStatus === 'INFO_REQUESTED')).toHaveLength(1);
    for (const o of rejected) {
      expect(data.decisions.filter((d) => d.organizationId === o.id)).toEqual([expect.objectContaining({ decision: 'REJECT', note: o.verificationNote })]);
    }
  });
});
