// Invitations to apply: from the candidates list an employer invites a seeker who consented to be found to apply for
// one of its published positions, with a note; one invitation per seeker and posting. The seeker applies (the
// invitation then says so) or declines with an optional reason. Each step notifies the other side in its transaction.
import { Injectable } from '@nestjs/common';
import { Args, Field, ID, InputType, Mutation, ObjectType, Query, registerEnumType, ResolveField, Resolver, Parent } from '@nestjs/graphql';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { requireActor } from '../auth/auth.service.js';
import { ConsentPurpose, PostingStatus, Role } from '../common/domain.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { queryRows } from '../database/sql.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { Posting } from '../postings/posting.entity.js';
import { PostingsService } from '../postings/postings.service.js';
import { SeekersService } from '../seekers/seekers.service.js';

export enum InvitationStatus { SENT = 'SENT', APPLIED = 'APPLIED', DECLINED = 'DECLINED' }
registerEnumType(InvitationStatus, { name: 'InvitationStatus', description: '申请邀请的状态' });

@ObjectType({ description: '用人单位邀请求职者申请职位' })
export class Invitation {
  @Field(() => ID) id: string;
  @Field(() => ID) postingId: string;
  @Field(() => ID) seekerId: string;
  @Field() note: string;
  @Field(() => InvitationStatus) status: InvitationStatus;
  @Field(() => String, { nullable: true }) declineReason: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) respondedAt: Date | null;
}

@InputType()
export class InviteToApplyInput {
  @Field(() => ID) @IsUUID() postingId: string;
  @Field(() => ID) @IsUUID() seekerId: string;
  @Field({ defaultValue: '', description: 'At most 500 characters' }) @MaxLength(500) note: string;
}

@InputType()
export class DeclineInvitationInput {
  @Field(() => ID) @IsUUID() invitationId: string;
  @Field(() => String, { nullable: true, description: 'At most 300 characters' }) @IsOptional() @MaxLength(300) declineReason?: string | null;
}

const COLUMNS = `id, posting_id AS "postingId", seeker_id AS "seekerId", note, status, decline_reason AS "declineReason",
  created_at AS "createdAt", responded_at AS "respondedAt"`;

