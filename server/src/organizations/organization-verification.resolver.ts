// The verification queue and decisions (staff), resubmission (employers), and what an organization shows of its checking.
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageInput, Paginated } from '../common/pagination.js';
import { checkCreditCode } from '../common/identity-numbers.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { isStaff } from '../auth/actor.js';
import { VerificationDecision } from '../common/domain.js';
import { translate } from '../common/messages.js';
import { RegionsService } from '../regions/regions.service.js';
import { LicenceInfo, licenceInfo } from './organization-licence.entity.js';
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

  @ResolveField(() => LicenceInfo, { nullable: true, description: 'The uploaded business licence (营业执照), if any: members and the staff who may decide only' })
  async licence(@Parent() org: Organization, @Ctx() ctx: GqlContext): Promise<LicenceInfo | null> {
    if (!this.orgs.canManage(ctx.actor, org)) return null;
    const l = await ctx.loaders.licenceByOrganization.load(org.id);
    return l ? licenceInfo(l) : null;
  }
}

/** Who decided, as staff and the employer read it: the office (罗山县残联) and the staff member's name. */
@Resolver(() => OrganizationDecision)
export class OrganizationDecisionResolver {
  constructor(private readonly regions: RegionsService) {}

  @ResolveField(() => String, { nullable: true, description: 'The deciding staff member\'s office in the reader\'s language (罗山县残联, 信阳市残联); none for a resubmission' })
  deciderOffice(@Parent() d: OrganizationDecision): string | null {
    if (d.decision === VerificationDecision.RESUBMIT || !d.decidedBy) return null;
    const county = d.decidedByCountyCode ? this.regions.county(d.decidedByCountyCode) : undefined;
    return county
      ? translate('onBehalf.office.county', { officeZh: county.nameZh, officeEn: county.nameEn })
      : translate('onBehalf.office.city', { officeZh: this.regions.region.cityNameZh, officeEn: this.regions.region.cityNameEn });
  }

  @ResolveField(() => String, { nullable: true, description: 'The deciding staff member: the full name for staff, the family name and 某 (王某) for the employer; none for a resubmission' })
  async deciderName(@Parent() d: OrganizationDecision, @Ctx() ctx: GqlContext): Promise<string | null> {
    if (d.decision === VerificationDecision.RESUBMIT || !d.decidedBy) return null;
    const name = (await ctx.loaders.user.load(d.decidedBy))?.displayName ?? null;
    return isStaff(ctx.actor) ? name : maskPersonName(name);
  }
}

/** The family name and 某 (王某), as a person's own access log shows a reader; a Latin name keeps its initial. */
export function maskPersonName(name: string | null | undefined): string | null {
  const n = name?.trim();
  if (!n) return null;
  const first = [...n][0];
  return /\p{Script=Han}/u.test(first) ? `${first}某` : `${first}.`;
}
