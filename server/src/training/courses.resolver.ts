import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageInput, Paginated } from '../common/pagination.js';
import { translate } from '../common/messages.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { County } from '../regions/county.entity.js';
import { RegionsService } from '../regions/regions.service.js';
import { TrainingCourse } from './course.entity.js';
import { CoursesService } from './courses.service.js';
import { TrainingEnrolment } from './enrolment.entity.js';
import { EnrolmentsService } from './enrolments.service.js';
import { TrainingProvider } from './provider.entity.js';
import { CourseFilter, CourseInput, ProviderInput } from './training.inputs.js';

const CoursePage = Paginated(TrainingCourse, 'CoursePage');

@Resolver(() => TrainingCourse)
export class CoursesResolver {
  constructor(private readonly service: CoursesService, private readonly enrolments: EnrolmentsService, private readonly regions: RegionsService) {}

  @Query(() => CoursePage, { description: 'Courses taking enrolments, soonest first (staff may include closed ones)' })
  courses(@Ctx() ctx: GqlContext, @Args('filter', { nullable: true }) filter?: CourseFilter, @Args('page', { nullable: true }) page?: PageInput) {
    return this.service.list(ctx.actor, filter, page);
  }

  @Query(() => TrainingCourse)
  course(@Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.get(id);
  }

  @Query(() => [TrainingProvider], { description: 'Staff: training providers' })
  trainingProviders(@Ctx() ctx: GqlContext) {
    return this.service.providers(ctx.actor);
  }

  @Mutation(() => TrainingProvider, { description: 'Staff: register a provider (id empty) or change one in their county' })
  saveTrainingProvider(@Args('input') input: ProviderInput, @Ctx() ctx: GqlContext,
    @Args('id', { type: () => ID, nullable: true }, IdPipe) id?: string | null) {
    return this.service.saveProvider(ctx.actor, id ?? null, input);
  }

  @Mutation(() => TrainingCourse, { description: 'Staff: create a course in a county they cover' })
  createCourse(@Args('input') input: CourseInput, @Ctx() ctx: GqlContext) {
    return this.service.create(ctx.actor, input);
  }

  @Mutation(() => TrainingCourse, { description: 'Staff: change a course they manage' })
  updateCourse(@Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: CourseInput, @Ctx() ctx: GqlContext) {
    return this.service.update(ctx.actor, id, input);
  }

  @Mutation(() => TrainingCourse, {
    description: 'Staff managing the course: cancel it with the reason, before it ends and before any result is recorded; everyone enrolled is told',
  })
  cancelCourse(@Args('id', { type: () => ID }, IdPipe) id: string, @Args('reason') reason: string, @Ctx() ctx: GqlContext) {
    return this.service.cancel(ctx.actor, id, reason);
  }

  @ResolveField(() => TrainingProvider, { nullable: true })
  provider(@Parent() c: TrainingCourse, @Ctx() ctx: GqlContext) {
    return ctx.loaders.trainingProvider.load(c.providerId);
  }

  @ResolveField(() => County, { nullable: true })
  county(@Parent() c: TrainingCourse) {
    return c.countyCode ? this.regions.county(c.countyCode) ?? null : null;
  }

  @ResolveField(() => String, { description: 'The subsidy per person in the request language; 待核实 (unverified) when no source states it' })
  subsidyAmountText(@Parent() c: TrainingCourse): string {
    return c.subsidyYuan == null ? translate('training.unverified') : `${c.subsidyYuan} ${translate('training.yuan')}`;
  }

  @ResolveField(() => Boolean, { description: 'A free place is left' })
  hasPlaces(@Parent() c: TrainingCourse): boolean {
    return c.enrolledCount < c.capacity;
  }

  @ResolveField(() => Boolean, { description: 'May the signed-in person manage the course (edit, roster)?' })
  canManage(@Parent() c: TrainingCourse, @Ctx() ctx: GqlContext): boolean {
    return this.service.canManage(ctx.actor, c);
  }

  @ResolveField(() => TrainingEnrolment, { nullable: true, description: 'The signed-in seeker\'s enrolment' })
  myEnrolment(@Parent() c: TrainingCourse, @Ctx() ctx: GqlContext) {
    return this.enrolments.myEnrolmentFor(ctx.actor, c.id);
  }
}

@Resolver(() => TrainingProvider)
export class ProvidersResolver {
  constructor(private readonly courses: CoursesService) {}

  @ResolveField(() => Boolean)
  canManage(@Parent() p: TrainingProvider, @Ctx() ctx: GqlContext): boolean {
    return this.courses.canManage(ctx.actor, p);
  }
}