@Injectable()
export class InvitationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly postings: PostingsService,
    private readonly seekers: SeekersService,
    private readonly notifications: NotificationsService,
    private readonly orgs: OrganizationsService,
  ) {}

  async invite(actor: Actor | null, input: InviteToApplyInput): Promise<Invitation> {
    const a = requireActor(actor, Role.EMPLOYER);
    const posting = await this.postings.findById(input.postingId);
    if (!posting || !this.postings.canManage(a, posting)) throw InvalidInputError.field('input.postingId', 'error.notFound', { entity: 'posting' });
    if (posting.status !== PostingStatus.PUBLISHED) throw new ConflictError('error.postingNotOpen');
    if (posting.hiredCount >= posting.openings) throw new ConflictError('error.postingFilled');
    const seeker = await this.seekers.findById(input.seekerId);
    // only people who agreed to be found are candidates; anyone else does not exist for an employer
    const consents = seeker ? await this.seekers.currentConsents(this.ds.manager, seeker.id) : new Set<ConsentPurpose>();
    if (!seeker || !consents.has(ConsentPurpose.DISCOVERABLE)) throw InvalidInputError.field('input.seekerId', 'error.notFound', { entity: 'seeker' });
    const note = input.note.trim();
    return this.ds.transaction(async (m) => {
      const rows = await queryRows<Invitation>(m,
        `INSERT INTO invitation (posting_id, seeker_id, invited_by, note) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT invitation_one_per_posting DO NOTHING RETURNING ${COLUMNS}`,
        [posting.id, seeker.id, a.userId, note]);
      if (!rows[0]) throw new ConflictError('error.alreadyInvited');
      const org = await this.orgs.findById(posting.organizationId, m);
      if (seeker.userId) {
        await this.notifications.notify(m, [seeker.userId], NotificationKind.INVITED_TO_APPLY,
          { organization: org?.name ?? '', title: posting.title, postingId: posting.id, link: '/applications' });
      }
      return rows[0];
    });
  }

  async mine(actor: Actor | null): Promise<Invitation[]> {
    const a = requireActor(actor, Role.SEEKER);
    const seekerId = await this.seekers.idOfUser(a.userId);
    if (!seekerId) return [];
    return this.ds.query(`SELECT ${COLUMNS} FROM invitation WHERE seeker_id = $1 ORDER BY created_at DESC, id LIMIT 100`, [seekerId]);
  }

  /** The posting's employer and staff in scope: every invitation sent for it. */
  async forPosting(actor: Actor | null, postingId: string): Promise<Invitation[]> {
    const a = requireActor(actor, Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    const posting = await this.postings.findById(postingId);
    if (!posting || !this.postings.canManage(a, posting)) throw new NotFoundError('posting');
    return this.ds.query(`SELECT ${COLUMNS} FROM invitation WHERE posting_id = $1 ORDER BY created_at DESC, id`, [postingId]);
  }

  async decline(actor: Actor | null, input: DeclineInvitationInput): Promise<Invitation> {
    const a = requireActor(actor, Role.SEEKER);
    const seekerId = await this.seekers.idOfUser(a.userId);
    const reason = input.declineReason?.trim() || null;
    return this.ds.transaction(async (m) => {
      const [inv] = await queryRows<Invitation & { invitedBy: string }>(m,
        `SELECT ${COLUMNS}, invited_by AS "invitedBy" FROM invitation WHERE id = $1 FOR UPDATE`, [input.invitationId]);
      if (!inv || inv.seekerId !== seekerId) throw InvalidInputError.field('input.invitationId', 'error.notFound', { entity: 'invitation' });
      if (inv.status !== InvitationStatus.SENT) throw new ConflictError('error.invitationAnswered');
      const [row] = await queryRows<Invitation>(m,
        `UPDATE invitation SET status = 'DECLINED', decline_reason = $2, responded_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
        [inv.id, reason]);
      await this.notifyInviter(m, inv.invitedBy, inv.postingId, seekerId!, NotificationKind.INVITATION_DECLINED, reason ?? '');
      return row;
    });
  }

  /** In the application's transaction: an invitation for this posting is answered by applying (its inviter told). */
  async markApplied(m: EntityManager, seekerId: string, postingId: string): Promise<void> {
    const rows = await queryRows<{ invitedBy: string }>(m,
      `UPDATE invitation SET status = 'APPLIED', responded_at = now()
        WHERE seeker_id = $1 AND posting_id = $2 AND status = 'SENT' RETURNING invited_by AS "invitedBy"`, [seekerId, postingId]);
    if (rows[0]) await this.notifyInviter(m, rows[0].invitedBy, postingId, seekerId, NotificationKind.INVITATION_ACCEPTED, '');
  }

  private async notifyInviter(m: EntityManager, userId: string, postingId: string, seekerId: string, kind: NotificationKind, reason: string) {
    const [posting, seeker] = await Promise.all([this.postings.findById(postingId, m), this.seekers.findById(seekerId, m)]);
    await this.notifications.notify(m, [userId], kind, { title: posting?.title ?? '', name: seeker?.name ?? '', reason, postingId, link: `/employer/postings/${postingId}/candidates` });
  }
}

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(private readonly service: InvitationsService) {}

  @Mutation(() => Invitation, { description: 'Employers: invite a seeker who consented to be found to apply for one of their published positions, with a note' })
  inviteToApply(@Args('input') input: InviteToApplyInput, @Ctx() ctx: GqlContext) {
    return this.service.invite(ctx.actor, input);
  }

  @Mutation(() => Invitation, { description: 'Seekers: decline an invitation to apply, with an optional reason' })
  declineInvitation(@Args('input') input: DeclineInvitationInput, @Ctx() ctx: GqlContext) {
    return this.service.decline(ctx.actor, input);
  }

  @Query(() => [Invitation], { description: 'Seekers: invitations to apply they received, newest first' })
  myInvitations(@Ctx() ctx: GqlContext) {
    return this.service.mine(ctx.actor);
  }

  @Query(() => [Invitation], { description: 'The posting\'s employer and staff in scope: invitations sent for it' })
  invitationsForPosting(@Args('postingId', { type: () => ID }, IdPipe) postingId: string, @Ctx() ctx: GqlContext) {
    return this.service.forPosting(ctx.actor, postingId);
  }

  @ResolveField(() => Posting)
  posting(@Parent() i: Invitation, @Ctx() ctx: GqlContext) {
    return ctx.loaders.posting.load(i.postingId);
  }
}
