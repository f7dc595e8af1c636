// Acting for a person (代办): federation staff of the person's county (city staff: any county; administrators)
// apply, register for a fair or update the profile for a person who consented to it ("残联工作人员可以代我办理").
// The features that own those tables do the work (applications, events, seekers); this service decides who may,
// and records each act: an audit row and a notice to the person, in the same transaction as the act.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, staffCovers } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { displayNames } from '../auth/users.js';
import { ConsentPurpose, Role } from '../common/domain.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { translate } from '../common/messages.js';
import { pageOf, type Page, type PageInput } from '../common/pagination.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { notificationText, NotificationsService } from '../notifications/notifications.service.js';
import { RegionsService } from '../regions/regions.service.js';
import { OnBehalfAct, OnBehalfMark } from './on-behalf.model.js';
import { SeekerProfile } from './seeker-profile.entity.js';
import { todayInChina } from '../common/local-time.js';

/** Who acts for whom: checked by `authorize`, passed to the owning feature's service. */
export interface OnBehalf {
  staff: Actor;
  staffName: string;
  /** The office the staff member acts for: their county, or null for the city (city staff and administrators). */
  officeCountyCode: string | null;
  seeker: SeekerProfile;
}

export type OnBehalfKind = NotificationKind.APPLIED_ON_BEHALF | NotificationKind.REGISTERED_ON_BEHALF | NotificationKind.PROFILE_UPDATED_ON_BEHALF
  | NotificationKind.ENROLLED_ON_BEHALF;

