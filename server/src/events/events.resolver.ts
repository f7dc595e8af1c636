import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageInput, Paginated } from '../common/pagination.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { County } from '../regions/county.entity.js';
import { RegionsService } from '../regions/regions.service.js';
import { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { EventBooth } from './booth.entity.js';
import { BoothsService } from './booths.service.js';
import { RecruitmentEvent } from './event.entity.js';
import { EventFilter, EventInput } from './event.inputs.js';
import { Eligibility, EventOutcomesModel, EventOverviewModel, ServiceOffer } from './event.models.js';
import { EventReportsService } from './event-reports.service.js';
import { EventStatus } from './event-vocab.js';
import { EventsService } from './events.service.js';
import { EventRegistration } from './registration.entity.js';
import { RegistrationsService } from './registrations.service.js';

const EventPage = Paginated(RecruitmentEvent, 'EventPage');

@Resolver(() => RecruitmentEvent)
export class EventsResolver {
  constructor(
    private readonly eventsService: EventsService,
    private readonly registrations: RegistrationsService,
    private readonly boothsService: BoothsService,
    private readonly reports: EventReportsService,
    private readonly regions: RegionsService,
  ) {}

  @Query(() => RecruitmentEvent)
  event(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.eventsService.get(ctx.actor, id);
  }

  @Query(() => EventPage, { description: 'Upcoming events (published), soonest first; staff may ask for other statuses' })
  events(@Ctx() ctx: GqlContext, @Args('filter', { nullable: true }) filter?: EventFilter, @Args('page', { nullable: true }) page?: PageInput) {
    return this.eventsService.list(ctx.actor, filter, page);
  }

  @Mutation(() => RecruitmentEvent, { description: 'Staff: create an event (draft)' })
  createEvent(@Args('input') input: EventInput, @Ctx() ctx: GqlContext) {
    return this.eventsService.create(ctx.actor, input);
  }

  @Mutation(() => RecruitmentEvent)
  updateEvent(@Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: EventInput, @Ctx() ctx: GqlContext) {
    return this.eventsService.update(ctx.actor, id, input);
  }

  @Mutation(() => RecruitmentEvent)
  publishEvent(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.eventsService.transition(ctx.actor, id, EventStatus.PUBLISHED);
  }

  @Mutation(() => RecruitmentEvent, { description: 'Staff: cancel with a reason; everyone registered is told' })
  cancelEvent(@Args('id', { type: () => ID }, IdPipe) id: string, @Args('reason') reason: string, @Ctx() ctx: GqlContext) {
    return this.eventsService.transition(ctx.actor, id, EventStatus.CANCELLED, reason);
  }

  @Mutation(() => RecruitmentEvent)
  finishEvent(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.eventsService.transition(ctx.actor, id, EventStatus.FINISHED);
  }

  @ResolveField(() => County, { nullable: true })
  county(@Parent() e: RecruitmentEvent) {
    return e.countyCode ? this.regions.county(e.countyCode) ?? null : null;
  }

  @ResolveField(() => Boolean, { description: 'May the signed-in person manage the event (edit, cancel, invite, check in)? Staff of another county see it read-only' })
  canManage(@Parent() e: RecruitmentEvent, @Ctx() ctx: GqlContext): boolean {
    return this.eventsService.canManage(ctx.actor, e);
  }

  @ResolveField(() => [ServiceOffer])
  serviceOffers(@Parent() e: RecruitmentEvent, @Ctx() ctx: GqlContext) {
    return ctx.loaders.serviceOffersByEvent.load(e.id);
  }

  @ResolveField(() => [EventBooth], { description: 'Approved booths; staff managing the event see all' })
  booths(@Parent() e: RecruitmentEvent, @Ctx() ctx: GqlContext) {
    return this.boothsService.forEvent(ctx.actor, e);
  }

  @ResolveField(() => EventRegistration, { nullable: true, description: 'The signed-in seeker\'s registration' })
  myRegistration(@Parent() e: RecruitmentEvent, @Ctx() ctx: GqlContext) {
    return this.registrations.myRegistrationFor(ctx.actor, e.id);
  }

  @ResolveField(() => Eligibility, { nullable: true, description: 'For a signed-in seeker with a profile: may they attend, and if not, why' })
  async eligibility(@Parent() e: RecruitmentEvent, @Ctx() ctx: GqlContext): Promise<Eligibility | null> {
    const seeker: SeekerProfile | null = ctx.actor ? await this.registrations.seekerOrNull(ctx.actor) : null;
    if (!seeker) return null;
    const reasons = this.registrations.ineligibility(e, seeker);
    return { eligible: reasons.length === 0, reasons };
  }

  @ResolveField(() => EventOverviewModel, { nullable: true, description: 'Staff managing the event' })
  overview(@Parent() e: RecruitmentEvent, @Ctx() ctx: GqlContext) {
    return this.eventsService.canManage(ctx.actor, e) ? this.reports.overview(ctx.actor, e.id) : null;
  }

  @ResolveField(() => EventOutcomesModel, { nullable: true, description: 'Staff managing the event' })
  async outcomes(@Parent() e: RecruitmentEvent, @Ctx() ctx: GqlContext): Promise<EventOutcomesModel | null> {
    if (!this.eventsService.canManage(ctx.actor, e)) return null;
    const o = await this.reports.outcomes(ctx.actor, e.id);
    return { ...o, exportUrl: `/exports/events/${e.id}/outcomes.xlsx` };
  }
}
