// Worked examples of docs/counting.md "Campaigns": who counts in a campaign's progress, under which placement and
// county, and which organisations take part.
import { describe, expect, it } from '@jest/globals';
import { campaignProgress, shareOf, type PlacementCandidate } from './campaign-progress.js';
import { CampaignLinkRoute } from './campaign-vocab.js';

const { DIRECT, POSTING, FAIR } = CampaignLinkRoute;
const LUOSHAN = '411521';
const GUANGSHAN = '411522';
const XIXIAN = '411528';
const campaign = { startDate: '2023-03-01', endDate: '2023-12-31', countyCodes: [] as string[] };

const placement = (over: Partial<PlacementCandidate>): PlacementCandidate => ({
  placementId: 'p1', seekerId: 's1', organizationId: 'o1', organizationCountyCode: LUOSHAN, countyCode: LUOSHAN,
  startDate: '2023-05-01', createdAt: '2023-05-01T02:00:00Z', excluded: false, routes: [DIRECT], ...over,
});

describe('people placed', () => {
  it('counts a person once, under their first placement in the period, whatever the route', () => {
    // 张: hired through a linked posting in May, then again at a linked fair in June: one person, May's placement
    // 李: linked directly in July
    const r = campaignProgress(campaign, '2024-01-15', [
      placement({ placementId: 'a2', seekerId: 'zhang', startDate: '2023-06-10', routes: [FAIR] }),
      placement({ placementId: 'a1', seekerId: 'zhang', startDate: '2023-05-02', routes: [POSTING] }),
      placement({ placementId: 'b1', seekerId: 'li', startDate: '2023-07-01', countyCode: GUANGSHAN, organizationId: 'o2', organizationCountyCode: GUANGSHAN }),
    ], []);
    expect(r.people).toBe(2);
    expect(r.counted).toEqual([
      { placementId: 'a1', seekerId: 'zhang', countyCode: LUOSHAN, route: POSTING },
      { placementId: 'b1', seekerId: 'li', countyCode: GUANGSHAN, route: DIRECT },
    ]);
    expect(r.byCounty).toEqual([
      { countyCode: LUOSHAN, people: 1, organizations: 1 },
      { countyCode: GUANGSHAN, people: 1, organizations: 1 },
    ]);
  });

  it('leaves out placements before or after the period, after the date asked for, not genuine, or linked by no route', () => {
    const r = campaignProgress(campaign, '2023-09-30', [
      placement({ placementId: 'before', seekerId: 'a', startDate: '2023-02-28' }),
      placement({ placementId: 'after-asof', seekerId: 'b', startDate: '2023-10-01' }),
      placement({ placementId: 'fake', seekerId: 'c', excluded: true }),
      placement({ placementId: 'unlinked', seekerId: 'd', routes: [] }),
      placement({ placementId: 'first-day', seekerId: 'e', startDate: '2023-03-01' }),
      placement({ placementId: 'asof-day', seekerId: 'f', startDate: '2023-09-30' }),
    ], []);
    expect(r.countedTo).toBe('2023-09-30');
    expect(r.counted.map((c) => c.placementId).sort()).toEqual(['asof-day', 'first-day']);
  });

  it('a person whose first placement is not genuine counts under the next genuine one', () => {
    const r = campaignProgress(campaign, '2024-01-01', [
      placement({ placementId: 'x1', seekerId: 'wang', startDate: '2023-04-01', excluded: true }),
      placement({ placementId: 'x2', seekerId: 'wang', startDate: '2023-08-01' }),
    ], []);
    expect(r.counted).toEqual([{ placementId: 'x2', seekerId: 'wang', countyCode: LUOSHAN, route: DIRECT }]);
  });

  it('two placements the same day: the one recorded first counts; a placement linked several ways names the direct link', () => {
    const r = campaignProgress(campaign, '2024-01-01', [
      placement({ placementId: 'late', seekerId: 'zhao', createdAt: '2023-05-01T09:00:00Z', routes: [FAIR] }),
      placement({ placementId: 'early', seekerId: 'zhao', createdAt: '2023-05-01T08:00:00Z', routes: [FAIR, POSTING, DIRECT] }),
    ], []);
    expect(r.counted).toEqual([{ placementId: 'early', seekerId: 'zhao', countyCode: LUOSHAN, route: DIRECT }]);
  });

  it('a campaign for some counties counts only placements in them', () => {
    const r = campaignProgress({ ...campaign, countyCodes: [GUANGSHAN, XIXIAN] }, '2024-01-01', [
      placement({ placementId: 'l', seekerId: 'a', countyCode: LUOSHAN }),
      placement({ placementId: 'g', seekerId: 'b', countyCode: GUANGSHAN, organizationCountyCode: GUANGSHAN }),
    ], []);
    expect(r.counted.map((c) => c.placementId)).toEqual(['g']);
    expect(r.byCounty).toEqual([{ countyCode: GUANGSHAN, people: 1, organizations: 1 }]);
  });
});

describe('organisations taking part', () => {
  it('counts each organisation once: linked postings, approved booths at linked fairs, and the employers of the people counted', () => {
    const r = campaignProgress(campaign, '2024-01-01', [
      placement({ placementId: 'p', seekerId: 'a', organizationId: 'hires' }),
      placement({ placementId: 'q', seekerId: 'b', organizationId: 'posts', excluded: true }),
    ], [
      { organizationId: 'posts', countyCode: LUOSHAN }, // a linked posting
      { organizationId: 'posts', countyCode: LUOSHAN }, // and a booth at a linked fair: still one
      { organizationId: 'booth', countyCode: GUANGSHAN },
    ]);
    expect(r.organizations).toBe(3);
    expect(r.byCounty).toEqual([
      { countyCode: LUOSHAN, people: 1, organizations: 2 },
      { countyCode: GUANGSHAN, people: 0, organizations: 1 },
    ]);
  });

  it('leaves out organisations of counties the campaign does not cover', () => {
    const r = campaignProgress({ ...campaign, countyCodes: [LUOSHAN] }, '2024-01-01', [], [
      { organizationId: 'in', countyCode: LUOSHAN }, { organizationId: 'out', countyCode: XIXIAN },
    ]);
    expect(r.organizations).toBe(1);
  });
});

describe('share of a target', () => {
  it('is the figure over the target, to four places, and null without a target', () => {
    expect(shareOf(1, 3)).toBe(0.3333);
    expect(shareOf(12, 10)).toBe(1.2);
    expect(shareOf(5, null)).toBeNull();
  });
});
