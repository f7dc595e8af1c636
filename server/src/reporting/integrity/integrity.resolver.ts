import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageInput, Paginated } from '../../common/pagination.js';
import { Ctx } from '../../graphql/ctx.decorator.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdPipe, isUuid } from '../../graphql/id.pipe.js';
import { Organization } from '../../organizations/organization.entity.js';
import type { Placement } from '../../placements/placement.entity.js';
import { Posting } from '../../postings/posting.entity.js';
import { SeekerProfile } from '../../seekers/seeker-profile.entity.js';
import { maskPersonName } from '../audit/mask-name.js';
import { IntegrityFlag } from './integrity-flag.entity.js';
import { FlagKind, FlagStatus } from './integrity-vocab.js';
import { IntegrityService } from './integrity.service.js';

const FlagPage = Paginated(IntegrityFlag, 'IntegrityFlagPage');

@InputType()
class IntegrityFlagFilter {
  @Field(() => FlagStatus, { nullable: true }) @IsOptional() @IsEnum(FlagStatus) status?: FlagStatus;
  @Field(() => FlagKind, { nullable: true }) @IsOptional() @IsEnum(FlagKind) kind?: FlagKind;
  @Field(() => String, { nullable: true }) @IsOptional() countyCode?: string;
  @Field(() => ID, { nullable: true, description: 'One employer\'s flags' }) @IsOptional() @IsUUID() organizationId?: string;
}

@ObjectType()
class IntegrityRunResult {
  @Field(() => Int) doubleCounted: number;
  @Field(() => Int) shortPlacements: number;
  @Field(() => Int) staleReservedPostings: number;
  @Field(() => Int) noHistory: number;
  @Field(() => Int) lowFillRate: number;
  @Field(() => Int) lowInterviewRate: number;
  @Field(() => Int) lowRetention: number;
  @Field(() => Int) earlyEndings: number;
  @Field(() => Int) insuranceGaps: number;
  @Field(() => Int) payBelowMinimum: number;
}

@ObjectType({ description: '风险提示涉及的一条就业登记：谁（姓名已遮盖）、在哪家单位、何时入职' })
class FlagPlacement {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'The person\'s family name and 某 (王某)' }) personName: string | null;
  @Field(() => String, { nullable: true }) organizationName: string | null;
  @Field({ description: 'YYYY-MM-DD' }) startDate: string;
  @Field({ description: 'false when already confirmed as not genuine' }) counted: boolean;
}

@ObjectType({ description: '残联核实属实、涉及本单位的核查结论（用人单位查看）' })
class IntegrityFinding {
  @Field(() => ID) id: string;
  @Field(() => FlagKind) kind: FlagKind;
  @Field() decidedAt: Date;
  @Field({ description: 'What was found, in the reader\'s language' }) finding: string;
  @Field({ description: 'The evidence the check stored, in words' }) evidence: string;
  @Field({ description: 'Staff\'s note on the decision' }) note: string;
  @Field(() => Int, { description: 'The organization\'s own placements this finding took out of every count' }) placementsExcluded: number;
}

@Resolver(() => IntegrityFlag)
export class IntegrityResolver {
  constructor(private readonly service: IntegrityService) {}

  @Mutation(() => IntegrityRunResult, { description: 'Staff: run the integrity checks; returns how many new flags each raised' })
  async runIntegrityChecks(@Ctx() ctx: GqlContext): Promise<IntegrityRunResult> {
    const r = await this.service.run(ctx.actor);
    return {
      doubleCounted: r.DOUBLE_COUNTED, shortPlacements: r.SHORT_PLACEMENT, staleReservedPostings: r.STALE_RESERVED_POSTINGS, noHistory: r.NO_HISTORY,
      lowFillRate: r.LOW_FILL_RATE, lowInterviewRate: r.LOW_INTERVIEW_RATE, lowRetention: r.LOW_RETENTION, earlyEndings: r.EARLY_ENDINGS,
      insuranceGaps: r.INSURANCE_GAPS, payBelowMinimum: r.PAY_BELOW_MINIMUM,
    };
  }

  @Query(() => [IntegrityFinding], { description: 'The employer: findings staff confirmed about its organization, newest first (at most 100)' })
  myIntegrityFindings(@Ctx() ctx: GqlContext) {
    return this.service.findingsOf(ctx.actor);
  }

  @Query(() => FlagPage, { description: 'Staff: integrity flags in their area, newest first' })
  integrityFlags(@Ctx() ctx: GqlContext, @Args('filter', { nullable: true }) filter?: IntegrityFlagFilter, @Args('page', { nullable: true }) page?: PageInput) {
    return this.service.list(ctx.actor, filter ?? {}, page);
  }

  @Mutation(() => IntegrityFlag, { description: 'Staff: confirm a flag (a fake arrangement) or clear it, with a note' })
  decideIntegrityFlag(
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('confirmed') confirmed: boolean,
    @Args('note') note: string,
    @Ctx() ctx: GqlContext,
    @Args('notGenuine', { type: () => [ID], nullable: true, description: 'When confirming: which of the flag\'s placements are not genuine (default: all of them)' })
    notGenuine?: string[] | null,
  ) {
    return this.service.decide(ctx.actor, id, confirmed, note, notGenuine);
  }

  @ResolveField(() => SeekerProfile, { nullable: true })
  seeker(@Parent() f: IntegrityFlag, @Ctx() ctx: GqlContext) {
    return f.seekerId ? ctx.loaders.seeker.load(f.seekerId) : null;
  }

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() f: IntegrityFlag, @Ctx() ctx: GqlContext) {
    return f.organizationId ? ctx.loaders.organization.load(f.organizationId) : null;
  }

  @ResolveField(() => [Organization], { description: 'DOUBLE_COUNTED: the organizations that each count the same person, by name' })
  async organizations(@Parent() f: IntegrityFlag, @Ctx() ctx: GqlContext): Promise<Organization[]> {
    const raw = f.details?.organizations;
    const ids = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string' && isUuid(x)) : [];
    const found = await ctx.loaders.organization.loadMany(ids);
    return found.filter((o): o is Organization => o != null && !(o instanceof Error));
  }

  @ResolveField(() => [FlagPlacement], { description: 'The flag\'s placements, so staff choose which are not genuine when confirming' })
  async placements(@Parent() f: IntegrityFlag, @Ctx() ctx: GqlContext): Promise<FlagPlacement[]> {
    const found = (await ctx.loaders.placement.loadMany(f.placementIds)).filter((p): p is Placement => p != null && !(p instanceof Error));
    return Promise.all(found.map(async (p) => {
      const [seeker, org] = await Promise.all([ctx.loaders.seeker.load(p.seekerId), ctx.loaders.organization.load(p.organizationId)]);
      return Object.assign(new FlagPlacement(), {
        id: p.id, personName: maskPersonName(seeker?.name), organizationName: org?.name ?? null, startDate: p.startDate, counted: p.excludedAt == null,
      });
    }));
  }

  @ResolveField(() => [Posting], { description: 'STALE_RESERVED_POSTINGS: the postings concerned, so staff read their titles' })
  async postings(@Parent() f: IntegrityFlag, @Ctx() ctx: GqlContext): Promise<Posting[]> {
    const raw = f.details?.postings;
    const ids = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string' && isUuid(x)) : [];
    const found = await ctx.loaders.posting.loadMany(ids);
    return found.filter((p): p is Posting => p != null && !(p instanceof Error));
  }
}
