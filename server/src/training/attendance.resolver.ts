// The register of a course's sessions (考勤登记), for the staff managing the course.
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { AttendanceService } from './attendance.service.js';
import { CourseSession } from './training.models.js';
import { AttendanceRegisterInput } from './training.inputs.js';

@Resolver(() => CourseSession)
export class AttendanceResolver {
  constructor(private readonly service: AttendanceService) {}

  @Query(() => [CourseSession], { description: 'Staff managing the course: the sessions whose register is recorded (the sessions held), latest first' })
  courseRegister(@Args('courseId', { type: () => ID }, IdPipe) courseId: string, @Ctx() ctx: GqlContext) {
    return this.service.register(ctx.actor, courseId);
  }

  @Mutation(() => CourseSession, {
    description: 'Staff managing the course: the register of one session date (within the course, not in the future): everyone enrolled, present or absent. Saving a date again replaces its marks',
  })
  recordAttendance(@Args('input') input: AttendanceRegisterInput, @Ctx() ctx: GqlContext) {
    return this.service.record(ctx.actor, input);
  }
}
