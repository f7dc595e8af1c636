// A campaign's progress, as docs/counting.md ("Campaigns") defines it. Pure: the service reads the candidates (every
// placement linked to the campaign by any route, every organisation with a linked posting or an approved booth at a
// linked fair) and this module decides who and what counts.
import { CampaignLinkRoute } from './campaign-vocab.js';

export interface CampaignScope {
  startDate: string;
  endDate: string;
  /** empty: the whole city */
  countyCodes: readonly string[];
}

export interface PlacementCandidate {
  placementId: string;
  seekerId: string;
  organizationId: string;
  organizationCountyCode: string;
  countyCode: string;
  startDate: string;
  /** ISO time the placement was recorded: breaks ties between two placements of one person starting the same day */
  createdAt: string;
  /** staff confirmed it as not genuine: it counts nowhere */
  excluded: boolean;
  routes: readonly CampaignLinkRoute[];
}

export interface OrganizationCandidate {
  organizationId: string;
  countyCode: string;
}

export interface CountyProgress { countyCode: string; people: number; organizations: number }

export interface CampaignProgress {
  /** the last day counted: the campaign's last day, or the date asked for if earlier */
  countedTo: string;
  people: number;
  organizations: number;
  byCounty: CountyProgress[];
  /** the placement each counted person counts under, and the route it came by (direct first, then posting, then fair) */
  counted: Array<{ placementId: string; seekerId: string; countyCode: string; route: CampaignLinkRoute }>;
}

const ROUTE_ORDER = [CampaignLinkRoute.DIRECT, CampaignLinkRoute.POSTING, CampaignLinkRoute.FAIR];

/** Share of a target reached (0..), or null with no target. */
export function shareOf(achieved: number, target: number | null | undefined): number | null {
  return target ? Math.round((achieved / target) * 10000) / 10000 : null;
}

export function campaignProgress(
  c: CampaignScope, asOf: string, placements: readonly PlacementCandidate[], organizations: readonly OrganizationCandidate[],
): CampaignProgress {
  const countedTo = asOf < c.endDate ? asOf : c.endDate;
  const inArea = (county: string) => c.countyCodes.length === 0 || c.countyCodes.includes(county);
  // each person once: their first genuine linked placement that starts in the period, in one of the counties
  const first = new Map<string, PlacementCandidate>();
  const eligible = placements
    .filter((p) => !p.excluded && p.routes.length > 0 && p.startDate >= c.startDate && p.startDate <= countedTo && inArea(p.countyCode))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.createdAt.localeCompare(b.createdAt) || a.placementId.localeCompare(b.placementId));
  for (const p of eligible) if (!first.has(p.seekerId)) first.set(p.seekerId, p);
  const counted = [...first.values()].map((p) => ({
    placementId: p.placementId, seekerId: p.seekerId, countyCode: p.countyCode,
    route: ROUTE_ORDER.find((r) => p.routes.includes(r))!,
  }));
  // organisations once: those with a linked posting or an approved booth at a linked fair, and the employers of the
  // people counted; each in its own county
  const orgs = new Map<string, string>();
  for (const o of organizations) if (inArea(o.countyCode)) orgs.set(o.organizationId, o.countyCode);
  for (const p of first.values()) if (inArea(p.organizationCountyCode)) orgs.set(p.organizationId, p.organizationCountyCode);
  const counties = new Map<string, CountyProgress>();
  const at = (code: string) => counties.get(code) ?? counties.set(code, { countyCode: code, people: 0, organizations: 0 }).get(code)!;
  for (const p of counted) at(p.countyCode).people += 1;
  for (const county of orgs.values()) at(county).organizations += 1;
  return {
    countedTo, people: counted.length, organizations: orgs.size, counted,
    byCounty: [...counties.values()].sort((a, b) => a.countyCode.localeCompare(b.countyCode)),
  };
}
