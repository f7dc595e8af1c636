// Campaigns (专项行动): staff define them, link fairs, postings and placements, and read their progress. City-wide
// staff and administrators run campaigns for the city or several counties; a county's staff run campaigns for their
// own county (the scope rule of events and placements: staffCovers). Every staff member may read every campaign.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, isStaff, listScopeCounty, staffCovers } from '../../auth/actor.js';
import { AuditService } from '../../auth/audit.service.js';
import { requireActor } from '../../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { Role } from '../../common/domain.js';
import { FieldProblems, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { localDate } from '../../common/local-time.js';
import { maskName } from '../../common/mask-name.js';
import { fieldLabel } from '../../common/messages.js';
import { pageOf, type Page, type PageInput } from '../../common/pagination.js';
import { containsPattern, queryRows } from '../../database/sql.js';
import { NotificationKind } from '../../notifications/notification-kind.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { OrganizationsService } from '../../organizations/organizations.service.js';
import { RegionsService } from '../../regions/regions.service.js';
import { Campaign } from './campaign.entity.js';
import type { CampaignInput, CampaignLinkInput } from './campaign.inputs.js';
import { campaignProgress, type CampaignProgress, type OrganizationCandidate, type PlacementCandidate } from './campaign-progress.js';
import { CampaignLinkRoute } from './campaign-vocab.js';

type LinkKind = 'event' | 'posting' | 'placement';
const LINK: Record<LinkKind, { table: string; column: string; item: string; itemTable: string }> = {
  event: { table: 'campaign_event', column: 'event_id', item: 'event', itemTable: 'recruitment_event' },
  posting: { table: 'campaign_posting', column: 'posting_id', item: 'posting', itemTable: 'posting' },
  placement: { table: 'campaign_placement', column: 'placement_id', item: 'placement', itemTable: 'placement' },
};

/** A placement staff may link to a campaign, as the finder lists it (the person's name masked: 张*). */
export interface CampaignPlacementChoice {
  placementId: string; personName: string; organizationName: string; postingTitle: string | null; countyCode: string; startDate: string;
  linked: boolean; excluded: boolean;
}

export interface CampaignPlacementRow extends PlacementCandidate {
  organizationName: string;
  postingTitle: string | null;
}

@Injectable()
export class CampaignsService {
  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly orgs: OrganizationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The county whose staff run the campaign: its one county, or none (the city's) when it covers several or all. */
  static ownerCounty(c: Pick<Campaign, 'countyCodes'>): string | null {
    return c.countyCodes.length === 1 ? c.countyCodes[0] : null;
  }

  canManage(actor: Actor | null, c: Pick<Campaign, 'countyCodes'>): boolean {
    return isStaff(actor) && staffCovers(actor, CampaignsService.ownerCounty(c));
  }

  private assertCanManage(actor: Actor, c: Pick<Campaign, 'countyCodes'>): void {
    if (!this.canManage(actor, c)) throw new ForbiddenError('error.campaignOutOfScope');
  }

  async list(actor: Actor | null): Promise<Campaign[]> {
    requireActor(actor, Role.STAFF, Role.ADMIN);
    return this.ds.getRepository(Campaign).find({ order: { startDate: 'DESC', nameZh: 'ASC' }, take: 200 });
  }

  async get(actor: Actor | null, id: string): Promise<Campaign> {
    requireActor(actor, Role.STAFF, Role.ADMIN);
    const c = await this.ds.getRepository(Campaign).findOneBy({ id });
    if (!c) throw new NotFoundError('campaign');
    return c;
  }

  private check(input: CampaignInput): void {
    const label = (path: string) => ({ field: fieldLabel(path) });
    const p = new FieldProblems();
    const text = (v: string | null | undefined, path: string, min: number, max: number, required: boolean) => {
      const s = (v ?? '').trim();
      if (!s) { if (required) p.add(path, 'validation.required', label(path)); return; }
      p.check(s.length >= min && s.length <= max, path, 'validation.isLength', { ...label(path), min, max });
    };
    text(input.campaignNameZh, 'input.campaignNameZh', 2, 100, true);
    text(input.campaignNameEn, 'input.campaignNameEn', 2, 200, true);
    text(input.planSection, 'input.planSection', 2, 300, true);
    text(input.targetSource, 'input.targetSource', 2, 500, false);
    const inRange = (d: string) => d >= '2000-01-01' && d <= '2100-12-31';
    p.check(inRange(input.campaignStart), 'input.campaignStart', 'validation.planDateRange', label('input.campaignStart'));
    p.check(inRange(input.campaignEnd), 'input.campaignEnd', 'validation.planDateRange', label('input.campaignEnd'));
    p.check(input.campaignEnd >= input.campaignStart, 'input.campaignEnd', 'validation.campaignEndAfterStart');
    p.check(input.targetPeople != null || input.targetOrganizations != null, 'input.targetPeople', 'validation.campaignNeedsTarget');
    input.campaignCounties.forEach((c, i) => p.check(this.regions.isCounty(c), `input.campaignCounties.${i}`, 'validation.unknownCounty'));
    p.throwIfAny();
  }

  private fields(input: CampaignInput) {
    return {
      nameZh: input.campaignNameZh.trim(), nameEn: input.campaignNameEn.trim(), kind: input.campaignKind,
      startDate: input.campaignStart, endDate: input.campaignEnd,
      targetPeople: input.targetPeople ?? null, targetOrganizations: input.targetOrganizations ?? null,
      targetSource: input.targetSource?.trim() || null, countyCodes: [...input.campaignCounties].sort(), source: input.planSection.trim(),
    };
  }

  async create(actor: Actor | null, input: CampaignInput): Promise<Campaign> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    this.check(input);
    const f = this.fields(input);
    this.assertCanManage(a, f);
    return this.ds.transaction(async (m) => {
      const [row] = await m.query(
        `INSERT INTO campaign (name_zh, name_en, kind, start_date, end_date, target_people, target_organizations, target_source, county_codes, source, created_by, updated_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$11) RETURNING id`,
        [f.nameZh, f.nameEn, f.kind, f.startDate, f.endDate, f.targetPeople, f.targetOrganizations, f.targetSource, f.countyCodes, f.source, a.userId]);
      await this.record(m, a, row.id, { op: 'create', name: f.nameZh });
      return m.getRepository(Campaign).findOneByOrFail({ id: row.id });
    });
  }

  async update(actor: Actor | null, id: string, input: CampaignInput): Promise<Campaign> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const current = await this.get(a, id);
    this.assertCanManage(a, current);
    this.check(input);
    const f = this.fields(input);
    // the new counties must be the staff member's too: a county's staff cannot hand their campaign to the city
    this.assertCanManage(a, f);
    return this.ds.transaction(async (m) => {
      await m.query(
        `UPDATE campaign SET name_zh = $2, name_en = $3, kind = $4, start_date = $5, end_date = $6, target_people = $7, target_organizations = $8,
                target_source = $9, county_codes = $10, source = $11, updated_by = $12, updated_at = now() WHERE id = $1`,
        [id, f.nameZh, f.nameEn, f.kind, f.startDate, f.endDate, f.targetPeople, f.targetOrganizations, f.targetSource, f.countyCodes, f.source, a.userId]);
      await this.record(m, a, id, { op: 'update', name: f.nameZh });
      return m.getRepository(Campaign).findOneByOrFail({ id });
    });
  }

  private async record(m: EntityManager, a: Actor, id: string, detail: Record<string, unknown>) {
    await this.audit.record(a, [{ action: a.role === Role.ADMIN ? 'ADMIN_ACTION' : 'STAFF_ACTION', entity: 'campaign', entityId: id, detail }], m);
  }

  private target(input: CampaignLinkInput): { kind: LinkKind; id: string } {
    const given = (['event', 'posting', 'placement'] as const)
      .map((kind) => ({ kind, id: input[`${kind}Id` as const] ?? null }))
      .filter((x): x is { kind: LinkKind; id: string } => !!x.id);
    if (given.length !== 1) new FieldProblems().add('input.eventId', 'validation.campaignLinkOne').throwIfAny();
    return given[0];
  }

  /**
   * Links a fair, posting or placement (docs/counting.md "Campaigns"). The item must lie in the campaign's counties
   * (a city-wide fair may join any campaign). Linking twice changes nothing and tells nobody again. Linking a posting
   * tells its employer, linking a fair the employers taking part in it (approved booths), in the same transaction.
   */
  async link(actor: Actor | null, input: CampaignLinkInput, linked: boolean): Promise<Campaign> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const { kind, id } = this.target(input);
    const c = await this.get(a, input.campaignId);
    this.assertCanManage(a, c);
    const spec = LINK[kind];
    await this.ds.transaction(async (m) => {
      const [item]: Array<{ county_code: string | null; title: string | null; organization_id: string | null }> = await m.query(
        kind === 'posting' ? `SELECT county_code, title, organization_id FROM posting WHERE id = $1`
          : kind === 'event' ? `SELECT county_code, title, NULL AS organization_id FROM recruitment_event WHERE id = $1 AND status <> 'DRAFT'`
            : `SELECT county_code, NULL AS title, organization_id FROM placement WHERE id = $1`, [id]);
      if (!item) throw new NotFoundError(spec.item);
      if (linked) {
        const fits = c.countyCodes.length === 0 || (kind === 'event' && item.county_code === null) || c.countyCodes.includes(item.county_code ?? '');
        if (!fits) new FieldProblems().add(`input.${kind}Id`, 'validation.campaignCountyMismatch').throwIfAny();
      }
      const rows: unknown[] = linked
        ? await queryRows(m, `INSERT INTO ${spec.table} (campaign_id, ${spec.column}, linked_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING campaign_id`, [c.id, id, a.userId])
        : await queryRows(m, `DELETE FROM ${spec.table} WHERE campaign_id = $1 AND ${spec.column} = $2 RETURNING campaign_id`, [c.id, id]);
      if (!rows.length) return;
      if (kind === 'posting' && item.organization_id) {
        const members = await this.orgs.memberUserIds(item.organization_id, m);
        await this.notifications.notify(m, members, linked ? NotificationKind.CAMPAIGN_POSTING_LINKED : NotificationKind.CAMPAIGN_POSTING_UNLINKED,
          { title: item.title ?? '', campaign: c.nameZh, campaignEn: c.nameEn, path: `/employer/postings/${id}/edit` });
      }
      if (kind === 'event') {
        // the employers taking part in the fair (an approved booth), as a posting's employer is told of its posting
        const takingPart = await queryRows<{ id: string }>(m,
          `SELECT DISTINCT organization_id AS id FROM event_booth WHERE event_id = $1 AND status = 'APPROVED' ORDER BY 1`, [id]);
        const members = (await Promise.all(takingPart.map((o) => this.orgs.memberUserIds(o.id, m)))).flat();
        await this.notifications.notify(m, members, linked ? NotificationKind.CAMPAIGN_EVENT_LINKED : NotificationKind.CAMPAIGN_EVENT_UNLINKED,
          { title: item.title ?? '', campaign: c.nameZh, campaignEn: c.nameEn, path: '/employer/events' });
      }
      await this.record(m, a, c.id, { op: linked ? 'link' : 'unlink', [kind]: id });
    });
    return c;
  }

  /**
   * Staff running the campaign find placements to link: those in its counties (all, for a city-wide campaign) and in
   * the staff member's county, whose person's or employer's name holds the words, newest first. The person's name is
   * masked (张*), as on every list that needs to tell people apart but not to say who they are.
   */
  async placementChoices(actor: Actor | null, campaignId: string, words: string, pageInput?: PageInput): Promise<Page<CampaignPlacementChoice>> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const query = words.trim();
    new FieldProblems().check(query.length >= 1 && query.length <= 50, 'query', 'validation.isLength', { field: fieldLabel('query'), min: 1, max: 50 })
      .throwIfAny();
    const c = await this.get(a, campaignId);
    this.assertCanManage(a, c);
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const rows: Array<{ id: string; person: string; org: string; title: string | null; county_code: string; start_date: string; linked: boolean;
      excluded: boolean; total: number }> = await this.ds.query(
      `SELECT p.id, s.name AS person, o.name AS org, po.title, p.county_code, p.start_date::text AS start_date,
              EXISTS (SELECT 1 FROM campaign_placement cp WHERE cp.campaign_id = $1 AND cp.placement_id = p.id) AS linked,
              p.excluded_at IS NOT NULL AS excluded, count(*) OVER ()::int AS total
         FROM placement p JOIN seeker_profile s ON s.id = p.seeker_id JOIN organization o ON o.id = p.organization_id
         LEFT JOIN posting po ON po.id = p.posting_id
        WHERE (s.name ILIKE $2 OR o.name ILIKE $2) AND ($3::text IS NULL OR p.county_code = $3)
          AND (cardinality($4::text[]) = 0 OR p.county_code = ANY($4::text[]))
        ORDER BY p.start_date DESC, p.id LIMIT $5 OFFSET $6`,
      [c.id, containsPattern(query), listScopeCounty(a), c.countyCodes, limit, offset]);
    return {
      items: rows.map((r) => ({
        placementId: r.id, personName: maskName(r.person), organizationName: r.org, postingTitle: r.title, countyCode: r.county_code,
        startDate: r.start_date, linked: r.linked, excluded: r.excluded,
      })),
      total: rows[0]?.total ?? 0, page, pageSize,
    };
  }

  async linkedIds(campaignId: string, kind: LinkKind): Promise<string[]> {
    const spec = LINK[kind];
    const rows: Array<{ id: string }> = await this.ds.query(
      `SELECT ${spec.column} AS id FROM ${spec.table} WHERE campaign_id = $1 ORDER BY linked_at, ${spec.column}`, [campaignId]);
    return rows.map((r) => r.id);
  }

  /** Every placement linked to the campaign by any route, with what the detail page shows of it (no person named). */
  async placementCandidates(campaignId: string): Promise<CampaignPlacementRow[]> {
    const rows: Array<Record<string, any>> = await this.ds.query(
      `WITH lp AS (SELECT posting_id FROM campaign_posting WHERE campaign_id = $1),
            le AS (SELECT event_id FROM campaign_event WHERE campaign_id = $1),
            ld AS (SELECT placement_id FROM campaign_placement WHERE campaign_id = $1),
            fair_apps AS (SELECT a.id FROM application a WHERE a.event_id IN (SELECT event_id FROM le))
       SELECT p.id, p.seeker_id, p.organization_id, o.county_code AS org_county, o.name AS org_name, po.title AS posting_title,
              p.county_code, p.start_date::text AS start_date, p.created_at, p.excluded_at IS NOT NULL AS excluded,
              p.id IN (SELECT placement_id FROM ld) AS direct,
              coalesce(p.posting_id IN (SELECT posting_id FROM lp), false) AS via_posting,
              coalesce(p.application_id IN (SELECT id FROM fair_apps), false) AS via_fair
         FROM placement p JOIN organization o ON o.id = p.organization_id LEFT JOIN posting po ON po.id = p.posting_id
        WHERE p.id IN (SELECT placement_id FROM ld) OR p.posting_id IN (SELECT posting_id FROM lp) OR p.application_id IN (SELECT id FROM fair_apps)
        ORDER BY p.start_date, p.created_at, p.id
        LIMIT 20000`, [campaignId]);
    return rows.map((r) => ({
      placementId: r.id, seekerId: r.seeker_id, organizationId: r.organization_id, organizationCountyCode: r.org_county,
      countyCode: r.county_code, startDate: r.start_date, createdAt: new Date(r.created_at).toISOString(), excluded: r.excluded,
      routes: [r.direct && CampaignLinkRoute.DIRECT, r.via_posting && CampaignLinkRoute.POSTING, r.via_fair && CampaignLinkRoute.FAIR].filter(Boolean) as CampaignLinkRoute[],
      organizationName: r.org_name, postingTitle: r.posting_title,
    }));
  }

  async organizationCandidates(campaignId: string): Promise<OrganizationCandidate[]> {
    const rows: Array<{ organization_id: string; county_code: string }> = await this.ds.query(
      `SELECT po.organization_id, o.county_code FROM campaign_posting cp JOIN posting po ON po.id = cp.posting_id
          JOIN organization o ON o.id = po.organization_id WHERE cp.campaign_id = $1
       UNION
       SELECT b.organization_id, o.county_code FROM campaign_event ce JOIN event_booth b ON b.event_id = ce.event_id AND b.status = 'APPROVED'
          JOIN organization o ON o.id = b.organization_id WHERE ce.campaign_id = $1`, [campaignId]);
    return rows.map((r) => ({ organizationId: r.organization_id, countyCode: r.county_code }));
  }

  async progress(c: Campaign, asOf = localDate(new Date())): Promise<CampaignProgress> {
    const [placements, organizations] = await Promise.all([this.placementCandidates(c.id), this.organizationCandidates(c.id)]);
    return campaignProgress(c, asOf, placements, organizations);
  }

  /** Campaigns whose period includes the date, for the dashboard: all of them for the city, a county's and the city's own for a county. */
  async inProgress(actor: Actor | null, countyCode: string | null | undefined, asOf: string): Promise<Campaign[]> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const county = a.role === Role.STAFF && a.scopeCountyCode ? a.scopeCountyCode : countyCode ?? null;
    return this.ds.getRepository(Campaign).createQueryBuilder('c')
      .where('c.start_date <= :d AND c.end_date >= :d', { d: asOf })
      .andWhere('(:county::text IS NULL OR c.county_codes = \'{}\' OR :county = ANY(c.county_codes))', { county })
      .orderBy('c.start_date', 'DESC').addOrderBy('c.name_zh').take(50).getMany();
  }

  /** Campaigns a posting belongs to (what its employer sees), directly or through a linked fair it has a booth at. */
  async forPosting(postingId: string): Promise<Campaign[]> {
    return this.ds.getRepository(Campaign).createQueryBuilder('c')
      .where(`c.id IN (SELECT campaign_id FROM campaign_posting WHERE posting_id = :id)`, { id: postingId })
      .orderBy('c.start_date', 'DESC').getMany();
  }
}
