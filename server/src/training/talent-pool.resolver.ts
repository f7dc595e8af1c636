import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageInput } from '../common/pagination.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { SeekerProfile } from '../seekers/seeker-profile.entity.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { TalentPoolService } from './talent-pool.service.js';
import { TalentPoolFilter } from './training.inputs.js';
import { TalentPoolPage, TrainingCertificate } from './training.models.js';

@Resolver(() => SeekerProfile)
export class TalentPoolResolver {
  constructor(private readonly pool: TalentPoolService, private readonly seekers: SeekersService) {}

  @Query(() => TalentPoolPage, {
    description: '残疾人技能人才库: staff see trained people of the counties they cover; employers only people who consented to be found (DISCOVERABLE), masked',
  })
  talentPool(@Ctx() ctx: GqlContext, @Args('filter', { nullable: true }) filter?: TalentPoolFilter, @Args('page', { nullable: true }) page?: PageInput) {
    return this.pool.search(ctx.actor, filter, page);
  }

  @ResolveField(() => [TrainingCertificate], {
    nullable: true, description: 'Completed courses and their certificates (the résumé shows them): the person and staff in scope',
  })
  async trainingCertificates(@Parent() s: SeekerProfile, @Ctx() ctx: GqlContext): Promise<TrainingCertificate[] | null> {
    const access = this.seekers.access(ctx.actor, s, false);
    if (access !== 'SELF' && access !== 'STAFF') return null;
    return ctx.loaders.trainingCertificates.load(s.id);
  }
}
