import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageInput, Paginated } from '../common/pagination.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { Organization } from '../organizations/organization.entity.js';
import { County } from '../regions/county.entity.js';
import { RegionsService } from '../regions/regions.service.js';
import { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { MassageClinic, MassageQualification, MassageRecord } from './massage.entities.js';
import {
  MassageClinicInput, MassageClinicUpdateInput, MassageFilter, MassageQualificationInput, MassageQualificationUpdateInput, MassageRecordInput,
} from './massage.inputs.js';
import { MASSAGE_SOURCE } from './massage-vocab.js';
import { MassageService } from './massage.service.js';

const MassageClinicPage = Paginated(MassageClinic, 'MassageClinicPage');
const MassageQualificationPage = Paginated(MassageQualification, 'MassageQualificationPage');

@Resolver(() => MassageClinic)
export class MassageClinicsResolver {
  constructor(private readonly massage: MassageService, private readonly regions: RegionsService) {}

  @Query(() => MassageClinicPage, { description: 'Staff: registered blind-massage clinics (county staff: their county)' })
  massageClinics(@Ctx() ctx: GqlContext, @Args('filter', { nullable: true }) filter?: MassageFilter, @Args('page', { nullable: true }) page?: PageInput) {
    return this.massage.clinics(ctx.actor, filter, page);
  }

  @Query(() => MassageClinic, { description: 'Staff: one registered clinic (county staff: of their county)' })
  massageClinic(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.massage.clinic(ctx.actor, id);
  }

  @Mutation(() => MassageClinic, { description: 'Staff of its county: register an employer as a massage clinic (its hires of blind people then count as blind massage)' })
  registerMassageClinic(@Args('input') input: MassageClinicInput, @Ctx() ctx: GqlContext) {
    return this.massage.registerClinic(ctx.actor, input);
  }

  @Mutation(() => MassageClinic, { description: 'Staff of its county: change a clinic\'s registration (an end date: its hires from the next day do not count); the employer is told' })
  updateMassageClinic(@Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: MassageClinicUpdateInput, @Ctx() ctx: GqlContext) {
    return this.massage.updateClinic(ctx.actor, id, input);
  }

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() c: MassageClinic, @Ctx() ctx: GqlContext) {
    return ctx.loaders.organization.load(c.organizationId);
  }

  @ResolveField(() => County, { nullable: true })
  county(@Parent() c: MassageClinic) {
    return this.regions.county(c.countyCode) ?? null;
  }

  @ResolveField(() => String, { description: 'The section of the action plan' })
  source() {
    return MASSAGE_SOURCE;
  }
}

@Resolver(() => MassageQualification)
export class MassageQualificationsResolver {
  constructor(private readonly massage: MassageService, private readonly regions: RegionsService) {}

  @Query(() => MassageQualificationPage, { description: 'Staff: massage qualifications on record (county staff: their county)' })
  massageQualifications(@Ctx() ctx: GqlContext, @Args('filter', { nullable: true }) filter?: MassageFilter, @Args('page', { nullable: true }) page?: PageInput) {
    return this.massage.qualifications(ctx.actor, filter, page);
  }

  @Query(() => MassageQualification)
  massageQualification(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.massage.qualification(ctx.actor, id);
  }

  @Mutation(() => MassageQualification, { description: "Staff of the person's county: record a massage qualification; the person is told" })
  recordMassageQualification(@Args('input') input: MassageQualificationInput, @Ctx() ctx: GqlContext) {
    return this.massage.recordQualification(ctx.actor, input);
  }

  @Mutation(() => MassageQualification, { description: "Staff of the person's county: correct a massage qualification; the person is told" })
  updateMassageQualification(@Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: MassageQualificationUpdateInput, @Ctx() ctx: GqlContext) {
    return this.massage.updateQualification(ctx.actor, id, input);
  }

  @Mutation(() => MassageRecord, { description: 'Staff: add an exam or continuing-education record to a qualification; the person is told' })
  addMassageRecord(@Args('input') input: MassageRecordInput, @Ctx() ctx: GqlContext) {
    return this.massage.addRecord(ctx.actor, input);
  }

  @ResolveField(() => SeekerProfile, { nullable: true, description: 'The person (their sensitive fields as their own resolvers allow)' })
  person(@Parent() q: MassageQualification, @Ctx() ctx: GqlContext) {
    return ctx.loaders.seeker.load(q.seekerId);
  }

  @ResolveField(() => [MassageRecord], { description: 'Exams and continuing education, latest first' })
  records(@Parent() q: MassageQualification, @Ctx() ctx: GqlContext) {
    return ctx.loaders.massageRecordsByQualification.load(q.id);
  }

  @ResolveField(() => County, { nullable: true })
  county(@Parent() q: MassageQualification) {
    return this.regions.county(q.countyCode) ?? null;
  }
}
