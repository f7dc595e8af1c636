import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { User } from '../auth/user.entity.js';
import { County } from '../regions/county.entity.js';
import { RegionsService } from '../regions/regions.service.js';
import { PageInput, Paginated } from '../common/pagination.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { Organization, OrganizationPrivateDetails } from './organization.entity.js';
import { OrganizationFilter, OrganizationInput } from './organization.inputs.js';
import { OrganizationsService } from './organizations.service.js';

const OrganizationPage = Paginated(Organization, 'OrganizationPage');

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly orgs: OrganizationsService, private readonly regions: RegionsService) {}

  @Query(() => Organization)
  organization(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.orgs.getVisible(ctx.actor, id);
  }

  @Query(() => OrganizationPage, { description: 'Staff: organizations in their area; others: verified organizations' })
  organizations(
    @Ctx() ctx: GqlContext,
    @Args('filter', { nullable: true }) filter?: OrganizationFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.orgs.list(ctx.actor, filter, page);
  }

  @Query(() => Organization, { nullable: true, description: 'Employers: their own organization' })
  myOrganization(@Ctx() ctx: GqlContext) {
    return this.orgs.mine(ctx.actor);
  }

  @Mutation(() => Organization, { description: 'Employers: register their organization (verification pending)' })
  async createOrganization(@Args('input') input: OrganizationInput, @Ctx() ctx: GqlContext) {
    const org = await this.orgs.create(ctx.actor, input);
    // the rest of this request already acts as a member
    if (ctx.actor) ctx.actor.organizationId = org.id;
    return org;
  }

  @Mutation(() => Organization)
  updateOrganization(
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: OrganizationInput,
    @Ctx() ctx: GqlContext,
  ) {
    return this.orgs.update(ctx.actor, id, input);
  }

  // wherever an organization appears (a posting's, a booth's), the staff's note is for its members and staff only
  @ResolveField(() => String, { nullable: true })
  verificationNote(@Parent() org: Organization, @Ctx() ctx: GqlContext): string | null {
    return this.orgs.canManage(ctx.actor, org) ? org.verificationNote : null;
  }

  @ResolveField(() => County, { nullable: true })
  county(@Parent() org: Organization) {
    return this.regions.county(org.countyCode) ?? null;
  }

  @ResolveField(() => [User], { nullable: true, description: 'Employer accounts of the organization: members and staff only' })
  async members(@Parent() org: Organization, @Ctx() ctx: GqlContext): Promise<User[] | null> {
    return this.orgs.canManage(ctx.actor, org) ? ctx.loaders.membersByOrganization.load(org.id) : null;
  }

  @ResolveField(() => OrganizationPrivateDetails, { nullable: true, description: 'Members and staff only' })
  privateDetails(@Parent() org: Organization, @Ctx() ctx: GqlContext): OrganizationPrivateDetails | null {
    if (!this.orgs.canManage(ctx.actor, org)) return null;
    return { staffCount: org.staffCount, establishedPosts: org.establishedPosts, contactName: org.contactName, contactPhone: org.contactPhone };
  }
}
