// Which action line a placement counts under, worked out by the rule (action-line.ts) from the facts on record, and
// moved when the blind-massage facts change after the placement was recorded (docs/counting.md "Which action line").
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ActionLine, type EmploymentForm } from '../common/domain.js';
import { MassageService } from '../massage/massage.service.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import type { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { deriveActionLine } from './action-line.js';
import { addHistory } from './placement-history.js';
import { Placement } from './placement.entity.js';
import { PlacementChangeKind } from './placement-vocab.js';

@Injectable()
export class ActionLines {
  constructor(private readonly massage: MassageService, private readonly seekers: SeekersService, private readonly orgs: OrganizationsService) {
    // the massage register tells of each change to its facts, in its own transaction (it cannot import placements)
    massage.onFactsChanged((m, changed, actorUserId, reason) => this.followMassageFacts(m, changed, actorUserId, reason));
  }

  /** The line the rule gives (action-line.ts), blind massage from the facts on record now (docs/counting.md), or without them. */
  async ruleLine(m: EntityManager, seeker: SeekerProfile, organization: Organization, employmentForm: EmploymentForm, startDate: string,
    massageRole: boolean, withMassageFacts = true): Promise<ActionLine> {
    return deriveActionLine({
      organizationType: organization.type, employmentForm, category: seeker.category, residence: seeker.residence,
      graduateYear: seeker.graduateYear, startYear: Number(startDate.slice(0, 4)), massageRole,
      // blind massage is counted from facts on record (docs/counting.md), not from the job's title
      employerIsMassageClinic: withMassageFacts && await this.massage.isClinic(m, organization.id, startDate),
      holdsMassageQualification: withMassageFacts && await this.massage.holdsQualification(m, seeker.id, startDate),
    });
  }

  /**
   * A clinic or a qualification was registered, changed or ended (massage.service tells, in its transaction): the
   * placements of that employer or person whose line the rule gave are counted under blind massage, or leave it, as
   * the facts now say, each move kept in the placement's history. A line staff chose never moves; nor does one the
   * form or a recent graduation gave (they come first in the rule). The dashboard and the quarterly report read the
   * line, so both count the move at their next read (docs/counting.md "Which action line").
   */
  async followMassageFacts(m: EntityManager, changed: { organizationId?: string; seekerId?: string }, actorUserId: string, reason: string): Promise<number> {
    const rows = await m.getRepository(Placement).createQueryBuilder('p').setLock('pessimistic_write')
      .where('p.actionLineChosen = false')
      .andWhere(changed.organizationId ? 'p.organizationId = :org' : 'p.seekerId = :seeker', { org: changed.organizationId, seeker: changed.seekerId })
      .orderBy('p.id').getMany();
    let moved = 0;
    for (const p of rows) {
      const [seeker, organization] = await Promise.all([this.seekers.findById(p.seekerId, m), this.orgs.findById(p.organizationId, m)]);
      if (!seeker || !organization) continue;
      const now = await this.ruleLine(m, seeker, organization, p.employmentForm, p.startDate, p.massageRole);
      const without = await this.ruleLine(m, seeker, organization, p.employmentForm, p.startDate, p.massageRole, false);
      const joins = now === ActionLine.BLIND_MASSAGE && p.actionLine === without;
      const leaves = p.actionLine === ActionLine.BLIND_MASSAGE && now !== ActionLine.BLIND_MASSAGE;
      if (!joins && !leaves) continue;
      await m.getRepository(Placement).update({ id: p.id }, { actionLine: now });
      await addHistory(m, p.id, PlacementChangeKind.CORRECTED, { changes: [{ field: 'actionLine', from: p.actionLine, to: now }], reason, actorUserId });
      moved += 1;
    }
    return moved;
  }
}
