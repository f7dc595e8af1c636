// GraphQL shapes of search results, matches and candidates (not rows: models of their own).
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Education, EmploymentForm } from '../common/domain.js';
import { WorkplaceSupport } from '../vocabulary/codes.js';
import { explainMatch, type ExplainOptions } from '../matching/explanations.js';
import type { MatchParams, MatchResult } from '../matching/matcher.js';
import type { Organization } from '../organizations/organization.entity.js';
import { Posting } from '../postings/posting.entity.js';
import { SubsidyCode, subsidiesFunding } from '../subsidies/subsidy-catalogue.js';

export enum PostingSearchSort {
  /** best text match first; newest first when there is no query */
  RELEVANCE = 'RELEVANCE',
  /** best match for the signed-in seeker first (needs their consent to job matching) */
  BEST_MATCH = 'BEST_MATCH',
  NEWEST = 'NEWEST',
  SALARY = 'SALARY',
  DEADLINE = 'DEADLINE',
  /** nearest first: from filter.near, or from the seeker's county */
  DISTANCE = 'DISTANCE',
}
registerEnumType(PostingSearchSort, { name: 'PostingSearchSort', description: '职位搜索排序' });

@ObjectType({ description: '匹配理由或差距的参数' })
export class MatchParamModel {
  @Field({ description: 'e.g. demand, support, supports, km, pay' }) name: string;
  @Field(() => [String], { description: 'Codes (JobDemand, WorkplaceSupport, EmploymentForm, Education, county) or numbers, as text' })
  values: string[];
}

@ObjectType({ description: '匹配理由' })
export class MatchReasonModel {
  @Field({ description: 'Stable code, e.g. SUPPORT_OFFERED, SKILLS, REMOTE' }) code: string;
  @Field(() => [MatchParamModel], { description: 'What the reason is about; the text is rendered from the code and these' })
  params: MatchParamModel[];
  @Field({ description: 'In the request language, e.g. 提供读屏软件 / offers a screen reader' }) text: string;
}

@ObjectType({ description: '可为弥补差距出资的补贴（见补贴目录；金额以目录为准，未核实的显示“待核实”）' })
export class MatchFundingHint {
  @Field(() => SubsidyCode) code: SubsidyCode;
  @Field({ description: 'In the request language, e.g. 无障碍改造补贴' }) name: string;
}

@ObjectType({ description: '差距及弥补办法' })
export class MatchGapModel {
  @Field({ description: 'Stable code, e.g. DEMAND_BLOCKS, SUPPORT_MISSING, SKILLS_MISSING' }) code: string;
  @Field(() => [MatchParamModel], { description: 'What the gap is about; the text is rendered from the code and these' })
  params: MatchParamModel[];
  @Field({ description: 'What is missing and what would close it, in the request language' }) text: string;
  @Field({ description: 'The job is not a match until this is closed' }) blocking: boolean;
  @Field({ description: 'A local subsidy can pay for a support that closes it' }) subsidy: boolean;
  @Field(() => [WorkplaceSupport], { description: 'Supports that would close the gap' }) closedBy: WorkplaceSupport[];
  @Field(() => [MatchFundingHint], { description: 'The subsidies of the plan\'s catalogue that can pay for those supports (issue 17)' })
  fundingHints: MatchFundingHint[];
}

@ObjectType({ description: '岗位匹配' })
export class MatchModel {
  @Field(() => Int, { description: '0..100' }) score: number;
  @Field({ description: 'No hard constraint fails' }) eligible: boolean;
  @Field(() => [MatchReasonModel]) reasons: MatchReasonModel[];
  @Field(() => [MatchGapModel]) gaps: MatchGapModel[];
}

const paramList = (p: MatchParams): MatchParamModel[] => Object.entries(p)
  .filter(([, v]) => v != null)
  .map(([name, v]) => ({ name, values: (Array.isArray(v) ? v : [v]).map(String) }));

/** A match from the matcher, worded in the reader's language, in its GraphQL shape. */
export function matchModel(m: MatchResult, o: ExplainOptions): MatchModel {
  const x = explainMatch(m, o);
  return {
    score: x.score, eligible: x.eligible,
    reasons: x.reasons.map((r) => ({ code: r.code, text: r.text, params: paramList(r.params) })),
    gaps: x.gaps.map((g) => ({ code: g.code, text: g.text, params: paramList(g.params), blocking: g.blocking, subsidy: g.subsidy, closedBy: g.closedBy,
      fundingHints: subsidiesFunding(g.closedBy).map((f) => ({ code: f.code, name: f.name[o.locale] })) })),
  };
}

@ObjectType()
export class PostingSearchHit {
  @Field(() => Posting) posting: Posting;
  @Field(() => Float, { description: 'Text relevance, 0..1' }) relevance: number;
  @Field(() => MatchModel, { nullable: true, description: 'For a signed-in seeker who consented to job matching' }) match: MatchModel | null;
  @Field({ description: 'The signed-in seeker has applied to this posting (已申请)' }) applied: boolean;
  /** The posting's organization as search read it (not a field: the resolver gives it to the request's loader). */
  organization?: Organization;
}

@ObjectType({ description: '分面计数' })
export class FacetCount {
  @Field({ description: 'A county code, an enum value, or true/false' }) value: string;
  @Field(() => String, { nullable: true, description: 'A display name where the value is a code (counties)' }) label: string | null;
  @Field(() => Int) count: number;
}

@ObjectType()
export class PostingFacets {
  @Field(() => [FacetCount]) counties: FacetCount[];
  @Field(() => [FacetCount]) employmentForms: FacetCount[];
  @Field(() => [FacetCount]) organizationTypes: FacetCount[];
  @Field(() => [FacetCount]) supports: FacetCount[];
  @Field(() => [FacetCount], { description: 'value true: reserved for disabled people' }) reserved: FacetCount[];
}

@ObjectType()
export class PostingSearchResult {
  @Field(() => [PostingSearchHit]) items: PostingSearchHit[];
  @Field(() => Int) total: number;
  @Field(() => Int) page: number;
  @Field(() => Int) pageSize: number;
  @Field(() => PostingFacets, { nullable: true, description: 'Counts over all hits (not only this page)' }) facets: PostingFacets | null;
  @Field({ description: 'No posting matched the words as typed; these match their pinyin or a near spelling' }) relaxed: boolean;
  @Field({ description: 'Each item carries match scores, reasons and gaps' }) matched: boolean;
}

@ObjectType({ description: '可被发现的求职者（已脱敏）' })
export class Candidate {
  @Field(() => ID) seekerId: string;
  @Field({ description: 'Surname and stars, e.g. 张**' }) maskedName: string;
  @Field() countyCode: string;
  @Field({ description: 'e.g. 30-39' }) ageRange: string;
  @Field(() => Education) education: Education;
  @Field(() => [String]) skills: string[];
  @Field(() => [EmploymentForm]) preferredForms: EmploymentForm[];
  @Field(() => MatchModel, { description: 'Reasons and gaps that reveal no disability or needs' }) match: MatchModel;
}

@ObjectType()
export class CandidatePage {
  @Field(() => [Candidate]) items: Candidate[];
  @Field(() => Int) total: number;
  @Field(() => Int) page: number;
  @Field(() => Int) pageSize: number;
}
