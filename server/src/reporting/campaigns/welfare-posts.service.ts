// The federation's 助残类公益性岗位 (二、主要措施（五）: 20-30 posts such as 残疾人就业辅导员 and 专职管理服务人员): staff mark
// public-welfare postings as such posts and see how many there are against the range, a policy setting
// (welfare.planRange: the plan's 20-30 until city staff change it, with its source; docs/counting.md).
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, staffCovers } from '../../auth/actor.js';
import { AuditService } from '../../auth/audit.service.js';
import { requireActor } from '../../auth/auth.service.js';
import { Role } from '../../common/domain.js';
import { FieldProblems, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { queryRows } from '../../database/sql.js';
import { NotificationKind } from '../../notifications/notification-kind.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { OrganizationsService } from '../../organizations/organizations.service.js';
import { PolicySettingsService } from '../../policy/policy-settings.service.js';

export interface WelfarePostsSummary { count: number; planMin: number; planMax: number; planSource: string; postingIds: string[] }

@Injectable()
export class WelfarePostsService {
  constructor(
    private readonly ds: DataSource, private readonly audit: AuditService,
    private readonly notifications: NotificationsService, private readonly orgs: OrganizationsService,
    private readonly policy: PolicySettingsService,
  ) {}

  /** The posts city-wide (the plan's 20-30 is one number for the federation at all levels), newest mark first, and the range in force. */
  async summary(actor: Actor | null): Promise<WelfarePostsSummary> {
    requireActor(actor, Role.STAFF, Role.ADMIN);
    const rows: Array<{ posting_id: string }> = await this.ds.query(
      `SELECT w.posting_id FROM welfare_post_mark w JOIN posting p ON p.id = w.posting_id ORDER BY w.marked_at DESC, w.posting_id LIMIT 500`);
    const range = await this.policy.setting('welfare.planRange');
    return { count: rows.length, planMin: range.value.minPosts, planMax: range.value.maxPosts, planSource: range.source, postingIds: rows.map((r) => r.posting_id) };
  }

  /** Marks (or unmarks) a public-welfare posting; staff of its county or the city. Its employer is told. */
  async mark(actor: Actor | null, postingId: string, marked: boolean): Promise<boolean> {
    const a = requireActor(actor, Role.STAFF, Role.ADMIN);
    await this.ds.transaction(async (m) => {
      const [p]: Array<{ county_code: string; employment_form: string; title: string; organization_id: string }> = await m.query(
        `SELECT county_code, employment_form, title, organization_id FROM posting WHERE id = $1`, [postingId]);
      if (!p) throw new NotFoundError('posting');
      if (!staffCovers(a, p.county_code)) throw new ForbiddenError('error.outOfScope');
      if (marked) new FieldProblems().check(p.employment_form === 'PUBLIC_WELFARE', 'postingId', 'validation.welfarePostForm').throwIfAny();
      const rows: unknown[] = marked
        ? await queryRows(m, `INSERT INTO welfare_post_mark (posting_id, marked_by) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING posting_id`, [postingId, a.userId])
        : await queryRows(m, `DELETE FROM welfare_post_mark WHERE posting_id = $1 RETURNING posting_id`, [postingId]);
      if (!rows.length) return;
      const members = await this.orgs.memberUserIds(p.organization_id, m);
      await this.notifications.notify(m, members, marked ? NotificationKind.WELFARE_POST_MARKED : NotificationKind.WELFARE_POST_UNMARKED,
        { title: p.title, path: `/employer/postings/${postingId}/edit` });
      await this.audit.record(a, [{ action: a.role === Role.ADMIN ? 'ADMIN_ACTION' : 'STAFF_ACTION', entity: 'posting', entityId: postingId, detail: { op: marked ? 'markWelfarePost' : 'unmarkWelfarePost' } }], m);
    });
    return marked;
  }
}
