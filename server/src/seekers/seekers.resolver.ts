import { Args, ID, Int, Mutation, ObjectType, Field, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CATEGORY_DEFAULTS } from '../vocabulary/rules.js';
import { AccessPurpose, ConsentPurpose, DisabilityCategory, PriorityGroup } from '../common/domain.js';
import { JobDemand, WorkplaceSupport } from '../vocabulary/codes.js';
import { ForbiddenError } from '../common/errors.js';
import { PageInput, Paginated } from '../common/pagination.js';
import { Ctx } from '../graphql/ctx.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { CalendarDatePipe } from '../graphql/date.pipe.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { County } from '../regions/county.entity.js';
import { RegionsService } from '../regions/regions.service.js';
import { OnBehalfAct } from './on-behalf.model.js';
import { OnBehalfService } from './on-behalf.service.js';
import { SeekerProfile } from './seeker-profile.entity.js';
import { SeekerFilter, SeekerProfileInput } from './seeker.inputs.js';
import { type SeekerAccess, SeekersService } from './seekers.service.js';

const SeekerPage = Paginated(SeekerProfile, 'SeekerPage');
const OnBehalfActPage = Paginated(OnBehalfAct, 'OnBehalfActPage');

@ObjectType({ description: '按残疾类别建议的默认需求' })
class CategoryDefaultsModel {
  @Field(() => [JobDemand]) cannotDo: JobDemand[];
  @Field(() => [WorkplaceSupport]) supportsMust: WorkplaceSupport[];
  @Field(() => [WorkplaceSupport]) supportsNice: WorkplaceSupport[];
}

@Resolver(() => SeekerProfile)
export class SeekersResolver {
  constructor(private readonly service: SeekersService, private readonly regions: RegionsService, private readonly onBehalf: OnBehalfService) {}

  @Query(() => SeekerProfile, { nullable: true, description: 'Seekers: their own profile' })
  myProfile(@Ctx() ctx: GqlContext) {
    return this.service.mine(ctx.actor);
  }

  @Query(() => SeekerProfile, { description: 'Staff in scope, or the person themself' })
  seeker(@Args('id', { type: () => ID }, IdPipe) id: string, @Ctx() ctx: GqlContext) {
    return this.service.get(ctx.actor, id);
  }

  @Query(() => SeekerPage, { description: 'Staff: seekers in their area' })
  seekers(
    @Ctx() ctx: GqlContext,
    @Args('filter', { nullable: true }) filter?: SeekerFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.service.list(ctx.actor, filter, page);
  }

  @Query(() => CategoryDefaultsModel, { description: 'Suggested needs for a category; the seeker edits them' })
  categoryDefaults(@Args('category', { type: () => DisabilityCategory }) category: DisabilityCategory): CategoryDefaultsModel {
    return CATEGORY_DEFAULTS[category];
  }

  @Mutation(() => SeekerProfile, { description: 'Seekers: create or replace their profile' })
  saveMyProfile(@Args('input') input: SeekerProfileInput, @Ctx() ctx: GqlContext) {
    return this.service.save(ctx.actor, input);
  }

  @Mutation(() => SeekerProfile, { description: 'Seekers: give or withdraw consent for one purpose' })
  setConsent(
    @Args('purpose', { type: () => ConsentPurpose }) purpose: ConsentPurpose,
    @Args('granted') granted: boolean,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.setConsent(ctx.actor, purpose, granted);
  }

  @Mutation(() => SeekerProfile, {
    description: 'Staff of the person\'s county (city staff, administrators): update the profile for a person who consented (ACT_ON_BEHALF); consents stay the person\'s',
  })
  updateProfileOnBehalf(
    @Args('seekerId', { type: () => ID }, IdPipe) seekerId: string,
    @Args('input') input: SeekerProfileInput,
    @Ctx() ctx: GqlContext,
  ) {
    return this.service.saveOnBehalf(ctx.actor, seekerId, input);
  }

  @Mutation(() => SeekerProfile, {
    description: 'Staff of the person\'s county: record that the person gave (or withdrew) the consent ACT_ON_BEHALF on a signed paper form, with the date signed',
  })
  recordSignedConsentOnBehalf(
    @Args('seekerId', { type: () => ID }, IdPipe) seekerId: string,
    @Args('granted') granted: boolean,
    @Args('signedOn', { description: 'YYYY-MM-DD, not in the future' }, CalendarDatePipe) signedOn: string,
    @Ctx() ctx: GqlContext,
  ) {
    return this.onBehalf.recordSignedConsent(ctx.actor, seekerId, granted, signedOn);
  }

  @Query(() => OnBehalfActPage, { description: 'Seekers: what federation staff did for them, newest first' })
  actsOnMyBehalf(@Ctx() ctx: GqlContext, @Args('page', { nullable: true }) page?: PageInput) {
    return this.onBehalf.actsOnMyBehalf(ctx.actor, page);
  }

  // ---- sensitive fields: decided per reader, audited when someone else reads them

  private async access(s: SeekerProfile, ctx: GqlContext): Promise<SeekerAccess | null> {
    const applicant = ctx.actor?.organizationId ? await ctx.loaders.isApplicantOfMyOrganization.load(s.id) : false;
    return this.service.access(ctx.actor, s, applicant);
  }

