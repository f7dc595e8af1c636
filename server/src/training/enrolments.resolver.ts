import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { OnBehalfMark } from '../seekers/on-behalf.model.js';
import { OnBehalfService } from '../seekers/on-behalf.service.js';
import { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { TrainingCourse } from './course.entity.js';
import { TrainingEnrolment } from './enrolment.entity.js';
import { EnrolmentsService } from './enrolments.service.js';
import { CompletionInput } from './training.inputs.js';
import { AttendanceFigure } from './training.models.js';

@Resolver(() => TrainingEnrolment)
export class EnrolmentsResolver {
  constructor(private readonly service: EnrolmentsService, private readonly onBehalfService: OnBehalfService) {}

  @Query(() => [TrainingEnrolment], { description: 'Seekers: their course enrolments, newest first' })
  myEnrolments(@Ctx() ctx: GqlContext) {
    return this.service.mine(ctx.actor);
  }

  @Query(() => [TrainingEnrolment], { description: 'Staff managing the course: its roster' })
  courseEnrolments(@Args('courseId', { type: () => ID }, IdPipe) courseId: string, @Ctx() ctx: GqlContext) {
    return this.service.forCourse(ctx.actor, courseId);
  }

  @Mutation(() => TrainingEnrolment, {
    description: 'A seeker enrols themself; staff of the person\'s county (city staff, administrators) enrol a person who consented (ACT_ON_BEHALF) by giving seekerId. Never beyond the places',
  })
  enrol(@Args('courseId', { type: () => ID }, IdPipe) courseId: string, @Ctx() ctx: GqlContext,
    @Args('seekerId', { type: () => ID, nullable: true }, IdPipe) seekerId?: string | null) {
    return this.service.enrol(ctx.actor, courseId, seekerId);
  }

  @Mutation(() => TrainingEnrolment, { description: 'Seekers: withdraw from a course not yet completed; the place is freed' })
  withdrawEnrolment(@Args('enrolmentId', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.service.withdraw(ctx.actor, id);
  }

  @Mutation(() => TrainingEnrolment, {
    description: 'Staff managing the course: take a person off it, with the reason (the person is told); the place is freed. Not once a result is recorded',
  })
  withdrawFromCourse(@Args('enrolmentId', { type: () => ID }, IdPipe) id: string, @Args('reason') reason: string, @Ctx() ctx: GqlContext) {
    return this.service.withdrawByStaff(ctx.actor, id, reason);
  }

  @Mutation(() => TrainingEnrolment, { description: 'Staff managing the course: completion and certificate; the person is told' })
  recordCompletion(@Args('enrolmentId', { type: () => ID }, IdPipe) id: string, @Args('input') input: CompletionInput, @Ctx() ctx: GqlContext) {
    return this.service.recordCompletion(ctx.actor, id, input);
  }

  @ResolveField(() => TrainingCourse)
  course(@Parent() e: TrainingEnrolment, @Ctx() ctx: GqlContext) {
    return ctx.loaders.course.load(e.courseId);
  }

  @ResolveField(() => SeekerProfile, { description: 'Staff see who enrolled; sensitive fields follow the seeker\'s own rules' })
  seeker(@Parent() e: TrainingEnrolment, @Ctx() ctx: GqlContext) {
    return ctx.loaders.seeker.load(e.seekerId);
  }

  @ResolveField(() => AttendanceFigure, { description: 'Sessions attended / sessions held, from the register (docs/counting.md)' })
  attendance(@Parent() e: TrainingEnrolment, @Ctx() ctx: GqlContext) {
    return ctx.loaders.enrolmentAttendance.load(e.id);
  }

  @ResolveField(() => OnBehalfMark, { nullable: true, description: 'Staff who withdrew the person, when staff did (with withdrawReason)' })
  withdrawnBy(@Parent() e: TrainingEnrolment, @Ctx() ctx: GqlContext): Promise<OnBehalfMark | null> {
    return this.staffMark(ctx, e.withdrawnBy, e.withdrawnByCountyCode);
  }

  @ResolveField(() => OnBehalfMark, { nullable: true, description: '由残联工作人员代办: who enrolled the person, when staff did' })
  onBehalf(@Parent() e: TrainingEnrolment, @Ctx() ctx: GqlContext): Promise<OnBehalfMark | null> {
    return this.staffMark(ctx, e.onBehalfBy, e.onBehalfCountyCode);
  }

  /** The staff member who acted on the enrolment and the office they acted for, worded for the reader. */
  private async staffMark(ctx: GqlContext, userId: string | null, officeCountyCode: string | null): Promise<OnBehalfMark | null> {
    if (!userId) return null;
    const staff = await ctx.loaders.user.load(userId);
    return this.onBehalfService.mark(staff?.displayName ?? '', officeCountyCode);
  }
}
