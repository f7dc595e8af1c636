// A campaign as staff enter it. Field names are the form's, so an error names the field the person sees; the rules
// across fields (end after start, at least one target, counties of the city, a county's staff only for their county)
// are checked in CampaignsService, all at once.
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/validators.js';
import { CampaignKind } from './campaign-vocab.js';

@InputType()
export class CampaignInput {
  @Field({ description: 'Chinese name' }) @MaxLength(100) campaignNameZh: string;
  @Field({ description: 'English name' }) @MaxLength(200) campaignNameEn: string;
  @Field(() => CampaignKind) @IsEnum(CampaignKind) campaignKind: CampaignKind;
  @Field({ description: 'YYYY-MM-DD' }) @IsCalendarDate() campaignStart: string;
  @Field({ description: 'YYYY-MM-DD, the last day (included)' }) @IsCalendarDate() campaignEnd: string;
  @Field(() => Int, { nullable: true, description: 'People to place in the period' })
  @IsOptional() @IsInt() @Min(1) @Max(1_000_000) targetPeople?: number | null;
  @Field(() => Int, { nullable: true, description: 'Organisations to take part' })
  @IsOptional() @IsInt() @Min(1) @Max(1_000_000) targetOrganizations?: number | null;
  @Field(() => String, { nullable: true, description: 'Where the targets are set; leave empty if no document states them (shown as 待核实)' })
  @IsOptional() @MaxLength(500) targetSource?: string | null;
  @Field(() => [String], { defaultValue: [], description: 'Counties it covers; empty for the whole city' })
  @ArrayUnique() @ArrayMaxSize(20) campaignCounties: string[];
  @Field({ description: 'The plan\'s section it serves, e.g. 二、主要措施（四）' }) @MaxLength(300) planSection: string;
}

@InputType({ description: 'One fair, posting or placement to link to (or unlink from) a campaign: give exactly one' })
export class CampaignLinkInput {
  @Field(() => ID) @IsUUID() campaignId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() eventId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() postingId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() placementId?: string | null;
}