  /** Disability data: the person, staff in scope, and employers the person applied to if they agreed to share. */
  private async disabilityVisible(s: SeekerProfile, ctx: GqlContext): Promise<boolean> {
    const access = await this.access(s, ctx);
    if (access === 'SELF') return true;
    const visible = access === 'STAFF'
      || (access === 'EMPLOYER' && (await ctx.loaders.consents.load(s.id)).has(ConsentPurpose.SHARE_WITH_EMPLOYERS));
    // the purpose follows from who may read it: staff in scope serve the person; an employer reviews their application
    if (visible) ctx.audit.push({ action: 'READ_SENSITIVE', entity: 'seeker', entityId: s.id, field: 'disability',
      purpose: access === 'STAFF' ? AccessPurpose.CASEWORK : 'APPLICATION_REVIEW' });
    return visible;
  }

  @ResolveField(() => String, { nullable: true, description: 'Masked (4115**********123X21) unless the reader has a role and purpose; unmasked reads are audited' })
  async certificateNumber(
    @Parent() s: SeekerProfile,
    @Ctx() ctx: GqlContext,
    @Args('purpose', { type: () => AccessPurpose, nullable: true }) purpose?: AccessPurpose,
  ): Promise<string | null> {
    return this.identityNumber(s, ctx, purpose, 'certificateNumber', (n) => n);
  }

  @ResolveField(() => String, { nullable: true, description: 'Resident ID number (first 18 characters of the certificate), masked: 4115**********123X' })
  async residentIdNumber(
    @Parent() s: SeekerProfile,
    @Ctx() ctx: GqlContext,
    @Args('purpose', { type: () => AccessPurpose, nullable: true }) purpose?: AccessPurpose,
  ): Promise<string | null> {
    return this.identityNumber(s, ctx, purpose, 'residentIdNumber', (n) => n.slice(0, 18));
  }

  private async identityNumber(s: SeekerProfile, ctx: GqlContext, purpose: AccessPurpose | undefined, field: string,
    pick: (cert: string) => string): Promise<string | null> {
    if (!s.certificateMasked) return null;
    const access = await this.access(s, ctx);
    if (access !== 'SELF' && access !== 'STAFF') return null;
    // the ID is the certificate's first 18 characters: its mask shows no more than the certificate's
    const maskedValue = field === 'certificateNumber' ? s.certificateMasked : s.certificateMasked.slice(0, 18);
    if (!purpose) return maskedValue;
    if ((purpose === AccessPurpose.SELF) !== (access === 'SELF')) throw new ForbiddenError();
    const full = await this.service.revealCertificate(s.id);
    ctx.audit.push({ action: 'READ_SENSITIVE', entity: 'seeker', entityId: s.id, field, purpose });
    return full ? pick(full) : null;
  }

  @ResolveField(() => DisabilityCategory, { nullable: true })
  async category(@Parent() s: SeekerProfile, @Ctx() ctx: GqlContext) {
    return (await this.disabilityVisible(s, ctx)) ? s.category : null;
  }

  @ResolveField(() => Int, { nullable: true, description: '1 is the most severe' })
  async level(@Parent() s: SeekerProfile, @Ctx() ctx: GqlContext) {
    return (await this.disabilityVisible(s, ctx)) ? s.level : null;
  }

  @ResolveField(() => [JobDemand], { nullable: true })
  async cannotDo(@Parent() s: SeekerProfile, @Ctx() ctx: GqlContext) {
    return (await this.disabilityVisible(s, ctx)) ? s.cannotDo : null;
  }

  @ResolveField(() => [WorkplaceSupport], { nullable: true })
  async supportsMust(@Parent() s: SeekerProfile, @Ctx() ctx: GqlContext) {
    return (await this.disabilityVisible(s, ctx)) ? s.supportsMust : null;
  }

  @ResolveField(() => [WorkplaceSupport], { nullable: true })
  async supportsNice(@Parent() s: SeekerProfile, @Ctx() ctx: GqlContext) {
    return (await this.disabilityVisible(s, ctx)) ? s.supportsNice : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The person, staff in scope, and employers they applied to' })
  async phone(@Parent() s: SeekerProfile, @Ctx() ctx: GqlContext) {
    return (await this.access(s, ctx)) ? s.phone : null;
  }

  @ResolveField(() => [PriorityGroup], { nullable: true, description: 'The person and staff in scope' })
  async priorityGroups(@Parent() s: SeekerProfile, @Ctx() ctx: GqlContext) {
    const access = await this.access(s, ctx);
    return access === 'SELF' || access === 'STAFF' ? s.priorityGroups : null;
  }

  @ResolveField(() => [ConsentPurpose], { nullable: true, description: 'Purposes currently consented to: the person and staff in scope' })
  async consents(@Parent() s: SeekerProfile, @Ctx() ctx: GqlContext) {
    const access = await this.access(s, ctx);
    if (access !== 'SELF' && access !== 'STAFF') return null;
    return [...(await ctx.loaders.consents.load(s.id))].sort();
  }

  @ResolveField(() => County, { nullable: true })
  county(@Parent() s: SeekerProfile) {
    return this.regions.county(s.countyCode) ?? null;
  }

  @ResolveField(() => Int, { description: 'Age in whole years today' })
  age(@Parent() s: SeekerProfile) {
    const [y, m, d] = s.birthDate.split('-').map(Number);
    const now = new Date();
    let age = now.getUTCFullYear() - y;
    if (now.getUTCMonth() + 1 < m || (now.getUTCMonth() + 1 === m && now.getUTCDate() < d)) age--;
    return age;
  }
}
