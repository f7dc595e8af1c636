// Fields about applications on other features' types (a posting, a fair's booth). The applications feature owns
// them, so postings and events need not know applications exist (no import loop between the features).
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '../common/domain.js';
import { EventBooth } from '../events/booth.entity.js';
import { BoothsService } from '../events/booths.service.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { Posting } from '../postings/posting.entity.js';
import { Application } from './application.entity.js';
import { ApplicationsService } from './applications.service.js';

@Resolver(() => Posting)
export class PostingApplicationFieldsResolver {
  @ResolveField(() => Application, { nullable: true, description: 'The signed-in seeker\'s application to this posting' })
  myApplication(@Parent() p: Posting, @Ctx() ctx: GqlContext) {
    return ctx.actor?.role === Role.SEEKER ? ctx.loaders.myApplicationByPosting.load(p.id) : null;
  }
}

@Resolver(() => EventBooth)
export class BoothApplicationFieldsResolver {
  constructor(private readonly booths: BoothsService, private readonly applications: ApplicationsService) {}

  @ResolveField(() => [Application], { nullable: true, description: 'Applications made at the event to this organization: its members and staff' })
  async applicants(@Parent() b: EventBooth, @Ctx() ctx: GqlContext): Promise<Application[] | null> {
    if (!(await this.booths.canSeeApplicants(ctx.actor, b))) return null;
    return this.applications.madeAtEventTo(b.eventId, b.organizationId);
  }
}
