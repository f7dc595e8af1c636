// GraphQL shapes of a campaign's progress and linked placements (no person is named: the campaign pages need none).
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CampaignLinkRoute } from './campaign-vocab.js';

@ObjectType({ description: '专项行动在一个县区的进度' })
export class CampaignCountyProgressModel {
  @Field() countyCode: string;
  @Field(() => Int) people: number;
  @Field(() => Int) organizations: number;
}

@ObjectType({ description: '专项行动进度（计数规则见 docs/counting.md “Campaigns”）' })
export class CampaignProgressModel {
  @Field({ description: 'The last day counted: the campaign\'s last day, or the date asked for if earlier' }) countedTo: string;
  @Field(() => Int, { description: 'People placed: each person once, under their first genuine linked placement in the period' }) people: number;
  @Field(() => Int, { description: 'Organisations taking part: linked postings, approved booths at linked fairs, employers of the people counted' }) organizations: number;
  @Field(() => Int, { nullable: true }) targetPeople: number | null;
  @Field(() => Int, { nullable: true }) targetOrganizations: number | null;
  @Field(() => Float, { nullable: true, description: 'people / targetPeople' }) peopleShare: number | null;
  @Field(() => Float, { nullable: true, description: 'organizations / targetOrganizations' }) organizationsShare: number | null;
  @Field({ description: 'True when no document is named for the targets: show them as 待核实' }) targetUnverified: boolean;
  @Field(() => [CampaignCountyProgressModel]) byCounty: CampaignCountyProgressModel[];
}

@ObjectType({ description: '与专项行动关联的就业登记（不显示姓名）' })
export class CampaignPlacementModel {
  @Field(() => ID) placementId: string;
  @Field() startDate: string;
  @Field() countyCode: string;
  @Field() organizationName: string;
  @Field(() => String, { nullable: true }) postingTitle: string | null;
  @Field(() => [CampaignLinkRoute], { description: 'How it is linked: directly, through its posting, through the fair its application was made at' }) routes: CampaignLinkRoute[];
  @Field({ description: 'Counts in the progress (docs/counting.md)' }) counted: boolean;
  @Field({ description: 'Staff confirmed it as not genuine: it counts nowhere' }) excluded: boolean;
}

@ObjectType({ description: '可以关联到专项行动的就业登记（姓名已遮盖）' })
export class CampaignPlacementChoiceModel {
  @Field(() => ID) placementId: string;
  @Field({ description: 'The person\'s name masked (张*)' }) personName: string;
  @Field() organizationName: string;
  @Field(() => String, { nullable: true }) postingTitle: string | null;
  @Field() countyCode: string;
  @Field() startDate: string;
  @Field({ description: 'Already linked to this campaign directly' }) linked: boolean;
  @Field({ description: 'Staff confirmed it as not genuine: it counts nowhere, even linked' }) excluded: boolean;
}
