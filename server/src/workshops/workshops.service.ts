// The register of workshops and bases (plan sections （四）（五）（六）): staff of the county keep it; everyone may
// browse it as places to work; staff link the placements of the people who work there.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, listScopeCounty, staffCovers } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Role } from '../common/domain.js';
import { ConflictError, FieldProblems, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { containsPattern, queryRows } from '../database/sql.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { Placement } from '../placements/placement.entity.js';
import { PlacementsService } from '../placements/placements.service.js';
import { RegionsService } from '../regions/regions.service.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { Workshop } from './workshop.entity.js';
import { WorkshopFilter, WorkshopInput } from './workshop.inputs.js';

export interface CountyWorkshops { countyCode: string; workshops: number; capacity: number; employed: number }

@Injectable()
export class WorkshopsService {
  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly placements: PlacementsService,
    private readonly seekers: SeekersService,
    private readonly orgs: OrganizationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(id: string, m: EntityManager = this.ds.manager): Promise<Workshop> {
    const w = await m.getRepository(Workshop).findOneBy({ id });
    if (!w) throw new NotFoundError('workshop');
    return w;
  }

  /**
   * The workshops the register records as run by the organization, and those with these ids (where its hires are
   * linked), for subsidies' rules on the support of workshops and bases. No access rule: the caller applies its own.
   */
  async runByOrLinked(organizationId: string, linkedIds: readonly string[]): Promise<Workshop[]> {
    return this.ds.getRepository(Workshop).createQueryBuilder('w')
      .where('w.organizationId = :o OR w.id = ANY(:ids::uuid[])', { o: organizationId, ids: [...linkedIds] })
      .orderBy('w.name').addOrderBy('w.id').take(100).getMany();
  }

  /** Public: the register with filters, nearest first when a county is given (that county's, then by name). */
  async list(f: WorkshopFilter = {}, pageInput?: PageInput): Promise<Page<Workshop>> {
    const { offset, limit, page, pageSize } = pageOf(pageInput, this.config.pageSizeMax);
    const qb = this.ds.getRepository(Workshop).createQueryBuilder('w');
    if (f.countyCode) qb.andWhere('w.countyCode = :county', { county: f.countyCode });
    if (f.kind) qb.andWhere('w.kind = :kind', { kind: f.kind });
    if (f.supports?.length) qb.andWhere('w.supports @> :supports', { supports: f.supports });
    if (f.homeBased) qb.andWhere('w.homeBased = true');
    if (f.q?.trim()) {
      qb.andWhere(`(w.name ILIKE :q OR array_to_string(w.workKinds, ' ') ILIKE :q OR w.town ILIKE :q)`, { q: containsPattern(f.q.trim()) });
    }
    if (f.hasRoom) {
      const employed = await this.placements.employedByWorkshop(this.ds);
      qb.andWhere(`w.capacity > COALESCE((SELECT e.n FROM unnest(:eIds::uuid[], :eNs::int[]) AS e(id, n) WHERE e.id = w.id), 0)`,
        { eIds: [...employed.keys()], eNs: [...employed.values()] });
    }
    const [items, total] = await qb.orderBy('w.countyCode').addOrderBy('w.name').addOrderBy('w.id').skip(offset).take(limit).getManyAndCount();
    return { items, total, page, pageSize };
  }

  private async validate(input: WorkshopInput): Promise<Partial<Workshop>> {
    const p = new FieldProblems()
      .check(this.regions.isCounty(input.countyCode), 'input.countyCode', 'validation.unknownCounty')
      .check(input.name.trim().length >= 2, 'input.name', 'validation.isNotEmpty')
      .check(input.contactName.trim().length >= 2, 'input.contactName', 'validation.isNotEmpty');
    input.workKinds.forEach((k, i) => p.check(k.trim().length > 0, `input.workKinds.${i}`, 'validation.isNotEmpty'));
    p.throwIfAny();
    if (input.organizationId && !(await this.orgs.findById(input.organizationId))) {
      throw InvalidInputError.field('input.organizationId', 'error.notFound', { entity: 'organization' });
    }
    return {
      kind: input.kind, name: input.name.trim(), countyCode: input.countyCode, town: input.town.trim(), address: input.address.trim(),
      capacity: input.capacity, supports: input.supports, accessibilityNote: input.accessibilityNote.trim(),
      workKinds: input.workKinds.map((k) => k.trim()), homeBased: input.homeBased, description: input.description.trim(),
      contactName: input.contactName.trim(), contactPhone: input.contactPhone.trim(), organizationId: input.organizationId ?? null,
    };
  }

  async create(actor: Actor | null, input: WorkshopInput): Promise<Workshop> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const fields = await this.validate(input);
    if (!staffCovers(a, fields.countyCode)) throw new ForbiddenError('error.outOfScope');
    return this.ds.transaction(async (m) => {
      const w = m.getRepository(Workshop).create({ ...fields, createdBy: a.userId });
      await m.getRepository(Workshop).insert(w);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'workshop', entityId: w.id, detail: { op: 'create' } }], m);
      return m.getRepository(Workshop).findOneByOrFail({ id: w.id });
    });
  }

  async update(actor: Actor | null, id: string, input: WorkshopInput): Promise<Workshop> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const fields = await this.validate(input);
    return this.ds.transaction(async (m) => {
      await m.query(`SELECT id FROM workshop WHERE id = $1 FOR UPDATE`, [id]);
      const current = await this.get(id, m);
      if (!staffCovers(a, current.countyCode) || !staffCovers(a, fields.countyCode)) throw new ForbiddenError('error.outOfScope');
      const employed = (await this.placements.employedByWorkshop(m, [id])).get(id) ?? 0;
      if (fields.capacity! < employed) throw InvalidInputError.field('input.capacity', 'validation.capacityBelowEmployed', { count: employed });
      await m.getRepository(Workshop).update({ id }, fields);
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'workshop', entityId: id, detail: { op: 'update' } }], m);
      return m.getRepository(Workshop).findOneByOrFail({ id });
    });
  }

  /**
   * Staff link a placement to the workshop the person works at (null unlinks). Staff must cover both the placement's
   * and the workshop's county; a full workshop takes no one more. The person is told.
   */
  async linkPlacement(actor: Actor | null, placementId: string, workshopId: string | null): Promise<Placement> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const placement = await this.placements.get(a, placementId);
    if (placement.workshopId === workshopId) {
      throw InvalidInputError.field('workshopId', 'validation.workshopAlreadyLinked');
    }
    await this.ds.transaction(async (m) => {
      let workshop: Workshop | null = null;
      if (workshopId) {
        // lock the workshop: two links at once must not go past its capacity
        await m.query(`SELECT id FROM workshop WHERE id = $1 FOR UPDATE`, [workshopId]);
        workshop = await m.getRepository(Workshop).findOneBy({ id: workshopId });
        if (!workshop) throw InvalidInputError.field('workshopId', 'error.notFound', { entity: 'workshop' });
        if (!staffCovers(a, workshop.countyCode)) throw new ForbiddenError('error.outOfScope');
        const employed = (await this.placements.employedByWorkshop(m, [workshopId])).get(workshopId) ?? 0;
        if (placement.endDate === null && placement.excludedAt === null && employed >= workshop.capacity) {
          throw new ConflictError('error.workshopFull', { name: workshop.name, capacity: workshop.capacity });
        }
      }
      const previous = placement.workshopId ? await m.getRepository(Workshop).findOneBy({ id: placement.workshopId }) : null;
      await this.placements.linkWorkshop(m, placementId, { id: workshopId, name: workshop?.name ?? null, previousName: previous?.name ?? null },
        a.userId, workshop ? `登记为在“${workshop.name}”就业` : '取消就业工坊登记');
      await this.audit.record(a, [{ action: 'STAFF_ACTION', entity: 'placement', entityId: placementId, detail: { op: 'linkWorkshop', workshopId } }], m);
      const org = await this.orgs.findById(placement.organizationId, m);
      const userIds = await this.seekers.userIdsOf([placement.seekerId], m);
      if (workshop) {
        await this.notifications.notify(m, userIds, NotificationKind.WORKSHOP_LINKED,
          { workshop: workshop.name, kindKey: `workshop.kind.${workshop.kind}`, organization: org?.name ?? '' });
      } else if (previous) {
        await this.notifications.notify(m, userIds, NotificationKind.WORKSHOP_UNLINKED, { workshop: previous.name, organization: org?.name ?? '' });
      }
    });
    return this.placements.get(a, placementId);
  }

  /** Staff: per county, how many workshops, their capacity and the people employed there now (county staff: theirs). */
  async byCounty(actor: Actor | null): Promise<CountyWorkshops[]> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const scope = listScopeCounty(a);
    const workshops = await queryRows<{ id: string; countyCode: string; capacity: number }>(this.ds,
      `SELECT id, county_code AS "countyCode", capacity FROM workshop WHERE $1::text IS NULL OR county_code = $1`, [scope]);
    const employed = await this.placements.employedByWorkshop(this.ds, workshops.map((w) => w.id));
    const byCounty = new Map<string, CountyWorkshops>();
    for (const w of workshops) {
      const c = byCounty.get(w.countyCode) ?? { countyCode: w.countyCode, workshops: 0, capacity: 0, employed: 0 };
      c.workshops += 1;
      c.capacity += w.capacity;
      c.employed += employed.get(w.id) ?? 0;
      byCounty.set(w.countyCode, c);
    }
    return [...byCounty.values()].sort((x, y) => x.countyCode.localeCompare(y.countyCode));
  }
}