@Injectable()
export class OnBehalfService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly regions: RegionsService,
  ) {}

  /** Staff covering the person's county, and the person's consent: otherwise FORBIDDEN with the reason. */
  async authorize(actor: Actor | null, seekerId: string): Promise<OnBehalf> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const seeker = await this.ds.getRepository(SeekerProfile).findOneBy({ id: seekerId });
    if (!seeker) throw new NotFoundError('seeker');
    if (!staffCovers(a, seeker.countyCode)) throw new ForbiddenError('error.outOfScope');
    await this.assertConsent(this.ds.manager, seeker);
    const staffName = (await displayNames(this.ds, [a.userId])).get(a.userId) ?? '';
    return { staff: a, staffName, officeCountyCode: a.role === Role.STAFF ? a.scopeCountyCode : null, seeker };
  }

  /** Checked again inside the act's transaction, the consent row locked: a withdrawal meanwhile stops the act. */
  async assertConsent(m: EntityManager, seeker: Pick<SeekerProfile, 'id' | 'name'>): Promise<void> {
    const [latest]: Array<{ granted: boolean }> = await m.query(
      `SELECT granted FROM consent_record WHERE seeker_id = $1 AND purpose = $2 ORDER BY id DESC LIMIT 1 FOR SHARE`,
      [seeker.id, ConsentPurpose.ACT_ON_BEHALF]);
    if (!latest?.granted) throw new ForbiddenError('error.noOnBehalfConsent', { name: seeker.name });
  }

  /**
   * A person without an account (imported from the registry) gives or withdraws the consent on a signed paper form;
   * staff covering their county record it with the date it was signed. Audited as a consent change.
   */
  async recordSignedConsent(actor: Actor | null, seekerId: string, granted: boolean, signedOn: string): Promise<SeekerProfile> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    const seeker = await this.ds.getRepository(SeekerProfile).findOneBy({ id: seekerId });
    if (!seeker) throw new NotFoundError('seeker');
    if (!staffCovers(a, seeker.countyCode)) throw new ForbiddenError('error.outOfScope');
    const today = todayInChina();
    if (signedOn > today) throw InvalidInputError.field('signedOn', 'validation.dateInFuture');
    await this.ds.transaction(async (m) => {
      await m.query(`SELECT id FROM seeker_profile WHERE id = $1 FOR UPDATE`, [seekerId]);
      const [latest]: Array<{ granted: boolean }> = await m.query(
        `SELECT granted FROM consent_record WHERE seeker_id = $1 AND purpose = $2 ORDER BY id DESC LIMIT 1`, [seekerId, ConsentPurpose.ACT_ON_BEHALF]);
      if ((latest?.granted ?? false) === granted) return;
      await m.query(`INSERT INTO consent_record (seeker_id, purpose, granted, recorded_by, evidence, signed_on) VALUES ($1,$2,$3,$4,'SIGNED_PAPER',$5)`,
        [seekerId, ConsentPurpose.ACT_ON_BEHALF, granted, a.userId, signedOn]);
      await this.audit.record(a, [{ action: 'CONSENT', entity: 'seeker', entityId: seekerId,
        detail: { [ConsentPurpose.ACT_ON_BEHALF]: granted, evidence: 'SIGNED_PAPER', signedOn } }], m);
    });
    return seeker;
  }

  /** Words for the office, worded when read: "罗山县残联" / "Luoshan County DPF". */
  officeParams(countyCode: string | null): Record<string, string> {
    const county = countyCode ? this.regions.county(countyCode) : undefined;
    return county
      ? { officeKey: 'onBehalf.office.county', officeZh: county.nameZh, officeEn: county.nameEn }
      : { officeKey: 'onBehalf.office.city', officeZh: this.regions.region.cityNameZh, officeEn: this.regions.region.cityNameEn };
  }

  /** The mark on an application or registration made for the person, in the reader's language. */
  mark(staffName: string, officeCountyCode: string | null): OnBehalfMark {
    return Object.assign(new OnBehalfMark(), { staffName, office: wordOffice(this.officeParams(officeCountyCode)) });
  }

  /**
   * Records the act in the caller's transaction: an audit row under the person (their page lists these), and a
   * notice to the person's account (a person imported from the registry without an account gets none).
   */
  async record(m: EntityManager, ob: OnBehalf, kind: OnBehalfKind, params: Record<string, string | number>, target: { entity: string; id: string }) {
    const all = { ...params, ...this.officeParams(ob.officeCountyCode), staff: ob.staffName };
    await this.audit.record(ob.staff, [{
      action: 'STAFF_ACTION', entity: 'seeker', entityId: ob.seeker.id, purpose: 'ON_BEHALF',
      detail: { onBehalf: kind, target: target.entity, targetId: target.id, params: all },
    }], m);
    if (ob.seeker.userId) await this.notifications.notify(m, [ob.seeker.userId], kind, all, params.eventId ? String(params.eventId) : null);
  }

  /** The person's own list of what staff did for them, newest first, worded in the reader's language. */
  async actsOnMyBehalf(actor: Actor | null, pageInput?: PageInput): Promise<Page<OnBehalfAct>> {
    const a = requireActor(actor, Role.SEEKER);
    const { offset, limit, page, pageSize } = pageOf(pageInput, 50);
    const [me]: Array<{ id: string }> = await this.ds.query(`SELECT id FROM seeker_profile WHERE user_id = $1`, [a.userId]);
    if (!me) return { items: [], total: 0, page, pageSize };
    const { rows, total } = await this.audit.onBehalfEntries(me.id, offset, limit);
    const items = rows.map((r) => {
      const kind = r.detail.onBehalf as OnBehalfKind;
      const params = r.detail.params as Record<string, string | number>;
      return Object.assign(new OnBehalfAct(), {
        at: r.at, kind, staffName: String(params.staff ?? ''), office: wordOffice(params),
        text: notificationText({ kind, params }).body,
        targetId: r.detail.target === 'seeker' ? null : String(r.detail.targetId ?? '') || null,
      });
    });
    return { items, total, page, pageSize };
  }
}

function wordOffice(params: Record<string, string | number>): string {
  return translate(String(params.officeKey ?? 'onBehalf.office.city'), params);
}
