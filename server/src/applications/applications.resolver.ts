import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ApplicationStatus, Role } from '../common/domain.js';
import { PageInput, Paginated } from '../common/pagination.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { Posting } from '../postings/posting.entity.js';
import { OnBehalfMark } from '../seekers/on-behalf.model.js';
import { OnBehalfService } from '../seekers/on-behalf.service.js';
import { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { Application, ApplicationStatusChange } from './application.entity.js';
import { ApplyInput, MoveApplicationInput } from './application.inputs.js';
import { movesFrom } from './application-transitions.js';
import { ApplicationsService } from './applications.service.js';

const ApplicationPage = Paginated(Application, 'ApplicationPage');

@Resolver(() => Application)
export class ApplicationsResolver {
  constructor(private readonly apps: ApplicationsService, private readonly onBehalfService: OnBehalfService) {}

  @Query(() => Application)
  application(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.apps.get(ctx.actor, id);
  }

  @Query(() => ApplicationPage, { description: 'Seekers: their own applications, newest first' })
  myApplications(@Ctx() ctx: GqlContext, @Args('page', { nullable: true }) page?: PageInput) {
    return this.apps.mine(ctx.actor, page);
  }

  @Query(() => ApplicationPage, { description: 'The employer of the posting, and staff in scope' })
  applicationsForPosting(
    @Args('postingId', { type: () => ID }, IdPipe) postingId: string,
    @Ctx() ctx: GqlContext,
    @Args('status', { type: () => ApplicationStatus, nullable: true }) status?: ApplicationStatus,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.apps.forPosting(ctx.actor, postingId, status ?? undefined, page);
  }

  @Mutation(() => Application)
  applyToPosting(@Args('input') input: ApplyInput, @Ctx() ctx: GqlContext) {
    return this.apps.apply(ctx.actor, input);
  }

  @Mutation(() => Application, {
    description: 'Staff of the person\'s county (city staff, administrators): apply for a person who consented (ACT_ON_BEHALF), with the rules of applyToPosting',
  })
  applyOnBehalf(
    @Args('seekerId', { type: () => ID }, IdPipe) seekerId: string,
    @Args('input') input: ApplyInput,
    @Ctx() ctx: GqlContext,
  ) {
    return this.apps.applyOnBehalf(ctx.actor, seekerId, input);
  }

  @Mutation(() => Application)
  withdrawApplication(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.apps.withdraw(ctx.actor, id);
  }

  @Mutation(() => Application, { description: 'Employers: move an application to its next stage; HIRED records a placement' })
  moveApplication(@Args('input') input: MoveApplicationInput, @Ctx() ctx: GqlContext) {
    return this.apps.move(ctx.actor, input);
  }

  @ResolveField(() => Posting)
  posting(@Parent() app: Application, @Ctx() ctx: GqlContext) {
    return ctx.loaders.posting.load(app.postingId);
  }

  /** Loaded only for readers that passed the application's own check (applicant, employer, staff). */
  @ResolveField(() => SeekerProfile)
  seeker(@Parent() app: Application, @Ctx() ctx: GqlContext) {
    return ctx.loaders.seeker.load(app.seekerId);
  }

  @ResolveField(() => OnBehalfMark, { nullable: true, description: '由残联工作人员代办: who made it for the person, when staff did' })
  async onBehalf(@Parent() app: Application, @Ctx() ctx: GqlContext): Promise<OnBehalfMark | null> {
    if (!app.onBehalfBy) return null;
    const staff = await ctx.loaders.user.load(app.onBehalfBy);
    return this.onBehalfService.mark(staff?.displayName ?? '', app.onBehalfCountyCode);
  }

  @ResolveField(() => [ApplicationStatusChange], { description: 'Every status change, oldest first' })
  history(@Parent() app: Application, @Ctx() ctx: GqlContext) {
    return ctx.loaders.applicationHistory.load(app.id);
  }

  @ResolveField(() => [ApplicationStatus], {
    description: 'Where the reader may move this application next: the employer\'s next stages, or WITHDRAWN for the applicant',
  })
  moves(@Parent() app: Application, @Ctx() ctx: GqlContext): readonly ApplicationStatus[] {
    const role = ctx.actor?.role;
    return role === Role.EMPLOYER ? movesFrom('EMPLOYER', app.status) : role === Role.SEEKER ? movesFrom('SEEKER', app.status) : [];
  }
}
