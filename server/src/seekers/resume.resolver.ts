import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { AccessPurpose } from '../common/domain.js';
import { Resume, ResumeInput } from './resume.models.js';
import { ResumeService } from './resume.service.js';
import { SeekerProfile } from './seeker-profile.entity.js';
import { SeekersService } from './seekers.service.js';

@Resolver(() => SeekerProfile)
export class ResumeResolver {
  constructor(private readonly service: ResumeService, private readonly seekers: SeekersService) {}

  @Query(() => Resume, { description: 'Seekers: their own résumé (empty sections before the first save)' })
  myResume(@Ctx() ctx: GqlContext) {
    return this.service.mine(ctx.actor);
  }

  @Mutation(() => Resume, { description: 'Seekers: save the whole résumé and who sees each section' })
  saveResume(@Args('input') input: ResumeInput, @Ctx() ctx: GqlContext) {
    return this.service.save(ctx.actor, input);
  }

  @ResolveField(() => Resume, {
    nullable: true,
    description: 'The person, staff in scope, and employers the person applied to (the sections the person shares with them); reads by others are audited',
  })
  async resume(@Parent() s: SeekerProfile, @Ctx() ctx: GqlContext): Promise<Resume | null> {
    const applicant = ctx.actor?.organizationId ? await ctx.loaders.isApplicantOfMyOrganization.load(s.id) : false;
    const access = this.seekers.access(ctx.actor, s, applicant);
    if (!access) return null;
    const consents = access === 'EMPLOYER' ? await ctx.loaders.consents.load(s.id) : new Set<never>();
    const r = await this.service.forReader(s.id, access, consents);
    if (r && access !== 'SELF') {
      ctx.audit.push({ action: 'READ_SENSITIVE', entity: 'seeker', entityId: s.id, field: 'resume',
        purpose: access === 'STAFF' ? AccessPurpose.CASEWORK : 'APPLICATION_REVIEW' });
    }
    return r;
  }
}
