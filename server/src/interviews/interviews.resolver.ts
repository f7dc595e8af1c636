import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Application } from '../applications/application.entity.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { Interview, InterviewAccommodationItem, ServiceRequest } from './interview.entity.js';
import {
  CancelInterviewInput, ConfirmAccommodationInput, HandleServiceRequestInput, RecordInterviewOutcomeInput, RequestInterpreterInput,
  RescheduleInterviewInput, RespondToInterviewInput, ScheduleInterviewInput,
} from './interview.inputs.js';
import { CountyInterviewRow, ServiceRequestRow } from './interview.models.js';
import { ServiceRequestStatus } from './interview-vocab.js';
import { InterviewsService } from './interviews.service.js';

@Resolver(() => Interview)
export class InterviewsResolver {
  constructor(private readonly interviews: InterviewsService) {}

  @Mutation(() => Interview, { description: 'Employers (and staff covering the posting): propose an interview; the application moves to INTERVIEW (邀请面试)' })
  scheduleInterview(@Args('input') input: ScheduleInterviewInput, @Ctx() ctx: GqlContext) {
    return this.interviews.schedule(ctx.actor, input);
  }

  @Mutation(() => Interview, { description: 'The seeker: accept the proposed time, or ask for another with a note' })
  respondToInterview(@Args('input') input: RespondToInterviewInput, @Ctx() ctx: GqlContext) {
    return this.interviews.respond(ctx.actor, input);
  }

  @Mutation(() => InterviewAccommodationItem, { description: 'The employer: confirm an accommodation the seeker asked for (saying how), or decline it with a reason' })
  confirmAccommodation(@Args('input') input: ConfirmAccommodationInput, @Ctx() ctx: GqlContext) {
    return this.interviews.confirmAccommodation(ctx.actor, input);
  }

  @Mutation(() => Interview, { description: 'The employer: a new time or place, with the reason; the seeker answers again' })
  rescheduleInterview(@Args('input') input: RescheduleInterviewInput, @Ctx() ctx: GqlContext) {
    return this.interviews.reschedule(ctx.actor, input);
  }

  @Mutation(() => Interview, { description: 'Either side: cancel with a reason the other side reads' })
  cancelInterview(@Args('input') input: CancelInterviewInput, @Ctx() ctx: GqlContext) {
    return this.interviews.cancel(ctx.actor, input);
  }

  @Mutation(() => Interview, { description: 'The employer: what happened (attended, no-show, rescheduled, cancelled)' })
  recordInterviewOutcome(@Args('input') input: RecordInterviewOutcomeInput, @Ctx() ctx: GqlContext) {
    return this.interviews.recordOutcome(ctx.actor, input);
  }

  @Mutation(() => ServiceRequest, { description: 'The employer: ask the federation of the seeker\'s county for a sign-language interpreter' })
  requestInterpreter(@Args('input') input: RequestInterpreterInput, @Ctx() ctx: GqlContext) {
    return this.interviews.requestInterpreter(ctx.actor, input);
  }

  @Mutation(() => ServiceRequest, { description: 'Staff in the county: mark a service request arranged or declined, with a note' })
  handleServiceRequest(@Args('input') input: HandleServiceRequestInput, @Ctx() ctx: GqlContext) {
    return this.interviews.handleServiceRequest(ctx.actor, input);
  }

  @Query(() => [CountyInterviewRow], { description: 'Staff: upcoming interviews of seekers in their county, by default those with accommodations still open' })
  countyInterviews(@Ctx() ctx: GqlContext, @Args('openOnly', { defaultValue: true }) openOnly: boolean) {
    return this.interviews.upcomingInCounty(ctx.actor, openOnly);
  }

  @Query(() => [ServiceRequestRow], { description: 'Staff: the service-request queue of their county, oldest first' })
  serviceRequests(@Ctx() ctx: GqlContext, @Args('status', { type: () => ServiceRequestStatus, defaultValue: ServiceRequestStatus.OPEN }) status: ServiceRequestStatus) {
    return this.interviews.queue(ctx.actor, status);
  }

  @ResolveField(() => [InterviewAccommodationItem], { description: 'Each accommodation the seeker asked for, with the employer\'s answer' })
  accommodations(@Parent() i: Interview, @Ctx() ctx: GqlContext) {
    return ctx.loaders.interviewAccommodations.load(i.id);
  }

  @ResolveField(() => [ServiceRequest], { name: 'serviceRequests', description: 'Requests to the federation for this interview (an interpreter)' })
  requests(@Parent() i: Interview, @Ctx() ctx: GqlContext) {
    return ctx.loaders.interviewServiceRequests.load(i.id);
  }

  @ResolveField(() => String, { description: 'The calendar file (.ics) to download' })
  calendarUrl(@Parent() i: Interview) {
    return `/exports/interviews/${i.id}.ics`;
  }
}

@Resolver(() => Application)
export class ApplicationInterviewsResolver {
  /** Readers of the application only (its own checks ran before this field): the newest first. */
  @ResolveField(() => [Interview], { description: 'The interviews proposed for this application, newest first' })
  interviews(@Parent() app: Application, @Ctx() ctx: GqlContext) {
    return ctx.loaders.applicationInterviews.load(app.id);
  }
}
