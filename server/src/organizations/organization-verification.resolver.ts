// The verification queue and decisions (staff), resubmission (employers), and what an organization shows of its checking.
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageInput, Paginated } from '../common/pagination.js';
import { checkCreditCode } from '../common/identity-numbers.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { OrganizationDecision } from './organization-decision.entity.js';
import { Organization } from './organization.entity.js';
import { OrganizationDecisionInput, VerificationQueueFilter, VerifyOrganizationInput } from './organization.inputs.js';
import { OrganizationVerificationService } from './organization-verification.service.js';
import { OrganizationsService } from './organizations.service.js';

const VerificationQueuePage = Paginated(Organization, 'VerificationQueuePage');

@Resolver(() => Organization)
export class OrganizationVerificationResolver {
  constructor(private readonly verification: OrganizationVerificationService, private readonly orgs: OrganizationsService) {}

  @Query(() => VerificationQueuePage, { description: 'Staff: organizations waiting to be checked or asked for more; county staff their county, city staff all' })
  verificationQueue(
    @Ctx() ctx: GqlContext,
    @Args('filter', { nullable: true }) filter?: VerificationQueueFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.verification.queue(ctx.actor, filter ?? {}, page);
  }

  @Mutation(() => Organization, { description: 'Staff: approve, reject (with a reason), ask for more (with a note) or suspend (with a reason); rejecting or suspending closes its postings' })
  decideOrganization(@Args('input') input: OrganizationDecisionInput, @Ctx() ctx: GqlContext) {
    return this.verification.decide(ctx.actor, input);
  }

  @Mutation(() => Organization, { description: 'Staff: the older form of decideOrganization, by the status wanted' })
  verifyOrganization(@Args('input') input: VerifyOrganizationInput, @Ctx() ctx: GqlContext) {
    return this.verification.verify(ctx.actor, input);
  }

  @Mutation(() => Organization, { description: 'Employers: send the organization, corrected, back to staff after they asked for more or rejected it' })
  resubmitOrganization(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.verification.resubmit(ctx.actor, id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the credit code\'s check character (the 18th) is right' })
  creditCodeValid(@Parent() org: Organization): boolean {
    return checkCreditCode(org.creditCode).ok;
  }

  @ResolveField(() => Date, { nullable: true, description: 'When it was registered or last submitted for checking: members and staff only' })
  submittedAt(@Parent() org: Organization, @Ctx() ctx: GqlContext): Date | null {
    return this.orgs.canManage(ctx.actor, org) ? org.submittedAt : null;
  }

  @ResolveField(() => [OrganizationDecision], { nullable: true, description: 'Decisions and resubmissions, oldest first: members and staff only' })
  verificationHistory(@Parent() org: Organization, @Ctx() ctx: GqlContext): Promise<OrganizationDecision[]> | null {
    return this.orgs.canManage(ctx.actor, org) ? ctx.loaders.decisionsByOrganization.load(org.id) : null;
  }
}
