import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type QRCodeModule from 'qrcode';
import { lazyModule } from '../common/lazy-module.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { ValidateEachPipe } from '../graphql/input-validation.pipe.js';
import { OnBehalfMark } from '../seekers/on-behalf.model.js';
import { OnBehalfService } from '../seekers/on-behalf.service.js';
import { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { RecruitmentEvent } from './event.entity.js';
import { ServiceRequestInput } from './event.inputs.js';
import { RegistrationStatus } from './event-vocab.js';
import { EventRegistration, EventServiceRequest } from './registration.entity.js';
import { RegistrationsService } from './registrations.service.js';

/** The QR code library, loaded at the first ticket drawn (common/lazy-module.ts). */
const qrCode = lazyModule<typeof QRCodeModule>('qrcode');

@Resolver(() => EventRegistration)
export class RegistrationsResolver {
  constructor(private readonly service: RegistrationsService, private readonly onBehalfService: OnBehalfService) {}

  @Query(() => [EventRegistration], { description: 'Seekers: their event registrations, newest first' })
  myEventRegistrations(@Ctx() ctx: GqlContext) {
    return this.service.mine(ctx.actor);
  }

  @Query(() => [EventRegistration], { description: 'Staff: registrations of an event they manage, in arrival order' })
  eventRegistrations(
    @Args('eventId', { type: () => ID }, IdPipe) eventId: string,
    @Ctx() ctx: GqlContext,
    @Args('status', { type: () => RegistrationStatus, nullable: true }) status?: RegistrationStatus,
  ) {
    return this.service.forEvent(ctx.actor, eventId, status ?? undefined);
  }

  @Mutation(() => EventRegistration, { description: 'Seekers: register (a seat, or the waiting list when full) and request services' })
  registerForEvent(
    @Args('eventId', { type: () => ID }, IdPipe) eventId: string,
    @Ctx() ctx: GqlContext,
    @Args('services', { type: () => [ServiceRequestInput], defaultValue: [] }, new ValidateEachPipe(ServiceRequestInput)) services: ServiceRequestInput[],
  ) {
    return this.service.register(ctx.actor, eventId, services);
  }

  @Mutation(() => EventRegistration, {
    description: 'Staff of the person\'s county (city staff, administrators): register a person who consented (ACT_ON_BEHALF), with the rules of registerForEvent',
  })
  registerOnBehalf(
    @Args('seekerId', { type: () => ID }, IdPipe) seekerId: string,
    @Args('eventId', { type: () => ID }, IdPipe) eventId: string,
    @Ctx() ctx: GqlContext,
    @Args('services', { type: () => [ServiceRequestInput], defaultValue: [] }, new ValidateEachPipe(ServiceRequestInput)) services: ServiceRequestInput[],
  ) {
    return this.service.registerOnBehalf(ctx.actor, seekerId, eventId, services);
  }

  @Mutation(() => EventRegistration, { description: 'Seekers: replace the services requested for a registration' })
  updateEventServiceRequests(
    @Args('registrationId', { type: () => ID }, IdPipe) id: string,
    @Args('services', { type: () => [ServiceRequestInput] }, new ValidateEachPipe(ServiceRequestInput)) services: ServiceRequestInput[],
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.updateServices(ctx.actor, id, services);
  }

  @Mutation(() => EventRegistration, { description: 'Seekers: cancel; the first on the waiting list takes the seat' })
  cancelEventRegistration(@Args('registrationId', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.service.cancel(ctx.actor, id);
  }

  @Mutation(() => EventRegistration, { description: 'Staff: check a ticket in (scanned or typed); a second check-in is refused' })
  checkInTicket(
    @Args('eventId', { type: () => ID }, IdPipe) eventId: string,
    @Args('ticketCode') ticketCode: string,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.checkIn(ctx.actor, eventId, ticketCode);
  }

  @ResolveField(() => RecruitmentEvent)
  event(@Parent() r: EventRegistration, @Ctx() ctx: GqlContext) {
    return ctx.loaders.event.load(r.eventId);
  }

  @ResolveField(() => SeekerProfile, { description: 'Staff see who registered; sensitive fields follow the seeker\'s own rules' })
  seeker(@Parent() r: EventRegistration, @Ctx() ctx: GqlContext) {
    return ctx.loaders.seeker.load(r.seekerId);
  }

  @ResolveField(() => OnBehalfMark, { nullable: true, description: '由残联工作人员代办: who registered the person, when staff did' })
  async onBehalf(@Parent() r: EventRegistration, @Ctx() ctx: GqlContext): Promise<OnBehalfMark | null> {
    if (!r.onBehalfBy) return null;
    const staff = await ctx.loaders.user.load(r.onBehalfBy);
    return this.onBehalfService.mark(staff?.displayName ?? '', r.onBehalfCountyCode);
  }

  @ResolveField(() => [EventServiceRequest])
  services(@Parent() r: EventRegistration, @Ctx() ctx: GqlContext) {
    return ctx.loaders.serviceRequestsByRegistration.load(r.id);
  }

  private async own(r: EventRegistration, ctx: GqlContext): Promise<boolean> {
    const seeker = ctx.actor ? await this.service.seekerOrNull(ctx.actor) : null;
    return seeker?.id === r.seekerId;
  }

  @ResolveField(() => String, { nullable: true, description: 'The ticket code: only for the person registered' })
  async ticketCode(@Parent() r: EventRegistration, @Ctx() ctx: GqlContext) {
    return r.status === RegistrationStatus.REGISTERED && (await this.own(r, ctx)) ? r.ticketCode : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The ticket as a QR code (SVG markup) for the person registered' })
  async ticketQrSvg(@Parent() r: EventRegistration, @Ctx() ctx: GqlContext) {
    if (r.status !== RegistrationStatus.REGISTERED || !(await this.own(r, ctx))) return null;
    return qrCode().toString(r.ticketCode, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  }

  @ResolveField(() => Number, { nullable: true, description: 'Place on the waiting list (1 = next)' })
  async waitlistPosition(@Parent() r: EventRegistration, @Ctx() ctx: GqlContext) {
    if (r.status !== RegistrationStatus.WAITLISTED) return null;
    return ctx.loaders.waitlistPosition.load(r.id);
  }
}
